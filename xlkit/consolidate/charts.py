"""`Biểu đồ`: what a committee would rather look at than read, as charts native to the workbook
(Excel and LibreOffice draw them from the cells, so a corrected figure redraws its bar).

Who sent and who did not (a pie of the statuses); and, cell by cell from `Tổng hợp`, members,
attendance and ratings. Past `PER_CELL_MOST` cells a bar per cell no longer reads: the cells are
then counted by band of members and of attendance, and the ratings summed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from xlkit.consolidate.headers import CHARTS, SUMMARY
from xlkit.consolidate.overview import FIRST_ROW, Column
from xlkit.consolidate.rows import STATUS_LINES, status_words
from xlkit.consolidate.styles import STATUS_FILLS
from xlkit.vocab.words import RATING_KEYS

if TYPE_CHECKING:
    from xlkit.consolidate.run import RolledUp
    from xlkit.consolidate.styles import Styles

PER_CELL_MOST = 60
BAR_PX, CHART_PX, WIDTH_PX = 18, 300, 760
MEMBER_BANDS = ((1, 9), (10, 19), (20, 29), (30, 49), (50, None))
ATTENDANCE_BANDS = ((0, 70), (70, 80), (80, 90), (90, 95), (95, None))
RATING_COLOURS = ("#2E7D32", "#4472C4", "#FFC000", "#C00000")


def _anchor(row: int) -> str:
    return f"D{row + 1}"


def write_charts(book: Any, sheet: Any, styles: Styles, rolled: RolledUp, chosen: Sequence[Column]):
    """The charts, each beside the small table it is drawn from (or over `Tổng hợp`'s columns)."""
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 10)
    sheet.set_column(2, 2, 2)
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.write(0, 0, "BIỂU ĐỒ TỔNG HỢP " + rolled.period.label().upper(), styles.heading)
    table_row, chart_row = 2, 2
    statuses = Counter(r.status for r in rolled.rows)
    present = [s for s in STATUS_LINES if statuses[s]]
    sheet.write_row(table_row, 0, ["Tình trạng", "Số chi bộ"], styles.header)
    for i, status in enumerate(present, start=1):
        sheet.write(table_row + i, 0, status_words(status), styles.text)
        sheet.write(table_row + i, 1, statuses[status], styles.count)
    pie = book.add_chart({"type": "pie"})
    pie.add_series(
        {
            "name": "Tình hình gửi báo cáo",
            "categories": [CHARTS, table_row + 1, 0, table_row + len(present), 0],
            "values": [CHARTS, table_row + 1, 1, table_row + len(present), 1],
            "points": [{"fill": {"color": STATUS_FILLS[s]}} for s in present],
            "data_labels": {"value": True, "percentage": True, "separator": "\n"},
        }
    )
    pie.set_title({"name": "Chi bộ đã gửi và chưa gửi"})
    sheet.insert_chart(_anchor(chart_row), pie, {"x_scale": 1.3, "y_scale": 1.1})
    chart_row += 18
    table_row = max(table_row + len(present) + 2, chart_row)
    cells = len(rolled.rows)
    if cells <= PER_CELL_MOST:
        _per_cell(book, sheet, rolled, chosen, chart_row)
    else:
        _bands(book, sheet, styles, rolled, table_row)


def _where(chosen: Sequence[Column], what: str) -> int | None:
    return next((i for i, c in enumerate(chosen) if c.what == what), None)


def _per_cell(
    book: Any, sheet: Any, rolled: RolledUp, chosen: Sequence[Column], chart_row: int
) -> None:
    first, last = FIRST_ROW, FIRST_ROW + len(rolled.rows) - 1
    names = [SUMMARY, first, _where(chosen, "name"), last, _where(chosen, "name")]
    height = max(CHART_PX, 90 + BAR_PX * len(rolled.rows))

    def bars(
        title: str, series: list[tuple[str, str, str]], stacked: bool = False, share: bool = False
    ) -> None:
        nonlocal chart_row
        chart = book.add_chart({"type": "bar", **({"subtype": "stacked"} if stacked else {})})
        for name, what, colour in series:
            column = _where(chosen, what)
            chart.add_series(
                {
                    "name": name,
                    "categories": names,
                    "values": [SUMMARY, first, column, last, column],
                    "fill": {"color": colour},
                    "data_labels": {} if stacked else {"value": True},
                }
            )
        chart.set_title({"name": title})
        # a bar chart's categories are its y axis: the cells top to bottom, as in the table, each
        # named
        chart.set_y_axis({"reverse": True, "interval_unit": 1})
        if share:
            chart.set_x_axis({"min": 0, "max": 1, "num_format": "0%"})
        chart.set_legend({"position": "bottom"} if len(series) > 1 else {"none": True})
        chart.set_size({"width": WIDTH_PX, "height": height})
        sheet.insert_chart(_anchor(chart_row), chart)
        chart_row += height // 20 + 2

    bars("Số đảng viên của từng chi bộ", [("Tổng số đảng viên", "members.total", "#4472C4")])
    bars(
        "Tỷ lệ đảng viên dự sinh hoạt",
        [("Tỷ lệ dự sinh hoạt", "meetings.attendance_pct", "#70AD47")],
        share=True,
    )
    ratings = [
        (label, f"ratings.{k}", colour)
        for (k, _), label, colour in zip(
            RATING_KEYS.items(), ("HTXSNV", "HTTNV", "HTNV", "KHTNV"), RATING_COLOURS, strict=False
        )
    ]
    bars("Xếp loại đảng viên của từng chi bộ", ratings, stacked=True)


def _band_label(low: float, high: float | None, unit: str) -> str:
    if high is None:
        return f"Từ {low:g}{unit} trở lên"
    return f"Từ {low:g} đến dưới {high:g}{unit}" if unit else f"Từ {low:g} đến {high:g}"


def _bands(book: Any, sheet: Any, styles: Styles, rolled: RolledUp, row: int) -> None:
    counted = [r for r in rolled.rows if r.counted]
    members = [r.values.get("members.total") for r in counted]
    attendance = [r.values.get("meetings.attendance_pct") for r in counted]
    member_counts = [
        sum(1 for m in members if m is not None and m >= low and (high is None or m <= high))
        for low, high in MEMBER_BANDS
    ]
    attendance_counts = [
        sum(1 for a in attendance if a is not None and a >= low and (high is None or a < high))
        for low, high in ATTENDANCE_BANDS
    ]
    totals = rolled.totals
    tables = (
        (
            "Số chi bộ theo số đảng viên",
            "Số đảng viên",
            [_band_label(lo, hi, "") for lo, hi in MEMBER_BANDS],
            member_counts,
            "column",
        ),
        (
            "Số chi bộ theo tỷ lệ đảng viên dự sinh hoạt",
            "Tỷ lệ dự",
            [_band_label(lo, hi, "%") for lo, hi in ATTENDANCE_BANDS],
            attendance_counts,
            "column",
        ),
        (
            "Xếp loại đảng viên (cộng các chi bộ)",
            "Xếp loại",
            [v for k, v in RATING_KEYS.items() if k != "chua_xep_loai"],
            [totals.get(f"ratings.{k}") for k in RATING_KEYS if k != "chua_xep_loai"],
            "pie",
        ),
    )
    for title, header, labels, values, kind in tables:
        sheet.write_row(row, 0, [header, "Số lượng"], styles.header)
        for i, (label, value) in enumerate(zip(labels, values, strict=True), start=1):
            sheet.write(row + i, 0, label, styles.text)
            sheet.write(row + i, 1, value, styles.count)
        chart = book.add_chart({"type": kind})
        chart.add_series(
            {
                "name": title,
                "categories": [CHARTS, row + 1, 0, row + len(labels), 0],
                "values": [CHARTS, row + 1, 1, row + len(labels), 1],
                "data_labels": {"value": True},
                **(
                    {"points": [{"fill": {"color": c}} for c in RATING_COLOURS]}
                    if kind == "pie"
                    else {}
                ),
            }
        )
        chart.set_title({"name": title})
        chart.set_legend({"none": True} if kind == "column" else {"position": "right"})
        sheet.insert_chart(_anchor(row), chart, {"x_scale": 1.3, "y_scale": 1.1})
        row += 18
