"""Write the example workbook `workbooks/vi-du-2023.xlsx`: a fictional kindergarten cell's year.

Every name and figure here is invented. Run: python workbooks/vi_du.py
"""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

from xlkit.workbooks.template import write_workbook

YEAR = 2023
HERE = Path(__file__).resolve().parent

INFO = {
    "Đảng bộ cấp trên": "ĐẢNG BỘ XÃ HÒA BÌNH",
    "Tên chi bộ": "CHI BỘ TRƯỜNG MẦM NON HOA SEN",
    "Ký hiệu chi bộ": "CB",
    "Địa danh": "Hòa Bình",
    "Bí thư": "Nguyễn Thị Thu Hà",
    "Nhiệm kỳ": "2020-2025",
    "Đơn vị": "Trường Mầm non Hoa Sen",
    "Nơi nhận": [
        "Đảng ủy xã Hòa Bình (để b/c);",
        "Đ/c Đảng ủy viên phụ trách chi bộ (để b/c);",
        "Đảng viên trong chi bộ;",
        "Lưu Chi bộ.",
    ],
    "Chi bộ tự xếp loại": "Hoàn thành tốt nhiệm vụ",
    "Loại chi bộ": "Chi bộ trực thuộc đảng ủy cơ sở",
    "Ký thay mặt": "T/M CHI ỦY",  # 18 members, 17 official: the cell has elected a chi ủy
    "Chức vụ người ký": "BÍ THƯ",
    "Đại hội lần thứ": "IX",
}

XS, TOT = "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"


def member(
    n,
    name,
    born,
    sex,
    joined,
    official,
    role,
    job,
    edu,
    theory,
    rating,
    status="",
    changed=None,
    nation="Kinh",
    religion="",
    note="",
):
    return {
        "STT": n,
        "Họ và tên": name,
        "Ngày sinh": born,
        "Giới tính": sex,
        "Dân tộc": nation,
        "Tôn giáo": religion,
        "Ngày vào Đảng": joined,
        "Ngày chính thức": official,
        "Chức vụ Đảng": role,
        "Chức vụ chính quyền": job,
        "Trình độ chuyên môn": edu,
        "Lý luận chính trị": theory,
        "Tình trạng": status,
        "Ngày thay đổi": changed,
        "Xếp loại": rating,
        "Ghi chú": note,
    }


MEMBERS = [
    member(
        1,
        "Nguyễn Thị Thu Hà",
        d(1978, 4, 12),
        "Nữ",
        d(2003, 6, 20),
        d(2004, 6, 20),
        "Bí thư",
        "Hiệu trưởng",
        "Thạc sĩ",
        "Trung cấp",
        XS,
    ),
    member(
        2,
        "Trần Thị Hồng",
        d(1982, 9, 3),
        "Nữ",
        d(2008, 5, 19),
        d(2009, 5, 19),
        "Phó Bí thư",
        "Phó Hiệu trưởng",
        "Đại học",
        "Trung cấp",
        TOT,
    ),
    member(
        3,
        "Lê Thị Minh Nguyệt",
        d(1985, 1, 25),
        "Nữ",
        d(2010, 11, 7),
        d(2011, 11, 7),
        "Chi ủy viên",
        "Phó Hiệu trưởng",
        "Đại học",
        "Trung cấp",
        XS,
    ),
    member(
        4,
        "Phạm Thị Lan",
        d(1965, 7, 14),
        "Nữ",
        d(1993, 2, 3),
        d(1994, 2, 3),
        "Đảng viên",
        "Giáo viên",
        "Cao đẳng",
        "Sơ cấp",
        "",
        "Miễn sinh hoạt",
        None,
        note="Miễn sinh hoạt từ 2022",
    ),
    member(
        5,
        "Vũ Thị Hoa",
        d(1986, 12, 2),
        "Nữ",
        d(2012, 3, 26),
        d(2013, 3, 26),
        "",
        "Tổ trưởng chuyên môn",
        "Đại học",
        "Sơ cấp",
        TOT,
    ),
    member(
        6,
        "Đỗ Thị Mai",
        d(1988, 6, 30),
        "Nữ",
        d(2013, 9, 2),
        d(2014, 9, 2),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        TOT,
    ),
    member(
        7,
        "Hoàng Thị Thanh",
        d(1990, 3, 8),
        "Nữ",
        d(2014, 12, 22),
        d(2015, 12, 22),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        TOT,
    ),
    member(
        8,
        "Bùi Thị Ngọc",
        d(1989, 10, 19),
        "Nữ",
        d(2015, 5, 19),
        d(2016, 5, 19),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        TOT,
    ),
    member(
        9,
        "Đinh Thị Hải Yến",
        d(1991, 8, 11),
        "Nữ",
        d(2016, 2, 3),
        d(2017, 2, 3),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        TOT,
        nation="Mường",
    ),
    member(
        10,
        "Ngô Thị Thu",
        d(1987, 11, 27),
        "Nữ",
        d(2016, 11, 7),
        d(2017, 11, 7),
        "",
        "Kế toán",
        "Đại học",
        "Sơ cấp",
        TOT,
    ),
    member(
        11,
        "Lương Thị Vân",
        d(1992, 5, 5),
        "Nữ",
        d(2017, 8, 19),
        d(2018, 8, 19),
        "",
        "Giáo viên",
        "Cao đẳng",
        "Sơ cấp",
        TOT,
        nation="Tày",
    ),
    member(
        12,
        "Trịnh Thị Hương",
        d(1993, 2, 17),
        "Nữ",
        d(2018, 3, 26),
        d(2019, 3, 26),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        TOT,
        religion="Công giáo",
    ),
    member(
        13,
        "Mai Thị Phương",
        d(1994, 9, 9),
        "Nữ",
        d(2019, 5, 19),
        d(2020, 5, 19),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        TOT,
    ),
    member(
        14,
        "Cao Văn Tuấn",
        d(1984, 4, 1),
        "Nam",
        d(2009, 7, 1),
        d(2010, 7, 1),
        "",
        "Nhân viên bảo vệ",
        "Trung cấp",
        "Sơ cấp",
        TOT,
    ),
    member(
        15,
        "Phan Thị Dung",
        d(1995, 12, 12),
        "Nữ",
        d(2020, 9, 2),
        d(2021, 9, 2),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        TOT,
    ),
    member(
        16,
        "Nguyễn Thị Bích",
        d(1996, 6, 21),
        "Nữ",
        d(2022, 5, 10),
        d(2023, 5, 12),
        "",
        "Giáo viên",
        "Đại học",
        "Chưa qua đào tạo",
        TOT,
    ),
    member(
        17,
        "Lê Thị Ngọc Ánh",
        d(1998, 3, 3),
        "Nữ",
        d(2023, 3, 15),
        None,
        "",
        "Giáo viên",
        "Cao đẳng",
        "Chưa qua đào tạo",
        TOT,
        note="Kết nạp 15/3/2023",
    ),
    member(
        18,
        "Vương Thị Kim Oanh",
        d(1983, 8, 8),
        "Nữ",
        d(2007, 10, 10),
        d(2008, 10, 10),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        "",
        "Chuyển đi",
        d(2023, 8, 15),
        note="Chuyển sinh hoạt về Trường Mầm non Hòa Lạc",
    ),
    member(
        19,
        "Tạ Thị Thùy Linh",
        d(1990, 1, 29),
        "Nữ",
        d(2015, 3, 26),
        d(2016, 3, 26),
        "",
        "Giáo viên",
        "Đại học",
        "Sơ cấp",
        TOT,
        "Chuyển đến",
        d(2023, 9, 5),
        note="Chuyển đến từ Trường Mầm non Tân Thịnh",
    ),
    member(
        20,
        "Phạm Minh Khôi",
        d(1997, 7, 7),
        "Nam",
        d(2023, 11, 20),
        None,
        "",
        "Giáo viên",
        "Đại học",
        "Chưa qua đào tạo",
        "",
        note="Kết nạp 20/11/2023",
    ),
]


def meeting(day, kind, content, present, excused, absent=0):
    return {
        "Ngày": day,
        "Loại": kind,
        "Nội dung": content,
        "Có mặt": present,
        "Vắng có lý do": excused,
        "Vắng không lý do": absent,
        "Biên bản": "Có",
    }


MEETINGS = [
    meeting(d(2023, 1, 5), "Thường kỳ", "Đánh giá tháng 12, triển khai nhiệm vụ tháng 1", 16, 1),
    meeting(d(2023, 2, 6), "Thường kỳ", "Đánh giá tháng 1, triển khai nhiệm vụ tháng 2", 17, 0),
    {  # the meeting whose minutes and resolution the README shows (xlkit meeting 06/03/2023)
        **meeting(
            d(2023, 3, 6), "Thường kỳ", "Đánh giá tháng 2, triển khai nhiệm vụ tháng 3", 16, 1
        ),
        "Thời lượng (phút)": 100,
        "Chủ trì": "Nguyễn Thị Thu Hà",
        "Người ghi biên bản": "Trần Thị Hồng",
        "Người vắng": "Đ/c Mai Thị Phương (ốm)",
        "Địa điểm": "Phòng họp Trường Mầm non Hoa Sen",
    },
    meeting(
        d(2023, 3, 22),
        "Chuyên đề",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023",
        17,
        1,
    ),
    meeting(d(2023, 4, 5), "Thường kỳ", "Đánh giá tháng 3, triển khai nhiệm vụ tháng 4", 17, 1),
    meeting(d(2023, 5, 5), "Thường kỳ", "Đánh giá tháng 4, triển khai nhiệm vụ tháng 5", 18, 0),
    meeting(d(2023, 6, 5), "Thường kỳ", "Đánh giá tháng 5, triển khai nhiệm vụ tháng 6", 17, 1),
    meeting(d(2023, 6, 21), "Chuyên đề", "Nâng cao chất lượng chăm sóc, giáo dục trẻ", 16, 2),
    meeting(
        d(2023, 7, 5), "Thường kỳ", "Sơ kết 6 tháng đầu năm, phương hướng 6 tháng cuối năm", 18, 0
    ),
    meeting(d(2023, 8, 7), "Thường kỳ", "Chuẩn bị năm học mới 2023-2024", 17, 1),
    meeting(d(2023, 9, 6), "Thường kỳ", "Triển khai nhiệm vụ năm học 2023-2024", 17, 1),
    meeting(d(2023, 9, 27), "Chuyên đề", "Xây dựng trường học hạnh phúc", 17, 1),
    meeting(d(2023, 10, 5), "Thường kỳ", "Đánh giá tháng 9, triển khai nhiệm vụ tháng 10", 18, 0),
    meeting(d(2023, 11, 6), "Thường kỳ", "Đánh giá tháng 10, triển khai nhiệm vụ tháng 11", 17, 1),
    meeting(d(2023, 12, 5), "Thường kỳ", "Kiểm điểm, đánh giá, xếp loại đảng viên năm 2023", 18, 1),
    meeting(d(2023, 12, 20), "Chuyên đề", "Chuyển đổi số trong quản lý và giảng dạy", 18, 1),
]

TARGETS = [
    {
        "Mã": "CT01",
        "Lĩnh vực": "Chính trị tư tưởng",
        "Nội dung": "Đảng viên được học tập, quán triệt nghị quyết",
        "Đơn vị tính": "%",
        "Kế hoạch năm": 100,
        "Thực hiện 6 tháng đầu": 100,
        "Thực hiện cả năm": 100,
    },
    {
        "Mã": "CT02",
        "Lĩnh vực": "Xây dựng Đảng",
        "Nội dung": "Kết nạp đảng viên mới",
        "Đơn vị tính": "đ/c",
        "Kế hoạch năm": 2,
        "Kế hoạch 6 tháng": 1,
        "Nguồn số liệu": "members.admitted",
    },
    {
        "Mã": "CT03",
        "Lĩnh vực": "Nhiệm vụ chính trị",
        "Nội dung": "Sáng kiến kinh nghiệm được công nhận",
        "Đơn vị tính": "lượt",
        "Kế hoạch năm": 8,
        "Thực hiện 6 tháng đầu": 9,
        "Thực hiện cả năm": 9,
    },
    {
        "Mã": "CT04",
        "Lĩnh vực": "Nhiệm vụ chính trị",
        "Nội dung": "Tỷ lệ trẻ bỏ học",
        "Đơn vị tính": "%",
        "Chiều": "Tối đa",
        "Kế hoạch năm": 1,
        "Thực hiện 6 tháng đầu": 0,
        "Thực hiện cả năm": 0,
    },
    {
        "Mã": "CT05",
        "Lĩnh vực": "Xây dựng Đảng",
        "Nội dung": "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
        "Đơn vị tính": "%",
        "Kế hoạch năm": 100,
        "Nguồn số liệu": "ratings.tot_tro_len_pct",
    },
    {
        "Mã": "CT06",
        "Lĩnh vực": "Xây dựng Đảng",
        "Nội dung": "Sinh hoạt chi bộ thường kỳ",
        "Đơn vị tính": "buổi",
        "Kế hoạch năm": 12,
        "Kế hoạch 6 tháng": 6,
        "Nguồn số liệu": "meetings.regular",
    },
    {
        "Mã": "CT07",
        "Lĩnh vực": "Kiểm tra giám sát",
        "Nội dung": "Kiểm tra đảng viên",
        "Đơn vị tính": "đ/c",
        "Kế hoạch năm": 2,
        "Kế hoạch 6 tháng": 1,
        "Nguồn số liệu": "inspection.kiem_tra",
    },
    {
        "Mã": "CT08",
        "Lĩnh vực": "Kiểm tra giám sát",
        "Nội dung": "Giám sát đảng viên",
        "Đơn vị tính": "đ/c",
        "Kế hoạch năm": 3,
        "Kế hoạch 6 tháng": 2,
        "Nguồn số liệu": "inspection.giam_sat",
    },
    {  # a "trong đó" part of CT05: the plan says it with it, the reports judge it alone
        "Mã": "CT05.1",
        "Lĩnh vực": "Xây dựng Đảng",
        "Nội dung": "Đảng viên hoàn thành xuất sắc nhiệm vụ",
        "Đơn vị tính": "đ/c",
        "Kế hoạch năm": "02",
        "Thực hiện cả năm": 2,
    },
    {  # targets in words: the plans state them, the reports leave them to the prose
        "Mã": "CT09",
        "Lĩnh vực": "Xây dựng Đảng",
        "Nội dung": "Chi bộ phấn đấu đạt",
        "Mục tiêu": "Hoàn thành tốt nhiệm vụ",
    },
    {
        "Mã": "CT10",
        "Lĩnh vực": "Nhiệm vụ chính trị",
        "Nội dung": "Nhà trường phấn đấu đạt danh hiệu",
        "Mục tiêu": "Tập thể lao động tiên tiến",
    },
    {
        "Mã": "CT11",
        "Lĩnh vực": "Xây dựng Đảng",
        "Nội dung": "Thu, nộp đảng phí",
        "Mục tiêu": "đúng quy định, đầy đủ, kịp thời",
    },
]

FIGURES = [
    {
        "Mã": "TRE01",
        "Nội dung": "Số trẻ xếp loại đạt chuẩn",
        "Kỳ": "2023-H1",
        "Số đạt": 367,
        "Tổng số": 380,
        "Đơn vị tính": "trẻ",
    },
    {
        "Mã": "TRE02",
        "Nội dung": "Số trẻ phát triển bình thường về cân nặng",
        "Kỳ": "2023-H1",
        "Số đạt": 361,
        "Tổng số": 380,
        "Đơn vị tính": "trẻ",
    },
    {
        "Mã": "LOP01",
        "Nội dung": "Số nhóm lớp có máy vi tính",
        "Kỳ": "2023-H1",
        "Số đạt": 12,
        "Tổng số": 12,
        "Đơn vị tính": "lớp",
    },
    {
        "Mã": "SK01",
        "Nội dung": "Sáng kiến được công nhận cấp trường",
        "Kỳ": "2023-H1",
        "Số đạt": 9,
        "Tổng số": 9,
        "Đơn vị tính": "sáng kiến",
    },
    {
        "Mã": "TD01",
        "Nội dung": "Điểm thi đua cuối năm học của trường",
        "Kỳ": "2023-H1",
        "Số đạt": 171.5,
        "Tổng số": 200,
        "Đơn vị tính": "điểm",
    },
    {
        "Mã": "TRE01",
        "Nội dung": "Số trẻ xếp loại đạt chuẩn",
        "Kỳ": "2023",
        "Số đạt": 378,
        "Tổng số": 392,
        "Đơn vị tính": "trẻ",
    },
    {
        "Mã": "TRE02",
        "Nội dung": "Số trẻ phát triển bình thường về cân nặng",
        "Kỳ": "2023",
        "Số đạt": 375,
        "Tổng số": 392,
        "Đơn vị tính": "trẻ",
    },
    {
        "Mã": "LOP01",
        "Nội dung": "Số nhóm lớp có máy vi tính",
        "Kỳ": "2023",
        "Số đạt": 13,
        "Tổng số": 13,
        "Đơn vị tính": "lớp",
    },
    {
        "Mã": "TD01",
        "Nội dung": "Điểm thi đua cuối năm học của trường",
        "Kỳ": "2023",
        "Số đạt": 171.5,
        "Tổng số": 200,
        "Đơn vị tính": "điểm",
    },
]

THEMATIC = [
    {
        "Quý": 1,
        "Chủ đề": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023",
        "Người chuẩn bị": "Nguyễn Thị Thu Hà",
        "Thời gian dự kiến": "Tháng 3/2023",
    },
    {
        "Quý": 2,
        "Chủ đề": "Nâng cao chất lượng chăm sóc, giáo dục trẻ",
        "Người chuẩn bị": "Trần Thị Hồng",
        "Thời gian dự kiến": "Tháng 6/2023",
    },
    {
        "Quý": 3,
        "Chủ đề": "Xây dựng trường học hạnh phúc",
        "Người chuẩn bị": "Lê Thị Minh Nguyệt",
        "Thời gian dự kiến": "Tháng 9/2023",
    },
    {
        "Quý": 4,
        "Chủ đề": "Chuyển đổi số trong quản lý và giảng dạy",
        "Người chuẩn bị": "Vũ Thị Hoa",
        "Thời gian dự kiến": "Tháng 12/2023",
    },
]

MONTHLY = [
    {"Tháng": m, "Nội dung hoạt động": text, "Phụ trách": who, "Kết quả": "Đã thực hiện"}
    for m, text, who in (
        (1, "Tổng kết công tác Đảng năm 2022; xây dựng kế hoạch năm 2023", "Bí thư"),
        (2, "Tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng 3/2", "Chi ủy"),
        (3, "Sinh hoạt chuyên đề quý I; kết nạp đảng viên mới", "Chi ủy"),
        (4, "Kiểm tra việc thực hiện nhiệm vụ của đảng viên", "Phó Bí thư"),
        (5, "Đánh giá kết quả năm học 2022-2023", "Chi ủy"),
        (6, "Sơ kết 6 tháng đầu năm; sinh hoạt chuyên đề quý II", "Bí thư"),
        (7, "Học tập nghị quyết, bồi dưỡng chính trị hè", "Chi ủy"),
        (8, "Chuẩn bị cơ sở vật chất cho năm học mới", "Chi ủy"),
        (9, "Khai giảng năm học 2023-2024; sinh hoạt chuyên đề quý III", "Bí thư"),
        (10, "Giám sát đảng viên thực hiện quy định nêu gương", "Phó Bí thư"),
        (11, "Thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11", "Chi ủy"),
        (12, "Kiểm điểm, đánh giá, xếp loại đảng viên năm 2023", "Bí thư"),
    )
]

DEVELOPMENT = [
    {
        "Họ và tên": "Lê Thị Ngọc Ánh",
        "Ngày sinh": d(1998, 3, 3),
        "Ngày học lớp nhận thức": d(2022, 9, 15),
        "Ngày hoàn thiện hồ sơ": d(2023, 1, 16),
        "Ngày kết nạp": d(2023, 3, 15),
    },
    {
        "Họ và tên": "Phạm Minh Khôi",
        "Ngày sinh": d(1997, 7, 7),
        "Ngày học lớp nhận thức": d(2023, 4, 20),
        "Ngày hoàn thiện hồ sơ": d(2023, 9, 18),
        "Ngày kết nạp": d(2023, 11, 20),
    },
    {
        "Họ và tên": "Đặng Thị Thanh Tâm",
        "Ngày sinh": d(1999, 10, 10),
        "Ngày học lớp nhận thức": d(2023, 4, 20),
    },
    {
        "Họ và tên": "Hà Thị Yến Nhi",
        "Ngày sinh": d(2000, 2, 14),
        "Ngày học lớp nhận thức": d(2023, 10, 12),
        "Ghi chú": "Đoàn viên ưu tú",
    },
]

INSPECTIONS = [
    {
        "Ngày": d(2023, 4, 18),
        "Hình thức": "Kiểm tra",
        "Đối tượng": "Bùi Thị Ngọc",
        "Nội dung": "Thực hiện nhiệm vụ đảng viên",
        "Kết luận": "Không vi phạm",
    },
    {
        "Ngày": d(2023, 5, 16),
        "Hình thức": "Giám sát chuyên đề",
        "Đối tượng": "Mai Thị Phương",
        "Nội dung": "Thực hiện quy định về những điều đảng viên không được làm",
        "Kết luận": "Không vi phạm",
    },
    {
        "Ngày": d(2023, 6, 13),
        "Hình thức": "Giám sát chuyên đề",
        "Đối tượng": "Cao Văn Tuấn",
        "Nội dung": "Thực hiện nghĩa vụ đảng viên nơi cư trú",
        "Kết luận": "Không vi phạm",
    },
    {
        "Ngày": d(2023, 10, 17),
        "Hình thức": "Kiểm tra",
        "Đối tượng": "Trịnh Thị Hương",
        "Nội dung": "Thực hiện nhiệm vụ đảng viên",
        "Kết luận": "Không vi phạm",
    },
    {
        "Ngày": d(2023, 11, 14),
        "Hình thức": "Giám sát chuyên đề",
        "Đối tượng": "Chi bộ",
        "Nội dung": "Công tác phát triển đảng viên",
        "Kết luận": "Không vi phạm",
    },
]

AWARDS = [
    {
        "Ngày": d(2023, 5, 30),
        "Kỳ": "2023-H1",
        "Đối tượng": name,
        "Danh hiệu": "Chiến sĩ thi đua cơ sở",
        "Trạng thái": "Đề nghị",
    }
    for name in ("Nguyễn Thị Thu Hà", "Lê Thị Minh Nguyệt", "Vũ Thị Hoa", "Bùi Thị Ngọc")
] + [
    {
        "Ngày": d(2023, 5, 30),
        "Kỳ": "2023-H1",
        "Đối tượng": "Trần Thị Hồng",
        "Danh hiệu": "Bằng khen của Ủy ban nhân dân tỉnh",
        "Trạng thái": "Đề nghị",
    },
    {
        "Ngày": d(2023, 5, 30),
        "Kỳ": "2023-H1",
        "Đối tượng": "Tập thể Trường Mầm non Hoa Sen",
        "Danh hiệu": "Tập thể lao động tiên tiến",
        "Trạng thái": "Đề nghị",
    },
    {
        "Ngày": d(2023, 11, 17),
        "Kỳ": "2023-H2",
        "Đối tượng": "Đỗ Thị Mai",
        "Danh hiệu": "Giáo viên dạy giỏi cấp huyện",
        "Trạng thái": "Đã công nhận",
    },
    {
        "Ngày": d(2023, 11, 17),
        "Kỳ": "2023-H2",
        "Đối tượng": "Phan Thị Dung",
        "Danh hiệu": "Giáo viên dạy giỏi cấp huyện",
        "Trạng thái": "Đã công nhận",
    },
]


def prose(period: str, section: str, *paragraphs: str) -> list[dict]:
    return [{"Kỳ": period, "Mục": section, "Nội dung": text} for text in paragraphs]


PROSE = [
    *prose(
        "2023-H1",
        "Mở đầu",
        "Dưới sự lãnh đạo, chỉ đạo sát sao của Đảng ủy xã Hòa Bình, sự đoàn kết, nỗ lực của cán bộ, đảng viên, giáo viên, nhân viên, chi bộ Trường Mầm non Hoa Sen đã thực hiện thắng lợi các nhiệm vụ, chỉ tiêu 6 tháng đầu năm 2023. Cụ thể như sau:",
    ),
    *prose(
        "2023-H1",
        "Công tác xây dựng Đảng",
        "Cấp ủy thường xuyên đổi mới phương thức lãnh đạo; duy trì nền nếp sinh hoạt chi bộ, chú trọng nội dung sinh hoạt, phát huy dân chủ và tinh thần tự phê bình, phê bình trong chi bộ.",
        "Đảng viên chấp hành nghiêm Điều lệ Đảng, nghị quyết, chỉ thị của cấp trên; giữ mối liên hệ với chi ủy nơi cư trú và gương mẫu thực hiện nghĩa vụ công dân.",
    ),
    *prose(
        "2023-H1",
        "Công tác chính trị, tư tưởng",
        "Chi bộ tổ chức cho 100% đảng viên học tập, quán triệt nghị quyết của Đảng các cấp; tuyên truyền đường lối của Đảng, chính sách, pháp luật của Nhà nước đến toàn thể cán bộ, giáo viên, nhân viên.",
        "Tiếp tục thực hiện Chỉ thị 05-CT/TW gắn với chuyên đề năm 2023; nắm chắc tình hình tư tưởng, không có đảng viên vi phạm về tư tưởng chính trị, đạo đức, lối sống.",
    ),
    *prose(
        "2023-H1",
        "Nhiệm vụ chính trị của đơn vị",
        "Chi bộ lãnh đạo nhà trường hoàn thành kế hoạch năm học 2022-2023: duy trì 12 nhóm lớp, nâng cao chất lượng chăm sóc, nuôi dưỡng, giáo dục trẻ; thực hiện tốt công tác phòng, chống dịch bệnh, không để xảy ra mất an toàn cho trẻ.",
    ),
    *prose(
        "2023-H1",
        "Chính quyền và đoàn thể",
        "Chi bộ lãnh đạo chính quyền thực hiện tốt quy chế dân chủ ở cơ sở; công đoàn chăm lo đời sống đoàn viên, tổ chức thành công Đại hội Công đoàn nhiệm kỳ 2023-2028; chi đoàn thanh niên hoạt động sôi nổi, là lực lượng xung kích của nhà trường.",
    ),
    *prose(
        "2023-H1",
        "Kiểm tra, giám sát",
        "Chi ủy xây dựng và thực hiện kế hoạch kiểm tra, giám sát năm 2023 đúng tiến độ; các đảng viên được kiểm tra, giám sát đều thực hiện tốt nhiệm vụ.",
    ),
    *prose(
        "2023-H1",
        "Đánh giá chung",
        "Sáu tháng đầu năm 2023, chi bộ đoàn kết, thống nhất, lãnh đạo nhà trường hoàn thành tốt các nhiệm vụ; chất lượng chăm sóc, giáo dục trẻ được nâng lên; đội ngũ đảng viên gương mẫu, nhiệt tình.",
    ),
    *prose(
        "2023-H1",
        "Tồn tại, hạn chế",
        "Đồ dùng, đồ chơi ngoài trời xuống cấp, chưa được thay thế kịp thời.",
        "Một số giáo viên trẻ còn hạn chế về kỹ năng tổ chức hoạt động cho trẻ.",
        "Nội dung một số buổi sinh hoạt chi bộ chưa phong phú.",
    ),
    *prose(
        "2023-H1",
        "Phương hướng, nhiệm vụ",
        "Tiếp tục tổ chức cho cán bộ, đảng viên học tập, quán triệt các nghị quyết, chỉ thị của Đảng gắn với nhiệm vụ của nhà trường.",
        "Làm tốt công tác phát triển đảng viên; phấn đấu kết nạp thêm 01 đảng viên mới trong 6 tháng cuối năm.",
        "Chuẩn bị tốt các điều kiện cho năm học 2023-2024; tham mưu đầu tư cơ sở vật chất, sân chơi cho trẻ.",
        "Tăng cường công tác kiểm tra, giám sát; đánh giá, xếp loại đảng viên cuối năm đúng quy định.",
    ),
    *prose(
        "2023",
        "Mở đầu",
        "Thực hiện nghị quyết của Đảng ủy xã Hòa Bình, chi bộ Trường Mầm non Hoa Sen báo cáo kết quả thực hiện nhiệm vụ năm 2023 như sau:",
    ),
    *prose(
        "2023",
        "Công tác xây dựng Đảng",
        "Chi bộ duy trì sinh hoạt thường kỳ hằng tháng và sinh hoạt chuyên đề hằng quý; làm tốt công tác phát triển đảng viên, quản lý đảng viên và công tác chuyển sinh hoạt đảng.",
    ),
    *prose(
        "2023",
        "Công tác chính trị, tư tưởng",
        "100% đảng viên được học tập, quán triệt nghị quyết; tư tưởng cán bộ, đảng viên ổn định, yên tâm công tác.",
    ),
    *prose(
        "2023",
        "Nhiệm vụ chính trị của đơn vị",
        "Nhà trường hoàn thành kế hoạch năm học 2022-2023 và triển khai tốt nhiệm vụ năm học 2023-2024 với 13 nhóm lớp.",
    ),
    *prose(
        "2023",
        "Chính quyền và đoàn thể",
        "Chính quyền, công đoàn, chi đoàn phối hợp chặt chẽ, thực hiện tốt các phong trào thi đua.",
    ),
    *prose("2023", "Kiểm tra, giám sát", "Chi bộ hoàn thành kế hoạch kiểm tra, giám sát năm 2023."),
    *prose(
        "2023",
        "Đánh giá chung",
        "Năm 2023, chi bộ lãnh đạo nhà trường hoàn thành tốt nhiệm vụ chính trị; nội bộ đoàn kết; đảng viên gương mẫu.",
    ),
    *prose(
        "2023",
        "Tồn tại, hạn chế",
        "Cơ sở vật chất một số phòng học chưa đáp ứng yêu cầu.",
        "Việc ứng dụng công nghệ thông tin của một số giáo viên còn hạn chế.",
    ),
    *prose(
        "2023",
        "Phương hướng, nhiệm vụ",
        "Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.",
        "Lãnh đạo nhà trường hoàn thành kế hoạch năm học 2023-2024.",
        "Phấn đấu kết nạp 02 đảng viên mới trong năm 2024.",
    ),
]


def plan_rows(key: str, section: str, *items: str, sub: str = "") -> list[dict]:
    return [{"Kỳ": key, "Mục": section, "Nội dung": text, "Mục con": sub} for text in items]


# the monthly meeting of 6 March (SH-2023-03): what the minutes and the resolution weave in
MEETING_PROSE = [
    *prose("SH-2023-03", "Đánh giá tháng",
           "Tháng 2, chi bộ lãnh đạo nhà trường tổ chức tốt các hoạt động mừng Đảng, mừng Xuân; 100% đảng viên chấp hành tốt nội quy, quy chế của đơn vị."),
    *prose("SH-2023-03", "Ý kiến thảo luận",
           "Đồng chí Trần Thị Hồng đề nghị chi bộ sớm hoàn thiện hồ sơ kết nạp quần chúng Lê Thị Ngọc Ánh.",
           "Đồng chí Vũ Thị Hoa đề xuất phân công đảng viên chuẩn bị nội dung sinh hoạt chuyên đề quý I."),
    *prose("SH-2023-03", "Kết luận",
           "Chi bộ thống nhất tổ chức lễ kết nạp đảng viên mới trong tháng 3; giao đồng chí Nguyễn Thị Thu Hà chuẩn bị nội dung sinh hoạt chuyên đề quý I."),
    *prose("SH-2023-03", "Nhiệm vụ tháng tới",
           "Tổ chức các hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3 và Ngày thành lập Đoàn 26/3."),
]  # fmt: skip

# the cell's year-end review (KD-2023): what `xlkit review 2023 --kind bao-cao` weaves in
REVIEW_PROSE = [
    *prose("KD-2023", "Ưu điểm",
           "Chi ủy, chi bộ đoàn kết, thống nhất; lãnh đạo nhà trường hoàn thành tốt nhiệm vụ năm học 2022-2023; duy trì nền nếp sinh hoạt, chất lượng sinh hoạt chi bộ có chuyển biến."),
    *prose("KD-2023", "Hạn chế, khuyết điểm",
           "Nội dung một số buổi sinh hoạt chi bộ chưa phong phú.",
           "Việc tự phê bình và phê bình có lúc chưa thẳng thắn."),
    *prose("KD-2023", "Nguyên nhân",
           "Thời gian dành cho sinh hoạt chi bộ còn phải lồng ghép với sinh hoạt chuyên môn."),
    *prose("KD-2023", "Kết quả khắc phục",
           "Hạn chế được chỉ ra năm 2022 về việc chậm cập nhật hồ sơ đảng viên đã được khắc phục."),
    *prose("KD-2023", "Phương hướng, biện pháp",
           "Đổi mới nội dung sinh hoạt chi bộ, gắn với nhiệm vụ chính trị của nhà trường.",
           "Phát huy tinh thần tự phê bình và phê bình trong chi bộ."),
]  # fmt: skip

# the annual plan (KH-2023), the political-task plan (NV-2023), the thematic plan (CD-2023), the
# term programme (CT)
PLANS = [
    *plan_rows("KH-2023", "Căn cứ", "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "Căn cứ Nghị quyết Đại hội Chi bộ lần thứ IX, nhiệm kỳ 2020-2025;",
               "Căn cứ Chương trình công tác năm 2023 của Đảng ủy xã Hòa Bình;"),
    *plan_rows("KH-2023", "Thuận lợi", "Đảng viên có lập trường chính trị vững vàng, đoàn kết, có tinh thần trách nhiệm trong công tác.",
               "Được sự quan tâm, chỉ đạo sát sao của Đảng ủy xã Hòa Bình."),
    *plan_rows("KH-2023", "Khó khăn", "Thời gian dành cho sinh hoạt chi bộ còn phải lồng ghép với sinh hoạt chuyên môn."),
    *plan_rows("KH-2023", "Nhiệm vụ chung", "Tập trung giáo dục chính trị tư tưởng, lãnh đạo thực hiện tốt nhiệm vụ chính trị của nhà trường.",
               "Củng cố tổ chức, làm tốt công tác phát triển đảng viên; xây dựng chi bộ trong sạch, vững mạnh."),
    *plan_rows("KH-2023", "Nhiệm vụ cụ thể", "Hoàn thành tốt kế hoạch năm học 2022-2023; xây dựng và thực hiện kế hoạch năm học 2023-2024.",
               "Đẩy mạnh đổi mới sáng tạo trong dạy và học, ứng dụng công nghệ thông tin.", sub="Chỉ đạo thực hiện nhiệm vụ chính trị của nhà trường"),
    *plan_rows("KH-2023", "Nhiệm vụ cụ thể", "Tổ chức học tập, quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng.",
               "Thực hiện Chỉ thị 05-CT/TW gắn với chuyên đề năm 2023.", sub="Công tác giáo dục chính trị tư tưởng"),
    *plan_rows("KH-2023", "Nhiệm vụ cụ thể", "Duy trì sinh hoạt chi bộ thường kỳ mỗi tháng một lần; sinh hoạt chuyên đề mỗi quý một lần.",
               "Bồi dưỡng quần chúng ưu tú, làm hồ sơ đề nghị kết nạp đảng viên mới.", sub="Công tác xây dựng Đảng"),
    *plan_rows("KH-2023", "Nhiệm vụ cụ thể", "Lãnh đạo công đoàn, chi đoàn hoạt động đúng điều lệ, phấn đấu hoàn thành tốt nhiệm vụ.",
               sub="Công tác lãnh đạo đoàn thể"),
    *plan_rows("KH-2023", "Nhiệm vụ cụ thể", "Xây dựng và thực hiện kế hoạch kiểm tra, giám sát năm 2023; thu, nộp đảng phí đúng quy định.",
               sub="Công tác kiểm tra, giám sát và tài chính đảng"),
    *plan_rows("KH-2023", "Giải pháp", "Tăng cường sự lãnh đạo của chi ủy, phối hợp chặt chẽ với chính quyền và các đoàn thể.",
               "Khen thưởng kịp thời tập thể, cá nhân có thành tích; nhắc nhở kịp thời đảng viên còn hạn chế."),
    *plan_rows("NV-2023", "Thuận lợi", "Chi ủy có năng lực, phát huy tốt vai trò trách nhiệm được phân công."),
    *plan_rows("NV-2023", "Khó khăn", "Một số đảng viên còn ngại va chạm trong tự phê bình và phê bình."),
    *plan_rows("NV-2023", "Xây dựng Đảng, hệ thống chính trị", "Tổ chức quán triệt nghiêm túc chủ trương của Đảng, pháp luật của Nhà nước.",
               sub="Lãnh đạo công tác chính trị tư tưởng"),
    *plan_rows("NV-2023", "Xây dựng Đảng, hệ thống chính trị", "Nâng cao chất lượng sinh hoạt chi bộ; quản lý, phân công nhiệm vụ cho đảng viên.",
               sub="Công tác tổ chức, cán bộ và xây dựng chi bộ"),
    *plan_rows("NV-2023", "Xây dựng Đảng, hệ thống chính trị", "Lãnh đạo công đoàn, chi đoàn phối hợp hoạt động đồng bộ, hiệu quả.",
               sub="Lãnh đạo chính quyền và các đoàn thể"),
    *plan_rows("NV-2023", "Xây dựng Đảng, hệ thống chính trị", "Thực hiện kế hoạch kiểm tra, giám sát đảng viên chấp hành Điều lệ Đảng.",
               sub="Công tác kiểm tra, giám sát và kỷ luật đảng"),
    *plan_rows("NV-2023", "Nhiệm vụ chính trị", "Huy động trẻ trong độ tuổi ra lớp; duy trì sĩ số, không để trẻ bỏ học.", sub="Về công tác huy động trẻ"),
    *plan_rows("NV-2023", "Nhiệm vụ chính trị", "Nâng cao chất lượng chăm sóc, nuôi dưỡng, giáo dục trẻ theo Chương trình giáo dục mầm non.",
               sub="Chất lượng chăm sóc, giáo dục"),
    *plan_rows("NV-2023", "Tổ chức thực hiện", "Chi ủy phân công đảng viên phụ trách từng nội dung, định kỳ kiểm tra, đánh giá kết quả thực hiện."),
    *plan_rows("CD-2023", "Mục đích", "Nâng cao nhận thức của đảng viên về vai trò của chi bộ; gắn sinh hoạt chuyên đề với nhiệm vụ chính trị của nhà trường."),
    *plan_rows("CD-2023", "Yêu cầu", "Mỗi quý tổ chức ít nhất một buổi sinh hoạt chuyên đề; đảng viên được phân công chuẩn bị nội dung chu đáo."),
    *plan_rows("CD-2023", "Biện pháp thực hiện", "Chi ủy xây dựng nội dung sinh hoạt cụ thể cho từng quý, chuẩn bị trước khi tổ chức sinh hoạt.",
               "Đảng viên tọa đàm, thảo luận; ghi đầy đủ biên bản sinh hoạt chuyên đề hằng quý.", "Báo cáo Đảng ủy xã kết quả thực hiện."),
    *plan_rows("CT", "Chương trình công tác", "Chỉ đạo thực hiện tốt Nghị quyết Đại hội Đảng các cấp.",
               "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", sub="Các công tác trọng tâm của chi bộ"),
    *plan_rows("CT", "Chương trình công tác", "Làm tốt công tác phát triển đảng viên hằng năm.", sub="Công tác xây dựng Đảng"),
    *plan_rows("CT", "Chương trình công tác", "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm.",
               "Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý và giảng dạy.", sub="Phát triển và nâng cao chất lượng giáo dục"),
    *plan_rows("CT", "Chương trình công tác", "Tham mưu đầu tư cơ sở vật chất, phòng học, trang thiết bị theo hướng chuẩn.", sub="Xây dựng cơ sở vật chất"),
]  # fmt: skip

ROWS = {
    "Đảng viên": MEMBERS,
    "Chỉ tiêu": TARGETS,
    "Số liệu": FIGURES,
    "Sinh hoạt": MEETINGS,
    "Chuyên đề": THEMATIC,
    "Kế hoạch tháng": MONTHLY,
    "Phát triển Đảng": DEVELOPMENT,
    "Kiểm tra giám sát": INSPECTIONS,
    "Thi đua khen thưởng": AWARDS,
    "Nội dung báo cáo": PROSE + PLANS + MEETING_PROSE + REVIEW_PROSE,
}


def main(target: Path = HERE / f"vi-du-{YEAR}.xlsx") -> Path:
    write_workbook(target, year=YEAR, info=INFO, rows=ROWS)
    return target


if __name__ == "__main__":
    print(main())
