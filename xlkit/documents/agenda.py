"""What is coming due (việc sắp đến hạn) on a day, from the workbook: probations ending, badges
by award round, fees in arrears, meetings not yet recorded, the review season, the period's
documents not yet made. Each item names its sheet and cell and the rule it follows, as in force
on the day; what no source fixed says so (notes/year-cycle.md §3)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from xlkit.checks.party.days import add_months, add_working_days, month_end
from xlkit.checks.party.declare import Rule, Rules, in_force
from xlkit.checks.party.meetings import gap_cell
from xlkit.checks.party.ratings import new_member_cutoff, why_not_rated
from xlkit.checks.party.regulations import (
    HD01_2021,
    QD124,
    QD132,
    QD366,
    day_before,
    dmy,
)
from xlkit.compute.membership import members_at, positions_at, probationary
from xlkit.compute.months import (
    REGULAR_KINDS,
    THEMATIC_KINDS,
    meeting_months,
    quarter_of,
    unpaid_months,
)
from xlkit.read.records import Book, Row
from xlkit.vocab.periods import Kind, Period
from xlkit.vocab.words import FEES, MEETINGS, MEMBERS, MONTH_DONE, MONTHLY, NOT_RATED, THEMATIC

# the bands a probation's end is announced in, days ahead (a peer warns at 90-60-30)
PROBATION_BANDS = (30, 60, 90)
# the award rounds of the party badge (HD 01-HD/TW 2021 mục 18), as day/month
BADGE_ROUNDS = ("3/2", "19/5", "2/9", "7/11")
BADGE_AHEAD_DAYS = 366  # the rounds listed: those within a year of the day

# the moments of the year the agenda keeps, dated like the party rules
AGENDA_RULES: tuple[Rule, ...] = (
    Rule(
        "badge-round",
        "Hướng dẫn 01-HD/TW (28/9/2021), mục 18",
        HD01_2021,
        None,
        {"rounds": BADGE_ROUNDS},
        ("cut_off",),  # which round a member goes into: no source fixes it
    ),
    *(
        Rule("review-season", source, start, end, {"from": "1/12"}, ("from",))
        for source, start, end in (
            ("Quy định 132-QĐ/TW; Hướng dẫn 21-HD/BTCTW", QD132, day_before(QD124)),
            ("Quy định 124-QĐ/TW; Hướng dẫn 25-HD/BTCTW", QD124, day_before(QD366)),
            ("Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW", QD366, None),
        )
    ),
    Rule(
        "report-due",
        "Báo cáo sơ kết 6 tháng, tổng kết năm (đề cương của cấp ủy cấp trên)",
        dmy(1, 1, 2000),
        None,
        {"half_year_from": "15/6", "year_from": "15/12"},
        ("half_year_from", "year_from"),
    ),
)


@dataclass(frozen=True)
class Due:
    """One thing coming due: its group, what it says (a catalogue line and its words), where in
    the workbook it comes from, the day it falls due, and the rule it follows."""

    group: str  # probation, badge, fee, meeting, review, document
    key: str
    fields: dict[str, Any]
    sheet: str | None
    cell: str | None
    due: date | None
    days: int | None  # days left on the day asked; negative once past
    source: str
    unconfirmed: tuple[str, ...] = ()
    band: str = ""  # the probation's band: overdue, 30, 60, 90


GROUPS = ("probation", "badge", "fee", "meeting", "review", "document")


@dataclass
class Agenda:
    day: date
    cell: str
    items: list[Due] = field(default_factory=list)

    def of(self, group: str) -> list[Due]:
        return [i for i in self.items if i.group == group]


def day_month(text: str, year: int) -> date:
    """'19/5' of YEAR; ValueError when it is no day of the year."""
    day, _, month = str(text).strip().partition("/")
    return date(year, int(month), int(day))


def agenda(
    book: Book,
    day: date,
    rules: Rules,
    *,
    made: Sequence[str] = (),
    settings: dict[str, Any] | None = None,
) -> Agenda:
    """Everything coming due on DAY. RULES are the party rules in force (with xlkit.toml's);
    MADE the periods whose report was already made; SETTINGS `[agenda]` (badge_rounds)."""
    settings = settings or {}
    every = (*rules, *AGENDA_RULES)
    found = Agenda(day, str(book.info.get("Tên chi bộ") or ""))
    found.items += _probation(book, day, every)
    found.items += _badges(book, day, every, settings.get("badge_rounds"))
    found.items += _fees(book, day, every)
    found.items += _meetings(book, day, every)
    found.items += _review(book, day, every)
    found.items += _documents(day, every, made)
    return found


def _days(due: date, day: date) -> int:
    return (due - day).days


def _probation(book: Book, day: date, rules: Rules) -> Iterator[Due]:
    rule = in_force(rules, "probation-overdue", day)
    if rule is None:
        return
    rows = book.rows(MEMBERS)
    admitted_on, official_on = (
        book.column(MEMBERS, h) for h in ("Ngày vào Đảng", "Ngày chính thức")
    )
    for i in positions_at(book, day):
        admitted = admitted_on[i]
        if admitted is None or not probationary(official_on[i], day):
            continue
        ends = add_months(admitted, rule.params["months"])
        left = _days(ends, day)
        if left > PROBATION_BANDS[-1]:
            continue
        band = "overdue" if left < 0 else str(next(b for b in PROBATION_BANDS if left <= b))
        consider = add_working_days(ends, rule.params["working_days"])
        yield Due(
            "probation",
            "agenda.probation-overdue" if left < 0 else "agenda.probation",
            {
                "name": rows[i]["Họ và tên"],
                "ends": ends.strftime("%d/%m/%Y"),
                "days": abs(left),
                "by": consider.strftime("%d/%m/%Y"),
            },
            MEMBERS,
            rows[i].cell("Ngày chính thức"),
            ends,
            left,
            rule.source,
            rule.unconfirmed,
            band,
        )


def _rounds(day: date, rounds: Sequence[str] | None) -> list[date]:
    """The award rounds from the one before DAY to a year after it, in order."""
    asked = tuple(rounds) if rounds else BADGE_ROUNDS
    days = sorted(day_month(r, y) for y in (day.year - 1, day.year, day.year + 1) for r in asked)
    return days


def _badges(book: Book, day: date, rules: Rules, rounds: Sequence[str] | None) -> Iterator[Due]:
    """Members whose party age reaches a badge's years, in the first round on or after the day
    they reach it (the round's cut-off is not fixed by any source here: unconfirmed)."""
    years_rule, round_rule = in_force(rules, "badge-due", day), in_force(rules, "badge-round", day)
    if years_rule is None or round_rule is None:
        return
    days = _rounds(day, rounds)
    ahead = [(before, r) for before, r in zip(days, days[1:], strict=False) if r >= day]
    ahead = [(b, r) for b, r in ahead if _days(r, day) <= BADGE_AHEAD_DAYS]
    rows = book.rows(MEMBERS)
    admitted_on, outside_on = (
        book.column(MEMBERS, h) for h in ("Ngày vào Đảng", "Thời gian không sinh hoạt (tháng)")
    )
    source = years_rule.source
    if round_rule.source not in source:
        source = f"{source}; {round_rule.source}"
    for before, round_day in ahead:
        for i in positions_at(book, round_day):
            admitted = admitted_on[i]
            if admitted is None:
                continue
            outside = int(outside_on[i] or 0)
            for years in years_rule.params["years"]:
                reached = add_months(admitted, 12 * years + outside)
                if before < reached <= round_day:
                    yield Due(
                        "badge",
                        "agenda.badge",
                        {
                            "name": rows[i]["Họ và tên"],
                            "years": years,
                            "reached": reached.strftime("%d/%m/%Y"),
                            "round": round_day.strftime("%d/%m/%Y"),
                        },
                        MEMBERS,
                        rows[i].cell("Ngày vào Đảng"),
                        round_day,
                        _days(round_day, day),
                        source,
                        round_rule.unconfirmed,
                    )


def _fees(book: Book, day: date, rules: Rules) -> Iterator[Due]:
    """Each member's months of the year, ended by DAY, with no fee recorded."""
    if not book.has_data(FEES):
        return
    rule = in_force(rules, "fee-unpaid", day)
    months = tuple(m for m in range(1, 13) if month_end(day.year, m) < day)
    for m in members_at(book, day):
        unpaid = unpaid_months(book, m, day.year, months)
        if not unpaid:
            continue
        removal = rule is not None and len(unpaid) >= rule.params["months"]
        yield Due(
            "fee",
            "agenda.fee-removal" if removal else "agenda.fee",
            {
                "name": m["Họ và tên"],
                "months": ", ".join(str(n) for n in unpaid),
                "count": len(unpaid),
                "most": rule.params["months"] if rule is not None else 0,
            },
            MEMBERS,
            m.cell("Họ và tên"),
            month_end(day.year, unpaid[0]),
            _days(month_end(day.year, unpaid[0]), day),
            rule.source if rule is not None else "",
            rule.unconfirmed if rule is not None else (),
        )


def _meetings(book: Book, day: date, rules: Rules) -> Iterator[Due]:
    """The month's regular meeting, earlier months' missing ones, the quarter's thematic meeting
    (with its planned subject) and the month's planned tasks not marked done."""
    year, month = day.year, day.month
    regular = in_force(rules, "meeting-month-missing", day)
    if regular is not None:
        held = meeting_months(book, Period(year, Kind.YEAR), REGULAR_KINDS)
        for m in range(1, month + 1):
            if m in held:
                continue
            end = month_end(year, m)
            yield Due(
                "meeting",
                "agenda.meeting-missing" if m < month else "agenda.meeting",
                {"month": m, "end": end.strftime("%d/%m/%Y")},
                MEETINGS,
                # where its row would go (a sheet with no meeting yet: the first row under the
                # header)
                gap_cell(book, year, m) if book.rows(MEETINGS) else None,
                end,
                _days(end, day),
                regular.source,
                regular.unconfirmed,
            )
    thematic = in_force(rules, "thematic-quarter-missing", day)
    quarter = quarter_of(month)
    if thematic is not None and quarter not in {
        quarter_of(m) for m in meeting_months(book, Period(year, Kind.YEAR), THEMATIC_KINDS)
    }:
        end = month_end(year, quarter * 3)
        planned: list[Row | None] = [
            r for r in book.rows(THEMATIC) if r["Quý"] == quarter and r["Chủ đề"]
        ]
        for r in planned or [None]:
            when = r["Thời gian dự kiến"] if r is not None else None
            yield Due(
                "meeting",
                "agenda.thematic-planned" if r is not None else "agenda.thematic",
                {
                    "quarter": quarter,
                    "end": end.strftime("%d/%m/%Y"),
                    "subject": r["Chủ đề"] if r is not None else "",
                    "who": (r["Người chuẩn bị"] or "—") if r is not None else "",
                    "when": when.strftime("%d/%m/%Y") if isinstance(when, date) else (when or "—"),
                },
                THEMATIC if r is not None else MEETINGS,
                r.cell("Chủ đề") if r is not None else None,
                end,
                _days(end, day),
                thematic.source,
                thematic.unconfirmed,
            )
    done = MONTH_DONE[0]
    for r in book.rows(MONTHLY):
        if r["Tháng"] == month and r["Nội dung hoạt động"] and r["Kết quả"] != done:
            end = month_end(year, month)
            yield Due(
                "meeting",
                "agenda.month-task",
                {"task": r["Nội dung hoạt động"], "who": r["Phụ trách"] or "—", "month": month},
                MONTHLY,
                r.cell("Kết quả"),
                end,
                _days(end, day),
                "",
            )


def _review(book: Book, day: date, rules: Rules) -> Iterator[Due]:
    """From the season's first day (1 December) to the year's end: who has no rating yet."""
    rule = in_force(rules, "review-season", day)
    if rule is None:
        return
    start = day_month(rule.params["from"], day.year)
    if day < start:
        return
    end = date(day.year, 12, 31)
    exempt = in_force(rules, "rated-but-exempt", day)
    cutoff = new_member_cutoff(exempt, day.year, day) if exempt else day
    counted = [
        m
        for m in members_at(book, day)
        if exempt is None
        or why_not_rated(exempt, m["Tình trạng"], m["Ngày vào Đảng"], cutoff) is None
    ]
    unrated = [m for m in counted if m["Xếp loại"] in (None, "", NOT_RATED)]
    cell = unrated[0].cell("Xếp loại") if unrated else None
    yield Due(
        "review",
        "agenda.review",
        {
            "year": day.year,
            "unrated": len(unrated),
            "members": len(counted),
            "names": f" ({', '.join(str(m['Họ và tên']) for m in unrated[:5])}"
            + (", …)" if len(unrated) > 5 else ")")
            if unrated
            else "",
        },
        MEMBERS,
        cell,
        end,
        _days(end, day),
        rule.source,
        rule.unconfirmed,
    )


def _documents(day: date, rules: Rules, made: Sequence[str]) -> Iterator[Due]:
    """The half-year report from 15 June, the year's from 15 December, while not yet made."""
    rule = in_force(rules, "report-due", day)
    if rule is None:
        return
    for name, period in (
        ("half_year_from", Period(day.year, Kind.HALF, 1)),
        ("year_from", Period(day.year, Kind.YEAR)),
    ):
        start = day_month(rule.params[name], day.year)
        if day >= start and str(period) not in made:
            yield Due(
                "document",
                "agenda.report",
                {"period": str(period), "since": start.strftime("%d/%m/%Y")},
                None,
                None,
                None,
                None,
                rule.source,
                rule.unconfirmed,
            )
