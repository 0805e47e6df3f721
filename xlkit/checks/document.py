"""Checks before a document is made: what it would print wrong."""

from __future__ import annotations

from collections.abc import Iterator

from xlkit.messages.findings import Finding, finding
from xlkit.read.records import Book
from xlkit.text.legacy import from_legacy, looks_legacy
from xlkit.vocab.periods import Kind, Period
from xlkit.vocab.words import (
    AWARDS,
    DEVELOPMENT,
    FIGURES,
    INFO_SHEET,
    INSPECTIONS,
    MEMBERS,
    MONTHLY,
    PROSE,
    TARGETS,
    THEMATIC,
)

# The text columns a report prints, by sheet; rows of a sheet with a `Kỳ` count only within the
# period.
PRINTED: dict[str, tuple[str, ...]] = {
    MEMBERS: ("Họ và tên",),
    TARGETS: ("Nội dung", "Đơn vị tính", "Mục tiêu", "Mục con"),
    FIGURES: ("Nội dung", "Đơn vị tính", "Mục con", "So với"),
    DEVELOPMENT: ("Họ và tên",),
    INSPECTIONS: ("Đối tượng",),
    AWARDS: ("Đối tượng", "Danh hiệu", "Cơ quan khen"),
    PROSE: ("Nội dung", "Mục con", "Tiêu đề"),
    THEMATIC: ("Chủ đề", "Người chuẩn bị"),
    MONTHLY: ("Nội dung hoạt động", "Phụ trách"),
}
PERIODIC = (FIGURES, AWARDS, PROSE)


def legacy_text(book: Book, period: Period) -> Iterator[Finding]:
    """Each printed cell typed in TCVN3 or VNI: an error for the document, the Unicode text as
    the hint."""
    for label, text in book.info_raw.items():
        if looks_legacy(text):
            yield finding(
                "document-legacy-text",
                INFO_SHEET,
                book.info_cells[label],
                text,
                header=label,
                converted=from_legacy(text),
            )
    for sheet, headers in PRINTED.items():
        for row in book.rows(sheet):
            if sheet in PERIODIC and not (
                isinstance(row["Kỳ"], Period) and row["Kỳ"].reported_in(period)
            ):
                continue
            for header in headers:
                raw = row.raw.get(header)
                if isinstance(raw, str) and looks_legacy(raw):
                    yield finding(
                        "document-legacy-text",
                        sheet,
                        row.cell(header),
                        raw,
                        header=header,
                        converted=from_legacy(raw),
                    )


def targets_without_result(book: Book, period: Period) -> Iterator[Finding]:
    """A year report's targets that have a plan but no result for the year, typed or computed:
    at the year's end a target is not "not yet due", it lacks its result."""
    if period.kind is not Kind.YEAR:
        return
    for t in book.rows(TARGETS):
        if not t["Mã"] or t["Kế hoạch năm"] is None:
            continue
        if t["Thực hiện cả năm"] is None and not t.get("Nguồn số liệu"):
            yield finding(
                "document-target-no-result",
                TARGETS,
                t.cell("Thực hiện cả năm"),
                None,
                target=t["Mã"],
            )
