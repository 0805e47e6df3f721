"""The command line: arguments in, one library call (`xlkit.check`, `xlkit.report` …), output and
an exit code out. This module declares the commands; cli/ is the only folder that prints or exits.

Exit codes: 0 fine (warnings allowed), 1 errors in the workbook (nothing written), 2 the tool could
not run (one line on stderr, never a traceback unless --debug). Everything a user reads comes from
the catalogue, Vietnamese first.
"""

from __future__ import annotations

import gc
import sys
from datetime import date
from pathlib import Path

import typer

from xlkit.cli import parse, show, year
from xlkit.cli.checking import run_check
from xlkit.cli.group import Command, Group
from xlkit.cli.guarded import exits, last_net
from xlkit.cli.issuing import issue
from xlkit.cli.rolling import run_rollup
from xlkit.cli.voice import state
from xlkit.messages import say
from xlkit.vocab.formats import CheckFormat, IndicatorsFormat, RollupFormat, RulesFormat

app = typer.Typer(
    cls=Group,
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)

# help texts are set per language by clicktext.use (from the catalogue); these are the names only
PeriodArgument = typer.Argument(..., metavar="PERIOD")
WorkbookArgument = typer.Argument(None, metavar="WORKBOOK")
NumberOption = typer.Option(None, "--so")
DateOption = typer.Option(None, "--ngay")
OutputOption = typer.Option(None, "-o", "--output")
SigningOption = typer.Option(None, "--ky")


def _version(asked: bool) -> None:
    if asked:
        from xlkit.version import __version__

        sys.stdout.write(f"xlkit {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _main(
    debug: bool = typer.Option(False, "--debug"),
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version),
) -> None:
    state["debug"] = debug


@app.command(cls=Command)
@exits
def new(
    path: Path | None = typer.Argument(None, metavar="PATH"),
    year: int | None = typer.Option(None, "--year"),
    force: bool = typer.Option(False, "--force"),
    source: Path | None = typer.Option(None, "--from"),
) -> None:
    import xlkit

    lang = state["lang"]
    if source is None:
        written = xlkit.new(path, year=year or date.today().year, force=force)
        show.echo(say("done.new", lang, path=written))
        return
    rolled = xlkit.roll_over(source, path, year=year, force=force)
    show.echo(say("done.rollover", lang, path=rolled.path, year=rolled.year, source=source))
    for sheet, carried in rolled.carried.items():
        show.echo(
            say("rollover.sheet", lang, sheet=sheet, carried=carried, left=rolled.left[sheet])
        )


@app.command(cls=Command)
@exits
def check(
    workbooks: list[Path] | None = typer.Argument(None, metavar="WORKBOOKS"),
    format: str = typer.Option("text", "--format"),
    period: str | None = typer.Option(None, "--period"),
    annotate: bool = typer.Option(False, "--annotate"),
    output: Path | None = OutputOption,
    force: bool = typer.Option(False, "--force"),
) -> None:
    chosen = parse.choice(CheckFormat, format)
    chosen_period = parse.period_or_plan(period) if period else None
    code = run_check(
        workbooks, chosen, chosen_period, annotate=annotate, output=output, force=force
    )
    raise typer.Exit(code)


@app.command(cls=Command)
@exits
def fix(
    workbook: Path = typer.Argument(..., metavar="WORKBOOK"),
    output: Path | None = OutputOption,
    force: bool = typer.Option(False, "--force"),
) -> None:
    import xlkit

    show.fixed(xlkit.fix(workbook, output=output, force=force), workbook)


@app.command(cls=Command)
@exits
def rules(
    year: int | None = typer.Option(None, "--year"),
    format: str = typer.Option("text", "--format"),
) -> None:
    import xlkit

    chosen = parse.choice(RulesFormat, format)
    sys.stdout.write(xlkit.rules_listing(year, fmt=chosen, lang=state["lang"]))


@app.command(cls=Command)
@exits
def indicators(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    format: str | None = typer.Option(None, "--format"),
    output: Path | None = OutputOption,
    force: bool = typer.Option(False, "--force"),
) -> None:
    import xlkit

    lang = state["lang"]
    chosen = parse.choice(IndicatorsFormat, format) if format is not None else None
    result = xlkit.indicators(
        parse.period(period), workbook, fmt=chosen, output=output, force=force, lang=lang
    )
    if result.written:
        show.echo(say("done.written", lang, path=result.written))
    elif result.text is not None:
        sys.stdout.write(result.text)
    else:
        show.table(result, lang)


@app.command(cls=Command)
@exits
def report(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    output: Path | None = OutputOption,
    format: str | None = typer.Option(None, "--format"),
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    ky: str | None = SigningOption,
    force: bool = typer.Option(False, "--force"),
) -> None:
    issue(
        "report",
        period,
        workbook,
        output=output,
        format=format,
        number=so,
        day=ngay,
        signing=ky,
        force=force,
    )


@app.command(cls=Command)
@exits
def plan(
    year: str = typer.Argument(..., metavar="YEAR"),
    workbook: Path | None = WorkbookArgument,
    kind: str = typer.Option("nam", "--kind"),
    output: Path | None = OutputOption,
    format: str | None = typer.Option(None, "--format"),
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    ky: str | None = SigningOption,
    force: bool = typer.Option(False, "--force"),
) -> None:
    issue(
        "plan",
        year,
        workbook,
        output=output,
        format=format,
        number=so,
        day=ngay,
        signing=ky,
        force=force,
        kind=kind,
    )


@app.command(cls=Command)
@exits
def rollup(
    period: str = PeriodArgument,
    sources: list[Path] = typer.Argument(..., metavar="SOURCES"),
    output: Path | None = OutputOption,
    format: str = typer.Option("table", "--format"),
    expect: Path | None = typer.Option(None, "--expect"),
    jobs: int | None = typer.Option(None, "--jobs"),
    tom_tat: Path | None = typer.Option(None, "--tom-tat"),
    ten: str | None = typer.Option(None, "--ten"),
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    dia_danh: str | None = typer.Option(None, "--dia-danh"),
    nguoi_ky: str | None = typer.Option(None, "--nguoi-ky"),
    force: bool = typer.Option(False, "--force"),
) -> None:
    from xlkit.commands.rollup import SummaryOptions

    chosen = parse.choice(RollupFormat, format)
    code = run_rollup(
        parse.period(period),
        sources,
        chosen,
        output=output,
        expect=expect,
        jobs=jobs,
        summary=tom_tat,
        options=SummaryOptions(ten, dia_danh, nguoi_ky, so, parse.day(ngay)),
        force=force,
    )
    raise typer.Exit(code)


@app.command(cls=Command)
@exits
def pack(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    output: Path | None = OutputOption,
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    force: bool = typer.Option(False, "--force"),
) -> None:
    import xlkit

    result = xlkit.pack(
        parse.period(period), workbook, output=output, number=so, day=parse.day(ngay), force=force
    )
    show.package(result)


@app.command(cls=Command)
@exits
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
) -> None:
    import xlkit

    lang = state["lang"]
    options = {
        "host": smtp_host,
        "port": smtp_port,
        "user": smtp_user,
        "security": smtp_security,
        "from": sender,
        "timeout": timeout,
    }
    result = xlkit.mail(
        parse.period(period),
        workbook,
        to=to,
        cc=cc,
        eml=eml,
        send=send,
        smtp=options,
        force=force,
        password=show.ask_password,
        sending=show.sending,
    )
    show.notices(result.notices)
    if result.message_id is None:
        show.echo(say("done.written", lang, path=result.eml))
    else:
        show.echo(say("done.sent", lang, id=result.message_id, to=", ".join(result.recipients)))


app.command(name="agenda", cls=Command)(exits(year.agenda))
app.command(name="meeting", cls=Command)(exits(year.meeting))
app.command(name="review", cls=Command)(exits(year.review))

# --- helpers shared by the commands


def main() -> None:
    """Run the CLI; the last net turns an unexpected failure into one line (a traceback with
    --debug)."""
    # A command's values live until it ends and make no reference cycles: the cycle collector's
    # walks over a big workbook's millions of them free nothing and cost 0.6 s of a 200,000-member
    # check. Refcounting frees what is let go, as always. (The process is ours; a library caller's
    # is not.)
    gc.disable()
    command = typer.main.get_command(app)
    last_net(lambda: command.main(sys.argv[1:], prog_name="xlkit"))


if __name__ == "__main__":  # pragma: no cover
    main()
