"""The README's table of finding codes, generated from the catalogue (a test keeps the two
equal)."""

from __future__ import annotations

from xlkit.messages.codes import CODES

GROUPS = {
    "file": "The file",
    "cells": "Cells",
    "relations": "Between cells and sheets",
    "party": "Party rules",
    "document": "Before a document is made",
}
START, END = "<!-- codes:start (generated from xlkit/messages/codes/) -->", "<!-- codes:end -->"


def codes_markdown() -> str:
    """Every finding code by group: code, severity, what it says (en), in the catalogue's order."""
    lines = [START]
    for group, title in GROUPS.items():
        lines += ["", f"**{title}**", "", "| code | severity | message |", "|---|---|---|"]
        for entry in CODES.values():
            if entry.group == group:
                message = entry.en.replace("|", "\\|")
                lines.append(f"| `{entry.code}` | {entry.severity.value} | {message} |")
    lines += ["", END]
    return "\n".join(lines)


def with_codes(readme: str) -> str:
    """README with its code table replaced by the generated one."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return head + codes_markdown() + tail
