"""Read a workbook file into typed records, and pick the one a period's command works on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from xlkit.messages.findings import Finding, finding
from xlkit.read.discover import copy_notes, find_workbooks
from xlkit.read.records import Book
from xlkit.read.tables import parse_book
from xlkit.read.vetting import UnreadableWorkbook
from xlkit.read.workbook import RawBook, read_raw
from xlkit.vocab import schema
from xlkit.vocab.periods import Period

__all__ = [
    "load",
    "read",
    "typed",
    "open_for_period",
    "Opened",
    "PeriodOutsideYear",
    "NoWorkbookForYear",
    "AmbiguousWorkbook",
]


def load(path: Path, data: bytes | None = None) -> tuple[Book, list[Finding]]:
    """Read and type the workbook at PATH (or DATA, its bytes); raise UnreadableWorkbook when it
    cannot be read."""
    return typed(read(path, data))


def read(
    path: Path,
    data: bytes | None = None,
    sheets: frozenset[str] = schema.TYPED_SHEETS,
    *,
    leave_others: bool = False,
) -> RawBook:
    """The cells of the workbook at PATH (or DATA), vetted, of the SHEETS (names folded) only:
    by default every sheet xlkit types; with LEAVE_OTHERS nothing of the others is vetted or
    said either (read_raw). Raise UnreadableWorkbook when it cannot be read. RawBook.role says
    what xlkit wrote it as, if anything."""
    with _collector_paused():
        return read_raw(
            path, schema.AMOUNT_SHEETS, data=data, sheets=sheets, leave_others=leave_others
        )


def typed(raw: RawBook) -> tuple[Book, list[Finding]]:
    """The records of RAW, typed, with what was found on the way."""
    with _collector_paused():
        book, findings = parse_book(raw)
    return book, findings + _file_findings(raw)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading makes millions of small objects and no reference cycles: the cycle collector's
    passes over the growing heap cost a third of the reading time of a big sheet, and find
    nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _file_findings(raw: RawBook) -> list[Finding]:
    found = [
        finding("formula-no-value", sheet, cell)
        for sheet, cells in raw.formulas_without_value.items()
        for cell in cells
    ]
    found += [
        finding("value-error", sheet, cell, error)
        for sheet, cells in raw.error_values.items()
        for cell, error in cells.items()
    ]
    return found + [finding("hidden-cells", sheet) for sheet in sorted(raw.hidden)]


class PeriodOutsideYear(Exception):
    def __init__(self, path: Path, year: int | None) -> None:
        super().__init__(path, year)
        self.path, self.year = path, year


class NoWorkbookForYear(Exception):
    def __init__(self, year: int, places: list[Path]) -> None:
        super().__init__(year, places)
        self.year, self.places = year, places


class AmbiguousWorkbook(Exception):
    """More than one workbook could serve: the user names one."""

    def __init__(self, year: int, paths: list[Path]) -> None:
        super().__init__(year, paths)
        self.year, self.paths = year, paths


class Opened(NamedTuple):
    path: Path
    book: Book
    findings: list[Finding]


def open_for_period(named: Path | None, period: Period, *, cwd: Path | None = None) -> Opened:
    """The named workbook file; else, in the named folder or the default places, the one of
    PERIOD's year.

    Never a guess: two workbooks of that year (a copy beside the original) are refused, named
    both. Raises NoSuchPath / NothingFound (discover), UnreadableWorkbook, PeriodOutsideYear,
    NoWorkbookForYear, AmbiguousWorkbook.
    """
    candidates = find_workbooks([named] if named else None, cwd=cwd)
    if named is not None and not named.is_dir() or len(candidates) == 1:
        path = candidates[0]
        try:
            book, findings = load(path)
        except UnreadableWorkbook as exc:
            exc.detail = str(path)  # the finding names the file it could not read
            raise
        if book.year != period.year:
            raise PeriodOutsideYear(path, book.year)
        return Opened(path, book, findings + copy_notes(path, candidates))
    matches: list[Opened] = []
    for path in candidates:
        try:
            book, findings = load(path)
        except UnreadableWorkbook:
            continue
        if book.year == period.year:
            matches.append(Opened(path, book, findings + copy_notes(path, candidates)))
    if len(matches) > 1:
        raise AmbiguousWorkbook(period.year, [m.path for m in matches])
    if matches:
        return matches[0]
    raise NoWorkbookForYear(period.year, sorted({p.parent for p in candidates}))
