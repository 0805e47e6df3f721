"""The consolidated workbook, written by xlsxwriter as a stream, strings as strings (readback.py
reads it back: a roll-up is valid input one level up, its rows taken as cells).

Sheets, in a clerk's order: `Tổng hợp` (overview.py: the figures a committee's report uses),
`Biểu đồ` (charts.py), `Thống kê` (statistics.py), `Chỉ số` (figure_sheet.py: every figure, the
keys read one level up hidden in its first row), `Lỗi` (every finding of every cell, its level in
Vietnamese and colour) and `Thông tin` (the period, when, how many).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlkit.consolidate.charts import write_charts
from xlkit.consolidate.figure_sheet import write_figures
from xlkit.consolidate.headers import (
    ABOUT,
    CHARTS,
    FIGURES,
    FINDINGS,
    FINDINGS_HEADER,
    LEVELS,
    PERIOD_LABEL,
    RATED,
    RATED_HEADER,
    STATISTICS,
    SUMMARY,
    level_words,
)
from xlkit.consolidate.overview import write_overview
from xlkit.consolidate.statistics import write_statistics
from xlkit.consolidate.styles import Styles, styles
from xlkit.guard.files import MARK, ROLLUP, atomic_path

if TYPE_CHECKING:
    from xlkit.consolidate.run import RolledUp


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
    when = made.strftime("%d/%m/%Y %H:%M")
    with atomic_path(target, role=ROLLUP) as temporary:
        book = xlsxwriter.Workbook(str(temporary), options)
        try:
            # read back one level up, guarded as ours
            book.set_custom_property(MARK, f"{MARK}-{ROLLUP}")
            made_styles = styles(book)
            # a year's roll-up: the committee's list of members and their ratings
            rated = (RATED,) if any(row.rated for row in rolled.rows) else ()
            sheets = {
                name: book.add_worksheet(name)
                for name in (SUMMARY, CHARTS, STATISTICS, FIGURES, *rated, FINDINGS, ABOUT)
            }
            if rated:
                _write_rated(sheets[RATED], made_styles, rolled)
            chosen = write_overview(sheets[SUMMARY], made_styles, rolled, when)
            write_charts(book, sheets[CHARTS], made_styles, rolled, chosen)
            write_statistics(sheets[STATISTICS], made_styles, rolled)
            write_figures(sheets[FIGURES], made_styles, rolled)
            _write_findings(sheets[FINDINGS], made_styles, rolled)
            _write_about(sheets[ABOUT], made_styles, rolled, when)
        finally:
            book.close()


def findings(rolled: RolledUp) -> Iterator[list[str]]:
    for row in rolled.rows:
        for severity, code, sheet, cell, message in row.findings:
            yield [row.name, row.origin, level_words(severity), code, sheet, cell, message]


def _write_findings(sheet: Any, made: Styles, rolled: RolledUp) -> None:
    for i, width in enumerate((26, 30, 10, 22, 14, 7, 60)):
        sheet.set_column(i, i, width)
    sheet.write_row(0, 0, FINDINGS_HEADER, made.header)
    last = 0
    words = {level_words(level): level for level in LEVELS}
    # each cell written as the string it is (write_row would ask each value its type), the level
    # in its colour; a blank cell still bordered
    write, blank, wrapped = sheet.write_string, sheet.write_blank, made.wrapped
    for r, line in enumerate(findings(rolled), start=1):
        for c, value in enumerate(line):
            if c == 2 and value in words:
                write(r, c, value, made.level[words[value]])
            elif value:
                write(r, c, value, wrapped)
            else:
                blank(r, c, None, wrapped)
        last = r
    _print_listing(sheet, last, FINDINGS_HEADER)


def _write_rated(sheet: Any, made: Styles, rolled: RolledUp) -> None:
    """Every member of every cell counted, with the rating the cell proposes: the list the
    committee approves (the counts per cell are on `Tổng hợp`)."""
    for i, width in enumerate((30, 26, 26, 8, 28, 30)):
        sheet.set_column(i, i, width)
    sheet.write_row(0, 0, RATED_HEADER, made.header)
    r = 0
    for row in rolled.rows:
        if not row.counted:
            continue
        for name, rating, score, note in row.rated:
            r += 1
            sheet.write_string(r, 0, row.name, made.wrapped)
            sheet.write_string(r, 1, row.superior, made.wrapped)
            sheet.write_string(r, 2, name, made.wrapped)
            if score is not None:
                sheet.write_number(r, 3, score, made.wrapped)
            else:  # bordered like its neighbours
                sheet.write_blank(r, 3, None, made.wrapped)
            sheet.write_string(r, 4, rating, made.wrapped)
            sheet.write_string(r, 5, note, made.wrapped)
    _print_listing(sheet, r, RATED_HEADER)  # six columns, 148 characters wide: A4 across


def _print_listing(sheet: Any, last: int, header: list[str]) -> None:
    """A listing sheet printed as a clerk reads it, as workbooks.formats.print_listing does for
    openpyxl's: the header frozen and filtered down to row LAST, landscape A4, one page wide and
    as many long as it takes, the header on every page."""
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(last, 1), len(header) - 1)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def _write_about(sheet: Any, made: Styles, rolled: RolledUp, when: str) -> None:
    rows = rolled.rows
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 40)
    sheet.write_row(0, 0, ["Mục", "Giá trị"], made.header)
    for r, pair in enumerate(
        (
            (PERIOD_LABEL, str(rolled.period)),
            ("Số chi bộ", str(len(rows))),
            ("Lập lúc", when),
        ),
        start=1,
    ):
        sheet.write_row(r, 0, pair, made.text)
