"""`meeting`: the monthly meeting's minutes, resolution or self-scoring sheet, from its row of
`Sinh hoạt`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.commands.shared import Notice, Prepared, Problem, issue_document, prepare
from xlkit.vocab.formats import MeetingDocument
from xlkit.vocab.periods import Kind, Period

if TYPE_CHECKING:
    from xlkit.render import Format  # heavy modules, loaded only by the commands that write

# what each document is called by default, and the register's type of the one numbered
NAMES = {
    MeetingDocument.MINUTES: "bien-ban",
    MeetingDocument.RESOLUTION: "nghi-quyet",
    MeetingDocument.SCORE: "cham-diem",
}


@dataclass
class MeetingResult:
    prepared: Prepared
    text: str | None
    written: Path | None
    notices: list[Notice]


def meeting(
    day: date,
    workbook: Path | None = None,
    *,
    kind: MeetingDocument = MeetingDocument.MINUTES,
    fmt: Format | None = None,
    output: Path | None = None,
    number: str | None = None,
    issued: date | None = None,
    force: bool = False,
    signing: str | None = None,
    today: date | None = None,
    cwd: Path | None = None,
) -> MeetingResult:
    """The draft minutes (KIND bien-ban), resolution (nghi-quyet) or self-scoring sheet
    (cham-diem) of the meeting held on DAY, dated ISSUED (default: the meeting's day)."""
    from xlkit.documents import meeting as documents

    prepared = prepare(
        Period(day.year, Kind.YEAR),
        workbook,
        cwd=cwd,
        today=today or date.today(),
        sections=False,
    )
    try:
        row = documents.meeting_row(prepared.book, day)
    except documents.NoMeeting as exc:
        held = ", ".join(d.strftime("%d/%m") for d in exc.days if d.month == day.month)
        problem = Problem(
            "err.no-meeting", day=day.strftime("%d/%m/%Y"), held=held or "—", path=prepared.path
        )
        problem.status = 1  # her workbook holds no such meeting
        raise problem from None
    signed = issued or day

    def build(number: str | None) -> object:
        signing_ = documents.Signing(signed, number, signing)
        if kind is MeetingDocument.RESOLUTION:
            return documents.resolution_document(prepared.book, row, signing_, cwd)
        if kind is MeetingDocument.SCORE:
            return documents.score_document(prepared.book, row, signing_, prepared.rules, cwd)
        return documents.minutes_document(prepared.book, row, signing_, cwd)

    text, written = issue_document(
        prepared,
        build,
        kind="NQ",
        name=f"{NAMES[kind]}-{day.isoformat()}",
        fmt=fmt,
        output=output,
        number=number,
        day=signed,
        force=force,
        document_key=f"{day.year}-{day.month:02d}",
        numbered=kind is MeetingDocument.RESOLUTION,
    )
    return MeetingResult(prepared, text, written, prepared.notices)
