"""The CLI's arguments into typed values: a period, a plan's year or term, a day, a document's
format and file; a value that does not parse is one line and exit 2."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from xlkit.cli.voice import fail

if TYPE_CHECKING:
    from xlkit.vocab.formats import Choices
    from xlkit.vocab.periods import Period

C = TypeVar("C", bound="Choices")


def period(text: str) -> Period:
    from xlkit.vocab.periods import ACCEPTED, Period, PeriodError

    try:
        return Period.parse(text)
    except PeriodError:
        fail("err.bad-period", period=text, accepted=ACCEPTED)


def document_format(format: str | None, output: Path | None) -> tuple[Any, Path | None]:
    """--format and -o of a document: the format, and the file with its extension."""
    from xlkit.render import Format, output_path

    fmt = None
    if format is not None:
        try:
            fmt = Format.of(format)
        except ValueError:
            fail("err.bad-format", fmt=format, accepted=Format.accepted())
    if output is not None:
        try:
            output, fmt = output_path(output, fmt)
        except ValueError:
            fail("err.bad-format", fmt=output.suffix or output.name, accepted=Format.accepted())
    return fmt, output


def plan_year(text: str) -> int | tuple[int, int]:
    """`2024`, or a term `2020-2025` (the term programme, from a workbook of one of its years)."""
    import re

    term = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", text)
    if term and int(term.group(1)) <= int(term.group(2)):
        return int(term.group(1)), int(term.group(2))
    if text.strip().isdigit():
        return int(text)
    fail("err.bad-year", year=text)


def day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        fail("err.bad-date", value=text)


def choice(choices: type[C], text: str) -> C:
    """A command's --format: one of CHOICES, else one line naming them and exit 2."""
    try:
        return choices(text)
    except ValueError:
        fail("err.bad-format", fmt=text, accepted=choices.accepted())
