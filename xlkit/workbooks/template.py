"""The schema -> the standard workbook (xlsxwriter): headers, dropdowns, validation, hints, print
setup.

`write_workbook` writes the blank template; given rows it writes them too (the example workbook
is made this way), each value by its column's type and every string as a string, never a formula.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xlkit.guard.files import MARK, atomic_path
from xlkit.vocab import schema, words
from xlkit.vocab.columns import Column, Sheet, Type, column_letter
from xlkit.vocab.info import INFO
from xlkit.vocab.words import INFO_SHEET, LISTS

DATA_ROWS = 500  # rows that carry validation and formats below the header
DATE_FORMAT = "dd/mm/yyyy"
_DATE_MIN, _DATE_MAX = date(1900, 1, 1), date(2100, 12, 31)


def default_path(year: int) -> Path:
    return Path("workbooks") / f"so-chi-bo-{year}.xlsx"


def write_workbook(
    path: Path,
    *,
    year: int,
    info: Mapping[str, Any] | None = None,
    rows: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
) -> None:
    """Write the standard workbook for YEAR to PATH (atomically); INFO and ROWS fill it in."""
    import xlsxwriter

    info = {"Năm": year, **(info or {})}
    rows = rows or {}
    with atomic_path(path, role="workbook") as temporary:
        book = xlsxwriter.Workbook(
            str(temporary),
            {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        # so xlkit knows its own blank from the user's files
        book.set_custom_property(MARK, f"{MARK}-workbook")
        styles = _Styles(book)
        _write_guide(book, styles, year)
        lists = _ListSheet(book, styles)
        for spec in schema.SHEETS:
            sheet = book.add_worksheet(spec.name)
            if spec.name == INFO_SHEET:
                _write_info(sheet, styles, lists, info)
            else:
                _write_table(sheet, styles, lists, spec, rows.get(spec.name, ()))
        lists.finish()
        book.close()


class _Styles:
    def __init__(self, book: Any) -> None:
        base = {"font_name": "Times New Roman", "font_size": 12, "valign": "top"}
        self.header = book.add_format(
            {
                **base,
                "bold": True,
                "bg_color": "#DDEBF7",
                "border": 1,
                "text_wrap": True,
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.text = book.add_format({**base, "text_wrap": True})
        self.date = book.add_format({**base, "num_format": DATE_FORMAT, "align": "left"})
        self.number = book.add_format({**base})
        self.label = book.add_format({**base, "bold": True})
        self.title = book.add_format({**base, "bold": True, "font_size": 14})


def _print_setup(sheet: Any, landscape: bool) -> None:
    sheet.set_paper(9)  # A4
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.set_margins(left=0.5, right=0.4, top=0.6, bottom=0.6)
    sheet.repeat_rows(0)
    sheet.fit_to_pages(1, 0)
    sheet.freeze_panes(1, 0)


def _hint(column: Column) -> dict[str, str]:
    message = column.help or column.header
    if column.type is Type.DATE and "dd/mm/yyyy" not in message:
        message = f"{message}. Ngày dạng dd/mm/yyyy"
    if column.required:
        message += " (bắt buộc)"
    return {"input_title": column.header[:32], "input_message": message[:255]}


class _ListSheet:
    """The hidden last sheet holding dropdown lists, referenced by range (a typed list caps at
    255 chars)."""

    def __init__(self, book: Any, styles: _Styles) -> None:
        self.book = book
        self.styles = styles
        self.columns: dict[tuple[str, ...], tuple[str, str]] = {}

    def range_for(self, title: str, choices: Sequence[str]) -> str:
        key = tuple(choices)
        if key not in self.columns:
            letter = column_letter(len(self.columns))
            self.columns[key] = (
                title,
                f"='{LISTS}'!${letter}$2:${letter}${len(choices) + 1}",
            )
        return self.columns[key][1]

    def finish(self) -> None:
        sheet = self.book.add_worksheet(LISTS)
        for index, (choices, (title, _)) in enumerate(self.columns.items()):
            sheet.write_string(0, index, title, self.styles.header)
            for offset, choice in enumerate(choices, start=1):
                sheet.write_string(offset, index, choice)
        sheet.hide()


def _validation(column: Column, lists: _ListSheet) -> dict[str, Any] | None:
    hint = _hint(column)
    if column.type is Type.CHOICE:
        shown = column.shown or column.choices
        return {
            "validate": "list",
            "source": lists.range_for(column.header, shown),
            # an open list takes what she types without asking twice
            "error_type": "information" if column.open else "warning",
            **hint,
        }
    if column.type is Type.DATE:
        return {
            "validate": "date",
            "criteria": "between",
            "minimum": _DATE_MIN,
            "maximum": _DATE_MAX,
            "error_type": "warning",
            **hint,
        }
    if column.type is Type.INTEGER:
        low = column.minimum if column.minimum is not None else 0
        high = column.maximum if column.maximum is not None else 1_000_000
        return {
            "validate": "integer",
            "criteria": "between",
            "minimum": int(low),
            "maximum": int(high),
            "error_type": "warning",
            **hint,
        }
    if column.type is Type.NUMBER:
        return {
            "validate": "decimal",
            "criteria": ">=",
            "value": 0,
            "error_type": "warning",
            **hint,
        }
    return {"validate": "any", **hint}


def _write_table(
    sheet: Any,
    styles: _Styles,
    lists: _ListSheet,
    spec: Sheet,
    rows: Sequence[Mapping[str, Any]],
) -> None:
    _print_setup(sheet, spec.landscape)
    for index, column in enumerate(spec.columns):
        style = styles.date if column.type is Type.DATE else styles.text
        sheet.set_column(index, index, column.width, style)
        sheet.write_string(0, index, column.header, styles.header)
        rule = _validation(column, lists)
        if rule:
            sheet.data_validation(1, index, DATA_ROWS, index, rule)
    sheet.set_row(0, 32)
    for offset, record in enumerate(rows, start=1):
        for index, column in enumerate(spec.columns):
            write_cell(sheet, offset, index, record.get(column.header), styles)


def write_cell(sheet: Any, row: int, col: int, value: Any, styles: _Styles) -> None:
    """Write VALUE by its Python type; a string is always written as a string."""
    if value is None or value == "":
        return
    if isinstance(value, (date, datetime)):
        moment = (
            value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
        )
        sheet.write_datetime(row, col, moment, styles.date)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value, styles.number)
    else:
        sheet.write_string(row, col, str(value), styles.text)


def _write_info(sheet: Any, styles: _Styles, lists: _ListSheet, info: Mapping[str, Any]) -> None:
    spec = schema.BY_NAME[INFO_SHEET]
    _print_setup(sheet, False)
    for index, column in enumerate(spec.columns):
        sheet.set_column(index, index, column.width, styles.text)
        sheet.write_string(0, index, column.header, styles.header)
    for row, item in enumerate(INFO, start=1):
        sheet.write_string(row, 0, item.label, styles.label)
        value = info.get(item.label)
        if isinstance(value, (list, tuple)):
            value = "\n".join(value)
        write_cell(sheet, row, 1, value, styles)
        hint: dict[str, Any] = {
            "input_title": item.label[:32],
            "input_message": (item.help + (" (bắt buộc)" if item.required else ""))[:255],
        }
        if item.choices:
            rule = {
                "validate": "list",
                "source": lists.range_for(item.label, item.choices),
                "error_type": "warning",
                **hint,
            }
        elif item.label == "Năm":
            rule = {
                "validate": "integer",
                "criteria": "between",
                "minimum": schema.FIRST_YEAR,
                "maximum": schema.LAST_YEAR,
                **hint,
            }
        else:
            rule = {"validate": "any", **hint}
        sheet.data_validation(row, 1, row, 1, rule)


# The `Hướng dẫn` sheet: (kind, first column, second column); {year} is the workbook's year.
GUIDE: tuple[tuple[str, str, str], ...] = (
    ("title", "HƯỚNG DẪN GHI SỔ CHI BỘ NĂM {year}", ""),
    (
        "text",
        "Sổ này dùng cho một chi bộ trong một năm. Ghi đúng tên trang và tên cột; có thể thêm "
        "trang, thêm cột riêng (xlkit bỏ qua).",
        "",
    ),
    (
        "step",
        "1. Ghi sổ",
        "Điền từng trang theo hướng dẫn dưới đây. Ô có danh sách thả xuống thì chọn trong danh "
        "sách; ngày ghi dạng dd/mm/yyyy.",
    ),
    (
        "step",
        "2. Kiểm tra",
        "Mở cửa sổ lệnh (Windows: Command Prompt; xem README) tại thư mục chứa sổ và gõ: xlkit "
        "check — mỗi lỗi kèm trang, ô và cách sửa.",
    ),
    (
        "step",
        "3. Báo cáo",
        "Gõ: xlkit report {year}-H1 (6 tháng đầu năm), {year}-H2, hoặc {year} (cả năm); thêm -o "
        "bao-cao.docx để có tệp Word.",
    ),
    (
        "step",
        "4. Gửi",
        "Gõ: xlkit pack {year}-H1 để đóng gói sổ và báo cáo, rồi xlkit mail {year}-H1 --to <địa "
        "chỉ> để gửi cấp ủy cấp trên.",
    ),
    (
        "step",
        "5. Kế hoạch",
        "Gõ: xlkit plan {year} (kế hoạch hoạt động năm); thêm --kind nhiem-vu, chuyen-de hoặc "
        "toan-khoa cho các kế hoạch khác. "
        "Lời văn ghi ở trang Nội dung báo cáo với Kỳ KH-{year}, NV-{year}, CD-{year} hoặc CT.",
    ),
    (
        "step",
        "6. Năm mới",
        "Cuối năm, gõ: xlkit new --from <sổ năm {year}> để tạo sổ năm sau, mang sang đảng viên, "
        "chỉ tiêu và chương trình toàn khóa.",
    ),
)


def _write_guide(book: Any, styles: _Styles, year: int) -> None:
    sheet = book.add_worksheet(words.GUIDE)
    sheet.set_paper(9)
    sheet.set_column(0, 0, 24, styles.label)
    sheet.set_column(1, 1, 100, styles.text)
    row = 0
    for kind, first_text, second_text in GUIDE:
        first, second = first_text.format(year=year), second_text.format(year=year)
        if kind == "title":
            sheet.write_string(row, 0, first, styles.title)
        elif kind == "text":
            sheet.write_string(row, 0, first, styles.text)
        else:
            sheet.write_string(row, 0, first, styles.label)
            sheet.write_string(row, 1, second, styles.text)
        row += 1
    row += 1
    for spec in schema.SHEETS:
        sheet.write_string(row, 0, spec.name, styles.label)
        required = [c.header for c in spec.columns if c.required]
        needed = f" Cột bắt buộc: {', '.join(required)}." if required else ""
        sheet.write_string(row, 1, f"{spec.help}{needed}", styles.text)
        row += 1
