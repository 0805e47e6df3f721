"""A new year's workbook from last year's (`xlkit new --year 2024 --from so-chi-bo-2023.xlsx`).

Carried, as typed (a plan of "02-03" stays "02-03"): `Thông tin` with the new `Năm` (the cell's
own rating of the old year cleared); the members still counted on 31 December, ratings and scores
cleared, statuses and dates kept (a probationary member stays probationary); the targets' codes,
fields, contents, units, directions, annual plans, sources and goals (results empty); the `Phát
triển Đảng` rows not yet admitted; the term programme (Kỳ CT) while the term runs, and plans of
the new year written ahead in the old workbook. Everything else is the old year's and stays
there. The old workbook is only read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.compute.membership import counted_at
from xlkit.read.records import Book, Row
from xlkit.vocab import schema
from xlkit.vocab.words import DEVELOPMENT, MEMBERS, PROSE, TARGETS
from xlkit.workbooks.template import write_workbook

CLEARED_MEMBER = (
    "Xếp loại",
    "Điểm",
    "Xếp loại quý 1",
    "Xếp loại quý 2",
    "Xếp loại quý 3",
    "Xếp loại quý 4",
)
TARGET_CARRIED = (
    "Mã",
    "Lĩnh vực",
    "Nội dung",
    "Đơn vị tính",
    "Chiều",
    "Kế hoạch năm",
    "Nguồn số liệu",
    "Mục tiêu",
    "Mục con",
    "Ghi chú",
)
INFO_CLEARED = ("Năm", "Chi bộ tự xếp loại")
_TERM = re.compile(r"(\d{4})\s*[-–]\s*(\d{4})")


@dataclass
class RollOver:
    path: Path
    year: int
    carried: dict[str, int] = field(default_factory=dict)  # sheet -> rows carried
    left: dict[str, int] = field(default_factory=dict)  # sheet -> rows left in the old workbook


def _as_typed(
    row: Row, headers: tuple[str, ...] | None = None, cleared: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The row's cells as she typed them (raw), but for CLEARED."""
    return {
        h: ("" if h in cleared else v)
        for h, v in row.raw.items()
        if headers is None or h in headers
    }


def _term_runs(book: Book, year: int) -> bool:
    term = _TERM.search(str(book.info.get("Nhiệm kỳ") or ""))
    return term is None or int(term.group(2)) >= year


def _carried_prose(row: Row, book: Book, year: int) -> bool:
    key = row["Kỳ"]
    if key == "CT":
        return _term_runs(book, year)
    # a plan of the new year written ahead
    return isinstance(key, str) and key.endswith(f"-{year}")


def roll_over(book: Book, target: Path, year: int) -> RollOver:
    """Write the workbook of YEAR at TARGET from BOOK (the year before); say what went where."""
    end = date(year - 1, 12, 31)
    result = RollOver(target, year)
    picks = {
        MEMBERS: lambda r: counted_at(r, end),
        TARGETS: lambda r: bool(r["Mã"]),
        DEVELOPMENT: lambda r: r["Ngày kết nạp"] is None or r["Ngày kết nạp"] > end,
        PROSE: lambda r: _carried_prose(r, book, year),
    }
    rows: dict[str, list[dict[str, Any]]] = {}
    for spec in schema.DATA_SHEETS:
        old = book.rows(spec.name)
        pick = picks.get(spec.name)
        kept = [r for r in old if pick(r)] if pick else []
        if spec.name == MEMBERS:
            rows[spec.name] = [_as_typed(r, cleared=CLEARED_MEMBER) for r in kept]
        elif spec.name == TARGETS:
            rows[spec.name] = [_as_typed(r, TARGET_CARRIED) for r in kept]
        else:
            rows[spec.name] = [_as_typed(r) for r in kept]
        if old:
            result.carried[spec.name], result.left[spec.name] = len(kept), len(old) - len(kept)
    info: dict[str, Any] = {
        label: value for label, value in book.info.items() if label not in INFO_CLEARED
    }
    info["Năm"] = year
    write_workbook(target, year=year, info=info, rows=rows)
    return result
