"""The command line: arguments in, one library call, output and an exit code out.

The only module that prints or exits. Exit codes: 0 fine (warnings allowed), 1 errors in the
workbook, 2 the tool could not run (one line on stderr, never a traceback unless --debug).
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

import typer

from xlkit.messages import say

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="xlkit: sổ chi bộ chuẩn, kiểm tra và báo cáo. The party cell's workbook, checks and reports.",
)
_state: dict[str, Any] = {"debug": False}

LangOption = typer.Option(None, "--lang", help="vi (mặc định) hoặc en; cũng đọc XLKIT_LANG.")
PeriodArgument = typer.Argument(..., help="2023-H1, 2023-H2, 2023 (or 2023-Q1..Q4 for indicators).")
WorkbookArgument = typer.Argument(None, help="The workbook (default: the one of that year in ./workbooks/ or ./).")
NumberOption = typer.Option(None, "--so", help="The report's number, e.g. 03 (blank when omitted).")
DateOption = typer.Option(None, "--ngay", help="The report's date dd/mm/yyyy (default: today).")


class Failure(Exception):
    """The tool could not run: exit 2 with this one line."""


def _lang(lang: str | None) -> str:
    from xlkit.findings import default_lang

    chosen = lang or default_lang()
    if chosen not in ("vi", "en"):
        raise Failure(say("err.bad-lang", "vi", lang=chosen))
    return chosen


def _fail(message: str) -> NoReturn:
    raise Failure(message)


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show a traceback when something fails.")) -> None:
    _state["debug"] = debug


@app.command()
def new(
    path: Path | None = typer.Argument(None, help="Where to write (default workbooks/so-chi-bo-<YEAR>.xlsx)."),
    year: int = typer.Option(date.today().year, "--year", help="The workbook's year."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
    lang: str | None = LangOption,
) -> None:
    """Tạo sổ chi bộ trắng theo mẫu chuẩn. Write the blank standard workbook. Example: xlkit new --year 2024"""
    from xlkit.template import default_path, write_workbook

    lang = _lang(lang)
    if not 1900 <= year <= 2999:
        _fail(say("err.bad-year", lang, year=year))
    target = path or default_path(year)
    if target.exists() and not force:
        _fail(say("err.exists", lang, path=target))
    _guarded(lambda: write_workbook(target, year=year), lang, target)
    typer.echo(say("done.new", lang, path=target))


@app.command()
def check(
    workbooks: list[Path] | None = typer.Argument(None, help="Workbooks or folders (default: ./workbooks/, else ./)."),
    format: str = typer.Option("text", "--format", help="text or json."),
    lang: str | None = LangOption,
    period: str | None = typer.Option(None, "--period", help="Also check the prose of this period's report, e.g. 2023-H1."),
) -> None:
    """Kiểm tra sổ: mỗi lỗi kèm trang, ô và cách sửa. Check workbooks. Example: xlkit check --period 2023-H1"""
    from xlkit.checks import check_path

    lang = _lang(lang)
    if format not in ("text", "json"):
        _fail(say("err.bad-format", lang, fmt=format, accepted="text, json"))
    wanted = _period(period, lang) if period else None
    reports = [check_path(p, period=wanted) for p in _find(workbooks, lang)]
    if format == "json":
        typer.echo(json.dumps({"workbooks": [r.as_dict(lang) for r in reports]}, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            _print_findings(report, lang, stderr=False)
    raise typer.Exit(0 if all(r.ok for r in reports) else 1)


@app.command()
def indicators(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    format: str = typer.Option("table", "--format", help="table, csv or json."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to this file instead of the terminal."),
    lang: str | None = LangOption,
) -> None:
    """Tính các chỉ số của một kỳ. Compute every indicator of a period. Example: xlkit indicators 2023-H1 --format csv -o chi-so.csv"""
    from xlkit import indicators as compute_indicators
    from xlkit.outputs import indicator_table

    lang = _lang(lang)
    if format not in ("table", "csv", "json"):
        _fail(say("err.bad-format", lang, fmt=format, accepted="table, csv, json"))
    wanted = _period(period, lang)
    opened = _open(workbook, wanted, lang)
    items = compute_indicators.compute(opened.book, wanted)
    if format == "table":
        text = None
    else:
        text = indicator_table.as_csv(items, lang) if format == "csv" else indicator_table.as_json(items, lang) + "\n"
    if output is not None:
        from xlkit.files import write_text

        body = text if text is not None else "\n".join("\t".join(r) for r in indicator_table.table_rows(items, lang)) + "\n"
        _guarded(lambda: write_text(output, body, protect=(opened.path,)), lang, output)
        typer.echo(say("done.written", lang, path=output))
    elif text is not None:
        sys.stdout.write(text)
    else:
        from rich.table import Table

        table = Table(title=f"{opened.path.name} — {wanted.label(lang)}", show_lines=False)
        for column in ("key", "label" if lang == "en" else "chỉ số", "value" if lang == "en" else "giá trị", "source" if lang == "en" else "nguồn"):
            table.add_column(column, overflow="fold")
        for row in indicator_table.table_rows(items, lang):
            table.add_row(*row)
        _console().print(table)


@app.command()
def report(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    output: Path | None = typer.Option(None, "-o", "--output", help="Write the report: .txt, .md, .docx or .pdf."),
    format: str | None = typer.Option(None, "--format", help="txt, md, docx or pdf (replaces the extension)."),
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    force: bool = typer.Option(False, "--force", help="Render even when the workbook has errors."),
    lang: str | None = LangOption,
) -> None:
    """Lập báo cáo 6 tháng hoặc cả năm. Render the half-year or year report. Example: xlkit report 2023-H1 -o bao-cao.docx --so 03"""
    from xlkit.documents.report import Issue, report_document
    from xlkit.outputs import Format, output_path

    lang = _lang(lang)
    wanted = _period(period, lang)
    fmt = None
    if format is not None:
        try:
            fmt = Format.of(format)
        except ValueError:
            _fail(say("err.bad-format", lang, fmt=format, accepted="txt, md, docx, pdf"))
    if output is not None:
        try:
            output, fmt = output_path(output, fmt)
        except ValueError:
            _fail(say("err.bad-format", lang, fmt=output.suffix, accepted="txt, md, docx, pdf"))
    day = _parse_day(ngay, lang) if ngay else None
    opened = _open(workbook, wanted, lang)
    _checked(opened, wanted, force=force, lang=lang)
    document = report_document(opened.book, wanted, Issue(so, day))
    if output is None and fmt in (None, Format.TEXT):
        from xlkit.outputs.text import render_text

        sys.stdout.write(render_text(document))
        return
    if output is None:
        output = Path(f"bao-cao-{wanted}.{fmt.value}")
    from xlkit.outputs.write import write_document

    layout = _layout(lang)
    _guarded(lambda: write_document(document, output, fmt, protect=(opened.path,), layout=layout), lang, output)
    typer.echo(say("done.written", lang, path=output))


@app.command()
def pack(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    output: Path | None = typer.Option(None, "-o", "--output", help="The package folder (default out/<period>/)."),
    so: str | None = NumberOption,
    ngay: str | None = DateOption,
    force: bool = typer.Option(False, "--force", help="Pack although check finds errors (noted in the manifest); replace an existing package."),
    lang: str | None = LangOption,
) -> None:
    """Đóng gói sổ, báo cáo, bảng chỉ số để gửi. Build the package to send. Example: xlkit pack 2023-H1"""
    lang = _lang(lang)
    wanted = _period(period, lang)
    day = _parse_day(ngay, lang) if ngay else None
    opened = _open(workbook, wanted, lang)
    package = _build_package(opened, wanted, output, force=force, replace=force, number=so, day=day, lang=lang)
    typer.echo(say("done.written", lang, path=package.folder))
    for item in package.files:
        typer.echo(f"  {item.sha256[:16]}  {item.name}")


@app.command()
def mail(
    period: str = PeriodArgument,
    workbook: Path | None = WorkbookArgument,
    to: list[str] = typer.Option(..., "--to", help="A recipient; repeat for more."),
    cc: list[str] = typer.Option([], "--cc", help="A copy recipient; repeat for more."),
    eml: Path | None = typer.Option(None, "--eml", help="Write the message to this .eml (default out/<period>/thu.eml)."),
    send: bool = typer.Option(False, "--send", help="Send it over SMTP (the .eml is kept too)."),
    smtp_host: str | None = typer.Option(None, "--smtp-host", help="Or XLKIT_SMTP_HOST, or [smtp] host in xlkit.toml."),
    smtp_port: int | None = typer.Option(None, "--smtp-port", help="Or XLKIT_SMTP_PORT (default 587, 465 for ssl)."),
    smtp_user: str | None = typer.Option(None, "--smtp-user", help="Or XLKIT_SMTP_USER; the password only from XLKIT_SMTP_PASSWORD or a prompt."),
    smtp_security: str | None = typer.Option(None, "--smtp-security", help="starttls (default), ssl or none; or XLKIT_SMTP_SECURITY."),
    sender: str | None = typer.Option(None, "--from", help="The sender's address (default: the SMTP user)."),
    force: bool = typer.Option(False, "--force", help="Build the package although check finds errors."),
    lang: str | None = LangOption,
) -> None:
    """Gửi gói báo cáo qua thư điện tử. Mail the package. Example: xlkit mail 2023-H1 --to vp@example.vn --send"""
    import os

    from xlkit.config import ConfigError, table
    from xlkit.documents.mail import mail_text
    from xlkit.outputs import mail as mailer
    from xlkit.outputs.package import default_folder

    lang = _lang(lang)
    wanted = _period(period, lang)
    opened = _open(workbook, wanted, lang)
    try:
        smtp_config = table("smtp")
    except ConfigError as exc:
        _fail(str(exc))
    settings = None
    options = {"host": smtp_host, "port": smtp_port, "user": smtp_user, "security": smtp_security, "from": sender}
    if send:
        try:
            settings = mailer.smtp_settings(options, dict(os.environ), smtp_config)
        except mailer.SettingsError as exc:
            _fail(say(f"err.smtp-{exc}", lang))
    package = _current_package(opened, wanted, force=force, lang=lang)
    files = [package.folder / f.name for f in package.files] + [package.folder / "manifest.json"]
    subject, body = mail_text(opened.book, wanted, [f.name for f in files])
    origin = mailer.sender_of(options, dict(os.environ), smtp_config)
    message = mailer.build_message(subject=subject, body=body, to=to, cc=cc, sender=origin, attachments=files)
    target = eml or default_folder(wanted) / "thu.eml"
    _guarded(lambda: mailer.write_eml(message, target), lang, target)
    if not send:
        typer.echo(say("done.written", lang, path=target))
        return
    password = os.environ.get("XLKIT_SMTP_PASSWORD")
    if settings.user and password is None:
        if not sys.stdin.isatty():
            _fail(say("err.smtp-password", lang, eml=target))
        import getpass

        password = getpass.getpass(say("prompt.password", lang, user=settings.user))
    try:
        message_id = mailer.send(message, settings, password)
    except mailer.SendFailed as exc:
        _fail(say("err.send-failed", lang, why_say=f"send.{exc.reason}", detail=exc.detail, eml=target))
    finally:
        password = None
    typer.echo(say("done.sent", lang, id=message_id, to=", ".join(to + cc)))


# --- helpers shared by the commands --------------------------------------------------------------


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _find(named: list[Path] | None, lang: str) -> list[Path]:
    from xlkit.discover import NoSuchPath, NothingFound, find_workbooks

    try:
        return find_workbooks(named)
    except NoSuchPath as exc:
        _fail(say("err.no-such-path", lang, path=exc.path))
    except NothingFound as exc:
        _fail(say("err.no-workbooks", lang, places=", ".join(str(p) for p in exc.places) or "."))


def _open(workbook: Path | None, period: Any, lang: str) -> Any:
    """The workbook for PERIOD, opened; every way it can fail is exit 2 with one line."""
    from xlkit.discover import NoSuchPath, NothingFound
    from xlkit.select import NoWorkbookForYear, PeriodOutsideYear, open_for_period
    from xlkit.workbook import UnreadableWorkbook

    try:
        return open_for_period(workbook, period)
    except NoSuchPath as exc:
        _fail(say("err.no-such-path", lang, path=exc.path))
    except NothingFound as exc:
        _fail(say("err.no-workbooks", lang, places=", ".join(str(p) for p in exc.places) or "."))
    except UnreadableWorkbook as exc:
        _fail(say("err.unreadable", lang, path=exc.detail or workbook, reason_say=f"reason.{exc.reason}"))
    except PeriodOutsideYear as exc:
        if exc.year is None:
            _fail(say("err.no-year", lang, path=exc.path))
        _fail(say("err.period-outside", lang, period=period, year=exc.year, path=exc.path))
    except NoWorkbookForYear as exc:
        _fail(say("err.no-year-match", lang, year=exc.year, places=", ".join(str(p) for p in exc.places)))


def _guarded(write: Any, lang: str, target: Path | None = None) -> None:
    """Run a writer; an output that names the input, or a folder we cannot write, is exit 2."""
    from xlkit.files import SameAsInput
    from xlkit.outputs.pdf import ConversionFailed, OfficeMissing

    try:
        write()
    except SameAsInput as exc:
        _fail(say("err.same-as-input", lang, path=exc))
    except OfficeMissing:
        _fail(say("err.no-office", lang))
    except ConversionFailed as exc:
        _fail(say("err.pdf-failed", lang, reason=exc))
    except OSError as exc:
        _fail(say("err.cannot-write", lang, path=target or exc.filename or "", reason=exc.strerror or str(exc)))


def _build_package(opened: Any, period: Any, output: Path | None, *, force: bool, replace: bool, number: str | None, day: Any, lang: str) -> Any:
    """Check, then build the package; errors stop it unless forced (the manifest says so)."""
    from xlkit import indicators as compute_indicators
    from xlkit.documents.report import Issue, report_document
    from xlkit.outputs.package import PackageExists, build_package, default_folder

    checked = _checked(opened, period, force=force, lang=lang)
    document = report_document(opened.book, period, Issue(number, day))
    items = compute_indicators.compute(opened.book, period)
    target = output or default_folder(period)
    layout = _layout(lang)
    result: dict[str, Any] = {}

    def build() -> None:
        result["package"] = build_package(
            workbook=opened.path, book=opened.book, period=period, document=document, indicators=items, target=target,
            layout=layout, errors=len(checked.errors), forced=bool(checked.errors), overwrite=replace, lang=lang,
        )

    try:
        _guarded(build, lang)
    except PackageExists:
        _fail(say("err.package-exists", lang, path=target))
    return result["package"]


def _checked(opened: Any, period: Any, *, force: bool, lang: str) -> Any:
    """Run the checks before a document is made: errors stop here (exit 1) unless forced."""
    from xlkit.checks import check_book
    from xlkit.findings import Report

    checked = Report(opened.path, opened.findings + check_book(opened.book, period=period))
    if checked.errors:
        _print_findings(checked, lang)
        if not force:
            raise typer.Exit(1)
        print(say("warn.forced", lang, errors=len(checked.errors)), file=sys.stderr)
    return checked


def _current_package(opened: Any, period: Any, *, force: bool, lang: str) -> Any:
    """The package of PERIOD in out/<period>/ when it holds this very workbook, else a fresh one."""
    from xlkit.outputs.package import default_folder, load_package, sha256_of, verify

    folder = default_folder(period)
    package = load_package(folder)
    if package is not None and package.workbook == opened.path.name and not verify(folder):
        packed = next(f for f in package.files if f.role == "workbook")
        if packed.sha256 == sha256_of(opened.path) and (force or not package.forced):
            return package
    return _build_package(opened, period, None, force=force, replace=True, number=None, day=None, lang=lang)


def _layout(lang: str) -> Any:
    """The document layout: the party's defaults with xlkit.toml's [layout] values put in."""
    from xlkit.config import ConfigError, table
    from xlkit.outputs.layout import layout_from

    try:
        return layout_from(table("layout"))
    except (ConfigError, TypeError) as exc:
        _fail(str(exc))


def _print_findings(report: Any, lang: str, stderr: bool = True) -> None:
    """Findings as text; in colour (rich) on a terminal, plain when piped or redirected."""
    from xlkit.outputs.findings_text import report_lines

    stream = sys.stderr if stderr else sys.stdout
    lines = report_lines(report, lang)
    if not stream.isatty():  # no colour to show: spare rich's start-up
        stream.write("".join(text + "\n" for text, _ in lines))
        return
    console = _console(stderr=stderr)
    for text, style in lines:
        console.print(text, style=style or None, markup=False, highlight=False, soft_wrap=True)


def _period(text: str, lang: str) -> Any:
    from xlkit.periods import ACCEPTED, Period, PeriodError

    try:
        return Period.parse(text)
    except PeriodError:
        _fail(say("err.bad-period", lang, period=text, accepted=ACCEPTED))


def _parse_day(text: str, lang: str) -> date:
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        _fail(say("err.bad-date", lang, value=text))


def main() -> None:
    """Run the CLI; turn every failure into an exit code and one line on stderr."""
    try:
        code = app(standalone_mode=False)
    except Failure as exc:
        print(f"xlkit: {exc}", file=sys.stderr)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        print("xlkit: aborted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # a usage error of the parser
            print(f"xlkit: {exc.format_message()}".splitlines()[0], file=sys.stderr)
            sys.exit(2)
        if _state["debug"] or "--debug" in sys.argv:
            raise
        # the last net: one line, never a traceback
        print(f"xlkit: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        sys.exit(2)
    sys.exit(code or 0)


if __name__ == "__main__":  # pragma: no cover
    main()
