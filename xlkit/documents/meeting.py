"""The monthly meeting's documents: its minutes (biên bản) and its resolution (nghị quyết), from
one row of `Sinh hoạt`, the members counted that day, `Kế hoạch tháng` (the month reviewed and the
month ahead) and her prose (`Nội dung báo cáo`, Kỳ SH-2026-03)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.checks.party.days import add_months
from xlkit.checks.party.declare import Rules
from xlkit.compute.membership import members_at, probationary
from xlkit.compute.months import quarter_of
from xlkit.documents import sections
from xlkit.documents.model import Document
from xlkit.documents.parties import issuer
from xlkit.documents.templating import render
from xlkit.read.records import Book, Row
from xlkit.vocab.columns import fold
from xlkit.vocab.sections import SECTIONS, meeting_key
from xlkit.vocab.words import (
    MEETING_COMBINED,
    MEETING_EXTRA,
    MEETING_REGULAR,
    MEETING_THEMATIC,
    MEETINGS,
    MONTH_DONE,
    MONTHLY,
    STATUSES_EXEMPT,
    THEMATIC,
)

# a meeting on or before this day of its month reviews the month before and plans its own
# month (the example's "Đánh giá tháng 2, triển khai nhiệm vụ tháng 3" on 6 March); a later one
# reviews its own month and plans the next
REVIEWS_PREVIOUS_UNTIL_DAY = 20

# how the title names each kind of meeting
KIND_WORDS = {
    MEETING_REGULAR: "thường kỳ",
    MEETING_THEMATIC: "chuyên đề",
    MEETING_COMBINED: "thường kỳ kết hợp chuyên đề",
    MEETING_EXTRA: "bất thường",
}


class NoMeeting(LookupError):
    """No row of `Sinh hoạt` holds a meeting on the day asked; `days` are the days that do."""

    def __init__(self, day: date, days: list[date]) -> None:
        super().__init__(day)
        self.day, self.days = day, days


@dataclass(frozen=True)
class Signing:
    """The document's date and who signs: decided by the command."""

    day: date
    number: str | None = None
    signing: str | None = None


def meeting_row(book: Book, day: date) -> Row:
    """The meeting of DAY: a regular one first where two were held that day."""
    rows = [r for r in book.rows(MEETINGS) if r["Ngày"] == day]
    if not rows:
        held = sorted({r["Ngày"] for r in book.rows(MEETINGS) if r["Ngày"] is not None})
        raise NoMeeting(day, held)
    order = (MEETING_COMBINED, MEETING_REGULAR, MEETING_THEMATIC, MEETING_EXTRA)
    return min(rows, key=lambda r: order.index(r["Loại"]) if r["Loại"] in order else 9)


def months_of(day: date) -> tuple[tuple[int, int], tuple[int, int]]:
    """The month the meeting of DAY reviews and the month it plans, as (year, month)."""
    first = day.replace(day=1)
    before, after = add_months(first, -1), add_months(first, 1)
    if day.day <= REVIEWS_PREVIOUS_UNTIL_DAY:
        return (before.year, before.month), (day.year, day.month)
    return (day.year, day.month), (after.year, after.month)


def _tasks(book: Book, year: int, month: int) -> list[Row]:
    """`Kế hoạch tháng` rows of MONTH (the workbook holds one year: another year's are none)."""
    if book.year is not None and year != book.year:
        return []
    return [r for r in book.rows(MONTHLY) if r["Tháng"] == month and r["Nội dung hoạt động"]]


def _role_of(book: Book, name: str, day: date) -> str:
    """The party post of NAME among the members on DAY (`Bí thư chi bộ`), else ''."""
    for m in members_at(book, day):
        if fold(m["Họ và tên"] or "") == fold(name):
            post = m["Chức vụ Đảng"] or ""
            return f"{post} chi bộ" if post and fold(post) != fold("Đảng viên") else ""
    return ""


def attendance(book: Book, row: Row) -> dict[str, Any]:
    """The meeting's counts: members that day (official, on probation, exempt), present, absent
    with and without reason, the share present of those called."""
    day = row["Ngày"]
    members = members_at(book, day)
    probation = sum(1 for m in members if probationary(m["Ngày chính thức"], day))
    exempt = sum(1 for m in members if m["Tình trạng"] in STATUSES_EXEMPT)
    present = row["Có mặt"] or 0
    excused, unexcused = row["Vắng có lý do"] or 0, row["Vắng không lý do"] or 0
    called = present + excused + unexcused
    return {
        "members": len(members),
        "official": len(members) - probation,
        "probation": probation,
        "exempt": exempt,
        "present": present,
        "excused": excused,
        "unexcused": unexcused,
        "absent": excused + unexcused,
        "called": called,
        "pct": 100 * present / called if called else None,
        "who": row["Người vắng"] or "",
    }


def context(book: Book, row: Row, signing: Signing) -> dict[str, Any]:
    """Everything the minutes and the resolution print."""
    day = row["Ngày"]
    (ry, rm), (ny, nm) = months_of(day)
    reviewed = _tasks(book, ry, rm)
    done = [r for r in reviewed if r["Kết quả"] == MONTH_DONE[0]]
    info = issuer(book, plan=True, signing=signing.signing)
    chair = row["Chủ trì"] or info["secretary"]
    kind = row["Loại"] or MEETING_REGULAR
    subject = ""
    if kind in (MEETING_THEMATIC, MEETING_COMBINED):
        planned = [r for r in book.rows(THEMATIC) if r["Quý"] == quarter_of(day.month)]
        subject = row["Nội dung"] or (planned[0]["Chủ đề"] if planned else "")
    key = meeting_key(day.year, day.month)
    return {
        "info": info,
        "number": signing.number,
        "day": signing.day,
        "meeting": {
            "day": day,
            "kind": KIND_WORDS.get(kind, kind.lower()),
            "regular": kind in (MEETING_REGULAR, MEETING_COMBINED),
            "month": day.month,
            "year": day.year,
            "quarter": quarter_of(day.month),
            "content": row["Nội dung"] or "",
            "subject": subject,
            "place": row["Địa điểm"] or "",
            "chair": chair,
            "chair_role": _role_of(book, chair, day) if chair else "",
            "clerk": row["Người ghi biên bản"] or "",
            "minutes": row["Thời lượng (phút)"],
            "line": row.number,
        },
        "count": attendance(book, row),
        "reviewed": {"month": rm, "year": ry, "rows": reviewed, "done": len(done)},
        "ahead": {"month": nm, "year": ny, "rows": _tasks(book, ny, nm)},
        "prose": {
            name: [text for part in parts for text in part.prose]
            for name, parts in sections.prose_by_section(book, key, SECTIONS["meeting"]).items()
        },
        "key": key,
    }


def minutes_document(book: Book, row: Row, signing: Signing, cwd: Path | None = None) -> Document:
    return render("meeting-bien-ban.j2", context(book, row, signing), cwd)


def resolution_document(
    book: Book, row: Row, signing: Signing, cwd: Path | None = None
) -> Document:
    return render("meeting-nghi-quyet.j2", context(book, row, signing), cwd)


def score_document(
    book: Book, row: Row, signing: Signing, rules: Rules, cwd: Path | None = None
) -> Document:
    """The self-scoring sheet: the parts the workbook holds, and those it cannot know."""
    from xlkit.documents import meeting_score

    values = context(book, row, signing)
    values["score"] = meeting_score.parts(book, row, values["count"], values["reviewed"], rules)
    values["unknown"] = meeting_score.UNKNOWN
    values["rubric"] = meeting_score.RUBRIC
    return render("meeting-cham-diem.j2", values, cwd)
