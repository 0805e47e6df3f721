"""Pick and open the workbook a period's command works on (report, indicators, pack, mail)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xlkit.checks import load
from xlkit.discover import find_workbooks
from xlkit.findings import Finding
from xlkit.periods import Period
from xlkit.records import Book
from xlkit.workbook import UnreadableWorkbook


class PeriodOutsideYear(Exception):
    def __init__(self, path: Path, year: int | None) -> None:
        super().__init__(path, year)
        self.path, self.year = path, year


class NoWorkbookForYear(Exception):
    def __init__(self, year: int, places: list[Path]) -> None:
        super().__init__(year, places)
        self.year, self.places = year, places


@dataclass
class Opened:
    path: Path
    book: Book
    findings: list[Finding]


def open_for_period(named: Path | None, period: Period, *, cwd: Path | None = None) -> Opened:
    """The named workbook, or among the default places the one whose Năm is PERIOD's year.

    Raises NoSuchPath / NothingFound (discover), UnreadableWorkbook, PeriodOutsideYear, NoWorkbookForYear.
    """
    candidates = find_workbooks([named] if named else None, cwd=cwd)
    if len(candidates) == 1:
        path = candidates[0]
        try:
            book, findings = load(path)
        except UnreadableWorkbook as exc:
            exc.detail = str(path)  # the CLI names the file it could not read
            raise
        if book.year != period.year:
            raise PeriodOutsideYear(path, book.year)
        return Opened(path, book, findings)
    for path in candidates:
        try:
            book, findings = load(path)
        except UnreadableWorkbook:
            continue
        if book.year == period.year:
            return Opened(path, book, findings)
    raise NoWorkbookForYear(period.year, sorted({p.parent for p in candidates}))
