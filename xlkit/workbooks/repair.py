"""`xlkit fix`: a repaired copy of a workbook, every change listed (sheet, cell, before, after).

Repairs what can be repaired without guessing: TCVN3/VNI text to Unicode (by the text, or by its
`.Vn*`/`VNI-*` font), decomposed Unicode to NFC, spaces in names, dates typed as text when the
day and month cannot be confused, numbers typed as text in number columns. A date such as
04/12/1978 could be either; it is listed, never guessed. The copy is re-saved through openpyxl.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from xlkit.guard.files import MARK
from xlkit.read.tables import find_header
from xlkit.read.values import DATE_TEXT
from xlkit.read.workbook import RawSheet
from xlkit.text import amounts
from xlkit.text.amounts import NUMBER_TEXT, number_from_text
from xlkit.text.legacy import from_legacy, looks_legacy
from xlkit.vocab import schema
from xlkit.vocab.columns import Column, Sheet, Type, fold
from xlkit.vocab.words import INFO_SHEET
from xlkit.workbooks.editing import open_for_editing

_NAMES = {"Họ và tên", "Đối tượng", "Người chuẩn bị", "Phụ trách"}


@dataclass(frozen=True)
class Change:
    sheet: str
    cell: str
    before: Any
    after: Any
    why: str  # a catalogue key: fix.legacy, fix.nfc, fix.spaces, fix.date, fix.number


@dataclass
class Repair:
    changes: list[Change] = field(default_factory=list)
    # dates that could be read two ways: listed, not changed
    ambiguous: list[Change] = field(default_factory=list)
    # formulas kept: openpyxl writes them without the values Excel had cached, so the copy's
    # figures are unknown until a spreadsheet program computes them (it does on opening)
    formulas: int = 0


def _legacy_font(cell: Any) -> str | None:
    name = (cell.font.name or "") if cell.font is not None else ""
    if name.startswith(".Vn"):
        return "tcvn3"
    if name.upper().startswith("VNI"):
        return "vni"
    return None


def _text(value: str, header: str, font: str | None) -> tuple[str, str] | None:
    """The repaired text and why, or None when it is fine."""
    text, why = value, ""
    if font and any(0xA0 < ord(ch) <= 0xFF for ch in text):
        text, why = from_legacy(text, font), "fix.legacy"  # the font says which encoding
    elif looks_legacy(text):
        text, why = from_legacy(text), "fix.legacy"
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        text, why = nfc, why or "fix.nfc"
    if header in _NAMES:
        tidy = " ".join(text.split())
        if tidy != text:
            text, why = tidy, why or "fix.spaces"
    return (text, why) if text != value else None


def _date(value: str) -> tuple[datetime | None, bool]:
    """A date typed as text, read where day and month cannot be confused; (None, True) when they
    can."""
    match = DATE_TEXT.match(value)
    if not match:
        return None, False
    first, second, year = (int(g) for g in match.groups())
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first  # 6/20/2003 can only be month first
    elif first == second:
        day = month = first
    else:
        return None, first <= 12 and second <= 12
    try:
        return datetime(year, month, day), False
    except ValueError:
        return None, False


def repair_sheet(sheet: Any, spec: Sheet, result: Repair) -> None:
    """Repair the cells of SHEET (openpyxl) under the columns of SPEC, recording each change."""
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header_index = find_header(RawSheet(sheet.title, rows), spec) if spec.name != INFO_SHEET else 0
    if header_index is None:
        return
    by_fold = {fold(c.header): c for c in spec.columns}
    columns: dict[int, Column] = {}
    for index, value in enumerate(rows[header_index] if rows else []):
        if isinstance(value, str) and fold(value) in by_fold:
            columns[index] = by_fold[fold(value)]
    if spec.name == INFO_SHEET:
        columns = {1: Column("Giá trị")}
    for row in sheet.iter_rows(min_row=header_index + 2):
        for cell in row:
            column = columns.get(cell.column - 1)
            if column is None or not isinstance(cell.value, str) or cell.data_type == "f":
                continue
            _repair_cell(sheet.title, cell, column, result)


def _plain_whole_number(text: str) -> bool:
    """TEXT is a whole number a number cell holds the same: not "02", which the documents print
    as she typed it (a count under ten written with its zero)."""
    if text.strip().startswith("0") and len(text.strip()) > 1:
        return False
    amount = amounts.parse(text)
    return amount is not None and not (
        amount.decimals or amount.percent or amount.qualifier or amount.upper is not None
    )


def _repair_cell(title: str, cell: Any, column: Column, result: Repair) -> None:
    value = cell.value
    if column.type is Type.DATE:
        read, ambiguous = _date(value)
        if read is not None:
            cell.value, cell.number_format = read, "dd/mm/yyyy"
            result.changes.append(
                Change(title, cell.coordinate, value, read.strftime("%d/%m/%Y"), "fix.date")
            )
        elif ambiguous:
            result.ambiguous.append(Change(title, cell.coordinate, value, "", "fix.ambiguous"))
        return
    digits = value.strip().removesuffix("%").strip()  # "98%" in a number column is 98
    if column.type is Type.AMOUNT and not _plain_whole_number(value):
        # "98%", "95,0", "trên 400", "01-02": the form she typed is what the report
        # prints
        return
    if column.type in (Type.NUMBER, Type.INTEGER, Type.AMOUNT) and NUMBER_TEXT.match(digits):
        number = number_from_text(digits)
        cell.value = int(number) if number.is_integer() else number
        result.changes.append(Change(title, cell.coordinate, value, cell.value, "fix.number"))
        return
    font = _legacy_font(cell)
    repaired = _text(value, column.header, font)
    if repaired is None:
        return
    text, why = repaired
    cell.value = text
    cell.data_type = "s"  # text stays text: never a formula, whatever it starts with
    if font:
        from copy import copy

        new_font = copy(cell.font)
        new_font.name = "Times New Roman"
        cell.font = new_font
    result.changes.append(Change(title, cell.coordinate, value, text, why))


def repair_workbook(source: Path, target: Path) -> Repair:
    """Write a repaired copy of SOURCE to TARGET (a temporary path the caller renames); SOURCE is
    only read."""
    book = open_for_editing(source)
    result = Repair()
    by_fold = {fold(s.name): s for s in schema.SHEETS}
    for sheet in book.worksheets:
        spec = by_fold.get(fold(sheet.title))
        if spec is not None:
            repair_sheet(sheet, spec, result)
    result.formulas = sum(
        1
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if c.data_type == "f"
    )
    if result.formulas:
        book.calculation.fullCalcOnLoad = True  # Excel and LibreOffice compute them on opening
    mark(book, "fixed")
    book.save(target)
    return result


def mark(book: Any, role: str) -> None:
    """Carry xlkit's mark as a custom document property (replacing the one of the workbook it
    came from)."""
    from openpyxl.packaging.custom import StringProperty

    properties = book.custom_doc_props
    for existing in [p for p in properties.props if p.name == MARK]:
        properties.props.remove(existing)
    properties.append(StringProperty(name=MARK, value=f"{MARK}-{role}"))
