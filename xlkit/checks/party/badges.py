"""The party badge: the years of membership a member reaches in the year."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from xlkit.checks.party.declare import Rule, Rules, Scope, found, in_force, party_rule
from xlkit.checks.party.regulations import DIEU_LE, HD01_2021, day_before, dmy
from xlkit.compute.membership import BADGE_YEARS, badge_reached, positions_at
from xlkit.messages.findings import Finding
from xlkit.read.records import Book
from xlkit.vocab.words import MEMBERS

# before HD 01-HD/TW of 05/01/2012 added 55, 65, 75, 85
BADGE_YEARS_2011 = (30, 40, 45, 50, 60, 70, 80, 90)


@party_rule(
    # the party badge (Điều lệ Điều 5; the years by HD 01-HD/TW)
    Rule(
        "badge-due",
        "Điều lệ Đảng, Điều 5 khoản 4; Quy định về Huy hiệu Đảng (2011)",
        DIEU_LE,
        dmy(4, 1, 2012),
        {"years": BADGE_YEARS_2011},
    ),
    Rule(
        "badge-due",
        "Điều lệ Đảng, Điều 5 khoản 4; Hướng dẫn 01-HD/TW (05/01/2012)",
        dmy(5, 1, 2012),
        day_before(HD01_2021),
        {"years": BADGE_YEARS},
    ),
    Rule(
        "badge-due",
        "Điều lệ Đảng, Điều 5 khoản 4; Hướng dẫn 01-HD/TW (28/9/2021), mục 18",
        HD01_2021,
        None,
        {"years": BADGE_YEARS},
    ),
    reads=((MEMBERS, "Ngày vào Đảng"),),
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
            yield found(
                rule,
                MEMBERS,
                rows[i].cell("Ngày vào Đảng"),
                rows[i]["Họ và tên"],
                years=years,
                year=year,
            )
