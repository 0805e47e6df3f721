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
    """Write the blank standard workbook. Example: xlkit new --year 2024"""
    from xlkit.template import default_path, write_workbook

    lang = _lang(lang)
    if not 1900 <= year <= 2999:
        _fail(say("err.bad-year", lang, year=year))
    target = path or default_path(year)
    if target.exists() and not force:
        _fail(say("err.exists", lang, path=target))
    write_workbook(target, year=year)
    typer.echo(say("done.new", lang, path=target))


@app.command()
def check(
    workbooks: list[Path] | None = typer.Argument(None, help="Workbooks or folders (default: ./workbooks/, else ./)."),
    format: str = typer.Option("text", "--format", help="text or json."),
    lang: str | None = LangOption,
    period: str | None = typer.Option(None, "--period", help="Also check the prose of this period's report, e.g. 2023-H1."),
) -> None:
    """Check workbooks: every mistake with its sheet, cell and a hint. Example: xlkit check --period 2023-H1"""
    from xlkit.checks import check_path

    lang = _lang(lang)
    if format not in ("text", "json"):
        _fail(say("err.bad-format", lang, fmt=format, accepted="text, json"))
    wanted = _period(period, lang) if period else None
    reports = [check_path(p, period=wanted) for p in _find(workbooks, lang)]
    if format == "json":
        typer.echo(json.dumps({"workbooks": [r.as_dict(lang) for r in reports]}, ensure_ascii=False, indent=2))
    else:
        from xlkit.outputs.findings_text import report_lines

        console = _console()
        for report in reports:
            for text, style in report_lines(report, lang):
                console.print(text, style=style or None, markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(0 if all(r.ok for r in reports) else 1)


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
