"""What every command shares: reading, checking and computing a workbook once (`Prepared`), the
two ways a command fails (`Problem`: exit 2, one line; `HasErrors`: exit 1, the findings), and
the guards, rules, layout and register each command applies before it writes.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from xlkit.checks import check_book, document_findings, unreadable
from xlkit.checks.party import Rule
from xlkit.compute.collector import Indicator
from xlkit.compute.indicators import Computed
from xlkit.guard.files import OutputRefused, guard_file
from xlkit.messages.findings import Report
from xlkit.read.discover import NoSuchPath, NothingFound
from xlkit.read.opening import (
    AmbiguousWorkbook,
    NoWorkbookForYear,
    PeriodOutsideYear,
    open_for_period,
)
from xlkit.read.records import Book
from xlkit.read.vetting import UnreadableWorkbook
from xlkit.vocab.periods import Period

if TYPE_CHECKING:  # heavy modules, loaded only by the commands that write
    from xlkit.render import Format
    from xlkit.render.layout import Layout

T = TypeVar("T")
LATE_DAYS = 60  # a document dated this long after its period's end says which date it used
Notice = tuple[str, dict[str, Any]]  # a catalogue line for stderr, and its arguments


class Problem(Exception):
    """The tool could not run; `key` is the catalogue line that says why, `fields` its arguments."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key, args)
        self.key, self.fields = key, args
        self.status = 2  # the tool could not run; 1 when the input is at fault
        self.notices: list[Notice] = []  # what the command did before it stopped, said first


class HasErrors(Exception):
    """The workbook has errors (or cannot be read): nothing was written."""

    def __init__(self, report: Report) -> None:
        super().__init__(report)
        self.report = report


class Prepared(NamedTuple):
    """One workbook for one period: read, checked and its indicators computed, once."""

    path: Path
    book: Book
    period: Period
    report: Report
    computed: Computed
    notices: list[Notice]  # each command's own list: said after the document is written
    checked_as: str = ""  # what `check --period` checks it as: `2023-H1`, or a plan's `KH-2023`
    rules: tuple[Rule, ...] = ()  # the party rules it was checked by, xlkit.toml's [rules] in

    @property
    def items(self) -> list[Indicator]:
        return self.computed.items(self.period)


def places(paths: Sequence[Path]) -> str:
    return ", ".join(str(p) for p in paths) or "."


# a name given where the workbook goes that is a document's, not a workbook's: -o forgotten
OUTPUT_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".csv", ".json", ".eml", ".zip")


def prepare(
    period: Period,
    workbook: Path | None = None,
    *,
    cwd: Path | None = None,
    today: date | None = None,
    document: bool = False,
    key: str | None = None,
    sections: bool = True,
) -> Prepared:
    """Open the workbook of PERIOD (named, or found), check it and share its indicators."""
    try:
        opened = open_for_period(workbook, period, cwd=cwd)
    except NoSuchPath as exc:
        if Path(exc.path).suffix.lower() in OUTPUT_SUFFIXES:  # `report 2024-H1 bao-cao.docx`
            raise Problem("err.forgot-output", path=exc.path) from None
        raise Problem("err.no-such-path", path=exc.path) from None
    except NothingFound as exc:
        raise Problem("err.no-workbooks", places=places(exc.places)) from None
    except UnreadableWorkbook as exc:
        raise HasErrors(unreadable(Path(exc.detail or workbook or "."), exc)) from None
    except PeriodOutsideYear as exc:
        if exc.year is None:
            raise Problem("err.no-year", path=exc.path) from None
        raise Problem("err.period-outside", period=period, year=exc.year, path=exc.path) from None
    except NoWorkbookForYear as exc:
        raise Problem("err.no-year-match", year=exc.year, places=places(exc.places)) from None
    except AmbiguousWorkbook as exc:
        raise Problem(
            "err.ambiguous", year=exc.year, names=", ".join(str(p) for p in exc.paths)
        ) from None
    computed, chosen = Computed(opened.book), rules()
    findings = opened.findings + check_book(
        opened.book,
        period=key or period,
        today=today,
        computed=computed,
        rules=chosen,
        sections=sections,
    )
    if document:  # a plan (KEY) is not the year's report: its targets' results are not asked
        findings += document_findings(opened.book, period, report=key is None)
    return Prepared(
        opened.path,
        opened.book,
        period,
        Report(opened.path, findings),
        computed,
        [],
        # a document other than the report: `check` alone finds what it was made with
        checked_as=key or (str(period) if sections else ""),
        rules=chosen,
    )


def stop_on_errors(prepared: Prepared, force: bool) -> None:
    """Errors stop a document here unless forced (then a warning says so)."""
    errors = prepared.report.errors
    if errors and not force:
        raise HasErrors(prepared.report)
    if errors:
        prepared.notices.append(("warn.forced", {"errors": len(errors)}))


def guarded(action: Callable[[], T], target: Path | None = None) -> T:
    """Run a guard or a writer of TARGET: a refused path, a missing LibreOffice or a full disk
    become a Problem (naming TARGET, what she asked for, not a temporary file)."""
    from xlkit.render.pdf import ConversionFailed, OfficeMissing
    from xlkit.workbooks.editing import MOST_CELLS, NotEditable, TooBigToEdit

    try:
        return action()
    except OutputRefused as exc:
        raise Problem(exc.key, path=exc.path, **exc.fields) from None
    except OfficeMissing:
        raise Problem("err.no-office") from None
    except ConversionFailed as exc:
        raise Problem("err.pdf-failed", reason=str(exc)) from None
    except TooBigToEdit as exc:
        problem = Problem(
            "err.too-big-to-edit", path=exc.path, cells_n=exc.cells, most_n=MOST_CELLS
        )
        problem.status = 1  # her workbook, not the tool
        raise problem from None
    except NotEditable as exc:
        problem = Problem("err.not-editable", path=exc.path)
        problem.status = 1  # her workbook, not the tool
        raise problem from None
    except Exception as exc:
        reason = io_failure(exc)
        if reason is None:
            raise
        let_go(exc)
        filename = exc.filename if isinstance(exc, OSError) else None
        raise Problem("err.cannot-write", path=target or filename or "", **reason) from None


# lxml's names for the write errors it meets (a full disk, a file-size limit)
_LXML_IO = {"IO_ENOSPC": errno.ENOSPC, "IO_EFBIG": errno.EFBIG, "IO_EIO": errno.EIO}


# the system's refusals she meets, in her language (others as the system says them)
_SAID = {errno.ENOSPC: "oserror.no-space", errno.EFBIG: "oserror.too-large"}


def io_failure(exc: BaseException) -> dict[str, str] | None:
    """Why EXC failed to write, when it is the system's refusal, as the writers wrap it
    (xlsxwriter's FileCreateError, lxml's SerialisationError): the `reason` of err.cannot-write;
    None when it is something else."""
    cause = exc.args[0] if exc.args else None
    if isinstance(exc, OSError):
        code, text = exc.errno, exc.strerror or str(exc)
    elif type(exc).__name__ == "FileCreateError" and isinstance(cause, OSError):
        code, text = cause.errno, cause.strerror or str(cause)
    elif type(exc).__name__ == "SerialisationError" and str(exc) in _LXML_IO:
        code = _LXML_IO[str(exc)]
        text = os.strerror(code)
    else:
        return None
    return {"reason_say": _SAID[code]} if code in _SAID else {"reason": text}


def let_go(exc: BaseException) -> None:
    """A writer stopped half-way leaves an open zip in its frames; closed at exit, it fails again
    and Python prints 'Exception ignored in ... ZipFile.__del__' under the clear line. It is
    closed now, and what it says on the way is not news."""
    import gc
    import traceback

    hook = sys.unraisablehook
    sys.unraisablehook = lambda _: None
    try:
        traceback.clear_frames(exc.__traceback__)
        exc.__traceback__ = None
        gc.collect()
    finally:
        sys.unraisablehook = hook


def rules() -> tuple[Rule, ...]:
    """The party rules, with the values xlkit.toml's [rules] sets (for what could not be
    confirmed)."""
    from xlkit.checks.party.settings import with_settings

    # xlkit.toml is checked as it is read: the settings are ones the rules have
    return with_settings(config_table("rules"))


def config_table(name: str) -> dict[str, Any] | None:
    """xlkit.toml's table NAME (None when it has none); an unreadable file, or a table or key it
    cannot have, is a Problem."""
    from xlkit.commands.settings import ConfigError, SettingError, table

    try:
        return table(name)
    except ConfigError as exc:
        raise Problem("err.config", detail=str(exc)) from None
    except SettingError as exc:
        raise Problem(exc.key, **exc.fields) from None


def kept_register() -> Any:
    """The register of document numbers when xlkit.toml keeps one ([register]), else None."""
    from xlkit.deliver.register import DEFAULT_FILE, Register

    settings = config_table("register")
    if settings is None:
        return None
    return Register(Path(str(settings.get("file") or DEFAULT_FILE)))


def number_for(
    prepared: Prepared, asked: str | None, kind: str, day: date, document: str | None = None
) -> str | None:
    """The document's number: --so, else the next in the register (recorded), else None (a blank
    to fill)."""
    term = str(prepared.book.info.get("Nhiệm kỳ") or prepared.period.year)
    return issue_number(asked, kind, day, term, document or str(prepared.period))


def checked_number(asked: str | None) -> None:
    """--so is a number from 1 to the register's most, or a Problem."""
    from xlkit.deliver.register import MAX_NUMBER

    if asked is not None and not (
        asked.isascii() and asked.isdecimal() and 1 <= int(asked) <= MAX_NUMBER
    ):
        raise Problem("err.bad-number", number=asked, most=MAX_NUMBER)


def issue_number(asked: str | None, kind: str, day: date, term: str, named: str) -> str | None:
    """The number of document NAMED of KIND in TERM: ASKED (--so), else the next in the register
    (recorded), else None (a blank to fill)."""
    from xlkit.deliver.register import (
        DamagedRegister,
        NotARegister,
        NumberTaken,
        RegisterBusy,
    )

    checked_number(asked)
    register = kept_register()
    if register is None:  # as the register writes it: 07
        return None if asked is None else f"{int(asked):02d}"
    try:
        return guarded(
            lambda: register.issue(term=term, kind=kind, document=named, day=day, asked=asked)
        )
    except NotARegister:
        raise Problem("err.not-a-register", path=register.path) from None
    except DamagedRegister as exc:
        raise Problem("err.register-damaged", path=register.path, where=exc.where) from None
    except RegisterBusy:
        raise Problem("err.register-busy", path=register.path) from None
    except NumberTaken as exc:
        raise Problem(
            "err.number-taken", number=exc.number, document=exc.document, path=register.path
        ) from None


def layout(day: date | None = None) -> Layout:
    """The layout of a document dated DAY: the rules of form then in force, with xlkit.toml's
    [layout] values put in."""
    from xlkit.render.layout import layout_from

    # xlkit.toml is checked as it is read: the values are ones the layout has
    return layout_from(config_table("layout"), day)


def note_late_date(prepared: Prepared, day: date | None, today: date) -> None:
    if day is None and today > prepared.period.end + timedelta(days=LATE_DAYS):
        prepared.notices.append(
            ("note.date-today", {"day": today.strftime("%d/%m/%Y"), "period": str(prepared.period)})
        )


def issue_document(
    prepared: Prepared,
    build: Callable[[str | None], Any],
    *,
    kind: str,
    name: str,
    fmt: Format | None,
    output: Path | None,
    number: str | None,
    day: date,
    force: bool,
    document_key: str | None = None,
    numbered: bool = True,
) -> tuple[str | None, Path | None]:
    """A document of the workbook, printed (text, Markdown) or written to a file, which issues
    it: checked first, errors stop it unless FORCE, the number taken from the register, never
    over a file xlkit did not make."""
    from xlkit.render import Format
    from xlkit.render.write import render, write_document

    fmt = fmt or Format.TEXT
    if output is not None:
        guarded(lambda: guard_file(output, inputs=(prepared.path,), roles=("report",), force=force))
    stop_on_errors(prepared, force)
    printed = output is None and fmt in (Format.TEXT, Format.MARKDOWN)
    # a document written to a file is issued: it takes its number from the register
    if not printed and numbered:  # a biên bản bears no number
        number = number_for(prepared, number, kind, day, document=document_key)
    document = build(number)
    if printed:
        return render(document, fmt), None
    target = output or Path(f"{name}.{fmt.value}")
    if output is None:
        guarded(lambda: guard_file(target, inputs=(prepared.path,), roles=("report",), force=force))
    chosen = layout(day)
    guarded(lambda: write_document(document, target, fmt, layout=chosen), target)
    return None, target


# what openpyxl can write back (annotate, fix): not .xls, .ods or .xlsb
OPENPYXL_SUFFIXES = (".xlsx", ".xlsm")


def same_kind(target: Path, source: Path) -> None:
    """A copy of a workbook (fixed, annotated) goes under a name of the workbook's own kind:
    under `.csv` or `.txt` it would be a workbook's bytes no program opens as such."""
    if target.suffix.lower() != source.suffix.lower():
        raise Problem("err.bad-format", fmt=target.suffix or target.name, accepted=source.suffix)


def beside(path: Path, suffix: str) -> Path:
    """The copy of workbook PATH that a command writes beside it: `so-2023-da-sua.xlsx`."""
    return path.with_name(
        f"{path.stem}-{suffix}{'.xlsm' if path.suffix.lower() == '.xlsm' else '.xlsx'}"
    )
