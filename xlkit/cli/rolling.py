"""`xlkit rollup`'s printing, shared by the command typer runs and by the roll-up's own quick path
(`fast.py`): the progress bar, the cells met twice and those no line of --expect names, the
table (or JSON, CSV), what was written."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.cli import show
from xlkit.cli.voice import line, state
from xlkit.messages import say
from xlkit.vocab.formats import RollupFormat
from xlkit.vocab.periods import Period

if TYPE_CHECKING:
    from xlkit.commands.rollup import SummaryOptions


def run_rollup(
    period: Period,
    sources: Sequence[Path],
    fmt: RollupFormat,
    *,
    output: Path | None = None,
    expect: Path | None = None,
    jobs: int | None = None,
    summary: Path | None = None,
    options: SummaryOptions | None = None,
    force: bool = False,
) -> int:
    """Roll up, print; the exit code (1 when a cell is in trouble, as check has it)."""
    import xlkit
    from xlkit.cli.progress import ProgressBar
    from xlkit.consolidate.show import AS_TEXT, as_table

    lang = state["lang"]
    with ProgressBar() as progress:
        result = xlkit.rollup(
            period,
            sources,
            output=output,
            expect=expect,
            jobs=jobs,
            summary=summary,
            options=options,
            force=force,
            progress=progress,
            lang=lang,
        )
    for duplicate in result.rolled.duplicates:
        line(
            say(
                "rollup.duplicate",
                lang,
                name=duplicate.name,
                kept=duplicate.kept,
                dropped=duplicate.dropped,
            )
        )
    for cell in result.rolled.unexpected:
        line(say("rollup.unexpected", lang, name=cell.name, origin=cell.origin))
    show.notices(result.notices)
    shown = (
        as_table(result.rolled, lang) if fmt is RollupFormat.TABLE else AS_TEXT[fmt](result.rolled)
    )
    text = result.summary_text or shown
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    for written in (result.written, result.summary_written):
        if written is not None:
            line(say("done.written", lang, path=written))
    return 1 if result.rolled.has_errors else 0
