"""The party rules: each firing and not firing at its threshold, and the rule in force chosen by
year."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

from builders import YEAR, book, codes, member

from xlkit.checks import check_path
from xlkit.checks.party import RULES, check_party_rules, in_force
from xlkit.read.records import Book, Row
from xlkit.vocab.periods import Period
from xlkit.vocab.words import (
    CELL_GRASSROOTS,
    MEETING_REGULAR,
    MEETING_THEMATIC,
    MEETINGS,
    MEMBERS,
    NOT_RATED,
    RATINGS,
    STATUS_EXEMPT,
)


def test_probation_overdue_threshold() -> None:
    late = member(
        2, **{"Ngày vào Đảng": d(2022, 11, 17), "Ngày chính thức": None}
    )  # 12 months + 30 working days: 29/12
    in_time = member(
        3, **{"Ngày vào Đảng": d(2022, 11, 20), "Ngày chính thức": None}
    )  # ... 01/01/2024
    assert codes(book(late)) == [("probation-overdue", "H2")]
    assert codes(book(in_time)) == []


def test_admission_age_bounds() -> None:
    def admitted_at(age_years: int, number: int) -> Row:
        return member(
            number,
            **{
                "Ngày sinh": d(2023 - age_years, 5, 1),
                "Ngày vào Đảng": d(2023, 5, 1),
                "Ngày chính thức": None,
            },
        )

    assert codes(book(admitted_at(18, 2), admitted_at(60, 3))) == []
    young = member(
        4, **{"Ngày sinh": d(2005, 5, 2), "Ngày vào Đảng": d(2023, 5, 1), "Ngày chính thức": None}
    )  # a day short of 18
    assert codes(book(young)) == [("admission-age", "G4")]
    assert codes(book(admitted_at(61, 5))) == [("admission-over-60", "G5")]


def test_excellent_quota_threshold() -> None:
    xs, tot = RATINGS[0], RATINGS[1]
    goods = [member(10 + i, **{"Xếp loại": tot}) for i in range(5)]
    assert codes(book(member(2, **{"Xếp loại": xs}), *goods)) == []  # 1 of 5 = 20%
    over = book(member(2, **{"Xếp loại": xs}), member(3, **{"Xếp loại": xs}), *goods)
    assert codes(over) == [
        ("excellent-share-high", "O2")
    ]  # a branch cell: the quota is its đảng bộ's (a note)
    over.info["Loại chi bộ"] = CELL_GRASSROOTS
    assert codes(over) == [
        ("excellent-over-quota", "O2")
    ]  # a chi bộ cơ sở: the quota is its own (a warning)


def test_rated_new_member_six_months_before_year_end() -> None:
    tot = RATINGS[1]
    on_cutoff = member(
        2, **{"Ngày vào Đảng": d(2023, 6, 30), "Ngày chính thức": None, "Xếp loại": tot}
    )
    after = member(3, **{"Ngày vào Đảng": d(2023, 7, 1), "Ngày chính thức": None, "Xếp loại": tot})
    exempt = member(4, **{"Tình trạng": STATUS_EXEMPT, "Xếp loại": tot})
    not_rated = member(5, **{"Tình trạng": STATUS_EXEMPT, "Xếp loại": NOT_RATED})
    assert codes(book(on_cutoff, not_rated)) == []
    assert codes(book(after, exempt)) == [("rated-but-exempt", "O3"), ("rated-but-exempt", "O4")]


def test_cell_too_small_threshold() -> None:
    three = Book(Path("x"), info={"Năm": 2023}, tables={MEMBERS: [member(2), member(3), member(4)]})
    two = Book(
        Path("x"),
        info={"Năm": 2023},
        tables={
            MEMBERS: [
                member(2),
                member(3),
                member(4, **{"Ngày chính thức": None, "Ngày vào Đảng": d(2023, 3, 1)}),
            ]
        },
    )
    assert codes(three) == []
    assert codes(two) == [("cell-too-small", "A")]


def test_badge_due_only_on_the_milestones() -> None:
    thirty = member(2, **{"Ngày vào Đảng": d(1993, 12, 30)})
    thirty_one = member(3, **{"Ngày vào Đảng": d(1992, 1, 1)})
    forty_five = member(4, **{"Ngày vào Đảng": d(1978, 1, 1)})
    assert codes(book(thirty, thirty_one, forty_five)) == [("badge-due", "G2"), ("badge-due", "G4")]


def meeting(number: int, day: d, kind: str) -> Row:
    return Row(MEETINGS, number, {"Ngày": day, "Loại": kind, "Có mặt": 3}, {"Ngày": "A"})


def test_meetings_by_month_and_quarter_of_the_period() -> None:
    rows = [meeting(i + 2, d(2023, m, 5), MEETING_REGULAR) for i, m in enumerate([1, 2, 3, 5, 6])]
    rows += [meeting(10, d(2023, 2, 20), MEETING_THEMATIC)]
    found = check_party_rules(book(meetings=rows), Period.parse("2023-H1"))
    assert sorted(
        (f.code, dict(f.args).get("month") or dict(f.args).get("quarter")) for f in found
    ) == [
        ("meeting-month-missing", 4),
        ("thematic-quarter-missing", 2),
    ]
    assert codes(book(meetings=rows), Period.parse("2023-Q1")) == []


def test_rule_in_force_is_chosen_by_day() -> None:
    assert (
        in_force(RULES, "excellent-over-quota", d(2019, 10, 17)).source
        == "Quy định 132-QĐ/TW; Hướng dẫn 16-HD/BTCTW"
    )
    assert (
        in_force(RULES, "excellent-over-quota", d(2019, 10, 18)).source
        == "Hướng dẫn 21-HD/BTCTW, điểm 2.3"
    )
    assert (
        in_force(RULES, "excellent-over-quota", d(2024, 1, 1)).source
        == "Quy định 124-QĐ/TW; Hướng dẫn 25-HD/BTCTW"
    )
    assert in_force(RULES, "meeting-month-missing", d(2010, 12, 31)) is None
    # a successor regulation is one more entry: from 2027 a 10% quota, say
    current = in_force(RULES, "excellent-over-quota", d(2026, 1, 1))
    successor = current._replace(
        source="Quy định mới", valid_from=d(2027, 1, 1), params={"ratio_pct": 10}
    )
    rules = (*RULES, successor)
    assert in_force(rules, "excellent-over-quota", d(2027, 1, 1)).params["ratio_pct"] == 10
    assert in_force(rules, "excellent-over-quota", d(2026, 12, 31)).params["ratio_pct"] == 20
    xs, tot = RATINGS[0], RATINGS[1]
    members = [
        member(2, **{"Xếp loại": xs}),
        *(member(10 + i, **{"Xếp loại": tot}) for i in range(6)),
    ]  # 1 of 6 = 16,7%
    book_2027 = Book(
        Path("x"), info={"Năm": 2027, "Ký thay mặt": "T/M CHI ỦY"}, tables={MEMBERS: members}
    )
    assert [f.code for f in check_party_rules(book_2027, Period.parse("2027"), rules)] == [
        "excellent-share-high"
    ]
    assert [f.code for f in check_party_rules(book_2027, Period.parse("2027"))] == []


def test_a_running_period_is_judged_as_far_as_it_has_run() -> None:
    rows = [
        meeting(i + 2, d(2023, m, 5), MEETING_REGULAR) for i, m in enumerate(range(1, 11))
    ]  # January to October

    def found(today):
        return sorted(
            (f.code, dict(f.args).get("month") or dict(f.args).get("quarter"))
            for f in check_party_rules(book(meetings=rows), YEAR, today=today)
        )

    assert found(d(2023, 11, 21)) == [
        ("thematic-quarter-missing", 1),
        ("thematic-quarter-missing", 2),
        ("thematic-quarter-missing", 3),
    ]
    assert found(d(2024, 1, 2)) == [
        ("meeting-month-missing", 11),
        ("meeting-month-missing", 12),
        ("thematic-quarter-missing", 1),
        ("thematic-quarter-missing", 2),
        ("thematic-quarter-missing", 3),
        ("thematic-quarter-missing", 4),
    ]


def test_a_running_year_is_judged_as_far_as_today(make_book) -> None:
    path = make_book(Sinh_hoạt=[])  # no meetings at all
    early = check_path(path, today=d(2023, 3, 15)).flatten()
    assert [
        f for f in early if f[0] == "meeting-month-missing"
    ] == []  # the sheet is empty: nothing to judge
    rows = [{"Ngày": d(2023, 1, 5), "Loại": "Thường kỳ", "Có mặt": 5}]
    path = make_book(Sinh_hoạt=rows)
    months = [
        f
        for f in check_path(path, today=d(2023, 3, 15)).findings
        if f.code == "meeting-month-missing"
    ]
    assert [f.arg("month") for f in months] == [
        2
    ]  # January held, February missed, March still running
