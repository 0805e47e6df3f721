"""The consolidated workbook (written by xlsxwriter as a stream, strings as strings) and its reading back:
a roll-up is valid input one level up, its rows taken as cells, so totals add up across levels.

Sheets: `Tổng hợp` (a row per cell: name, committee, source, status, targets reached, every figure; a
totals row where a sum means something and shares recomputed from the summed counts), `Lỗi` (every
finding of every cell with its cell and file) and `Thông tin` (the period, when, how many).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlkit.files import MARK, ROLLUP, atomic_path
from xlkit.keys import BY_KEY
from xlkit.rollup.cells import FIGURE_KEYS, NOT_SUMMED, STATUS_LINES, UNREADABLE, CellRow, status_words

if TYPE_CHECKING:
    from xlkit.rollup.run import RolledUp
    from xlkit.workbook import RawBook
from xlkit.vn import count

SUMMARY, FINDINGS, ABOUT = "Tổng hợp", "Lỗi", "Thông tin"
NAME, SUPERIOR, SOURCE, STATUS, NOTE, TARGETS = "Chi bộ", "Đảng bộ cấp trên", "Nguồn", "Tình trạng", "Ghi chú", "Chỉ tiêu đạt"
TOTAL = "Tổng cộng"
HIDDEN_LABELS = {
    "meetings.present": "Lượt đảng viên có mặt sinh hoạt",
    "meetings.called": "Lượt đảng viên phải dự sinh hoạt",
    "targets.assessed": "Số chỉ tiêu đã đến kỳ đánh giá",
}
_KEY = re.compile(r"\[([a-z_.0-9]+)\]\s*$")
_STATUS_OF = {status_words(key): key for key in STATUS_LINES}


def label(key: str) -> str:
    """A figure's column header: its Vietnamese label with the key, which is what is read back."""
    return f"{BY_KEY[key].vi if key in BY_KEY else HIDDEN_LABELS[key]} [{key}]"


def totals(rows: Sequence[CellRow]) -> dict[str, float | None]:
    """Sums of the counts over the cells counted; shares recomputed from those sums, never summed."""
    counted = [r for r in rows if r.counted]

    def total(key: str) -> float | None:
        found = [r.values.get(key) for r in counted if r.values.get(key) is not None]
        return float(sum(found)) if found else None  # type: ignore[arg-type]

    out = {key: (None if key in NOT_SUMMED else total(key)) for key in FIGURE_KEYS}
    xs, good = out.get("ratings.xuat_sac"), out.get("ratings.tot")
    rated = [out.get(f"ratings.{k}") for k in ("xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh")]
    rated_sum = sum(v for v in rated if v is not None)
    out["ratings.tot_tro_len_pct"] = (((xs or 0) + (good or 0)) * 100 / rated_sum) if rated_sum else None
    out["ratings.xuat_sac_of_tot_pct"] = ((xs or 0) * 100 / good) if good else None
    present, called = out.get("meetings.present"), out.get("meetings.called")
    out["meetings.attendance_pct"] = (present * 100 / called) if present is not None and called else None
    return out


def reached(values: Mapping[str, float | None], shown: Callable[[float], str] = count, empty: str = "—") -> str:
    """Targets reached of those assessed, `08/09` (a spreadsheet cell: `8/9`); EMPTY when none was."""
    got, assessed = values.get("targets.reached"), values.get("targets.assessed")
    return f"{shown(got)}/{shown(assessed)}" if got is not None and assessed else empty


def _plain(value: float) -> str:
    return str(int(value))


def records(rolled: RolledUp) -> tuple[list[str], list[list[Any]]]:
    """The `Tổng hợp` table: its header, and a row per cell then the totals."""

    def record(name: str, superior: str, origin: str, status: str, note: str, values: Mapping[str, float | None]) -> list[Any]:
        return [name, superior, origin, status, note, reached(values, _plain, ""), *(values.get(k) for k in FIGURE_KEYS)]

    out = [record(r.name, r.superior, r.origin, status_words(r.status), r.note, r.values) for r in rolled.rows]
    out.append(record(TOTAL, "", "", "", "", rolled.totals))
    return [NAME, SUPERIOR, SOURCE, STATUS, NOTE, TARGETS, *(label(k) for k in FIGURE_KEYS)], out


FINDINGS_HEADER = [NAME, SOURCE, "Mức", "Mã", "Trang", "Ô", "Nội dung"]


def write_rollup(rolled: RolledUp, target: Path, *, made: datetime) -> None:
    """The consolidated workbook at TARGET, written whole to a temporary file, then renamed. xlsxwriter
    streams the rows to disk as they are written (constant memory): a thousand cells or a hundred
    thousand findings cost the same memory; strings stay strings (never a formula, a link, a number)."""
    import xlsxwriter

    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False, "constant_memory": True}
    rows, period = rolled.rows, str(rolled.period)
    header, table = records(rolled)
    with atomic_path(target) as temporary:
        book = xlsxwriter.Workbook(str(temporary), options)
        try:
            bold = book.add_format({"bold": True, "border": 1})
            book.set_custom_property(MARK, f"{MARK}-{ROLLUP}")  # read back one level up, guarded as ours
            sheet = book.add_worksheet(SUMMARY)
            sheet.freeze_panes(1, 1)
            sheet.set_column(0, 2, 30)
            sheet.set_column(3, 4, 22)
            sheet.set_column(5, len(header), 14)
            _write_table(sheet, bold, header, table)
            findings = book.add_worksheet(FINDINGS)
            findings.set_column(0, 6, 24)
            _write_table(findings, bold, FINDINGS_HEADER, ([r.name, r.origin, *f] for r in rows for f in r.findings))
            when = made.strftime("%d/%m/%Y %H:%M")
            _write_table(book.add_worksheet(ABOUT), bold, ["Mục", "Giá trị"], [["Kỳ", period], ["Số chi bộ", str(len(rows))], ["Lập lúc", when]])
        finally:
            book.close()


def _write_table(sheet: Any, bold: Any, header: list[str], table: Iterable[Sequence[Any]]) -> None:
    sheet.write_row(0, 0, header, bold)
    for r, line in enumerate(table, start=1):
        sheet.write_row(r, 0, line)  # None and "" are left blank


def read_rollup(path: Path, origin: str) -> list[CellRow]:
    """The cells of the roll-up at PATH (`--expect` names the cells of the last one)."""
    from xlkit.workbook import UnreadableWorkbook, read_raw

    try:
        raw = read_raw(path)
    except UnreadableWorkbook:
        return [CellRow(origin, status=UNREADABLE)]
    return rollup_rows(raw, origin)


def rollup_rows(raw: RawBook, origin: str) -> list[CellRow]:
    """The cells of a roll-up made one level down, read (its totals row left out: it is recomputed)."""
    sheet = raw.sheets.get(SUMMARY)
    if sheet is None or not sheet.rows:
        return [CellRow(origin, status=UNREADABLE)]
    header = [str(h) for h in sheet.rows[0]]
    keys = {i: m.group(1) for i, h in enumerate(header) if (m := _KEY.search(h))}
    at = {h: i for i, h in enumerate(header)}
    findings: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
    for line in raw.sheets[FINDINGS].rows[1:] if FINDINGS in raw.sheets else []:
        cells = [str(v) for v in line] + [""] * 7
        findings.setdefault((cells[0], cells[1]), []).append((cells[2], cells[3], cells[4], cells[5], cells[6]))
    out = []
    for line in sheet.rows[1:]:
        cells = list(line) + [""] * len(header)
        name = str(cells[at[NAME]])
        if not line or name == TOTAL:
            continue
        source = str(cells[at[SOURCE]])
        row = CellRow(f"{origin} › {source}", name, str(cells[at[SUPERIOR]]), _STATUS_OF.get(str(cells[at[STATUS]]), UNREADABLE))
        row.note = str(cells[at[NOTE]] or "")
        row.values = {k: (float(cells[i]) if isinstance(cells[i], (int, float)) else None) for i, k in keys.items()}
        row.findings = findings.get((name, source), [])
        out.append(row)
    return out
