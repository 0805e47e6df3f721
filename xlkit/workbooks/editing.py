"""Open her workbook for writing a copy (openpyxl), and say so when it cannot be.

calamine reads files openpyxl refuses (a sheet named with brackets, a style index past the
styles): check still reads them, and fix and --annotate, which must rewrite the file whole, say in
one line why they cannot, instead of an internal error.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any


class NotEditable(Exception):
    """openpyxl cannot open the workbook; `detail` is what it said, for the line."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, detail)
        self.path, self.detail = path, detail


def open_for_editing(source: Path) -> Any:
    """The workbook at SOURCE as openpyxl holds it (macros kept for .xlsm)."""
    import openpyxl

    try:
        return openpyxl.load_workbook(source, keep_vba=source.suffix.lower() == ".xlsm")
    except (ValueError, IndexError, KeyError, TypeError, AttributeError, zipfile.BadZipFile) as exc:
        raise NotEditable(source, str(exc).splitlines()[0][:120] if str(exc) else "") from None
