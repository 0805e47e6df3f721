"""Indicators (spec/indicators.md): pure functions of the records and a period, with provenance.

Who counts as a member at a date is decided in one place: `span` (from when, until when) and
`counts` (on a day); `counted_at` asks them of a row, `positions_at` of every member at once,
column-wise. A value whose sheet is empty is None (null), never 0.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from itertools import compress, repeat
from operator import attrgetter
from typing import Any

from xlkit.read.records import Book, Row
from xlkit.vocab import keys, words
from xlkit.vocab.columns import fold
from xlkit.vocab.periods import Kind, Period
from xlkit.vocab.words import (
    AWARDS,
    DEVELOPMENT,
    DIRECTION_MAX,
    DIRECTION_MIN,
    FEES,
    FIGURES,
    INFO_SHEET,
    INSPECTION_CHECK,
    INSPECTIONS,
    MEETING_COMBINED,
    MEETING_REGULAR,
    MEETING_THEMATIC,
    MEETINGS,
    MEMBERS,
    QUALIFIERS_ABOVE,
    QUALIFIERS_AT_MOST,
    QUALIFIERS_BELOW,
    RATINGS,
    STATUS_DECEASED,
    STATUS_IN,
    STATUS_OUT,
    STATUS_REMOVED,
    STATUSES_EXEMPT,
    STATUSES_LEAVING,
    SUPERVISION_FORMS,
    TARGETS,
    VERDICT_VIOLATION,
)

BADGE_YEARS = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
REACHED, EXCEEDED, NOT_REACHED = "Đạt", "Vượt", "Chưa đạt"


@dataclass(frozen=True)
class Indicator:
    key: str
    value: Any
    sheet: str
    rows: tuple[int, ...] = ()
    label_vi: str = ""
    label_en: str = ""

    def label(self, lang: str = "vi") -> str:
        return self.label_en if lang == "en" else self.label_vi

    def as_dict(self, lang: str = "vi") -> dict[str, Any]:
        value = round(self.value, 2) if isinstance(self.value, float) else self.value
        return {
            "key": self.key,
            "label": self.label(lang),
            "value": value,
            "source": {"sheet": self.sheet, "rows": list(self.rows)},
        }


# --- membership
# ---------------------------------------------------------------------------------


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
    return date(year, month, monthrange(year, month)[1])


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def age_at(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def plan_of(target: Row, period: Period) -> float | None:
    if period.kind is Kind.HALF and period.number == 1 and target["Kế hoạch 6 tháng"] is not None:
        return target["Kế hoạch 6 tháng"]
    return target["Kế hoạch năm"]


def typed_result(target: Row, period: Period) -> float | None:
    if period.kind is Kind.HALF and period.number == 1:
        return target["Thực hiện 6 tháng đầu"]
    if period.kind is Kind.YEAR or (period.kind is Kind.HALF and period.number == 2):
        return target["Thực hiện cả năm"]
    return None


def status_of(actual: float | None, plan: float | None, direction: str) -> str | None:
    """Đạt / Vượt / Chưa đạt; a plan typed with a qualifier or as a range is judged by it: `trên
    95` needs more than 95, `dưới 1` less than 1, `01-02` is reached at 01 and exceeded above 02.
    """
    if actual is None or plan is None:
        return None
    qualifier = getattr(plan, "qualifier", "")
    upper = getattr(plan, "upper", None)
    if qualifier in QUALIFIERS_ABOVE:
        return REACHED if actual > plan else NOT_REACHED
    if qualifier in QUALIFIERS_BELOW:
        return REACHED if actual < plan else NOT_REACHED
    if direction == DIRECTION_MAX or qualifier in QUALIFIERS_AT_MOST:
        return REACHED if actual <= (plan if upper is None else upper) else NOT_REACHED
    if actual > (plan if upper is None else upper):
        return EXCEEDED
    return REACHED if actual >= plan else NOT_REACHED


def pct(part: float | None, whole: float | None) -> float | None:
    if part is None or not whole:
        return None
    return part * 100 / whole


# --- the indicators
# ------------------------------------------------------------------------------


_NUMBER = attrgetter("number")


class _Collector:
    def __init__(self) -> None:
        self.items: dict[str, Indicator] = {}

    def add(
        self,
        key: str,
        value: Any,
        sheet: str,
        rows: Iterable[Row] = (),
        vi: str = "",
        en: str = "",
        numbers: Iterable[int] = (),
    ) -> None:
        """The figure KEY from ROWS of SHEET (or the rows NUMBERS, of a sheet of fields): their
        numbers gathered in one pass of C, for the ~120 figures of every workbook a roll-up
        reads.
        """
        found = tuple(sorted({*map(_NUMBER, rows), *numbers}))
        known = keys.BY_KEY.get(key)
        self.items[key] = Indicator(
            key,
            value,
            sheet,
            found,
            vi or (known.vi if known else key),
            en or (known.en if known else key),
        )

    def value(self, key: str) -> Any:
        item = self.items.get(key)
        return item.value if item else None


def compute(book: Book, period: Period) -> list[Indicator]:
    """Every indicator of BOOK for PERIOD, in the order of spec/indicators.md."""
    out = _Collector()
    _members(out, book, period)
    _ratings(out, book, period)
    _meetings(out, book, period)
    _party_building(out, book, period)
    _fees(out, book, period)
    _targets_and_figures(out, book, period)
    return list(out.items.values())


def as_mapping(indicators: list[Indicator]) -> dict[str, Any]:
    return {i.key: i.value for i in indicators}


class Computed:
    """The indicators of one book, computed once per period and handed to every stage of a
    command."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self._items: dict[Period, list[Indicator]] = {}
        self._values: dict[Period, dict[str, Any]] = {}

    def items(self, period: Period) -> list[Indicator]:
        if period not in self._items:
            self._items[period] = compute(self.book, period)
        return self._items[period]

    def values(self, period: Period) -> dict[str, Any]:
        if period not in self._values:
            self._values[period] = as_mapping(self.items(period))
        return self._values[period]


Test = Callable[[Row], bool]


def _count(
    out: _Collector, key: str, sheet: str, rows: list[Row], test: Test, empty: bool = False
) -> None:
    chosen = [r for r in rows if test(r)]
    out.add(key, None if empty else len(chosen), sheet, chosen)


def _members(out: _Collector, book: Book, period: Period) -> None:
    """Column-wise: each test reads a column's value at the members' positions, not a row's
    lookup."""
    sheet, end, year = MEMBERS, period.end, period.year
    everyone = book.rows(sheet)
    empty = not everyone
    column = partial(book.column, sheet)
    now = positions_at(book, end)

    def lacks(header: str) -> bool:
        """A figure whose column is absent (renamed, merged away) is unknown, never a silent 0."""
        return empty or not book.has_column(sheet, header)

    def counted(
        key: str, header: str, test: Callable[[Any], bool], among: Iterable[int] = now
    ) -> None:
        """The members AMONG (those counted at END) whose value of HEADER passes TEST."""
        values = column(header)
        chosen = [everyone[i] for i in among if test(values[i])]
        out.add(key, None if lacks(header) else len(chosen), sheet, chosen)

    def grouped(header: str) -> dict[Any, list[Row]]:
        """The members counted at END by their value of HEADER (one pass for all its levels)."""
        groups: dict[Any, list[Row]] = {}
        values = column(header)
        for i in now:
            groups.setdefault(values[i], []).append(everyone[i])
        return groups

    out.add("members.total", None if empty else len(now), sheet, [everyone[i] for i in now])
    counted("members.official", "Ngày chính thức", lambda official: not probationary(official, end))
    counted("members.probationary", "Ngày chính thức", lambda official: probationary(official, end))
    counted("members.women", "Giới tính", lambda sex: sex == "Nữ")
    counted(
        "members.ethnic_minority", "Dân tộc", lambda people: bool(people) and fold(people) != "kinh"
    )
    counted("members.religious", "Tôn giáo", lambda faith: bool(faith) and fold(faith) != "không")
    counted("members.exempt", "Tình trạng", lambda status: status in STATUSES_EXEMPT)
    for prefix, header, levels in (
        ("members.education", "Trình độ chuyên môn", words.EDUCATION_LEVELS),
        ("members.theory", "Lý luận chính trị", words.THEORY_LEVELS),
    ):
        groups, unknown = grouped(header), lacks(header)
        for key, level in levels.items():
            chosen = groups.get(level, [])
            out.add(f"{prefix}.{key}", None if unknown else len(chosen), sheet, chosen)
    for key, (_, _, low, high) in keys.AGE_BANDS.items():
        counted(f"members.age.{key}", "Ngày sinh", _aged(low, high, end))
    everywhere = range(len(everyone))
    admitted, status, change = (
        column("Ngày vào Đảng"),
        column("Tình trạng"),
        column("Ngày thay đổi"),
    )
    chosen = [everyone[i] for i in everywhere if admitted_when(admitted[i], status[i], period)]
    out.add("members.admitted", None if empty else len(chosen), sheet, chosen)
    counted(
        "members.confirmed",
        "Ngày chính thức",
        lambda day: day is not None and period.contains(day),
        everywhere,
    )
    for key, changed_to in (
        ("members.transferred_in", STATUS_IN),
        ("members.transferred_out", STATUS_OUT),
        ("members.deceased", STATUS_DECEASED),
        ("members.removed", STATUS_REMOVED),
    ):
        # the member's status became CHANGED_TO within the period
        chosen = [
            everyone[i]
            for i in everywhere
            if status[i] == changed_to and change[i] is not None and period.contains(change[i])
        ]
        out.add(key, None if empty else len(chosen), sheet, chosen)
    outside = column("Thời gian không sinh hoạt (tháng)")
    chosen = [everyone[i] for i in now if badge_reached(admitted[i], outside[i], year) is not None]
    out.add("members.badge_due", None if empty else len(chosen), sheet, chosen)


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


def rating_column(book: Book, period: Period) -> str:
    """The column a period's ratings come from: a quarter's own when the workbook keeps one (QĐ
    366), else the year's."""
    if period.kind is Kind.QUARTER:
        quarterly = f"Xếp loại quý {period.number}"
        if book.has_column(MEMBERS, quarterly) and any(m[quarterly] for m in book.rows(MEMBERS)):
            return quarterly
    return "Xếp loại"


def _ratings(out: _Collector, book: Book, period: Period) -> None:
    sheet = MEMBERS
    column = rating_column(book, period)
    empty = not book.rows(sheet) or not book.has_column(sheet, column)
    everyone, ratings = book.rows(sheet), book.column(sheet, column)
    by_rating: dict[Any, list[Row]] = {}
    for i in positions_at(book, period.end):
        by_rating.setdefault(ratings[i], []).append(everyone[i])
    counts = {}
    for key, rating in words.RATING_KEYS.items():
        chosen = by_rating.get(rating, [])
        counts[key] = len(chosen)
        out.add(f"ratings.{key}", None if empty else len(chosen), sheet, chosen)
    rated = [m for rating in RATINGS for m in by_rating.get(rating, [])]
    good = counts["xuat_sac"] + counts["tot"]
    out.add("ratings.tot_tro_len_pct", None if empty else pct(good, len(rated)), sheet, rated)
    out.add(
        "ratings.xuat_sac_of_tot_pct",
        None if empty else pct(counts["xuat_sac"], counts["tot"]),
        sheet,
        rated,
    )
    cell = book.info_cells.get("Chi bộ tự xếp loại", "")
    row = int("".join(ch for ch in cell if ch.isdigit()) or 0)
    out.add(
        "cell.rating",
        book.info.get("Chi bộ tự xếp loại"),
        INFO_SHEET,
        numbers=[row] if row else [],
    )


def _meetings(out: _Collector, book: Book, period: Period) -> None:
    sheet = MEETINGS
    rows = meetings_in(book, period)
    empty = not book.rows(sheet)
    regular = [r for r in rows if r["Loại"] in REGULAR_KINDS]
    thematic = [r for r in rows if r["Loại"] in THEMATIC_KINDS]
    out.add("meetings.regular", None if empty else len(regular), sheet, regular)
    out.add("meetings.months_expected", len(period.months), sheet)
    out.add(
        "meetings.months_covered",
        None if empty else len(meeting_months(book, period, REGULAR_KINDS)),
        sheet,
        regular,
    )
    out.add("meetings.thematic", None if empty else len(thematic), sheet, thematic)
    quarters = {quarter_of(m) for m in meeting_months(book, period, THEMATIC_KINDS)}
    out.add("meetings.quarters_covered", None if empty else len(quarters), sheet, thematic)
    present, called = attendance(rows)
    out.add("meetings.attendance_pct", None if empty else pct(present, called), sheet, rows)


def meetings_in(book: Book, period: Period) -> list[Row]:
    return [r for r in book.rows(MEETINGS) if r["Ngày"] is not None and period.contains(r["Ngày"])]


def attendance(meetings: list[Row]) -> tuple[int, int]:
    """Members present at MEETINGS, and members called (present and absent): the attendance
    share's counts."""
    present = sum(r.get("Có mặt", 0) for r in meetings)
    return present, present + sum(
        r.get("Vắng có lý do", 0) + r.get("Vắng không lý do", 0) for r in meetings
    )


def _party_building(out: _Collector, book: Book, period: Period) -> None:
    def dated(sheet: str, header: str) -> tuple[list[Row], bool]:
        rows = book.rows(sheet)
        return [r for r in rows if r[header] is not None and period.contains(r[header])], not rows

    for key, header in (
        ("development.trained", "Ngày học lớp nhận thức"),
        ("development.dossiers", "Ngày hoàn thiện hồ sơ"),
        ("development.admitted", "Ngày kết nạp"),
    ):
        rows, empty = dated(DEVELOPMENT, header)
        out.add(key, None if empty else len(rows), DEVELOPMENT, rows)
    rows, empty = dated(INSPECTIONS, "Ngày")
    sheet = INSPECTIONS
    _count(
        out,
        "inspection.kiem_tra",
        sheet,
        rows,
        lambda r: r["Hình thức"] == INSPECTION_CHECK,
        empty,
    )
    _count(
        out,
        "inspection.giam_sat",
        sheet,
        rows,
        lambda r: r["Hình thức"] in SUPERVISION_FORMS,
        empty,
    )
    _count(
        out,
        "inspection.violations",
        sheet,
        rows,
        lambda r: r["Kết luận"] == VERDICT_VIOLATION,
        empty,
    )
    _count(out, "inspection.discipline", sheet, rows, lambda r: r["Kỷ luật"] is not None, empty)
    awards = book.rows(AWARDS)
    _count(
        out,
        "awards.total",
        AWARDS,
        awards,
        lambda r: r["Kỳ"] is not None and r["Kỳ"].reported_in(period),
        not awards,
    )


def _fees(out: _Collector, book: Book, period: Period) -> None:
    """Party fees (QĐ 01-QĐ/TW): the amount collected in PERIOD, and the members who paid every
    month of it."""
    rows = [r for r in book.rows(FEES) if r["Tháng"] in period.months]
    empty = not book.rows(FEES)
    out.add("fees.collected", None if empty else sum(r["Số tiền"] or 0 for r in rows), FEES, rows)
    now = members_at(book, period.end)
    full = [m for m in now if not unpaid_months(book, m, period.year, period.months)]
    out.add("fees.members_paid_full", None if empty else len(full), MEMBERS, full)


def _targets_and_figures(out: _Collector, book: Book, period: Period) -> None:
    sheet = TARGETS
    targets = book.rows(sheet)
    reached = []
    for target in targets:
        code = target["Mã"]
        if not code:
            continue
        plan = plan_of(target, period)
        source = target["Nguồn số liệu"]
        actual = out.value(source) if source else typed_result(target, period)
        direction = target.get("Chiều", DIRECTION_MIN)
        status = status_of(actual, plan, direction)
        name = target["Nội dung"] or code
        out.add(f"target.{code}.plan", plan, sheet, [target], f"{name}: kế hoạch", f"{code}: plan")
        out.add(
            f"target.{code}.actual",
            actual,
            sheet,
            [target],
            f"{name}: thực hiện",
            f"{code}: actual",
        )
        share = pct(actual, plan) if direction == DIRECTION_MIN else None
        out.add(
            f"target.{code}.pct", share, sheet, [target], f"{name}: tỷ lệ (%)", f"{code}: percent"
        )
        out.add(
            f"target.{code}.status", status, sheet, [target], f"{name}: đánh giá", f"{code}: status"
        )
        if status in (REACHED, EXCEEDED):
            reached.append(target)
    out.add("targets.total", len(targets) if targets else None, sheet, targets)
    out.add("targets.reached", len(reached) if targets else None, sheet, reached)
    for row in book.rows(FIGURES):
        if row["Kỳ"] is None or not row["Kỳ"].figures_for(period) or not row["Mã"]:
            continue
        code, name = row["Mã"], row["Nội dung"] or row["Mã"]
        out.add(f"figure.{code}.value", row["Số đạt"], FIGURES, [row], name, f"{code}: value")
        out.add(
            f"figure.{code}.total",
            row["Tổng số"],
            FIGURES,
            [row],
            f"{name}: tổng số",
            f"{code}: total",
        )
        out.add(
            f"figure.{code}.pct",
            pct(row["Số đạt"], row["Tổng số"]),
            FIGURES,
            [row],
            f"{name} (%)",
            f"{code}: percent",
        )
