"""The report's sentences built from its figures: finished phrases the template only prints.

Each function takes computed values and names and returns the sentence (or None when there is
nothing to say), in the words and number forms of the party's reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from xlkit.text.vn import count, long_date, number, percent, quantity, ratio
from xlkit.vocab import words
from xlkit.vocab.columns import fold
from xlkit.vocab.periods import Kind, Period, quarter_roman
from xlkit.vocab.words import STATUS_DECEASED, STATUS_IN, STATUS_OUT, STATUS_REMOVED

# how a status change is said in the report, in the order it says them
MOVES = (
    (STATUS_IN, "chuyển đến"),
    (STATUS_OUT, "chuyển sinh hoạt đi"),
    (STATUS_DECEASED, "từ trần"),
    (STATUS_REMOVED, "ra khỏi Đảng"),
)
_SPAN = {Kind.YEAR: "năm", Kind.HALF: "6 tháng", Kind.QUARTER: "quý"}


def _names(names: Sequence[str]) -> str:
    return ", ".join(names)


def _people(names: Sequence[str], what: str) -> str:
    return f"{count(len(names))} {what} ({_names(names)})"


def _sentence(parts: list[str]) -> str | None:
    if not parts:
        return None
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def members(end: date, v: dict[str, Any], moved: dict[str, list[str]]) -> str | None:
    """`Đến ngày 30 tháng 6 năm 2023, chi bộ có 18 đảng viên (chính thức 17, dự bị 01); nữ 17; …`"""
    if v["members.total"] is None:
        return None
    text = (
        f"Đến {long_date(end)}, chi bộ có {count(v['members.total'])} đảng viên (chính thức "
        f"{count(v['members.official'])}, "
        f"dự bị {count(v['members.probationary'])}); nữ {count(v['members.women'])}; dân tộc thiểu "
        f"số {count(v['members.ethnic_minority'])}"
    )
    if v["members.exempt"]:
        text += f"; miễn sinh hoạt {count(v['members.exempt'])}"
    changes = [
        _people(moved[status], "đ/c " + words) for status, words in MOVES if moved.get(status)
    ]
    return text + "." + (f" Trong kỳ có {'; '.join(changes)}." if changes else "")


def meetings(v: dict[str, Any], months_missing: Sequence[int], quarters: Sequence[str]) -> str:
    """`Trong kỳ, chi bộ tổ chức 06/06 buổi sinh hoạt thường kỳ và 02 buổi sinh hoạt chuyên đề
    (quý I, quý II); …`"""
    held, expected = count(v["meetings.regular"]), count(v["meetings.months_expected"])
    text = f"Trong kỳ, chi bộ tổ chức {held}/{expected} buổi sinh hoạt thường kỳ"
    if months_missing:
        text += f" (tháng {', '.join(str(m) for m in months_missing)} chưa sinh hoạt)"
    text += f" và {count(v['meetings.thematic'])} buổi sinh hoạt chuyên đề"
    if quarters:
        text += f" ({', '.join(quarters)})"
    if v["meetings.attendance_pct"] is not None:
        text += f"; tỷ lệ đảng viên dự sinh hoạt đạt {percent(v['meetings.attendance_pct'])}"
    return text + "."


def party_building(
    period: Period,
    admitted: list[str],
    confirmed: list[str],
    dossiers: list[str],
    trained: list[str],
    share: float | None,
) -> str | None:
    """`Đã kết nạp 01 đ/c (…); công nhận đảng viên chính thức cho …; đạt 100% chỉ tiêu kết nạp
    của 6 tháng.`"""
    parts = []
    if admitted:
        parts.append("Đã kết nạp " + _people(admitted, "đ/c"))
    if confirmed:
        parts.append("công nhận đảng viên chính thức cho " + _people(confirmed, "đ/c"))
    if dossiers:
        parts.append("hoàn thiện hồ sơ đề nghị kết nạp " + _people(dossiers, "quần chúng"))
    if trained:
        parts.append(f"cử {count(len(trained))} quần chúng học lớp bồi dưỡng nhận thức về Đảng")
    if share is not None:
        parts.append(f"đạt {percent(share)} chỉ tiêu kết nạp của {_SPAN[period.kind]}")
    return _sentence(parts)


def stated(value: float, unit: str) -> str:
    """A value with its unit: `81,7%` (a % unit or a value typed with %), `02 đ/c`, `trên 400
    triệu đồng`."""
    unit = getattr(value, "unit", "") or unit  # "04 đ/c" typed: her unit
    text = quantity(value, unit)
    if getattr(value, "percent", False):
        return text
    if unit == "%":
        return text + "%"
    if fold(unit) == fold(words.UNIT_OTHER):  # "01 khác" says nothing: the figure alone
        return text
    return f"{text} {unit}" if unit else text


def figure(
    name: str, value: float, total: float | None, unit: str, form: str = "", base: str = ""
) -> str:
    """A `Số liệu` row in its form (words.FIGURE_FORMS), the value as typed: `Số trẻ xếp loại đạt
    chuẩn: 367/380 đạt 96,6%.`, `Điểm thi đua: 171,59/200 điểm.`, `Trẻ cần cố gắng: 13 cháu đạt
    3,4%.`, `Trẻ 5 tuổi đạt chuẩn: 98%.`, `Xếp hạng: đứng thứ 9 trên 23 trường.`, `Trẻ phát triển
    bình thường: tăng 3,6% so với đầu năm.`"""
    form = form or (
        words.FORM_FRACTION
        if total and unit == "điểm"
        else words.FORM_RATIO
        if total
        else words.FORM_COUNT
    )
    typed = quantity(value, unit)
    with_unit = stated(value, unit)
    share = percent(value * 100 / total) if total else None
    if form == words.FORM_RATIO and total:
        said = ratio(value, total)
    elif form == words.FORM_FRACTION and total:
        said = f"{typed}/{quantity(total, unit)}" + (f" {unit}" if unit else "")
    elif form == words.FORM_COUNT_SHARE and share:
        said = f"{with_unit} đạt {share}"
    elif form == words.FORM_PERCENT:
        said = typed if getattr(value, "percent", False) else (share or f"{number(value)}%")
    elif form == words.FORM_RANK:
        said = (
            f"đứng thứ {number(value, 0)}"
            + (f" trên {count(total)}" if total else "")
            + (f" {unit}" if unit else "")
        )
    elif form in (words.FORM_RISE, words.FORM_FALL):
        said = f"{'tăng' if form == words.FORM_RISE else 'giảm'} {with_unit}" + (
            f" so với {base}" if base else ""
        )
    else:
        said = with_unit
    return f"{name}: {said}."


def inspection(
    checked: list[str],
    checked_cell: int,
    watched: list[str],
    watched_cell: int,
    violators: list[str],
    disciplined: int,
) -> str:
    """`Trong kỳ, chi bộ kiểm tra 01 đ/c (…), giám sát 02 đ/c (…); không có đảng viên vi phạm.`"""
    seen = []
    if checked:
        seen.append("kiểm tra " + _people(checked, "đ/c"))
    if checked_cell:
        seen.append(f"kiểm tra {count(checked_cell)} cuộc đối với chi bộ")
    if watched:
        seen.append("giám sát " + _people(watched, "đ/c"))
    if watched_cell:
        seen.append(f"giám sát {count(watched_cell)} cuộc đối với chi bộ")
    head = (
        "Trong kỳ, chi bộ " + ", ".join(seen)
        if seen
        else "Trong kỳ, chi bộ chưa tiến hành kiểm tra, giám sát"
    )
    if violators:
        tail = "có " + _people(violators, "đảng viên vi phạm")
        if disciplined:
            tail += f", thi hành kỷ luật {count(disciplined)} đ/c"
    else:
        tail = "không có đảng viên vi phạm"
    return f"{head}; {tail}."


def ratings(rows: list[dict[str, Any]], cell_rating: str | None) -> str:
    """`Kết quả đánh giá, xếp loại đảng viên: Hoàn thành xuất sắc nhiệm vụ 03 đ/c (16,7%), …; chi
    bộ tự đánh giá …`"""
    parts = [
        f"{r['label']} {count(r['count'])}" + (f" đ/c ({percent(r['pct'])})" if r["count"] else "")
        for r in rows
    ]
    text = "Kết quả đánh giá, xếp loại đảng viên: " + ", ".join(parts)
    if cell_rating:
        text += f"; chi bộ tự đánh giá {cell_rating}"
    return text + "."


def remaining(targets: list[dict[str, Any]]) -> str | None:
    """`Các chỉ tiêu còn phải thực hiện: Kết nạp đảng viên mới: còn 01-02 đ/c (kế hoạch năm
    02-03); Huy động trẻ: phấn đấu đạt 81,7%.`"""
    left = []
    for t in targets:
        unit = t["unit"]
        goal = stated(t["year_plan"], unit)
        if t["left"] is not None and unit != "%":
            left.append(
                f"{t['name']}: còn {quantity(t['left'], unit)} {unit} (kế hoạch năm "
                f"{quantity(t['year_plan'], unit)})"
            )
        elif t["actual"] is None:
            left.append(f"{t['name']}: phấn đấu đạt {goal}")
        else:
            left.append(f"{t['name']}: phấn đấu đạt {goal} (đã đạt {stated(t['actual'], unit)})")
    return f"Các chỉ tiêu còn phải thực hiện: {'; '.join(left)}." if left else None


def fees(v: dict[str, Any]) -> str | None:
    """`Thu đảng phí 5.400.000 đồng; 17/18 đảng viên đóng đủ hằng tháng.` (QĐ 01-QĐ/TW)"""
    if v.get("fees.collected") is None:
        return None
    paid, members = count(v["fees.members_paid_full"]), count(v["members.total"])
    collected = number(v["fees.collected"], 0)
    return f"Thu đảng phí {collected} đồng; {paid}/{members} đảng viên đóng đủ hằng tháng."


def thematic_plan(planned: list[tuple[int, str]], held: set[int]) -> str | None:
    """`Thực hiện kế hoạch sinh hoạt chuyên đề: đã tổ chức 02/03 chuyên đề (quý I: …; quý II: …);
    chưa tổ chức: quý III (…).`"""
    if not planned:
        return None
    done = [(q, topic) for q, topic in planned if q in held]
    left = [(q, topic) for q, topic in planned if q not in held]

    def said(items: list[tuple[int, str]]) -> str:
        return "; ".join(f"quý {quarter_roman(q)}: {topic}" for q, topic in items)

    tally = f"{count(len(done))}/{count(len(planned))}"
    text = f"Thực hiện kế hoạch sinh hoạt chuyên đề: đã tổ chức {tally} chuyên đề"
    text += f" ({said(done)})" if done else ""
    text += f"; chưa tổ chức: {said(left)}" if left else ""
    return text + "."
