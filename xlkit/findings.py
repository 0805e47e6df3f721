"""Findings: what `check` says about a workbook, as values (never exceptions)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from xlkit.messages import FINDINGS, say


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return ("error", "warning", "note").index(self.value)


def default_lang() -> str:
    return "en" if os.environ.get("XLKIT_LANG", "").lower().startswith("en") else "vi"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    sheet: str = ""
    cell: str = ""
    value: str = ""
    args: tuple[tuple[str, Any], ...] = ()

    def message(self, lang: str = "vi") -> str:
        return FINDINGS[self.code][_lang(lang)][0].format(**self._context(lang))

    def hint(self, lang: str = "vi") -> str:
        return FINDINGS[self.code][_lang(lang)][1].format(**self._context(lang))

    def _context(self, lang: str) -> dict[str, Any]:
        context: dict[str, Any] = {"sheet": self.sheet, "cell": self.cell, "value": self.value}
        for name, arg in self.args:
            if name.endswith("_say"):  # a catalogue key, said in the finding's language
                context[name.removesuffix("_say")] = say(arg, lang)
            elif name == "closest":
                context[name] = say("closest", lang, closest=arg) if arg else ""
            else:
                context[name] = arg
        return context

    def as_dict(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "sheet": self.sheet,
            "cell": self.cell,
            "value": self.value,
            "message": self.message(lang),
            "hint": self.hint(lang),
        }


def finding(code: str, severity: Severity, sheet: str = "", cell: str = "", value: Any = "", **args: Any) -> Finding:
    """Make a finding; the value is kept as the user typed it, shown as text."""
    return Finding(code, severity, sheet, cell, show_value(value), tuple(sorted(args.items())))


def show_value(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime") and hasattr(value, "day"):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "vi"


@dataclass
class Report:
    """Every finding about one workbook file."""

    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=lambda f: (f.severity.rank, f.sheet, _cell_key(f.cell), f.code))

    def flatten(self) -> list[tuple[str, str, str]]:
        """(code, sheet, cell) of every finding: what tests compare."""
        return [(f.code, f.sheet, f.cell) for f in self.sorted()]

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def as_dict(self, lang: str = "vi") -> dict[str, Any]:
        return {"path": str(self.path), "findings": [f.as_dict(lang) for f in self.sorted()]}

    def summary(self, lang: str = "vi") -> str:
        notes = len(self.findings) - len(self.errors) - len(self.warnings)
        return say("summary", lang, errors=len(self.errors), warnings=len(self.warnings), notes=notes)


def _cell_key(cell: str) -> tuple[int, str]:
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell if ch.isdigit())
    return (int(digits) if digits else 0, letters.rjust(3))
