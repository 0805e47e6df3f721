"""Vietnamese text: name ordering, and number/date formatting (Babel)."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from xlkit.text.amounts import Amount

# Vietnamese alphabetical order; tones are ordered after the letters, syllable by syllable.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# huyền hỏi ngã sắc nặng
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_KEEP = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter


def _syllable_key(syllable: str) -> tuple[tuple[int, ...], int]:
    letters: list[str] = []
    tone = 0
    for ch in unicodedata.normalize("NFD", syllable.casefold()):
        if ch in _TONES:
            tone = _TONES[ch]
        elif ch in _KEEP and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        else:
            letters.append(ch)
    ranks = tuple(_RANK.get(ch, 100 + ord(ch)) for ch in letters)
    return ranks, tone


def name_key(full_name: str) -> tuple:
    """Sort key of a Vietnamese name: given name, then middle names, then family name."""
    words = full_name.split()
    if not words:
        return ()
    family = [_syllable_key(words[0])] if len(words) > 1 else []
    middle = [_syllable_key(w) for w in words[1:-1]]
    return (_syllable_key(words[-1]), tuple(middle), tuple(family))


def sort_names(names: list[str]) -> list[str]:
    return sorted(names, key=name_key)


# --- numbers and dates (Babel)


def _babel():
    from babel import dates, numbers

    return numbers, dates


@lru_cache(maxsize=4096, typed=True)
def number(value: float | int, decimals: int = 1, *, fixed: bool = False) -> str:
    """1250 -> 1.250; 96.578 -> 96,6 (trailing zeros dropped: 100,0 -> 100, unless FIXED: 95,0).
    Remembered: a roll-up's table says a thousand cells' counts, most of them alike, and Babel
    takes ten microseconds a number."""
    numbers, _ = _babel()
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    pattern = "#,##0." + ("0" if fixed else "#") * decimals if decimals else "#,##0"
    return numbers.format_decimal(rounded, format=pattern, locale="vi")


def percent(value: float | None, decimals: int = 1) -> str:
    """96.578 -> 96,6%; None -> —."""
    if value is None:
        return "—"
    return number(value, decimals) + "%"


def count(value: int | float | None) -> str:
    """Counts below 10 with a leading zero, as the party's documents write them: 1 -> 01."""
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return number(value)
    value = int(value)
    return f"{value:02d}" if 0 < value < 10 else number(value, 0)


def quantity(value: float | None, unit: str = "") -> str:
    """A plan or result by its unit: counts of people and items with a leading zero, others
    plain; a value typed with a form (`98%`, `trên 400`, `01-02`, `171,59`) in that form."""
    if value is None:
        return "—"
    if isinstance(value, Amount):
        return typed(value, unit)
    if unit in ("%", "điểm"):
        return number(value)
    return count(value)


MAX_TYPED_DECIMALS = 2  # a score typed 171.59 keeps both; more is noise from a formula


def typed(value: Amount, unit: str = "") -> str:
    """An Amount as the secretary wrote it, with the decimal comma: `98%`, `95,0%`, `trên 400`,
    `01-02`."""
    decimals = min(value.decimals, MAX_TYPED_DECIMALS)

    def one(x: float) -> str:
        if decimals == 0 and not value.percent and unit not in ("%", "điểm"):
            if value.padded is False:  # typed "2-3", "9": printed so, not "02-03"
                return number(x, 0)
            return count(x) if x else "0"
        return number(x, decimals, fixed=True)

    text = one(float(value)) + (f"-{one(value.upper)}" if value.upper is not None else "")
    if value.percent:
        text += "%"
    if value.base:  # "85%/TSGV đăng ký": what the percentage is of, as she wrote it
        text += f"/{value.base}"
    return f"{value.qualifier} {text}" if value.qualifier else text


def ratio(achieved: float, total: float | None) -> str:
    """367, 380 -> 367/380 đạt 96,6%."""
    if not total:
        return count(achieved)
    return f"{count(achieved)}/{count(total)} đạt {percent(achieved * 100 / total)}"


def long_date(day: date) -> str:
    """4 July 2023 -> ngày 04 tháng 7 năm 2023 (a leading zero for days < 10 and months 1-2)."""
    _, dates = _babel()
    month = "MM" if day.month < 3 else "M"
    return dates.format_date(day, f"'ngày' dd 'tháng' {month} 'năm' y", locale="vi")


def unmarked(text: str) -> str:
    """`giáo viên 2` -> `giao vien 2`: a name as a clerk types it without a Vietnamese keyboard."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """`Trần Thị Hồng` -> `tran-thi-hong`: a name as a file's name, on any system."""
    import re

    return re.sub(r"[^a-z0-9]+", "-", unmarked(text).lower()).strip("-")[:60]
