"""Reporting periods: `2023-H1`, `2023-H2`, `2023`, `2023-Q1`..`Q4`; and, for figures and awards,
school years (`2022-2023`, `Năm học 2022-2023`), which a report takes when the school year closes
in it."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from functools import cached_property
from typing import NamedTuple

from xlkit.vocab.words import FIRST_YEAR, LAST_YEAR

_PATTERN = re.compile(r"^\s*(\d{4})(?:\s*-\s*(H[12]|Q[1-4]))?\s*$", re.IGNORECASE)
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_SCHOOL_YEAR = re.compile(r"^\s*(?:năm học\s*)?(\d{4})\s*[-–/]\s*(\d{4})\s*$", re.IGNORECASE)
ACCEPTED = "2023-H1, 2023-H2, 2023, 2023-Q1 … 2023-Q4"
ACCEPTED_WITH_SCHOOL_YEAR = ACCEPTED + ", 2022-2023 (năm học)"
# the teaching year ends by 31 May: its figures go into that half-year's report
SCHOOL_YEAR_CLOSES = (
    5,
    31,
)


class Kind(str, Enum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SCHOOL_YEAR = "school_year"  # September of year-1 to August of year


class PeriodError(ValueError):
    """A period that is not one of the accepted forms."""


def last_day(year: int, month: int) -> date:
    """The last day of MONTH: the first of the month after, less a day (the calendar module,
    which loads locale, is not worth its import on check's path for this)."""
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date.fromordinal(after.toordinal() - 1)


class _Named(NamedTuple):
    year: int
    kind: Kind
    number: int = 0  # 1-2 for a half, 1-4 for a quarter


class Period(_Named):
    """A period: immutable, equal, hashed and ordered by its three fields (a named tuple, made
    at a fifth of a frozen dataclass's cost at start-up); its months and days computed once
    each (the subclass keeps a __dict__ for them)."""

    @classmethod
    def parse(cls, text: str, *, school_year: bool = False) -> Period:
        """A period from its text; with SCHOOL_YEAR, `2022-2023` and `Năm học 2022-2023` too."""
        if school_year and (both := _SCHOOL_YEAR.match(str(text))):
            first, last = int(both.group(1)), int(both.group(2))
            if last != first + 1 or not FIRST_YEAR < last <= LAST_YEAR:
                raise PeriodError(text)
            return cls(last, Kind.SCHOOL_YEAR)
        match = _PATTERN.match(str(text))
        if not match:
            raise PeriodError(text)
        year, part = int(match.group(1)), (match.group(2) or "").upper()
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise PeriodError(text)
        if not part:
            return cls(year, Kind.YEAR)
        kind = Kind.HALF if part[0] == "H" else Kind.QUARTER
        return cls(year, kind, int(part[1]))

    def __str__(self) -> str:
        if self.kind is Kind.SCHOOL_YEAR:
            return f"{self.year - 1}-{self.year}"
        if self.kind is Kind.YEAR:
            return str(self.year)
        return f"{self.year}-{'H' if self.kind is Kind.HALF else 'Q'}{self.number}"

    @cached_property  # asked for every member and every meeting: computed once
    def months(self) -> tuple[int, ...]:
        if self.kind is Kind.SCHOOL_YEAR:
            return (9, 10, 11, 12, *range(1, 9))
        if self.kind is Kind.YEAR:
            return tuple(range(1, 13))
        size = 6 if self.kind is Kind.HALF else 3
        first = (self.number - 1) * size + 1
        return tuple(range(first, first + size))

    @cached_property
    def start(self) -> date:
        return date(self.year - (self.kind is Kind.SCHOOL_YEAR), self.months[0], 1)

    @cached_property
    def end(self) -> date:
        last = self.months[-1]
        return last_day(self.year, last)

    @cached_property
    def quarters(self) -> tuple[int, ...]:
        return tuple(sorted({(m - 1) // 3 + 1 for m in self.months}))

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def within(self, other: Period) -> bool:
        return other.start <= self.start and self.end <= other.end

    def reported_in(self, report: Period) -> bool:
        """Whether a figure or award of this period belongs in REPORT: a period inside it, or a
        school year that closes in it (2022-2023 in the report of 2023-H1 and of 2023)."""
        if self.kind is Kind.SCHOOL_YEAR:
            closes = date(self.year, *SCHOOL_YEAR_CLOSES)
            return report.kind in (Kind.YEAR, Kind.HALF) and report.contains(closes)
        return self.within(report)

    def figures_for(self, report: Period) -> bool:
        """Whether a `Số liệu` row of this period is one REPORT states: its own period exactly (a
        year's report does not repeat its halves), or a school year that closes in it."""
        return self == report or (self.kind is Kind.SCHOOL_YEAR and self.reported_in(report))

    def next(self) -> Period:
        if self.kind in (Kind.YEAR, Kind.SCHOOL_YEAR):
            return Period(self.year + 1, self.kind)
        top = 2 if self.kind is Kind.HALF else 4
        if self.number < top:
            return Period(self.year, self.kind, self.number + 1)
        return Period(self.year + 1, self.kind, 1)

    def label(self, lang: str = "vi") -> str:
        """Say the period in words: `6 tháng đầu năm 2023`, `quý I năm 2023`, `năm 2023`."""
        if self.kind is Kind.SCHOOL_YEAR:
            return f"{'school year' if lang == 'en' else 'năm học'} {self}"
        if lang == "en":
            if self.kind is Kind.YEAR:
                return f"the year {self.year}"
            if self.kind is Kind.HALF:
                return f"the {'first' if self.number == 1 else 'second'} half of {self.year}"
            return f"Q{self.number} {self.year}"
        if self.kind is Kind.YEAR:
            return f"năm {self.year}"
        if self.kind is Kind.HALF:
            return f"6 tháng {'đầu' if self.number == 1 else 'cuối'} năm {self.year}"
        return f"quý {_ROMAN[self.number]} năm {self.year}"


def quarter_roman(number: int) -> str:
    return _ROMAN[number]
