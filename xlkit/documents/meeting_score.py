"""The parts of a meeting's quality score (100 points) that the workbook holds, as a ward's sheet
applies HD 42-HD/BTCTW (KH 08-KH/ĐU An Phú, 2025; notes/year-cycle.md §2.2: a local rubric,
reported, not HD 42's own text); and the parts it cannot know, named, for the cell to score."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from xlkit.checks.party.declare import Rules, in_force
from xlkit.read.records import Book, Row
from xlkit.text.vn import number, percent
from xlkit.vocab.words import MEETING_COMBINED, MONTH_DONE

RUBRIC = "Phiếu chấm điểm chất lượng sinh hoạt chi bộ của Đảng ủy phường An Phú (KH 08-KH/ĐU, 2025)"
LARGE_CELL = 30  # the rubric's own split: 120 minutes for a cell of 30 members or more
BANDS = (90, 75, 65)  # attendance bands, in percent
RESOLUTION_POINTS = 30  # last month's resolution, by the share of its tasks carried out
CLASSES = (("Tốt", 90), ("Khá", 70), ("Trung bình", 50))  # below: Kém
# what the workbook does not hold: the cell scores these itself
UNKNOWN = (
    "Chuẩn bị: tài liệu đưa lên Sổ tay đảng viên điện tử trước ít nhất 1 ngày",
    "Số đảng viên phát biểu, tham gia ý kiến",
    "Không đảng viên nào vắng quá 3 lần liên tiếp (kể cả có lý do)",
    "Biên bản, nghị quyết đưa lên Sổ tay trong 2 ngày sau buổi sinh hoạt",
    "Nội dung biên bản đầy đủ (sổ chỉ ghi Có/Không)",
)


@dataclass(frozen=True)
class Part:
    """One part of the score: what it asks, what the workbook says, and the verdict."""

    name: str
    asks: str
    found: str
    verdict: str


def parts(
    book: Book, row: Row, count: dict[str, Any], reviewed: dict[str, Any], rules: Rules
) -> list[Part]:
    """The parts the workbook holds for the meeting of ROW (COUNT and REVIEWED as the minutes
    have them)."""
    out: list[Part] = []
    minutes = row["Thời lượng (phút)"]
    rule = in_force(rules, "meeting-too-short", row["Ngày"])
    shortest = rule.params["minutes"] if rule else 90
    longest = rule.params["combined_minutes"] if rule else 120
    needed = (
        longest if row["Loại"] == MEETING_COMBINED or count["members"] >= LARGE_CELL else shortest
    )
    out.append(
        Part(
            "Thời lượng",
            f"Ít nhất {needed} phút ({shortest} phút; {longest} phút khi sinh hoạt thường kỳ "
            f"kết hợp chuyên đề hoặc chi bộ từ {LARGE_CELL} đảng viên)",
            "Sổ không ghi" if minutes is None else f"{minutes} phút",
            "Chi bộ tự chấm" if minutes is None else ("Đạt" if minutes >= needed else "Chưa đạt"),
        )
    )
    pct = count["pct"]
    band = next((b for b in BANDS if pct is not None and pct >= b), None)
    shown = (
        "Sổ không ghi" if pct is None else f"{count['present']}/{count['called']} ({percent(pct)})"
    )
    verdict = "Chi bộ tự chấm" if pct is None else (f"Mức từ {band}%" if band else "Dưới 65%")
    if count["unexcused"]:
        verdict += f"; {count['unexcused']} vắng không lý do: hạ một mức"
    out.append(
        Part("Tỷ lệ đảng viên dự", "Mức từ 90%, 75%, 65%; vắng không lý do hạ mức", shown, verdict)
    )
    kept = row["Biên bản"]
    out.append(
        Part(
            "Biên bản",
            "Có biên bản đầy đủ",
            kept or "Sổ không ghi",
            {"Có": "Có biên bản", "Không": "Không có biên bản"}.get(kept or "", "Chi bộ tự chấm"),
        )
    )
    rows, done = reviewed["rows"], reviewed["done"]
    if rows:
        share = 100 * done / len(rows)
        points = RESOLUTION_POINTS * done / len(rows)
        found = f"{done}/{len(rows)} việc tháng {reviewed['month']} ({percent(share)})"
        verdict = f"Khoảng {number(points, 1)}/{RESOLUTION_POINTS} điểm (theo tỷ lệ)"
    else:
        found, verdict = f"Kế hoạch tháng {reviewed['month']} không có dòng nào", "Chi bộ tự chấm"
    out.append(
        Part(
            "Thực hiện nghị quyết tháng trước",
            f"{RESOLUTION_POINTS} điểm, theo tỷ lệ việc đã thực hiện ({MONTH_DONE[0]})",
            found,
            verdict,
        )
    )
    return out
