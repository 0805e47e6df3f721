"""Boundaries, both sides: each test kills a mutation that once survived (a `<` made `<=`, a plan
swapped)."""

from __future__ import annotations

from datetime import date as d

import pytest
from builders import book, codes, member

from xlkit.compute.membership import counted_at
from xlkit.compute.targets import plan_of, status_of, typed_result
from xlkit.read.records import Row
from xlkit.read.tables import find_header
from xlkit.read.values import type_value
from xlkit.read.workbook import RawSheet
from xlkit.vocab import schema
from xlkit.vocab.periods import Period
from xlkit.vocab.words import (
    DIRECTION_MAX,
    DIRECTION_MIN,
    EXCEEDED,
    FIGURES,
    MEETINGS,
    MEMBERS,
    NOT_REACHED,
    REACHED,
    STATUS_IN,
    STATUS_OUT,
    TARGETS,
)

H1 = Period.parse("2023-H1")


def test_probation_is_overdue_the_working_day_after_its_30_days_not_on_it() -> None:
    # admitted 19/5/2022: 12 months end 19/5/2023, 30 working days later is Friday 30/6/2023,
    # H1's last day
    on_the_day = member(2, **{"Ngày vào Đảng": d(2022, 5, 19), "Ngày chính thức": None})
    day_before = member(3, **{"Ngày vào Đảng": d(2022, 5, 18), "Ngày chính thức": None})  # due 29/6
    assert codes(book(on_the_day), H1) == []
    assert codes(book(day_before), H1) == [("probation-overdue", "H3")]


def test_a_member_leaving_on_the_day_no_longer_counts_that_day() -> None:
    leaving = member(2, **{"Tình trạng": STATUS_OUT, "Ngày thay đổi": d(2023, 6, 30)})
    assert counted_at(leaving, d(2023, 6, 29)) is True
    assert counted_at(leaving, d(2023, 6, 30)) is False
    arriving = member(3, **{"Tình trạng": STATUS_IN, "Ngày thay đổi": d(2023, 3, 1)})
    assert (counted_at(arriving, d(2023, 2, 28)), counted_at(arriving, d(2023, 3, 1))) == (
        False,
        True,
    )


@pytest.mark.parametrize(
    "actual, plan, direction, status",
    [
        (1, 1, DIRECTION_MAX, REACHED),  # at most the plan, and exactly it: reached
        (0.5, 1, DIRECTION_MAX, REACHED),
        (1.5, 1, DIRECTION_MAX, NOT_REACHED),
        (8, 8, DIRECTION_MIN, REACHED),
        (9, 8, DIRECTION_MIN, EXCEEDED),
        (7, 8, DIRECTION_MIN, NOT_REACHED),
        (None, 8, DIRECTION_MIN, None),
    ],
)
def test_target_status_at_its_plan(actual, plan, direction, status) -> None:
    assert status_of(actual, plan, direction) == status


def _target(**values) -> Row:
    base = {c.header: None for c in schema.BY_NAME[TARGETS].columns}
    base.update(
        {
            "Mã": "CT1",
            "Kế hoạch năm": 12,
            "Kế hoạch 6 tháng": 6,
            "Thực hiện 6 tháng đầu": 5,
            "Thực hiện cả năm": 11,
            **values,
        }
    )
    return Row(TARGETS, 2, base, {})


def test_the_six_month_plan_is_h1s_only() -> None:
    target = _target()
    assert [
        plan_of(target, Period.parse(p)) for p in ("2023-H1", "2023-H2", "2023", "2023-Q1")
    ] == [6, 12, 12, 12]
    assert plan_of(_target(**{"Kế hoạch 6 tháng": None}), H1) == 12
    assert [
        typed_result(target, Period.parse(p)) for p in ("2023-H1", "2023-H2", "2023", "2023-Q2")
    ] == [5, 11, 11, None]


@pytest.mark.parametrize(
    "typed, read",
    [
        ("04/07/2023", d(2023, 7, 4)),
        ("4/7/2023", d(2023, 7, 4)),
        ("13/01/2023", d(2023, 1, 13)),
        ("31-12-2023", d(2023, 12, 31)),
        ("01/13/2023", None),
    ],
)
def test_a_date_typed_as_text_is_day_first(typed: str, read) -> None:
    value, findings = type_value(schema.BY_NAME[MEMBERS].column("Ngày sinh"), typed, MEMBERS, "C2")
    assert value == read
    assert [f.code for f in findings] == (["date-as-text"] if read else ["value-not-date"])


@pytest.mark.parametrize(
    "typed, read",
    [
        ("1.250", 1250),
        ("1.250.000", 1250000),
        ("96,6", 96.6),
        ("2.5", 2.5),
        ("01", 1),
        ("1,250", 1.25),
    ],
)
def test_numbers_typed_as_text_the_vietnamese_way(typed: str, read) -> None:
    value, findings = type_value(schema.BY_NAME[FIGURES].column("Số đạt"), typed, FIGURES, "D2")
    assert (value, findings) == (read, [])


def test_the_first_of_equally_good_header_rows_is_the_header() -> None:
    spec = schema.BY_NAME[MEETINGS]
    sheet = RawSheet(
        "Sinh hoạt", [["Ngày", "Loại"], ["Ngày", "Loại"], [d(2023, 1, 5), "Thường kỳ"]]
    )
    assert find_header(sheet, spec) == 0
    better = RawSheet(
        "Sinh hoạt", [["Ngày", "Loại"], ["Ngày", "Loại", "Có mặt"], [d(2023, 1, 5), "Thường kỳ", 5]]
    )
    assert find_header(better, spec) == 1


def test_age_turns_on_the_birthday() -> None:
    from xlkit.compute.membership import age_at

    assert [
        age_at(d(2000, 5, 10), day) for day in (d(2018, 5, 9), d(2018, 5, 10), d(2018, 5, 11))
    ] == [17, 18, 18]
