"""The command line: arguments in, one library call (`xlkit.check`, `xlkit.report` …), output and
an exit code out.

The only module that prints or exits. Exit codes: 0 fine (warnings allowed), 1 errors in the
workbook (nothing written), 2 the tool could not run (one line on stderr, never a traceback
unless --debug). Everything a user reads comes from the catalogue, Vietnamese first.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

import typer
from typer.core import TyperCommand, TyperGroup

from xlkit.cli import clicktext
from xlkit.messages import lang_or_default, say

if TYPE_CHECKING:
    from xlkit.commands.indicators import IndicatorsResult
    from xlkit.messages.findings import Report
    from xlkit.vocab.periods import Period

_state: dict[str, Any] = {"lang": "vi"}
# the click typer runs on: its own vendored copy (typer >= 0.2x) or click itself
_click = importlib.import_module(TyperGroup.__mro__[1].__module__.rsplit(".", 1)[0])


class _Command(TyperCommand):
    def get_help(self, ctx: Any) -> str:
        return clicktext.translate(super().get_help(ctx), _state["lang"])


class _Group(TyperGroup):
    """xlkit's command group: says everything in the user's language and exits with its own
    codes."""

    def get_help(self, ctx: Any) -> str:
        return clicktext.translate(super().get_help(ctx), _state["lang"])

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang, unknown = lang_or_default(_lang_in(argv), dict(os.environ))
        if lang not in ("vi", "en"):
            _line(say("err.bad-lang", "vi", name=lang))
            sys.exit(2)
        if unknown:
            print(say("warn.env-lang", "vi", name=unknown), file=sys.stderr)
        _state["lang"] = lang
        clicktext.use(lang, self)
        exceptions = _click.exceptions
        try:
            code = super().main(argv, "xlkit", complete_var, standalone_mode=False, **extra)
        except getattr(exceptions, "NoArgsIsHelpError", ()) as exc:
            print(exc.ctx.get_help())
            code = 0
        except exceptions.ClickException as exc:
            message = clicktext.translate(exc.format_message().splitlines()[0], lang)
            hint = (
                f" ({exc.ctx.command_path} --help)"
                if isinstance(exc, exceptions.UsageError) and exc.ctx
                else ""
            )
            _line(message + hint)
            code = 2
        except (typer.Abort, getattr(exceptions, "Abort", typer.Abort)):
            print(say("aborted", lang), file=sys.stderr)
            code = 130
        sys.exit(code if isinstance(code, int) else 0)


def _lang_in(argv: list[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


app = typer.Typer(
    cls=_Group,
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)

# help texts are set per language by clicktext.use (from the catalogue); these are the names only
LangOption = typer.Option(None, "--lang")
PeriodArgument = typer.Argument(..., metavar="PERIOD")
WorkbookArgument = typer.Argument(None, metavar="WORKBOOK")
NumberOption = typer.Option(None, "--so")
DateOption = typer.Option(None, "--ngay")
OutputOption = typer.Option(None, "-o", "--output")


def _line(text: str) -> None:
    print(text if text.startswith("xlkit:") else f"xlkit: {text}", file=sys.stderr)


def _fail(key: str, **args: Any) -> NoReturn:
    _line(say(key, _state["lang"], **args))
    raise typer.Exit(2)


def _command(function: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's failures into exit codes: Problem -> one line, exit 2; HasErrors ->
    findings, exit 1."""

    @wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        # here, not at import: `xlkit --help` stays quick
        from xlkit.commands.shared import (
            HasErrors,
            Problem,
        )

        try:
            return function(*args, **kwargs)
        except Problem as exc:
            _fail(exc.key, **exc.fields)
        except HasErrors as exc:
            lang = _state["lang"]
            _print_findings(exc.report, lang, sys.stderr)
            _line(say("err.not-written", lang, errors=len(exc.report.errors)))
            raise typer.Exit(1) from None

    return run


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug")) -> None:
    _state["debug"] = debug


@app.command(cls=_Command)
@_command
def new(
    path: Path | None = typer.Argument(None, metavar="PATH"),
    year: int | None = typer.Option(None, "--year"),
    force: bool = typer.Option(False, "--force"),
    source: Path | None = typer.Option(None, "--from"),
    lang: str | None = LangOption,
) -> None:
    import xlkit

    lang = _state["lang"]
    if source is None:
        written = xlkit.new(path, year=year or date.today().year, force=force)
        typer.echo(say("done.new", lang, path=written))
        return
    rolled = xlkit.roll_over(source, path, year=year, force=force)
    typer.echo(say("done.rollover", lang, path=rolled.path, year=rolled.year, source=source))
    for sheet, carried in rolled.carried.items():
        typer.echo(
            say("rollover.sheet", lang, sheet=sheet, carried=carried, left=rolled.left[sheet])
        )


@app.command(cls=_Command)
@_command
def check(
    workbooks: list[Path] | None = typer.Argument(None, metavar="WORKBOOKS"),
    format: str = typer.Option("text", "--format"),
    lang: str | None = LangOption,
    period: str | None = typer.Option(None, "--period"),
    annotate: bool = typer.Option(False, "--annotate"),
    output: Path | None = OutputOption,
    force: bool = typer.Option(False, "--force"),
) -> None:
    import xlkit

    lang = _state["lang"]
    if format not in ("text", "json"):
        _fail("err.bad-format", fmt=format, accepted="text, json")
    reports = xlkit.check(workbooks, period=_period(period) if period else None)
    if format == "json":
        typer.echo(
            json.dumps(
                {"workbooks": [r.as_dict(lang) for r in reports]}, ensure_ascii=False, indent=2
            )
        )
    else:
        for report in reports:
            _print_findings(report, lang, sys.stdout)
    if annotate:
        for report in reports:
            if not report.unreadable:
                written, placed = xlkit.annotate(
                    report, output=output if len(reports) == 1 else None, force=force, lang=lang
                )
                _line(say("annotate.done", lang, path=written, count=placed))
    raise typer.Exit(0 if all(r.ok for r in reports) else 1)


@app.command(cls=_Command)
@_command
def fix(
    workbook: Path = typer.Argument(..., metavar="WORKBOOK"),
    output: Path | None = OutputOption,
    force: bool = typer.Option(False, "--force"),
    lang: str | None = LangOption,
) -> None:
    import xlkit

    lang = _state["lang"]
    result = xlkit.fix(workbook, output=output, force=force)
    for change in result.changes:
        typer.echo(
            f'  \'{change.sheet}\'!{change.cell}  "{change.before}" → "{change.after}"  '
            f"({say(change.why, lang)})"
        )
    for change in result.ambiguous:
        typer.echo(
            f"  '{change.sheet}'!{change.cell}  \"{change.before}\"  {say(change.why, lang)}"
        )
    typer.echo(say("fix.done", lang, path=result.written, count=len(result.changes)))
    serious = [len(r.errors) + len(r.warnings) for r in (result.before, result.after)]
    typer.echo(say("fix.findings", lang, before=serious[0], after=serious[1]))


@app.command(cls=_Command)
@_command
def rules(
    year: int | None = typer.Option(None, "--year"),
    format: str = typer.Option("text", "--format"),
    lang: str | None = LangOption,
) -> None:
    import xlkit

    if format not in ("text", "json", "md"):
        _fail("err.bad-format", fmt=format, accepted="text, json, md")
    sys.stdout.write(xlkit.rules_listing(year, fmt=format, lang=_state["lang"]))


@app.command(cls=_Command)
@_command
def indicators(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    format: str | None = typer.Option(None, "--format"),
    output: Path | None = OutputOption,
    force: bool = typer.Option(False, "--force"),
    lang: str | None = LangOption,
) -> None:
    import xlkit

    lang = _state["lang"]
    if format is not None and format not in ("table", "csv", "json"):
        _fail("err.bad-format", fmt=format, accepted="table, csv, json")
    result = xlkit.indicators(
        _period(period), workbook, fmt=format, output=output, force=force, lang=lang
    )
    if result.written:
        typer.echo(say("done.written", lang, path=result.written))
    elif result.text is not None:
        sys.stdout.write(result.text)
    else:
        _print_table(result, lang)


@app.command(cls=_Command)
@_command
def report(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    output: Path | None = OutputOption,
    format: str | None = typer.Option(None, "--format"),
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    force: bool = typer.Option(False, "--force"),
    lang: str | None = LangOption,
) -> None:
    import xlkit

    fmt, output = _document_format(format, output)
    _document(
        xlkit.report(
            _period(period),
            workbook,
            fmt=fmt,
            output=output,
            number=so,
            day=_day(ngay),
            force=force,
        )
    )


@app.command(cls=_Command)
@_command
def plan(
    year: str = typer.Argument(..., metavar="YEAR"),
    workbook: Path | None = WorkbookArgument,
    kind: str = typer.Option("nam", "--kind"),
    output: Path | None = OutputOption,
    format: str | None = typer.Option(None, "--format"),
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    force: bool = typer.Option(False, "--force"),
    lang: str | None = LangOption,
) -> None:
    import xlkit

    fmt, output = _document_format(format, output)
    _document(
        xlkit.plan(
            _plan_year(year),
            workbook,
            kind=kind,
            fmt=fmt,
            output=output,
            number=so,
            day=_day(ngay),
            force=force,
        )
    )


@app.command(cls=_Command)
@_command
def rollup(
    period: str = PeriodArgument,
    sources: list[Path] = typer.Argument(..., metavar="SOURCES"),
    output: Path | None = OutputOption,
    format: str = typer.Option("table", "--format"),
    expect: Path | None = typer.Option(None, "--expect"),
    jobs: int | None = typer.Option(None, "--jobs"),
    tom_tat: Path | None = typer.Option(None, "--tom-tat"),
    ten: str | None = typer.Option(None, "--ten"),
    force: bool = typer.Option(False, "--force"),
    lang: str | None = LangOption,
) -> None:
    import xlkit
    from xlkit.consolidate.show import AS_TEXT, as_table

    lang = _state["lang"]
    if format != "table" and format not in AS_TEXT:
        _fail("err.bad-format", fmt=format, accepted="table, json, csv")
    from xlkit.cli.progress import ProgressBar

    with ProgressBar() as progress:
        result = xlkit.rollup(
            _period(period),
            sources,
            output=output,
            expect=expect,
            jobs=jobs,
            summary=tom_tat,
            committee_name=ten,
            force=force,
            progress=progress,
            lang=lang,
        )
    for duplicate in result.rolled.duplicates:
        _line(
            say(
                "rollup.duplicate",
                lang,
                name=duplicate.name,
                kept=duplicate.kept,
                dropped=duplicate.dropped,
            )
        )
    shown = as_table(result.rolled, lang) if format == "table" else AS_TEXT[format](result.rolled)
    text = result.summary_text or shown
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    for written in (result.written, result.summary_written):
        if written is not None:
            _line(say("done.written", lang, path=written))
    raise typer.Exit(1 if result.rolled.has_errors else 0)


@app.command(cls=_Command)
@_command
def pack(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    output: Path | None = OutputOption,
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    force: bool = typer.Option(False, "--force"),
    lang: str | None = LangOption,
) -> None:
    import xlkit

    result = xlkit.pack(
        _period(period), workbook, output=output, number=so, day=_day(ngay), force=force
    )
    _notices(result.notices)
    typer.echo(say("done.written", _state["lang"], path=result.package.folder))
    for item in result.package.files:
        typer.echo(f"  {item.sha256[:16]}  {item.name}")


@app.command(cls=_Command)
@_command
def mail(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    to: list[str] = typer.Option(..., "--to"),
    cc: list[str] = typer.Option([], "--cc"),
    eml: Path | None = typer.Option(None, "--eml"),
    send: bool = typer.Option(False, "--send"),
    smtp_host: str | None = typer.Option(None, "--smtp-host"),
    smtp_port: int | None = typer.Option(None, "--smtp-port"),
    smtp_user: str | None = typer.Option(None, "--smtp-user"),
    smtp_security: str | None = typer.Option(None, "--smtp-security"),
    sender: str | None = typer.Option(None, "--from"),
    timeout: float = typer.Option(30, "--timeout"),
    force: bool = typer.Option(False, "--force"),
    lang: str | None = LangOption,
) -> None:
    import xlkit

    lang = _state["lang"]
    options = {
        "host": smtp_host,
        "port": smtp_port,
        "user": smtp_user,
        "security": smtp_security,
        "from": sender,
        "timeout": timeout,
    }
    result = xlkit.mail(
        _period(period),
        workbook,
        to=to,
        cc=cc,
        eml=eml,
        send=send,
        smtp=options,
        force=force,
        password=_ask_password,
        sending=_sending,
    )
    _notices(result.notices)
    if result.message_id is None:
        typer.echo(say("done.written", lang, path=result.eml))
    else:
        typer.echo(say("done.sent", lang, id=result.message_id, to=", ".join(result.recipients)))


# --- helpers shared by the commands


def _period(text: str) -> Period:
    from xlkit.vocab.periods import ACCEPTED, Period, PeriodError

    try:
        return Period.parse(text)
    except PeriodError:
        _fail("err.bad-period", period=text, accepted=ACCEPTED)


def _document(result: Any) -> None:
    """A report's or a plan's result: its notices, then the text, or where it was written."""
    _notices(result.notices)
    if result.text is not None:
        sys.stdout.write(result.text)
    else:
        typer.echo(say("done.written", _state["lang"], path=result.written))


def _document_format(format: str | None, output: Path | None) -> tuple[Any, Path | None]:
    """--format and -o of a document: the format, and the file with its extension."""
    from xlkit.render import Format, output_path

    fmt = None
    if format is not None:
        try:
            fmt = Format.of(format)
        except ValueError:
            _fail("err.bad-format", fmt=format, accepted="txt, md, docx, pdf")
    if output is not None:
        try:
            output, fmt = output_path(output, fmt)
        except ValueError:
            _fail("err.bad-format", fmt=output.suffix or output.name, accepted="txt, md, docx, pdf")
    return fmt, output


def _plan_year(text: str) -> int | tuple[int, int]:
    """`2024`, or a term `2020-2025` (the term programme, from a workbook of one of its years)."""
    import re

    term = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", text)
    if term and int(term.group(1)) <= int(term.group(2)):
        return int(term.group(1)), int(term.group(2))
    if text.strip().isdigit():
        return int(text)
    _fail("err.bad-year", year=text)


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        _fail("err.bad-date", value=text)


def _notices(notices: list[tuple[str, dict[str, Any]]]) -> None:
    for key, args in notices:
        _line(say(key, _state["lang"], **args))


def _ask_password(user: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(say("prompt.password", _state["lang"], user=user))


def _sending(host: str) -> Any:
    """A spinner on a terminal while the server is talked to; nothing when piped."""
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(say("status.sending", _state["lang"], host=host))


def _print_findings(report: Report, lang: str, stream: TextIO) -> None:
    """Findings as text; in colour (rich) on a terminal, plain when piped — the severity is a
    word either way."""
    from xlkit.render.findings_text import report_lines

    lines = report_lines(report, lang)
    if not stream.isatty():  # no colour to show: spare rich's start-up
        stream.write("".join(text + "\n" for text, _ in lines))
        return
    from rich.console import Console

    console = Console(file=stream, highlight=False)
    for text, style in lines:
        console.print(text, style=style or None, markup=False, highlight=False, soft_wrap=True)


def _print_table(result: IndicatorsResult, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from xlkit.render import indicator_table

    table = Table(
        title=f"{result.prepared.path.name} — {result.prepared.period.label(lang)}",
        show_lines=False,
    )
    for column in indicator_table.headers(lang):
        table.add_column(column, overflow="fold")
    for row in indicator_table.table_rows(result.prepared.items, lang):
        table.add_row(*row)
    Console(highlight=False).print(table)


def main() -> None:
    """Run the CLI; the last net turns an unexpected failure into one line (a traceback with
    --debug)."""
    # A command's values live until it ends and make no reference cycles: the cycle collector's
    # walks over a big workbook's millions of them free nothing and cost 0.6 s of a 200,000-member
    # check. Refcounting frees what is let go, as always. (The process is ours; a library caller's
    # is not.)
    gc.disable()
    command = typer.main.get_command(app)
    try:
        command.main(sys.argv[1:], prog_name="xlkit")
    except KeyboardInterrupt:
        print(say("aborted", _state["lang"]), file=sys.stderr)
        sys.exit(130)
    except Exception as exc:
        if _state.get("debug") or "--debug" in sys.argv:
            raise
        print(
            say("internal", _state["lang"], detail=f"{type(exc).__name__}: {exc}".splitlines()[0]),
            file=sys.stderr,
        )
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
