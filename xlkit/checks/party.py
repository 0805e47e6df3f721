"""The party's rules (rules.md, "Party rules"): one function per code, the regulation from
checks/rules.py.

Each check judges on a day (the period's end, today while it runs, a meeting's date, the day the
cell considered an admission) and applies the entry in force on that day, citing its source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from xlkit.checks.rules import RULES, Rule, in_force
from xlkit.compute.membership import (
    badge_reached,
    members_at,
    official_at,
    positions_at,
    probationary,
)
from xlkit.compute.months import (
    REGULAR_KINDS,
    THEMATIC_KINDS,
    meeting_months,
    quarter_of,
    unpaid_months,
)
from xlkit.messages.findings import Finding, finding
from xlkit.read.records import Book
from xlkit.vocab.columns import fold
from xlkit.vocab.periods import Period
from xlkit.vocab.words import (
    CELL_GRASSROOTS,
    DEVELOPMENT,
    FEES,
    INFO_SHEET,
    MEETING_COMBINED,
    MEETING_EXTRA,
    MEETINGS,
    MEMBERS,
    ON_BEHALF,
    RATINGS,
    STATUS_IN,
    STATUS_SUSPENDED,
)


@dataclass(frozen=True)
class Scope:
    """What the rules judge: a period, as of a day (its end, or today while it still runs)."""

    period: Period
    as_of: date

    @classmethod
    def of(cls, period: Period, today: date | None = None) -> Scope:
        return cls(period, min(period.end, today) if today else period.end)

    @property
    def year(self) -> int:
        return self.period.year

    @property
    def months(self) -> tuple[int, ...]:
        """The period's months that have ended by `as_of` (a month still running is not judged)."""
        return tuple(m for m in self.period.months if _month_end(self.year, m) <= self.as_of)

    @property
    def quarters(self) -> tuple[int, ...]:
        return tuple(q for q in self.period.quarters if _month_end(self.year, q * 3) <= self.as_of)


def _month_end(year: int, month: int) -> date:
    return _add_months(date(year, month, 1), 1) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def _add_working_days(day: date, count: int) -> date:
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def months_between(born: date, day: date) -> int:
    """Whole months from BORN to DAY: age `tính theo tháng`."""
    return (day.year - born.year) * 12 + day.month - born.month - (day.day < born.day)


def _found(
    rule: Rule, sheet: str, cell: str, value: Any, code: str | None = None, **args: Any
) -> Finding:
    """A finding of RULE's code (or CODE), citing the regulation in force."""
    return finding(code or rule.code, sheet, cell, value, source=rule.source, **args)


Rules = Sequence[Rule]


def probation_overdue(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "probation-overdue", scope.as_of)
    if rule is None:
        return
    rows, day = book.rows(MEMBERS), scope.as_of
    admitted_on, official_on = (
        book.column(MEMBERS, h) for h in ("Ngày vào Đảng", "Ngày chính thức")
    )
    for i in positions_at(book, day):
        admitted, official = admitted_on[i], official_on[i]
        if admitted is None or not probationary(official, day):
            continue
        ended = _add_months(admitted, rule.params["months"])
        if _add_working_days(ended, rule.params["working_days"]) < day:
            yield _found(
                rule,
                MEMBERS,
                rows[i].cell("Ngày chính thức"),
                rows[i]["Họ và tên"],
                due=ended.strftime("%d/%m/%Y"),
            )


def _considered(book: Book) -> dict[str, date]:
    """The day the cell considered each candidate's admission (Phát triển Đảng › Ngày chi bộ
    xét), by name."""
    return {
        fold(r["Họ và tên"]): r["Ngày chi bộ xét"]
        for r in book.rows(DEVELOPMENT)
        if r["Họ và tên"] and r["Ngày chi bộ xét"]
    }


def admission_age(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """Age on the day the cell considered the admission, in months: 18 to 60; over 60 needs
    approval."""
    considered = _considered(book)
    columns = (book.column(MEMBERS, h) for h in ("Ngày vào Đảng", "Ngày sinh", "Tình trạng"))
    year = scope.year
    for m, admitted, born, status in zip(book.rows(MEMBERS), *columns, strict=True):
        if admitted is None or born is None or admitted.year != year or status == STATUS_IN:
            continue
        day = considered.get(fold(m["Họ và tên"] or ""))
        basis = "basis.considered" if day else "basis.admitted"
        # without the cell's date, the admission date stands in, and the finding says so
        day = day or admitted
        months = months_between(born, day)
        young, old = (
            in_force(rules, "admission-age", day),
            in_force(rules, "admission-over-60", day),
        )
        age = months // 12
        if young and months < young.params["minimum_months"]:
            yield _found(
                young,
                MEMBERS,
                m.cell("Ngày vào Đảng"),
                m["Họ và tên"],
                age=age,
                basis_say=basis,
            )
        elif old and months > old.params["maximum_months"]:
            yield _found(
                old,
                MEMBERS,
                m.cell("Ngày vào Đảng"),
                m["Họ và tên"],
                age=age,
                basis_say=basis,
            )


def excellent_over_quota(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """The quota counts per grassroots organisation: a warning for a chi bộ cơ sở, a note for a
    branch cell."""
    rule = in_force(rules, "excellent-over-quota", scope.as_of)
    if rule is None:
        return
    rows, rating = book.rows(MEMBERS), book.column(MEMBERS, "Xếp loại")
    now = positions_at(book, scope.as_of)
    excellent = [rows[i] for i in now if rating[i] == RATINGS[0]]
    good = [rows[i] for i in now if rating[i] == RATINGS[1]]
    limit = rule.params["ratio_pct"]
    if excellent and len(excellent) * 100 > limit * len(good):
        first = min(excellent, key=lambda m: m.number)
        code = (
            "excellent-over-quota"
            if book.info.get("Loại chi bộ") == CELL_GRASSROOTS
            else "excellent-share-high"
        )
        yield _found(
            rule,
            MEMBERS,
            first.cell("Xếp loại"),
            first["Xếp loại"],
            code,
            excellent=len(excellent),
            good=len(good),
            limit=limit,
        )


def rated_but_exempt(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "rated-but-exempt", scope.as_of)
    if rule is None:
        return
    # "6 tháng" counted back from the review: the year's end by default (the reference is a
    # parameter)
    reference = date(scope.year, 12, 31) if rule.params["reference"] == "year-end" else scope.as_of
    cutoff = _add_months(reference, -rule.params["new_member_months"])
    rows = book.rows(MEMBERS)
    rating, status, admitted = (
        book.column(MEMBERS, h) for h in ("Xếp loại", "Tình trạng", "Ngày vào Đảng")
    )
    for i in positions_at(book, scope.as_of):
        if rating[i] not in RATINGS:
            continue
        if status[i] in rule.params["not_rated"]:
            why = "why.suspended" if status[i] == STATUS_SUSPENDED else "why.exempt"
        elif admitted[i] is not None and admitted[i] > cutoff:
            why = "why.too-new"
        else:
            continue
        yield _found(rule, MEMBERS, rows[i].cell("Xếp loại"), rows[i]["Họ và tên"], why_say=why)


_BANDS = (("excellent", 0), ("good", 1), ("done", 2))


def rating_score_mismatch(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """From QĐ 366: a rating above the band its score allows (a score of 85 rated Hoàn thành xuất
    sắc)."""
    rule = in_force(rules, "rating-score-mismatch", scope.as_of)
    if rule is None or not book.has_column(MEMBERS, "Điểm"):
        return
    for m in members_at(book, scope.as_of):
        score, rating = m["Điểm"], m["Xếp loại"]
        if score is None or rating not in RATINGS:
            continue
        allowed = next((rank for name, rank in _BANDS if score >= rule.params[name]), 3)
        if RATINGS.index(rating) < allowed:
            yield _found(
                rule,
                MEMBERS,
                m.cell("Xếp loại"),
                m["Họ và tên"],
                rating=rating,
                score=score,
                allowed=RATINGS[allowed],
            )


def meeting_month_missing(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "meeting-month-missing", scope.as_of)
    if rule is None or not book.has_data(MEETINGS):
        return
    held = meeting_months(book, scope.period, REGULAR_KINDS)
    for month in scope.months:
        if month not in held:
            yield _found(rule, MEETINGS, "A", "", month=month)


def thematic_quarter_missing(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "thematic-quarter-missing", scope.as_of)
    if rule is None or not book.has_data(MEETINGS):
        return
    held = {quarter_of(m) for m in meeting_months(book, scope.period, THEMATIC_KINDS)}
    for quarter in scope.quarters:
        if quarter not in held:
            yield _found(rule, MEETINGS, "A", "", quarter=quarter)


def meeting_too_short(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """A meeting shorter than the guidance in force on its day: 90 minutes, 120 when regular and
    thematic together."""
    for r in book.rows(MEETINGS):
        day, minutes = r["Ngày"], r["Thời lượng (phút)"]
        if (
            day is None
            or minutes is None
            or not scope.period.contains(day)
            or r["Loại"] == MEETING_EXTRA
        ):
            continue
        rule = in_force(rules, "meeting-too-short", day)
        if rule is None:
            continue
        needed = rule.params["combined_minutes" if r["Loại"] == MEETING_COMBINED else "minutes"]
        if minutes < needed:
            yield _found(rule, MEETINGS, r.cell("Thời lượng (phút)"), minutes, needed=needed)


def cell_too_small(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "cell-too-small", scope.as_of)
    if rule is None or not book.has_data(MEMBERS):
        return
    official = official_at(book, scope.as_of)
    if len(official) < rule.params["minimum_official"]:
        yield _found(rule, MEMBERS, "A", "", official=len(official))


def committee_expected(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """Nine official members or more elect a chi ủy, which then signs: a note when `Thông tin`
    says otherwise."""
    rule = in_force(rules, "committee-expected", scope.as_of)
    if rule is None or not book.has_data(MEMBERS):
        return
    official = official_at(book, scope.as_of)
    if (
        len(official) >= rule.params["official"]
        and book.info.get("Ký thay mặt", ON_BEHALF[0]) == ON_BEHALF[0]
    ):
        yield _found(
            rule,
            INFO_SHEET,
            book.info_cells.get("Ký thay mặt", "A"),
            book.info.get("Ký thay mặt", ""),
            official=len(official),
        )


def fee_unpaid(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """Three months (or more) without party fees in the year: the cell proposes removal (QĐ
    01-QĐ/TW)."""
    rule = in_force(rules, "fee-unpaid", scope.as_of)
    if rule is None or not book.has_data(FEES):
        return
    for m in members_at(book, scope.as_of):
        unpaid = unpaid_months(book, m, scope.year, scope.months)
        if len(unpaid) >= rule.params["months"]:
            yield _found(
                rule,
                MEMBERS,
                m.cell("Họ và tên"),
                m["Họ và tên"],
                months=", ".join(str(n) for n in unpaid),
                count=len(unpaid),
            )


def badge_due(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "badge-due", date(scope.year, 12, 31))
    if rule is None:
        return
    rows = book.rows(MEMBERS)
    admitted, outside = (
        book.column(MEMBERS, h) for h in ("Ngày vào Đảng", "Thời gian không sinh hoạt (tháng)")
    )
    milestones, year = rule.params["years"], scope.year
    latest = year - min(milestones)  # admitted after that year, no badge is reached in this one
    for i in positions_at(book, scope.as_of):
        if admitted[i] is None or (admitted[i].year > latest and (outside[i] or 0) >= 0):
            continue
        years = badge_reached(admitted[i], outside[i], year, milestones)
        if years is not None:
            yield _found(
                rule,
                MEMBERS,
                rows[i].cell("Ngày vào Đảng"),
                rows[i]["Họ và tên"],
                years=years,
                year=year,
            )


CHECKS: dict[str, Callable[[Book, Scope, Rules], Iterator[Finding]]] = {
    "probation-overdue": probation_overdue,
    "admission-age": admission_age,
    "excellent-over-quota": excellent_over_quota,
    "rated-but-exempt": rated_but_exempt,
    "rating-score-mismatch": rating_score_mismatch,
    "meeting-month-missing": meeting_month_missing,
    "thematic-quarter-missing": thematic_quarter_missing,
    "meeting-too-short": meeting_too_short,
    "cell-too-small": cell_too_small,
    "committee-expected": committee_expected,
    "fee-unpaid": fee_unpaid,
    "badge-due": badge_due,
}


# the columns each rule reads: when one is absent (renamed, merged away) the rule stands aside,
# never judging from a blank it cannot trust (the finding about the header says why)
_M, _S = MEMBERS, MEETINGS
NEEDS: dict[str, tuple[tuple[str, str], ...]] = {
    "probation-overdue": ((_M, "Ngày vào Đảng"), (_M, "Ngày chính thức")),
    "admission-age": ((_M, "Ngày vào Đảng"), (_M, "Ngày sinh")),
    "excellent-over-quota": ((_M, "Xếp loại"),),
    "rated-but-exempt": ((_M, "Xếp loại"), (_M, "Tình trạng"), (_M, "Ngày vào Đảng")),
    "rating-score-mismatch": ((_M, "Xếp loại"), (_M, "Điểm")),
    "meeting-month-missing": ((_S, "Ngày"), (_S, "Loại")),
    "thematic-quarter-missing": ((_S, "Ngày"), (_S, "Loại")),
    "meeting-too-short": ((_S, "Ngày"), (_S, "Loại"), (_S, "Thời lượng (phút)")),
    "cell-too-small": ((_M, "Ngày vào Đảng"), (_M, "Ngày chính thức")),
    "committee-expected": ((_M, "Ngày vào Đảng"), (_M, "Ngày chính thức")),
    "fee-unpaid": ((_M, "Họ và tên"),),
    "badge-due": ((_M, "Ngày vào Đảng"),),
}


def check_party_rules(
    book: Book, period: Period, rules: Rules = RULES, *, today: date | None = None
) -> Iterator[Finding]:
    """Every party rule, each as in force on the day it judges, applied to PERIOD as far as it
    has run by TODAY."""
    scope = Scope.of(period, today)
    for code, check in CHECKS.items():
        if all(
            book.has_column(sheet, header) or sheet not in book.present
            for sheet, header in NEEDS[code]
        ):
            yield from check(book, scope, rules)
