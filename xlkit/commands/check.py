"""`check` (every finding about the named workbooks), `rules` (the party rules in force) and
`check --annotate` (a copy of the workbook with each finding as a note on its cell)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from xlkit.checks import check_path
from xlkit.commands.shared import (
    OPENPYXL_SUFFIXES,
    Problem,
    beside,
    guarded,
    places,
    rules,
    same_kind,
)
from xlkit.guard.files import guard_file
from xlkit.messages.findings import Report
from xlkit.read.discover import NoSuchPath, NothingFound, copy_notes, find_workbooks
from xlkit.vocab.formats import RulesFormat
from xlkit.vocab.periods import Period
from xlkit.vocab.words import FIRST_YEAR, LAST_YEAR


def check(
    paths: Sequence[Path] | None = None,
    *,
    period: Period | str | None = None,
    today: date | None = None,
    cwd: Path | None = None,
) -> list[Report]:
    """Check the named workbooks (or folders' workbooks), else those in the default places; with
    PERIOD also what its report needs, or with a plan's key (KH-2024, CT) what that plan needs."""
    try:
        found = find_workbooks(list(paths) if paths else None, cwd=cwd)
    except NoSuchPath as exc:
        raise Problem("err.no-such-path", path=exc.path) from None
    except NothingFound as exc:
        raise Problem("err.no-workbooks", places=places(exc.places)) from None
    chosen, today = rules(), today or date.today()
    reports = [check_path(p, period=period, today=today, rules=chosen) for p in found]
    for report in reports:  # fix's copy beside her workbook: said, not checked as a second book
        report.findings.extend(copy_notes(Path(report.path), found))
    return reports


def rules_listing(
    year: int | None = None, *, fmt: RulesFormat = RulesFormat.TEXT, lang: str = "vi"
) -> str:
    """Every party rule (or those in force in YEAR): code, what it checks, source, dates,
    parameters."""
    from xlkit.checks import listing

    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise Problem("err.bad-year", year=year)
    items, form = listing.listed(year, rules()), listing.form_listed(year)
    if fmt == RulesFormat.JSON:
        return listing.as_json(items, lang, form)
    if fmt == RulesFormat.MARKDOWN:
        return listing.as_markdown(items, lang) + "\n" + listing.form_as_markdown(form, lang)
    return listing.as_text(items, lang) + listing.form_as_text(form, lang)


def annotate(
    report: Report,
    *,
    output: Path | None = None,
    force: bool = False,
    lang: str = "vi",
    today: date | None = None,
) -> tuple[Path, int]:
    """Write a copy of REPORT's workbook with every finding on its cell (default
    `<name>-kiem-tra.xlsx`), and what is coming due on TODAY as a sheet of its own.

    Returns the copy and how many findings were placed on a cell."""
    from xlkit.guard.files import atomic_path
    from xlkit.workbooks.annotate import annotate_workbook

    source = Path(report.path)
    if source.suffix.lower() not in OPENPYXL_SUFFIXES:
        raise Problem("err.openpyxl-format", path=source)
    target = output or beside(source, "kiem-tra")
    same_kind(target, source)
    guarded(lambda: guard_file(target, inputs=(source,), roles=("annotated",), force=force))

    due = _agenda_rows(source, today or date.today(), lang)

    def write() -> int:
        with atomic_path(target, role="annotated") as temporary:
            return annotate_workbook(source, temporary, report, lang, due)

    return target, guarded(write, target)


def _agenda_rows(
    source: Path, today: date, lang: str
) -> list[tuple[tuple[str, ...], int | None]] | None:
    """What is coming due in the workbook at SOURCE on TODAY, as the annotated copy's rows; None
    when the workbook is of another year than TODAY's (its agenda would be that year's past)."""
    from xlkit.commands.agenda import agenda_of
    from xlkit.read.opening import load
    from xlkit.render.agenda import rows

    book, _ = load(source)
    if book.year != today.year:
        return None
    return rows(agenda_of(book, today, source, rules()), lang)
