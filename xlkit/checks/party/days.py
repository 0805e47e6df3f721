"""The calendar the rules count in: months added day for day, working days, age in months."""

from __future__ import annotations

from datetime import date, timedelta


def month_end(year: int, month: int) -> date:
    return add_months(date(year, month, 1), 1) - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """DAY moved by MONTHS, on the same day of the month or the month's last (31/1 + 1: 28/2)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def add_working_days(day: date, count: int) -> date:
    """COUNT working days (Monday to Friday) after DAY."""
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def months_between(born: date, day: date) -> int:
    """Whole months from BORN to DAY: age `tính theo tháng`."""
    return (day.year - born.year) * 12 + day.month - born.month - (day.day < born.day)
