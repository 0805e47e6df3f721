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
# typed. "at least" words make a plan reached at the value; "at most" words make it a ceiling.
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
# a title starting so is a decoration
MERIT_WORDS = (
    "bằng khen",
    "giấy khen",
    "huân chương",
    "huy chương",
    "kỷ niệm chương",
    "cờ thi đua",
)

# A yearly target whose result is not in yet: left out of the reached/total count, never "—%"
TARGET_PENDING = "Chưa đến kỳ đánh giá"
TARGET_NO_RESULT = "Chưa có kết quả"  # at the year's end a target lacks its result

# a member's status, and the groups of statuses the rules and figures ask about
RATING_HELP = "Hoặc viết tắt HTXSNV, HTTNV, HTNV, KHTNV"  # RATING_ALIASES, said
RATING_ALIASES = (
    ("HTXSNV", RATINGS[0]),
    ("HTTNV", RATINGS[1]),
    ("HTNV", RATINGS[2]),
    ("KHTNV", RATINGS[3]),
)
STATUS_ACTIVE = "Đang sinh hoạt"
STATUS_EXEMPT = "Miễn sinh hoạt"
STATUS_IN = "Chuyển đến"
STATUS_OUT = "Chuyển đi"
STATUS_DECEASED = "Từ trần"
STATUS_REMOVED = "Ra khỏi Đảng"
# the full exemption; "Miễn sinh hoạt" of v1 means the same
STATUS_EXEMPT_FULL = "Miễn công tác và sinh hoạt"
# for a time (illness, work away): still reviewed and rated
STATUS_EXEMPT_TEMPORARY = "Tạm miễn sinh hoạt"
STATUS_SUSPENDED = "Đình chỉ sinh hoạt"
STATUSES = (
    STATUS_ACTIVE, STATUS_EXEMPT, STATUS_IN, STATUS_OUT, STATUS_DECEASED, STATUS_REMOVED,
    STATUS_EXEMPT_FULL, STATUS_EXEMPT_TEMPORARY, STATUS_SUSPENDED,
)  # fmt: skip
STATUSES_EXEMPT = (STATUS_EXEMPT, STATUS_EXEMPT_FULL)
STATUSES_NEEDING_DATE = (STATUS_IN, STATUS_OUT, STATUS_DECEASED, STATUS_REMOVED)
STATUSES_LEAVING = (STATUS_OUT, STATUS_DECEASED, STATUS_REMOVED)
FIELDS = (
    "Xây dựng Đảng",
    "Chính trị tư tưởng",
    "Nhiệm vụ chính trị",
    "Đoàn thể",
    "Kiểm tra giám sát",
    "Khác",
)
UNIT_OTHER = "khác"  # a unit that names none: never printed after a figure
# the units the seeds use; the column suggests them and keeps any other she types
UNITS = (
    "%",
    "người",
    "đ/c",
    "quần chúng",
    "buổi",
    "cuộc",
    "lượt",
    "giờ",
    "lớp",
    "khối",
    "trẻ",
    "học sinh",
    "em",
    "điểm",
    UNIT_OTHER,
)
DIRECTION_MIN, DIRECTION_MAX = "Tối thiểu", "Tối đa"
MEETING_REGULAR, MEETING_THEMATIC, MEETING_EXTRA = "Thường kỳ", "Chuyên đề", "Bất thường"
# one session held as both: counts for each (HD 12, HD 42)
MEETING_COMBINED = "Thường kỳ và chuyên đề"
MEETING_KINDS = (MEETING_REGULAR, MEETING_THEMATIC, MEETING_COMBINED, MEETING_EXTRA)
CELL_GRASSROOTS, CELL_BRANCH = "Chi bộ cơ sở", "Chi bộ trực thuộc đảng ủy cơ sở"
ON_BEHALF = ("T/M CHI BỘ", "T/M CHI ỦY", "T/M CẤP ỦY")
SIGNER_ROLES = ("BÍ THƯ", "PHÓ BÍ THƯ")
INSPECTION_CHECK = "Kiểm tra"
SUPERVISION_FORMS = ("Giám sát chuyên đề", "Giám sát thường xuyên")
INSPECTION_FORMS = (INSPECTION_CHECK, *SUPERVISION_FORMS)
VERDICT_CLEAN, VERDICT_VIOLATION = "Không vi phạm", "Có vi phạm"
DISCIPLINE = ("Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ")
AWARD_PROPOSED, AWARD_GRANTED = "Đề nghị", "Đã công nhận"
MONTH_DONE = ("Đã thực hiện", "Chưa thực hiện")

# the year-end review's individual forms (HD 43-HD/BTCTW; the letters of HD 25-HD/BTCTW: 2A
# without a leading or managing post, 2B with one; 2C for a member not working in the political
# system), and the words that mark such a post in `Chức vụ chính quyền` or `Chức vụ Đảng`
FORM_PLAIN, FORM_LEADER, FORM_OUTSIDE = "2A", "2B", "2C"
REVIEW_FORMS = (FORM_PLAIN, FORM_LEADER, FORM_OUTSIDE)
PARTY_POSTS = ("Bí thư", "Phó Bí thư", "Chi ủy viên", "Đảng viên")
LEADING_PARTY_POSTS = PARTY_POSTS[:3]
LEADING_WORDS = (
    "hiệu trưởng",
    "giám đốc",
    "trưởng phòng",
    "trưởng ban",
    "trưởng khoa",
    "chủ tịch",
    "chủ nhiệm",
    "thủ trưởng",
    "viện trưởng",
    "cục trưởng",
    "vụ trưởng",
)
OUTSIDE_WORDS = ("nghỉ hưu", "hưu trí", "đã nghỉ hưu")
CELL_SELF = "Chi bộ"

# the sheets of the standard workbook
INFO_SHEET = "Thông tin"
MEMBERS = "Đảng viên"
TARGETS = "Chỉ tiêu"
FIGURES = "Số liệu"
MEETINGS = "Sinh hoạt"
THEMATIC = "Chuyên đề"
MONTHLY = "Kế hoạch tháng"
DEVELOPMENT = "Phát triển Đảng"
INSPECTIONS = "Kiểm tra giám sát"
AWARDS = "Thi đua khen thưởng"
PROSE = "Nội dung báo cáo"
FEES = "Đảng phí"
GUIDE = "Hướng dẫn"
LISTS = "Danh mục"  # hidden sheet holding the dropdown lists

# a target's status in a period (Chỉ tiêu › Đánh giá, the report's wording)
REACHED, EXCEEDED, NOT_REACHED = "Đạt", "Vượt", "Chưa đạt"
