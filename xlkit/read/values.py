"""One cell's value typed by its column of the schema: the value, or None and the findings saying
why."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from xlkit.messages.findings import Finding, finding
from xlkit.text import amounts
from xlkit.text.amounts import NUMBER_TEXT, number_from_text
from xlkit.text.legacy import from_legacy, looks_legacy
from xlkit.vocab.columns import Column, Type, choices_of, fold
from xlkit.vocab.periods import ACCEPTED, ACCEPTED_WITH_SCHOOL_YEAR, Period, PeriodError
from xlkit.vocab.sections import DOC_KEY, YEAR_DOC_KEY

DATE_TEXT = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_NAME_COLUMNS = {"Họ và tên", "Đối tượng", "Bí thư"}


def is_filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


SLOW = object()  # what a quick typer returns for a value it leaves to type_value


@cache  # one typer a column of the schema, not one a column of every workbook read
def quick_typer(column: Column) -> Callable[[Any], Any]:
    """A typer for the values that need no finding and no work, or SLOW: plain text of a text
    column, a number in range of a number column. The column-wise reader tries it on each
    distinct value."""
    if column.type is Type.TEXT:
        return _plain_text
    if column.type in (Type.INTEGER, Type.NUMBER):
        low, high = column.minimum, column.maximum
        low = 0 if low is None else low  # a negative number has its own finding
        whole = column.type is Type.INTEGER

        def number(value: Any) -> Any:
            if (
                value.__class__ not in (int, float)
                or value < low
                or (high is not None and value > high)
            ):
                return SLOW
            if float(value).is_integer():
                return int(value)
            return SLOW if whole else value

        return number
    return _slow


def _slow(value: Any) -> Any:
    return SLOW


def _plain_text(value: Any) -> Any:
    """VALUE itself when it is text as typing leaves it: one tidy line, NFC, nothing of TCVN3 or
    VNI."""
    # one tidy line: stripped, no two spaces, no tab, break or odd space (not printable); as
    # " ".join(value.split()) == value, a third of its cost over a list's thousands of names
    if (
        value.__class__ is not str
        or not value
        or not value.isprintable()
        or "  " in value
        or value.strip() != value
    ):
        return SLOW
    if value.isascii() or (unicodedata.is_normalized("NFC", value) and not looks_legacy(value)):
        return value
    return SLOW


def type_value(column: Column, value: Any, sheet: str, ref: str) -> tuple[Any, list[Finding]]:
    """Type one cell by its column; return the value (None when empty or wrong) and findings."""
    header = column.header
    if not is_filled(value):
        if column.default is not None:
            return column.default, []
        if column.required:
            return None, [finding("value-required", sheet, ref, header=header)]
        return None, []
    kind = column.type
    if kind is Type.DATE:
        return _type_date(column, value, sheet, ref)
    if kind in (Type.INTEGER, Type.NUMBER):
        return _type_number(column, value, sheet, ref)
    if kind is Type.AMOUNT:
        return _type_amount(column, value, sheet, ref)
    if kind is Type.DATE_OR_TEXT and isinstance(value, (date, datetime)):
        return _as_date(value), []
    if column.words and not isinstance(value, str):
        return None, [finding("value-not-text", sheet, ref, value, header=header)]
    text, findings = _type_text(column, value, sheet, ref)
    if kind is Type.CHOICE:
        accepted = choices_of(column)
        choice = accepted.get(fold(text))
        if choice is None and column.open and text.strip():
            return " ".join(text.split()), findings
        if choice is None:
            import difflib  # only for a value off its list

            close = difflib.get_close_matches(fold(text), list(accepted), n=1, cutoff=0.5)
            closest = accepted[close[0]] if close else ""
            return None, [
                *findings,
                finding("value-not-allowed", sheet, ref, value, header=header, closest=closest),
            ]
        return choice, findings
    if kind is Type.PERIOD:
        try:
            return Period.parse(text, school_year=True), findings
        except PeriodError:
            return None, [
                *findings,
                finding(
                    "value-not-period",
                    sheet,
                    ref,
                    value,
                    header=header,
                    accepted=ACCEPTED_WITH_SCHOOL_YEAR,
                ),
            ]
    if kind is Type.DOC_KEY:
        if DOC_KEY.fullmatch(text.strip()):
            return text.strip().upper(), findings
        if YEAR_DOC_KEY.fullmatch(text.strip()):  # SH-2026-3 is SH-2026-03
            prefix, year, *month = text.strip().upper().split("-")
            return "-".join([prefix, year, *(f"{int(m):02d}" for m in month)]), findings
        try:
            return Period.parse(text), findings
        except PeriodError:
            forms = ACCEPTED + ", KH-2023, NV-2023, CD-2023, CT, KD-2023, SH-2023-03"
            return None, [
                *findings,
                finding("value-not-period", sheet, ref, value, header=header, accepted=forms),
            ]
    return text, findings


def _type_text(column: Column, value: Any, sheet: str, ref: str) -> tuple[str, list[Finding]]:
    if isinstance(value, (date, datetime)):
        return _as_date(value).strftime("%d/%m/%Y"), []
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), []
    text = str(value)
    findings: list[Finding] = []
    header = column.header
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        findings.append(finding("text-not-nfc", sheet, ref, value, header=header, count=1))
    if looks_legacy(nfc):
        findings.append(
            finding(
                "text-legacy-encoding", sheet, ref, value, header=header, converted=from_legacy(nfc)
            )
        )
    tidy = "\n".join(" ".join(line.split()) for line in nfc.strip().splitlines())
    if header in _NAME_COLUMNS and tidy != nfc:
        findings.append(finding("text-spaces", sheet, ref, value, header=header))
    return tidy, findings


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _type_date(
    column: Column, value: Any, sheet: str, ref: str
) -> tuple[date | None, list[Finding]]:
    header = column.header
    if isinstance(value, (date, datetime)):
        return _as_date(value), []
    if isinstance(value, str):
        match = DATE_TEXT.match(unicodedata.normalize("NFC", value))
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                read = date(year, month, day)
            except ValueError:
                pass
            else:
                return read, [
                    finding(
                        "date-as-text",
                        sheet,
                        ref,
                        value,
                        header=header,
                        read=read.strftime("%d/%m/%Y"),
                    )
                ]
    return None, [finding("value-not-date", sheet, ref, value, header=header)]


def _type_number(
    column: Column, value: Any, sheet: str, ref: str
) -> tuple[float | int | None, list[Finding]]:
    header = column.header
    number: float | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and NUMBER_TEXT.match(value):
        number = number_from_text(value.strip())
    if number is None:
        return None, [finding("value-not-number", sheet, ref, value, header=header)]
    if column.type is Type.INTEGER and not number.is_integer():
        return None, [finding("value-not-integer", sheet, ref, value, header=header)]
    if number < 0 and (column.minimum or 0) >= 0:
        return None, [finding("value-negative", sheet, ref, value, header=header)]
    low, high = column.minimum, column.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        return None, [
            finding(
                "value-out-of-range",
                sheet,
                ref,
                value,
                header=header,
                low=_plain(low),
                high=_plain(high),
            )
        ]
    read = int(number) if number.is_integer() else number
    if isinstance(value, str):  # read, but Excel keeps it as text: it will not add it up
        return read, [finding("number-as-text", sheet, ref, value, header=header, read=read)]
    return read, []


def _type_amount(
    column: Column, value: Any, sheet: str, ref: str
) -> tuple[amounts.Amount | int | None, list[Finding]]:
    """A number, or a number as people write it (98%, trên 400, 01-02), kept with its form."""
    if isinstance(value, amounts.Amount):
        amount: amounts.Amount | None = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        amount = amounts.of_number(value)
    elif isinstance(value, str):
        amount = amounts.parse(unicodedata.normalize("NFC", value))
    else:
        amount = None
    if amount is None:
        return None, [finding("value-not-amount", sheet, ref, value, header=column.header)]
    if amount < 0:
        return None, [finding("value-negative", sheet, ref, value, header=column.header)]
    if amount.is_integer() and not (
        amount.decimals
        or amount.percent
        or amount.qualifier
        or amount.upper is not None
        or amount.unit
        or amount.base
    ):
        return int(amount), []  # a plain whole number: nothing of its form to keep
    return amount, []


def _plain(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
