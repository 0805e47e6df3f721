"""The document model as plain text: the shape of a printed party document, in a terminal."""

from __future__ import annotations

import textwrap

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

WIDTH = 100
HALF = 46  # width of each column of the header and closing blocks
INDENT = "    "


def _two_columns(left: list[str], right: list[str], *, center_left: bool = True) -> list[str]:
    lines = []
    for index in range(max(len(left), len(right))):
        a = left[index] if index < len(left) else ""
        b = right[index] if index < len(right) else ""
        a = a.center(HALF) if center_left else a.ljust(HALF)
        lines.append((a + "  " + b.center(HALF)).rstrip())
    return lines


def _wrap(text: str, first: str = INDENT, rest: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def _wrapped(line: str, width: int) -> list[str]:
    return textwrap.wrap(line, width) or [""]


def _table(table: Table) -> list[str]:
    # a cell's own lines (a month's activities, one a line) stay lines, as in the .docx
    rows = [tuple(cell.split("\n") for cell in row) for row in table.rows]
    widths = [
        max((max(map(len, row[i])) if i < len(row) else 0) for row in rows)
        for i in range(len(table.header))
    ]
    # the widest column wraps so the table keeps within the page
    excess = sum(widths) + 3 * (len(widths) - 1) + 1 - WIDTH
    wide = widths.index(max(widths))
    if excess > 0:
        widths[wide] = max(12, widths[wide] - excess)
    lines = []
    for row in rows:
        cells = [
            [part for line in (row[i] if i < len(row) else [""]) for part in _wrapped(line, w)]
            for i, w in enumerate(widths)
        ]
        for k in range(max(len(c) for c in cells)):
            parts = [(c[k] if k < len(c) else "").ljust(widths[i]) for i, c in enumerate(cells)]
            lines.append((" " + " | ".join(parts)).rstrip())
    return lines


def render_text(document: Document) -> str:
    out: list[str] = []
    previous = None
    for block in document.blocks:
        match block:
            case Header():
                out += _two_columns(
                    [*filter(None, [block.superior]), *block.cell_lines, "*", block.number],
                    [block.motto, "-" * len(block.motto), block.place_date],
                )
            case Title():
                out += ["", block.kind.center(WIDTH).rstrip()]
                out += [line.center(WIDTH).rstrip() for line in block.summary]
                out += ["-----".center(WIDTH).rstrip()]
            case Heading():
                out.append(block.text)
            case Paragraph():
                out += _wrap(block.lines[0])
                for line in block.lines[1:]:
                    out += _wrap(line, INDENT, INDENT)
            case ListItem():
                if isinstance(previous, ListItem):
                    out.pop()  # list items sit together, without a blank line between them
                marker = f"{INDENT}{block.marker} "
                out += _wrap(block.lines[0], marker, " " * len(marker))
                for line in block.lines[1:]:
                    out += _wrap(line, " " * len(marker), " " * len(marker))
            case Table():
                out += _table(block)
            case Closing():
                left = [block.recipients_label, *(f"- {r}" for r in block.recipients)]
                right = [block.on_behalf, block.role, "", "", block.signer]
                out += _two_columns(left, right, center_left=False)
            case Signatures():
                left = [block.left, "", "", "", block.left_name]
                right = [block.right, "", "", "", block.right_name]
                out += _two_columns(left, right)
            case _:
                unhandled(block)
        out.append("")
        previous = block
    return "\n".join(out).rstrip() + "\n"
