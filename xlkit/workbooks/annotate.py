"""`xlkit check --annotate`: a copy of the workbook where every finding sits on its cell.

Each finding's cell is filled (errors red, warnings amber, notes left as they are) and carries a
comment with the message and the hint; a first sheet `Kết quả kiểm tra` lists every finding with
a link to its cell, each row coloured by its level and as tall as its wrapped text. Everything
else of the original (validation, dropdowns, widths, frozen panes) is kept as openpyxl reads and
re-saves it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from xlkit.messages import SEVERITY_LINES, say
from xlkit.messages.findings import Finding, Report, Severity
from xlkit.workbooks.editing import open_for_editing
from xlkit.workbooks.formats import print_listing, row_height
from xlkit.workbooks.repair import mark

SHEET = "Kết quả kiểm tra"
FILL = {Severity.ERROR: "FFC7CE", Severity.WARNING: "FFEB9C"}
# the listing's rows: notes too, in a quiet blue, so every level reads at a glance
LISTING_FILL = {**FILL, Severity.NOTE: "DDEBF7"}
HEADER_FILL = "BDD7EE"
COLUMNS = (
    "annotate.severity",
    "annotate.where",
    "annotate.value",
    "annotate.message",
    "annotate.hint",
    "annotate.code",
)
WIDTHS = (10, 20, 22, 56, 56, 22)
_CELL = re.compile(r"^([A-Z]{1,3})(\d+)$")


def _where(finding: Finding) -> str | None:
    """The single cell a finding names (`D7`); a row (`7`) points at its first cell, a column
    (`A`) at row 1, unless the finding names its place (a month without a meeting: where that
    meeting would be written)."""
    place = finding.arg("place")
    if place and _CELL.match(place):
        return str(place)
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


def annotate_workbook(
    source: Path,
    target: Path,
    report: Report,
    lang: str = "vi",
    agenda: Sequence[tuple[tuple[str, ...], int | None]] | None = None,
) -> int:
    """Write to TARGET a copy of SOURCE with REPORT's findings on their cells, and AGENDA's rows
    (with their days left) as a second sheet; return how many cells were marked (two findings of
    one cell are one cell)."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.hyperlink import Hyperlink

    def fill(colour: str) -> PatternFill:
        return PatternFill("solid", start_color=colour, end_color=colour)

    book = open_for_editing(source)
    titles = {s.title.strip().casefold(): s for s in book.worksheets}
    listing = book.create_sheet(SHEET, 0)
    listing.sheet_properties.tabColor = "C00000"
    wrapped = Alignment(wrap_text=True, vertical="top")
    for column, (key, width) in enumerate(zip(COLUMNS, WIDTHS, strict=True), start=1):
        cell = listing.cell(1, column)
        _text(cell, say(key, lang))
        cell.font, cell.fill, cell.alignment = Font(bold=True), fill(HEADER_FILL), wrapped
        listing.column_dimensions[get_column_letter(column)].width = width
    listing.auto_filter.ref = f"A1:F{max(2, len(report.findings) + 1)}"
    print_listing(listing)
    comments: dict[tuple[str, str], list[str]] = {}
    for row, finding in enumerate(report.sorted(), start=2):
        sheet = titles.get(finding.sheet.strip().casefold()) if finding.sheet else None
        where = _where(finding) if sheet is not None else None
        shown_cell = where if where and finding.arg("place") else finding.cell
        values = (
            say(SEVERITY_LINES[finding.severity], lang),
            f"'{finding.sheet}'!{shown_cell}" if finding.sheet else "",
            finding.value,
            finding.message(lang),
            finding.hint(lang),
            finding.code,
        )
        for column, value in enumerate(values, start=1):
            cell = listing.cell(row, column)
            _text(cell, value)
            cell.fill, cell.alignment = fill(LISTING_FILL[finding.severity]), wrapped
        listing.row_dimensions[row].height = row_height(
            *((str(v), w) for v, w in zip(values, WIDTHS, strict=True))
        )
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
            target_cell.fill = fill(FILL[finding.severity])
        comments.setdefault((sheet.title, where), []).append(
            f"{finding.message(lang)}\n→ {finding.hint(lang)}"
        )
    for (title, where), notes in comments.items():
        comment = Comment("\n\n".join(notes), "xlkit")
        comment.width, comment.height = 320, 40 + 60 * len(notes)
        book[title][where].comment = comment
    if agenda is not None:
        from xlkit.workbooks.agenda_sheet import add_agenda_sheet

        add_agenda_sheet(book, agenda, lang, 1)
    mark(book, "annotated")
    book.active = 0
    book.save(target)
    return len(comments)
