"""`check`: every finding about a workbook file, for any input (a broken file is a finding too)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from xlkit.checks import party, relations
from xlkit.findings import Finding, Report, Severity, finding
from xlkit.periods import Kind, Period
from xlkit.records import Book, parse_book
from xlkit.workbook import RawBook, UnreadableWorkbook, read_raw

__all__ = ["check_path", "check_book", "load"]


def load(path: Path) -> tuple[Book, list[Finding]]:
    """Read and type the workbook at PATH; raise UnreadableWorkbook when it cannot be read."""
    raw = read_raw(path)
    book, findings = parse_book(raw)
    return book, findings + _file_findings(raw)


def check_path(path: Path, *, period: Period | None = None, today: date | None = None) -> Report:
    """Check the workbook at PATH; with PERIOD, also the sections that PERIOD's report needs."""
    report = Report(Path(path))
    try:
        book, findings = load(path)
    except UnreadableWorkbook as exc:
        report.findings.append(finding(exc.code, Severity.ERROR, value=exc.detail, reason_say=f"reason.{exc.reason}"))
        return report
    report.findings = findings + check_book(book, period=period, today=today)
    return report


def check_book(book: Book, *, period: Period | None = None, today: date | None = None) -> list[Finding]:
    """The checks between cells and sheets, and the party rules, on a typed book."""
    found: list[Finding] = []
    for check in relations.CHECKS:
        found += check(book)
    judged = period or (Period(book.year, Kind.YEAR) if book.year else None)
    if judged is not None:
        found += party.check_party_rules(book, judged, today=today or date.today())
    if period is not None:
        found += relations.sections(book, period)
    return found


def _file_findings(raw: RawBook) -> list[Finding]:
    return [
        finding("formula-no-value", Severity.WARNING, sheet, cell)
        for sheet, cells in raw.formulas_without_value.items()
        for cell in cells
    ]
