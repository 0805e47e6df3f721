"""`xlkit report` and `xlkit plan`: their options read and the document issued, shared by the
commands typer runs and by their quick path (`fast.py`), so that both read the options in one
order and say the same of two mistakes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from xlkit.cli import parse, show


def issue(
    command: str,
    first: str,
    workbook: Path | None,
    *,
    output: Path | None,
    format: str | None,
    number: str | None,
    day: str | None,
    signing: str | None,
    force: bool,
    kind: str | None = None,
) -> None:
    """`report PERIOD` or `plan YEAR` (COMMAND, FIRST as typed), written or printed; KIND, a
    plan's (None: the library's default)."""
    import xlkit

    fmt, path = parse.document_format(format, output)
    when = parse.period(first) if command == "report" else parse.plan_year(first)
    common: dict[str, Any] = dict(
        fmt=fmt,
        output=path,
        number=number,
        day=parse.day(day),
        force=force,
        signing=parse.signing(signing),
    )
    if command == "report":
        show.document(xlkit.report(when, workbook, **common))
    else:
        kinds = {} if kind is None else {"kind": kind}
        show.document(xlkit.plan(when, workbook, **kinds, **common))
