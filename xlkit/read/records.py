"""Raw sheets -> typed records that remember their sheet and cell, plus the findings of typing.

Headers are found by name, the tolerant way people write them; every value is typed by its column
of the schema. A cell that cannot be typed becomes None in the record and a finding in the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from xlkit.vocab.info import INFO
from xlkit.vocab.schema import HEADERS

_LABELS = frozenset(item.label for item in INFO)


def declared(sheet: str, header: str) -> None:
    """Nothing when HEADER is a column of SHEET in the schema (present in the workbook or not);
    KeyError when the code asks for a column no sheet declares: a misspelled name fails where it
    is, instead of reading None as if the column were empty."""
    headers = HEADERS.get(sheet)
    if headers is not None and header not in headers:
        raise KeyError(f"{sheet!r} has no column {header!r} in the schema")


class Info(dict[str, Any]):
    """The `Thông tin` values by label; asking for a label the info sheet does not declare is a
    KeyError even with a default, as it is for a column: a misspelled label fails where it is."""

    def __getitem__(self, label: str) -> Any:
        _labelled(label)
        return super().__getitem__(label)

    def get(self, label: str, default: Any = None) -> Any:
        _labelled(label)
        return super().get(label, default)


def _labelled(label: str) -> None:
    if label not in _LABELS:
        raise KeyError(f"{label!r} is no label of the info sheet")


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
        if column is None:  # a column this sheet lacks, or a name that is no column at all
            declared(self.sheet, header)
            return None
        return column[self._r]

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
        if letter is None:
            declared(self.sheet, header)
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


class Book:
    """A workbook's typed contents, filled by the reader (read/tables.py). Written as a plain
    class, as Row is: a dataclass would bring the dataclasses module (and inspect, ast, dis) onto
    check's start-up for this one mutable record."""

    __slots__ = ("path", "info", "info_cells", "info_raw", "tables", "present", "missing", "cache")

    def __init__(
        self,
        path: Path,
        info: dict[str, Any] | None = None,
        info_cells: dict[str, str] | None = None,
        info_raw: dict[str, str] | None = None,
        tables: dict[str, list[Row]] | None = None,
        present: set[str] | None = None,
        missing: dict[str, set[str]] | None = None,
    ) -> None:
        self.path = path
        self.info: dict[str, Any] = info if isinstance(info, Info) else Info(info or {})
        self.info_cells: dict[str, str] = {} if info_cells is None else info_cells
        # the text of each `Thông tin` value as typed
        self.info_raw: dict[str, str] = {} if info_raw is None else info_raw
        self.tables: dict[str, list[Row]] = {} if tables is None else tables
        self.present: set[str] = set() if present is None else present
        # sheet -> columns it lacks
        self.missing: dict[str, set[str]] = {} if missing is None else missing
        # what stages of one command compute from the rows more than once (who counts on a day)
        self.cache: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"Book({self.path!r}, sheets={sorted(self.tables)!r})"

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
        declared(sheet, header)
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
        declared(sheet, header)
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
