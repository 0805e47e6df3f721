"""What a roll-up knows of one cell: a `CellRow` (its figures, its status, its findings as text,
never the workbook itself), the columns of its figures, and the totals over the cells counted."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from xlkit.messages import say
from xlkit.text.vn import count
from xlkit.vocab.keys import NUMERIC_KEYS

# the columns of a cell's figures: every numeric indicator, the targets, and the two counts the
# attendance share is recomputed from (a share is never summed)
TARGET_KEYS = ("targets.reached", "targets.total")


ASSESSED = "targets.assessed"  # targets with a result in the period (the others are not yet due)


HIDDEN_KEYS = ("meetings.present", "meetings.called")


# members the day before the period: the first line of the committee's table of increases and
# decreases (Biểu 1-BTCTW), counted, never derived
AT_START = "members.at_start"


FIGURE_KEYS = (*NUMERIC_KEYS, *TARGET_KEYS, ASSESSED, *HIDDEN_KEYS, AT_START)


# not added up: a period's length, coverage within one cell (the shares are recomputed:
# table.totals)
NOT_SUMMED = ("meetings.months_expected", "meetings.months_covered", "meetings.quarters_covered")


# a cell's status: in the table, in the summary, and whether its figures go into the totals
OK, WARNINGS, ERRORS, UNREADABLE, TAMPERED, MISSING, OTHER_YEAR, OTHER_PERIOD = (
    "ok", "warnings", "errors", "unreadable", "tampered", "missing", "other-year", "other-period",
)  # fmt: skip


# a status said in words: the workbook and the summary in Vietnamese, the terminal in the user's
# language
STATUS_LINES = {
    OK: "rollup.status.ok",
    WARNINGS: "rollup.status.warnings",
    ERRORS: "rollup.status.errors",
    UNREADABLE: "rollup.status.unreadable",
    TAMPERED: "rollup.status.tampered",
    MISSING: "rollup.status.missing",
    OTHER_YEAR: "rollup.status.other-year",
    OTHER_PERIOD: "rollup.status.other-period",
}


COUNTED = (OK, WARNINGS)


# a cell's workbook in trouble: the roll-up exits 1, as check does
BAD = (
    ERRORS,
    UNREADABLE,
    TAMPERED,
)


def figure(value: object) -> float | None:
    """A value as a figure the roll-up keeps; none for text, a truth value, or a float that is
    no number (`NaN`, `inf`: typed into a file's XML by hand, read by calamine as floats, which
    the workbook cannot hold; agreement.py says so where one stands)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def status_words(status: str, lang: str = "vi") -> str:
    return say(STATUS_LINES[status], lang)


@dataclass
class CellRow:
    origin: str
    name: str = ""  # Tên chi bộ, as the cell writes it
    superior: str = ""  # Đảng bộ cấp trên
    status: str = OK
    values: Mapping[str, float | None] = field(default_factory=dict)
    # severity, code, sheet, cell, message
    findings: Sequence[tuple[str, str, str, str, str]] = field(default_factory=list)
    sent: float = 0.0
    note: str = ""  # why a row stands aside (the tampered file, a duplicate's other copy)
    unit: str = ""  # Đơn vị: several cells may lead one unit
    symbol: str = ""  # Ký hiệu chi bộ
    # a year's roll-up: each member's name, proposed rating, score and why not rated
    rated: Sequence[tuple[str, str, float | None, str]] = ()

    @property
    def counted(self) -> bool:
        return self.status in COUNTED


def totals(rows: Sequence[CellRow]) -> dict[str, float | None]:
    """Sums of the counts over the cells counted; shares recomputed from those sums, never
    summed."""
    counted = [r for r in rows if r.counted]

    def total(key: str) -> float | None:
        found = [v for v in [r.values.get(key) for r in counted] if v is not None]
        return float(sum(found)) if found else None

    out = {key: (None if key in NOT_SUMMED else total(key)) for key in FIGURE_KEYS}
    xs, good = out.get("ratings.xuat_sac"), out.get("ratings.tot")
    rated = [out.get(f"ratings.{k}") for k in ("xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh")]
    rated_sum = sum(v for v in rated if v is not None)
    out["ratings.tot_tro_len_pct"] = (
        (((xs or 0) + (good or 0)) * 100 / rated_sum) if rated_sum else None
    )
    out["ratings.xuat_sac_of_tot_pct"] = ((xs or 0) * 100 / good) if good else None
    present, called = out.get("meetings.present"), out.get("meetings.called")
    out["meetings.attendance_pct"] = (
        (present * 100 / called) if present is not None and called else None
    )
    return out


def reached(
    values: Mapping[str, float | None], shown: Callable[[float], str] = count, empty: str = "—"
) -> str:
    """Targets reached of those assessed, `08/09` (a spreadsheet cell: `8/9`); EMPTY when none
    was."""
    got, assessed = values.get("targets.reached"), values.get("targets.assessed")
    return f"{shown(got)}/{shown(assessed)}" if got is not None and assessed else empty
