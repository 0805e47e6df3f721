"""`Biểu đồ`, the first sheet of `chi-so-<kỳ>.xlsx`: what a secretary would rather look at than
read. Attendance month by month, members by kind, by training and by political theory, and each
target's result against its plan, as charts native to the workbook (Excel and LibreOffice draw
them from the small table beside each, so the figures stay visible and printable).

A block without figures (no meeting yet, no target with a plan) says so in words: no empty chart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from xlkit.compute.months import MonthAttendance
from xlkit.read.records import Book
from xlkit.vocab import words

SHEET = "Biểu đồ"
PER_PAGE = 2
BLOCK_ROWS = 18  # a chart of 288 px, its title and a row of air
CHART_COLUMN = 4  # E: the tables take A-C
COLOURS = ("#4472C4", "#ED7D31")
NO_FIGURES = "Chưa có số liệu để vẽ."
KINDS = (
    ("members.official", "Chính thức"),
    ("members.probationary", "Dự bị"),
    ("members.women", "Nữ"),
    ("members.ethnic_minority", "Dân tộc thiểu số"),
    ("members.religious", "Có tôn giáo"),
)
TARGET_LABEL_MOST = 40  # a target's words beside its bar, cut to stay readable


@dataclass(frozen=True)
class Block:
    """One chart and the table it is drawn from: categories in A, one series per later column."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    kind: str = "column"  # xlsxwriter's chart type
    percent: bool = False  # an axis of 0-100 %


def blocks(values: Mapping[str, Any], book: Book, months: Sequence[MonthAttendance]) -> list[Block]:
    """The blocks of the sheet, from the period's indicators (VALUES by key) and its months."""
    attendance = tuple(
        (f"Tháng {m.month}", None if m.pct is None else round(m.pct, 1), m.meetings)
        for m in months
        if m.meetings or m.pct is not None
    )
    out = [
        Block(
            "Tỷ lệ đảng viên dự sinh hoạt theo tháng (%)",
            ("Tháng", "Tỷ lệ dự (%)", "Số buổi"),
            attendance if any(a[1] is not None for a in attendance) else (),
            percent=True,
        ),
        _counts(values, "Đảng viên theo loại", "Loại", tuple(KINDS)),
        _counts(
            values,
            "Đảng viên theo trình độ chuyên môn",
            "Trình độ",
            tuple((f"members.education.{k}", v) for k, v in words.EDUCATION_LEVELS.items()),
        ),
        _counts(
            values,
            "Đảng viên theo trình độ lý luận chính trị",
            "Lý luận chính trị",
            tuple((f"members.theory.{k}", v) for k, v in words.THEORY_LEVELS.items()),
        ),
    ]
    targets = []
    for t in book.rows(words.TARGETS):
        code, pct = t["Mã"], values.get(f"target.{t['Mã']}.pct")
        if code and isinstance(pct, (int, float)):
            label = f"{code}. {t['Nội dung'] or ''}".strip(". ")
            if len(label) > TARGET_LABEL_MOST:
                label = label[: TARGET_LABEL_MOST - 1].rstrip() + "…"
            targets.append((label, 100, round(pct, 1)))
    out.append(
        Block(
            "Chỉ tiêu: kế hoạch và thực hiện (% so với kế hoạch)",
            ("Chỉ tiêu", "Kế hoạch (%)", "Thực hiện (%)"),
            tuple(targets),
            kind="bar",
        )
    )
    return out


def _counts(
    values: Mapping[str, Any], title: str, header: str, keys: tuple[tuple[str, str], ...]
) -> Block:
    rows = tuple((label, values.get(key)) for key, label in keys)
    known = all(isinstance(v, int) for _, v in rows) and any(v for _, v in rows)
    return Block(title, (header, "Số đảng viên"), rows if known else ())


def write_chart_sheet(
    workbook: Any, styles: Mapping[str, Any], title: str, drawn: Sequence[Block]
) -> Any:
    """Add the `Biểu đồ` sheet to WORKBOOK (xlsxwriter), one block under another."""
    sheet = workbook.add_worksheet(SHEET)
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.set_column(0, 0, 40)
    sheet.set_column(1, 2, 13)
    sheet.write_string(0, 0, title, styles["title"])
    top, breaks = 2, []
    for index, block in enumerate(drawn):
        if index and index % PER_PAGE == 0:
            breaks.append(top)  # two blocks a page: a chart is never cut by the page's end
        sheet.write_string(top, 0, block.title, styles["heading"])
        if not block.rows:
            sheet.write_string(top + 1, 0, NO_FIGURES, styles["text"])
            top += 4
            continue
        first, last = top + 2, top + 1 + len(block.rows)
        for col, header in enumerate(block.headers):
            sheet.write_string(top + 1, col, header, styles["header"])
        for r, row in enumerate(block.rows, start=first):
            for c, value in enumerate(row):
                if value is None:
                    sheet.write_blank(r, c, None, styles["text"])
                elif isinstance(value, (int, float)):
                    sheet.write_number(r, c, value, styles["number"])
                else:  # one line: a wrapped label would paint over the row below
                    sheet.write_string(r, c, str(value), styles["line"])
        chart = workbook.add_chart({"type": block.kind})
        series = 1 if block.percent else len(block.headers) - 1
        for s in range(1, series + 1):
            chart.add_series(
                {
                    "name": [SHEET, top + 1, s],
                    "categories": [SHEET, first, 0, last, 0],
                    "values": [SHEET, first, s, last, s],
                    "fill": {"color": COLOURS[(s - 1) % len(COLOURS)]},
                    "data_labels": {"value": True, "num_format": "0.#"},
                    "gap": 60,
                }
            )
        chart.set_title({"name": block.title, "name_font": {"size": 12, "bold": True}})
        value_axis: dict[str, Any] = {"min": 0, "max": 100} if block.percent else {"min": 0}
        value_axis |= {"major_gridlines": {"visible": True}}
        if block.kind == "bar":  # bars are drawn bottom-up: reversed, the first target is on top
            chart.set_x_axis(value_axis)
            chart.set_y_axis({"reverse": True})
        else:
            chart.set_y_axis(value_axis)
        chart.set_legend({"position": "bottom"} if series > 1 else {"none": True})
        # a bar per target: the chart grows with them, and the next block starts below it
        height = max(300, 70 + 26 * len(block.rows)) if block.kind == "bar" else 300
        chart.set_size({"width": 620, "height": height})
        sheet.insert_chart(top + 1, CHART_COLUMN, chart)
        top += max(BLOCK_ROWS, len(block.rows) + 4, math.ceil(height / 20) + 2)
    sheet.set_h_pagebreaks(breaks)
    return sheet
