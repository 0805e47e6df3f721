"""The README's table of finding codes, generated from the catalogue (a test keeps the two
equal)."""

from __future__ import annotations

from xlkit.messages import SEVERITY_LINES, say
from xlkit.messages.codes import CODES

GROUPS = {
    "file": "md.group.file",
    "cells": "md.group.cells",
    "relations": "md.group.relations",
    "party": "md.group.party",
    "document": "md.group.document",
}
START, END = "<!-- codes:start (generated from xlkit/messages/codes/) -->", "<!-- codes:end -->"


def codes_markdown(lang: str = "vi") -> str:
    """Every finding code by group: code, severity, what it says, in the catalogue's order."""
    lines = [START]
    for group, title in GROUPS.items():
        lines += ["", f"**{say(title, lang)}**", "", say("md.codes-head", lang), "|---|---|---|"]
        for entry in CODES.values():
            if entry.group == group:
                message = (entry.en if lang == "en" else entry.vi).replace("|", "\\|")
                severity = say(SEVERITY_LINES[entry.severity], lang).lower()
                lines.append(f"| `{entry.code}` | {severity} | {message} |")
    lines += ["", END]
    return "\n".join(lines)


def with_codes(readme: str) -> str:
    """README with its code table replaced by the generated one."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return head + codes_markdown() + tail
