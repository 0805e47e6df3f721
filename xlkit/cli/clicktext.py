"""Put the catalogue's words into click: its own messages, and our help texts, in the user's
language.

click's messages are translated as printed (the catalogue's CLICK patterns), which works whether
typer vendors click or uses it; help texts and value names are set from the catalogue's HELP.
"""

from __future__ import annotations

import re
from typing import Any

from xlkit.messages.help import CLICK, HELP, VALUE_BY_TYPE, VALUE_NAMES, VALUE_TEXT

_PATTERNS = tuple(
    (re.compile(pattern, re.MULTILINE), replacement) for pattern, replacement in CLICK
)
# typer writes a required argument `{PERIOD}` in the usage line: a reader sees braces to type
_BRACED = re.compile(r"\{([^{}\s]+)\}")


def translate(text: str, lang: str) -> str:
    """click's TEXT (an error message or a help page) said in LANG."""
    text = "\n".join(
        _BRACED.sub(r"\1", line) if line.lstrip().startswith("Usage:") else line
        for line in text.split("\n")
    )
    if lang != "vi":
        return text
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def use(lang: str, group: Any, year: int) -> None:
    """Set every help text and value name of GROUP (a click group) and its commands in LANG, its
    examples in YEAR (her workbook's)."""
    pick = 1 if lang == "en" else 0
    group.help = _in_year(HELP["cmd.app"][pick], year)
    _params(group, "", pick, year)
    for name, command in group.commands.items():
        command.help = _in_year(HELP[f"cmd.{name}"][pick], year)
        # the list of commands shows the first sentence whole, never cut with "…"
        command.short_help = command.help.split(". ")[0].rstrip(".")
        _params(command, name, pick, year)


def _in_year(text: str, year: int) -> str:
    """An example's year (written 2023 in the catalogue) made her workbook's."""
    return text.replace("2023", str(year)).replace("2022", str(year - 1))


def _value_name(param: Any, pick: int) -> str:
    if param.name in VALUE_NAMES:
        return VALUE_NAMES[param.name][pick]
    return VALUE_BY_TYPE.get(param.type.name, VALUE_TEXT)[pick]


def _params(command: Any, name: str, pick: int, year: int) -> None:
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
        if key in HELP:
            param.help = _in_year(HELP[key][pick], year)
        if param.param_type_name == "option" and not param.is_flag:
            param.metavar = _value_name(param, pick)
        meta = f"meta.{param.name}"
        if param.param_type_name == "argument" and meta in HELP:
            param.metavar = HELP[meta][pick]
