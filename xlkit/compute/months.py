"""What happened in which month: the meetings held (of which kinds), the dues paid, quarters."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import NamedTuple

from xlkit.compute.membership import (
    counts,
    membership,
)
from xlkit.read.records import Book, Row
from xlkit.vocab.columns import fold
from xlkit.vocab.periods import Period, last_day
from xlkit.vocab.words import (
    FEES,
    MEETING_COMBINED,
    MEETING_REGULAR,
    MEETING_THEMATIC,
    MEETINGS,
)

# a session held as regular and thematic together counts for each (HD 12-HD/BTCTW, HD
# 42-HD/BTCTW)
REGULAR_KINDS = (MEETING_REGULAR, MEETING_COMBINED)


THEMATIC_KINDS = (MEETING_THEMATIC, MEETING_COMBINED)


def meeting_months(book: Book, period: Period, kinds: tuple[str, ...]) -> set[int]:
    """Months of PERIOD holding at least one meeting of one of KINDS."""
    return {
        r["Ngày"].month
        for r in book.rows(MEETINGS)
        if r["Loại"] in kinds and r["Ngày"] is not None and period.contains(r["Ngày"])
    }


def unpaid_months(book: Book, member: Row, year: int, months: tuple[int, ...]) -> list[int]:
    """MONTHS of YEAR the member counted in, with no party fee paid (`Đảng phí`)."""
    paid = _paid(book).get(fold(member["Họ và tên"] or ""), set())
    member_span = membership(member)  # once, for every month
    return [m for m in months if m not in paid and counts(member_span, _month_end(year, m))]


def _paid(book: Book) -> dict[str, set[int]]:
    """Folded name -> the months with a fee paid (read once per book, not once per member)."""
    if "paid" not in book.cache:
        paid: dict[str, set[int]] = {}
        columns = (book.column(FEES, h) for h in ("Số tiền", "Họ và tên", "Tháng"))
        for amount, name, month in zip(*columns, strict=True):
            if (amount or 0) > 0:
                paid.setdefault(fold(name or ""), set()).add(month)
        book.cache["paid"] = paid
    paid_by_name: dict[str, set[int]] = book.cache["paid"]
    return paid_by_name


@lru_cache(maxsize=256)
def _month_end(year: int, month: int) -> date:
    return last_day(year, month)


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def meetings_in(book: Book, period: Period) -> list[Row]:
    return [r for r in book.rows(MEETINGS) if r["Ngày"] is not None and period.contains(r["Ngày"])]


def attendance(meetings: list[Row]) -> tuple[int, int]:
    """Members present at MEETINGS, and members called (present and absent): the attendance
    share's counts."""
    present = sum(r.get("Có mặt", 0) for r in meetings)
    return present, present + sum(
        r.get("Vắng có lý do", 0) + r.get("Vắng không lý do", 0) for r in meetings
    )


class MonthAttendance(NamedTuple):
    """One month of a period: its meetings, members present and members called (present and
    absent), for the attendance chart."""

    year: int
    month: int
    meetings: int
    present: int
    called: int

    @property
    def pct(self) -> float | None:
        """The attendance share in percent; None for a month without a meeting (no bar, not 0)."""
        return 100 * self.present / self.called if self.called else None


def attendance_by_month(book: Book, period: Period) -> list[MonthAttendance]:
    """Every month of PERIOD in order, with its meetings' attendance (the same counts as
    meetings.attendance_pct, month by month)."""
    held: dict[tuple[int, int], list[Row]] = {}
    for row in meetings_in(book, period):
        held.setdefault((row["Ngày"].year, row["Ngày"].month), []).append(row)
    out: list[MonthAttendance] = []
    year, month = period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        rows = held.get((year, month), [])
        present, called = attendance(rows)
        out.append(MonthAttendance(year, month, len(rows), present, called))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
