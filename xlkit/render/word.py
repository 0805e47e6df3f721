"""The document model as Word (.docx), laid out by the party's document rules (python-docx).

python-docx rather than docxtpl: the words come from the jinja2 template through the document
model, so the .docx needs layout code, not a second template with the words in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from xlkit.documents.model import (
    Closing,
    Document,
    Header,
    Heading,
    ListItem,
    Paragraph,
    Signatures,
    Table,
    Title,
    unhandled,
)
from xlkit.guard.files import MARK
from xlkit.render.layout import Layout
from xlkit.render.ooxml import (
    clean,
    clear,
    column_widths,
    no_side_margins,
    page_field,
    rule_under,
    set_widths,
)


def write_docx(document: Document, path: Path, layout: Layout | None = None) -> None:
    """Write DOCUMENT to PATH as .docx."""
    Writer(layout or Layout()).write(document, path)


# "ĐẢNG CỘNG SẢN VIỆT NAM" in bold is 4,86 mm wide per point of size (72,9 mm at 15 pt),
# measured so
MOTTO_MM_PER_PT = 72.9 / 15
KEEP_WITH_SIGNATURE = 2  # paragraphs before the Nơi nhận/signature table kept on its page


class Writer:
    def __init__(self, layout: Layout) -> None:
        import docx
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt

        self.layout = layout
        self.docx, self.Mm, self.Pt, self.qn, self.OxmlElement = docx, Mm, Pt, qn, OxmlElement
        self.ALIGN, self.BREAK, self.TABLE_ALIGN = WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TABLE_ALIGNMENT
        self.CELL_MIDDLE = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        self.doc: Any = None

    # --- page and styles ---------------------------------------------------------------------

    def write(self, document: Document, path: Path) -> None:
        self.doc = self.docx.Document()
        self._page()
        self._styles()
        body = self.doc.element.body
        # the template's empty first paragraph
        for paragraph in list(body.iterchildren(self.qn("w:p"))):
            body.remove(paragraph)
        for block in document.blocks:
            match block:
                case Header():
                    self._on_header(block)
                case Title():
                    self._on_title(block)
                case Heading():
                    self._on_heading(block)
                case Paragraph():
                    self._on_paragraph(block)
                case ListItem():
                    self._on_listitem(block)
                case Table():
                    self._on_table(block)
                case Signatures():
                    self._on_signatures(block)
                case Closing():
                    self._on_closing(block)
                case _:
                    unhandled(block)
        self._keep_breaks_unstretched()
        self.doc.core_properties.author = ""
        self.doc.core_properties.keywords = (
            f"{MARK}-report"  # carried into the PDF too: xlkit knows its own
        )
        self.doc.save(str(path))

    def _keep_breaks_unstretched(self) -> None:
        """A justified line ended by a line break (a form's "Họ và tên: …" lines, a plan's
        "Căn cứ" lines) is not stretched across the page: Word's compatibility option, which
        LibreOffice honours too."""
        settings = self.doc.settings.element
        compat = settings.find(self.qn("w:compat"))
        if compat is None:
            compat = self.OxmlElement("w:compat")
            settings.append(compat)
        compat.insert(0, self.OxmlElement("w:doNotExpandShiftReturn"))

    def _page(self) -> None:
        lay, Mm = self.layout, self.Mm
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(lay.page_width), Mm(lay.page_height)
        section.top_margin, section.bottom_margin = Mm(lay.margin_top), Mm(lay.margin_bottom)
        section.left_margin, section.right_margin = Mm(lay.margin_left), Mm(lay.margin_right)
        section.header_distance, section.footer_distance = Mm(10), Mm(10)
        if lay.page_numbers_from > 1:
            section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.alignment = self.ALIGN.CENTER
        page_field(header, "PAGE")

    def _styles(self) -> None:
        lay, Pt = self.layout, self.Pt
        normal = self.doc.styles["Normal"]
        normal.font.name = lay.font
        normal.font.size = Pt(lay.body_size)
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(self.qn(attribute), lay.font)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after = Pt(0), Pt(lay.space_after)
        fmt.line_spacing = Pt(lay.line_spacing_pt) if lay.line_spacing_pt else lay.line_spacing

    # --- building blocks ---------------------------------------------------------------------

    def _para(
        self,
        container: Any,
        lines: tuple[str, ...] | list[str],
        *,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        underline: bool = False,
        align: str = "justify",
        indent: bool = True,
        after: float | None = None,
        keep: bool = False,
    ) -> Any:
        lay, Pt, Mm = self.layout, self.Pt, self.Mm
        paragraph = container.add_paragraph()
        paragraph.alignment = {
            "justify": self.ALIGN.JUSTIFY,
            "center": self.ALIGN.CENTER,
            "left": self.ALIGN.LEFT,
        }[align]
        fmt = paragraph.paragraph_format
        if indent:
            fmt.first_line_indent = Mm(lay.first_line_indent)
        if after is not None:
            fmt.space_after = Pt(after)
        if keep:
            fmt.keep_with_next = True
        for index, line in enumerate(lines):
            run = paragraph.add_run(clean(line))
            run.bold, run.italic = bold or None, italic or None
            if underline:
                run.underline = True
            if size:
                run.font.size = Pt(size)
            if index < len(lines) - 1:
                run.add_break(self.BREAK.LINE)
        return paragraph

    def _tight(
        self,
        container: Any,
        lines: list[str],
        *,
        size: float,
        bold: bool = False,
        italic: bool = False,
        underline: bool = False,
        align: str = "center",
    ) -> Any:
        """A line of a header or closing block: no indent, no space after."""
        return self._para(
            container,
            lines,
            size=size,
            bold=bold,
            italic=italic,
            underline=underline,
            align=align,
            indent=False,
            after=0,
        )

    def _borderless(self, columns: list[float]) -> Any:
        table = self.doc.add_table(rows=1, cols=len(columns))
        table.alignment = self.TABLE_ALIGN.CENTER
        table.autofit = False
        set_widths(table, columns)
        return table

    def _on_header(self, block: Header) -> None:
        lay = self.layout
        right_width = lay.text_width - lay.header_left_width
        table = self._borderless([lay.header_left_width, right_width])
        no_side_margins(table)  # the cell's name uses the column's whole width
        left, right = (clear(c) for c in table.rows[0].cells)
        if block.superior:  # none known: the issuer stands level with the motto
            self._tight(left, [block.superior], size=lay.superior_size)
        self._tight(left, list(block.cell_lines), size=lay.cell_size, bold=True)
        self._tight(left, ["*"], size=lay.cell_size)
        self._tight(left, [block.number], size=lay.number_size)
        motto = self._tight(right, [block.motto], size=lay.motto_size, bold=True)
        rule_under(motto, right_width, MOTTO_MM_PER_PT * lay.motto_size)
        self._tight(right, [""], size=lay.place_date_size)
        self._tight(right, [block.place_date], size=lay.place_date_size, italic=True)

    def _on_title(self, block: Title) -> None:
        lay, Pt = self.layout, self.Pt
        first = self._para(
            self.doc,
            [block.kind],
            size=lay.title_size,
            bold=True,
            align="center",
            indent=False,
            after=0,
        )
        first.paragraph_format.space_before = Pt(18)
        self._para(
            self.doc,
            list(block.summary),
            size=lay.summary_size,
            bold=True,
            align="center",
            indent=False,
            after=0,
        )
        self._para(
            self.doc, ["-----"], size=lay.summary_size, align="center", indent=False, after=12
        )

    def _on_heading(self, block: Heading) -> None:
        self._para(self.doc, [block.text], bold=True, italic=block.level >= 3, keep=True)

    def _on_paragraph(self, block: Paragraph) -> None:
        self._para(self.doc, block.lines)

    def _on_listitem(self, block: ListItem) -> None:
        lines = [f"{block.marker} {block.lines[0]}", *block.lines[1:]]
        self._para(self.doc, lines)

    def _on_table(self, block: Table) -> None:
        lay, Pt = self.layout, self.Pt
        count = len(block.header)
        table = self.doc.add_table(rows=len(block.rows), cols=count)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = self.TABLE_ALIGN.CENTER
        table.autofit = False
        set_widths(table, column_widths(block.header, lay.text_width))
        for r, row in enumerate(block.rows):
            for c in range(count):
                cell = clear(table.rows[r].cells[c])
                cell.vertical_alignment = self.CELL_MIDDLE
                text = row[c] if c < len(row) else ""
                paragraph = self._para(
                    cell,
                    text.split("\n"),
                    size=lay.table_size,
                    bold=r == 0,
                    indent=False,
                    after=0,
                    align="center" if r == 0 or c != 1 else "left",
                )
                paragraph.paragraph_format.line_spacing = 1.0
        header = table.rows[0]._tr.get_or_add_trPr()
        repeat = self.OxmlElement("w:tblHeader")
        repeat.set(self.qn("w:val"), "true")
        header.append(repeat)
        self._para(self.doc, [""], after=0, indent=False).paragraph_format.space_after = Pt(0)

    def _on_closing(self, block: Closing) -> None:
        lay = self.layout
        for paragraph in self.doc.paragraphs[-KEEP_WITH_SIGNATURE:]:
            # the closing sentence and the lines before it go with the signature,
            # never leaving it alone
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.keep_together = True
        table = self._borderless([lay.text_width * 0.5, lay.text_width * 0.5])
        row = table.rows[0]._tr.get_or_add_trPr()
        row.append(self.OxmlElement("w:cantSplit"))
        left, right = (clear(c) for c in table.rows[0].cells)
        self._tight(
            left,
            [block.recipients_label],
            size=lay.recipients_label_size,
            bold=True,
            italic=True,
            underline=True,
            align="left",
        )
        for recipient in block.recipients:
            self._tight(left, [f"- {recipient}"], size=lay.recipients_size, align="left")
        self._tight(right, [block.on_behalf], size=lay.signature_size, bold=True)
        self._tight(right, [block.role], size=lay.signature_size, bold=True)
        for _ in range(lay.signature_room_lines):
            self._tight(right, [""], size=lay.signature_size)
        self._tight(right, [block.signer], size=lay.signature_size, bold=True)

    def _on_signatures(self, block: Signatures) -> None:
        lay = self.layout
        for paragraph in self.doc.paragraphs[-KEEP_WITH_SIGNATURE:]:
            paragraph.paragraph_format.keep_with_next = True
        table = self._borderless([lay.text_width * 0.5, lay.text_width * 0.5])
        table.rows[0]._tr.get_or_add_trPr().append(self.OxmlElement("w:cantSplit"))
        for cell, title, name in zip(
            (clear(c) for c in table.rows[0].cells),
            (block.left, block.right),
            (block.left_name, block.right_name),
            strict=True,
        ):
            self._tight(cell, [title], size=lay.signature_size, bold=True)
            for _ in range(lay.signature_room_lines):
                self._tight(cell, [""], size=lay.signature_size)
            self._tight(cell, [name], size=lay.signature_size, bold=True)
