"""`fix`: a repaired copy of the workbook (what can be repaired without guessing), beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.checks import check_path
from xlkit.commands.shared import (
    OPENPYXL_SUFFIXES,
    HasErrors,
    Problem,
    beside,
    guarded,
    rules,
    same_kind,
)
from xlkit.guard.files import guard_file
from xlkit.messages.findings import Report


@dataclass
class FixResult:
    written: Path
    changes: list[Any]  # outputs.repair.Change
    ambiguous: list[Any]
    before: Report
    after: Report
    formulas: int = 0  # formulas kept without their cached values (Repair.formulas)


def fix(
    workbook: Path, *, output: Path | None = None, force: bool = False, today: date | None = None
) -> FixResult:
    """Write a repaired copy of WORKBOOK (default `<name>-da-sua.xlsx`), every change listed; the
    original is only read."""
    from xlkit.guard.files import atomic_path
    from xlkit.workbooks.repair import Repair, repair_workbook

    today = today or date.today()
    if not workbook.exists():
        raise Problem("err.no-such-path", path=workbook)
    target = output or beside(workbook, "da-sua")
    same_kind(target, workbook)  # before the work: a name the copy cannot honour is refused
    before = check_path(workbook, today=today, rules=rules())
    if before.unreadable:
        raise HasErrors(before)
    if workbook.suffix.lower() not in OPENPYXL_SUFFIXES:
        raise Problem("err.openpyxl-format", path=workbook)
    guarded(lambda: guard_file(target, inputs=(workbook,), roles=("fixed",), force=force))
    result = Repair()

    def write() -> None:
        nonlocal result
        with atomic_path(target, role="fixed") as temporary:
            result = repair_workbook(workbook, temporary)

    guarded(write, target)
    after = check_path(target, today=today, rules=rules())
    return FixResult(target, result.changes, result.ambiguous, before, after, result.formulas)
