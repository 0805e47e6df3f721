"""The rules and indicators that read a column of every member (Book.column,
positions_at) say what the row-by-row reading says: for the reader's rows (views of their
sheet's columns), for rows made by hand, and for rows out of the reader's order."""

from __future__ import annotations

import random
from datetime import date as d
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from xlkit.checks import check_book
from xlkit.compute import indicators
from xlkit.compute.membership import (
    badge_years,
    count_at,
    counted_at,
    members_at,
    membership,
    official_at,
    on_probation,
    positions_at,
)
from xlkit.read.opening import load
from xlkit.read.records import Book, Row
from xlkit.vocab import words
from xlkit.vocab.periods import Period
from xlkit.vocab.words import MEMBERS, RATINGS, STATUS_ACTIVE, STATUSES, STATUSES_NEEDING_DATE


def random_members(seed: int, count: int) -> list[dict[str, Any]]:
    """Members of every kind: arrived, left, exempt, on probation, with no dates, admitted
    1950-2023."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        born = d(1940, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
        admitted = (
            d(1958, 1, 1) + timedelta(days=rng.randrange(0, 66 * 365))
            if rng.random() > 0.05
            else None
        )
        official = (
            admitted + timedelta(days=rng.choice((360, 365, 366, 400, 800)))
            if admitted and rng.random() > 0.2
            else None
        )
        status = rng.choice((*STATUSES, *[STATUS_ACTIVE] * 4))
        change = (
            d(2022, 6, 1) + timedelta(days=rng.randrange(0, 700))
            if status in STATUSES_NEEDING_DATE and rng.random() > 0.1
            else None
        )
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
                "Xếp loại": rng.choice((*RATINGS, "")),
            }
        )
    return out


@pytest.fixture(scope="module")
def read_book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    from tests.conftest import INFO, fill
    from xlkit.workbooks.template import write_workbook

    path = tmp_path_factory.mktemp("cot") / "so.xlsx"
    write_workbook(path, year=2023)
    fill(path, INFO, {MEMBERS: random_members(7, 300)})
    book, _ = load(path)
    return book


def by_hand(book: Book, order: list[int] | None = None) -> Book:
    """BOOK again with its members as rows made by hand (each of its own), in ORDER."""
    rows = book.rows(MEMBERS)
    made = [
        Row(MEMBERS, m.number, m.values, m.letters, m.raw, m.unknown)
        for m in (rows[i] for i in (order or range(len(rows))))
    ]
    return Book(
        book.path,
        info=book.info,
        info_cells=book.info_cells,
        tables={**book.tables, MEMBERS: made},
        present=book.present,
        missing=book.missing,
    )


def test_a_column_is_the_rows_values_in_their_order(read_book: Book) -> None:
    rows = read_book.rows(MEMBERS)
    shuffled = list(range(len(rows)))
    random.Random(3).shuffle(shuffled)
    out_of_order = Book(read_book.path, tables={MEMBERS: [rows[i] for i in shuffled]})
    for book in (read_book, by_hand(read_book), out_of_order):
        members = book.rows(MEMBERS)
        for header in ("Họ và tên", "Ngày vào Đảng", "Tình trạng", "Xếp loại"):
            assert list(book.column(MEMBERS, header)) == [m[header] for m in members]
        with pytest.raises(KeyError):
            book.column(MEMBERS, "Không có cột này")
    # the reader's rows: the sheet's own column, no copy made
    assert read_book.column(MEMBERS, "Họ và tên") is rows[0]._typed["Họ và tên"]
    assert Book(Path("x")).column(MEMBERS, "Họ và tên") == []


def test_a_column_of_one_row_read_from_a_workbook(tmp_path: Path) -> None:
    from tests.conftest import INFO, fill
    from xlkit.workbooks.template import write_workbook

    path = tmp_path / "mot.xlsx"
    write_workbook(path, year=2023)
    fill(path, INFO, {MEMBERS: random_members(5, 1)})
    book, _ = load(path)
    (only,) = book.rows(MEMBERS)
    assert book.column(MEMBERS, "Họ và tên") == ["Người 0"]
    assert book.column(MEMBERS, "Họ và tên") is only._typed["Họ và tên"]


def test_who_counts_on_a_day_is_what_counted_at_says(read_book: Book) -> None:
    days = {d(2023, m, 1) - timedelta(days=1) for m in range(1, 13)}
    for m in read_book.rows(MEMBERS):  # both sides of every start and end
        start, end = membership(m)
        days |= {x + timedelta(days=k) for x in (start, end) if x for k in (-1, 0, 1)}
    for book in (
        read_book,
        by_hand(read_book, list(reversed(range(len(read_book.rows(MEMBERS)))))),
    ):
        rows = book.rows(MEMBERS)
        for day in sorted(days):
            expected = [i for i, m in enumerate(rows) if counted_at(m, day)]
            assert positions_at(book, day) == expected, day
            assert members_at(book, day) == [rows[i] for i in expected]
            assert official_at(book, day) == [
                rows[i] for i in expected if not on_probation(rows[i], day)
            ]
            assert count_at(book, day) == len(expected)


@pytest.mark.parametrize("period", ["2023-H1", "2023", "2023-Q3"])
def test_figures_and_findings_read_by_column_are_those_read_by_row(
    read_book: Book, period: str
) -> None:
    """The reader's rows and the same rows made by hand (each read with a row's lookups) agree."""
    judged = Period.parse(period)
    hand = by_hand(read_book)
    assert indicators.compute(read_book, judged) == indicators.compute(hand, judged)
    today = d(2024, 3, 1)
    assert check_book(read_book, period=judged, today=today) == check_book(
        hand, period=judged, today=today
    )


def test_badges_due_are_those_badge_years_names(read_book: Book) -> None:
    """The rule passes over members admitted too late for any badge: never one badge_years would
    name."""
    period = Period.parse("2023")
    found = [
        f.cell
        for f in check_book(read_book, period=period, today=d(2024, 1, 1))
        if f.code == "badge-due"
    ]
    due = [
        m.cell("Ngày vào Đảng")
        for m in members_at(read_book, period.end)
        if badge_years(m, 2023) is not None
    ]
    assert found == due and due
    figures = {i.key: i.value for i in indicators.compute(read_book, period)}
    assert figures["members.badge_due"] == len(due)
    at_the_edge = [
        m
        for m in read_book.rows(MEMBERS)
        if m["Ngày vào Đảng"] and m["Ngày vào Đảng"].year == 2023 - 30
    ]
    assert (
        at_the_edge
    )  # admitted exactly 30 years before: the first year a badge is due is in the data


def test_each_member_figure_and_the_rows_it_comes_from(make_book) -> None:
    """Whole: the value and the source rows of every member figure of 2023-H1, official on the
    period's last day (and the day after), religion kept or not, an admission, a confirmation, a
    badge, ratings."""
    people = [  # rows 2..7 of `Đảng viên`
        {"Họ và tên": "An", "Ngày sinh": d(1990, 1, 1), "Ngày vào Đảng": d(2022, 6, 30), "Ngày chính thức": d(2023, 6, 30), "Tôn giáo": "Phật giáo",
         "Xếp loại": "Hoàn thành xuất sắc nhiệm vụ", "Trình độ chuyên môn": "Đại học"},
        {"Họ và tên": "Bình", "Ngày sinh": d(1960, 1, 1), "Ngày vào Đảng": d(2022, 7, 1), "Ngày chính thức": d(2023, 7, 1), "Tôn giáo": "Không",
         "Xếp loại": "Hoàn thành tốt nhiệm vụ", "Lý luận chính trị": "Trung cấp"},
        {"Họ và tên": "Cúc", "Ngày sinh": d(1985, 1, 1), "Ngày vào Đảng": d(1993, 3, 1), "Ngày chính thức": d(1994, 3, 1), "Tôn giáo": "",
         "Xếp loại": "Hoàn thành tốt nhiệm vụ"},
        {"Họ và tên": "Dũng", "Ngày sinh": d(2000, 5, 5), "Ngày vào Đảng": d(2023, 3, 1), "Xếp loại": ""},
        {"Họ và tên": "Em", "Ngày sinh": d(1970, 1, 1), "Ngày vào Đảng": d(2000, 1, 1), "Ngày chính thức": d(2001, 1, 1),
         "Tình trạng": "Chuyển đi", "Ngày thay đổi": d(2023, 2, 1)},
        {"Họ và tên": "Giang", "Ngày sinh": d(1975, 1, 1), "Ngày vào Đảng": d(2010, 1, 1), "Ngày chính thức": d(2011, 1, 1),
         "Tình trạng": "Chuyển đến", "Ngày thay đổi": d(2023, 4, 1), "Xếp loại": "Hoàn thành nhiệm vụ"},
    ]  # fmt: skip
    book, _ = load(make_book({"Chi bộ tự xếp loại": "Hoàn thành tốt nhiệm vụ"}, Đảng_viên=people))
    figures = {
        i.key: (i.value, i.rows)
        for i in indicators.compute(book, Period.parse("2023-H1"))
        if i.key.startswith(("members.", "ratings.", "cell."))
    }
    now = (2, 3, 4, 5, 7)  # Em left in February
    assert figures["members.total"] == (5, now)
    assert figures["members.official"] == (
        3,
        (2, 4, 7),
    )  # An is official on 30/06, the period's last day
    assert figures["members.probationary"] == (2, (3, 5))  # Bình from 01/07, the day after
    assert figures["members.religious"] == (1, (2,))
    assert figures["members.admitted"] == (1, (5,)) and figures["members.confirmed"] == (1, (2,))
    assert figures["members.transferred_in"] == (1, (7,)) and figures[
        "members.transferred_out"
    ] == (1, (6,))
    assert figures["members.badge_due"] == (1, (4,))  # admitted 1993: 30 years in 2023
    assert figures["members.education.dai_hoc"] == (1, (2,)) and figures[
        "members.theory.trung_cap"
    ] == (1, (3,))
    assert figures["members.age.under_31"] == (1, (5,)) and figures["members.age.over_60"] == (
        1,
        (3,),
    )
    assert (
        figures["ratings.xuat_sac"] == (1, (2,))
        and figures["ratings.tot"] == (2, (3, 4))
        and figures["ratings.hoan_thanh"] == (1, (7,))
    )
    assert figures["ratings.tot_tro_len_pct"] == (75.0, (2, 3, 4, 7)) and figures[
        "ratings.xuat_sac_of_tot_pct"
    ] == (50.0, (2, 3, 4, 7))
    row = int("".join(ch for ch in book.info_cells["Chi bộ tự xếp loại"] if ch.isdigit()))
    assert figures["cell.rating"] == ("Hoàn thành tốt nhiệm vụ", (row,)) and row > 1
    empty, _ = load(make_book(Đảng_viên=[]))
    unknown = {
        i.key: i.value
        for i in indicators.compute(empty, Period.parse("2023-H1"))
        if i.key.startswith(("members.", "ratings."))
    }
    assert set(unknown.values()) == {None}, unknown


def test_the_rules_read_by_column_keep_their_edges(make_book) -> None:
    """Official on the day judged is no longer on probation (the day after still is); a member who
    came by transfer was admitted elsewhere, whatever the age; over 60 said with its age; months
    outside move a badge."""
    old = {
        "Ngày sinh": d(1980, 1, 1),
        "Ngày vào Đảng": d(2020, 1, 6),
    }  # probation over since early 2021
    people = [  # rows 2..8
        {"Họ và tên": "Đúng hạn", **old, "Ngày chính thức": d(2023, 6, 30)},
        {"Họ và tên": "Quá hạn", **old, "Ngày chính thức": d(2023, 7, 1)},
        {"Họ và tên": "Trẻ", "Ngày sinh": d(2006, 1, 1), "Ngày vào Đảng": d(2023, 3, 1)},
        {"Họ và tên": "Trẻ chuyển đến", "Ngày sinh": d(2006, 1, 1), "Ngày vào Đảng": d(2023, 3, 1), "Tình trạng": "Chuyển đến", "Ngày thay đổi": d(2023, 5, 1)},
        {"Họ và tên": "Cao tuổi", "Ngày sinh": d(1960, 1, 1), "Ngày vào Đảng": d(2023, 3, 1)},
        {"Họ và tên": "Nghỉ một năm", "Ngày sinh": d(1970, 1, 1), "Ngày vào Đảng": d(1993, 1, 5), "Ngày chính thức": d(1994, 1, 5),
         "Thời gian không sinh hoạt (tháng)": 12},
        {"Họ và tên": "Ba mươi năm", "Ngày sinh": d(1970, 1, 1), "Ngày vào Đảng": d(1993, 1, 5), "Ngày chính thức": d(1994, 1, 5)},
    ]  # fmt: skip
    book, _ = load(make_book(Đảng_viên=people))
    found = check_book(book, period=Period.parse("2023-H1"), today=d(2024, 1, 1))
    said = [
        (f.code, f.cell, f.value, dict(f.args).get("age"), dict(f.args).get("years"))
        for f in found
        if f.sheet == MEMBERS
    ]
    assert said == [
        ("probation-overdue", "H3", "Quá hạn", None, None),
        ("admission-age", "G4", "Trẻ", 17, None),
        ("admission-over-60", "G6", "Cao tuổi", 63, None),
        ("badge-due", "G8", "Ba mươi năm", None, 30),
    ], said


def test_the_dates_of_a_member_in_order_whole(make_book) -> None:
    """Every member's dates looked at, a member with no admission date passed over (not the end of
    the list)."""
    people = [  # rows 2..8
        {"Họ và tên": "Cùng ngày", "Ngày sinh": d(1990, 1, 1), "Ngày vào Đảng": d(1990, 1, 1)},
        {"Họ và tên": "Chưa có ngày vào", "Ngày sinh": d(1990, 1, 1)},
        {"Họ và tên": "Chính thức trước", "Ngày sinh": d(1980, 1, 1), "Ngày vào Đảng": d(2010, 5, 1), "Ngày chính thức": d(2010, 4, 1)},
        {"Họ và tên": "Đi trước khi vào", "Ngày sinh": d(1980, 1, 1), "Ngày vào Đảng": d(2010, 5, 1), "Ngày chính thức": d(2011, 5, 1),
         "Tình trạng": "Chuyển đi", "Ngày thay đổi": d(2010, 1, 1)},
        {"Họ và tên": "Đến sau khi vào", "Ngày sinh": d(1980, 1, 1), "Ngày vào Đảng": d(2010, 5, 1), "Ngày chính thức": d(2011, 5, 1),
         "Tình trạng": "Chuyển đến", "Ngày thay đổi": d(2009, 1, 1)},
        {"Họ và tên": "Sinh trước một ngày", "Ngày sinh": d(1990, 1, 1), "Ngày vào Đảng": d(1990, 1, 2)},
        {"Họ và tên": "Sinh sau", "Ngày sinh": d(1990, 1, 3), "Ngày vào Đảng": d(1990, 1, 2)},
    ]  # fmt: skip
    book, _ = load(make_book(Đảng_viên=people))
    found = [
        (f.cell, f.value, dict(f.args)["what_say"])
        for f in check_book(book)
        if f.code == "date-order" and f.sheet == MEMBERS
    ]
    assert found == [
        ("G2", "01/01/1990", "order.born-after-admitted"),
        ("H4", "01/04/2010", "order.admitted-after-official"),
        ("N5", "01/01/2010", "order.change-before-admission"),
        ("G8", "02/01/1990", "order.born-after-admitted"),
    ], found


def test_a_misspelled_header_fails_and_a_missing_column_reads_empty() -> None:
    row = Row(MEMBERS, 5, {"Họ và tên": "Lê Thị Hoa"}, {"Họ và tên": "B"})
    # "Điểm" is a column of the schema this row lacks (an earlier workbook): it reads empty
    assert (row["Họ và tên"], row["Điểm"], row.cell("Điểm")) == ("Lê Thị Hoa", None, "5")
    for wrong in (lambda: row["Ho va ten"], lambda: row.cell("Họ và tến")):
        with pytest.raises(KeyError):
            wrong()
    book = Book(Path("so.xlsx"), tables={MEMBERS: [row]}, present={MEMBERS})
    assert list(book.column(MEMBERS, "Điểm")) == [None]
    with pytest.raises(KeyError):
        book.has_column(MEMBERS, "Diem")


def test_a_misspelled_info_label_fails_and_a_missing_one_reads_its_default() -> None:
    book = Book(Path("so.xlsx"), info={"Năm": 2023})
    assert (book.info["Năm"], book.info.get("Bí thư", "?"), book.year) == (2023, "?", 2023)
    for wrong in (lambda: book.info.get("Nam"), lambda: book.info["Tên chi bo"]):
        with pytest.raises(KeyError):
            wrong()
