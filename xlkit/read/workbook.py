"""Read a workbook file (.xlsx, .xlsm, .ods) into raw sheets, safely and without writing to it.

The file is vetted before any parser sees it: its zip is decompressed as a stream under a size
cap (a zip bomb is refused in a second, with bounded memory) and any XML part that declares a DTD
is refused (entity expansion). Then python-calamine reads the cells: it is fast to import and to
read, which keeps `xlkit check` instant. Row lists keep the sheet's own numbering: rows[0] is row
1.
"""

from __future__ import annotations

import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NamedTuple

from xlkit.guard.files import ROLLUP
from xlkit.read.extent import Extent
from xlkit.read.sheet_xml import part_names, percent_cells, unknown_values
from xlkit.read.vetting import (
    OLE_MAGIC,
    UnreadableWorkbook,
    Where,
    ole_is_encrypted,
    vet_zip,
)


class RawSheet(NamedTuple):
    name: str
    rows: list[list[Any]]
    hidden: bool = False
    # merged ranges as ((first row, first column), (last row, last column)), 0-based
    merged: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()
    read: bool = True  # False: a sheet the command left unread, listed with no rows


class RawBook(NamedTuple):
    path: Path
    format: str  # "xlsx" or "ods"
    sheets: dict[str, RawSheet]
    # sheet name -> cells holding a formula with no cached value
    formulas_without_value: dict[str, list[str]]
    # sheet name -> cell -> the error Excel cached there (#N/A, #REF!): read as blank by calamine
    error_values: dict[str, dict[str, str]]
    # sheets with hidden rows or columns (still read)
    hidden: set[str]
    # sheet name -> cell -> decimals, for cells formatted as a percentage (98% typed in Excel
    # is 0.98)
    percent_cells: dict[str, dict[str, int]]
    role: str | None  # what xlkit wrote the file as (files.xlkit_role), from the vetting pass


def read_raw(
    path: Path,
    percent_sheets: frozenset[str] = frozenset(),
    *,
    data: bytes | None = None,
    sheets: frozenset[str] | None = None,
    leave_others: bool = False,
) -> RawBook:
    """Vet and read the file at PATH (or DATA, its bytes, PATH then only names it); raise
    UnreadableWorkbook when it is not a readable workbook.

    PERCENT_SHEETS (names folded) are the sheets whose percentage-formatted cells are looked up:
    calamine gives 0.98 for a cell shown 98%, and only the styles say which. SHEETS (names
    folded), when given, are the sheets whose cells are read; the others are listed with no rows.
    LEAVE_OTHERS (the roll-up's): nothing of the others is vetted or said either, neither their
    parts (a small workbook's) nor a formula, an error or hidden cells in them.
    """
    path = Path(path)
    try:
        where, head = _opened(path, data)
    except IsADirectoryError:
        raise UnreadableWorkbook("not-a-file", str(path)) from None
    except OSError as exc:
        raise UnreadableWorkbook("io", exc.strerror or str(exc)) from None
    if head.startswith(OLE_MAGIC):
        raise UnreadableWorkbook("encrypted" if ole_is_encrypted(where) else "legacy")
    if not head.startswith(b"PK"):
        raise UnreadableWorkbook("not-spreadsheet")
    vetted = vet_zip(where, sheets if leave_others else None)
    # read from here on: the parts as the vetting inflated them, when it kept them
    where = vetted.stored or where
    # a roll-up's sheets are its own: read whole
    wanted = None if vetted.role == ROLLUP else sheets
    _within_reach(where, vetted.extents, wanted)
    read = _read_cells(where, wanted)
    formulas, errors = (
        unknown_values(where, vetted.formula_parts) if vetted.formula_parts else ({}, {})
    )
    names = part_names(where) if vetted.hidden_parts else {}
    hidden = {names.get(part, part) for part in vetted.hidden_parts}
    if leave_others and wanted is not None:  # a big workbook's are vetted all the same
        shown = {name for name, sheet in read.items() if sheet.read}
        formulas = {n: cells for n, cells in formulas.items() if n in shown}
        errors = {n: cells for n, cells in errors.items() if n in shown}
        hidden &= shown
    return RawBook(
        path,
        vetted.format,
        read,
        formulas,
        errors,
        hidden,
        percent_cells(where, percent_sheets) if vetted.percent_styles and percent_sheets else {},
        vetted.role,
    )


# a workbook at most this big is read in one call, then vetted and read in memory: opening it
# three times (its first bytes, the zip's directory, its map) costs more than the copy
_READ_WHOLE = 1 << 20


def _opened(path: Path, data: bytes | None) -> tuple[Where, bytes]:
    """Where the workbook is read from (its bytes when it is a small file, else the file) and
    its first bytes."""
    if data is not None:
        return data, data[:8]
    with open(path, "rb", buffering=0) as handle:
        found = os.fstat(handle.fileno())
        if not stat.S_ISREG(found.st_mode) or found.st_size > _READ_WHOLE:
            return path, handle.read(8)  # a device, a pipe: only ever its first bytes
        # its size and one byte more (asking for the cap would allocate a megabyte each time):
        # a file that grew meanwhile is read from the file
        whole = handle.read(found.st_size + 1)
        return (whole if len(whole) <= found.st_size else path), whole[:8]


# one shared blank row: a sheet used down to row 1,048,576 costs no memory for its gaps
BLANK: list[Any] = []


def _rows(sheet: Any) -> list[list[Any]]:
    """The sheet's rows from row 1 (rows[0] is row 1), a blank row as BLANK, trailing blank rows
    dropped."""
    top = sheet.start[0] if sheet.start else 0
    rows: list[list[Any]] = [BLANK] * top
    for row in sheet.iter_rows():
        # any() settles most rows at their first cell; only a row of blanks, zeros or
        # FALSE looks closer
        rows.append(row if any(row) or any(v != "" and v is not None for v in row) else BLANK)
    while rows and rows[-1] is BLANK:
        rows.pop()
    return rows


def _within_reach(where: Where, extents: dict[str, Extent], wanted: frozenset[str] | None) -> None:
    """Refuse, before calamine sees them, a cell beyond the grid in any sheet (it would panic)
    and a sheet xlkit reads that reaches too far to hold (a cell at XFD1048576)."""
    from xlkit.vocab.columns import fold

    if any(e.beyond_grid for e in extents.values()):
        raise UnreadableWorkbook("corrupt")
    big = [part for part, e in extents.items() if e.too_big]
    if big:
        names = part_names(where)
        if any(wanted is None or fold(names.get(part, "")) in wanted for part in big):
            raise UnreadableWorkbook("too-big")


# the process's temporary file for calamine's stderr, made once: a roll-up's worker reads a
# workbook every few milliseconds (keyed by the process: a forked worker makes its own)
_SINKS: dict[int, IO[bytes]] = {}


@contextmanager
def _panic_unheard() -> Iterator[None]:
    """calamine's panics (a date serial out of its range) are caught below, but Rust prints each
    to the process's stderr first (with a backtrace when RUST_BACKTRACE is set). Its stderr goes
    to a temporary file meanwhile; what was written there is handed on, unless it was a panic."""
    sys.stderr.flush()
    sink = _SINKS.get(os.getpid())
    if sink is None:
        sink = _SINKS[os.getpid()] = tempfile.TemporaryFile()
    saved = os.dup(2)
    os.dup2(sink.fileno(), 2)
    panicked = False
    try:
        yield
    except BaseException as exc:
        panicked = type(exc).__name__ == "PanicException"
        raise
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        if sink.tell():
            if not panicked:
                sink.seek(0)
                os.write(2, sink.read())
            sink.seek(0)
            sink.truncate()


def _read_cells(where: Where, wanted: frozenset[str] | None = None) -> dict[str, RawSheet]:
    try:
        with _panic_unheard():
            return _cells(where, wanted)
    except BaseException as exc:  # calamine's panics (a date out of range) are BaseExceptions
        if type(exc).__name__ != "PanicException":
            raise
        raise UnreadableWorkbook("corrupt") from None


def _cells(where: Where, wanted: frozenset[str] | None) -> dict[str, RawSheet]:
    import python_calamine as calamine

    from xlkit.vocab.columns import fold

    try:
        if isinstance(where, bytes):
            workbook = calamine.CalamineWorkbook.from_filelike(io.BytesIO(where))
        else:
            workbook = calamine.CalamineWorkbook.from_path(str(where))
        hidden = {
            m.name
            for m in workbook.sheets_metadata
            if str(getattr(m, "visible", "")).lower().split(".")[-1] not in ("visible", "")
        }
        read: dict[str, RawSheet] = {}
        for name in workbook.sheet_names:
            if wanted is not None and fold(name) not in wanted:
                read[name] = RawSheet(name=name, rows=[], hidden=name in hidden, read=False)
                continue
            sheet = workbook.get_sheet_by_name(name)
            rows = _rows(sheet)
            merged = tuple(tuple(map(tuple, r)) for r in (sheet.merged_cell_ranges or ()))
            read[name] = RawSheet(
                name=name,
                rows=rows,
                hidden=name in hidden,
                merged=merged,  # type: ignore[arg-type]
            )
        workbook.close()
        return read
    except calamine.PasswordError:
        raise UnreadableWorkbook("encrypted") from None

    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError) as exc:
        raise UnreadableWorkbook("corrupt", str(exc).splitlines()[0] if str(exc) else "") from None
