"""The rules and indicators that read a column of every member (Book.column, indicators.positions_at)
say what the row-by-row reading says: for the reader's rows (views of their sheet's columns), for rows
made by hand, and for rows out of the reader's order."""

from __future__ import annotations

import random
from datetime import date as d
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from xlkit import indicators, schema, words
from xlkit.checks import check_book
from xlkit.opening import load
from xlkit.periods import Period
from xlkit.records import Book, Row


def random_members(seed: int, count: int) -> list[dict[str, Any]]:
    """Members of every kind: arrived, left, exempt, on probation, with no dates, admitted 1950-2023."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        born = d(1940, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
        admitted = d(1958, 1, 1) + timedelta(days=rng.randrange(0, 66 * 365)) if rng.random() > 0.05 else None
        official = admitted + timedelta(days=rng.choice((360, 365, 366, 400, 800))) if admitted and rng.random() > 0.2 else None
        status = rng.choice((*schema.STATUSES, *[schema.STATUS_ACTIVE] * 4))
        change = d(2022, 6, 1) + timedelta(days=rng.randrange(0, 700)) if status in schema.STATUSES_NEEDING_DATE and rng.random() > 0.1 else None
        out.append(
            {
                "Họ và tên": f"Người {i}",
                "Ngày sinh": born,
                "Giới tính": rng.choice(("Nam", "Nữ")),
                "Dân tộc": rng.choice(("Kinh", "Tày", "")),
                "Tôn giáo": rng.choice(("Không", "Phật giáo", "")),
                "Trình độ chuyên môn": rng.choice(words.EDUCATION),
                "Lý luận chính trị": rng.choice(words.THEORY),
                "Ngày vào Đảng": admitted,
                "Ngày chính thức": official,
                "Tình trạng": status,
                "Ngày thay đổi": change,
                "Thời gian không sinh hoạt (tháng)": rng.choice((None, 0, 6, 12, 30)),
                "Xếp loại": rng.choice((*schema.RATINGS, "")),
            }
        )
    return out


@pytest.fixture(scope="module")
def read_book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    from tests.conftest import INFO, fill
    from xlkit.template import write_workbook

    path = tmp_path_factory.mktemp("cot") / "so.xlsx"
    write_workbook(path, year=2023)
    fill(path, INFO, {schema.MEMBERS: random_members(7, 300)})
    book, _ = load(path)
    return book


def by_hand(book: Book, order: list[int] | None = None) -> Book:
    """BOOK again with its members as rows made by hand (each of its own), in ORDER."""
    rows = book.rows(schema.MEMBERS)
    made = [Row(schema.MEMBERS, m.number, m.values, m.letters, m.raw, m.unknown) for m in (rows[i] for i in (order or range(len(rows))))]
    return Book(book.path, info=book.info, info_cells=book.info_cells, tables={**book.tables, schema.MEMBERS: made}, present=book.present, missing=book.missing)


def test_a_column_is_the_rows_values_in_their_order(read_book: Book) -> None:
    rows = read_book.rows(schema.MEMBERS)
    shuffled = list(range(len(rows)))
    random.Random(3).shuffle(shuffled)
    out_of_order = Book(read_book.path, tables={schema.MEMBERS: [rows[i] for i in shuffled]})
    for book in (read_book, by_hand(read_book), out_of_order):
        members = book.rows(schema.MEMBERS)
        for header in ("Họ và tên", "Ngày vào Đảng", "Tình trạng", "Xếp loại"):
            assert list(book.column(schema.MEMBERS, header)) == [m[header] for m in members]
        assert list(book.column(schema.MEMBERS, "Không có cột này")) == [None] * len(members)
    # the reader's rows: the sheet's own column, no copy made
    assert read_book.column(schema.MEMBERS, "Họ và tên") is rows[0]._typed["Họ và tên"]
    assert Book(Path("x")).column(schema.MEMBERS, "Họ và tên") == []


def test_who_counts_on_a_day_is_what_counted_at_says(read_book: Book) -> None:
    days = {d(2023, m, 1) - timedelta(days=1) for m in range(1, 13)}
    for m in read_book.rows(schema.MEMBERS):  # both sides of every start and end
        start, end = indicators.membership(m)
        days |= {x + timedelta(days=k) for x in (start, end) if x for k in (-1, 0, 1)}
    for book in (read_book, by_hand(read_book, list(reversed(range(len(read_book.rows(schema.MEMBERS))))))):
        rows = book.rows(schema.MEMBERS)
        for day in sorted(days):
            expected = [i for i, m in enumerate(rows) if indicators.counted_at(m, day)]
            assert indicators.positions_at(book, day) == expected, day
            assert indicators.members_at(book, day) == [rows[i] for i in expected]
            assert indicators.official_at(book, day) == [rows[i] for i in expected if not indicators.on_probation(rows[i], day)]
            assert indicators.count_at(book, day) == len(expected)


@pytest.mark.parametrize("period", ["2023-H1", "2023", "2023-Q3"])
def test_figures_and_findings_read_by_column_are_those_read_by_row(read_book: Book, period: str) -> None:
    """The reader's rows and the same rows made by hand (each read with a row's lookups) agree."""
    judged = Period.parse(period)
    hand = by_hand(read_book)
    assert indicators.compute(read_book, judged) == indicators.compute(hand, judged)
    today = d(2024, 3, 1)
    assert check_book(read_book, period=judged, today=today) == check_book(hand, period=judged, today=today)


def test_badges_due_are_those_badge_years_names(read_book: Book) -> None:
    """The rule passes over members admitted too late for any badge: never one badge_years would name."""
    period = Period.parse("2023")
    found = [f.cell for f in check_book(read_book, period=period, today=d(2024, 1, 1)) if f.code == "badge-due"]
    due = [m.cell("Ngày vào Đảng") for m in indicators.members_at(read_book, period.end) if indicators.badge_years(m, 2023) is not None]
    assert found == due and due
    figures = {i.key: i.value for i in indicators.compute(read_book, period)}
    assert figures["members.badge_due"] == len(due)
    at_the_edge = [m for m in read_book.rows(schema.MEMBERS) if m["Ngày vào Đảng"] and m["Ngày vào Đảng"].year == 2023 - 30]
    assert at_the_edge  # admitted exactly 30 years before: the first year a badge is due is in the data
