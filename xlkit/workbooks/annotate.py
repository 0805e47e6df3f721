"""`xlkit check --annotate`: a copy of the workbook where every finding sits on its cell.

Each finding's cell is filled (errors red, warnings amber, notes left as they are) and carries a
comment with the message and the hint; a first sheet `Kết quả kiểm tra` lists every finding with
a link to its cell. Everything else of the original (validation, dropdowns, widths, frozen panes)
is kept as openpyxl reads and re-saves it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from xlkit.messages import SEVERITY_LINES, say
from xlkit.messages.findings import Finding, Report, Severity
from xlkit.workbooks.editing import open_for_editing
from xlkit.workbooks.repair import mark

SHEET = "Kết quả kiểm tra"
FILL = {Severity.ERROR: "FFC7CE", Severity.WARNING: "FFEB9C"}
_CELL = re.compile(r"^([A-Z]{1,3})(\d+)$")


def _where(finding: Finding) -> str | None:
    """The single cell a finding names (`D7`); a row (`7`) points at its first cell, a column
    (`A`) at row 1."""
    if _CELL.match(finding.cell):
        return finding.cell
    if finding.cell.isdigit():
        return f"A{finding.cell}"
    if finding.cell.isalpha():
        return f"{finding.cell}1"
    return "A1" if finding.sheet else None


def _text(cell: Any, value: Any) -> None:
    """Write VALUE as it is: a string is a string, never a formula."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def annotate_workbook(source: Path, target: Path, report: Report, lang: str = "vi") -> int:
    """Write to TARGET a copy of SOURCE with REPORT's findings on their cells; return how many
    were placed."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.hyperlink import Hyperlink

    book = open_for_editing(source)
    titles = {s.title.strip().casefold(): s for s in book.worksheets}
    listing = book.create_sheet(SHEET, 0)
    listing.sheet_properties.tabColor = "C00000"
    for column, (header, width) in enumerate(
        (
            (say("annotate.severity", lang), 10),
            (say("annotate.where", lang), 28),
            (say("annotate.value", lang), 24),
            (say("annotate.message", lang), 60),
            (say("annotate.hint", lang), 60),
            ("code", 22),
        ),
        start=1,
    ):
        _text(listing.cell(1, column), header)
        listing.cell(1, column).font = Font(bold=True)
        listing.column_dimensions[get_column_letter(column)].width = width
    listing.freeze_panes = "A2"
    # printed: one page wide, as many long as it takes
    listing.page_setup.orientation = "landscape"
    listing.page_setup.paperSize = listing.PAPERSIZE_A4
    listing.sheet_properties.pageSetUpPr.fitToPage = True
    listing.page_setup.fitToWidth, listing.page_setup.fitToHeight = 1, 0
    placed = 0
    comments: dict[tuple[str, str], list[str]] = {}
    for row, finding in enumerate(report.sorted(), start=2):
        sheet = titles.get(finding.sheet.strip().casefold()) if finding.sheet else None
        where = _where(finding) if sheet is not None else None
        values = (
            say(SEVERITY_LINES[finding.severity], lang),
            f"'{finding.sheet}'!{finding.cell}" if finding.sheet else "",
            finding.value,
            finding.message(lang),
            finding.hint(lang),
            finding.code,
        )
        for column, value in enumerate(values, start=1):
            _text(listing.cell(row, column), value)
        if sheet is None or where is None:
            continue
        link = listing.cell(row, 2)
        # a link inside the workbook (location), not a relationship to a file: Excel and
        # LibreOffice both jump to the cell
        # quoted as Excel quotes a sheet's name (an apostrophe in it doubled), or it points nowhere
        link.hyperlink = Hyperlink(
            ref=link.coordinate, location=f"{quote_sheetname(sheet.title)}!{where}"
        )
        link.font = Font(color="0563C1", underline="single")
        target_cell = sheet[where]
        if finding.severity in FILL:
            target_cell.fill = PatternFill(
                "solid", start_color=FILL[finding.severity], end_color=FILL[finding.severity]
            )
        comments.setdefault((sheet.title, where), []).append(
            f"{finding.message(lang)}\n→ {finding.hint(lang)}"
        )
        placed += 1
    for (title, where), notes in comments.items():
        comment = Comment("\n\n".join(notes), "xlkit")
        comment.width, comment.height = 320, 40 + 60 * len(notes)
        book[title][where].comment = comment
    mark(book, "annotated")
    book.active = 0
    book.save(target)
    return placed
