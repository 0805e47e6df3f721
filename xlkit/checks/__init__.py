"""`check`: every finding about a workbook file, for any input (a broken file is a finding too)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from xlkit.checks import document, party, plans, relations
from xlkit.checks.party import RULES, Rule
from xlkit.compute.indicators import Computed
from xlkit.messages.findings import Finding, Report, finding
from xlkit.read.opening import load
from xlkit.read.records import Book
from xlkit.read.vetting import UnreadableWorkbook
from xlkit.vocab.periods import Kind, Period
from xlkit.vocab.sections import plan_year

__all__ = ["check_path", "check_book", "unreadable", "document_findings"]


def unreadable(path: Path, exc: UnreadableWorkbook) -> Report:
    """The report of a file that cannot be read: one finding saying why."""
    return Report(Path(path), [finding(exc.code, value=exc.detail, reason_say=exc.reason_key)])


def check_path(
    path: Path,
    *,
    period: Period | str | None = None,
    today: date | None = None,
    rules: Sequence[Rule] = RULES,
) -> Report:
    """Check the workbook at PATH; with PERIOD, also the sections that PERIOD's report needs, or
    with a plan's key (KH-2024, NV-2024, CD-2024, CT) the parts that plan needs."""
    try:
        book, findings = load(path)
    except UnreadableWorkbook as exc:
        return unreadable(path, exc)
    findings += check_book(book, period=period, today=today, rules=rules)
    if isinstance(period, Period):  # what its report would print empty, as `report` says it
        findings += document.targets_without_result(book, period)
    return Report(Path(path), findings)


def check_book(
    book: Book,
    *,
    period: Period | str | None = None,
    today: date | None = None,
    computed: Computed | None = None,
    rules: Sequence[Rule] = RULES,
    sections: bool = True,
) -> list[Finding]:
    """The checks between cells and sheets, and the party rules (as in force, with xlkit.toml's
    settings); with a report's PERIOD its sections (unless SECTIONS is false: a document other
    than the report), with a plan's key (KH-2024) its parts."""
    computed = computed or Computed(book)
    found: list[Finding] = []
    for check in relations.CHECKS:
        found += check(book, computed)
    key = period if isinstance(period, str) else None
    report = period if isinstance(period, Period) else None
    if key is not None:  # a plan: judged over its year (the term's: the workbook's)
        year = plan_year(key)
        report = None
        judged = Period(year, Kind.YEAR) if year is not None else None
    else:
        judged = report
    judged = judged or (Period(book.year, Kind.YEAR) if book.year else None)
    if judged is not None:
        # None: as of the period's end
        found += party.check_party_rules(book, judged, rules, today=today)
    if key is not None:
        found += plans.plan_sections(book, key)
    elif report is not None and sections:
        found += relations.sections(book, report)
    return found


def document_findings(book: Book, period: Period, *, report: bool = True) -> list[Finding]:
    """What stops a document of PERIOD from printing right (legacy-encoded text it would print),
    and, for a REPORT, what it would print empty (a year's target without its result)."""
    found = list(document.legacy_text(book, period))
    if report:
        found += document.targets_without_result(book, period)
    return found
