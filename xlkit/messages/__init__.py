"""The one catalogue of what a user reads: finding codes, the CLI's lines, help texts, click's
words.

Vietnamese first; English for `--lang en`. Placeholders are str.format fields. An argument named
`x_say` is itself a catalogue key, said in the same language and offered to the template as `x`;
every such key is a literal or comes from a closed table (a test renders every entry with each).
"""

from __future__ import annotations

from typing import Any

from xlkit.messages.codes import CODES, Entry, Severity
from xlkit.messages.lines import LINES

__all__ = [
    "CODES",
    "LINES",
    "Entry",
    "Severity",
    "SEVERITY_LINES",
    "say",
    "placeholders",
    "LANGS",
    "lang_or_default",
]

LANGS = ("vi", "en")
SEVERITY_LINES = {
    Severity.ERROR: "severity.error",
    Severity.WARNING: "severity.warning",
    Severity.NOTE: "severity.note",
}


def _pick(lang: str) -> int:
    return 1 if lang == "en" else 0


def _number(value: int, lang: str) -> str:
    from xlkit.text.vn import number

    return f"{value:,}" if lang == "en" else number(value, 0)


def expand(args: dict[str, Any], lang: str) -> dict[str, Any]:
    """Arguments for a template: `x_say` keys said in LANG (with the other arguments) and offered
    as `x`; `x_n` numbers written the LANG way (1.202.848, 1,202,848) and offered as `x`."""
    plain = {
        name.removesuffix("_n") if name.endswith("_n") else name: (
            _number(value, lang) if name.endswith("_n") else value
        )
        for name, value in args.items()
        if not name.endswith("_say")
    }
    out = dict(plain)
    for name, value in args.items():
        if name.endswith("_say"):
            out[name.removesuffix("_say")] = (
                LINES[value][_pick(lang)].format(**plain) if value else ""
            )
    return out


def say(key: str, lang: str = "vi", /, **args: Any) -> str:
    """Say the catalogue line KEY in LANG with ARGS."""
    return LINES[key][_pick(lang)].format(**expand(args, lang))


def placeholders(template: str) -> set[str]:
    """The field names a template uses."""
    from string import Formatter  # the tests' and the catalogue's, not a command's

    return {
        name.split(".")[0].split("[")[0] for _, name, _, _ in Formatter().parse(template) if name
    }


def lang_or_default(lang: str | None, environ: dict[str, str]) -> tuple[str, str | None]:
    """The language to use and, when XLKIT_LANG names one we do not have, that name (to say so)."""
    if lang:
        return lang, None
    wanted = environ.get("XLKIT_LANG", "").strip().lower()
    if not wanted:
        return "vi", None
    short = wanted.split("_")[0].split("-")[0].split(".")[0]
    if short in LANGS:
        return short, None
    return "vi", wanted
