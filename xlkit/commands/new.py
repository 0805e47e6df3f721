"""`new` and `roll-over`: a blank workbook of a year, or the next year's carrying over what
lasts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from xlkit.checks import unreadable
from xlkit.guard.files import EDITED, guard_file
from xlkit.read.opening import load
from xlkit.read.vetting import UnreadableWorkbook
from xlkit.vocab.words import FIRST_YEAR, LAST_YEAR

if TYPE_CHECKING:
    from xlkit.workbooks.rollover import RollOver

from xlkit.commands.shared import (
    HasErrors,
    Problem,
    guarded,
)


def new(
    path: Path | None, *, year: int | None = None, force: bool = False, source: Path | None = None
) -> Path:
    """Write the blank standard workbook of YEAR; replace only a blank one xlkit made, and only
    with FORCE."""
    from xlkit.workbooks.template import default_path, write_workbook

    if source is not None:
        return roll_over(source, path, year=year, force=force).path
    year = year or date.today().year
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Problem("err.bad-year", year=year)
    target = _new_workbook_target(path or default_path(year), (), force)
    guarded(lambda: write_workbook(target, year=year), target)
    return target


def _new_workbook_target(target: Path, inputs: tuple[Path, ...], force: bool) -> Path:
    """Where a new workbook may go: never an input or a file xlkit did not make, never over data."""
    try:
        guarded(lambda: guard_file(target, inputs=inputs, roles=("workbook",), force=force))
    except Problem as refused:
        # a workbook of xlkit's she went on to fill: say that, the reason she will recognise
        if refused.key in EDITED and _holds_data(target):
            raise Problem("err.workbook-filled", path=target) from None
        raise
    if target.exists() and _holds_data(target):
        raise Problem("err.workbook-filled", path=target)
    return target


def roll_over(
    source: Path, path: Path | None = None, *, year: int | None = None, force: bool = False
) -> RollOver:
    """The workbook of the year after SOURCE's (or of YEAR), carrying over what lasts
    (workbooks/rollover.py)."""
    from xlkit.workbooks.rollover import roll_over as write_rolled
    from xlkit.workbooks.template import default_path

    if not source.exists():
        raise Problem("err.no-such-path", path=source)
    try:
        book, findings = load(source)
    except UnreadableWorkbook as exc:
        raise HasErrors(unreadable(source, exc)) from None
    if book.year is None:
        raise Problem("err.no-year", path=source)
    year = year or book.year + 1
    if not FIRST_YEAR <= year <= LAST_YEAR or year <= book.year:
        raise Problem("err.bad-year", year=year)
    target = _new_workbook_target(path or default_path(year), (source,), force)
    return guarded(lambda: write_rolled(book, target, year), target)


def _holds_data(path: Path) -> bool:
    try:
        book, _ = load(path)
    except UnreadableWorkbook:
        return True  # what cannot be read cannot be shown to be blank
    return any(book.tables.values()) or len(book.info) > 1
