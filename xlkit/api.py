"""Every command as one library call: typed inputs, a typed result, failures as exceptions.

`cli.py` parses, calls one of these, prints and exits. A command reads its workbook once, checks it
once and computes its indicators once (`Prepared`), and hands them to every stage it runs.
Failures: `Problem` (the tool could not run: exit 2, one catalogue line) and `HasErrors` (the
workbook has errors and nothing was written: exit 1, the findings).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlkit.checks import check_path, unreadable
from xlkit.discover import NoSuchPath, NothingFound, find_workbooks
from xlkit.files import guard_file, guard_folder
from xlkit.findings import Report
from xlkit.opening import load
from xlkit.periods import Kind, Period
from xlkit.words import FIRST_YEAR, LAST_YEAR
from xlkit.workbook import UnreadableWorkbook

if TYPE_CHECKING:
    from xlkit.outputs import Format  # heavy modules, loaded only by the commands that write
    from xlkit.outputs.package import Package
    from xlkit.outputs.rollover import RollOver

from xlkit.pipeline import (
    LATE_DAYS,
    HasErrors,
    Notice,
    Prepared,
    Problem,
    guarded,
    issue_document,
    layout,
    note_late_date,
    number_for,
    places,
    prepare,
    rules,
    stop_on_errors,
)
from xlkit.rollup.command import RollupResult, rollup  # noqa: E402 - the roll-up's one call, kept with its package

__all__ = ["RollupResult", "rollup", "LATE_DAYS", "HasErrors", "Notice", "Prepared", "Problem", "layout", "prepare", "rules"]


# --- new, check ---------------------------------------------------------------------------------


def new(path: Path | None, *, year: int | None = None, force: bool = False, source: Path | None = None) -> Path:
    """Write the blank standard workbook of YEAR; replace only a blank one xlkit made, and only with FORCE."""
    from xlkit.template import default_path, write_workbook

    if source is not None:
        return roll_over(source, path, year=year, force=force).path
    year = year or date.today().year
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Problem("err.bad-year", year=year)
    target = _new_workbook_target(path or default_path(year), (), force)
    guarded(lambda: write_workbook(target, year=year))
    return target


def _new_workbook_target(target: Path, inputs: tuple[Path, ...], force: bool) -> Path:
    """Where a new workbook may go: never an input or a file xlkit did not make, never over data."""
    guarded(lambda: guard_file(target, inputs=inputs, roles=("workbook",), force=force))
    if target.exists() and _holds_data(target):
        raise Problem("err.workbook-filled", path=target)
    return target


def roll_over(source: Path, path: Path | None = None, *, year: int | None = None, force: bool = False) -> RollOver:
    """The workbook of the year after SOURCE's (or of YEAR), carrying over what lasts (outputs/rollover.py)."""
    from xlkit.outputs.rollover import roll_over as write_rolled
    from xlkit.template import default_path

    if not source.exists():
        raise Problem("err.no-such-path", path=source)
    try:
        book, findings = load(source)
    except UnreadableWorkbook as exc:
        raise HasErrors(unreadable(source, exc)) from None
    if book.year is None:
        raise Problem("err.no-year", path=source)
    year = year or book.year + 1
    if not FIRST_YEAR <= year <= LAST_YEAR or year <= book.year:
        raise Problem("err.bad-year", year=year)
    target = _new_workbook_target(path or default_path(year), (source,), force)
    return guarded(lambda: write_rolled(book, target, year))


def _holds_data(path: Path) -> bool:
    try:
        book, _ = load(path)
    except UnreadableWorkbook:
        return True  # what cannot be read cannot be shown to be blank
    return any(book.tables.values()) or len(book.info) > 1


def check(paths: Sequence[Path] | None = None, *, period: Period | None = None, today: date | None = None, cwd: Path | None = None) -> list[Report]:
    """Check the named workbooks (or folders' workbooks), else those in the default places."""
    try:
        found = find_workbooks(list(paths) if paths else None, cwd=cwd)
    except NoSuchPath as exc:
        raise Problem("err.no-such-path", path=exc.path) from None
    except NothingFound as exc:
        raise Problem("err.no-workbooks", places=places(exc.places)) from None
    chosen, today = rules(), today or date.today()
    return [check_path(p, period=period, today=today, rules=chosen) for p in found]


def rules_listing(year: int | None = None, *, fmt: str = "text", lang: str = "vi") -> str:
    """Every party rule (or those in force in YEAR): code, what it checks, source, dates, parameters."""
    from xlkit.checks import listing

    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise Problem("err.bad-year", year=year)
    items = listing.listed(year, rules())
    if fmt == "json":
        return listing.as_json(items, lang)
    if fmt == "md":
        return listing.as_markdown(items, lang)
    return listing.as_text(items, lang)


# --- annotate, fix -------------------------------------------------------------------------------

OPENPYXL_SUFFIXES = (".xlsx", ".xlsm")


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(f"{path.stem}-{suffix}{'.xlsm' if path.suffix.lower() == '.xlsm' else '.xlsx'}")


def annotate(report: Report, *, output: Path | None = None, force: bool = False, lang: str = "vi") -> tuple[Path, int]:
    """Write a copy of REPORT's workbook with every finding on its cell (default `<name>-kiem-tra.xlsx`).

    Returns the copy and how many findings were placed on a cell."""
    from xlkit.files import atomic_path
    from xlkit.outputs.annotate import annotate_workbook

    source = Path(report.path)
    if source.suffix.lower() not in OPENPYXL_SUFFIXES:
        raise Problem("err.openpyxl-format", path=source)
    target = output or _beside(source, "kiem-tra")
    guarded(lambda: guard_file(target, inputs=(source,), roles=("annotated",), force=force))

    def write() -> int:
        with atomic_path(target) as temporary:
            return annotate_workbook(source, temporary, report, lang)

    return target, guarded(write)


@dataclass
class FixResult:
    written: Path
    changes: list[Any]  # outputs.repair.Change
    ambiguous: list[Any]
    before: Report
    after: Report


def fix(workbook: Path, *, output: Path | None = None, force: bool = False, today: date | None = None) -> FixResult:
    """Write a repaired copy of WORKBOOK (default `<name>-da-sua.xlsx`), every change listed; the original is only read."""
    from xlkit.files import atomic_path
    from xlkit.outputs.repair import Repair, repair_workbook

    today = today or date.today()
    if not workbook.exists():
        raise Problem("err.no-such-path", path=workbook)
    before = check_path(workbook, today=today, rules=rules())
    if before.unreadable:
        raise HasErrors(before)
    if workbook.suffix.lower() not in OPENPYXL_SUFFIXES:
        raise Problem("err.openpyxl-format", path=workbook)
    target = output or _beside(workbook, "da-sua")
    guarded(lambda: guard_file(target, inputs=(workbook,), roles=("fixed",), force=force))
    result = Repair()

    def write() -> None:
        nonlocal result
        with atomic_path(target) as temporary:
            result = repair_workbook(workbook, temporary)

    guarded(write)
    after = check_path(target, today=today, rules=rules())
    return FixResult(target, result.changes, result.ambiguous, before, after)


# --- indicators, report ---------------------------------------------------------------------------


@dataclass
class IndicatorsResult:
    prepared: Prepared
    text: str | None  # CSV or JSON, when asked for
    written: Path | None


def indicators(
    period: Period,
    workbook: Path | None = None,
    *,
    fmt: str | None = None,
    output: Path | None = None,
    force: bool = False,
    lang: str = "vi",
    today: date | None = None,
    cwd: Path | None = None,
) -> IndicatorsResult:
    """Every indicator of PERIOD, as a table, CSV or JSON (FMT; with OUTPUT and no FMT, the name's
    extension says: .csv, .json, else the table); written to OUTPUT when given."""
    from xlkit.files import MARKED, write_text
    from xlkit.outputs import indicator_table

    suffix = output.suffix.lower() if output is not None else ""
    fmt = fmt or {".csv": "csv", ".json": "json"}.get(suffix, "table")
    prepared = prepare(period, workbook, cwd=cwd, today=today or date.today())
    items = prepared.items
    text = {"csv": indicator_table.as_csv, "json": indicator_table.as_json}.get(fmt, indicator_table.as_tsv)(items, lang)
    if output is None:
        return IndicatorsResult(prepared, None if fmt == "table" else text, None)
    guarded(lambda: guard_file(output, inputs=(prepared.path,), roles=("indicators",), force=force))
    if suffix in MARKED:  # text under a spreadsheet's or a document's name: a file no program opens
        raise Problem("err.bad-format", fmt=suffix, accepted="csv, json, txt")
    guarded(lambda: write_text(output, text, role="indicators"))
    return IndicatorsResult(prepared, None, output)


@dataclass
class ReportResult:
    prepared: Prepared
    text: str | None  # the document as text or Markdown, when not written to a file
    written: Path | None
    notices: list[Notice]


def report(
    period: Period,
    workbook: Path | None = None,
    *,
    fmt: Format | None = None,
    output: Path | None = None,
    number: str | None = None,
    day: date | None = None,
    force: bool = False,
    today: date | None = None,
    cwd: Path | None = None,
) -> ReportResult:
    """The half-year or year report of PERIOD: checked first, errors stop it unless FORCE."""
    from xlkit.documents.report import Issue, report_document

    today = today or date.today()
    prepared = prepare(period, workbook, cwd=cwd, today=today, document=True)
    note_late_date(prepared, day, today)
    when = day or today
    text, written = issue_document(
        prepared, lambda number: report_document(prepared.book, period, Issue(number, when), computed=prepared.computed),
        kind="BC", name=f"bao-cao-{period}", fmt=fmt, output=output, number=number, day=when, force=force,
    )  # fmt: skip
    return ReportResult(prepared, text, written, prepared.notices)


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
    today: date | None = None,
    cwd: Path | None = None,
) -> PlanResult:
    """A plan of YEAR (KIND: nam, nhiem-vu, chuyen-de, toan-khoa), from the workbook of that year."""
    from xlkit.documents.plans import PlanIssue, PlanKind, plan_document

    today = today or date.today()
    try:
        plan_kind = PlanKind(kind)
    except ValueError:
        raise Problem("err.plan-kind", kind=kind, accepted=", ".join(k.value for k in PlanKind)) from None
    if isinstance(year, tuple):  # a term: the named workbook's year, else the year of the term we are in
        year = _year_in_term(year, workbook, today)
    prepared = prepare(Period(year, Kind.YEAR), workbook, cwd=cwd, today=today, document=True)
    when = day or today
    if day is None and when.year != year:  # a plan of another year is dated at its start, and says so
        when = date(year, 1, 1)
        prepared.notices.append(("note.plan-date", {"year": year, "day": when.strftime("%d/%m/%Y")}))
    text, written = issue_document(
        prepared, lambda number: plan_document(prepared.book, plan_kind, PlanIssue(year, number, when)),
        kind=plan_kind.number_type, name=f"ke-hoach-{plan_kind.value}-{year}", fmt=fmt, output=output, number=number, day=when,
        force=force, document_key=plan_kind.key(year),
    )  # fmt: skip
    return PlanResult(prepared, text, written, prepared.notices)


def _year_in_term(term: tuple[int, int], workbook: Path | None, today: date) -> int:
    first, last = term
    if workbook is not None and workbook.is_file():
        try:
            book, _ = load(workbook)
        except UnreadableWorkbook:
            book = None
        if book is not None and book.year is not None and first <= book.year <= last:
            return book.year
    return min(max(today.year, first), last)


# --- pack, mail ---------------------------------------------------------------------------------


@dataclass
class PackResult:
    prepared: Prepared
    package: Package
    notices: list[Notice]


def pack(
    period: Period,
    workbook: Path | None = None,
    *,
    output: Path | None = None,
    number: str | None = None,
    day: date | None = None,
    force: bool = False,
    today: date | None = None,
    cwd: Path | None = None,
    prepared: Prepared | None = None,
) -> PackResult:
    """Check, then build the package of PERIOD: the workbook, the report, the indicators, a manifest."""
    from xlkit.documents.report import Issue, report_document
    from xlkit.outputs.package import build_package, default_folder
    from xlkit.outputs.pdf import soffice

    now = datetime.now().astimezone()  # the package's stamp; "today" from the same reading
    today = today or now.date()
    prepared = prepared or prepare(period, workbook, cwd=cwd, today=today, document=True)
    target = output or default_folder(period)
    guarded(lambda: guard_folder(target, inputs=(prepared.path,), force=force))
    stop_on_errors(prepared, force)
    number = number_for(prepared, number, "BC", day or today)
    document = report_document(prepared.book, period, Issue(number, day or today), computed=prepared.computed)
    note_late_date(prepared, day, today)
    chosen = layout()
    errors = len(prepared.report.errors)
    package = guarded(
        lambda: build_package(
            workbook=prepared.path,
            book=prepared.book,
            period=period,
            document=document,
            indicators=prepared.items,
            target=target,
            made=now,
            layout=chosen,
            errors=errors,
            forced=bool(errors),
            overwrite=force,
        )
    )
    if not soffice():
        prepared.notices.append(("note.no-pdf", {}))
    return PackResult(prepared, package, prepared.notices)


@dataclass
class MailResult:
    eml: Path
    message_id: str | None  # None when only the .eml was written
    recipients: list[str]
    notices: list[Notice]


def mail(
    period: Period,
    workbook: Path | None = None,
    *,
    to: Sequence[str],
    cc: Sequence[str] = (),
    eml: Path | None = None,
    send: bool = False,
    smtp: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
    force: bool = False,
    password: Callable[[str], str | None] | None = None,
    sending: Callable[[str], AbstractContextManager[Any]] | None = None,
    today: date | None = None,
    cwd: Path | None = None,
) -> MailResult:
    """Write the message of PERIOD's package (.eml) and, with SEND, send it over SMTP.

    SMTP holds the command's options (host, port, user, security, from, timeout); ENVIRON and
    xlkit.toml fill the rest. PASSWORD asks for the password when the environment has none;
    SENDING(host) is a context manager shown while the server is talked to.
    """
    import contextlib
    import os

    from xlkit.config import ConfigError, table
    from xlkit.documents.mail import mail_text
    from xlkit.outputs import mail as mailer
    from xlkit.outputs.package import default_folder

    today = today or date.today()
    environ = dict(os.environ if environ is None else environ)
    options = dict(smtp or {})
    for address in [*to, *cc, *([options["from"]] if options.get("from") else [])]:
        try:
            mailer.checked_address(address)
        except mailer.BadAddress as exc:
            raise Problem("err.bad-address", address=exc.address) from None
    try:
        config = table("smtp")
    except ConfigError as exc:
        raise Problem("err.config", detail=str(exc)) from None
    settings = None
    if send:
        try:
            settings = mailer.smtp_settings(options, environ, config)
        except mailer.SettingsError as exc:
            raise Problem(str(exc)) from None
    prepared = prepare(period, workbook, cwd=cwd, today=today, document=True)
    package = _current_package(prepared, force=force, today=today)
    files = [package.folder / f.name for f in package.files] + [package.folder / "manifest.json"]
    subject, body = mail_text(prepared.book, period, [f.name for f in files], computed=prepared.computed)
    origin = mailer.sender_of(options, environ, config)
    message = mailer.build_message(subject=subject, body=body, to=list(to), cc=list(cc), sender=origin, attachments=files)
    target = eml or default_folder(period) / "thu.eml"
    # the .eml is a draft xlkit rewrites each time; never an input, a file of the package, or the user's
    guarded(lambda: guard_file(target, inputs=(prepared.path,), package=files, roles=("eml",), force=True))
    guarded(lambda: mailer.write_eml(message, target))
    recipients = [*to, *cc]
    if settings is None:
        return MailResult(target, None, recipients, prepared.notices)
    secret = environ.get("XLKIT_SMTP_PASSWORD")
    if settings.user and secret is None:
        secret = password(settings.user) if password else None
        if secret is None:
            raise Problem("err.smtp-password", eml=target)
    showing = sending(settings.host) if sending else contextlib.nullcontext()
    try:
        with showing:
            message_id = mailer.send(message, settings, secret)
    except mailer.SendFailed as exc:
        raise Problem("err.send-failed", why_say=exc.reason_key, detail=exc.detail, eml=target, seconds=f"{exc.seconds:g}") from None
    finally:
        secret = None
    return MailResult(target, message_id, recipients, prepared.notices)


def _current_package(prepared: Prepared, *, force: bool, today: date) -> Package:
    """The package of the period in out/<period>/ when it holds this very workbook, else a fresh one."""
    from xlkit.outputs.package import default_folder, load_package, sha256_of, verify

    folder = default_folder(prepared.period)
    package = load_package(folder)
    if package is not None and package.workbook == prepared.path.name and not verify(folder):
        packed = next(f for f in package.files if f.role == "workbook")
        if packed.sha256 == sha256_of(prepared.path) and (force or not package.forced):
            return package
    if prepared.report.errors and not force:
        raise HasErrors(prepared.report)
    # a stale package of ours is replaced; a folder xlkit did not make is still refused by the guard
    return pack(prepared.period, force=True, today=today, prepared=prepared).package
