"""The `xlkit` program's entry: `check` as she types it most (workbooks, --period, --format,
--lang), `report` printed (a period, a workbook, --ngay, --format text or md, --lang, --force)
and `rollup` as the committee's clerk types it (a period, sources, -o, --format, --jobs, --lang,
--force) run without loading typer, whose import alone is a third of an openpyxl load; everything
else (help, any other option, a mistake to explain) goes to the full CLI in `main.py`.

The quick path takes only what it fully understands and hands anything else on untouched, so
what a user sees is the full CLI's in every case but speed: the same printing (`checking.py`),
the same failures (`guarded.py`), the same last net.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from xlkit.vocab.formats import CheckFormat

# the options of `check` the quick path reads, each with one value
_VALUED = ("--period", "--format", "--lang")
# those of a printed `report`, its one flag, and the formats it prints
_REPORT_VALUED, _REPORT_FLAGS = ("--ngay", "--format", "--lang"), ("--force",)
_PRINTED = ("text", "md")
# those of `rollup` without a summary or a list of the cells expected
_ROLLUP_VALUED, _ROLLUP_FLAGS = ("-o", "--output", "--format", "--jobs", "--lang"), ("--force",)


def _read(
    args: list[str], valued: tuple[str, ...], flags: tuple[str, ...] = ()
) -> tuple[list[str], dict[str, str]] | None:
    """ARGS as positional words and options (VALUED each with one value, FLAGS none, each given
    once); None for anything else — --help, -o, a typo: the full CLI says what it means."""
    positional: list[str] = []
    given: dict[str, str] = {}
    rest = iter(args)
    for arg in rest:
        # `--name=value`; a short option's `=` is its value's, as click reads `-o=x`: handed on
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in valued and name not in given:
            if not equals:
                value = next(rest, "")
            if not value or value.startswith("-"):
                return None
            given[name] = value
        elif arg in flags and arg not in given:
            given[arg] = ""
        elif arg.startswith("-") or not arg:
            return None
        else:
            positional.append(arg)
    return positional, given


def quick_check(argv: list[str]) -> tuple[list[Path], str, str | None, str | None] | None:
    """ARGV read as `check` with workbooks and --period/--format/--lang (each given once), as
    (workbooks, format, period, lang); None for anything else."""
    read = _read(argv[1:], _VALUED) if argv and argv[0] == "check" else None
    if read is None:
        return None
    paths, given = read
    return (
        [Path(p) for p in paths],
        given.get("--format", "text"),
        given.get("--period"),
        given.get("--lang"),
    )


def quick_report(argv: list[str]) -> tuple[str, Path | None, dict[str, str]] | None:
    """ARGV read as `report PERIOD [WORKBOOK]` printed, with --ngay/--format/--lang each given
    once and --force, as (period, workbook, options); None for anything else."""
    read = _read(argv[1:], _REPORT_VALUED, _REPORT_FLAGS) if argv and argv[0] == "report" else None
    if read is None:
        return None
    positional, given = read
    if not 1 <= len(positional) <= 2 or given.get("--format", "text") not in _PRINTED:
        return None
    workbook = Path(positional[1]) if len(positional) == 2 else None
    return positional[0], workbook, given


def quick_rollup(argv: list[str]) -> tuple[str, list[Path], dict[str, str]] | None:
    """ARGV read as `rollup PERIOD SOURCES...` with -o (or --output), --format, --jobs (a
    number), --lang, each given once, and --force, as (period, sources, options); None for
    anything else."""
    read = _read(argv[1:], _ROLLUP_VALUED, _ROLLUP_FLAGS) if argv and argv[0] == "rollup" else None
    if read is None:
        return None
    positional, given = read
    if "-o" in given and "--output" in given:  # given twice, under its two names
        return None
    if "--output" in given:
        given["-o"] = given.pop("--output")
    if len(positional) < 2 or not given.get("--jobs", "0").isdecimal():
        return None
    return positional[0], [Path(p) for p in positional[1:]], given


def main() -> None:
    """Run `xlkit`: the quick path when it can serve, else the full CLI (whose words a wrong
    language or format needs)."""
    from xlkit.vocab.formats import CheckFormat

    read = quick_check(sys.argv[1:])
    formats = {f.value: f for f in CheckFormat}
    if read is not None:
        paths, fmt, period, asked = read
        lang = _language(asked)
        if lang is not None and fmt in formats:
            sys.exit(_run(paths, formats[fmt], period, lang))
    _serve(quick_report(sys.argv[1:]), _report)
    _serve(quick_rollup(sys.argv[1:]), _rollup)
    from xlkit.cli.main import main as full

    full()


Taken = TypeVar("Taken")


def _serve(
    asked: tuple[str, Taken, dict[str, str]] | None,
    run: Callable[[str, Taken, dict[str, str], str], int],
) -> None:
    """RUN what a quick reading ASKED (a period, what it is made from, the options) and exit,
    when it was read and its language is one the quick path speaks; else return."""
    if asked is None:
        return
    lang = _language(asked[2].get("--lang"))
    if lang is not None:
        sys.exit(run(*asked, lang))


def _language(asked: str | None) -> str | None:
    """The language asked for (or XLKIT_LANG's, or Vietnamese); None when the full CLI has
    something to say of it (a language it does not speak)."""
    from xlkit.messages import lang_or_default

    lang, unknown = lang_or_default(asked, dict(os.environ))
    return lang if not unknown and lang in ("vi", "en") else None


def _run(paths: list[Path], fmt: CheckFormat, period: str | None, lang: str) -> int:
    from xlkit.cli import parse
    from xlkit.cli.checking import run_check
    from xlkit.cli.guarded import exits, last_net
    from xlkit.cli.voice import state

    state["lang"] = lang
    gc.disable()  # as the full CLI: a command's values make no cycles (see main.py)

    def run() -> int:
        chosen = parse.period_or_plan(period) if period else None
        return int(exits(run_check)(paths or None, fmt, chosen))

    return int(last_net(run))


def _report(period: str, workbook: Path | None, options: dict[str, str], lang: str) -> int:
    from xlkit.cli import parse, show
    from xlkit.cli.guarded import exits, last_net
    from xlkit.cli.voice import state

    state["lang"] = lang
    gc.disable()

    def run() -> int:
        import xlkit

        fmt, _ = parse.document_format(options.get("--format"), None)
        show.document(
            xlkit.report(
                parse.period(period),
                workbook,
                fmt=fmt,
                day=parse.day(options.get("--ngay")),
                force="--force" in options,
            )
        )
        return 0

    return int(last_net(exits(run)))


def _rollup(period: str, sources: list[Path], options: dict[str, str], lang: str) -> int:
    from xlkit.cli import parse
    from xlkit.cli.guarded import exits, last_net
    from xlkit.cli.rolling import run_rollup
    from xlkit.cli.voice import state
    from xlkit.vocab.formats import RollupFormat

    state["lang"] = lang
    gc.disable()

    def run() -> int:
        fmt = parse.choice(RollupFormat, options.get("--format", "table"))
        output, jobs = options.get("-o"), options.get("--jobs")
        return run_rollup(
            parse.period(period),
            sources,
            fmt,
            output=Path(output) if output is not None else None,
            jobs=int(jobs) if jobs is not None else None,
            force="--force" in options,
        )

    return int(last_net(exits(run)))
