"""Word's XML where python-docx has no call for it: a page-number field, a rule under a
paragraph, a table's widths and margins; and the widths the figure columns need.

Each function imports python-docx where it runs: the command line starts without it.
"""

from __future__ import annotations

import re
from typing import Any

# characters XML 1.0 cannot carry; a cell copied from elsewhere sometimes holds them
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """TEXT without the characters XML cannot carry."""
    return _INVALID_XML.sub("", text)


# Widths (mm) that hold each figure column's bold 13 pt header on one line with Word's cell margins
# (3,8 mm), measured with Liberation Serif Bold (metrics of Times New Roman): "Thực hiện" is 20,0
# mm.
_HEADER_WIDTHS = {
    # the targets table
    "TT": 11.0, "Kế hoạch": 24.0, "Thực hiện": 25.0, "Tỷ lệ": 20.0, "Đánh giá": 23.0,
    "Tháng": 24.0,  # the plan's months
    # the roll-up's summary
    "Đảng viên": 23.0, "Kết nạp": 20.0, "Chỉ tiêu đạt": 28.0, "Tình trạng": 24.0,
    # the review's list
    "Chức vụ": 32.0, "Điểm": 16.0, "Xếp loại đề nghị": 26.0, "Ghi chú": 32.0,
    # the meeting's self-scoring sheet
    "Số liệu trong sổ": 34.0,
}  # fmt: skip


def column_widths(header: tuple[str, ...], total: float) -> list[float]:
    """Known figure columns at the width of their header; the second (the text) takes what is
    left."""
    count = len(header)
    known = [_HEADER_WIDTHS.get(h) for h in header]
    if count <= 2 and not any(known):
        return [total / count] * count
    if count == 2:  # a narrow first column (Tháng), the text beside it
        return [known[0] or total / 2, total - (known[0] or total / 2)]
    unknown = [i for i, w in enumerate(known) if w is None and i != 1]
    fixed = sum(w for w in known if w is not None)
    share = 21.0 if unknown else 0.0
    text = max(40.0, total - fixed - share * len(unknown))
    spare = (total - fixed - text) / len(unknown) if unknown else 0.0
    widths = [w if w is not None else spare for w in known]
    widths[1] = text
    return widths


def page_field(paragraph: Any, instruction: str) -> None:
    """A field (PAGE) at the end of PARAGRAPH, showing 2 until Word or LibreOffice updates it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (
        ("begin", None),
        (None, instruction),
        ("separate", None),
        (None, "2"),
        ("end", None),
    ):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def set_widths(table: Any, columns: list[float]) -> None:
    """Column widths in mm, in the grid and in every cell (readers differ in which they honour)."""
    from docx.oxml.ns import qn
    from docx.shared import Mm

    grid = table._tbl.tblGrid
    for col, width in zip(grid.iterchildren(qn("w:gridCol")), columns, strict=False):
        col.set(qn("w:w"), str(int(width * 56.7)))  # mm -> twentieths of a point
    for row in table.rows:
        for cell, width in zip(row.cells, columns, strict=False):
            cell.width = Mm(width)


def clear(cell: Any) -> Any:
    """CELL without the empty paragraph python-docx starts it with."""
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    return cell


def rule_under(paragraph: Any, column: float, text: float) -> None:
    """A solid rule under the paragraph as long as its text (HD 36), not underlined letters:
    a bottom border, the paragraph narrowed by indents to the text's width."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    side = max(0.0, (column - text) / 2)
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "6"),
        ("w:space", "1"),
        ("w:color", "auto"),
    ):
        bottom.set(qn(key), value)
    borders.append(bottom)
    later = (
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    )
    # the schema's order: Word is strict
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *later)


def no_side_margins(table: Any) -> None:
    """No left or right cell margin in TABLE: the text may use the column's whole width."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
