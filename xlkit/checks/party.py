"""The party's rules (rules.md, "Party rules"), each kept as data: threshold, source, dates in force.

A newer regulation is one more entry in RULES; the period's year picks the entry in force.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from xlkit import indicators, schema
from xlkit.findings import Finding, finding
from xlkit.periods import Period
from xlkit.records import Book


@dataclass(frozen=True)
class Rule:
    code: str
    source: str
    valid_from: date
    valid_to: date | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def in_force(self, year: int) -> bool:
        return self.valid_from <= date(year, 12, 31) and (self.valid_to is None or self.valid_to >= date(year, 1, 1))


RULES: tuple[Rule, ...] = (
    Rule("probation-overdue", "Điều lệ Đảng, Điều 5; Quy định 24-QĐ/TW", date(2021, 7, 30), params={"months": 12, "working_days": 30}),
    Rule("probation-overdue", "Điều lệ Đảng, Điều 5; Quy định 29-QĐ/TW", date(2016, 7, 25), date(2021, 7, 29), params={"months": 12, "working_days": 30}),
    Rule("admission-age", "Điều lệ Đảng, Điều 1; Quy định 24-QĐ/TW", date(2021, 7, 30), params={"minimum": 18, "maximum": 60}),
    Rule("admission-age", "Điều lệ Đảng, Điều 1; Quy định 29-QĐ/TW", date(2016, 7, 25), date(2021, 7, 29), params={"minimum": 18, "maximum": 60}),
    Rule("excellent-over-quota", "Quy định 124-QĐ/TW", date(2023, 10, 4), params={"ratio_pct": 20}),
    Rule("excellent-over-quota", "Quy định 132-QĐ/TW", date(2018, 3, 8), date(2023, 10, 3), params={"ratio_pct": 20}),
    Rule("rated-but-exempt", "Quy định 124-QĐ/TW", date(2023, 10, 4), params={"new_member_months": 6}),
    Rule("rated-but-exempt", "Quy định 132-QĐ/TW", date(2018, 3, 8), date(2023, 10, 3), params={"new_member_months": 6}),
    Rule("meeting-month-missing", "Hướng dẫn 12-HD/BTCTW", date(2018, 7, 6)),
    Rule("thematic-quarter-missing", "Hướng dẫn 12-HD/BTCTW", date(2018, 7, 6)),
    Rule("cell-too-small", "Điều lệ Đảng, Điều 21", date(2011, 1, 19), params={"minimum_official": 3}),
    Rule("badge-due", "Quy định về Huy hiệu Đảng", date(2011, 1, 19), params={"years": indicators.BADGE_YEARS}),
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


def rules_in_force(year: int, rules: tuple[Rule, ...] = RULES) -> dict[str, Rule]:
    """The rule in force in YEAR for each code: the latest entry whose dates cover the year."""
    chosen: dict[str, Rule] = {}
    for rule in rules:
        if rule.in_force(year) and (rule.code not in chosen or rule.valid_from > chosen[rule.code].valid_from):
            chosen[rule.code] = rule
    return chosen


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


def _found(rule: Rule, sheet: str, cell: str, value: Any, **args: Any) -> Finding:
    """A finding of RULE's code, citing the regulation in force."""
    return finding(rule.code, sheet, cell, value, source=rule.source, **args)


def probation_overdue(book: Book, scope: Scope, rule: Rule) -> Iterator[Finding]:
    for m in indicators.members_at(book, scope.as_of):
        admitted = m["Ngày vào Đảng"]
        if admitted is None or not indicators.probationary_at(m, scope.as_of):
            continue
        ended = _add_months(admitted, rule.params["months"])
        if _add_working_days(ended, rule.params["working_days"]) < scope.as_of:
            yield _found(rule, schema.MEMBERS, m.cell("Ngày chính thức"), m["Họ và tên"], due=ended.strftime("%d/%m/%Y"))


def admission_age(book: Book, scope: Scope, rule: Rule) -> Iterator[Finding]:
    low, high = rule.params["minimum"], rule.params["maximum"]
    for m in book.rows(schema.MEMBERS):
        admitted, born = m["Ngày vào Đảng"], m["Ngày sinh"]
        if admitted is None or born is None or admitted.year != scope.year or m["Tình trạng"] == schema.STATUS_IN:
            continue
        age = indicators.age_at(born, admitted)
        if not low <= age <= high:
            yield _found(rule, schema.MEMBERS, m.cell("Ngày vào Đảng"), m["Họ và tên"], age=age)


def excellent_over_quota(book: Book, scope: Scope, rule: Rule) -> Iterator[Finding]:
    now = indicators.members_at(book, scope.as_of)
    excellent = [m for m in now if m["Xếp loại"] == schema.RATINGS[0]]
    good = [m for m in now if m["Xếp loại"] == schema.RATINGS[1]]
    limit = rule.params["ratio_pct"]
    if excellent and len(excellent) * 100 > limit * len(good):
        first = min(excellent, key=lambda m: m.number)
        yield _found(rule, schema.MEMBERS, first.cell("Xếp loại"), first["Xếp loại"], excellent=len(excellent), good=len(good), limit=limit)


def rated_but_exempt(book: Book, scope: Scope, rule: Rule) -> Iterator[Finding]:
    cutoff = _add_months(date(scope.year, 12, 31), -rule.params["new_member_months"])
    for m in indicators.members_at(book, scope.as_of):
        if m["Xếp loại"] not in schema.RATINGS:
            continue
        if m["Tình trạng"] == schema.STATUS_EXEMPT:
            why = "why.exempt"
        elif m["Ngày vào Đảng"] is not None and m["Ngày vào Đảng"] > cutoff:
            why = "why.too-new"
        else:
            continue
        yield _found(rule, schema.MEMBERS, m.cell("Xếp loại"), m["Họ và tên"], why_say=why)


def meeting_month_missing(book: Book, scope: Scope, rule: Rule) -> Iterator[Finding]:
    if not book.has_data(schema.MEETINGS):
        return
    held = indicators.meeting_months(book, scope.period, schema.MEETING_REGULAR)
    for month in scope.months:
        if month not in held:
            yield _found(rule, schema.MEETINGS, "A", "", month=month)


def thematic_quarter_missing(book: Book, scope: Scope, rule: Rule) -> Iterator[Finding]:
    if not book.has_data(schema.MEETINGS):
        return
    held = {indicators.quarter_of(m) for m in indicators.meeting_months(book, scope.period, schema.MEETING_THEMATIC)}
    for quarter in scope.quarters:
        if quarter not in held:
            yield _found(rule, schema.MEETINGS, "A", "", quarter=quarter)


def cell_too_small(book: Book, scope: Scope, rule: Rule) -> Iterator[Finding]:
    if not book.has_data(schema.MEMBERS):
        return
    official = [m for m in indicators.members_at(book, scope.as_of) if not indicators.probationary_at(m, scope.as_of)]
    if len(official) < rule.params["minimum_official"]:
        yield _found(rule, schema.MEMBERS, "A", "", official=len(official))


def badge_due(book: Book, scope: Scope, rule: Rule) -> Iterator[Finding]:
    for m in indicators.members_at(book, scope.as_of):
        years = indicators.badge_years(m, scope.year)
        if years is not None and years in rule.params["years"]:
            yield _found(rule, schema.MEMBERS, m.cell("Ngày vào Đảng"), m["Họ và tên"], years=years, year=scope.year)


CHECKS: dict[str, Callable[[Book, Scope, Rule], Iterator[Finding]]] = {
    "probation-overdue": probation_overdue,
    "admission-age": admission_age,
    "excellent-over-quota": excellent_over_quota,
    "rated-but-exempt": rated_but_exempt,
    "meeting-month-missing": meeting_month_missing,
    "thematic-quarter-missing": thematic_quarter_missing,
    "cell-too-small": cell_too_small,
    "badge-due": badge_due,
}


def check_party_rules(book: Book, period: Period, rules: tuple[Rule, ...] = RULES, *, today: date | None = None) -> Iterator[Finding]:
    """Every party rule in force in PERIOD's year, applied to PERIOD as far as it has run by TODAY."""
    scope = Scope.of(period, today)
    for code, rule in rules_in_force(period.year, rules).items():
        yield from CHECKS[code](book, scope, rule)
