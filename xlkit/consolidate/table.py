"""The consolidated workbook, written by xlsxwriter as a stream, strings as strings (readback.py
reads it back: a roll-up is valid input one level up, its rows taken as cells).

Sheets: `Tổng hợp` (a row per cell: name, committee, source, status, targets reached, every
figure; a totals row where a sum means something and shares recomputed from the summed counts),
`Lỗi` (every finding of every cell with its cell and file) and `Thông tin` (the period, when, how
many).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    TARGETS,
    TOTAL,
    label,
)
from xlkit.consolidate.rows import FIGURE_KEYS, reached, status_words
from xlkit.guard.files import MARK, ROLLUP, atomic_path

if TYPE_CHECKING:
    from xlkit.consolidate.run import RolledUp


def _plain(value: float) -> str:
    return str(int(value))


def records(rolled: RolledUp) -> tuple[list[str], list[list[Any]]]:
    """The `Tổng hợp` table: its header, and a row per cell then the totals."""

    def record(
        name: str,
        superior: str,
        origin: str,
        status: str,
        note: str,
        values: Mapping[str, float | None],
    ) -> list[Any]:
        return [
            name,
            superior,
            origin,
            status,
            note,
            reached(values, _plain, ""),
            *(values.get(k) for k in FIGURE_KEYS),
        ]

    out = [
        record(r.name, r.superior, r.origin, status_words(r.status), r.note, r.values)
        for r in rolled.rows
    ]
    out.append(record(TOTAL, "", "", "", "", rolled.totals))
    return [NAME, SUPERIOR, SOURCE, STATUS, NOTE, TARGETS, *(label(k) for k in FIGURE_KEYS)], out


FINDINGS_HEADER = [NAME, SOURCE, "Mức", "Mã", "Trang", "Ô", "Nội dung"]


def write_rollup(rolled: RolledUp, target: Path, *, made: datetime) -> None:
    """The consolidated workbook at TARGET, written whole to a temporary file, then renamed.
    xlsxwriter streams the rows to disk as they are written (constant memory): a thousand cells
    or a hundred thousand findings cost the same memory; strings stay strings (never a formula, a
    link, a number)."""
    import xlsxwriter

    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "constant_memory": True,
    }
    rows, period = rolled.rows, str(rolled.period)
    header, table = records(rolled)
    with atomic_path(target, role=ROLLUP) as temporary:
        book = xlsxwriter.Workbook(str(temporary), options)
        try:
            bold = book.add_format({"bold": True, "border": 1})
            # read back one level up, guarded as ours
            book.set_custom_property(MARK, f"{MARK}-{ROLLUP}")
            sheet = book.add_worksheet(SUMMARY)
            sheet.freeze_panes(1, 1)
            sheet.set_column(0, 2, 30)
            sheet.set_column(3, 4, 22)
            sheet.set_column(5, len(header), 14)
            _write_table(sheet, bold, header, table)
            findings = book.add_worksheet(FINDINGS)
            findings.set_column(0, 6, 24)
            _write_table(
                findings,
                bold,
                FINDINGS_HEADER,
                ([r.name, r.origin, *f] for r in rows for f in r.findings),
            )
            when = made.strftime("%d/%m/%Y %H:%M")
            _write_table(
                book.add_worksheet(ABOUT),
                bold,
                ["Mục", "Giá trị"],
                [[PERIOD_LABEL, period], ["Số chi bộ", str(len(rows))], ["Lập lúc", when]],
            )
        finally:
            book.close()


def _write_table(sheet: Any, bold: Any, header: list[str], table: Iterable[Sequence[Any]]) -> None:
    sheet.write_row(0, 0, header, bold)
    for r, line in enumerate(table, start=1):
        sheet.write_row(r, 0, line)  # None and "" are left blank
