"""The document model as Markdown (GitHub-flavoured: tables, hard breaks with a backslash)."""

from __future__ import annotations

import re

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

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md(text: str, line_start: bool = True) -> str:
    """Escape TEXT so Markdown shows it as typed (at a line's start, a leading `1.` or `-` too)."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    if not line_start:
        return escaped
    if re.match(r"^(\d+)\.\s", escaped):
        escaped = re.sub(r"^(\d+)\.", r"\1\\.", escaped)
    if escaped.startswith(("-", "+")):
        escaped = "\\" + escaped
    return escaped


def _lines(lines: tuple[str, ...]) -> str:
    return "\\\n".join(md(line) for line in lines)


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(md(c).replace("\n", "<br>") for c in cells) + " |"


def render_markdown(document: Document) -> str:
    out: list[str] = []
    previous = None
    for block in document.blocks:
        match block:
            case Header():
                cell = "<br>".join(md(line) for line in block.cell_lines)
                out += [
                    f"| {md(block.superior)} | **{md(block.motto)}** |",
                    "|:---:|:---:|",
                    f"| **{cell}** | *{md(block.place_date)}* |",
                    "| \\* | |",
                    f"| {md(block.number)} | |",
                ]
            case Title():
                out += [f"# {md(block.kind)}", "", f"**{_lines(block.summary)}**", "", "\\-----"]
            case Heading():
                out.append("#" * (block.level + 1) + " " + md(block.text, line_start=False))
            case Paragraph():
                out.append(_lines(block.lines))
            case ListItem():
                if isinstance(previous, ListItem):
                    out.pop()
                out.append(f"{block.marker} {_lines(block.lines)}")
            case Table():
                out += [
                    _row(block.header),
                    "|" + "---|" * len(block.header),
                    *(_row(r) for r in block.body),
                ]
            case Closing():
                out += [
                    f"| *{md(block.recipients_label)}* | **{md(block.on_behalf)}** |",
                    "|:---|:---:|",
                    *(
                        f"| \\- {md(r)} | {'**' + md(block.role) + '**' if i == 0 else ''} |"
                        for i, r in enumerate(block.recipients)
                    ),
                    f"| | **{md(block.signer)}** |",
                ]
            case Signatures():
                out += [
                    f"| **{md(block.left)}** | **{md(block.right)}** |",
                    "|:---:|:---:|",
                    f"| **{md(block.left_name)}** | **{md(block.right_name)}** |",
                ]
            case _:
                unhandled(block)
        out.append("")
        previous = block
    return "\n".join(out).rstrip() + "\n"
