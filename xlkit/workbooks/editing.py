"""Open her workbook for writing a copy (openpyxl), and say so when it cannot be.

calamine reads files openpyxl refuses (a sheet named with brackets, a style index past the
styles): check still reads them, and fix and --annotate, which must rewrite the file whole, say in
one line why they cannot, instead of an internal error.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

# the most cells (each sheet's rows x columns, summed) a copy is written of: openpyxl holds
# ~500 bytes a cell and its rows are walked whole, so 300,000 cells cost ~150 MB and a few seconds
# (a school's workbook has a few thousand); a stray cell on row 1,048,576 cost 7 GB and 145 s
MOST_CELLS = 300_000


class NotEditable(Exception):
    """openpyxl cannot open the workbook; `detail` is what it said."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, detail)
        self.path, self.detail = path, detail


class TooBigToEdit(NotEditable):
    """The workbook reaches over MOST_CELLS cells: refused before openpyxl holds them."""

    def __init__(self, path: Path, cells: int) -> None:
        super().__init__(path, str(cells))
        self.cells = cells


def open_for_editing(source: Path) -> Any:
    """The workbook at SOURCE as openpyxl holds it (macros kept for .xlsm); raise NotEditable
    when it cannot be, TooBigToEdit when it is too large to hold."""
    import openpyxl

    from xlkit.read.vetting import vet_zip

    extents = vet_zip(source).extents  # a second vetting: milliseconds for a school's workbook
    cells = sum(e.rows * max(e.columns, 1) for e in extents.values())
    if cells > MOST_CELLS:
        raise TooBigToEdit(source, cells)
    try:
        return openpyxl.load_workbook(source, keep_vba=source.suffix.lower() == ".xlsm")
    except (ValueError, IndexError, KeyError, TypeError, AttributeError, zipfile.BadZipFile) as exc:
        raise NotEditable(source, str(exc).splitlines()[0][:120] if str(exc) else "") from None
