"""`Chỉ số`: every figure of every cell, one row each and the totals, under Vietnamese headers.
Its first row, hidden, holds each column's key: what a roll-up one level up reads (readback.py),
out of a person's sight."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from xlkit.consolidate.headers import CELL_KEYS, TOTAL, label
from xlkit.consolidate.rows import FIGURE_KEYS, CellRow, status_words

if TYPE_CHECKING:
    from xlkit.consolidate.run import RolledUp
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


def lines(rolled: RolledUp) -> Iterator[list[Any]]:
    """The rows under the headers: each cell's, then the totals."""
    for row in rolled.rows:
        yield [*_cells(row), *(row.values.get(k) for k in FIGURE_KEYS)]
    totals: Mapping[str, float | None] = rolled.totals
    yield [TOTAL, *([None] * (len(CELL_KEYS) - 1)), *(totals.get(k) for k in FIGURE_KEYS)]


def write_figures(sheet: Any, styles: Styles, rolled: RolledUp) -> None:
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
    shares = {i for i, key in enumerate(header) if key.endswith(SHARE_SUFFIX)}
    last = FIRST_ROW
    named = len(CELL_KEYS)
    for r, line in enumerate(lines(rolled), start=FIRST_ROW):
        total = r == FIRST_ROW + len(rolled.rows)
        # a row in two runs of one style each, then its shares in theirs (the row is still open)
        sheet.write_row(
            r, 0, [v or None for v in line[:named]], styles.total if total else styles.text
        )
        sheet.write_row(r, named, line[named:], styles.total if total else styles.count)
        for i in shares:
            if line[i] is not None:
                sheet.write_number(r, i, line[i], styles.total if total else styles.decimal)
        last = r
    sheet.freeze_panes(FIRST_ROW, 1)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.repeat_rows(LABELS_ROW)
    sheet.repeat_columns(0)
    sheet.print_area(LABELS_ROW, 0, last, len(header) - 1)
    sheet.autofilter(LABELS_ROW, 0, last - 1, len(header) - 1)
