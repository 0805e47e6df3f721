"""xlkit's click group and command: help and click's own messages in the user's language,
xlkit's exit codes, and the net that turns the library's failures into them."""

from __future__ import annotations

import importlib
import os
import re
import sys
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

from xlkit.cli import clicktext
from xlkit.cli.voice import line, state
from xlkit.messages import lang_or_default, say

# the click typer runs on: its own vendored copy (typer >= 0.2x) or click itself
_click = importlib.import_module(TyperGroup.__mro__[1].__module__.rsplit(".", 1)[0])


class Command(TyperCommand):
    """An xlkit command: every one accepts --lang, read before parsing (Group.main) and so
    declared here, not as a parameter each command would ignore."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.append(TyperOption(param_decls=["--lang"], type=str, expose_value=False))

    def get_help(self, ctx: Any) -> str:
        return clicktext.translate(super().get_help(ctx), state["lang"])


class Group(TyperGroup):
    """xlkit's command group: says everything in the user's language and exits with its own
    codes; `xlkit --lang en report …` as well as `xlkit report … --lang en`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.append(TyperOption(param_decls=["--lang"], type=str, expose_value=False))

    def get_help(self, ctx: Any) -> str:
        return clicktext.translate(super().get_help(ctx), state["lang"])

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang, unknown = lang_or_default(lang_in(argv), dict(os.environ))
        if lang not in ("vi", "en"):
            line(say("err.bad-lang", "vi", name=lang))
            sys.exit(2)
        if unknown:
            print(say("warn.env-lang", "vi", name=unknown), file=sys.stderr)
        state["lang"] = lang
        clicktext.use(lang, self, example_year())
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
            line(message + hint)
            code = 2
        except (typer.Abort, getattr(exceptions, "Abort", typer.Abort)):
            print(say("aborted", lang), file=sys.stderr)
            code = 130
        sys.exit(code if isinstance(code, int) else 0)


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def example_year() -> int:
    """The year the help's examples are written in: that of her newest workbook by its name
    (`so-chi-bo-2024.xlsx`) in ./workbooks/ or ./, else this year's (a listing, never a read)."""
    from datetime import date

    from xlkit.read.discover import SUFFIXES

    years = []
    for folder in (Path("workbooks"), Path(".")):
        try:
            names = [p.name for p in folder.iterdir() if p.suffix.lower() in SUFFIXES]
        except OSError:
            continue
        years += [int(m.group(1)) for name in names for m in _YEAR.finditer(name)]
    return max(years) if years else date.today().year


def lang_in(argv: list[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
