"""A roll-up read back: valid input one level up, its rows taken as cells, so totals add up
across levels (its totals row left out: it is recomputed)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.consolidate.agreement import disagreements
from xlkit.consolidate.headers import (
    ABOUT,
    CELL_KEYS,
    FIGURES,
    FINDINGS,
    LEVELS,
    NAME,
    NOTE,
    PERIOD_LABEL,
    RATED,
    SOURCE,
    STATUS,
    SUMMARY,
    SUPERIOR,
    TOTAL,
    level_words,
)
from xlkit.consolidate.rows import (
    ERRORS,
    FIGURE_KEYS,
    OTHER_PERIOD,
    STATUS_LINES,
    UNREADABLE,
    CellRow,
    figure,
    status_words,
)
from xlkit.messages import say

if TYPE_CHECKING:
    from xlkit.read.workbook import RawBook
    from xlkit.vocab.periods import Period

_KEY = re.compile(r"\[([a-z_.0-9]+)\]\s*$")


_STATUS_OF = {status_words(key): key for key in STATUS_LINES}
_LEVEL_OF = {level_words(level): level for level in LEVELS}  # the levels in Vietnamese


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
    figures numbers that agree with each other. A roll-up edited by hand is not added as is.
    Its figures are read from `Chỉ số` by the keys of its hidden first row; a roll-up made
    before that sheet, from `Tổng hợp` by the keys in its headers."""
    table = _table(raw)
    if table is None:
        return [CellRow(origin, status=UNREADABLE)]
    sheet_name, at, keys, lines, first = table
    lacking = [CELL_KEYS[k] for k in _NEEDED if k not in at]
    if lacking:
        note = say("rollup.column-missing", "vi", column=lacking[0])
        return [CellRow(origin, status=UNREADABLE, note=note)]
    made_for = _period(raw)
    if period is not None and made_for != str(period):
        note = made_for or say("rollup.no-period", "vi")
        return [CellRow(origin, status=OTHER_PERIOD, note=note)]
    findings, rated = _findings(raw), _rated(raw)
    width = max(at.values()) + 1
    out = []
    for number, line in enumerate(lines, start=first):
        cells = list(line) + [""] * width

        def text(key: str, cells: list[object] = cells) -> str:
            return str(cells[at[key]] or "") if key in at else ""

        name = text("cell.name")
        if not any(v not in (None, "") for v in line) or name == TOTAL:
            continue
        source = text("cell.source")
        row = CellRow(
            f"{origin} › {source}",
            name,
            text("cell.superior"),
            _STATUS_OF.get(text("cell.status"), UNREADABLE),
            unit=text("cell.unit"),
            symbol=text("cell.symbol"),
        )
        row.note = text("cell.note")
        row.values = {k: figure(cells[i]) for i, k in keys.items()}
        row.findings = findings.get((name, source), [])
        row.rated = rated.get((name, row.superior), [])
        wrong = disagreements(
            {k: cells[i] for i, k in keys.items()},
            {k: i for i, k in keys.items()},
            number,
            sheet_name,
        )
        if wrong and row.counted:
            row.status = ERRORS
            row.findings = [*row.findings, *wrong]
        out.append(row)
    return out


_NEEDED = ("cell.name", "cell.superior", "cell.source", "cell.status", "cell.note")
# a roll-up made before `Chỉ số`: its identity columns by their headers
_OLD_HEADERS = {NAME: "cell.name", SUPERIOR: "cell.superior", SOURCE: "cell.source",
                STATUS: "cell.status", NOTE: "cell.note"}  # fmt: skip

Table = tuple[str, dict[str, int], dict[int, str], list[list[object]], int]


def _table(raw: RawBook) -> Table | None:
    """The sheet the cells are read from, each identity column's place, each figure's key by
    column, the rows of cells and the sheet's row number of the first."""
    sheet = raw.sheets.get(FIGURES)
    if sheet is not None and sheet.rows and "cell.name" in [str(k) for k in sheet.rows[0]]:
        header = [str(k) if k is not None else "" for k in sheet.rows[0]]
        at = {k: i for i, k in enumerate(header) if k in CELL_KEYS}
        keys = {i: k for i, k in enumerate(header) if k in FIGURE_KEYS}
        return FIGURES, at, keys, sheet.rows[2:], 3
    sheet = raw.sheets.get(SUMMARY)
    if sheet is None or not sheet.rows:
        return None
    header = [str(h) for h in sheet.rows[0]]
    at = {_OLD_HEADERS[h]: i for i, h in enumerate(header) if h in _OLD_HEADERS}
    keys = {i: m.group(1) for i, h in enumerate(header) if (m := _KEY.search(h))}
    return SUMMARY, at, keys, sheet.rows[1:], 2


def _period(raw: RawBook) -> str:
    """The period the roll-up was made for, as its `Thông tin` sheet says ('' when it does
    not)."""
    sheet = raw.sheets.get(ABOUT)
    for line in sheet.rows[1:] if sheet is not None else []:
        if len(line) >= 2 and str(line[0]).strip() == PERIOD_LABEL:
            return str(line[1]).strip()
    return ""


def _rated(raw: RawBook) -> dict[tuple[str, str], list[tuple[str, str, float | None, str]]]:
    """A year's roll-up's list of members and proposed ratings, by cell and its superior (none
    in a half-year's, or one made before the list)."""
    found: dict[tuple[str, str], list[tuple[str, str, float | None, str]]] = {}
    for line in raw.sheets[RATED].rows[1:] if RATED in raw.sheets else []:
        cells = [*line, "", "", "", "", "", ""]
        text = [str(v) if v is not None else "" for v in cells]
        found.setdefault((text[0], text[1]), []).append(
            (text[2], text[4], figure(cells[3]), text[5])
        )
    return found


def _findings(raw: RawBook) -> dict[tuple[str, str], list[tuple[str, str, str, str, str]]]:
    found: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
    for line in raw.sheets[FINDINGS].rows[1:] if FINDINGS in raw.sheets else []:
        cells = [str(v if v is not None else "") for v in line] + [""] * 7
        level = _LEVEL_OF.get(cells[2], cells[2])
        found.setdefault((cells[0], cells[1]), []).append(
            (level, cells[3], cells[4], cells[5], cells[6])
        )
    return found
