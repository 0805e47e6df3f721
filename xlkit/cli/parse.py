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


def period_or_plan(text: str) -> Period | str:
    """`check --period`: a report's period (2024-H1), or a plan's key (KH-2024, NV-2024,
    CD-2024, CT)."""
    from xlkit.vocab.periods import ACCEPTED, Period, PeriodError
    from xlkit.vocab.sections import DOC_KEY

    if DOC_KEY.fullmatch(text.strip()):
        return text.strip().upper()
    try:
        return Period.parse(text)
    except PeriodError:
        fail("err.bad-period", period=text, accepted=ACCEPTED + ", KH-2024, NV-2024, CD-2024, CT")


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


def year(text: str) -> int:
    """`2025`: a year a workbook may be of, else one line and exit 2."""
    from xlkit.vocab.words import FIRST_YEAR, LAST_YEAR

    if text.strip().isdigit() and FIRST_YEAR <= int(text) <= LAST_YEAR:
        return int(text)
    fail("err.bad-year", year=text)


def day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        fail("err.bad-date", value=text)


def signing(text: str | None) -> str | None:
    """`--ky`: who signs, one of the rule's forms (T/M CHI BỘ, T/M CHI ỦY, T/M CẤP ỦY), typed
    with or without the slash; else one line naming them and exit 2."""
    if text is None:
        return None
    import unicodedata

    from xlkit.vocab.columns import fold
    from xlkit.vocab.words import ON_BEHALF

    def bare(form: str) -> str:  # typed without the slash, or without diacritics: T/M CHI UY
        spelled = unicodedata.normalize("NFD", fold(form).replace("đ", "d"))
        return "".join(ch for ch in spelled if ch.isascii() and ch.isalnum())

    found = next((form for form in ON_BEHALF if bare(form) == bare(text)), None)
    if found is None:
        fail("err.bad-signing", given=text, accepted=", ".join(ON_BEHALF))
    return found


def choice(choices: type[C], text: str) -> C:
    """A command's --format: one of CHOICES, else one line naming them and exit 2."""
    try:
        return choices(text)
    except ValueError:
        fail("err.bad-format", fmt=text, accepted=choices.accepted())
