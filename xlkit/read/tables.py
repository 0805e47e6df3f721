"""A workbook's sheets as records: headers found by name (the tolerant way people write them),
every value typed by its column of the schema, the `Thông tin` sheet read as labels and values.
A cell that cannot be typed becomes None in the record and a finding in the list."""

from __future__ import annotations

from xlkit.messages.findings import Finding, finding
from xlkit.read.column_typing import typed_rows
from xlkit.read.records import Book, Row
from xlkit.read.values import (
    is_filled,
    type_value,
)
from xlkit.read.workbook import RawBook, RawSheet
from xlkit.vocab import schema
from xlkit.vocab.columns import Column, InfoItem, Sheet, Type, column_letter, fold
from xlkit.vocab.info import INFO, INFO_BY_LABEL
from xlkit.vocab.words import INFO_SHEET, RATING_ALIASES

HEADER_SEARCH_ROWS = 10


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
            # a sheet added after v1 is absent from earlier workbooks, rightly
            if not spec.added:
                findings.append(
                    finding(
                        "sheet-missing" if spec.required else "sheet-optional-missing", spec.name
                    )
                )
            continue
        book.present.add(spec.name)
        if not found.read:  # left unread by the command: neither typed nor judged
            continue
        # a value unknown (never computed, or an error): dependent rules stand aside
        formulas = set(raw.formulas_without_value.get(found.name, ()))
        formulas |= set(raw.error_values.get(found.name, {}))
        if spec.name == INFO_SHEET:
            findings += _parse_info(book, found, formulas)
        else:
            rows, missing, sheet_findings = _parse_table(
                spec, found, formulas, raw.percent_cells.get(found.name, {})
            )
            book.tables[spec.name] = rows
            book.missing[spec.name] = missing
            findings += sheet_findings
    return book, _one_nfd_note_per_book(findings)


def _one_nfd_note_per_book(findings: list[Finding]) -> list[Finding]:
    """Decomposed Unicode is one habit of the machine she typed on: said once for the workbook
    (how many cells, the first of them), where the first one was found."""
    nfd = [f for f in findings if f.code == "text-not-nfc"]
    if not nfd:
        return findings
    first = nfd[0]
    note = finding(
        "text-not-nfc",
        first.sheet,
        first.cell,
        first.value,
        header=first.arg("header"),
        count=len(nfd),
    )
    out = [f for f in findings if f.code != "text-not-nfc"]
    out.insert(findings.index(first), note)
    return out


def find_header(sheet: RawSheet, spec: Sheet) -> int | None:
    wanted = {fold(c.header) for c in spec.columns}
    best, best_hits = None, 0
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for v in row if isinstance(v, str) and fold(v) in wanted)
        # the first of equally good rows: a title row above repeats no header
        if hits > best_hits:
            best, best_hits = index, hits
            if hits >= len(wanted):  # every header there: no row below can be better
                break
    return best


def _merged_in_row(sheet: RawSheet, index: int) -> list[tuple[int, int]]:
    """Column spans (first, last) of merged ranges that cross row INDEX and more than one column."""
    return [(c0, c1) for (r0, c0), (r1, c1) in sheet.merged if r0 <= index <= r1 and c1 > c0]


def _parse_table(
    spec: Sheet, sheet: RawSheet, formulas: set[str], percents: dict[str, int] | None = None
) -> tuple[list[Row], set[str], list[Finding]]:
    percents = percents or {}
    findings: list[Finding] = []
    header_index = find_header(sheet, spec)
    if header_index is None:
        missing = {c.header for c in spec.columns}
        if any(is_filled(v) for row in sheet.rows for v in row) or spec.required:
            for column in spec.columns:
                findings.append(
                    finding(
                        "header-missing" if column.required else "header-optional-missing",
                        spec.name,
                        "1",
                        header=column.header,
                    )
                )
        return [], missing, findings
    header_row = header_index + 1
    header_cells = sheet.rows[header_index]
    by_fold = {fold(c.header): c for c in spec.columns}
    positions: dict[str, int] = {}
    merged_columns: set[int] = set()
    for first, last in _merged_in_row(sheet, header_index):
        text = header_cells[first] if first < len(header_cells) else ""
        span = f"{column_letter(first)}{header_row}:{column_letter(last)}{header_row}"
        findings.append(
            finding(
                "header-merged",
                spec.name,
                f"{column_letter(first)}{header_row}",
                text,
                header=str(text),
                merged=span,
            )
        )
        merged_columns.update(range(first, last + 1))
    for index, value in enumerate(header_cells):
        if not is_filled(value):
            continue
        ref = f"{column_letter(index)}{header_row}"
        known = by_fold.get(fold(str(value)))
        if known is None:
            findings.append(finding("column-unknown", spec.name, ref, value, header=str(value)))
        elif known.header in positions:
            earlier = f"{column_letter(positions[known.header])}{header_row}"
            findings.append(
                finding(
                    "header-duplicate", spec.name, ref, value, header=known.header, first=earlier
                )
            )
        else:
            positions[known.header] = index
    data = [row for row in sheet.rows[header_index + 1 :] if row]
    width = max(map(len, data), default=0)
    # data under no header: only the columns without one are looked at
    for index in range(width):
        unnamed = index >= len(header_cells) or not is_filled(header_cells[index])
        if (
            unnamed
            and index not in merged_columns
            and any(index < len(row) and is_filled(row[index]) for row in data)
        ):
            letter = column_letter(index)
            findings.append(
                finding("column-no-header", spec.name, f"{letter}{header_row}", column=letter)
            )
    missing = set()
    for column in spec.columns:
        if column.header not in positions:
            missing.add(column.header)
            if column.added:  # a column added after v1: an earlier workbook lacks it, rightly
                continue
            code = "header-missing" if column.required else "header-optional-missing"
            findings.append(finding(code, spec.name, str(header_row), header=column.header))
    rows = typed_rows(spec, sheet, header_index, positions, formulas, percents, findings)
    if spec.required and not rows:
        findings.append(finding("sheet-empty", spec.name, f"A{header_row + 1}"))
    return rows, missing, findings


def _parse_info(book: Book, sheet: RawSheet, formulas: set[str]) -> list[Finding]:
    findings: list[Finding] = []
    spec = schema.BY_NAME[INFO_SHEET]
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
        item = INFO_BY_LABEL.get(fold(str(label))) if is_filled(label) else None
        if item is None:
            continue
        ref = f"{column_letter(value_col)}{index + 1}"
        value = cells[value_col] if value_col < len(cells) else ""
        book.info_cells[item.label] = ref
        if ref in formulas:
            continue
        if not is_filled(value):
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
    for item in INFO:
        if item.required and item.label not in book.info_cells:
            findings.append(finding("info-item-missing", spec.name, "A", header=item.label))
    return findings


def _info_column(item: InfoItem) -> Column:
    if item.label == "Năm":
        return Column(
            item.label, Type.INTEGER, True, minimum=schema.FIRST_YEAR, maximum=schema.LAST_YEAR
        )
    if item.choices:
        return Column(item.label, Type.CHOICE, choices=item.choices, aliases=RATING_ALIASES)
    return Column(item.label, required=item.required)
