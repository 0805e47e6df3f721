"""A roll-up read back: valid input one level up, its rows taken as cells, so totals add up
across levels (its totals row left out: it is recomputed)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.consolidate.agreement import disagreements
from xlkit.consolidate.headers import (
    ABOUT,
    FINDINGS,
    NAME,
    NOTE,
    PERIOD_LABEL,
    SOURCE,
    STATUS,
    SUMMARY,
    SUPERIOR,
    TOTAL,
)
from xlkit.consolidate.rows import (
    ERRORS,
    OTHER_PERIOD,
    STATUS_LINES,
    UNREADABLE,
    CellRow,
    status_words,
)
from xlkit.messages import say

if TYPE_CHECKING:
    from xlkit.read.workbook import RawBook
    from xlkit.vocab.periods import Period

_KEY = re.compile(r"\[([a-z_.0-9]+)\]\s*$")


_STATUS_OF = {status_words(key): key for key in STATUS_LINES}


def read_rollup(path: Path, origin: str) -> list[CellRow]:
    """The cells of the roll-up at PATH (`--expect` names the cells of the last one)."""
    from xlkit.read.vetting import UnreadableWorkbook
    from xlkit.read.workbook import read_raw

    try:
        raw = read_raw(path)
    except UnreadableWorkbook:
        return [CellRow(origin, status=UNREADABLE)]
    return rollup_rows(raw, origin)


def rollup_rows(raw: RawBook, origin: str, period: Period | None = None) -> list[CellRow]:
    """The cells of a roll-up made one level down, read (its totals row left out: it is
    recomputed) and checked as a workbook is: made for PERIOD, its columns there, each row's
    figures numbers that agree with each other. A roll-up edited by hand is not added as is."""
    sheet = raw.sheets.get(SUMMARY)
    if sheet is None or not sheet.rows:
        return [CellRow(origin, status=UNREADABLE)]
    header = [str(h) for h in sheet.rows[0]]
    at = {h: i for i, h in enumerate(header)}
    lacking = [h for h in (NAME, SUPERIOR, SOURCE, STATUS, NOTE) if h not in at]
    if lacking:
        note = say("rollup.column-missing", "vi", column=lacking[0])
        return [CellRow(origin, status=UNREADABLE, note=note)]
    made_for = _period(raw)
    if period is not None and made_for != str(period):
        note = made_for or say("rollup.no-period", "vi")
        return [CellRow(origin, status=OTHER_PERIOD, note=note)]
    keys = {i: m.group(1) for i, h in enumerate(header) if (m := _KEY.search(h))}
    findings = _findings(raw)
    out = []
    for number, line in enumerate(sheet.rows[1:], start=2):
        cells = list(line) + [""] * len(header)
        name = str(cells[at[NAME]] or "")
        if not any(v not in (None, "") for v in line) or name == TOTAL:
            continue
        source = str(cells[at[SOURCE]] or "")
        row = CellRow(
            f"{origin} › {source}",
            name,
            str(cells[at[SUPERIOR]] or ""),
            _STATUS_OF.get(str(cells[at[STATUS]]), UNREADABLE),
        )
        row.note = str(cells[at[NOTE]] or "")
        row.values = {k: _figure(cells[i]) for i, k in keys.items()}
        row.findings = findings.get((name, source), [])
        wrong = disagreements(
            {k: cells[i] for i, k in keys.items()}, {k: i for i, k in keys.items()}, number
        )
        if wrong and row.counted:
            row.status = ERRORS
            row.findings = [*row.findings, *wrong]
        out.append(row)
    return out


def _figure(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _period(raw: RawBook) -> str:
    """The period the roll-up was made for, as its `Thông tin` sheet says ('' when it does
    not)."""
    sheet = raw.sheets.get(ABOUT)
    for line in sheet.rows[1:] if sheet is not None else []:
        if len(line) >= 2 and str(line[0]).strip() == PERIOD_LABEL:
            return str(line[1]).strip()
    return ""


def _findings(raw: RawBook) -> dict[tuple[str, str], list[tuple[str, str, str, str, str]]]:
    found: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
    for line in raw.sheets[FINDINGS].rows[1:] if FINDINGS in raw.sheets else []:
        cells = [str(v if v is not None else "") for v in line] + [""] * 7
        found.setdefault((cells[0], cells[1]), []).append(
            (cells[2], cells[3], cells[4], cells[5], cells[6])
        )
    return found
