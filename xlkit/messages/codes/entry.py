"""A catalogue entry: a finding code with its one severity, message and hint in both languages."""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return ("error", "warning", "note").index(self.value)


class Entry(NamedTuple):
    code: str
    severity: Severity
    vi: str
    vi_hint: str
    en: str
    en_hint: str
    group: str  # file, cells, relations, party, document
    source: str = ""

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi

    def hint(self, lang: str) -> str:
        return self.en_hint if lang == "en" else self.vi_hint
