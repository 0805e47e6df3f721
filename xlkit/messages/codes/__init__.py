"""Finding codes (spec/rules.md): one entry per code with its one severity, message and hint.

Codes are part of the interface: add freely, never reuse or rename one. `source` names the rule's
authority for the party rules (the dated entry in checks/party/ names the exact regulation). One
module per family, in the order a workbook is checked: the file, its cells, the relations between
them, the party's rules, a document about to be made.
"""

from __future__ import annotations

from xlkit.messages.codes import cells, document, file, party, relations
from xlkit.messages.codes.entry import Entry, Severity

__all__ = ["CODES", "Entry", "Severity"]

_ENTRIES = (
    *file.ENTRIES,
    *cells.ENTRIES,
    *relations.ENTRIES,
    *party.ENTRIES,
    *document.ENTRIES,
)
CODES: dict[str, Entry] = {e.code: e for e in _ENTRIES}
assert len(CODES) == len(_ENTRIES), "a code is declared twice"
