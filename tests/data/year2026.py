"""Write `tests/data/so-2026-thcs.xlsx`: a fictional secondary school's cell in 2026, under QĐ 366
(scores out of 100, split 30 + 70), with party fees in arrears, a probation ending, a badge due in
the next rounds, December's meeting not yet held: the secretary's year as of early December.

Every name and figure here is invented. Run: python tests/data/year2026.py
"""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

from xlkit.workbooks.template import write_workbook

HERE = Path(__file__).resolve().parent
TARGET = HERE / "so-2026-thcs.xlsx"
XS, TOT, HT = "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"

INFO = {
    "Đảng bộ cấp trên": "ĐẢNG BỘ PHƯỜNG AN PHÚ",
    "Tên chi bộ": "CHI BỘ TRƯỜNG THCS LÊ LỢI",
    "Ký hiệu chi bộ": "CB",
    "Địa danh": "An Phú",
    "Bí thư": "Hồ Văn Nam",
    "Nhiệm kỳ": "2025-2030",
    "Đơn vị": "Trường THCS Lê Lợi",
    "Chi bộ tự xếp loại": "Hoàn thành tốt nhiệm vụ",
    "Loại chi bộ": "Chi bộ trực thuộc đảng ủy cơ sở",
    "Ký thay mặt": "T/M CHI ỦY",
}


def member(n, name, born, joined, official, party, job, score=None, parts=None, **more):
    general, tasks = parts or (None, None)
    return {
        "STT": n,
        "Họ và tên": name,
        "Ngày sinh": born,
        "Giới tính": more.pop("sex", "Nữ"),
        "Dân tộc": "Kinh",
        "Ngày vào Đảng": joined,
        "Ngày chính thức": official,
        "Chức vụ Đảng": party,
        "Chức vụ chính quyền": job,
        "Trình độ chuyên môn": "Đại học",
        "Lý luận chính trị": "Sơ cấp",
        "Điểm": score,
        "Điểm tiêu chí chung": general,
        "Điểm thực hiện nhiệm vụ": tasks,
        **more,
    }


MEMBERS = [
    member(1, "Hồ Văn Nam", d(1975, 3, 2), d(2001, 5, 19), d(2002, 5, 19), "Bí thư",
           "Hiệu trưởng", 92, (28, 64), sex="Nam"),
    member(2, "Lê Thị Thanh Hương", d(1980, 8, 9), d(2006, 9, 2), d(2007, 9, 2), "Phó Bí thư",
           "Phó Hiệu trưởng", 88, (27, 61)),
    member(3, "Trần Quốc Bảo", d(1972, 1, 20), d(1997, 2, 3), d(1998, 2, 3), "Đảng viên",
           "Giáo viên", 85, sex="Nam"),  # 30 years on 3/2/2027
    member(4, "Nguyễn Thị Lụa", d(1985, 6, 6), d(2010, 11, 7), d(2011, 11, 7), "Đảng viên",
           "Tổ trưởng chuyên môn", 79),
    member(5, "Phạm Thị Hạnh", d(1988, 2, 14), d(2014, 3, 26), d(2015, 3, 26), "Đảng viên",
           "Giáo viên", 72),
    member(6, "Đoàn Minh Tú", d(1990, 10, 1), d(2016, 5, 19), d(2017, 5, 19), "Đảng viên",
           "Giáo viên", 91, sex="Nam"),
    member(7, "Vũ Thị Oanh", d(1987, 4, 4), d(2012, 1, 9), d(2013, 1, 9), "Đảng viên",
           "Kế toán", 64),
    member(8, "Mai Văn Thành", d(1960, 12, 12), d(1986, 9, 2), d(1987, 9, 2), "Đảng viên",
           "Nghỉ hưu"),  # not in the political system: form 2C
    member(9, "Cao Thị Yến", d(1998, 7, 7), d(2026, 1, 26), None, "Đảng viên", "Giáo viên",
           75),  # probation ends 26/1/2027
    member(10, "Lý Thị Ngân", d(1999, 9, 9), d(2026, 8, 19), None, "Đảng viên", "Giáo viên"),
    member(11, "Tô Văn Khải", d(1970, 5, 5), d(1995, 6, 1), d(1996, 6, 1), "Đảng viên",
           "Giáo viên", Tình_trạng="Miễn sinh hoạt", sex="Nam"),
]  # fmt: skip
for row in MEMBERS:  # Tình trạng is not a Python name: given with an underscore above
    if "Tình_trạng" in row:
        row["Tình trạng"] = row.pop("Tình_trạng")

MEETINGS = [
    {
        "Ngày": d(2026, m, 5),
        "Loại": "Thường kỳ" if m not in (3, 6, 9) else "Thường kỳ và chuyên đề",
        "Nội dung": f"Đánh giá tháng {m - 1 or 12}, triển khai nhiệm vụ tháng {m}",
        # members called: 9 in January, 10 from February (Cao Thị Yến), 11 from September (Lý Thị
        # Ngân); Tô Văn Khải, exempt, is the one excused
        "Có mặt": (8 if m == 1 else 9 if m < 9 else 10) - (m == 4),
        "Vắng có lý do": 1,
        "Vắng không lý do": 0 if m != 4 else 1,
        "Biên bản": "Có",
        "Thời lượng (phút)": 120 if m in (3, 6, 9) else (95 if m != 4 else 80),
    }
    for m in range(1, 12)
]
MEETINGS[10].update(
    {
        "Chủ trì": "Hồ Văn Nam",
        "Người ghi biên bản": "Lê Thị Thanh Hương",
        "Người vắng": "Đ/c Tô Văn Khải (miễn sinh hoạt)",
        "Địa điểm": "Phòng họp Hội đồng Trường THCS Lê Lợi",
    }
)

THEMATIC = [
    {"Quý": q, "Chủ đề": topic, "Người chuẩn bị": who, "Thời gian dự kiến": when}
    for q, topic, who, when in (
        (1, "Học tập Nghị quyết Đại hội XIV của Đảng", "Hồ Văn Nam", "Tháng 3/2026"),
        (2, "Nêu gương của đảng viên trong nhà trường", "Lê Thị Thanh Hương", "Tháng 6/2026"),
        (3, "Chuyển đổi số trong dạy học", "Đoàn Minh Tú", "Tháng 9/2026"),
        (4, "Văn hóa học đường", "Nguyễn Thị Lụa", d(2026, 12, 18)),
    )
]

MONTHLY = [
    {"Tháng": 10, "Nội dung hoạt động": "Kiểm tra hồ sơ chuyên môn", "Phụ trách": "Phó Bí thư",
     "Kết quả": "Đã thực hiện"},
    {"Tháng": 10, "Nội dung hoạt động": "Thăm gia đình học sinh khó khăn", "Phụ trách": "Chi ủy",
     "Kết quả": "Chưa thực hiện"},
    {"Tháng": 11, "Nội dung hoạt động": "Thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
     "Phụ trách": "Bí thư", "Kết quả": "Đã thực hiện"},
    {"Tháng": 11, "Nội dung hoạt động": "Hội giảng cấp trường", "Phụ trách": "Phó Hiệu trưởng",
     "Kết quả": "Đã thực hiện"},
    {"Tháng": 12, "Nội dung hoạt động": "Kiểm điểm, đánh giá, xếp loại đảng viên năm 2026",
     "Phụ trách": "Bí thư"},
    {"Tháng": 12, "Nội dung hoạt động": "Sơ kết học kỳ I năm học 2026-2027", "Phụ trách": "Chi ủy"},
]  # fmt: skip

# fees paid January to November, but for Vũ Thị Oanh (from August) and Cao Thị Yến (October)
FEES = [
    {"Họ và tên": m["Họ và tên"], "Tháng": month, "Số tiền": 30000, "Ngày nộp": d(2026, month, 10)}
    for m in MEMBERS
    for month in range(1, 12)
    if m["Ngày vào Đảng"] <= d(2026, month, 28)
    and not (m["Họ và tên"] == "Vũ Thị Oanh" and month >= 8)
    and not (m["Họ và tên"] == "Cao Thị Yến" and month == 10)
]

PROSE = [
    {"Kỳ": "SH-2026-11", "Mục": "Kết luận", "Nội dung": text}
    for text in ("Chi bộ thống nhất tổ chức thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11.",)
] + [
    {"Kỳ": "KD-2026", "Mục": section, "Nội dung": text}
    for section, text in (
        ("Ưu điểm", "Chi bộ lãnh đạo nhà trường hoàn thành tốt nhiệm vụ năm học 2025-2026."),
        ("Hạn chế, khuyết điểm", "Một buổi sinh hoạt tháng 4 chưa đủ thời lượng."),
        ("Phương hướng, biện pháp", "Bảo đảm thời lượng sinh hoạt chi bộ theo Hướng dẫn 42."),
    )
]

ROWS = {
    "Đảng viên": MEMBERS,
    "Sinh hoạt": MEETINGS,
    "Chuyên đề": THEMATIC,
    "Kế hoạch tháng": MONTHLY,
    "Đảng phí": FEES,
    "Nội dung báo cáo": PROSE,
}


def main(target: Path = TARGET) -> Path:
    write_workbook(target, year=2026, info=INFO, rows=ROWS)
    return target


if __name__ == "__main__":
    print(main())
