"""Periods: parsing, bounds, labels, the next period, errors."""

from __future__ import annotations

from datetime import date as d
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlkit.vocab.periods import Kind, Period, PeriodError


@pytest.mark.parametrize(
    "text, start, end, label, following",
    [
        ("2023-H1", d(2023, 1, 1), d(2023, 6, 30), "6 tháng đầu năm 2023", "6 tháng cuối năm 2023"),
        (
            "2023-H2",
            d(2023, 7, 1),
            d(2023, 12, 31),
            "6 tháng cuối năm 2023",
            "6 tháng đầu năm 2024",
        ),
        ("2023", d(2023, 1, 1), d(2023, 12, 31), "năm 2023", "năm 2024"),
        ("2023-Q1", d(2023, 1, 1), d(2023, 3, 31), "quý I năm 2023", "quý II năm 2023"),
        ("2024-Q1", d(2024, 1, 1), d(2024, 3, 31), "quý I năm 2024", "quý II năm 2024"),
        ("2023-q4", d(2023, 10, 1), d(2023, 12, 31), "quý IV năm 2023", "quý I năm 2024"),
        (
            " 2023 - h1 ",
            d(2023, 1, 1),
            d(2023, 6, 30),
            "6 tháng đầu năm 2023",
            "6 tháng cuối năm 2023",
        ),
    ],
)
def test_bounds_labels_next(text, start, end, label, following) -> None:
    period = Period.parse(text)
    assert (period.start, period.end, period.label(), period.next().label()) == (
        start,
        end,
        label,
        following,
    )


def test_english_labels_and_months() -> None:
    assert Period.parse("2023-H1").label("en") == "the first half of 2023"
    assert Period.parse("2023-Q3").months == (7, 8, 9) and Period.parse("2023-Q3").quarters == (3,)
    assert Period.parse("2023-H2").quarters == (3, 4)
    assert (
        Period.parse("2024-Q1").end == d(2024, 3, 31) and Period.parse("2024-H1").kind is Kind.HALF
    )


@pytest.mark.parametrize(
    "bad", ["2023-H3", "2023-Q5", "23-H1", "H1-2023", "2023H1x", "", "năm 2023", "1800", "2023-S1"]
)
def test_malformed_periods(bad) -> None:
    with pytest.raises(PeriodError):
        Period.parse(bad)


periods = st.builds(
    lambda year, part: Period.parse(f"{year}{part}"),
    st.integers(1990, 2100),
    st.sampled_from(["", "-H1", "-H2", "-Q1", "-Q2", "-Q3", "-Q4"]),
)


@given(periods)
def test_text_round_trip_and_next_is_adjacent(period: Period) -> None:
    assert Period.parse(str(period)) == period
    assert period.next().start == period.end + timedelta(days=1)
    assert period.next().kind is period.kind


@given(st.dates(d(1990, 1, 1), d(2100, 12, 31)))
def test_every_day_lies_in_one_half_and_one_quarter(day) -> None:
    halves = [Period(day.year, Kind.HALF, n) for n in (1, 2)]
    quarters = [Period(day.year, Kind.QUARTER, n) for n in (1, 2, 3, 4)]
    assert sum(p.contains(day) for p in halves) == 1
    assert sum(p.contains(day) for p in quarters) == 1
    assert Period(day.year, Kind.YEAR).contains(day)
