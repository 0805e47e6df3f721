"""The small document model every writer (text, Markdown, .docx) lays out, and the markup it is
parsed from.

The jinja2 templates write a line-based markup, so that one template feeds every format:

    ::: header / ::: title / ::: closing   fenced blocks of `key: value` lines (title: plain
    lines)
    # I. …  /  ## 1. …  /  ### 3.1. …      headings, levels 1-3
    - item  /  1. item                     bullet and numbered list items (continuation lines:
      breaks)
    | a | b |                              a table, its first row the header
    any other lines                        a paragraph; each line after the first is a line break

Blocks are separated by blank lines. A line starting with a backslash is text, whatever follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NoReturn

_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")


@dataclass(frozen=True)
class Header:
    superior: str
    cell: str  # its lines separated by `|`
    number: str
    motto: str
    place_date: str

    @property
    def cell_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.cell.split("|") if line.strip())


@dataclass(frozen=True)
class Title:
    kind: str  # BÁO CÁO, KẾ HOẠCH …
    summary: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ListItem:
    marker: str  # "-" or "1." …
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # first row: the header

    @property
    def header(self) -> tuple[str, ...]:
        return self.rows[0]

    @property
    def body(self) -> tuple[tuple[str, ...], ...]:
        return self.rows[1:]


@dataclass(frozen=True)
class Closing:
    recipients_label: str
    recipients: tuple[str, ...]
    on_behalf: str
    role: str
    signer: str


@dataclass(frozen=True)
class Signatures:
    """Two signatures side by side, no recipients: a biên bản's NGƯỜI GHI BIÊN BẢN on the left,
    CHỦ TRÌ on the right (a name left empty leaves the room to sign and write it)."""

    left: str
    left_name: str
    right: str
    right_name: str


Block = Header | Title | Heading | Paragraph | ListItem | Table | Closing | Signatures


def unhandled(block: NoReturn) -> NoReturn:
    """The `case _:` of a writer's `match`: mypy fails while any block type is left unhandled."""
    raise AssertionError(f"no writer for {type(block).__name__}")


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)

    def of(self, kind: type) -> list:
        return [b for b in self.blocks if isinstance(b, kind)]


class MarkupError(ValueError):
    """A template wrote markup the parser does not understand (a template bug, not a user's)."""


def escape_line(text: str) -> str:
    """Make one line of user text literal in the markup."""
    return "\\" + text if text[:1] in ("#", "-", "|", ":", "\\") or _NUMBERED.match(text) else text


def escape_cell(text: str) -> str:
    """Make user text literal inside a table cell: pipes escaped, line breaks kept as \\n."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "\\n")


def parse(markup: str) -> Document:
    document = Document()
    for block in _blocks(markup):
        document.blocks.extend(_parse_block(block))
    return document


def _blocks(markup: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    fenced = False
    for line in markup.splitlines():
        stripped = line.rstrip()
        if stripped.startswith(":::"):
            if not fenced:
                if current:
                    blocks.append(current)
                current, fenced = [stripped], True
            else:
                current.append(stripped)
                blocks.append(current)
                current, fenced = [], False
            continue
        if not stripped.strip() and not fenced:
            if current:
                blocks.append(current)
            current = []
            continue
        current.append(stripped)
    if fenced:
        raise MarkupError("unclosed ::: block")
    if current:
        blocks.append(current)
    return blocks


def _literal(line: str) -> str:
    return line[1:] if line.startswith("\\") else line


def _fields(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    values: dict[str, str] = {}
    rest: list[str] = []
    for line in lines:
        key, sep, value = line.partition(":")
        if sep and re.fullmatch(r"[a-z-]+", key.strip()):
            values[key.strip()] = value.strip()
        else:
            rest.append(_literal(line.strip()))
    return values, rest


def _parse_block(lines: list[str]) -> list[Block]:
    first = lines[0]
    if first.startswith(":::"):
        kind, body = first[3:].strip(), lines[1:-1]
        if kind == "header":
            f, _ = _fields(body)
            return [
                Header(
                    f.get("cap-tren", ""),
                    f.get("chi-bo", ""),
                    f.get("so", ""),
                    f.get("quoc-hieu", ""),
                    f.get("ngay", ""),
                )
            ]
        if kind == "title":
            text = [_literal(line.strip()) for line in body if line.strip()]
            return [Title(text[0], tuple(text[1:]))]
        if kind == "closing":
            f, recipients = _fields(body)
            listed = tuple(
                _literal(r[2:].strip()) if r.startswith("- ") else r for r in recipients if r
            )
            return [
                Closing(
                    f.get("noi-nhan", ""),
                    listed,
                    f.get("tm", ""),
                    f.get("chuc-vu", ""),
                    f.get("ky-ten", ""),
                )
            ]
        if kind == "signatures":
            f, _ = _fields(body)
            return [
                Signatures(
                    f.get("trai", ""),
                    f.get("trai-ten", ""),
                    f.get("phai", ""),
                    f.get("phai-ten", ""),
                )
            ]
        raise MarkupError(f"unknown block ::: {kind}")
    if first.startswith("#"):
        level = len(first) - len(first.lstrip("#"))
        return [Heading(min(level, 3), _literal(first[level:].strip()))]
    if first.startswith("|"):
        return [Table(tuple(_cells(line) for line in lines))]
    if first.startswith("- ") or _NUMBERED.match(first):
        items: list[ListItem] = []
        for line in lines:
            numbered = _NUMBERED.match(line)
            if line.startswith("- "):
                items.append(ListItem("-", (_literal(line[2:].strip()),)))
            elif numbered:
                items.append(
                    ListItem(f"{numbered.group(1)}.", (_literal(numbered.group(2).strip()),))
                )
            else:
                last = items[-1]
                items[-1] = ListItem(last.marker, (*last.lines, _literal(line.strip())))
        return list(items)
    return [Paragraph(tuple(_literal(line.strip()) for line in lines))]


def _cells(line: str) -> tuple[str, ...]:
    cells: list[str] = []
    current = ""
    body = line.strip()[1:]
    index = 0
    while index < len(body):
        ch = body[index]
        if ch == "\\" and index + 1 < len(body):
            nxt = body[index + 1]
            current += "\n" if nxt == "n" else nxt
            index += 2
            continue
        if ch == "|":
            cells.append(current.strip())
            current = ""
        else:
            current += ch
        index += 1
    if current.strip():
        cells.append(current.strip())
    return tuple(cells)
