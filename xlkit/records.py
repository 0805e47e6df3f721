"""Raw sheets -> typed records that remember their sheet and cell, plus the findings of typing.

Headers are found by name, the tolerant way people write them; every value is typed by its column
of the schema. A cell that cannot be typed becomes None in the record and a finding in the list.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xlkit import amounts, schema
from xlkit.amounts import number_from_text
from xlkit.findings import Finding, finding
from xlkit.legacy_text import from_legacy, looks_legacy
from xlkit.periods import ACCEPTED, ACCEPTED_WITH_SCHOOL_YEAR, Period, PeriodError
from xlkit.schema import Column, Type, column_letter, fold
from xlkit.workbook import RawBook, RawSheet

HEADER_SEARCH_ROWS = 10
_NONE: frozenset[str] = frozenset()
DATE_TEXT = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
NUMBER_TEXT = re.compile(r"^\s*[+-]?(\d{1,3}(\.\d{3})+|\d+)([.,]\d+)?\s*$")
_DOC_KEY = re.compile(r"^(KH|NV|CD)-(\d{4})$|^CT$", re.IGNORECASE)
_NAME_COLUMNS = {"Họ và tên", "Đối tượng", "Bí thư"}


@dataclass(frozen=True)
class Row:
    sheet: str
    number: int
    values: dict[str, Any]
    letters: dict[str, str]  # header -> column letter, one map shared by the sheet's rows (memory: 200,000 rows)
    raw: dict[str, Any] = field(default_factory=dict)
    # headers whose cell holds something that could not be read (a bad date, a formula never computed):
    # the value is unknown, not absent, and rules that need it stand aside for this row
    unknown: frozenset[str] = frozenset()

    def __getitem__(self, header: str) -> Any:
        return self.values.get(header)

    def get(self, header: str, default: Any = None) -> Any:
        value = self.values.get(header)
        return default if value is None else value

    def cell(self, header: str) -> str:
        letter = self.letters.get(header)
        return f"{letter}{self.number}" if letter else str(self.number)

    def known(self, *headers: str) -> bool:
        """Whether none of HEADERS holds an unreadable value."""
        return not self.unknown.intersection(headers)


@dataclass
class Book:
    path: Path
    info: dict[str, Any] = field(default_factory=dict)
    info_cells: dict[str, str] = field(default_factory=dict)
    info_raw: dict[str, str] = field(default_factory=dict)  # the text of each `Thông tin` value as typed
    tables: dict[str, list[Row]] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)
    missing: dict[str, set[str]] = field(default_factory=dict)  # sheet -> columns it lacks
    # what stages of one command compute from the rows more than once (who counts on a day)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def year(self) -> int | None:
        year = self.info.get("Năm")
        return year if isinstance(year, int) else None

    def rows(self, sheet: str) -> list[Row]:
        return self.tables.get(sheet, [])

    def has_data(self, sheet: str) -> bool:
        return bool(self.tables.get(sheet))

    def has_column(self, sheet: str, header: str) -> bool:
        return sheet in self.present and header not in self.missing.get(sheet, set())


def parse_book(raw: RawBook) -> tuple[Book, list[Finding]]:
    """Type every known sheet of RAW; return the book and the findings of reading it."""
    book = Book(path=raw.path)
    findings: list[Finding] = []
    by_fold = {fold(name): sheet for name, sheet in raw.sheets.items()}
    known = {fold(s.name) for s in schema.SHEETS} | {fold(n) for n in schema.KNOWN_EXTRA}
    for name, sheet in raw.sheets.items():
        if fold(name) not in known and not sheet.hidden:
            findings.append(finding("sheet-unknown", name))
    for spec in schema.SHEETS:
        found = by_fold.get(fold(spec.name))
        if found is None:
            if not spec.added:  # a sheet added after v1 is absent from earlier workbooks, rightly
                findings.append(finding("sheet-missing" if spec.required else "sheet-optional-missing", spec.name))
            continue
        book.present.add(spec.name)
        formulas = set(raw.formulas_without_value.get(found.name, ()))
        if spec.name == schema.INFO_SHEET:
            findings += _parse_info(book, found, formulas)
        else:
            rows, missing, sheet_findings = _parse_table(spec, found, formulas, raw.percent_cells.get(found.name, {}))
            book.tables[spec.name] = rows
            book.missing[spec.name] = missing
            findings += sheet_findings
    return book, _one_nfd_note_per_column(findings)


def _one_nfd_note_per_column(findings: list[Finding]) -> list[Finding]:
    """Decomposed Unicode is said once per column (first cell, how many), not once per cell."""
    counts: dict[tuple[str, str], int] = {}
    for f in findings:
        if f.code == "text-not-nfc":
            key = (f.sheet, f.arg("header"))
            counts[key] = counts.get(key, 0) + 1
    out: list[Finding] = []
    for f in findings:
        if f.code != "text-not-nfc":
            out.append(f)
            continue
        key = (f.sheet, f.arg("header"))
        if key in counts:
            out.append(finding("text-not-nfc", f.sheet, f.cell, f.value, header=key[1], count=counts.pop(key)))
    return out


def find_header(sheet: RawSheet, spec: schema.Sheet) -> int | None:
    wanted = {fold(c.header) for c in spec.columns}
    best, best_hits = None, 0
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for v in row if isinstance(v, str) and fold(v) in wanted)
        if hits > best_hits:  # the first of equally good rows: a title row above repeats no header
            best, best_hits = index, hits
    return best


def _merged_in_row(sheet: RawSheet, index: int) -> list[tuple[int, int]]:
    """Column spans (first, last) of merged ranges that cross row INDEX and more than one column."""
    return [(c0, c1) for (r0, c0), (r1, c1) in sheet.merged if r0 <= index <= r1 and c1 > c0]


def _parse_table(spec: schema.Sheet, sheet: RawSheet, formulas: set[str], percents: dict[str, int] | None = None) -> tuple[list[Row], set[str], list[Finding]]:
    percents = percents or {}
    findings: list[Finding] = []
    header_index = find_header(sheet, spec)
    if header_index is None:
        missing = {c.header for c in spec.columns}
        if any(_is_filled(v) for row in sheet.rows for v in row) or spec.required:
            for column in spec.columns:
                findings.append(finding("header-missing" if column.required else "header-optional-missing", spec.name, "1", header=column.header))
        return [], missing, findings
    header_row = header_index + 1
    header_cells = sheet.rows[header_index]
    by_fold = {fold(c.header): c for c in spec.columns}
    positions: dict[str, int] = {}
    merged_columns: set[int] = set()
    for first, last in _merged_in_row(sheet, header_index):
        text = header_cells[first] if first < len(header_cells) else ""
        span = f"{column_letter(first)}{header_row}:{column_letter(last)}{header_row}"
        findings.append(finding("header-merged", spec.name, f"{column_letter(first)}{header_row}", text, header=str(text), merged=span))
        merged_columns.update(range(first, last + 1))
    for index, value in enumerate(header_cells):
        if not _is_filled(value):
            continue
        ref = f"{column_letter(index)}{header_row}"
        known = by_fold.get(fold(str(value)))
        if known is None:
            findings.append(finding("column-unknown", spec.name, ref, value, header=str(value)))
        elif known.header in positions:
            earlier = f"{column_letter(positions[known.header])}{header_row}"
            findings.append(finding("header-duplicate", spec.name, ref, value, header=known.header, first=earlier))
        else:
            positions[known.header] = index
    filled_columns: set[int] = set()  # one pass over the data rows: which columns hold anything
    for row in sheet.rows[header_index + 1 :]:
        if row:
            filled_columns.update(i for i, v in enumerate(row) if _is_filled(v))
    for index in sorted(filled_columns):
        unnamed = index >= len(header_cells) or not _is_filled(header_cells[index])
        if unnamed and index not in merged_columns:
            letter = column_letter(index)
            findings.append(finding("column-no-header", spec.name, f"{letter}{header_row}", column=letter))
    missing = set()
    for column in spec.columns:
        if column.header not in positions:
            missing.add(column.header)
            if column.added:  # a column added after v1: an earlier workbook lacks it, rightly
                continue
            code = "header-missing" if column.required else "header-optional-missing"
            findings.append(finding(code, spec.name, str(header_row), header=column.header))
    rows: list[Row] = []
    seen: dict[str, dict[str, str]] = {c.header: {} for c in spec.columns if c.unique}
    formula_rows = {int("".join(ch for ch in ref if ch.isdigit()) or 0) for ref in formulas}
    letters = {h: column_letter(i) for h, i in positions.items()}  # once per sheet, not per cell
    columns = {c.header: c for c in spec.columns}
    for index in range(header_index + 1, len(sheet.rows)):
        cells = sheet.rows[index]
        if not cells and index + 1 not in formula_rows:
            continue  # a blank row (the reader shares one for every gap)
        number = index + 1
        refs = {h: letter + str(number) for h, letter in letters.items()}
        pending = {h for h, ref in refs.items() if ref in formulas} if formulas else set()
        raw = {h: cells[i] if i < len(cells) else "" for h, i in positions.items()}
        if not pending and not any(_is_filled(v) for v in raw.values()):
            continue  # blank rows are not data, wherever they lie
        values: dict[str, Any] = {}
        row_findings: list[Finding] = []
        unknown: set[str] = set(pending)
        for header, value in raw.items():
            column = columns[header]
            if header in pending:  # formula-no-value says it; the value is unknown, not missing
                values[header] = None
                continue
            if column.type is Type.AMOUNT and refs[header] in percents and isinstance(value, (int, float)):
                value = amounts.of_number(value, percents[refs[header]])  # 98% typed in Excel: 0.98 shown as a percentage
            typed, cell_findings = type_value(column, value, spec.name, refs[header])
            values[header] = typed
            row_findings += cell_findings
            if typed is None and _is_filled(value):
                unknown.add(header)
            if column.unique and typed is not None:
                folded = fold(str(typed))
                if folded in seen[header]:
                    findings.append(finding("value-duplicate", spec.name, refs[header], value, header=header, first=seen[header][folded]))
                else:
                    seen[header][folded] = refs[header]
        findings += _spared(spec, values, raw, row_findings)
        rows.append(Row(spec.name, number, values, letters, raw, frozenset(unknown) if unknown else _NONE))
    if spec.required and not rows:
        findings.append(finding("sheet-empty", spec.name, f"A{header_row + 1}"))
    return rows, missing, findings


def _spared(spec: schema.Sheet, values: dict[str, Any], raw: dict[str, Any], findings: list[Finding]) -> list[Finding]:
    """A required cell may stay empty when its `unless` column is filled (a target with a goal in words)."""
    spared = {c.header for c in spec.columns if c.unless and _is_filled(raw.get(c.unless))}
    return [f for f in findings if not (f.code == "value-required" and f.arg("header") in spared)]


def _parse_info(book: Book, sheet: RawSheet, formulas: set[str]) -> list[Finding]:
    findings: list[Finding] = []
    spec = schema.BY_NAME[schema.INFO_SHEET]
    header_index = find_header(sheet, spec)
    start = 0 if header_index is None else header_index + 1
    label_col, value_col = 0, 1
    if header_index is not None:
        header = [fold(str(v)) for v in sheet.rows[header_index]]
        label_col = header.index(fold("Mục")) if fold("Mục") in header else 0
        value_col = header.index(fold("Giá trị")) if fold("Giá trị") in header else label_col + 1
    for index in range(start, len(sheet.rows)):
        cells = sheet.rows[index]
        label = cells[label_col] if label_col < len(cells) else ""
        item = schema.INFO_BY_LABEL.get(fold(str(label))) if _is_filled(label) else None
        if item is None:
            continue
        ref = f"{column_letter(value_col)}{index + 1}"
        value = cells[value_col] if value_col < len(cells) else ""
        book.info_cells[item.label] = ref
        if ref in formulas:
            continue
        if not _is_filled(value):
            if item.required:
                findings.append(finding("value-required", spec.name, ref, header=item.label))
            continue
        book.info_raw[item.label] = str(value)
        column = _info_column(item)
        typed, cell_findings = type_value(column, value, spec.name, ref)
        findings += cell_findings
        if item.label == "Nơi nhận" and isinstance(typed, str):
            typed = [line.strip() for line in str(value).splitlines() if line.strip()]
        if typed is not None:
            book.info[item.label] = typed
    for item in schema.INFO:
        if item.required and item.label not in book.info_cells:
            findings.append(finding("info-item-missing", spec.name, "A", header=item.label))
    return findings


def _info_column(item: schema.InfoItem) -> Column:
    if item.label == "Năm":
        return Column(item.label, Type.INTEGER, True, minimum=schema.FIRST_YEAR, maximum=schema.LAST_YEAR)
    if item.choices:
        return Column(item.label, Type.CHOICE, choices=item.choices, aliases=schema.RATING_ALIASES)
    return Column(item.label, required=item.required)


def _is_filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def type_value(column: Column, value: Any, sheet: str, ref: str) -> tuple[Any, list[Finding]]:
    """Type one cell by its column; return the value (None when empty or wrong) and findings."""
    header = column.header
    if not _is_filled(value):
        if column.default is not None:
            return column.default, []
        if column.required:
            return None, [finding("value-required", sheet, ref, header=header)]
        return None, []
    kind = column.type
    if kind is Type.DATE:
        return _type_date(column, value, sheet, ref)
    if kind in (Type.INTEGER, Type.NUMBER):
        return _type_number(column, value, sheet, ref)
    if kind is Type.AMOUNT:
        return _type_amount(column, value, sheet, ref)
    if kind is Type.DATE_OR_TEXT and isinstance(value, (date, datetime)):
        return _as_date(value), []
    text, findings = _type_text(column, value, sheet, ref)
    if kind is Type.CHOICE:
        accepted = schema.choices_of(column)
        choice = accepted.get(fold(text))
        if choice is None:
            close = difflib.get_close_matches(fold(text), list(accepted), n=1, cutoff=0.5)
            closest = accepted[close[0]] if close else ""
            return None, [*findings, finding("value-not-allowed", sheet, ref, value, header=header, closest=closest)]
        return choice, findings
    if kind is Type.PERIOD:
        try:
            return Period.parse(text, school_year=True), findings
        except PeriodError:
            return None, [*findings, finding("value-not-period", sheet, ref, value, header=header, accepted=ACCEPTED_WITH_SCHOOL_YEAR)]
    if kind is Type.DOC_KEY:
        if _DOC_KEY.match(text.strip()):
            return text.strip().upper(), findings
        try:
            return Period.parse(text), findings
        except PeriodError:
            forms = ACCEPTED + ", KH-2023, NV-2023, CD-2023, CT"
            return None, [*findings, finding("value-not-period", sheet, ref, value, header=header, accepted=forms)]
    return text, findings


def _type_text(column: Column, value: Any, sheet: str, ref: str) -> tuple[str, list[Finding]]:
    if isinstance(value, (date, datetime)):
        return _as_date(value).strftime("%d/%m/%Y"), []
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), []
    text = str(value)
    findings: list[Finding] = []
    header = column.header
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        findings.append(finding("text-not-nfc", sheet, ref, value, header=header, count=1))
    if looks_legacy(nfc):
        findings.append(finding("text-legacy-encoding", sheet, ref, value, header=header, converted=from_legacy(nfc)))
    tidy = "\n".join(" ".join(line.split()) for line in nfc.strip().splitlines())
    if header in _NAME_COLUMNS and tidy != nfc:
        findings.append(finding("text-spaces", sheet, ref, value, header=header))
    return tidy, findings


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _type_date(column: Column, value: Any, sheet: str, ref: str) -> tuple[date | None, list[Finding]]:
    header = column.header
    if isinstance(value, (date, datetime)):
        return _as_date(value), []
    if isinstance(value, str):
        match = DATE_TEXT.match(unicodedata.normalize("NFC", value))
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                read = date(year, month, day)
            except ValueError:
                pass
            else:
                return read, [finding("date-as-text", sheet, ref, value, header=header, read=read.strftime("%d/%m/%Y"))]
    return None, [finding("value-not-date", sheet, ref, value, header=header)]


def _type_number(column: Column, value: Any, sheet: str, ref: str) -> tuple[float | int | None, list[Finding]]:
    header = column.header
    number: float | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and NUMBER_TEXT.match(value):
        number = number_from_text(value.strip())
    if number is None:
        return None, [finding("value-not-number", sheet, ref, value, header=header)]
    if column.type is Type.INTEGER and not number.is_integer():
        return None, [finding("value-not-integer", sheet, ref, value, header=header)]
    if number < 0 and (column.minimum or 0) >= 0:
        return None, [finding("value-negative", sheet, ref, value, header=header)]
    low, high = column.minimum, column.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        return None, [finding("value-out-of-range", sheet, ref, value, header=header, low=_plain(low), high=_plain(high))]
    return (int(number) if number.is_integer() else number), []


def _type_amount(column: Column, value: Any, sheet: str, ref: str) -> tuple[amounts.Amount | int | None, list[Finding]]:
    """A number, or a number as people write it (98%, trên 400, 01-02), kept with its form."""
    if isinstance(value, amounts.Amount):
        amount: amounts.Amount | None = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        amount = amounts.of_number(value)
    elif isinstance(value, str):
        amount = amounts.parse(unicodedata.normalize("NFC", value))
    else:
        amount = None
    if amount is None:
        return None, [finding("value-not-amount", sheet, ref, value, header=column.header)]
    if amount < 0:
        return None, [finding("value-negative", sheet, ref, value, header=column.header)]
    if amount.is_integer() and not (amount.decimals or amount.percent or amount.qualifier or amount.upper is not None):
        return int(amount), []  # a plain whole number: nothing of its form to keep
    return amount, []


def _plain(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
