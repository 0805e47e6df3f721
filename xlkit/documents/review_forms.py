"""The year-end review's documents beyond the list: the cell's collective report (Mẫu 01-HD
KĐ.ĐG of HD 43-HD/BTCTW; its section list is not in the sources here and follows the member's
form) and each member's pre-filled form (Mẫu 2A, 2B, 2C)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from xlkit.compute.indicators import Computed
from xlkit.documents import sections
from xlkit.documents.model import Document
from xlkit.documents.parties import issuer
from xlkit.documents.review import Review, Reviewed, basis
from xlkit.documents.templating import render
from xlkit.read.records import Book
from xlkit.text.vn import slug
from xlkit.vocab.periods import Kind, Period
from xlkit.vocab.sections import SECTIONS, review_key
from xlkit.vocab.words import FORM_LEADER, FORM_OUTSIDE, RATINGS

# each form's title line, and who it is for (HD 25's letters; HD 43 confirms 2C only)
FORM_FOR = {
    "2A": "đảng viên không giữ chức vụ lãnh đạo, quản lý",
    "2B": "đảng viên giữ chức vụ lãnh đạo, quản lý",
    "2C": "đảng viên không làm việc trong hệ thống chính trị",
}


def collective_document(
    book: Book,
    found: Review,
    computed: Computed,
    day: date,
    number: str | None,
    signing: str | None,
    cwd: Path | None = None,
) -> Document:
    """Mẫu 01: the cell's review of the year, its figures from the year's report and her prose
    under Kỳ KD-YYYY."""
    from xlkit.documents.report import Issue, build_context

    period = Period(found.year, Kind.YEAR)
    report = build_context(book, period, Issue(number, day, signing), computed.values(period))
    parts = sections.prose_by_section(book, review_key(found.year), SECTIONS["review"])
    values: dict[str, Any] = {
        "info": issuer(book, signing=signing),
        "number": number,
        "day": day,
        "year": found.year,
        "basis": basis(found.year),
        "say": report["say"],
        "targets": report["targets"],
        "prose": {k: [t for p in v for t in p.prose] for k, v in parts.items()},
        "count": found.counts(),
        "cell_rating": book.info.get("Chi bộ tự xếp loại") or "",
        "ratings": RATINGS,
    }
    return render("review-bao-cao.j2", values, cwd)


def form_document(
    book: Book, found: Review, member: Reviewed, day: date, cwd: Path | None = None
) -> Document:
    """One member's form, pre-filled: the header from `Đảng viên` and `Thông tin`, the score's
    parts where the workbook has them, blank lines where she writes."""
    m = member.row
    values = {
        "info": issuer(book),
        "day": day,
        "year": found.year,
        "form": member.form,
        "form_for": FORM_FOR.get(member.form, ""),
        "leader": member.form == FORM_LEADER,
        "outside": member.form == FORM_OUTSIDE,
        "name": member.name,
        "born": m["Ngày sinh"],
        "party_post": m["Chức vụ Đảng"] or "",
        "post": m["Chức vụ chính quyền"] or "",
        # the cell's unit is her workplace, unless she no longer works in the political system
        "unit": "" if member.form == FORM_OUTSIDE else book.info.get("Đơn vị") or "",
        "general": member.general,
        "tasks": member.tasks,
        "score": member.score,
        "rating": member.shown_rating if member.why_not is None else "",
        "ratings": RATINGS,
        "cell_name": issuer(book)["cell_name"],
    }
    return render("review-phieu.j2", values, cwd)


def form_name(number: int, member: Reviewed) -> str:
    """`03-tran-thi-hong-2B`: the form's file name, in the list's order."""
    return f"{number:02d}-{slug(member.name) or 'dang-vien'}-{member.form}"
