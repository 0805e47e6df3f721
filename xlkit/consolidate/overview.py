"""The first sheet of the consolidated workbook, `Tổng hợp`: the figures a committee's report
uses, one row per cell and a totals row, as a clerk prints it for the standing meeting (A4
landscape, fitted to the page's width, header and names frozen, shares as 0,0 %, each cell's
status in words and colour)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlkit.consolidate.headers import NAME, NOTE, STATUS, SUPERIOR, TARGETS, TOTAL, UNIT
from xlkit.consolidate.identity import bare
from xlkit.consolidate.rows import CellRow, reached, status_words

if TYPE_CHECKING:
    from xlkit.consolidate.run import RolledUp
    from xlkit.consolidate.styles import Styles


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    what: str  # a figure's key, or one of the words of `_cell_value`
    group: str = ""  # the header above a group of columns, merged
    share: bool = False  # a share (0-100) shown as 0,0 %


_MEMBERS, _MEETINGS, _RATINGS = "Đảng viên", "Sinh hoạt", "Xếp loại đảng viên"
COLUMNS = (
    Column("TT", 4.5, "index"),
    Column(NAME, 24, "name"),
    Column(UNIT, 18, "unit"),
    Column(SUPERIOR, 18, "superior"),
    Column(STATUS, 12, "status"),
    Column("Tổng số", 7, "members.total", _MEMBERS),
    Column("Chính thức", 7.5, "members.official", _MEMBERS),
    Column("Dự bị", 6, "members.probationary", _MEMBERS),
    Column("Nữ", 6, "members.women", _MEMBERS),
    Column("Kết nạp trong kỳ", 7.5, "members.admitted", _MEMBERS),
    Column("Thường kỳ (buổi)", 7.5, "meetings.regular", _MEETINGS),
    Column("Chuyên đề (buổi)", 7.5, "meetings.thematic", _MEETINGS),
    Column("Tỷ lệ dự", 7, "meetings.attendance_pct", _MEETINGS, share=True),
    Column("HTXSNV", 7, "ratings.xuat_sac", _RATINGS),
    Column("HTTNV", 7, "ratings.tot", _RATINGS),
    Column("HTNV", 6, "ratings.hoan_thanh", _RATINGS),
    Column("KHTNV", 6.5, "ratings.khong_hoan_thanh", _RATINGS),
    Column("Tốt trở lên", 7.5, "ratings.tot_tro_len_pct", _RATINGS, share=True),
    Column(TARGETS, 7.5, "reached"),
    Column(NOTE, 18, "note"),
)

TITLE_ROWS = 2  # the title and the line under it; a blank row, then the two header rows
HEADER_ROW = TITLE_ROWS + 1  # the groups' row; the columns' own headers the row below
FIRST_ROW = HEADER_ROW + 2  # the first cell's row (0-based)


def columns(rolled: RolledUp) -> list[Column]:
    """The columns this roll-up prints: the unit when a cell gave one, the superior committee
    when the cells are under more than one."""
    rows = rolled.rows
    # a unit the name already says ("Chi bộ Trường Mầm non Hoa Sen") is not said twice
    units = any(r.unit and bare(r.unit) not in bare(r.name) for r in rows)
    superiors = len({r.superior for r in rows if r.superior}) > 1
    return [
        c for c in COLUMNS if (c.what != "unit" or units) and (c.what != "superior" or superiors)
    ]


def _number(value: float | None, share: bool) -> float | None:
    if value is None:
        return None
    return value / 100 if share else value


def _cell_value(column: Column, index: int, row: CellRow) -> Any:
    what = column.what
    if what == "index":
        return index
    if what == "status":
        return status_words(row.status)
    if what == "reached":
        return reached(row.values, lambda v: str(int(v)), "")
    if what == "name":  # a file of no known cell: named by its file
        return row.name or f"({Path(row.origin.split(' › ')[0]).name})"
    if what in ("unit", "superior", "note"):
        return getattr(row, what) or None
    return _number(row.values.get(what), column.share)


def _total_value(column: Column, totals: Mapping[str, float | None], counted: int) -> Any:
    what = column.what
    if what == "name":
        return TOTAL
    if what == "status":
        return f"tính {counted} chi bộ"
    if what == "reached":
        return reached(totals, lambda v: str(int(v)), "")
    if what in ("index", "unit", "superior", "note"):
        return None
    return _number(totals.get(what), column.share)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def title(rolled: RolledUp, when: str) -> tuple[str, str]:
    rows = rolled.rows
    sent = sum(1 for r in rows if r.name and r.status != "missing")
    cells = sum(1 for r in rows if r.name)
    return (
        "BẢNG TỔNG HỢP SỐ LIỆU CÁC CHI BỘ",
        f"{capital(rolled.period.label())} · {sent}/{cells} chi bộ đã gửi · lập lúc {when}",
    )


def write_overview(sheet: Any, styles: Styles, rolled: RolledUp, when: str) -> list[Column]:
    """`Tổng hợp` on SHEET (rows written in order: the workbook streams them); the columns
    written, for the charts that point at them."""
    chosen = columns(rolled)
    last = len(chosen) - 1
    heading, under = title(rolled, when)
    sheet.merge_range(0, 0, 0, last, heading, styles.title)
    sheet.merge_range(1, 0, 1, last, under, styles.subtitle)
    sheet.set_row(HEADER_ROW, 18)
    sheet.set_row(HEADER_ROW + 1, 45)
    for i, column in enumerate(chosen):
        sheet.set_column(i, i, column.width)
    _headers(sheet, styles, chosen)
    widths = [c.width for c in chosen]
    # each column's style, asked once (a status's is its row's)
    styled = [
        None
        if column.what == "status"
        else styles.share
        if column.share
        else styles.text
        if column.what in ("name", "unit", "superior", "note")
        else styles.count
        for column in chosen
    ]
    for index, row in enumerate(rolled.rows, start=1):
        r = FIRST_ROW + index - 1
        values = [_cell_value(column, index, row) for column in chosen]
        sheet.set_row(r, row_height(values, widths))
        for i, value in enumerate(values):
            style = styled[i]
            put(sheet, r, i, value, styles.status[row.status] if style is None else style)
    counted = sum(1 for r in rolled.rows if r.counted)
    r = FIRST_ROW + len(rolled.rows)
    for i, column in enumerate(chosen):
        value = _total_value(column, rolled.totals, counted)
        style = styles.total_share if column.share else styles.total
        put(sheet, r, i, value, style)
    _print_settings(sheet, r, last)
    return chosen


def _headers(sheet: Any, styles: Styles, chosen: list[Column]) -> None:
    """Two header rows, written row by row (the workbook streams its rows): a group's name
    merged over its columns; a lone column's header in the lower row, the cell above it open
    to it."""
    i = 0
    while i < len(chosen):
        group = chosen[i].group
        end = i
        while group and end + 1 < len(chosen) and chosen[end + 1].group == group:
            end += 1
        if not group:
            sheet.write_blank(HEADER_ROW, i, None, styles.header_top)
        elif end > i:
            sheet.merge_range(HEADER_ROW, i, HEADER_ROW, end, group, styles.header)
        else:
            sheet.write(HEADER_ROW, i, group, styles.header)
        i = end + 1
    for j, column in enumerate(chosen):
        style = styles.header if column.group else styles.header_bottom
        sheet.write(HEADER_ROW + 1, j, column.header, style)


LINE_PT = 15  # one line of 11 pt text


def row_height(values: list[Any], widths: list[float]) -> float:
    """The height that shows every wrapped text whole (neither Excel nor LibreOffice grows a row
    that a streamed workbook wrote): its longest text's lines at about a character a width
    unit."""
    lines = max(
        (
            -(-len(value) // max(1, int(width * 1.25)))
            for value, width in zip(values, widths, strict=True)
            if isinstance(value, str)
        ),
        default=1,
    )
    return LINE_PT * max(1, lines)


def put(sheet: Any, row: int, column: int, value: Any, style: Any) -> None:
    """A value in its style; none, a blank cell in that style (its borders drawn). Written by
    its type, as write() would (a thousand rows of twenty cells, after the last cell came)."""
    kind = value.__class__
    if kind is str and value:
        sheet.write_string(row, column, value, style)
    elif value is None or kind is str:  # "" too, as write() has it
        sheet.write_blank(row, column, None, style)
    elif kind is float or kind is int:
        sheet.write_number(row, column, value, style)
    else:
        sheet.write(row, column, value, style)


def _print_settings(sheet: Any, bottom: int, last: int) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.center_horizontally()
    sheet.fit_to_pages(1, 0)  # the page's width, as many pages down as the cells need
    sheet.repeat_rows(HEADER_ROW, HEADER_ROW + 1)
    sheet.set_footer("&CTrang &P/&N")
    sheet.freeze_panes(FIRST_ROW, 2)  # the headers and the names stay in sight
    sheet.print_area(0, 0, bottom, last)
