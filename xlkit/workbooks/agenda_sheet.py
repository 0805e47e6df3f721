"""The annotated copy's sheet of what is coming due (`Việc sắp đến hạn`): one row per item, a
link to the cell it comes from, printed landscape one page wide."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from xlkit.messages import say
from xlkit.workbooks.formats import print_listing, row_height

WIDTHS = (22, 11, 14, 60, 18, 40)
HEADER_FILL = "BDD7EE"
DUE_FILL = {"past": "FFC7CE", "soon": "FFEB9C"}  # overdue red, within 30 days amber
SOON_DAYS = 30


def add_agenda_sheet(
    book: Any, rows: Sequence[tuple[tuple[str, ...], int | None]], lang: str, at: int
) -> None:
    """Add the sheet of ROWS (render.agenda.rows: the values, the days left for the colour) to
    BOOK at position AT."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.hyperlink import Hyperlink

    def fill(colour: str) -> PatternFill:
        return PatternFill("solid", start_color=colour, end_color=colour)

    sheet = book.create_sheet(say("agenda.sheet", lang), at)
    sheet.sheet_properties.tabColor = "2F5597"
    titles = {s.title.strip().casefold(): s for s in book.worksheets}
    wrapped = Alignment(wrap_text=True, vertical="top")
    headers = say("agenda.columns", lang).split("|")
    for column, (header, width) in enumerate(zip(headers, WIDTHS, strict=True), start=1):
        cell = sheet.cell(1, column)
        cell.value, cell.data_type = header, "s"
        cell.font, cell.fill, cell.alignment = Font(bold=True), fill(HEADER_FILL), wrapped
        sheet.column_dimensions[get_column_letter(column)].width = width
    if not rows:
        cell = sheet.cell(2, 1)
        cell.value, cell.data_type = say("agenda.none", lang), "s"
    for number, (values, left) in enumerate(rows, start=2):
        colour = None
        if left is not None and left < 0:
            colour = DUE_FILL["past"]
        elif left is not None and left <= SOON_DAYS:
            colour = DUE_FILL["soon"]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(number, column)
            cell.value, cell.data_type = value, "s"  # her names are text, never a formula
            cell.alignment = wrapped
            if colour:
                cell.fill = fill(colour)
        sheet.row_dimensions[number].height = row_height(
            *((str(v), w) for v, w in zip(values, WIDTHS, strict=True))
        )
        name, _, where = values[4].partition("!")
        target = titles.get(name.strip().casefold())
        if target is not None and where:
            link = sheet.cell(number, 5)
            link.hyperlink = Hyperlink(
                ref=link.coordinate, location=f"{quote_sheetname(target.title)}!{where}"
            )
            link.font = Font(color="0563C1", underline="single")
    if any(values[5].endswith("(*)") for values, _ in rows):
        cell = sheet.cell(len(rows) + 3, 1)
        cell.value, cell.data_type = say("agenda.unconfirmed", lang), "s"
        sheet.merge_cells(
            start_row=len(rows) + 3, start_column=1, end_row=len(rows) + 3, end_column=6
        )
        cell.alignment = wrapped
        sheet.row_dimensions[len(rows) + 3].height = row_height((str(cell.value), sum(WIDTHS)))
    print_listing(sheet)
