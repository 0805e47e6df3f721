"""`review`: the year-end review — the list of members with their proposed ratings and the counts,
the cell's collective report (Mẫu 01), or one pre-filled form per member in a folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlkit.commands.shared import (
    Notice,
    Prepared,
    Problem,
    config_table,
    guarded,
    issue_document,
    layout,
    prepare,
    stop_on_errors,
)
from xlkit.vocab.formats import ReviewDocument
from xlkit.vocab.periods import Kind, Period

if TYPE_CHECKING:
    from xlkit.documents.review import Review
    from xlkit.render import Format  # heavy modules, loaded only by the commands that write


NAMES = {
    ReviewDocument.LIST: "danh-sach-xep-loai",
    ReviewDocument.REPORT: "bao-cao-kiem-diem",
    ReviewDocument.FORMS: "phieu-kiem-diem",
}


@dataclass
class ReviewResult:
    prepared: Prepared
    review: Review
    text: str | None
    written: Path | None
    notices: list[Notice]
    forms: list[Path] = field(default_factory=list)


def quota_of(year: int) -> float | None:
    """`[review] quota_pct` of xlkit.toml for YEAR: one number for every year, or a table of
    years (`{ 2025 = 25 }`); None to keep the rule's."""
    settings = config_table("review") or {}
    value: Any = settings.get("quota_pct")
    if isinstance(value, dict):
        value = value.get(str(year))
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 100:
        raise Problem("err.review-quota", value=str(value))
    return float(value)


def review(
    year: int,
    workbook: Path | None = None,
    *,
    kind: ReviewDocument = ReviewDocument.LIST,
    fmt: Format | None = None,
    output: Path | None = None,
    number: str | None = None,
    day: date | None = None,
    force: bool = False,
    signing: str | None = None,
    today: date | None = None,
    cwd: Path | None = None,
) -> ReviewResult:
    """The review of YEAR as KIND, dated DAY (default today)."""
    from xlkit.documents import review as documents
    from xlkit.documents import review_forms

    today = today or date.today()
    when = day or today
    prepared = prepare(Period(year, Kind.YEAR), workbook, cwd=cwd, today=today, sections=False)
    found = documents.review(
        prepared.book, year, prepared.rules, today=today, quota_pct=quota_of(year)
    )
    if kind is ReviewDocument.FORMS:
        forms = _write_forms(prepared, found, when, output, fmt, force, cwd)
        folder = output or _forms_folder(year)
        return ReviewResult(prepared, found, None, folder, prepared.notices, forms)

    def build(number: str | None) -> object:
        if kind is ReviewDocument.REPORT:
            return review_forms.collective_document(
                prepared.book, found, prepared.computed, when, number, signing, cwd
            )
        return documents.list_document(prepared.book, found, when, number, signing, cwd)

    text, written = issue_document(
        prepared,
        build,
        kind="BC",
        name=f"{NAMES[kind]}-{year}",
        fmt=fmt,
        output=output,
        number=number,
        day=when,
        force=force,
        document_key=f"KD-{year}",
        numbered=kind is ReviewDocument.REPORT,
    )
    return ReviewResult(prepared, found, text, written, prepared.notices)


def _forms_folder(year: int) -> Path:
    return Path(f"{NAMES[ReviewDocument.FORMS]}-{year}")


def _write_forms(
    prepared: Prepared,
    found: Review,
    day: date,
    output: Path | None,
    fmt: Format | None,
    force: bool,
    cwd: Path | None,
) -> list[Path]:
    """One form per member reviewed, in FOLDER (new, or one xlkit wrote them in): each file
    guarded first, so that none is written when one of hers would be replaced."""
    from xlkit.documents.review_forms import form_document, form_name
    from xlkit.guard.files import guard_file
    from xlkit.render import Format
    from xlkit.render.write import write_document

    fmt = fmt or Format.DOCX
    if fmt not in (Format.DOCX, Format.PDF):
        raise Problem("err.bad-format", fmt=fmt.value, accepted="docx, pdf")
    folder = output or _forms_folder(found.year)
    if folder.exists() and not folder.is_dir():
        raise Problem("err.not-a-folder", path=folder)
    stop_on_errors(prepared, force)
    reviewed = [m for m in found.members if m.reviewed]
    targets = [folder / f"{form_name(i, m)}.{fmt.value}" for i, m in enumerate(reviewed, start=1)]
    for target in targets:
        guarded(
            partial(guard_file, target, inputs=(prepared.path,), roles=("report",), force=force)
        )
    chosen = layout(day)
    for member, target in zip(reviewed, targets, strict=True):
        document = form_document(prepared.book, found, member, day, cwd)
        guarded(partial(write_document, document, target, fmt, layout=chosen), target)
    return targets
