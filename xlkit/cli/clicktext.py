"""Put the catalogue's words into click: its own messages, and our help texts, in the user's
language.

click's messages are translated as printed (the catalogue's CLICK patterns), which works whether
typer vendors click or uses it; help texts and value names are set from the catalogue's HELP.
"""

from __future__ import annotations

import re
from typing import Any

from xlkit.messages.help import CLICK, HELP

_PATTERNS = tuple(
    (re.compile(pattern, re.MULTILINE), replacement) for pattern, replacement in CLICK
)


def translate(text: str, lang: str) -> str:
    """click's TEXT (an error message or a help page) said in LANG."""
    if lang != "vi":
        return text
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def use(lang: str, group: Any) -> None:
    """Set every help text and value name of GROUP (a click group) and its commands in LANG."""
    pick = 1 if lang == "en" else 0
    group.help = HELP["cmd.app"][pick]
    _params(group, "", pick)
    for name, command in group.commands.items():
        command.help = HELP[f"cmd.{name}"][pick]
        _params(command, name, pick)


def _params(command: Any, name: str, pick: int) -> None:
    for param in command.params:
        if param.name is None:
            continue
        key = f"opt.{name}.{param.name}"
        if key not in HELP:
            key = (
                "opt.period-check"
                if (name, param.name) == ("check", "period")
                else f"opt.{param.name}"
            )
        if param.param_type_name == "option" and key in HELP:
            param.help = HELP[key][pick]
        meta = f"meta.{param.name}"
        if param.param_type_name == "argument" and meta in HELP:
            param.metavar = HELP[meta][pick]
