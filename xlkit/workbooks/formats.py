"""The cell formats of the standard workbook (xlsxwriter), made once per workbook."""

from __future__ import annotations

import math
from typing import Any

DATE_FORMAT = "dd/mm/yyyy"
BASE = {"font_name": "Times New Roman", "font_size": 12, "valign": "top"}
# Times New Roman 12: the height of one line in points, and about how many characters fill one
# unit of Excel's column width (LibreOffice fits ~1.3; Excel draws wider, so kept low)
LINE_HEIGHT = 15.75
CHARS_PER_WIDTH = 1.1


class Styles:
    """The formats every sheet of the standard workbook writes with: Times New Roman 12, top."""

    def __init__(self, book: Any) -> None:
        base = BASE
        self.header = book.add_format(
            {
                **base,
                "bold": True,
                "bg_color": "#DDEBF7",
                "border": 1,
                "text_wrap": True,
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.text = book.add_format({**base, "text_wrap": True})
        self.date = book.add_format({**base, "num_format": DATE_FORMAT, "align": "left"})
        self.number = book.add_format({**base})
        self.label = book.add_format({**base, "bold": True})
        self.title = book.add_format({**base, "bold": True, "font_size": 14})
        # the guide: a line that spans both columns, wrapped
        self.wide = book.add_format({**base, "text_wrap": True})
        self.step = book.add_format({**base, "bold": True, "text_wrap": True})


def lines_of(text: str, width: int) -> int:
    """How many lines TEXT wraps to in a column WIDTH units wide (each paragraph on its own)."""
    per_line = max(1, math.floor(width * CHARS_PER_WIDTH))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def row_height(*cells: tuple[str, int]) -> float:
    """The height (points) that shows every (text, width) of a row whole, with a little air."""
    return max(lines_of(text, width) for text, width in cells) * LINE_HEIGHT + 3


def print_listing(sheet: Any) -> None:
    """An openpyxl listing sheet printed as a clerk reads it: its header row frozen, landscape
    A4, one page wide and as many long as it takes, the header on every page."""
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = "1:1"
