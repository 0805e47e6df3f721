"""The word lists of the standard workbook, spelled once: ratings, levels, statuses and the years
a workbook may be of. The schema offers them as dropdowns; the indicator keys are named after
them.
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
RATING_KEYS = dict(
    zip(
        ("xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh", "chua_xep_loai"),
        (*RATINGS, NOT_RATED),
        strict=True,
    )
)
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

# The words a secretary writes before a figure (`trên 400`, `dưới 1%`): each is printed back as
# typed.
# "at least" words make a plan reached at the value; "at most" words make it a ceiling.
QUALIFIERS_ABOVE = ("trên", "hơn")  # strictly more than the value
QUALIFIERS_AT_LEAST = ("tối thiểu", "ít nhất")
QUALIFIERS_BELOW = ("dưới",)  # strictly less
QUALIFIERS_AT_MOST = ("tối đa",)
QUALIFIERS_ABOUT = ("khoảng", "gần", "xấp xỉ")
QUALIFIERS = (
    QUALIFIERS_ABOVE
    + QUALIFIERS_AT_LEAST
    + QUALIFIERS_BELOW
    + QUALIFIERS_AT_MOST
    + QUALIFIERS_ABOUT
)

# `Số liệu` › Dạng: how a figure is said (documents.md §1; the seed's own forms)
FORM_RATIO = "Tỷ số"  # 367/380 đạt 96,6%   (the default when Tổng số is filled)
FORM_COUNT = "Số lượng"  # 380 cháu, trên 400 triệu đồng   (the default otherwise)
FORM_FRACTION = "Phân số"  # 09/09 SK, 171,59/200 điểm
FORM_COUNT_SHARE = "Số lượng và tỷ lệ"  # 13 cháu đạt 3,4%
FORM_PERCENT = "Tỷ lệ"  # 98%
FORM_RANK = "Thứ hạng"  # đứng thứ 9 trên 23 trường
FORM_RISE = "Tăng"  # tăng 3,6% so với đầu năm
FORM_FALL = "Giảm"  # giảm 2 cháu so với cùng kỳ
FIGURE_FORMS = (
    FORM_RATIO,
    FORM_COUNT,
    FORM_FRACTION,
    FORM_COUNT_SHARE,
    FORM_PERCENT,
    FORM_RANK,
    FORM_RISE,
    FORM_FALL,
)

# `Thi đua khen thưởng` › Loại đối tượng -> how the report counts them ("01 đ/c", "01 GV", "01
# NV")
RECIPIENT_KINDS = {
    "Đảng viên": "đ/c",
    "Giáo viên": "GV",
    "Nhân viên": "NV",
    "Cán bộ quản lý": "CBQL",
    "Học sinh": "học sinh",
    "Tập thể": "",
}
RECIPIENT_MEMBER, RECIPIENT_COLLECTIVE = "Đảng viên", "Tập thể"
# `Thi đua khen thưởng` › Hình thức: a title (đạt danh hiệu), a decoration (được tặng), a
# commendation (được biểu dương)
AWARD_TITLE, AWARD_MERIT, AWARD_PRAISE = "Danh hiệu thi đua", "Hình thức khen thưởng", "Biểu dương"
AWARD_FORMS = (AWARD_TITLE, AWARD_MERIT, AWARD_PRAISE)
MERIT_WORDS = (
    "bằng khen",
    "giấy khen",
    "huân chương",
    "huy chương",
    "kỷ niệm chương",
    "cờ thi đua",
)  # a title starting so is a decoration

# A yearly target whose result is not in yet: left out of the reached/total count, never "—%"
TARGET_PENDING = "Chưa đến kỳ đánh giá"
