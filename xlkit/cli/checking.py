"""`xlkit check`'s printing, shared by the command typer runs and by `check`'s own quick path
(`fast.py`): the findings of each workbook, or JSON, then the annotated copies."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from xlkit.cli import show
from xlkit.cli.voice import fail, line, state
from xlkit.messages import say
from xlkit.vocab.formats import CheckFormat
from xlkit.vocab.periods import Period


def run_check(
    workbooks: Sequence[Path] | None,
    fmt: CheckFormat,
    period: Period | str | None,
    *,
    annotate: bool = False,
    output: Path | None = None,
    force: bool = False,
) -> int:
    """Check, print, annotate when asked; the exit code (1 when a workbook has errors)."""
    import xlkit

    lang = state["lang"]
    if output is not None and not annotate:  # a file she asked for and would never get
        fail("err.output-needs-annotate", path=output)
    reports = xlkit.check(workbooks, period=period)
    if fmt is CheckFormat.JSON:
        import json  # asked for by programs, not on her path

        print(
            json.dumps(
                {"workbooks": [r.as_dict(lang) for r in reports]}, ensure_ascii=False, indent=2
            )
        )
    else:
        for report in reports:
            show.findings(report, lang, sys.stdout)
    if annotate:
        for report in reports:
            if not report.unreadable:
                written, placed = xlkit.annotate(
                    report, output=output if len(reports) == 1 else None, force=force, lang=lang
                )
                line(say("annotate.done", lang, path=written, count=placed))
    return 0 if all(r.ok for r in reports) else 1
