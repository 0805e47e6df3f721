"""`chi-so-<period>.xlsx`: the period drawn (`Biểu đồ`, first), then the indicators, the
targets and the unit's figures as formatted tables.

Written with xlsxwriter; every string from the workbook is written as a string (a name such as
`=HYPERLINK(...)` or `+84...` stays text), numbers as numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from xlkit.compute.collector import Indicator
from xlkit.compute.months import attendance_by_month
from xlkit.guard.files import MARK
from xlkit.read.records import Book
from xlkit.render.indicator_table import source_text
from xlkit.vocab.periods import Period
from xlkit.vocab.words import FIGURES, TARGETS
from xlkit.workbooks.indicator_charts import blocks, write_chart_sheet

# named as in the workbook
SHEET_INDICATORS, SHEET_TARGETS, SHEET_FIGURES = (
    "Chỉ số",
    TARGETS,
    FIGURES,
)


def write_indicator_workbook(
    path: Path, *, book: Book, period: Period, items: list[Indicator], lang: str = "vi"
) -> None:
    import xlsxwriter

    values = {i.key: i.value for i in items}
    workbook = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    workbook.set_custom_property(MARK, f"{MARK}-indicators")
    base = {"font_name": "Times New Roman", "font_size": 12}
    styles = {
        "title": workbook.add_format({**base, "bold": True, "font_size": 14}),
        "text": workbook.add_format({**base, "text_wrap": True, "valign": "top"}),
        "number": workbook.add_format({**base, "num_format": "#,##0.##"}),
        "percent": workbook.add_format({**base, "num_format": "0.0"}),
        "heading": workbook.add_format({**base, "bold": True}),
        "line": workbook.add_format(base),
        "header": workbook.add_format(
            {**base, "bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True}
        ),
    }
    title = f"{book.info.get('Tên chi bộ', '')} — {period.label(lang)}"
    drawn = blocks(values, book, attendance_by_month(book, period))
    write_chart_sheet(workbook, styles, title, drawn)

    def table(
        name: str,
        headers: list[str],
        rows: list[list[Any]],
        widths: list[int],
        percent_columns: tuple[int, ...] = (),
    ) -> None:
        sheet = workbook.add_worksheet(name)
        sheet.write_string(0, 0, title, styles["title"])
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row):
                _write(
                    sheet,
                    r,
                    c,
                    value,
                    styles["percent"] if c in percent_columns else styles["number"],
                    styles["text"],
                )
        last = max(len(rows), 1) + 1
        sheet.add_table(
            1,
            0,
            last,
            len(headers) - 1,
            {
                "columns": [{"header": h} for h in headers],
                "style": "Table Style Medium 2",
                "autofilter": False,
            },
        )
        sheet.freeze_panes(2, 0)
        sheet.set_paper(9)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(1)

    table(
        SHEET_INDICATORS,
        ["Mã chỉ số", "Chỉ số", "Giá trị", "Nguồn"],
        [[i.key, i.label(lang), i.value, source_text(i)] for i in items],
        [34, 48, 12, 30],
    )
    target_rows = []
    for t in book.rows(TARGETS):
        code = t["Mã"]
        if code:
            target_rows.append(
                [
                    code,
                    t["Nội dung"],
                    t["Đơn vị tính"],
                    values.get(f"target.{code}.plan"),
                    values.get(f"target.{code}.actual"),
                    values.get(f"target.{code}.pct"),
                    values.get(f"target.{code}.status"),
                ]
            )
    table(
        SHEET_TARGETS,
        ["Mã", "Nội dung", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Đánh giá"],
        target_rows,
        [8, 44, 10, 11, 11, 10, 11],
        (5,),
    )
    figure_rows = []
    for f in book.rows(FIGURES):
        if f["Kỳ"] is not None and f["Kỳ"].figures_for(period) and f["Mã"]:
            code = f["Mã"]
            figure_rows.append(
                [
                    code,
                    f["Nội dung"],
                    f["Số đạt"],
                    f["Tổng số"],
                    values.get(f"figure.{code}.pct"),
                    f["Đơn vị tính"],
                ]
            )
    table(
        SHEET_FIGURES,
        ["Mã", "Nội dung", "Số đạt", "Tổng số", "Tỷ lệ (%)", "Đơn vị tính"],
        figure_rows,
        [8, 44, 10, 10, 10, 12],
        (4,),
    )
    workbook.close()


def _write(sheet: Any, row: int, col: int, value: Any, number_style: Any, text_style: Any) -> None:
    if value is None:
        sheet.write_blank(row, col, None, text_style)
    elif isinstance(value, bool):
        sheet.write_string(row, col, str(value), text_style)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value, number_style)
    else:
        sheet.write_string(row, col, str(value), text_style)
