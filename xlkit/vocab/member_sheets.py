"""The sheets about people, one row each: the members, their admission, their awards and their
dues (schema.py puts them in the workbook's order among the others)."""

from __future__ import annotations

from xlkit.vocab.columns import DATE_HELP, Column, Sheet, Type
from xlkit.vocab.words import (
    AWARD_FORMS,
    AWARD_GRANTED,
    AWARD_PROPOSED,
    AWARDS,
    DEVELOPMENT,
    EDUCATION,
    FEES,
    MEMBERS,
    NOT_RATED,
    PARTY_POSTS,
    RATING_ALIASES,
    RATING_HELP,
    RATINGS,
    RECIPIENT_KINDS,
    REVIEW_FORMS,
    STATUS_ACTIVE,
    STATUSES,
    THEORY,
)

MEMBER_SHEET = Sheet(
    MEMBERS,
    (
        Column("STT", Type.INTEGER, width=6, minimum=0, help="Số thứ tự"),
        Column(
            "Họ và tên",
            required=True,
            unique=True,
            width=26,
            help="Họ và tên đầy đủ, không trùng",
            words=True,
        ),
        Column("Ngày sinh", Type.DATE, True, width=12, help=DATE_HELP),
        Column("Giới tính", Type.CHOICE, True, ("Nam", "Nữ"), width=9),
        Column("Dân tộc", required=True, width=10, help="Kinh hoặc tên dân tộc", words=True),
        Column(
            "Tôn giáo", width=10, help="Để trống hoặc Không nếu không theo tôn giáo", words=True
        ),
        Column("Ngày vào Đảng", Type.DATE, True, width=13, help="Ngày kết nạp"),
        Column("Ngày chính thức", Type.DATE, width=13, help="Để trống khi còn dự bị"),
        Column(
            "Chức vụ Đảng",
            Type.CHOICE,
            choices=PARTY_POSTS,
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
            help=RATING_HELP,
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
                help=RATING_HELP,
            )
            for q in (1, 2, 3, 4)
        ),
        Column(
            "Thời gian không sinh hoạt (tháng)",
            Type.INTEGER,
            title="Số tháng không sinh hoạt",
            width=12,
            minimum=0,
            added=True,
            help="Số tháng không tính tuổi Đảng (bị xóa tên, mất liên lạc, gián đoạn chuyển "
            "sinh hoạt)",
        ),
        Column(
            "Điểm tiêu chí chung",
            Type.NUMBER,
            width=8,
            minimum=0,
            maximum=30,
            added=True,
            help="Phần điểm nhóm tiêu chí chung, tối đa 30 (Quy định 366-QĐ/TW)",
        ),
        Column(
            "Điểm thực hiện nhiệm vụ",
            Type.NUMBER,
            width=8,
            minimum=0,
            maximum=70,
            added=True,
            help="Phần điểm kết quả thực hiện nhiệm vụ, tối đa 70 (Quy định 366-QĐ/TW)",
        ),
        Column(
            "Mẫu kiểm điểm",
            Type.CHOICE,
            choices=REVIEW_FORMS,
            width=9,
            added=True,
            help="2A: không giữ chức vụ lãnh đạo, quản lý; 2B: có; 2C: không làm việc trong hệ "
            "thống chính trị. Để trống: xlkit chọn theo chức vụ",
        ),
    ),
    required=True,
    landscape=True,
    help="Mỗi đảng viên một dòng, kể cả người đã chuyển đi trong năm (ghi Tình trạng và Ngày "
    "thay đổi).",
)

DEVELOPMENT_SHEET = Sheet(
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
)

AWARD_SHEET = Sheet(
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
)

FEE_SHEET = Sheet(
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
)
