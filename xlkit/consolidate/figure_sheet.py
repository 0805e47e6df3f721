"""`Chỉ số`: every figure of every cell, one row each and the totals, under Vietnamese headers.
Its first row, hidden, holds each column's key: what a roll-up one level up reads (readback.py),
out of a person's sight."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from xlkit.consolidate.headers import CELL_KEYS, TOTAL, label
from xlkit.consolidate.rows import FIGURE_KEYS, CellRow, status_words

if TYPE_CHECKING:
    from xlkit.consolidate.styles import Styles

KEYS_ROW, LABELS_ROW, FIRST_ROW = 0, 1, 2
SHARE_SUFFIX = "_pct"  # a share, 0-100, labelled "(%)": kept as the number read back


def keys() -> list[str]:
    return [*CELL_KEYS, *FIGURE_KEYS]


def _cells(row: CellRow) -> list[Any]:
    return [
        row.name,
        row.superior,
        row.unit,
        row.symbol,
        row.origin,
        status_words(row.status),
        row.note,
    ]


def line(row: CellRow) -> list[Any]:
    """A cell's row under the headers."""
    return [*_cells(row), *(row.values.get(k) for k in FIGURE_KEYS)]


def total_line(totals: Mapping[str, float | None]) -> list[Any]:
    return [TOTAL, *([None] * (len(CELL_KEYS) - 1)), *(totals.get(k) for k in FIGURE_KEYS)]


def start_figures(sheet: Any, styles: Styles) -> None:
    """The keys' row (hidden) and the labels' row; the columns' widths."""
    header = keys()
    sheet.write_row(KEYS_ROW, 0, header)
    sheet.set_row(KEYS_ROW, None, None, {"hidden": True})
    sheet.set_row(LABELS_ROW, 60)
    for i, key in enumerate(header):
        shown = CELL_KEYS.get(key) or label(key)
        sheet.write(LABELS_ROW, i, shown, styles.header)
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, len(CELL_KEYS) - 1, 18)
    sheet.set_column(len(CELL_KEYS), len(header) - 1, 11)


_SHARES = {i for i, key in enumerate(keys()) if key.endswith(SHARE_SUFFIX)}


def figure_row(sheet: Any, styles: Styles, r: int, values: list[Any], *, total: bool) -> None:
    """Row R: a cell's VALUES (line()), or the TOTAL's; each cell written once, by its type (a
    thousand rows of seventy cells: write_row would ask each value its type)."""
    named = len(CELL_KEYS)
    text, count, share = (
        (styles.total,) * 3 if total else (styles.text, styles.count, styles.decimal)
    )
    string, number, blank = sheet.write_string, sheet.write_number, sheet.write_blank
    for i, value in enumerate(values[:named]):
        if value:
            string(r, i, value, text)
        else:
            blank(r, i, None, text)
    for i in range(named, len(values)):
        value = values[i]
        if value is None:
            blank(r, i, None, count)
        else:
            number(r, i, value, share if i in _SHARES else count)


def end_figures(sheet: Any, last: int) -> None:
    """Printed and filtered down to row LAST, the totals'."""
    width = len(CELL_KEYS) + len(FIGURE_KEYS)
    sheet.freeze_panes(FIRST_ROW, 1)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.repeat_rows(LABELS_ROW)
    sheet.repeat_columns(0)
    sheet.print_area(LABELS_ROW, 0, last, width - 1)
    sheet.autofilter(LABELS_ROW, 0, last - 1, width - 1)
