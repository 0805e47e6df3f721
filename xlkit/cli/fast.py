"""The `xlkit` program's entry: `check` (workbooks, --period, --format, --lang, --annotate, -o,
--force), `report` and `plan` (a period or a year, a workbook, and every option they have), `fix`
(a workbook, -o, --force, --lang) and `rollup` as the committee's clerk types it (a period,
sources, -o, --format, --jobs, --lang, --force) run without loading typer, whose import alone is
a third of an openpyxl load; everything else (help, any other option, a mistake to explain) goes
to the full CLI in `main.py`.

The quick path takes only what it fully understands and hands anything else on untouched, so
what a user sees is the full CLI's in every case but speed: the same printing (`checking.py`,
`issuing.py`, `show.py`, `rolling.py`), the same failures (`guarded.py`), the same last net.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from xlkit.vocab.formats import CheckFormat

# the options the quick path reads of each command, each with one value, and its flags
_FORCE = ("--force",)
_CHECK_VALUED = ("--period", "--format", "--lang", "-o", "--output")
_CHECK_FLAGS = ("--annotate", "--force")
_REPORT_VALUED = ("-o", "--output", "--format", "--so", "--ngay", "--ky", "--lang")
_PLAN_VALUED = (*_REPORT_VALUED, "--kind")
_FIX_VALUED = ("-o", "--output", "--lang")
# those of `rollup` without a summary or a list of the cells expected
_ROLLUP_VALUED = ("-o", "--output", "--format", "--jobs", "--lang")


def _read(
    args: list[str], valued: tuple[str, ...], flags: tuple[str, ...] = ()
) -> tuple[list[str], dict[str, str]] | None:
    """ARGS as positional words and options (VALUED each with one value, FLAGS none, each given
    once); None for anything else — --help, a short option's `=`, a typo: the full CLI says
    what it means."""
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


def _one_output(given: dict[str, str]) -> bool:
    """-o and --output are one option: GIVEN holds it as -o; False when it was given twice, under
    its two names (the full CLI says what it makes of that)."""
    if "--output" in given:
        if "-o" in given:
            return False
        given["-o"] = given.pop("--output")
    return True


def _command(
    argv: list[str], name: str, valued: tuple[str, ...], flags: tuple[str, ...]
) -> tuple[list[str], dict[str, str]] | None:
    """ARGV read as the command NAME: its positional words and options (-o for -o or --output);
    None for another command or anything the full CLI has to read."""
    read = _read(argv[1:], valued, flags) if argv and argv[0] == name else None
    return read if read is not None and _one_output(read[1]) else None


def quick_check(argv: list[str]) -> tuple[list[Path], dict[str, str]] | None:
    """ARGV read as `check` with workbooks, --period, --format, --lang, -o (each given once),
    --annotate and --force, as (workbooks, options); None for anything else."""
    read = _command(argv, "check", _CHECK_VALUED, _CHECK_FLAGS)
    if read is None:
        return None
    paths, given = read
    return [Path(p) for p in paths], given


def quick_report(argv: list[str]) -> tuple[str, Path | None, dict[str, str]] | None:
    """ARGV read as `report PERIOD [WORKBOOK]` with its options each given once and --force, as
    (period, workbook, options); None for anything else."""
    return _document(_command(argv, "report", _REPORT_VALUED, _FORCE))


def quick_plan(argv: list[str]) -> tuple[str, Path | None, dict[str, str]] | None:
    """ARGV read as `plan YEAR [WORKBOOK]` with its options each given once and --force, as
    (year, workbook, options); None for anything else."""
    return _document(_command(argv, "plan", _PLAN_VALUED, _FORCE))


def _document(
    read: tuple[list[str], dict[str, str]] | None,
) -> tuple[str, Path | None, dict[str, str]] | None:
    if read is None or not 1 <= len(read[0]) <= 2:
        return None
    positional, given = read
    workbook = Path(positional[1]) if len(positional) == 2 else None
    return positional[0], workbook, given


def quick_fix(argv: list[str]) -> tuple[str, Path, dict[str, str]] | None:
    """ARGV read as `fix WORKBOOK` with -o (or --output) and --lang each given once and --force,
    as ("", workbook, options); None for anything else."""
    read = _command(argv, "fix", _FIX_VALUED, _FORCE)
    if read is None or len(read[0]) != 1:
        return None
    return "", Path(read[0][0]), read[1]


def quick_rollup(argv: list[str]) -> tuple[str, list[Path], dict[str, str]] | None:
    """ARGV read as `rollup PERIOD SOURCES...` with -o (or --output), --format, --jobs (a
    number), --lang, each given once, and --force, as (period, sources, options); None for
    anything else."""
    read = _command(argv, "rollup", _ROLLUP_VALUED, _FORCE)
    if read is None:
        return None
    positional, given = read
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
        paths, given = read
        lang = _language(given.get("--lang"))
        fmt = given.get("--format", "text")
        if lang is not None and fmt in formats:
            sys.exit(_quickly(lang, partial(_check, paths, formats[fmt], given)))
    argv = sys.argv[1:]
    _serve(quick_report(argv), partial(_document_run, "report"))
    _serve(quick_plan(argv), partial(_document_run, "plan"))
    _serve(quick_fix(argv), _fix)
    _serve(quick_rollup(argv), _rollup)
    from xlkit.cli.main import main as full

    full()


Taken = TypeVar("Taken")


def _serve(
    asked: tuple[str, Taken, dict[str, str]] | None,
    run: Callable[[str, Taken, dict[str, str]], int],
) -> None:
    """RUN what a quick reading ASKED (a period, what it is made from, the options) and exit,
    when it was read and its language is one the quick path speaks; else return."""
    if asked is None:
        return
    lang = _language(asked[2].get("--lang"))
    if lang is not None:
        sys.exit(_quickly(lang, partial(run, *asked)))


def _quickly(lang: str, run: Callable[[], int]) -> int:
    """RUN a command as the full CLI runs it: in LANG, the cycle collector off (a command's
    values make no cycles, see main.py), the library's failures as exit codes, the last net."""
    from xlkit.cli.guarded import exits, last_net
    from xlkit.cli.voice import state

    state["lang"] = lang
    gc.disable()
    return int(last_net(exits(run)))


def _output(options: dict[str, str]) -> Path | None:
    """-o's file, when given."""
    output = options.get("-o")
    return Path(output) if output is not None else None


def _language(asked: str | None) -> str | None:
    """The language asked for (or XLKIT_LANG's, or Vietnamese); None when the full CLI has
    something to say of it (a language it does not speak)."""
    from xlkit.messages import lang_or_default

    lang, unknown = lang_or_default(asked, dict(os.environ))
    return lang if not unknown and lang in ("vi", "en") else None


def _check(paths: list[Path], fmt: CheckFormat, options: dict[str, str]) -> int:
    from xlkit.cli import parse
    from xlkit.cli.checking import run_check

    period = options.get("--period")
    chosen = parse.period_or_plan(period) if period else None
    return run_check(
        paths or None,
        fmt,
        chosen,
        annotate="--annotate" in options,
        output=_output(options),
        force="--force" in options,
    )


def _document_run(command: str, first: str, workbook: Path | None, options: dict[str, str]) -> int:
    """`report PERIOD` or `plan YEAR` (FIRST), as main.py runs them."""
    from xlkit.cli.issuing import issue

    issue(
        command,
        first,
        workbook,
        output=_output(options),
        format=options.get("--format"),
        number=options.get("--so"),
        day=options.get("--ngay"),
        signing=options.get("--ky"),
        force="--force" in options,
        kind=options.get("--kind"),
    )
    return 0


def _fix(_: str, workbook: Path, options: dict[str, str]) -> int:
    import xlkit
    from xlkit.cli import show

    fixed = xlkit.fix(workbook, output=_output(options), force="--force" in options)
    show.fixed(fixed, workbook)
    return 0


def _rollup(period: str, sources: list[Path], options: dict[str, str]) -> int:
    from xlkit.cli import parse
    from xlkit.cli.rolling import run_rollup
    from xlkit.vocab.formats import RollupFormat

    fmt = parse.choice(RollupFormat, options.get("--format", "table"))
    jobs = options.get("--jobs")
    return run_rollup(
        parse.period(period),
        sources,
        fmt,
        output=_output(options),
        jobs=int(jobs) if jobs is not None else None,
        force="--force" in options,
    )
