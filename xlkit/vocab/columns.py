"""How a sheet of the standard workbook is declared: its columns, their types and choices, and how
a header or a choice is folded to be matched the way people read it."""

from __future__ import annotations

import unicodedata
from enum import Enum
from functools import cache, lru_cache
from typing import NamedTuple

from xlkit.vocab.words import (
    FIRST_YEAR as FIRST_YEAR,
)
from xlkit.vocab.words import LAST_YEAR as LAST_YEAR

DATE_HELP = "Ngày, dạng dd/mm/yyyy"  # the help of every date column


class Type(str, Enum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    AMOUNT = (
        # a number in the form people write it: 98%, 95.0%, trên 400, 01-02
        # (amounts.py)
        "amount"
    )
    DATE = "date"
    CHOICE = "choice"
    PERIOD = "period"  # 2023-H1, 2023, 2023-Q3
    DOC_KEY = "doc_key"  # a period or a plan key: KH-2023, CD-2023, CT
    DATE_OR_TEXT = "date_or_text"


class Column(NamedTuple):
    header: str
    type: Type = Type.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    unique: bool = False
    help: str = ""
    width: int = 14
    minimum: float | None = None
    maximum: float | None = None
    aliases: tuple[tuple[str, str], ...] = ()  # accepted abbreviation -> choice
    default: str | None = None  # the choice an empty cell means
    shown: tuple[str, ...] = ()  # what the dropdown offers, when not the choices themselves
    added: bool = False  # added after v1: a workbook without it is an earlier one, not a mistake
    # words, never a number, a date or TRUE (a name, an ethnicity, a faith): a number there is
    # counted as a minority, a faith, a person, so it is a finding
    words: bool = False
    unless: str = (
        ""  # a required column that may be empty when this other column of the row is filled
    )
    # the choices are suggestions: a word she types that is not among them is kept (a unit:
    # khối, em, quần chúng …)
    open: bool = False
    # the title of Excel's input box, which shows at most 32 characters, when the header is longer
    title: str = ""

    @property
    def input_title(self) -> str:
        return self.title or self.header


class Sheet(NamedTuple):
    name: str
    columns: tuple[Column, ...] = ()
    required: bool = False
    help: str = ""
    landscape: bool = False
    added: bool = False  # added after v1: an earlier workbook lacks it silently
    # the documents' words alone: no figure and no party rule reads it (the roll-up leaves it)
    words: bool = False

    def column(self, header: str) -> Column:
        for c in self.columns:
            if c.header == header:
                return c
        raise KeyError(header)


class InfoItem(NamedTuple):
    label: str
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()


# the same few choices and headers, folded thousands of times in a workbook
@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Fold a header or a choice the way people read it: NFC, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def fold_typed(text: str) -> str:
    """fold() of text as the reader types it (NFC, one space between words, stripped): casefold
    is all it still needs, for the many distinct names a member list holds (fold's cache would
    only churn)."""
    return text.casefold() if "\n" not in text else fold(text)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    if index < len(_LETTERS):
        return _LETTERS[index]
    return _letters(index)


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# A to ZZ: asked for every cell a finding names, every column read
_LETTERS = tuple(map(_letters, range(702)))


@cache
def choices_of(column: Column) -> dict[str, str]:
    """Map every accepted spelling of a choice column, folded, to the canonical choice."""
    accepted = {fold(c): c for c in column.choices}
    accepted.update({fold(a): c for a, c in column.aliases})
    return accepted
