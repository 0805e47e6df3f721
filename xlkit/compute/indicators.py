"""Indicators (spec/indicators.md): pure functions of the records and a period, with provenance.

Each section of the spec adds its figures to a `Collector`; who counts on a day is membership.py's
to say, months.py's which months had meetings and dues, targets.py's whether a target is reached.
A value whose sheet is empty is None (null), never 0. A new figure goes in its section here, and
its key in vocab/keys.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from xlkit.compute.collector import Collector, Indicator, count_rows
from xlkit.compute.membership import (
    _aged,
    admitted_when,
    badge_reached,
    members_at,
    positions_at,
    probationary,
)
from xlkit.compute.months import (
    REGULAR_KINDS,
    THEMATIC_KINDS,
    attendance,
    meeting_months,
    meetings_in,
    quarter_of,
    unpaid_months,
)
from xlkit.compute.targets import pct, plan_of, rating_column, status_of, typed_result
from xlkit.read.records import Book, Row
from xlkit.vocab import keys, words
from xlkit.vocab.columns import fold
from xlkit.vocab.periods import Period
from xlkit.vocab.words import (
    AWARDS,
    DEVELOPMENT,
    DIRECTION_MIN,
    EXCEEDED,
    FEES,
    FIGURES,
    INFO_SHEET,
    INSPECTION_CHECK,
    INSPECTIONS,
    MEETINGS,
    MEMBERS,
    RATINGS,
    REACHED,
    STATUS_DECEASED,
    STATUS_IN,
    STATUS_OUT,
    STATUS_REMOVED,
    STATUSES_EXEMPT,
    SUPERVISION_FORMS,
    TARGETS,
    VERDICT_VIOLATION,
)


def compute(book: Book, period: Period) -> list[Indicator]:
    """Every indicator of BOOK for PERIOD, in the order of spec/indicators.md."""
    out = Collector()
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


def _members(out: Collector, book: Book, period: Period) -> None:
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


def _ratings(out: Collector, book: Book, period: Period) -> None:
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


def _meetings(out: Collector, book: Book, period: Period) -> None:
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


def _party_building(out: Collector, book: Book, period: Period) -> None:
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
    count_rows(
        out,
        "inspection.kiem_tra",
        sheet,
        rows,
        lambda r: r["Hình thức"] == INSPECTION_CHECK,
        empty,
    )
    count_rows(
        out,
        "inspection.giam_sat",
        sheet,
        rows,
        lambda r: r["Hình thức"] in SUPERVISION_FORMS,
        empty,
    )
    count_rows(
        out,
        "inspection.violations",
        sheet,
        rows,
        lambda r: r["Kết luận"] == VERDICT_VIOLATION,
        empty,
    )
    count_rows(out, "inspection.discipline", sheet, rows, lambda r: r["Kỷ luật"] is not None, empty)
    awards = book.rows(AWARDS)
    count_rows(
        out,
        "awards.total",
        AWARDS,
        awards,
        lambda r: r["Kỳ"] is not None and r["Kỳ"].reported_in(period),
        not awards,
    )


def _fees(out: Collector, book: Book, period: Period) -> None:
    """Party fees (QĐ 01-QĐ/TW): the amount collected in PERIOD, and the members who paid every
    month of it."""
    rows = [r for r in book.rows(FEES) if r["Tháng"] in period.months]
    empty = not book.rows(FEES)
    out.add("fees.collected", None if empty else sum(r["Số tiền"] or 0 for r in rows), FEES, rows)
    now = members_at(book, period.end)
    full = [m for m in now if not unpaid_months(book, m, period.year, period.months)]
    out.add("fees.members_paid_full", None if empty else len(full), MEMBERS, full)


def _targets_and_figures(out: Collector, book: Book, period: Period) -> None:
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
