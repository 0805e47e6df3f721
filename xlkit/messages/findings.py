"""Findings: what `check` says about a workbook, as values (never exceptions).

A finding's severity is its code's, from the catalogue: one severity per code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from xlkit.messages import CODES, Severity, expand, say

__all__ = ["Finding", "Report", "Severity", "finding", "show_value"]


class Finding(NamedTuple):
    code: str
    sheet: str = ""
    cell: str = ""
    value: str = ""
    args: tuple[tuple[str, Any], ...] = ()

    @property
    def severity(self) -> Severity:
        return CODES[self.code].severity

    def message(self, lang: str = "vi") -> str:
        return CODES[self.code].message(lang).format(**self._context(lang))

    def hint(self, lang: str = "vi") -> str:
        return CODES[self.code].hint(lang).format(**self._context(lang))

    def said(self, lang: str = "vi") -> tuple[str, str]:
        """The message and the hint, their arguments said once (a list of thousands prints)."""
        entry, context = CODES[self.code], self._context(lang)
        return entry.message(lang).format(**context), entry.hint(lang).format(**context)

    def arg(self, name: str, default: Any = None) -> Any:
        return dict(self.args).get(name, default)

    def _context(self, lang: str) -> dict[str, Any]:
        args = dict(self.args)
        closest = args.pop("closest", None)
        context = {
            "sheet": self.sheet,
            "cell": self.cell,
            "value": self.value,
            **expand(args, lang),
        }
        if closest is not None:
            context["closest"] = say("closest", lang, closest=closest) if closest else ""
        return context

    def as_dict(self, lang: str = "vi") -> dict[str, Any]:
        message, hint = self.said(lang)
        return {
            "code": self.code,
            "severity": self.severity.value,
            "sheet": self.sheet,
            "cell": self.cell,
            "value": self.value,
            "message": message,
            "hint": hint,
        }


def finding(code: str, sheet: str = "", cell: str = "", value: Any = "", **args: Any) -> Finding:
    """Make a finding of CODE; the value is kept as the user typed it, shown as text."""
    if code not in CODES:
        raise KeyError(code)
    return Finding(code, sheet, cell, show_value(value), tuple(sorted(args.items())))


def show_value(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime") and hasattr(value, "day"):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# the file itself could not be read
UNREADABLE = frozenset({"file-unreadable", "file-encrypted", "file-legacy-format"})


class Report(NamedTuple):
    """Every finding about one workbook file."""

    path: Path
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def notes(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.NOTE]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def unreadable(self) -> bool:
        """The file could not be read at all (so nothing can be marked or repaired in it)."""
        return bool(self.codes() & UNREADABLE)

    def sorted(self) -> list[Finding]:
        return sorted(
            self.findings, key=lambda f: (f.severity.rank, f.sheet, _cell_key(f.cell), f.code)
        )

    def flatten(self) -> list[tuple[str, str, str]]:
        """(code, sheet, cell) of every finding: what tests compare."""
        return [(f.code, f.sheet, f.cell) for f in self.sorted()]

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def as_dict(self, lang: str = "vi") -> dict[str, Any]:
        return {"path": str(self.path), "findings": [f.as_dict(lang) for f in self.sorted()]}

    def summary(self, lang: str = "vi") -> str:
        notes = len(self.findings) - len(self.errors) - len(self.warnings)
        return say(
            "summary", lang, errors=len(self.errors), warnings=len(self.warnings), notes=notes
        )


def _cell_key(cell: str) -> tuple[int, str]:
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell if ch.isdigit())
    return (int(digits) if digits else 0, letters.rjust(3))
