"""The consolidated workbook, written by xlsxwriter as a stream, strings as strings (readback.py
reads it back: a roll-up is valid input one level up, its rows taken as cells).

Sheets, in a clerk's order: `Tổng hợp` (overview.py: the figures a committee's report uses),
`Biểu đồ` (charts.py), `Thống kê` (statistics.py), `Chỉ số` (figure_sheet.py: every figure, the
keys read one level up hidden in its first row), `Lỗi` (every finding of every cell, its level in
Vietnamese and colour) and `Thông tin` (the period, when, how many).
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from xlkit.consolidate.charts import write_charts
from xlkit.consolidate.figure_sheet import (
    FIRST_ROW,
    end_figures,
    figure_row,
    line,
    start_figures,
    total_line,
)
from xlkit.consolidate.headers import (
    ABOUT,
    CHARTS,
    FIGURES,
    FINDINGS,
    FINDINGS_HEADER,
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
    from xlkit.consolidate.rows import CellRow
    from xlkit.consolidate.run import RolledUp

# strings stay strings (never a formula, a link, a number); rows streamed to disk as they are
# written: a thousand cells or a hundred thousand findings cost the same memory
_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "constant_memory": True,
}


def write_rollup(rolled: RolledUp, target: Path, *, made: datetime) -> None:
    """The consolidated workbook at TARGET, written whole to a temporary file, then renamed."""
    with Consolidated(target, made=made, rated=any(row.rated for row in rolled.rows)) as book:
        for row in rolled.rows:
            book.add(row)
        book.finish(rolled)


class Consolidated:
    """The consolidated workbook, written while the cells are assessed: each cell's figures,
    findings (and a year's ratings) as it arrives; the sheets that need every cell (the
    overview, whose title counts the cells that sent, the charts, the statistics) at the end.
    Should the table turn out otherwise than it was written (a cell came twice, or no cell had
    ratings to list), the workbook is written again, whole, from the roll-up: the same file as
    written after the roll-up. Opened on the first cell (the roll-up's sources are gathered by
    then: the temporary file beside TARGET is never one of them), renamed into place by
    finish(), removed if the roll-up stops."""

    def __init__(self, target: Path, *, made: datetime, rated: bool) -> None:
        self.target, self.when, self.rated = target, made.strftime("%d/%m/%Y %H:%M"), rated
        self._exits = ExitStack()
        self._temporary: Path | None = None
        # the rows added, in order: each copy of a cell among them, as it came (the table keeps
        # one, its note naming the other: two copies never leave the table as written)
        self._written: list[CellRow] = []
        self._book: Any = None  # xlsxwriter's, once started
        self._styles: Styles
        self._sheets: dict[str, Any] = {}
        self._next: dict[str, int] = {}  # sheet -> the row the next line goes to

    def __enter__(self) -> Consolidated:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._exits.__exit__(kind, error, tb)  # a roll-up stopped: the temporary file removed

    def add(self, row: CellRow) -> None:
        if self._open():
            self._start()
        self._written.append(row)
        self._write(row)

    def _open(self) -> bool:
        """The temporary file beside the target, made on first asking; whether it was made
        now."""
        if self._temporary is not None:
            return False
        self._temporary = self._exits.enter_context(atomic_path(self.target, role=ROLLUP))
        return True

    def finish(self, rolled: RolledUp) -> None:
        """The rows added after the cells (those expected and missing), the totals and the
        sheets over every cell; the file closed and renamed into place."""
        self._open()
        rated = any(row.rated for row in rolled.rows)
        written = len(self._written)
        as_written = (
            rated == self.rated
            and len(rolled.rows) >= written
            and all(a is b for a, b in zip(self._written, rolled.rows, strict=False))
        )
        if as_written and self._book is not None:
            rest = rolled.rows[written:]
        else:
            self.rated, rest = rated, rolled.rows
            self._start()  # the same temporary file, made again
        for row in rest:
            self._write(row)
        self._end(rolled)
        self._book.close()
        self._exits.close()  # renamed into place, listed as ours

    def _start(self) -> None:
        import xlsxwriter

        self._book = book = xlsxwriter.Workbook(str(self._temporary), _OPTIONS)
        book.set_custom_property(MARK, f"{MARK}-{ROLLUP}")  # read back one level up, as ours
        self._styles = made = styles(book)
        # a year's roll-up: the committee's list of members and their ratings
        rated = (RATED,) if self.rated else ()
        self._sheets = sheets = {
            name: book.add_worksheet(name)
            for name in (SUMMARY, CHARTS, STATISTICS, FIGURES, *rated, FINDINGS, ABOUT)
        }
        start_figures(sheets[FIGURES], made)
        _start_listing(sheets[FINDINGS], made, FINDINGS_HEADER, (26, 30, 10, 22, 14, 7, 60))
        if rated:
            _start_listing(sheets[RATED], made, RATED_HEADER, (30, 26, 26, 8, 28, 30))
        self._next = {FIGURES: FIRST_ROW, FINDINGS: 1, RATED: 1}

    def _write(self, row: CellRow) -> None:
        figure_row(self._sheets[FIGURES], self._styles, self._next[FIGURES], line(row), total=False)
        self._next[FIGURES] += 1
        self._write_findings(row)
        if self.rated and row.counted:
            self._write_rated(row)

    def _write_findings(self, row: CellRow) -> None:
        # each cell written as the string it is (write_row would ask each value its type), the
        # level in its colour; a blank cell still bordered
        sheet, made = self._sheets[FINDINGS], self._styles
        write, blank, wrapped = sheet.write_string, sheet.write_blank, made.wrapped
        r = self._next[FINDINGS]
        for severity, code, where, cell, message in row.findings:
            level = made.level.get(severity, wrapped)  # a level read back unknown: plain
            said = (row.name, row.origin, level_words(severity), code, where, cell, message)
            for c, value in enumerate(said):
                if value:
                    write(r, c, value, level if c == 2 else wrapped)
                else:
                    blank(r, c, None, wrapped)
            r += 1
        self._next[FINDINGS] = r

    def _write_rated(self, row: CellRow) -> None:
        """Every member of a cell counted, with the rating the cell proposes: the list the
        committee approves (the counts per cell are on `Tổng hợp`)."""
        sheet, wrapped = self._sheets[RATED], self._styles.wrapped
        r = self._next[RATED]
        for name, rating, score, note in row.rated:
            sheet.write_string(r, 0, row.name, wrapped)
            sheet.write_string(r, 1, row.superior, wrapped)
            sheet.write_string(r, 2, name, wrapped)
            if score is not None:
                sheet.write_number(r, 3, score, wrapped)
            else:  # bordered like its neighbours
                sheet.write_blank(r, 3, None, wrapped)
            sheet.write_string(r, 4, rating, wrapped)
            sheet.write_string(r, 5, note, wrapped)
            r += 1
        self._next[RATED] = r

    def _end(self, rolled: RolledUp) -> None:
        sheets, made = self._sheets, self._styles
        last = self._next[FIGURES]
        figure_row(sheets[FIGURES], made, last, total_line(rolled.totals), total=True)
        end_figures(sheets[FIGURES], last)
        _print_listing(sheets[FINDINGS], self._next[FINDINGS] - 1, FINDINGS_HEADER)
        if self.rated:  # six columns, 148 characters wide: A4 across
            _print_listing(sheets[RATED], self._next[RATED] - 1, RATED_HEADER)
        chosen = write_overview(sheets[SUMMARY], made, rolled, self.when)
        write_charts(self._book, sheets[CHARTS], made, rolled, chosen)
        write_statistics(sheets[STATISTICS], made, rolled)
        _write_about(sheets[ABOUT], made, rolled, self.when)


def _start_listing(sheet: Any, made: Styles, header: list[str], widths: tuple[int, ...]) -> None:
    for i, width in enumerate(widths):
        sheet.set_column(i, i, width)
    sheet.write_row(0, 0, header, made.header)


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
