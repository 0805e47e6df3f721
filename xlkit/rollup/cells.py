"""One item rolled up: read, checked and counted in a worker process; what comes back is small.

A `CellRow` holds what the consolidated table needs of one cell (its figures, its status, its
findings as text), never the workbook itself: memory stays flat however many files arrive.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xlkit import schema
from xlkit.checks import check_book
from xlkit.checks.rules import RULES, Rule
from xlkit.discover import NOT_WORKBOOKS
from xlkit.documents.parties import cell_name
from xlkit.files import ROLLUP
from xlkit.findings import Finding
from xlkit.indicators import Computed, attendance, meetings_in
from xlkit.keys import NUMERIC_KEYS
from xlkit.messages import say
from xlkit.opening import read, typed
from xlkit.periods import Period
from xlkit.records import Book
from xlkit.rollup.sources import Item
from xlkit.workbook import UnreadableWorkbook

# the columns of a cell's figures: every numeric indicator, the targets, and the two counts the
# attendance share is recomputed from (a share is never summed)
TARGET_KEYS = ("targets.reached", "targets.total")
ASSESSED = "targets.assessed"  # targets with a result in the period (the others are not yet due)
HIDDEN_KEYS = ("meetings.present", "meetings.called")
FIGURE_KEYS = (*NUMERIC_KEYS, *TARGET_KEYS, ASSESSED, *HIDDEN_KEYS)
# not added up: a period's length, coverage within one cell (the shares are recomputed: table.totals)
NOT_SUMMED = ("meetings.months_expected", "meetings.months_covered", "meetings.quarters_covered")
# a cell's status: in the table, in the summary, and whether its figures go into the totals
OK, WARNINGS, ERRORS, UNREADABLE, TAMPERED, MISSING, OTHER_YEAR = (
    "ok", "warnings", "errors", "unreadable", "tampered", "missing", "other-year",
)  # fmt: skip
# a status said in words: the workbook and the summary in Vietnamese, the terminal in the user's language
STATUS_LINES = {
    OK: "rollup.status.ok",
    WARNINGS: "rollup.status.warnings",
    ERRORS: "rollup.status.errors",
    UNREADABLE: "rollup.status.unreadable",
    TAMPERED: "rollup.status.tampered",
    MISSING: "rollup.status.missing",
    OTHER_YEAR: "rollup.status.other-year",
}
COUNTED = (OK, WARNINGS)
BAD = (ERRORS, UNREADABLE, TAMPERED)  # a cell's workbook in trouble: the roll-up exits 1, as check does


def status_words(status: str, lang: str = "vi") -> str:
    return say(STATUS_LINES[status], lang)


@dataclass
class CellRow:
    origin: str
    name: str = ""  # Tên chi bộ, as the cell writes it
    superior: str = ""  # Đảng bộ cấp trên
    status: str = OK
    values: Mapping[str, float | None] = field(default_factory=dict)
    findings: Sequence[tuple[str, str, str, str, str]] = field(default_factory=list)  # severity, code, sheet, cell, message
    sent: float = 0.0
    note: str = ""  # why a row stands aside (the tampered file, a duplicate's other copy)

    @property
    def counted(self) -> bool:
        return self.status in COUNTED


def _figures(book: Book, computed: Computed, period: Period) -> dict[str, float | None]:
    values = computed.values(period)
    out: dict[str, float | None] = {k: _number(values.get(k)) for k in (*NUMERIC_KEYS, *TARGET_KEYS)}
    statuses = [v for k, v in values.items() if k.startswith("target.") and k.endswith(".status")]
    out[ASSESSED] = float(sum(1 for v in statuses if v is not None)) if out["targets.total"] is not None else None
    present, called = attendance(meetings_in(book, period))
    out["meetings.present"], out["meetings.called"] = (float(present), float(called)) if book.rows(schema.MEETINGS) else (None, None)
    return out


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _said(findings: list[Finding], lang: str) -> list[tuple[str, str, str, str, str]]:
    return [(f.severity.value, f.code, f.sheet, f.cell, f.message(lang)) for f in findings]


def assess(item: Item, period: Period, lang: str = "vi", rules: Sequence[Rule] = RULES) -> list[CellRow]:
    """The rows ITEM gives: one for a cell's workbook, one per cell for a roll-up one level down;
    its findings by RULES (xlkit.toml's settings, as check applies them)."""
    if item.problem:
        return [CellRow(item.origin, status=TAMPERED, sent=item.sent, note=item.problem)]
    try:
        raw = read(item.path or Path(item.origin), item.contents())
    except UnreadableWorkbook as exc:
        reason = say(exc.reason_key, lang)
        return [CellRow(item.origin, status=UNREADABLE, sent=item.sent, note=reason, findings=[("error", exc.code, "", "", reason)])]
    if raw.role == ROLLUP:
        from xlkit.rollup.table import rollup_rows

        return rollup_rows(raw, item.origin)
    if item.searched and raw.role in NOT_WORKBOOKS:  # found beside a workbook: its indicators, its annotated copy
        return []
    book, findings = typed(raw)
    row = CellRow(item.origin, cell_name(book), str(book.info.get("Đảng bộ cấp trên", "")), sent=item.sent)
    if book.year is not None and book.year != period.year:  # no year at all: the check says so, an error
        row.status, row.note = OTHER_YEAR, str(book.year)
        return [row]
    computed = Computed(book)
    findings = findings + check_book(book, period=period, computed=computed, rules=rules)
    row.findings = _said(findings, lang)
    severities = {f.severity.value for f in findings}
    row.status = ERRORS if "error" in severities else WARNINGS if "warning" in severities else OK
    row.values = _figures(book, computed, period)
    return [row]
