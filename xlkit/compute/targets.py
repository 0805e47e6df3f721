"""A target's plan and result in a period, and whether it is reached (its direction: at least, at
most)."""

from __future__ import annotations

from xlkit.read.records import Book, Row
from xlkit.vocab.periods import Kind, Period
from xlkit.vocab.words import (
    DIRECTION_MAX,
    EXCEEDED,
    MEMBERS,
    NOT_REACHED,
    QUALIFIERS_ABOVE,
    QUALIFIERS_AT_MOST,
    QUALIFIERS_BELOW,
    REACHED,
)


def plan_of(target: Row, period: Period) -> float | None:
    if period.kind is Kind.HALF and period.number == 1 and target["Kế hoạch 6 tháng"] is not None:
        return target["Kế hoạch 6 tháng"]
    return target["Kế hoạch năm"]


def typed_result(target: Row, period: Period) -> float | None:
    if period.kind is Kind.HALF and period.number == 1:
        return target["Thực hiện 6 tháng đầu"]
    if period.kind is Kind.YEAR or (period.kind is Kind.HALF and period.number == 2):
        return target["Thực hiện cả năm"]
    return None


def status_of(actual: float | None, plan: float | None, direction: str) -> str | None:
    """Đạt / Vượt / Chưa đạt; a plan typed with a qualifier or as a range is judged by it: `trên
    95` needs more than 95, `dưới 1` less than 1, `01-02` is reached at 01 and exceeded above 02.
    """
    if actual is None or plan is None:
        return None
    qualifier = getattr(plan, "qualifier", "")
    upper = getattr(plan, "upper", None)
    if qualifier in QUALIFIERS_ABOVE:
        return REACHED if actual > plan else NOT_REACHED
    if qualifier in QUALIFIERS_BELOW:
        return REACHED if actual < plan else NOT_REACHED
    if direction == DIRECTION_MAX or qualifier in QUALIFIERS_AT_MOST:
        return REACHED if actual <= (plan if upper is None else upper) else NOT_REACHED
    if actual > (plan if upper is None else upper):
        return EXCEEDED
    return REACHED if actual >= plan else NOT_REACHED


def pct(part: float | None, whole: float | None) -> float | None:
    if part is None or not whole:
        return None
    return part * 100 / whole


def rating_column(book: Book, period: Period) -> str:
    """The column a period's ratings come from: a quarter's own when the workbook keeps one (QĐ
    366), else the year's."""
    if period.kind is Kind.QUARTER:
        quarterly = f"Xếp loại quý {period.number}"
        if book.has_column(MEMBERS, quarterly) and any(m[quarterly] for m in book.rows(MEMBERS)):
            return quarterly
    return "Xếp loại"
