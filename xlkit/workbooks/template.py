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
from xlkit.vocab import schema
from xlkit.vocab.columns import Column, Sheet, Type, column_letter
from xlkit.vocab.info import INFO
from xlkit.vocab.words import INFO_SHEET, LISTS
from xlkit.workbooks.formats import Styles
from xlkit.workbooks.guide import write_guide

DATA_ROWS = 500  # rows that carry validation and formats below the header
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
        styles = Styles(book)
        write_guide(book, styles, year)
        lists = _ListSheet(book, styles)
        for spec in schema.SHEETS:
            sheet = book.add_worksheet(spec.name)
            if spec.name == INFO_SHEET:
                _write_info(sheet, styles, lists, info)
            else:
                _write_table(sheet, styles, lists, spec, rows.get(spec.name, ()))
        lists.finish()
        book.close()


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
    return {"input_title": column.input_title, "input_message": message[:255]}


class _ListSheet:
    """The hidden last sheet holding dropdown lists, referenced by range (a typed list caps at
    255 chars)."""

    def __init__(self, book: Any, styles: Styles) -> None:
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
    styles: Styles,
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


def write_cell(sheet: Any, row: int, col: int, value: Any, styles: Styles) -> None:
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


def _write_info(sheet: Any, styles: Styles, lists: _ListSheet, info: Mapping[str, Any]) -> None:
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
            "input_title": item.label,
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
