"""The data rows of a sheet typed column by column: each distinct value typed once (a status or
a date repeats down a column), the cells that need a finding typed on their own with their
reference; duplicates of a unique column found in one pass."""

from __future__ import annotations

import re
from itertools import compress
from typing import Any

from xlkit.messages.findings import Finding, finding
from xlkit.read.known import KNOWN, KNOWN_PER_COLUMN, KNOWN_TEXT
from xlkit.read.records import Row
from xlkit.read.values import (
    SLOW,
    is_filled,
    quick_typer,
    type_value,
)
from xlkit.read.workbook import RawSheet
from xlkit.text import amounts
from xlkit.vocab.columns import Sheet, Type, column_letter, fold_typed

_NONE: frozenset[str] = frozenset()


_REF = re.compile(r"([A-Z]+)(\d+)$")


class TypedSheet:
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
        # header -> the schema's column, asked once a column, not searched for
        self.by_header = {c.header: c for c in spec.columns}

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
        column = self.by_header[header]
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


def typed_rows(
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
    # the sheet turned into columns at once, the schema's picked from them (a row may be wider
    # than the schema: not strict, every row is at least WIDTH long)
    every = list(zip(*lines, strict=False))
    del lines
    columns = [list(every[i]) for i in positions.values()]
    del every
    distinct = [set(values) for values in columns]
    # blank rows are not data, wherever they lie: the rows blank in the first column, then of
    # those the rows blank in each next
    blank = {v for v in distinct[0] if _is_blank(v)}
    empty = list(compress(range(len(numbers)), map(blank.__contains__, columns[0])))
    for values in columns[1:]:
        empty = [r for r in empty if _is_blank(values[r])]
    empty = [r for r in empty if numbers[r] not in formula_rows]
    if empty:
        kept = sorted(set(range(len(numbers))).difference(empty))
        numbers = [numbers[r] for r in kept]
        columns = [[values[r] for r in kept] for values in columns]
        distinct = [set(values) for values in columns]
    typing = TypedSheet(spec, headers, letters, numbers, columns)
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


def _is_blank(value: Any) -> bool:
    return value is None or value.__class__ is str and not value.strip()


def _typed_column(typing: TypedSheet, j: int, values: list[Any], distinct: set[Any]) -> list[Any]:
    header = typing.headers[j]
    column = typing.by_header[header]
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
    known = KNOWN.get((typing.spec.name, header))
    if known is None:
        known = KNOWN[typing.spec.name, header] = {}
    if (True in distinct or False in distinct) and any(v.__class__ is bool for v in values):
        # True equals 1: a column holding booleans is typed cell by cell
        clean: dict[Any, Any] = {}
        bad: set[Any] | None = None
    elif known.keys() >= distinct:  # every value met before, in this workbook or an earlier one
        clean, bad = {value: known[value] for value in distinct}, set()
    else:
        clean, bad = {}, set()
        quick = quick_typer(column)
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
            # a job, a place, a month's number repeat from cell to cell; prose does not
            short = value.__class__ is not str or len(value) <= KNOWN_TEXT
            if len(known) < KNOWN_PER_COLUMN and short:
                known[value] = typed
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


def _duplicates(typing: TypedSheet, j: int, typed_values: list[Any]) -> None:
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
