"""Raw sheets -> typed records that remember their sheet and cell, plus the findings of typing.

Headers are found by name, the tolerant way people write them; every value is typed by its column
of the schema. A cell that cannot be typed becomes None in the record and a finding in the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

from xlkit.messages.findings import Finding, finding
from xlkit.read.values import (
    DATE_TEXT,
    NUMBER_TEXT,
    SLOW,
    is_filled,
    number_from_text,
    quick_typer,
    type_value,
)
from xlkit.read.workbook import RawBook, RawSheet
from xlkit.text import amounts
from xlkit.vocab import schema
from xlkit.vocab.columns import Column, InfoItem, Sheet, Type, column_letter, fold, fold_typed
from xlkit.vocab.info import INFO, INFO_BY_LABEL
from xlkit.vocab.words import INFO_SHEET, RATING_ALIASES

__all__ = [
    "Book",
    "Row",
    "parse_book",
    "find_header",
    "type_value",
    "DATE_TEXT",
    "NUMBER_TEXT",
    "number_from_text",
]

HEADER_SEARCH_ROWS = 10
_NONE: frozenset[str] = frozenset()
_REF = re.compile(r"([A-Z]+)(\d+)$")
# values typed cleanly, kept across the workbooks one process reads (a roll-up reads thousands,
# which share their statuses, ratings, periods and dates): (sheet, header) -> value -> typed value
# (immutable)
_KNOWN: dict[tuple[str, str], dict[Any, Any]] = {}
KNOWN_PER_COLUMN = 2048
KNOWN_TEXT = 64  # characters: a longer text (a cell's own prose) is not kept


class Row:
    """One data row of a sheet: its typed values by header, the cells as the sheet holds them,
    and where each is. The reader's rows are views into the sheet's typed columns (row position
    R), not a dict each: 200,000 members cost 200,000 small objects, not 200,000 dicts of 22
    entries."""

    __slots__ = ("sheet", "number", "letters", "unknown", "_typed", "_cells", "_r")

    def __init__(
        self,
        sheet: str,
        number: int,
        values: dict[str, Any],
        letters: dict[str, str],
        raw: dict[str, Any] | None = None,
        unknown: frozenset[str] = frozenset(),
    ) -> None:
        """A row made by hand (tests, a template): VALUES and RAW by header."""
        self.sheet, self.number, self.letters, self.unknown = sheet, number, letters, unknown
        self._typed: dict[str, Any] = {h: (v,) for h, v in values.items()}
        self._cells: dict[str, Any] = {h: (v,) for h, v in (raw or {}).items()}
        self._r = 0

    @classmethod
    def of_columns(
        cls,
        sheet: str,
        number: int,
        letters: dict[str, str],
        typed: dict[str, Any],
        cells: dict[str, Any],
        r: int,
        unknown: frozenset[str],
    ) -> Row:
        """Row position R of a sheet's columns: TYPED and CELLS map a header to the sheet's
        column."""
        row = cls.__new__(cls)
        row.sheet, row.number, row.letters, row.unknown = sheet, number, letters, unknown
        row._typed, row._cells, row._r = typed, cells, r
        return row

    def __getitem__(self, header: str) -> Any:
        column = self._typed.get(header)
        return None if column is None else column[self._r]

    def get(self, header: str, default: Any = None) -> Any:
        value = self[header]
        return default if value is None else value

    @property
    def values(self) -> dict[str, Any]:
        """Header -> typed value (built when asked)."""
        return {h: column[self._r] for h, column in self._typed.items()}

    @property
    def raw(self) -> dict[str, Any]:
        """Header -> the cell as the sheet holds it (built when asked: few rows are ever asked)."""
        return {h: column[self._r] for h, column in self._cells.items()}

    def cell(self, header: str) -> str:
        letter = self.letters.get(header)
        return f"{letter}{self.number}" if letter else str(self.number)

    def known(self, *headers: str) -> bool:
        """Whether none of HEADERS holds an unreadable value."""
        return not self.unknown.intersection(headers)

    def _key(self) -> tuple[Any, ...]:
        return (self.sheet, self.number, self.values, self.letters, self.raw, self.unknown)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # mutable, as its dicts are

    def __repr__(self) -> str:
        return f"Row({self.sheet!r}, {self.number}, {self.values!r})"


@dataclass
class Book:
    path: Path
    info: dict[str, Any] = field(default_factory=dict)
    info_cells: dict[str, str] = field(default_factory=dict)
    # the text of each `Thông tin` value as typed
    info_raw: dict[str, str] = field(default_factory=dict)
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

    def column(self, sheet: str, header: str) -> Sequence[Any]:
        """The typed values of HEADER, aligned with rows(SHEET), None where a row has none: for
        the rules that read a column or two of every member (a row's lookup costs more than the
        test it serves). The reader's rows are views of their sheet's columns: then this is the
        column itself, no copy."""
        columns = self.cache.setdefault("columns", {})
        if sheet not in columns:
            columns[sheet] = _shared_columns(self.rows(sheet))
        shared = columns[sheet]
        if shared is not None:
            found = shared.get(header)
            return found if found is not None else [None] * len(self.rows(sheet))
        made = self.cache.setdefault("made_columns", {})
        if (sheet, header) not in made:
            made[sheet, header] = [row[header] for row in self.rows(sheet)]
        return made[sheet, header]

    def has_column(self, sheet: str, header: str) -> bool:
        return sheet in self.present and header not in self.missing.get(sheet, set())


def _shared_columns(rows: list[Row]) -> dict[str, list[Any]] | None:
    """The columns ROWS are views of, when they are the reader's rows of one sheet, in order;
    else None (rows made by hand, each of its own)."""
    if not rows:
        return {}
    typed = rows[0]._typed
    if all(row._typed is typed and row._r == r for r, row in enumerate(rows)) and all(
        len(c) == len(rows) for c in typed.values()
    ):
        return typed
    return None


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
        formulas = set(raw.formulas_without_value.get(found.name, ()))
        if spec.name == INFO_SHEET:
            findings += _parse_info(book, found, formulas)
        else:
            rows, missing, sheet_findings = _parse_table(
                spec, found, formulas, raw.percent_cells.get(found.name, {})
            )
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
            out.append(
                finding(
                    "text-not-nfc", f.sheet, f.cell, f.value, header=key[1], count=counts.pop(key)
                )
            )
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
    rows = _typed_rows(spec, sheet, header_index, positions, formulas, percents, findings)
    if spec.required and not rows:
        findings.append(finding("sheet-empty", spec.name, f"A{header_row + 1}"))
    return rows, missing, findings


class _Sheet:
    """What typing one sheet's data rows needs to know, and the findings it gathers in reading
    order."""

    def __init__(
        self,
        spec: Sheet,
        headers: list[str],
        letters: dict[str, str],
        numbers: list[int],
        columns: list[list[Any]],
    ) -> None:
        self.spec, self.headers, self.letters, self.numbers, self.columns = (
            spec,
            headers,
            letters,
            numbers,
            columns,
        )
        # (row position, column position, finding)
        self.found: list[tuple[int, int, Finding]] = []
        # row position -> headers whose value could not be read
        self.unknown: dict[int, set[str]] = {}
        # column letter -> row positions of formulas never computed
        self.formulas: dict[str, list[int]] = {}
        # column letter -> row position -> decimals shown
        self.percents: dict[str, dict[int, int]] = {}

    def place(self, formulas: set[str], percents: dict[str, int]) -> None:
        """Where the cells of FORMULAS and PERCENTS (references) lie among the rows typed."""
        if not formulas and not percents:
            return
        position = {number: r for r, number in enumerate(self.numbers)}
        for ref, decimals in [*((ref, None) for ref in formulas), *percents.items()]:
            match = _REF.match(ref)
            if match and int(match[2]) in position:
                r = position[int(match[2])]
                if decimals is None:
                    self.formulas.setdefault(match[1], []).append(r)
                else:
                    self.percents.setdefault(match[1], {})[r] = decimals

    def typed(self, j: int, r: int, value: Any) -> Any:
        """Type one cell (row position R, column position J) the slow way, keeping its findings."""
        header = self.headers[j]
        column = self.spec.column(header)
        typed, found = type_value(
            column, value, self.spec.name, f"{self.letters[header]}{self.numbers[r]}"
        )
        if column.unless and is_filled(
            self.columns[self.headers.index(column.unless)][r]
            if column.unless in self.headers
            else None
        ):
            # a target with a goal in words needs no number
            found = [f for f in found if f.code != "value-required"]
        self.found += [(r, j, f) for f in found]
        if typed is None and is_filled(value):
            self.unknown.setdefault(r, set()).add(header)
        return typed


def _typed_rows(
    spec: Sheet,
    sheet: RawSheet,
    header_index: int,
    positions: dict[str, int],
    formulas: set[str],
    percents: dict[str, int],
    findings: list[Finding],
) -> list[Row]:
    """The sheet's data rows typed column by column: each distinct value of a column is typed
    once and the result shared by the cells holding it (a status, a date, a rating repeat on
    thousands of rows); only a cell whose value needs a finding, a percentage format or a formula
    is typed on its own."""
    headers = list(positions)
    letters = {h: column_letter(i) for h, i in positions.items()}  # once per sheet, not per cell
    known_letters = set(letters.values())
    formula_rows = {int(m[2]) for m in map(_REF.match, formulas) if m and m[1] in known_letters}
    numbers = [
        i + 1
        for i in range(header_index + 1, len(sheet.rows))
        if sheet.rows[i] or i + 1 in formula_rows
    ]
    if not headers or not numbers:
        return []
    width = max(positions.values()) + 1
    lines = [sheet.rows[n - 1] for n in numbers]
    # a blank row holding a formula; a short row of an .ods
    if any(len(cells) < width for cells in lines):
        lines = [
            cells if len(cells) >= width else [*cells, *[""] * (width - len(cells))]
            for cells in lines
        ]
    columns = [list(map(itemgetter(i), lines)) for i in positions.values()]
    del lines
    distinct = [set(values) for values in columns]
    blank = {
        v
        for values in distinct
        for v in values
        if v is None or v.__class__ is str and not v.strip()
    }
    # blank rows are not data, wherever they lie: the rows blank in the first column, then in
    # each next
    empty = list(compress(range(len(numbers)), map(blank.__contains__, columns[0])))
    for values in columns[1:]:
        empty = [r for r in empty if values[r] in blank]
    empty = [r for r in empty if numbers[r] not in formula_rows]
    if empty:
        kept = sorted(set(range(len(numbers))).difference(empty))
        numbers = [numbers[r] for r in kept]
        columns = [[values[r] for r in kept] for values in columns]
        distinct = [set(values) for values in columns]
    typing = _Sheet(spec, headers, letters, numbers, columns)
    typing.place(formulas, percents)
    typed = {
        h: _typed_column(typing, j, values, distinct[j])
        for j, (h, values) in enumerate(zip(headers, columns, strict=True))
    }
    typing.found.sort(key=lambda found: found[:2])  # reading order: row by row, left to right
    findings += [f for _, _, f in typing.found]
    unknown, cells, name, at = (
        typing.unknown,
        dict(zip(headers, columns, strict=True)),
        spec.name,
        Row.of_columns,
    )
    return [
        at(name, number, letters, typed, cells, r, frozenset(unknown[r]) if r in unknown else _NONE)
        for r, number in enumerate(numbers)
    ]


def _typed_column(typing: _Sheet, j: int, values: list[Any], distinct: set[Any]) -> list[Any]:
    header = typing.headers[j]
    column = typing.spec.column(header)
    letter = typing.letters[header]
    # row position -> the value typed on its own (a percentage, a formula)
    alone: dict[int, Any] = {}
    for r, decimals in typing.percents.get(letter, {}).items():
        if isinstance(values[r], (int, float)) and column.type is Type.AMOUNT:
            # 98% typed in Excel: 0.98 shown as a percentage
            alone[r] = amounts.of_number(values[r], decimals)
    for r in typing.formulas.get(letter, ()):
        alone[r] = None  # formula-no-value says it; the value is unknown, not missing
        typing.unknown.setdefault(r, set()).add(header)
    if (True in distinct or False in distinct) and any(v.__class__ is bool for v in values):
        # True equals 1: a column holding booleans is typed cell by cell
        clean: dict[Any, Any] = {}
        bad: set[Any] | None = None
    else:
        clean, bad = {}, set()
        quick = quick_typer(column)
        known = _KNOWN.setdefault((typing.spec.name, header), {})
        for value in distinct:
            typed = known.get(value, SLOW)
            if typed is not SLOW:
                clean[value] = typed
                continue
            typed = quick(value)  # plain text, a number in range: typed as it stands
            if typed is SLOW:
                typed, found = type_value(column, value, typing.spec.name, "")
                if found or (typed is None and is_filled(value)):
                    bad.add(value)
                    continue
            clean[value] = typed
            if len(known) < KNOWN_PER_COLUMN and (
                value.__class__ is not str or len(value) <= KNOWN_TEXT
            ):
                known[value] = (
                    # a job, a place, a month's number repeat from cell to
                    # cell; prose does not
                    typed
                )
    typed_values = list(map(clean.get, values))
    if bad is None or bad:  # the cells needing a finding, each typed with its own reference
        for r in [
            r for r, value in enumerate(values) if (bad is None or value in bad) and r not in alone
        ]:
            typed_values[r] = typing.typed(j, r, values[r])
    for r, value in alone.items():
        typed_values[r] = None if value is None else typing.typed(j, r, value)
    if column.unique:
        _duplicates(typing, j, typed_values)
    return typed_values


def _duplicates(typing: _Sheet, j: int, typed_values: list[Any]) -> None:
    header = typing.headers[j]
    letter = typing.letters[header]
    # text: NFC and tidy
    folded = [fold_typed(str(typed)) if typed is not None else None for typed in typed_values]
    if len(set(folded)) + folded.count(None) - (None in folded) == len(folded):
        return  # no two alike, as in nearly every sheet: nothing more to look at
    seen: dict[str, int] = {}  # folded value -> the row position of its first cell
    for r, key in enumerate(folded):
        if key is None:
            continue
        first = seen.setdefault(key, r)
        if first != r:
            ref, earlier = f"{letter}{typing.numbers[r]}", f"{letter}{typing.numbers[first]}"
            typing.found.append(
                (
                    r,
                    j,
                    finding(
                        "value-duplicate",
                        typing.spec.name,
                        ref,
                        typing.columns[j][r],
                        header=header,
                        first=earlier,
                    ),
                )
            )


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
