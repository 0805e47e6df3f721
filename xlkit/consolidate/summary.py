"""The committee's summary of a roll-up, in the party's layout, the committee as issuer:
"Đảng bộ có 12 chi bộ với 240 đảng viên …; 11/12 chi bộ đã gửi báo cáo; chi bộ … chưa gửi".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.consolidate.rows import BAD, MISSING, reached, status_words
from xlkit.consolidate.run import RolledUp
from xlkit.documents.model import Document
from xlkit.documents.templating import render
from xlkit.text.vn import count, long_date, percent


@dataclass(frozen=True)
class Committee:
    name: str  # ĐẢNG ỦY XÃ HÒA BÌNH: the issuer
    superior: str = ""  # the line above it (ĐẢNG BỘ HUYỆN …)
    symbol: str = "ĐU"
    place: str = ""
    on_behalf: str = "T/M ĐẢNG ỦY"
    role: str = "BÍ THƯ"
    signer: str = ""


def _names(rows: list[Any]) -> str:
    return ", ".join(r.name or r.origin for r in rows)


def context(
    rolled: RolledUp, committee: Committee, day: date, number: str | None = None
) -> dict[str, Any]:
    rows = rolled.rows
    missing = [r for r in rows if r.status == MISSING]
    named = [r for r in rows if r.name and r.status != MISSING]  # a cell known by its workbook
    # a file read of no cell (unreadable, tampered): not a cell counted
    unknown = len(rows) - len(named) - len(missing)
    counted = [r for r in rows if r.counted]
    summed = rolled.totals
    cells = len(named) + len(missing)  # the cells that sent, and those expected that did not
    members = summed.get("members.total")
    lines = [
        f"Đảng bộ có {count(cells)} chi bộ; {count(len(named))}/{count(cells)} chi bộ đã gửi báo "
        f"cáo {rolled.period.label()}"
        + (f"; chi bộ chưa gửi: {_names(missing)}" if missing else "")
        + (f"; ngoài ra {count(unknown)} tệp chưa rõ của chi bộ nào (kể dưới)" if unknown else "")
        + ".",
    ]
    if members is not None:
        lines.append(
            f"Tổng hợp {count(len(counted))} chi bộ có số liệu hợp lệ: {count(members)} đảng viên "
            f"(chính thức "
            f"{count(summed.get('members.official'))}, dự bị "
            f"{count(summed.get('members.probationary'))}); nữ "
            f"{count(summed.get('members.women'))}; "
            f"kết nạp trong kỳ {count(summed.get('members.admitted'))} đảng viên; tỷ lệ đảng viên "
            f"dự sinh hoạt "
            f"{percent(summed.get('meetings.attendance_pct'))}."
        )
    for status in BAD:
        bad = [r for r in rows if r.status == status]
        if bad:
            lines.append(f"{count(len(bad))} sổ {status_words(status).lower()}: {_names(bad)}.")
    if rolled.unexpected:
        lines.append(
            f"Chi bộ đã gửi nhưng không có trong danh sách phải gửi: {_names(rolled.unexpected)}."
        )
    for duplicate in rolled.duplicates:
        lines.append(
            f"{duplicate.name} gửi hai lần: tính bản {duplicate.kept}, bỏ bản {duplicate.dropped}."
        )
    table = [
        (
            r.name or "—",
            count(r.values.get("members.total")),
            count(r.values.get("members.admitted")),
            reached(r.values),
            status_words(r.status),
        )
        for r in rows
    ]
    return {
        "committee": committee,
        "day": day,
        "number": number,
        "period": rolled.period,
        "lines": lines,
        "table": table,
        "long_date": long_date(day),
    }


def summary_document(
    rolled: RolledUp,
    committee: Committee,
    day: date,
    number: str | None = None,
    cwd: Path | None = None,
) -> Document:
    return render("rollup.j2", context(rolled, committee, day, number), cwd)
