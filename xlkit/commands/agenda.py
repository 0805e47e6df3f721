"""`agenda`: what is coming due on a day (việc sắp đến hạn), as text or JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.checks.party import Rules
from xlkit.commands.shared import Prepared, Problem, config_table, prepare
from xlkit.documents.agenda import Agenda, day_month
from xlkit.documents.agenda import agenda as build_agenda
from xlkit.read.records import Book
from xlkit.vocab.periods import Kind, Period

# the names `report` and `pack` give a period's report by default, beside her workbook or here
REPORT_SUFFIXES = (".docx", ".pdf", ".md", ".txt")


@dataclass
class AgendaResult:
    prepared: Prepared
    agenda: Agenda


def agenda_of(book: Book, day: date, path: Path, chosen: Rules, cwd: Path | None = None) -> Agenda:
    """The agenda of BOOK (read from PATH) on DAY by the party rules CHOSEN (xlkit.toml's
    [rules] in), with xlkit.toml's [agenda]."""
    settings = config_table("agenda") or {}
    rounds = settings.get("badge_rounds")
    if rounds is not None:
        _check_rounds(rounds, day.year)
    made = made_reports(day.year, path, cwd)
    return build_agenda(book, day, chosen, made=made, settings=settings)


def agenda(
    workbook: Path | None = None,
    *,
    day: date | None = None,
    today: date | None = None,
    cwd: Path | None = None,
) -> AgendaResult:
    """What is coming due on DAY (default today) in the workbook of DAY's year."""
    day = day or today or date.today()
    prepared = prepare(Period(day.year, Kind.YEAR), workbook, cwd=cwd, today=day, sections=False)
    return AgendaResult(prepared, agenda_of(prepared.book, day, prepared.path, prepared.rules, cwd))


def _check_rounds(rounds: Any, year: int) -> None:
    """[agenda] badge_rounds is a list of days of the year as `d/m`, or a Problem."""
    if not isinstance(rounds, list) or not rounds:
        raise Problem("err.agenda-rounds", value=str(rounds))
    for text in rounds:
        try:
            day_month(str(text), year)
        except ValueError:
            raise Problem("err.agenda-rounds", value=str(text)) from None


def made_reports(year: int, path: Path, cwd: Path | None = None) -> list[str]:
    """The periods of YEAR whose report was made: numbered in the register (when xlkit.toml
    keeps one), or a file of the default name beside the workbook or in the working folder, or
    a package of the period."""
    from xlkit.deliver.package import default_folder

    here = cwd or Path.cwd()
    made: list[str] = []
    for period in (Period(year, Kind.HALF, 1), Period(year, Kind.YEAR)):
        name = f"bao-cao-{period}"
        files = [
            folder / f"{name}{suffix}"
            for folder in (path.parent, here)
            for suffix in REPORT_SUFFIXES
        ]
        if any(f.is_file() for f in files) or (here / default_folder(period)).is_dir():
            made.append(str(period))
    return sorted(set(made) | set(_registered(year)))


def _registered(year: int) -> list[str]:
    from xlkit.commands.shared import kept_register

    register = kept_register()
    if register is None:
        return []
    try:
        documents = register.documents("BC")
    except ValueError:  # a damaged register is said when a report is numbered, not here
        return []
    return [d for d in documents if d.startswith(str(year))]
