"""One item rolled up: read, checked and counted in a worker process; what comes back is small.

What comes back is a `CellRow` (rows.py), never the workbook itself: memory stays flat however
many files arrive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from xlkit.checks import check_book
from xlkit.checks.party import RULES, Rule
from xlkit.compute.indicators import Computed
from xlkit.compute.membership import count_at
from xlkit.compute.months import attendance, meetings_in
from xlkit.consolidate.mailbox import BadMessage, workbooks
from xlkit.consolidate.readback import rollup_rows
from xlkit.consolidate.rows import (
    ASSESSED,
    AT_START,
    ERRORS,
    OK,
    OTHER_YEAR,
    TAMPERED,
    TARGET_KEYS,
    UNREADABLE,
    WARNINGS,
    CellRow,
    figure,
)
from xlkit.consolidate.sources import Item, regular_bytes
from xlkit.documents.parties import own_name
from xlkit.guard.files import ROLLUP
from xlkit.messages import say
from xlkit.messages.findings import Finding
from xlkit.read.discover import NOT_WORKBOOKS
from xlkit.read.opening import read, typed
from xlkit.read.records import Book
from xlkit.read.vetting import REASONS, UnreadableWorkbook
from xlkit.vocab.keys import NUMERIC_KEYS
from xlkit.vocab.periods import Kind, Period
from xlkit.vocab.schema import FIGURE_SHEETS
from xlkit.vocab.words import MEETINGS


def _figures(book: Book, computed: Computed, period: Period) -> dict[str, float | None]:
    values = computed.values(period)
    out: dict[str, float | None] = {k: figure(values.get(k)) for k in (*NUMERIC_KEYS, *TARGET_KEYS)}
    statuses = [v for k, v in values.items() if k.startswith("target.") and k.endswith(".status")]
    out[ASSESSED] = (
        float(sum(1 for v in statuses if v is not None))
        if out["targets.total"] is not None
        else None
    )
    out[AT_START] = float(count_at(book, period.start - timedelta(days=1)))
    present, called = attendance(meetings_in(book, period))
    out["meetings.present"], out["meetings.called"] = (
        (float(present), float(called)) if book.rows(MEETINGS) else (None, None)
    )
    return out


def _said(findings: list[Finding], lang: str) -> list[tuple[str, str, str, str, str]]:
    return [(f.severity.value, f.code, f.sheet, f.cell, f.message(lang)) for f in findings]


def assess(
    item: Item, period: Period, lang: str = "vi", rules: Sequence[Rule] = RULES
) -> list[CellRow]:
    """The rows ITEM gives: one for a cell's workbook, one per workbook an e-mail carries, one
    per cell for a roll-up one level down; its findings by RULES (xlkit.toml's settings, as
    check applies them)."""
    if item.problem:
        return [CellRow(item.origin, status=TAMPERED, sent=item.sent, note=item.problem)]
    path = item.path or Path(item.origin)
    if item.message:
        return _message_rows(item, path, period, lang, rules)
    data = None
    if item.digest:  # a package's workbook: the bytes read are the bytes verified
        data = regular_bytes(path)
        if data is None or hashlib.sha256(data).hexdigest() != item.digest:
            return [CellRow(item.origin, status=TAMPERED, sent=item.sent, note=path.name)]
    return _book_rows(item.origin, path, data, item, period, lang, rules)


def _message_rows(
    item: Item, path: Path, period: Period, lang: str, rules: Sequence[Rule]
) -> list[CellRow]:
    try:
        attached = workbooks(path)
    except (BadMessage, OSError):
        return [_unreadable(item.origin, item.sent, "bad-message", lang)]
    if not attached:
        return [_unreadable(item.origin, item.sent, "no-workbook", lang)]
    rows = []
    for book in attached:
        origin = f"{item.origin} › {book.name}"
        if book.problem:
            rows.append(CellRow(origin, status=TAMPERED, sent=item.sent, note=book.problem))
        else:
            rows += _book_rows(origin, Path(book.name), book.data, item, period, lang, rules)
    return rows


def _unreadable(origin: str, sent: float, reason: str, lang: str, code: str = "") -> CellRow:
    said = say(REASONS[reason], lang)
    return CellRow(
        origin,
        status=UNREADABLE,
        sent=sent,
        note=said,
        findings=[("error", code or "file-unreadable", "", "", said)],
    )


def _book_rows(
    origin: str,
    path: Path,
    data: bytes | None,
    item: Item,
    period: Period,
    lang: str,
    rules: Sequence[Rule],
) -> list[CellRow]:
    try:
        # the sheets of words (prose, monthly plan, themes) are her documents', not the
        # figures': a mistake there is hers to mend by `check`, and keeps no figure out of the
        # totals
        raw = read(path, data, FIGURE_SHEETS, leave_others=True)
    except UnreadableWorkbook as exc:
        return [_unreadable(origin, item.sent, exc.reason, lang, exc.code)]
    if raw.role == ROLLUP:
        return rollup_rows(raw, origin, period)
    # found beside a workbook: its indicators, its annotated copy
    if item.searched and raw.role in NOT_WORKBOOKS:
        return []
    book, findings = typed(raw)
    info = book.info
    row = CellRow(
        origin,
        own_name(book),
        str(info.get("Đảng bộ cấp trên", "")),
        unit=str(info.get("Đơn vị") or ""),
        symbol=str(info.get("Ký hiệu chi bộ") or ""),
        sent=item.sent,
    )
    # no year at all: the check says so, an error
    if book.year is not None and book.year != period.year:
        row.status, row.note = OTHER_YEAR, str(book.year)
        return [row]
    computed = Computed(book)
    findings += check_book(book, period=period, computed=computed, rules=rules, sections=False)
    row.findings = _said(findings, lang)
    severities = {f.severity.value for f in findings}
    row.status = ERRORS if "error" in severities else WARNINGS if "warning" in severities else OK
    row.values = _figures(book, computed, period)
    if period.kind is Kind.YEAR:
        row.rated = _rated(book, period, rules)
    return [row]


def _rated(
    book: Book, period: Period, rules: Sequence[Rule]
) -> list[tuple[str, str, float | None, str]]:
    """The year's review of the cell, member by member, as the committee's list prints it."""
    from xlkit.documents.review import WHY_WORDS, review

    found = review(book, period.year, rules, today=period.end)
    return [
        (
            m.name,
            m.shown_rating if m.why_not is None else "",
            m.score,
            WHY_WORDS.get(m.why_not or "", "theo điểm" if m.proposed else ""),
        )
        for m in found.members
    ]
