"""The report's part I as numbered sections and sub-sections, with the prose and figures of each.

A prose row may name a `Mục con` (a sub-heading, numbered 3.1, 3.2 … in order of first
appearance), or a heading under one, unnumbered: `Chất lượng › Chất lượng giáo dục`; a `Số liệu`
row naming the same `Mục con` is printed there, one without it after the prose of I.3. A section
with nothing to say is left out and the rest are numbered on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from xlkit.documents import phrases
from xlkit.read.records import Book
from xlkit.vocab.columns import fold
from xlkit.vocab.periods import Period
from xlkit.vocab.words import FIGURES, PROSE

# Mục of part I -> its heading (documents.md §1)
RESULT_SECTIONS = {
    "Công tác xây dựng Đảng": "Lãnh đạo thực hiện công tác xây dựng Đảng",
    "Công tác chính trị, tư tưởng": "Lãnh đạo công tác chính trị, tư tưởng",
    "Nhiệm vụ chính trị của đơn vị": "Lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị",
    "Chính quyền và đoàn thể": "Lãnh đạo xây dựng chính quyền và các tổ chức đoàn thể",
    "Kiểm tra, giám sát": "Công tác kiểm tra, giám sát",
}
FIGURES_GO_TO = "Nhiệm vụ chính trị của đơn vị"
TARGETS_TITLE = "Kết quả thực hiện các chỉ tiêu"


@dataclass
class Part:
    title: str  # the sub-heading; "" for the section's own text before any sub-heading
    prose: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # computed sentences, said after the prose
    number: str = ""  # "3.1"
    parent: str = ""  # the sub-section this unnumbered heading sits under (`Chất lượng › …`)

    @property
    def empty(self) -> bool:
        return not (self.prose or self.lines)


@dataclass
class Section:
    key: str
    title: str
    parts: list[Part]
    number: int = 0

    @property
    def empty(self) -> bool:
        return all(p.empty for p in self.parts)


LEVELS = re.compile(r"\s*[›>]\s*")


def part(parts: list[Part], title: str) -> Part:
    """The part of TITLE, made when new; `A › B` is B under A, placed after A's other parts."""
    pieces = LEVELS.split(" ".join(title.split()), maxsplit=1)
    head, tail = pieces[0].strip(), (pieces[1].strip() if len(pieces) > 1 else "")
    if not tail:
        for each in parts:
            if fold(each.title) == fold(head) and not each.parent:
                return each
        parts.append(Part(" ".join(head.split())))
        return parts[-1]
    parent = part(parts, head)
    for each in parts:
        if fold(each.title) == fold(tail) and fold(each.parent) == fold(parent.title):
            return each
    after = max(
        i for i, p in enumerate(parts) if p is parent or fold(p.parent) == fold(parent.title)
    )
    parts.insert(after + 1, Part(tail, parent=parent.title))
    return parts[after + 1]


def number_parts(parts: list[Part], prefix: str = "") -> None:
    """Number the sub-sections (3.1, 3.2 …, or 1, 2 … in a plan); a heading under one stays
    unnumbered."""
    for index, part in enumerate((p for p in parts if p.title and not p.parent), start=1):
        part.number = f"{prefix}{index}"


def prose_by_section(
    book: Book, period: Period | str, section_names: tuple[str, ...]
) -> dict[str, list[Part]]:
    """Mục -> its parts, from `Nội dung báo cáo` rows of PERIOD (or of a plan's key, KH-2024), in
    order."""
    sections: dict[str, list[Part]] = {s: [Part("")] for s in section_names}
    for row in book.rows(PROSE):
        if row["Kỳ"] == period and row["Mục"] in sections and row["Nội dung"]:
            part(sections[row["Mục"]], row["Mục con"] or "").prose.append(row["Nội dung"])
    return sections


def figure_line(row: Any) -> str:
    return phrases.figure(
        row["Nội dung"] or row["Mã"],
        row["Số đạt"],
        row["Tổng số"],
        row["Đơn vị tính"] or "",
        row["Dạng"] or "",
        row["So với"] or "",
    )


def results(
    book: Book,
    period: Period,
    parts: dict[str, list[Part]],
    computed: dict[str, list[str | None]],
    has_targets: bool,
) -> list[Section]:
    """Part I: the sections that have something to say, numbered, the figures placed in theirs."""
    for row in book.rows(FIGURES):
        if row["Kỳ"] is not None and row["Kỳ"].figures_for(period) and row["Số đạt"] is not None:
            part(parts[FIGURES_GO_TO], row["Mục con"] or "").lines.append(figure_line(row))
    out: list[Section] = []
    for key, title in RESULT_SECTIONS.items():
        own = parts[key]
        own[0].lines = [*[line for line in computed.get(key, []) if line], *own[0].lines]
        section = Section(key, title, [p for p in own if not p.empty or p.title])
        if not section.empty:
            out.append(section)
    if has_targets:
        out.append(Section("", TARGETS_TITLE, []))
    for number, section in enumerate(out, start=1):
        section.number = number
        number_parts(section.parts, f"{number}.")
    return out


def titles(book: Book, key: Period | str) -> dict[str, str]:
    """Mục -> the heading she gave it (`Tiêu đề`, on any of its rows of KEY): hers wins over
    the document's own."""
    own: dict[str, str] = {}
    for row in book.rows(PROSE):
        if row["Kỳ"] == key and row["Mục"] and row.get("Tiêu đề"):
            own.setdefault(row["Mục"], " ".join(str(row["Tiêu đề"]).split()))
    return own
