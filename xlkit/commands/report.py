"""`report`: the half-year or year report of a period, printed or issued as a file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.vocab.periods import Period

if TYPE_CHECKING:
    from xlkit.render import Format  # heavy modules, loaded only by the commands that write

from xlkit.commands.shared import (
    Notice,
    Prepared,
    issue_document,
    note_late_date,
    prepare,
)


@dataclass
class ReportResult:
    prepared: Prepared
    text: str | None  # the document as text or Markdown, when not written to a file
    written: Path | None
    notices: list[Notice]


def report(
    period: Period,
    workbook: Path | None = None,
    *,
    fmt: Format | None = None,
    output: Path | None = None,
    number: str | None = None,
    day: date | None = None,
    force: bool = False,
    signing: str | None = None,
    today: date | None = None,
    cwd: Path | None = None,
) -> ReportResult:
    """The half-year or year report of PERIOD: checked first, errors stop it unless FORCE."""
    from xlkit.documents.report import Issue, report_document

    today = today or date.today()
    prepared = prepare(period, workbook, cwd=cwd, today=today, document=True)
    note_late_date(prepared, day, today)
    when = day or today
    text, written = issue_document(
        prepared,
        lambda number: report_document(
            prepared.book, period, Issue(number, when, signing), computed=prepared.computed
        ),
        kind="BC",
        name=f"bao-cao-{period}",
        fmt=fmt,
        output=output,
        number=number,
        day=when,
        force=force,
    )
    return ReportResult(prepared, text, written, prepared.notices)
