"""`pack`: the package for the superior committee (report, workbook, manifest), in a folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.guard.files import guard_folder
from xlkit.vocab.periods import Period

if TYPE_CHECKING:
    from xlkit.deliver.package import Package

from xlkit.commands.shared import (
    Notice,
    Prepared,
    Problem,
    guarded,
    layout,
    note_late_date,
    number_for,
    prepare,
    stop_on_errors,
)


@dataclass
class PackResult:
    prepared: Prepared
    package: Package
    notices: list[Notice]


def pack(
    period: Period,
    workbook: Path | None = None,
    *,
    output: Path | None = None,
    number: str | None = None,
    day: date | None = None,
    force: bool = False,
    today: date | None = None,
    cwd: Path | None = None,
    prepared: Prepared | None = None,
) -> PackResult:
    """Check, then build the package of PERIOD: the workbook, the report, the indicators, a
    manifest."""
    from xlkit.deliver.package import build_package, default_folder, recover
    from xlkit.documents.report import Issue, report_document
    from xlkit.render.pdf import soffice

    now = datetime.now().astimezone()  # the package's stamp; "today" from the same reading
    today = today or now.date()
    prepared = prepared or prepare(period, workbook, cwd=cwd, today=today, document=True)
    target = output or default_folder(period)
    # a packing killed between its two renames left the package in hidden folders beside it
    restored, removed = guarded(lambda: recover(target))
    if restored:
        prepared.notices.append(("note.package-restored", {"path": str(target)}))
    if removed:
        prepared.notices.append(("note.package-leftovers", {"path": str(target), "count": removed}))
    try:
        guarded(lambda: guard_folder(target, inputs=(prepared.path,), force=force))
    except Problem as refused:
        refused.notices = prepared.notices  # what was put right is said even so
        raise
    stop_on_errors(prepared, force)
    number = number_for(prepared, number, "BC", day or today)
    document = report_document(
        prepared.book, period, Issue(number, day or today), computed=prepared.computed
    )
    note_late_date(prepared, day, today)
    chosen = layout(day or today)
    errors = len(prepared.report.errors)
    package = guarded(
        lambda: build_package(
            workbook=prepared.path,
            book=prepared.book,
            period=period,
            document=document,
            indicators=prepared.items,
            target=target,
            made=now,
            layout=chosen,
            errors=errors,
            forced=bool(errors),
            overwrite=force,
        ),
        target,
    )
    if not soffice():
        prepared.notices.append(("note.no-pdf", {}))
    return PackResult(prepared, package, prepared.notices)
