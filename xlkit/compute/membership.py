"""Who counts as a member on a day, decided in one place: `span` (from when, until when) and
`counts` (on a day); `counted_at` asks them of a row, `positions_at` of every member at once,
column-wise. Ages, admissions in a period and badge years are reckoned here too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import compress, repeat

from xlkit.read.records import Book, Row
from xlkit.vocab.periods import Period
from xlkit.vocab.words import (
    MEMBERS,
    STATUS_IN,
    STATUSES_LEAVING,
)

BADGE_YEARS = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)


def counted_at(member: Row, day: date) -> bool:
    """Whether MEMBER counts in the cell on DAY (spec/workbook.md, "Who counts at a date").

    A start date that is empty or unreadable is unknown, not absent: the member is listed, so
    counts (the finding about the cell says the rest); a member never silently drops out of every
    figure.
    """
    return counts(membership(member), day)


def counts(span: tuple[date | None, date | None], day: date) -> bool:
    """Whether a member of SPAN (membership) counts on DAY."""
    start, end = span
    return (start is None or start <= day) and (end is None or end > day)


def membership(member: Row) -> tuple[date | None, date | None]:
    """The days MEMBER counts between (span)."""
    return span(member["Tình trạng"], member["Ngày thay đổi"], member["Ngày vào Đảng"])


def span(
    status: str | None, change: date | None, admitted: date | None
) -> tuple[date | None, date | None]:
    """From the arrival (Chuyển đến) or the admission, until the day a leaving status takes
    effect (None: open, or unknown)."""
    start = change if status == STATUS_IN else admitted
    end = change if status in STATUSES_LEAVING else None
    return start, end


def on_probation(member: Row, day: date) -> bool:
    """Not yet official on DAY (for a member known to count then)."""
    return probationary(member["Ngày chính thức"], day)


def probationary(official: date | None, day: date) -> bool:
    """on_probation, of the member's official date: none yet, or one after DAY."""
    return official is None or official > day


def spans(book: Book) -> list[tuple[date | None, date | None]]:
    """Each member's `membership`, in the order of the rows (computed once per book, column-wise:
    the many days a command asks about are each one pass over these)."""
    if "spans" not in book.cache:
        columns = (
            book.column(MEMBERS, h) for h in ("Tình trạng", "Ngày thay đổi", "Ngày vào Đảng")
        )
        book.cache["spans"] = list(map(span, *columns))
    found: list[tuple[date | None, date | None]] = book.cache["spans"]
    return found


def positions_at(book: Book, day: date) -> list[int]:
    """Where the members counted on DAY are among the rows, as `counted_at` says (once per day
    and book)."""
    known: dict[date, list[int]] = book.cache.setdefault("positions_at", {})
    if day not in known:
        every = spans(book)
        known[day] = list(compress(range(len(every)), map(counts, every, repeat(day))))
    return known[day]


def official_at(book: Book, day: date) -> list[Row]:
    """The official members on DAY (computed once per day and book, as members_at)."""
    known: dict[date, list[Row]] = book.cache.setdefault("official_at", {})
    if day not in known:
        rows, official = book.rows(MEMBERS), book.column(MEMBERS, "Ngày chính thức")
        known[day] = [
            rows[i] for i in positions_at(book, day) if not probationary(official[i], day)
        ]
    return known[day]


def members_at(book: Book, day: date) -> list[Row]:
    """The members counted on DAY (computed once per day and book; callers only read the list)."""
    known: dict[date, list[Row]] = book.cache.setdefault("members_at", {})
    if day not in known:
        rows = book.rows(MEMBERS)
        known[day] = [rows[i] for i in positions_at(book, day)]
    return known[day]


def count_at(book: Book, day: date) -> int:
    """How many members count on DAY, as members_at says, in O(log n): for the many dates of
    meetings."""
    from bisect import bisect_right

    if "count_at" not in book.cache:
        low = date.min
        starts: list[date] = []
        ends: list[date] = []
        backwards: list[date] = []
        for known_start, end in spans(book):
            start = known_start or low
            starts.append(start)
            if end is not None:
                # counted while start <= day < end; one that "left" before it
                # started is never counted
                (ends if end >= start else backwards).append(end if end >= start else start)
        book.cache["count_at"] = (sorted(starts), sorted(ends), sorted(backwards))
    starts, ends, backwards = book.cache["count_at"]
    return bisect_right(starts, day) - bisect_right(ends, day) - bisect_right(backwards, day)


def age_at(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _aged(low: int, high: int, day: date) -> Callable[[date | None], bool]:
    return lambda born: born is not None and low <= age_at(born, day) <= high


def admitted_in(member: Row, period: Period) -> bool:
    """Admitted by this cell in PERIOD; a member who came by transfer was admitted elsewhere."""
    return admitted_when(member["Ngày vào Đảng"], member["Tình trạng"], period)


def admitted_when(admitted: date | None, status: str | None, period: Period) -> bool:
    """admitted_in, of the member's admission date and status."""
    return admitted is not None and period.contains(admitted) and status != STATUS_IN


def badge_years(member: Row, year: int, milestones: tuple[int, ...] = BADGE_YEARS) -> int | None:
    """The badge MEMBER reaches in YEAR, if any: party age counts from admission, less the months
    outside."""
    return badge_reached(
        member["Ngày vào Đảng"], member["Thời gian không sinh hoạt (tháng)"], year, milestones
    )


def badge_reached(
    admitted: date | None,
    outside: float | None,
    year: int,
    milestones: tuple[int, ...] = BADGE_YEARS,
) -> int | None:
    """badge_years of a member admitted on ADMITTED who spent OUTSIDE months outside the party's
    life."""
    if admitted is None:
        return None
    outside = outside or 0
    # the anniversary's month, moved on by the months outside, falls in YEAR for at most one
    # milestone
    years = year - admitted.year - int(admitted.month - 1 + outside) // 12
    return years if years in milestones else None
