"""Checks between cells and sheets (rules.md, "Between cells and sheets")."""

from __future__ import annotations

from collections.abc import Iterator

from xlkit.compute.indicators import Computed
from xlkit.compute.membership import count_at
from xlkit.messages.findings import Finding, finding
from xlkit.read.records import Book
from xlkit.vocab.columns import fold, fold_typed
from xlkit.vocab.periods import Kind, Period
from xlkit.vocab.sections import SECTIONS_NEEDED
from xlkit.vocab.words import (
    AWARDS,
    CELL_SELF,
    DEVELOPMENT,
    FIGURES,
    INFO_SHEET,
    INSPECTIONS,
    MEETINGS,
    MEMBERS,
    PROSE,
    STATUS_IN,
    STATUSES_NEEDING_DATE,
    TARGETS,
)


def date_order(book: Book, computed: Computed) -> Iterator[Finding]:
    sheet, rows = MEMBERS, book.rows(MEMBERS)
    columns = (
        book.column(sheet, h)
        for h in ("Ngày sinh", "Ngày vào Đảng", "Ngày chính thức", "Ngày thay đổi", "Tình trạng")
    )
    for m, born, admitted, official, change, status in zip(rows, *columns, strict=True):
        if not admitted:
            continue
        if born and born >= admitted:
            yield finding(
                "date-order",
                sheet,
                m.cell("Ngày vào Đảng"),
                admitted,
                what_say="order.born-after-admitted",
            )
        if official and admitted > official:
            yield finding(
                "date-order",
                sheet,
                m.cell("Ngày chính thức"),
                official,
                what_say="order.admitted-after-official",
            )
        if change and change < admitted and status != STATUS_IN:
            yield finding(
                "date-order",
                sheet,
                m.cell("Ngày thay đổi"),
                change,
                what_say="order.change-before-admission",
            )
    steps = ("Ngày sinh", "Ngày học lớp nhận thức", "Ngày hoàn thiện hồ sơ", "Ngày kết nạp")
    for r in book.rows(DEVELOPMENT):
        dated = [(h, r[h]) for h in steps if r[h] is not None]
        for (_, before), (header, after) in zip(dated, dated[1:], strict=False):
            if after < before:
                yield finding(
                    "date-order",
                    DEVELOPMENT,
                    r.cell(header),
                    after,
                    what_say="order.pipeline",
                )
                break


def dates_in_year(book: Book, computed: Computed) -> Iterator[Finding]:
    year = book.year
    if year is None:
        return
    for sheet in (MEETINGS, INSPECTIONS, AWARDS):
        for r in book.rows(sheet):
            day = r["Ngày"]
            if day is not None and day.year != year:
                yield finding("date-outside-year", sheet, r.cell("Ngày"), day, year=year)
    for sheet in (FIGURES, AWARDS, PROSE):
        for r in book.rows(sheet):
            period = r["Kỳ"]
            if (
                isinstance(period, Period)
                and period.year != year
                and not (period.kind is Kind.SCHOOL_YEAR and period.year == year + 1)
            ):
                # a school year is of the workbook's year when it closes in it or starts in it
                yield finding(
                    "period-outside-year", sheet, r.cell("Kỳ"), r.raw.get("Kỳ"), year=year
                )
            elif (
                isinstance(period, str)
                and period[-4:].isdigit()
                and int(period[-4:]) not in (year, year + 1)
            ):
                # a plan key (KH-2024) may be written in the year before it runs
                yield finding("period-outside-year", sheet, r.cell("Kỳ"), period, year=year)


def names_known(book: Book, computed: Computed) -> Iterator[Finding]:
    if not book.has_data(MEMBERS) or not (book.has_data(INSPECTIONS) or book.has_data(DEVELOPMENT)):
        return
    members = {fold_typed(name) for name in book.column(MEMBERS, "Họ và tên") if name}
    for r in book.rows(INSPECTIONS):
        who = r["Đối tượng"]
        if who and fold(who) not in members and fold(who) != fold(CELL_SELF):
            yield finding("member-unknown", INSPECTIONS, r.cell("Đối tượng"), who)
    for r in book.rows(DEVELOPMENT):
        if r["Ngày kết nạp"] is not None and r["Họ và tên"] and fold(r["Họ và tên"]) not in members:
            yield finding("admitted-not-member", DEVELOPMENT, r.cell("Họ và tên"), r["Họ và tên"])


def attendance(book: Book, computed: Computed) -> Iterator[Finding]:
    if not book.has_data(MEMBERS):
        return
    for r in book.rows(MEETINGS):
        if r["Ngày"] is None or r["Có mặt"] is None:
            continue
        counted = r["Có mặt"] + r.get("Vắng có lý do", 0) + r.get("Vắng không lý do", 0)
        members = count_at(book, r["Ngày"])
        if counted > members:
            yield finding(
                "attendance-too-high",
                MEETINGS,
                r.cell("Có mặt"),
                r["Có mặt"],
                counted=counted,
                members=members,
            )


def status_dates(book: Book, computed: Computed) -> Iterator[Finding]:
    columns = (book.column(MEMBERS, h) for h in ("Tình trạng", "Ngày thay đổi"))
    for m, status, change in zip(book.rows(MEMBERS), *columns, strict=True):
        if status in STATUSES_NEEDING_DATE and change is None and not m.raw.get("Ngày thay đổi"):
            yield finding(
                "status-date-missing", MEMBERS, m.cell("Ngày thay đổi"), "", status=status
            )


def computed_targets(book: Book, computed: Computed) -> Iterator[Finding]:
    year = book.year
    if year is None:
        return
    periods = {
        "Thực hiện 6 tháng đầu": Period(year, Kind.HALF, 1),
        "Thực hiện cả năm": Period(year, Kind.YEAR),
    }
    for t in book.rows(TARGETS):
        key = t["Nguồn số liệu"]
        if not key:
            continue
        for header, period in periods.items():
            typed = t[header]
            if typed is None:
                continue
            value = computed.values(period).get(key)
            if value is not None and abs(float(value) - float(typed)) > 1e-6:
                shown = round(value, 1) if isinstance(value, float) else value
                yield finding(
                    "target-computed-mismatch",
                    TARGETS,
                    t.cell(header),
                    typed,
                    computed=shown,
                    key=key,
                )


def figures(book: Book, computed: Computed) -> Iterator[Finding]:
    for r in book.rows(FIGURES):
        if r["Số đạt"] is not None and r["Tổng số"] is not None and r["Số đạt"] > r["Tổng số"]:
            yield finding(
                "result-above-total",
                FIGURES,
                r.cell("Số đạt"),
                r["Số đạt"],
                total=r.raw.get("Tổng số"),
            )


def sections(book: Book, period: Period) -> Iterator[Finding]:
    """Sections of PERIOD's report that have no prose row."""
    written = {r["Mục"] for r in book.rows(PROSE) if r["Kỳ"] == period}
    for section in SECTIONS_NEEDED["report"]:
        if section not in written:
            yield finding("section-empty", PROSE, "B", "", section=section, period=str(period))


def recipients(book: Book, computed: Computed) -> Iterator[Finding]:
    """`Nơi nhận` given without its `Lưu …` line, which the layout's closing block needs."""
    given = book.info.get("Nơi nhận")
    if given and not any(fold(line).lstrip("- ").startswith("lưu") for line in given):
        yield finding(
            "recipients-no-archive",
            INFO_SHEET,
            book.info_cells.get("Nơi nhận", "B"),
            "\n".join(given),
        )


CHECKS = (
    date_order,
    dates_in_year,
    names_known,
    attendance,
    status_dates,
    computed_targets,
    figures,
    recipients,
)
