"""The word lists of the standard workbook, spelled once: ratings, levels, statuses and the years a
workbook may be of. The schema offers them as dropdowns; the indicator keys are named after them.
"""

from __future__ import annotations

FIRST_YEAR, LAST_YEAR = 1900, 2999  # the years a workbook or a period may be of

RATINGS = (
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
)
NOT_RATED = "Chưa xếp loại"
# indicator key part -> the choice it counts
RATING_KEYS = dict(zip(("xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh", "chua_xep_loai"), (*RATINGS, NOT_RATED), strict=True))
EDUCATION_LEVELS = {
    "tien_si": "Tiến sĩ",
    "thac_si": "Thạc sĩ",
    "dai_hoc": "Đại học",
    "cao_dang": "Cao đẳng",
    "trung_cap": "Trung cấp",
    "so_cap": "Sơ cấp",
    "chua_dao_tao": "Chưa qua đào tạo",
}
THEORY_LEVELS = {
    "cu_nhan": "Cử nhân",
    "cao_cap": "Cao cấp",
    "trung_cap": "Trung cấp",
    "so_cap": "Sơ cấp",
    "chua_dao_tao": "Chưa qua đào tạo",
}
EDUCATION = tuple(EDUCATION_LEVELS.values())
THEORY = tuple(THEORY_LEVELS.values())
