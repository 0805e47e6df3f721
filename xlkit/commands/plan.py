"""`plan`: the annual plan, the thematic-meeting plan, the tasks and the term programme."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.read.opening import load
from xlkit.read.vetting import UnreadableWorkbook
from xlkit.vocab.periods import Kind, Period

if TYPE_CHECKING:
    from xlkit.render import Format  # heavy modules, loaded only by the commands that write

from xlkit.commands.report import ReportResult
from xlkit.commands.shared import (
    Problem,
    issue_document,
    prepare,
)

PlanResult = ReportResult  # a plan is issued as a report is: the same result


def plan(
    year: int | tuple[int, int],
    workbook: Path | None = None,
    *,
    kind: str = "nam",
    fmt: Format | None = None,
    output: Path | None = None,
    number: str | None = None,
    day: date | None = None,
    force: bool = False,
    signing: str | None = None,
    today: date | None = None,
    cwd: Path | None = None,
) -> PlanResult:
    """A plan of YEAR (KIND: nam, nhiem-vu, chuyen-de, toan-khoa), from the workbook of that
    year."""
    from xlkit.documents.plans import PlanIssue, PlanKind, plan_document

    today = today or date.today()
    try:
        plan_kind = PlanKind(kind)
    except ValueError:
        raise Problem(
            "err.plan-kind", kind=kind, accepted=", ".join(k.value for k in PlanKind)
        ) from None
    # a term: the named workbook's year, else the year of the term we are in
    if isinstance(year, tuple):
        year = _year_in_term(year, workbook, today, cwd)
    prepared = prepare(
        Period(year, Kind.YEAR),
        workbook,
        cwd=cwd,
        today=today,
        document=True,
        key=plan_kind.key(year),
    )
    when = day or today
    # a plan of another year is dated at its start, and says so
    if day is None and when.year != year:
        when = date(year, 1, 1)
        prepared.notices.append(
            ("note.plan-date", {"year": year, "day": when.strftime("%d/%m/%Y")})
        )
    # a plan is made in its own year or the one before; dated after it or earlier, a slip
    if day is not None and not year - 1 <= day.year <= year:
        prepared.notices.append(
            ("warn.plan-other-year", {"year": year, "day": day.strftime("%d/%m/%Y")})
        )
    text, written = issue_document(
        prepared,
        lambda number: plan_document(
            prepared.book, plan_kind, PlanIssue(year, number, when, signing)
        ),
        kind=plan_kind.number_type,
        name=f"ke-hoach-{plan_kind.value}-{year}",
        fmt=fmt,
        output=output,
        number=number,
        day=when,
        force=force,
        document_key=plan_kind.key(year),
    )
    return PlanResult(prepared, text, written, prepared.notices)


def _year_in_term(
    term: tuple[int, int], workbook: Path | None, today: date, cwd: Path | None
) -> int:
    """The year whose workbook makes the term's programme: the named workbook's; else, of the
    workbooks found, this year's, or the last before it, or the first of the term."""
    from xlkit.read.discover import NoSuchPath, NothingFound, find_workbooks

    first, last = term
    found: list[Path] = []
    try:
        found = find_workbooks([workbook] if workbook else None, cwd=cwd)
    except (NoSuchPath, NothingFound):
        pass
    years = set()
    for path in found:
        try:
            book, _ = load(path)
        except UnreadableWorkbook:
            continue
        if book.year is not None and first <= book.year <= last:
            years.add(book.year)
    if not years:
        return min(max(today.year, first), last)  # prepare says what is missing
    if today.year in years:
        return today.year
    earlier = [y for y in years if y < today.year]
    return max(earlier) if earlier else min(years)
