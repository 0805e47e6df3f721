"""A roll-up read back: valid input one level up, its rows taken as cells, so totals add up
across levels (its totals row left out: it is recomputed)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.consolidate.headers import FINDINGS, NAME, NOTE, SOURCE, STATUS, SUMMARY, SUPERIOR, TOTAL
from xlkit.consolidate.rows import STATUS_LINES, UNREADABLE, CellRow, status_words

if TYPE_CHECKING:
    from xlkit.read.workbook import RawBook

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


def rollup_rows(raw: RawBook, origin: str) -> list[CellRow]:
    """The cells of a roll-up made one level down, read (its totals row left out: it is
    recomputed)."""
    sheet = raw.sheets.get(SUMMARY)
    if sheet is None or not sheet.rows:
        return [CellRow(origin, status=UNREADABLE)]
    header = [str(h) for h in sheet.rows[0]]
    keys = {i: m.group(1) for i, h in enumerate(header) if (m := _KEY.search(h))}
    at = {h: i for i, h in enumerate(header)}
    findings: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
    for line in raw.sheets[FINDINGS].rows[1:] if FINDINGS in raw.sheets else []:
        cells = [str(v) for v in line] + [""] * 7
        findings.setdefault((cells[0], cells[1]), []).append(
            (cells[2], cells[3], cells[4], cells[5], cells[6])
        )
    out = []
    for line in sheet.rows[1:]:
        cells = list(line) + [""] * len(header)
        name = str(cells[at[NAME]])
        if not line or name == TOTAL:
            continue
        source = str(cells[at[SOURCE]])
        row = CellRow(
            f"{origin} › {source}",
            name,
            str(cells[at[SUPERIOR]]),
            _STATUS_OF.get(str(cells[at[STATUS]]), UNREADABLE),
        )
        row.note = str(cells[at[NOTE]] or "")
        row.values = {
            k: (float(cells[i]) if isinstance(cells[i], (int, float)) else None)
            for i, k in keys.items()
        }
        row.findings = findings.get((name, source), [])
        out.append(row)
    return out
