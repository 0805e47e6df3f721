"""What a plan lacks before it is made (`check --period KH-2024`, and `plan` itself): the parts it
needs and has no text for, and the sentences it then says in xlkit's words."""

from __future__ import annotations

from collections.abc import Iterator

from xlkit.messages.findings import Finding, finding
from xlkit.read.records import Book
from xlkit.vocab.sections import (
    PLAN_DEFAULTS,
    PLAN_EITHER,
    PLAN_NAMES,
    PLAN_NEEDED,
    leads_in,
    plan_group,
)
from xlkit.vocab.words import MONTHLY, PROSE, THEMATIC


def plan_sections(book: Book, key: str) -> Iterator[Finding]:
    """The parts of plan KEY (KH-2024, NV-, CD-, CT) she wrote nothing for: a warning for those
    it needs (left out, the rest numbered on), a note for those xlkit then says in its words."""
    group = plan_group(key)
    if group is None:
        return
    rows = [r for r in book.rows(PROSE) if r["Kỳ"] == key and r["Nội dung"]]
    written = {r["Mục"] for r in rows}
    name = PLAN_NAMES[group]
    for section in PLAN_NEEDED[group]:
        if section not in written and PLAN_EITHER.get(section) not in written:
            yield finding("plan-section-empty", PROSE, "B", "", section=section, plan=name, key=key)
    if group == "thematic" and not any(r["Chủ đề"] for r in book.rows(THEMATIC)):
        yield finding("plan-themes-empty", THEMATIC, "B", "", plan=name)
    if group == "plan" and not any(r["Nội dung hoạt động"] for r in book.rows(MONTHLY)):
        yield finding("plan-months-empty", MONTHLY, "B", "", plan=name)
    grounds = [r["Nội dung"] for r in rows if r["Mục"] == "Căn cứ"]
    for section in PLAN_DEFAULTS[group]:
        if section in written or (section == "Mở đầu" and leads_in(grounds)):
            continue
        yield finding("plan-default-sentence", PROSE, "B", "", section=section, plan=name, key=key)
