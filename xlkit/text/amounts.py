"""A number as the secretary typed it: the value, and the form she wrote it in.

"98%", "95.0%", "trên 400", "01-02", "171.59": an `Amount` computes like any float (sums,
comparisons, shares), and remembers what prints it back unchanged: the decimals typed, a percent
sign, a qualifier word, a range's upper bound. A range counts as its lower bound (a plan of
"01-02" is reached at 01).
"""

from __future__ import annotations

import re
from typing import Any

from xlkit.vocab.words import QUALIFIERS

# The one grammar of a number as typed: Vietnamese thousands (1.250), a decimal comma or point
# (96,6; 2.5). Number cells (NUMBER_TEXT) and amounts (98%, trên 400, 01-02) read it alike.
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:[.,]\d+)?"
NUMBER_TEXT = re.compile(rf"^\s*[+-]?{NUMBER}\s*$")
# words after a figure: letters, in words joined by a space or a slash (đ/c, quần chúng, TSGV
# đăng ký), never a digit, so that "12 tháng 5" is not read as a count of "tháng 5"
_WORDS = r"[^\W\d_]+(?:[ /][^\W\d_]+)*"
_TEXT = re.compile(
    rf"^(?P<q>{'|'.join(sorted(QUALIFIERS, key=len, reverse=True))})?"
    rf"\s*\+?(?P<n>{NUMBER})\s*(?:(?:[-–]|đến)\s*(?P<u>{NUMBER}))?"
    rf"\s*(?:(?P<p>%)(?:\s*/\s*(?P<b>{_WORDS}))?|\s(?P<w>{_WORDS}))?$",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


class Amount(float):
    """A float with the form it was typed in."""

    __slots__ = ("decimals", "percent", "qualifier", "upper", "padded", "unit", "base")
    decimals: int
    percent: bool
    qualifier: str
    upper: float | None
    # typed "01" (True) or "1" (False); None for a number cell, which cannot say
    padded: bool | None
    unit: str  # typed with the figure: "04 đ/c" (it wins over the column's unit)
    base: str  # what a percentage is of: "85%/TSGV đăng ký"

    def __new__(
        cls,
        value: float,
        *,
        decimals: int = 0,
        percent: bool = False,
        qualifier: str = "",
        upper: float | None = None,
        padded: bool | None = None,
        unit: str = "",
        base: str = "",
    ) -> Amount:
        amount = super().__new__(cls, value)
        amount.decimals, amount.percent, amount.qualifier, amount.upper, amount.padded = (
            decimals,
            percent,
            qualifier,
            upper,
            padded,
        )
        amount.unit, amount.base = unit, base
        return amount

    # pickled to a worker process and back with its form
    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild,
            (
                float(self),
                self.decimals,
                self.percent,
                self.qualifier,
                self.upper,
                self.padded,
                self.unit,
                self.base,
            ),
        )

    def less(self, other: float) -> Amount:
        """This amount with OTHER taken away, range and form kept (what is left of a plan)."""
        upper = None if self.upper is None else self.upper - other
        return Amount(
            float(self) - other,
            decimals=self.decimals,
            percent=self.percent,
            upper=upper,
            padded=self.padded,
            unit=self.unit,
            base=self.base,
        )


def _rebuild(
    value: float,
    decimals: int,
    percent: bool,
    qualifier: str,
    upper: float | None,
    padded: bool | None,
    unit: str = "",
    base: str = "",
) -> Amount:
    return Amount(
        value,
        decimals=decimals,
        percent=percent,
        qualifier=qualifier,
        upper=upper,
        padded=padded,
        unit=unit,
        base=base,
    )


def _decimals_of(text: str) -> int:
    if _THOUSANDS.match(text):
        return 0
    sep = "," if "," in text else "."
    return len(text.rpartition(sep)[2]) if sep in text else 0


def number_from_text(text: str) -> float:
    """`01` -> 1, `96,6` -> 96.6, `1.250` -> 1250 (Vietnamese thousands), `2.5` -> 2.5;
    ValueError otherwise."""
    text = text.lstrip("+")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text.replace(".", "").replace(",", ".") if "," in text else text)


def _float(text: str) -> float | None:
    try:
        return number_from_text(text)
    except ValueError:
        return None


def parse(text: str) -> Amount | None:
    """`98%`, `95.0%`, `trên 400`, `01-02` (or `01 đến 02`), `dưới 1%`, `171,59`, `04 đ/c` (its
    unit), `85%/TSGV đăng ký` (its base) -> an Amount; else None."""
    match = _TEXT.match(" ".join(text.split()))
    if not match:
        return None
    value = _float(match.group("n"))
    upper = _float(match.group("u")) if match.group("u") else None
    if value is None or (match.group("u") and (upper is None or upper < value)):
        return None
    qualifier = (match.group("q") or "").lower()
    padded = (
        match.group("n").startswith("0") and len(match.group("n").split(",")[0].split(".")[0]) > 1
    )
    return Amount(
        value,
        decimals=_decimals_of(match.group("n")),
        percent=bool(match.group("p")),
        qualifier=qualifier,
        upper=upper,
        padded=padded,
        unit=" ".join((match.group("w") or "").split()),
        base=" ".join((match.group("b") or "").split()),
    )


def of_number(value: float, percent_decimals: int | None = None) -> Amount:
    """A number cell: its decimals as stored; a cell formatted as a percentage (0.98 shown 98%)
    is 98%."""
    if percent_decimals is not None:
        scaled = round(value * 100, 10)
        return Amount(scaled, decimals=percent_decimals, percent=True)
    text = repr(float(value))
    decimals = 0 if float(value).is_integer() or "e" in text else len(text.partition(".")[2])
    return Amount(value, decimals=decimals)
