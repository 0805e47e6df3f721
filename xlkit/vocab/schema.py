"""The standard workbook (spec/workbook.md v1) declared once, as data.

The blank template, the reader, the checks and the dropdown lists are all driven by this module;
nothing else spells a sheet name, a header or a choice list.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

from xlkit.vocab.keys import BY_KEY, NUMERIC_KEYS
from xlkit.vocab.words import (
    AWARD_FORMS,
    EDUCATION,
    FIGURE_FORMS,
    NOT_RATED,
    RATINGS,
    RECIPIENT_KINDS,
    THEORY,
)
from xlkit.vocab.words import (
    FIRST_YEAR as FIRST_YEAR,
)  # offered with the schema: the years a workbook may be of
from xlkit.vocab.words import LAST_YEAR as LAST_YEAR


class Type(str, Enum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    AMOUNT = (
        # a number in the form people write it: 98%, 95.0%, trên 400, 01-02
        # (amounts.py)
        "amount"
    )
    DATE = "date"
    CHOICE = "choice"
    PERIOD = "period"  # 2023-H1, 2023, 2023-Q3
    DOC_KEY = "doc_key"  # a period or a plan key: KH-2023, CD-2023, CT
    DATE_OR_TEXT = "date_or_text"


@dataclass(frozen=True)
class Column:
    header: str
    type: Type = Type.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    unique: bool = False
    help: str = ""
    width: int = 14
    minimum: float | None = None
    maximum: float | None = None
    aliases: tuple[tuple[str, str], ...] = ()  # accepted abbreviation -> choice
    default: str | None = None  # the choice an empty cell means
    shown: tuple[str, ...] = ()  # what the dropdown offers, when not the choices themselves
    added: bool = False  # added after v1: a workbook without it is an earlier one, not a mistake
    unless: str = (
        ""  # a required column that may be empty when this other column of the row is filled
    )


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...] = ()
    required: bool = False
    help: str = ""
    landscape: bool = False
    added: bool = False  # added after v1: an earlier workbook lacks it silently

    def column(self, header: str) -> Column:
        for c in self.columns:
            if c.header == header:
                return c
        raise KeyError(header)


@dataclass(frozen=True)
class InfoItem:
    label: str
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()


@lru_cache(
    maxsize=4096
)  # the same few choices and headers, folded thousands of times in a workbook
def fold(text: str) -> str:
    """Fold a header or a choice the way people read it: NFC, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def fold_typed(text: str) -> str:
    """fold() of text as the reader types it (NFC, one space between words, stripped): casefold
    is all it still needs, for the many distinct names a member list holds (fold's cache would
    only churn)."""
    return text.casefold() if "\n" not in text else fold(text)


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
STATUS_EXEMPT_FULL = (
    "Miễn công tác và sinh hoạt"  # the full exemption; "Miễn sinh hoạt" of v1 means the same
)
STATUS_EXEMPT_TEMPORARY = (
    "Tạm miễn sinh hoạt"  # for a time (illness, work away): still reviewed and rated
)
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
UNITS = ("%", "người", "đ/c", "buổi", "lượt", "lớp", "trẻ", "học sinh", "điểm", "khác")
DIRECTION_MIN, DIRECTION_MAX = "Tối thiểu", "Tối đa"
MEETING_REGULAR, MEETING_THEMATIC, MEETING_EXTRA = "Thường kỳ", "Chuyên đề", "Bất thường"
MEETING_COMBINED = (
    "Thường kỳ và chuyên đề"  # one session held as both: counts for each (HD 12, HD 42)
)
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
CELL_SELF = "Chi bộ"

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
}
# the document key (`Nội dung báo cáo` › Kỳ) of each plan kind: KH-2024, NV-2024, CD-2024, CT
PLAN_KEYS = {"plan": "KH", "task": "NV", "thematic": "CD", "term": "CT"}
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

INFO: tuple[InfoItem, ...] = (
    InfoItem("Năm", True, "Năm của sổ, ví dụ 2023"),
    InfoItem("Đảng bộ cấp trên", True, "Ví dụ: ĐẢNG BỘ XÃ SƠN PHÚ"),
    InfoItem("Tên chi bộ", True, "Ví dụ: CHI BỘ TRƯỜNG MẦM NON SƠN PHÚ"),
    InfoItem("Ký hiệu chi bộ", True, "Phần sau dấu gạch chéo trong Số 03-BC/CB, ví dụ CB"),
    InfoItem("Địa danh", True, "Địa danh ghi trước ngày tháng, ví dụ Sơn Phú"),
    InfoItem("Bí thư", True, "Họ và tên người ký văn bản"),
    InfoItem("Nhiệm kỳ", False, "Ví dụ 2020-2025"),
    InfoItem("Đơn vị", False, "Ví dụ: Trường Mầm non Sơn Phú"),
    InfoItem("Nơi nhận", False, "Mỗi nơi nhận một dòng (Alt+Enter để xuống dòng)"),
    InfoItem("Chi bộ tự xếp loại", False, "Kết quả chi bộ tự đánh giá cuối năm", RATINGS),
    InfoItem(
        "Loại chi bộ",
        False,
        "Chi bộ cơ sở, hoặc chi bộ trực thuộc đảng ủy cơ sở (mặc định)",
        (CELL_GRASSROOTS, CELL_BRANCH),
    ),
    InfoItem(
        "Ký thay mặt",
        False,
        "T/M CHI BỘ (mặc định), T/M CHI ỦY khi chi bộ có chi ủy, hoặc T/M CẤP ỦY",
        ON_BEHALF,
    ),
    InfoItem(
        "Chức vụ người ký",
        False,
        "BÍ THƯ (mặc định), hoặc PHÓ BÍ THƯ khi phó bí thư ký",
        SIGNER_ROLES,
    ),
    InfoItem(
        "Đại hội lần thứ",
        False,
        "Lần thứ của đại hội chi bộ bầu ra nhiệm kỳ này, ví dụ IX hoặc 9 (chương trình toàn khóa)",
    ),
)

_DATE = "Ngày, dạng dd/mm/yyyy"
# `Nguồn số liệu` offers each indicator by its Vietnamese label, the key in brackets; either is
# read back
SOURCE_SHOWN = tuple(f"{BY_KEY[k].vi} [{k}]" for k in NUMERIC_KEYS)
SOURCE_ALIASES = tuple(
    (shown, k) for shown, k in zip(SOURCE_SHOWN, NUMERIC_KEYS, strict=True)
) + tuple((BY_KEY[k].vi, k) for k in NUMERIC_KEYS)
_RATING_HELP = "Hoặc viết tắt HTXSNV, HTTNV, HTNV, KHTNV"
_AMOUNT = (
    "Số, hoặc ghi như khi viết: 98%, 95,0%, trên 400, dưới 1%, 01-02 (khoảng, tính đạt từ số đầu); "
    "giữ nguyên số chữ số thập phân đã ghi"
)
_SUBSECTION = (
    "Tiêu đề mục con (ví dụ Số lượng, Chất lượng): in đậm nghiêng, đánh số 3.1, 3.2... "
    "theo thứ tự xuất hiện"
)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        INFO_SHEET,
        (Column("Mục", width=24), Column("Giá trị", width=60)),
        required=True,
        help="Thông tin chung của chi bộ: mỗi dòng một mục; ghi giá trị ở cột B.",
    ),
    Sheet(
        MEMBERS,
        (
            Column("STT", Type.INTEGER, width=6, minimum=0, help="Số thứ tự"),
            Column(
                "Họ và tên",
                required=True,
                unique=True,
                width=26,
                help="Họ và tên đầy đủ, không trùng",
            ),
            Column("Ngày sinh", Type.DATE, True, width=12, help=_DATE),
            Column("Giới tính", Type.CHOICE, True, ("Nam", "Nữ"), width=9),
            Column("Dân tộc", required=True, width=10, help="Kinh hoặc tên dân tộc"),
            Column("Tôn giáo", width=10, help="Để trống hoặc Không nếu không theo tôn giáo"),
            Column("Ngày vào Đảng", Type.DATE, True, width=13, help="Ngày kết nạp"),
            Column("Ngày chính thức", Type.DATE, width=13, help="Để trống khi còn dự bị"),
            Column(
                "Chức vụ Đảng",
                Type.CHOICE,
                choices=("Bí thư", "Phó Bí thư", "Chi ủy viên", "Đảng viên"),
                width=13,
                default="Đảng viên",
            ),
            Column("Chức vụ chính quyền", width=16, help="Ví dụ: Hiệu trưởng, Giáo viên"),
            Column("Trình độ chuyên môn", Type.CHOICE, choices=EDUCATION, width=15),
            Column("Lý luận chính trị", Type.CHOICE, choices=THEORY, width=15),
            Column("Tình trạng", Type.CHOICE, choices=STATUSES, width=15, default=STATUS_ACTIVE),
            Column(
                "Ngày thay đổi",
                Type.DATE,
                width=13,
                help="Bắt buộc khi Chuyển đến, Chuyển đi, Từ trần, Ra khỏi Đảng",
            ),
            Column(
                "Xếp loại",
                Type.CHOICE,
                choices=(*RATINGS, NOT_RATED),
                aliases=RATING_ALIASES,
                width=26,
                help=_RATING_HELP,
            ),
            Column("Ghi chú", width=20),
            Column(
                "Điểm",
                Type.NUMBER,
                width=8,
                minimum=0,
                maximum=100,
                added=True,
                help="Điểm đánh giá theo thang 100 (Quy định 366-QĐ/TW, từ 2025)",
            ),
            *(
                Column(
                    f"Xếp loại quý {q}",
                    Type.CHOICE,
                    choices=(*RATINGS, NOT_RATED),
                    aliases=RATING_ALIASES,
                    width=14,
                    added=True,
                    help=_RATING_HELP,
                )
                for q in (1, 2, 3, 4)
            ),
            Column(
                "Thời gian không sinh hoạt (tháng)",
                Type.INTEGER,
                width=12,
                minimum=0,
                added=True,
                help="Số tháng không tính tuổi Đảng (bị xóa tên, mất liên lạc, gián đoạn chuyển "
                "sinh hoạt)",
            ),
        ),
        required=True,
        landscape=True,
        help="Mỗi đảng viên một dòng, kể cả người đã chuyển đi trong năm (ghi Tình trạng và Ngày "
        "thay đổi).",
    ),
    Sheet(
        TARGETS,
        (
            Column("Mã", required=True, unique=True, width=8, help="Ví dụ CT01, không trùng"),
            Column("Lĩnh vực", Type.CHOICE, choices=FIELDS, width=18),
            Column("Nội dung", required=True, width=44),
            Column("Đơn vị tính", Type.CHOICE, True, UNITS, width=10, unless="Mục tiêu"),
            Column(
                "Chiều",
                Type.CHOICE,
                choices=(DIRECTION_MIN, DIRECTION_MAX),
                width=10,
                default=DIRECTION_MIN,
            ),
            Column(
                "Kế hoạch năm",
                Type.AMOUNT,
                True,
                width=11,
                minimum=0,
                help=_AMOUNT,
                unless="Mục tiêu",
            ),
            Column(
                "Kế hoạch 6 tháng",
                Type.AMOUNT,
                width=11,
                minimum=0,
                help="Để trống: dùng kế hoạch năm. " + _AMOUNT,
            ),
            Column(
                "Thực hiện 6 tháng đầu",
                Type.AMOUNT,
                width=11,
                minimum=0,
                help="Để trống khi chưa đến kỳ đánh giá. " + _AMOUNT,
            ),
            Column("Thực hiện cả năm", Type.AMOUNT, width=11, minimum=0, help=_AMOUNT),
            Column(
                "Nguồn số liệu",
                Type.CHOICE,
                choices=NUMERIC_KEYS,
                width=30,
                help="Chọn chỉ số để xlkit tự tính kết quả",
                aliases=SOURCE_ALIASES,
                shown=SOURCE_SHOWN,
            ),
            Column("Ghi chú", width=20),
            Column(
                "Mục tiêu",
                width=26,
                added=True,
                help="Chỉ tiêu không tính bằng số, ví dụ: Hoàn thành tốt nhiệm vụ, Tập thể lao "
                "động tiên tiến; khi đó để trống Kế hoạch năm",
            ),
        ),
        landscape=True,
        help="Các chỉ tiêu của năm; kết quả ghi ở cột Thực hiện hoặc chọn Nguồn số liệu để tự "
        "tính. Mã CT05.1 là ý 'trong đó' của CT05.",
    ),
    Sheet(
        FIGURES,
        (
            Column("Mã", required=True, width=8),
            Column("Nội dung", required=True, width=40, help="Ví dụ: Số trẻ xếp loại đạt chuẩn"),
            Column(
                "Kỳ",
                Type.PERIOD,
                True,
                width=10,
                help="Ví dụ 2023-H1, 2023-H2, 2023, hoặc năm học 2022-2023",
            ),
            Column("Số đạt", Type.AMOUNT, True, width=10, minimum=0, help=_AMOUNT),
            Column("Tổng số", Type.NUMBER, width=10, minimum=0),
            Column("Đơn vị tính", width=10),
            Column("Ghi chú", width=20),
            Column(
                "Dạng",
                Type.CHOICE,
                choices=FIGURE_FORMS,
                width=14,
                added=True,
                help="Cách ghi số liệu: Tỷ số 367/380 đạt 96,6%; Số lượng 380 cháu; Phân số 09/09; "
                "Số lượng và tỷ lệ 13 cháu đạt 3,4%; "
                "Tỷ lệ 98%; Thứ hạng đứng thứ 9 trên 23 (Tổng số); Tăng, Giảm 3,6% so với (cột So "
                "với)",
            ),
            Column(
                "Mục con",
                width=18,
                added=True,
                help=_SUBSECTION + "; trùng tên mục con trong Nội dung báo cáo để in số liệu ở đó",
            ),
            Column(
                "So với",
                width=14,
                added=True,
                help="Mốc so sánh của dạng Tăng, Giảm, ví dụ: đầu năm",
            ),
        ),
        help="Số liệu về nhiệm vụ chính trị của đơn vị (trẻ, lớp, điểm thi đua...).",
    ),
    Sheet(
        MEETINGS,
        (
            Column("Ngày", Type.DATE, True, width=12, help=_DATE),
            Column("Loại", Type.CHOICE, True, MEETING_KINDS, width=14),
            Column("Nội dung", width=40),
            Column("Có mặt", Type.INTEGER, True, width=9, minimum=0),
            Column("Vắng có lý do", Type.INTEGER, width=9, minimum=0),
            Column("Vắng không lý do", Type.INTEGER, width=9, minimum=0),
            Column("Biên bản", Type.CHOICE, choices=("Có", "Không"), width=9),
            Column("Ghi chú", width=20),
            Column(
                "Thời lượng (phút)",
                Type.INTEGER,
                width=10,
                minimum=0,
                added=True,
                help="Số phút của buổi sinh hoạt",
            ),
        ),
        help="Mỗi buổi sinh hoạt chi bộ đã tổ chức một dòng.",
    ),
    Sheet(
        THEMATIC,
        (
            Column("Quý", Type.INTEGER, True, width=6, minimum=1, maximum=4, help="1 đến 4"),
            Column("Chủ đề", required=True, width=44),
            Column("Người chuẩn bị", width=20),
            Column("Thời gian dự kiến", Type.DATE_OR_TEXT, width=16),
            Column("Ghi chú", width=20),
        ),
        help="Kế hoạch sinh hoạt chuyên đề của năm, mỗi quý ít nhất một chủ đề.",
    ),
    Sheet(
        MONTHLY,
        (
            Column("Tháng", Type.INTEGER, True, width=7, minimum=1, maximum=12, help="1 đến 12"),
            Column("Nội dung hoạt động", required=True, width=50),
            Column("Phụ trách", width=18),
            Column("Kết quả", Type.CHOICE, choices=MONTH_DONE, width=15),
            Column("Ghi chú", width=20),
        ),
        help="Kế hoạch hoạt động từng tháng.",
    ),
    Sheet(
        DEVELOPMENT,
        (
            Column("Họ và tên", required=True, width=26),
            Column("Ngày sinh", Type.DATE, width=12),
            Column("Ngày học lớp nhận thức", Type.DATE, width=14),
            Column("Ngày hoàn thiện hồ sơ", Type.DATE, width=14),
            Column("Ngày kết nạp", Type.DATE, width=13),
            Column("Ghi chú", width=20),
            Column(
                "Ngày chi bộ xét",
                Type.DATE,
                width=13,
                added=True,
                help="Ngày chi bộ họp xét đề nghị kết nạp (tính tuổi người vào Đảng)",
            ),
        ),
        help="Quần chúng ưu tú được bồi dưỡng, hoàn thiện hồ sơ và kết nạp.",
    ),
    Sheet(
        INSPECTIONS,
        (
            Column("Ngày", Type.DATE, True, width=12),
            Column("Hình thức", Type.CHOICE, True, INSPECTION_FORMS, width=20),
            Column("Đối tượng", required=True, width=24, help="Họ tên đảng viên, hoặc Chi bộ"),
            Column("Nội dung", width=36),
            Column("Kết luận", Type.CHOICE, choices=(VERDICT_CLEAN, VERDICT_VIOLATION), width=14),
            Column("Kỷ luật", Type.CHOICE, choices=DISCIPLINE, width=12),
            Column("Ghi chú", width=20),
        ),
        landscape=True,
        help="Mỗi cuộc kiểm tra, giám sát một dòng.",
    ),
    Sheet(
        AWARDS,
        (
            Column("Ngày", Type.DATE, width=12),
            Column("Kỳ", Type.PERIOD, True, width=10, help="Ví dụ 2023-H1 hoặc 2023"),
            Column(
                "Đối tượng",
                required=True,
                width=26,
                help="Họ tên, hoặc Tập thể ..., hoặc một nhóm (ghi Số lượng)",
            ),
            Column("Danh hiệu", required=True, width=36, help="Ví dụ: Chiến sĩ thi đua cơ sở"),
            Column(
                "Trạng thái",
                Type.CHOICE,
                choices=(AWARD_PROPOSED, AWARD_GRANTED),
                width=14,
                default=AWARD_GRANTED,
            ),
            Column("Ghi chú", width=20),
            Column(
                "Loại đối tượng",
                Type.CHOICE,
                choices=tuple(RECIPIENT_KINDS),
                width=14,
                added=True,
                help="Đảng viên (đ/c), Giáo viên (GV), Nhân viên (NV)... Để trống: Tập thể nếu tên "
                "bắt đầu bằng Tập thể, còn lại Đảng viên",
            ),
            Column(
                "Cơ quan khen",
                width=22,
                added=True,
                help="Ví dụ: UBND thành phố, Liên đoàn lao động huyện",
            ),
            Column(
                "Hình thức",
                Type.CHOICE,
                choices=AWARD_FORMS,
                width=16,
                added=True,
                help="Danh hiệu thi đua (đạt danh hiệu), Hình thức khen thưởng (được tặng Bằng "
                "khen...), Biểu dương. Để trống: theo Danh hiệu",
            ),
            Column(
                "Số lượng",
                Type.INTEGER,
                width=8,
                minimum=1,
                added=True,
                help="Số người khi một dòng ghi cho cả nhóm (không ghi tên từng người)",
            ),
        ),
        help="Danh hiệu thi đua, khen thưởng được đề nghị hoặc công nhận.",
    ),
    Sheet(
        PROSE,
        (
            Column(
                "Kỳ",
                Type.DOC_KEY,
                True,
                width=10,
                help="2023-H1, 2023; KH-2023 (kế hoạch năm), NV-2023 (kế hoạch nhiệm vụ chính "
                "trị), CD-2023 (kế hoạch chuyên đề), CT (chương trình toàn khóa)",
            ),
            Column("Mục", Type.CHOICE, True, ALL_SECTIONS, width=28),
            Column(
                "Nội dung",
                required=True,
                width=90,
                help="Mỗi dòng một đoạn văn hoặc một ý, theo thứ tự",
            ),
            Column("Mục con", width=20, added=True, help=_SUBSECTION),
        ),
        help="Lời văn của báo cáo, kế hoạch: mỗi dòng một đoạn, theo thứ tự xuất hiện.",
    ),
    Sheet(
        FEES,
        (
            Column("Họ và tên", required=True, width=26),
            Column("Tháng", Type.INTEGER, True, width=7, minimum=1, maximum=12, help="1 đến 12"),
            Column(
                "Số tiền", Type.NUMBER, True, width=12, minimum=0, help="Số đồng đã nộp trong tháng"
            ),
            Column("Ngày nộp", Type.DATE, width=12),
            Column("Ghi chú", width=20),
        ),
        added=True,
        help="Đảng phí: mỗi đảng viên mỗi tháng đã nộp một dòng (Quy định 01-QĐ/TW năm 2026).",
    ),
)

BY_NAME = {s.name: s for s in SHEETS}
DATA_SHEETS = tuple(s for s in SHEETS if s.name != INFO_SHEET)
KNOWN_EXTRA = (GUIDE, LISTS)  # written by `xlkit new`, never read back
INFO_BY_LABEL = {fold(i.label): i for i in INFO}


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    if index < len(_LETTERS):
        return _LETTERS[index]
    return _letters(index)


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_LETTERS = tuple(
    map(_letters, range(702))
)  # A to ZZ: asked for every cell a finding names, every column read


@cache
def choices_of(column: Column) -> dict[str, str]:
    """Map every accepted spelling of a choice column, folded, to the canonical choice."""
    accepted = {fold(c): c for c in column.choices}
    accepted.update({fold(a): c for a, c in column.aliases})
    return accepted


# sheets with amount columns: the reader looks up which of their cells show a percentage (98% is
# 0.98)
TYPED_SHEETS = frozenset(
    fold(s.name) for s in SHEETS
)  # the sheets read into records (not the guide, not the lists)
AMOUNT_SHEETS = frozenset(
    fold(s.name) for s in SHEETS if any(c.type is Type.AMOUNT for c in s.columns)
)
