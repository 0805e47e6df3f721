"""The prose sections (`Nội dung báo cáo` › Mục) each document weaves in, in document order, and
those a document cannot do without."""

from __future__ import annotations

import re
from collections.abc import Sequence

from xlkit.vocab.words import (
    FIRST_YEAR as FIRST_YEAR,
)
from xlkit.vocab.words import LAST_YEAR as LAST_YEAR

# The prose sections (`Nội dung báo cáo` › Mục) each document weaves in, in document order.
SECTIONS: dict[str, tuple[str, ...]] = {
    "report": (
        "Mở đầu",
        "Công tác xây dựng Đảng",
        "Công tác chính trị, tư tưởng",
        "Nhiệm vụ chính trị của đơn vị",
        "Chính quyền và đoàn thể",
        "Kiểm tra, giám sát",
        "Đánh giá chung",
        "Tồn tại, hạn chế",
        "Phương hướng, nhiệm vụ",
        "Kết thúc",
    ),
    # the annual plan, Kỳ KH-2024 (seed 000); Nhiệm vụ cụ thể by field, each field a Mục con
    "plan": (
        "Mở đầu",
        "Căn cứ",
        "Thuận lợi",
        "Khó khăn",
        "Nhiệm vụ chung",
        "Nhiệm vụ cụ thể",
        "Giải pháp",
        "Kết thúc",
    ),
    # the political-task plan, Kỳ NV-2024 (seed 001): parts A (situation), B (I party, II the
    # unit), III
    "task": (
        "Mở đầu",
        "Căn cứ",
        "Thuận lợi",
        "Khó khăn",
        "Xây dựng Đảng, hệ thống chính trị",
        "Nhiệm vụ chính trị",
        "Tổ chức thực hiện",
        "Kết thúc",
    ),
    # the thematic-meeting plan, Kỳ CD-2024 (seed 003); "Mục đích, yêu cầu" of v1 prints under
    # I as it is
    "thematic": (
        "Mở đầu",
        "Căn cứ",
        "Mục đích",
        "Yêu cầu",
        "Mục đích, yêu cầu",
        "Biện pháp thực hiện",
        "Kết thúc",
    ),
    # the term programme, Kỳ CT (seed 002): every other Mục, or its Mục con, is a lettered
    # section A, B, C …
    "term": (
        "Mở đầu",
        "Căn cứ",
        "Chương trình công tác",
        "Mục tiêu",
        "Nhiệm vụ",
        "Giải pháp",
        "Tổ chức thực hiện",
        "Kết thúc",
    ),
    # the cell's year-end review report (Mẫu 01 of HD 43-HD/BTCTW), Kỳ KD-2025: its parts as the
    # member's form (Mẫu 2C) words them; the collective form's own list is not confirmed
    "review": (
        "Ưu điểm",
        "Hạn chế, khuyết điểm",
        "Nguyên nhân",
        "Kết quả khắc phục",
        "Giải trình",
        "Phương hướng, biện pháp",
    ),
    # the monthly meeting's minutes and resolution, Kỳ SH-2026-03
    "meeting": (
        "Đánh giá tháng",
        "Ý kiến thảo luận",
        "Kết luận",
        "Nhiệm vụ tháng tới",
    ),
}

# the keys of the year's other documents (`Nội dung báo cáo` › Kỳ): the review's, KD-2025, and a
# month's meeting, SH-2026-03; not plans, so `check --period` and `plan` do not take them
REVIEW_KEY, MEETING_KEY = "KD", "SH"
YEAR_DOC_KEY = re.compile(
    rf"{REVIEW_KEY}-\d{{4}}|{MEETING_KEY}-\d{{4}}-(0?[1-9]|1[0-2])", re.IGNORECASE
)


def review_key(year: int) -> str:
    return f"{REVIEW_KEY}-{year}"


def meeting_key(year: int, month: int) -> str:
    return f"{MEETING_KEY}-{year}-{month:02d}"


# the document key (`Nội dung báo cáo` › Kỳ) of each plan kind: KH-2024, NV-2024, CD-2024, CT
PLAN_KEYS = {"plan": "KH", "task": "NV", "thematic": "CD", "term": "CT"}
# a plan's key as she types it, in `Kỳ` or in `check --period` (any case); the term's has no year
DOC_KEY = re.compile(
    rf"(?P<kind>{'|'.join(p for g, p in PLAN_KEYS.items() if g != 'term')})-(?P<year>\d{{4}})"
    rf"|{PLAN_KEYS['term']}",
    re.IGNORECASE,
)


# Sections a document cannot do without (`check --period` warns when they have no row).
SECTIONS_NEEDED: dict[str, tuple[str, ...]] = {
    "report": (
        "Mở đầu",
        "Công tác xây dựng Đảng",
        "Công tác chính trị, tư tưởng",
        "Nhiệm vụ chính trị của đơn vị",
        "Chính quyền và đoàn thể",
        "Đánh giá chung",
        "Tồn tại, hạn chế",
        "Phương hướng, nhiệm vụ",
    ),
}


ALL_SECTIONS = tuple(dict.fromkeys(s for group in SECTIONS.values() for s in group))


# What each plan cannot do without (`check --period KH-2024` warns when it has no row; the plan
# leaves the part out and numbers on), and the parts it says in xlkit's words when she wrote none
# (a note says which). The term programme opens with no sentence of xlkit's (seed 002).
PLAN_NEEDED: dict[str, tuple[str, ...]] = {
    "plan": ("Thuận lợi", "Khó khăn", "Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Giải pháp"),
    "task": (
        "Thuận lợi",
        "Khó khăn",
        "Xây dựng Đảng, hệ thống chính trị",
        "Nhiệm vụ chính trị",
        "Tổ chức thực hiện",
    ),
    "thematic": ("Mục đích", "Yêu cầu", "Biện pháp thực hiện"),
    "term": ("Chương trình công tác",),
}
PLAN_DEFAULTS: dict[str, tuple[str, ...]] = {
    "plan": ("Căn cứ", "Mở đầu", "Kết thúc"),
    "task": ("Căn cứ", "Mở đầu", "Kết thúc"),
    "thematic": ("Căn cứ", "Mở đầu", "Kết thúc"),
    "term": ("Căn cứ", "Kết thúc"),
}
# a part either of these stands for (seed 003's "Mục đích, yêu cầu" in one)
PLAN_EITHER = {"Mục đích": "Mục đích, yêu cầu", "Yêu cầu": "Mục đích, yêu cầu"}
PLAN_NAMES = {
    "plan": "kế hoạch hoạt động",
    "task": "kế hoạch thực hiện nhiệm vụ chính trị",
    "thematic": "kế hoạch sinh hoạt chuyên đề",
    "term": "chương trình công tác toàn khóa",
}


def plan_group(key: str) -> str | None:
    """`KH-2024` -> "plan", `CT` -> "term"; None for a period (a report's)."""
    prefix = key.split("-", 1)[0].upper()
    return next((group for group, p in PLAN_KEYS.items() if p == prefix), None)


def plan_year(key: str) -> int | None:
    """`KH-2024` -> 2024; `CT` (the term's, whatever the year) -> None."""
    match = DOC_KEY.fullmatch(key.strip())
    return int(match["year"]) if match and match["year"] else None


def leads_in(grounds: Sequence[object]) -> bool:
    """Her last ground ends with a colon: it leads into the plan (seed 001), and no opening
    sentence of xlkit's follows it. The check and the templates ask this one question."""
    return bool(grounds) and str(grounds[-1]).rstrip().endswith(":")
