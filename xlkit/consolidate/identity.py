"""Which cell a row is: its own name under its superior committee (and its symbol where both
copies give one). A unit may hold several cells (a school's teachers and its staff, a
university's faculties), so the unit never identifies a cell; it only helps a clerk name one in
`--expect`."""

from __future__ import annotations

from typing import Protocol

from xlkit.text.vn import unmarked as unmarked  # a clerk types names without marks
from xlkit.vocab.columns import fold


class Named(Protocol):
    name: str
    superior: str
    unit: str
    symbol: str


def bare(name: str) -> str:
    """`CHI BỘ Giáo viên 1` -> `giáo viên 1`: a name folded (case, marks' form, spaces), the
    words "chi bộ" optional."""
    folded = fold(name)
    return folded[len("chi bộ") :].strip() if folded.startswith("chi bộ ") else folded


def key(row: Named) -> tuple[str, str]:
    return bare(row.name), fold(row.superior)


def same_cell(one: Named, other: Named) -> bool:
    """Two rows of one cell: the same name under the same committee, and no two symbols that
    differ."""
    if key(one) != key(other):
        return False
    return not (one.symbol and other.symbol) or fold(one.symbol) == fold(other.symbol)


def names(row: Named) -> tuple[str, ...]:
    """What a clerk may type in `--expect` for ROW's cell: its name ("giáo viên 2", "CHI BỘ HÀNH
    CHÍNH") or its unit ("Trường Mầm non Sơn Phú"), each as bare() folds it."""
    return tuple(n for n in (bare(row.name), bare(row.unit)) if n)
