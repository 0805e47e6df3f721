"""The standard workbook (spec/workbook.md v1) declared once, as data: its sheets in order, and
the lookups the template, the reader and the checks use.

The vocabulary stage spells everything once: words.py every word list and sheet name, columns.py
how a column is declared, member_sheets.py the sheets about people, info.py the `Thông tin`
items, sections.py the prose sections. Nothing outside it spells a sheet, a header or a choice.
"""

from __future__ import annotations

from xlkit.vocab.columns import DATE_HELP, Column, Sheet, Type, fold
from xlkit.vocab.keys import BY_KEY, NUMERIC_KEYS
from xlkit.vocab.member_sheets import AWARD_SHEET, DEVELOPMENT_SHEET, FEE_SHEET, MEMBER_SHEET
from xlkit.vocab.sections import ALL_SECTIONS
from xlkit.vocab.words import (
    DIRECTION_MAX,
    DIRECTION_MIN,
    DISCIPLINE,
    FIELDS,
    FIGURE_FORMS,
    FIGURES,
    GUIDE,
    INFO_SHEET,
    INSPECTION_FORMS,
    INSPECTIONS,
    LISTS,
    MEETING_KINDS,
    MEETINGS,
    MONTH_DONE,
    MONTHLY,
    PROSE,
    TARGETS,
    THEMATIC,
    UNITS,
    VERDICT_CLEAN,
    VERDICT_VIOLATION,
)
from xlkit.vocab.words import FIRST_YEAR as FIRST_YEAR  # the years a workbook may be of
from xlkit.vocab.words import LAST_YEAR as LAST_YEAR

# `Nguồn số liệu` offers each indicator by its Vietnamese label (the labels are distinct); the
# key, and the "label [key]" an earlier xlkit offered, are read back too
SOURCE_SHOWN = tuple(BY_KEY[k].vi for k in NUMERIC_KEYS)
SOURCE_ALIASES = tuple((f"{BY_KEY[k].vi} [{k}]", k) for k in NUMERIC_KEYS) + tuple(
    (BY_KEY[k].vi, k) for k in NUMERIC_KEYS
)
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
    MEMBER_SHEET,
    Sheet(
        TARGETS,
        (
            Column("Mã", required=True, unique=True, width=8, help="Ví dụ CT01, không trùng"),
            Column("Lĩnh vực", Type.CHOICE, choices=FIELDS, width=18),
            Column("Nội dung", required=True, width=44),
            Column(
                "Đơn vị tính",
                Type.CHOICE,
                True,
                UNITS,
                width=10,
                unless="Mục tiêu",
                open=True,
                help="Chọn trong danh sách hoặc gõ đơn vị khác (khối, em, giờ …)",
            ),
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
            Column(
                "Mục con",
                width=24,
                added=True,
                help="Mục con của kế hoạch (như ở Nội dung báo cáo, A › B cho mục dưới mục) nơi "
                "nêu chỉ tiêu; để trống: ở mục Các chỉ tiêu phấn đấu",
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
            Column("Ngày", Type.DATE, True, width=12, help=DATE_HELP),
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
            Column(
                "Chủ trì",
                width=20,
                added=True,
                help="Họ tên người chủ trì (để trống: Bí thư); in ở biên bản",
            ),
            Column(
                "Người ghi biên bản",
                width=20,
                added=True,
                help="Họ tên thư ký buổi sinh hoạt; in ở biên bản",
            ),
            Column(
                "Người vắng",
                width=30,
                added=True,
                help="Họ tên người vắng và lý do, ví dụ: Đ/c Mai (ốm); Đ/c Lan (công tác)",
            ),
            Column("Địa điểm", width=20, added=True, help="Nơi họp, in ở biên bản"),
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
        words=True,
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
        words=True,
    ),
    DEVELOPMENT_SHEET,
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
    AWARD_SHEET,
    Sheet(
        PROSE,
        (
            Column(
                "Kỳ",
                Type.DOC_KEY,
                True,
                width=10,
                help="2023-H1, 2023; KH-2023 (kế hoạch năm), NV-2023 (kế hoạch nhiệm vụ chính "
                "trị), CD-2023 (kế hoạch chuyên đề), CT (chương trình toàn khóa), KD-2023 (kiểm "
                "điểm tập thể cuối năm), SH-2023-03 (sinh hoạt chi bộ tháng 3)",
            ),
            Column("Mục", Type.CHOICE, True, ALL_SECTIONS, width=28),
            Column(
                "Nội dung",
                required=True,
                width=90,
                help="Mỗi dòng một đoạn văn hoặc một ý, theo thứ tự",
            ),
            Column("Mục con", width=20, added=True, help=_SUBSECTION),
            Column(
                "Tiêu đề",
                width=28,
                added=True,
                help="Tên mục do chi bộ đặt, in thay tên mặc định của mục (ghi ở một dòng của "
                "mục là đủ)",
            ),
        ),
        help="Lời văn của báo cáo, kế hoạch: mỗi dòng một đoạn, theo thứ tự xuất hiện.",
        words=True,
    ),
    FEE_SHEET,
)

BY_NAME = {s.name: s for s in SHEETS}
# the headers the code may ask a sheet's rows for: a name not here is a mistake in the code
HEADERS = {s.name: frozenset(c.header for c in s.columns) for s in SHEETS}
DATA_SHEETS = tuple(s for s in SHEETS if s.name != INFO_SHEET)
KNOWN_EXTRA = (GUIDE, LISTS)  # written by `xlkit new`, never read back


# the sheets read into records (not the guide, not the lists)
TYPED_SHEETS = frozenset(fold(s.name) for s in SHEETS)
# the sheets the figures and the rules read: the roll-up reads these alone
FIGURE_SHEETS = frozenset(fold(s.name) for s in SHEETS if not s.words)
# sheets with amount columns: the reader looks up which of their cells show a percentage (98% is
# 0.98)
AMOUNT_SHEETS = frozenset(
    fold(s.name) for s in SHEETS if any(c.type is Type.AMOUNT for c in s.columns)
)
