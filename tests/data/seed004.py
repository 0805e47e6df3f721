"""Seed 004 (../shared/seeds/004_37803d25543da2a1.txt) typed into a workbook, value by value, the
way its secretary would type them: "98%", "95.0%", "trên 400", "02-03", "171.59", school year "Năm
học 2022-2023".

The figures, sub-sections, awards and prose are the seed's; the names the seed does not give
(members, the commune) are invented. `xlkit report 2023-H1` on it is
tests/golden/seed-004-2023-H1.txt. Run: python tests/data/seed004.py [PATH]
"""

from __future__ import annotations

import sys
from datetime import date as d
from pathlib import Path

from xlkit.workbooks.template import write_workbook

HERE = Path(__file__).resolve().parent
H1, SCHOOL_YEAR = "2023-H1", "Năm học 2022-2023"

INFO = {
    "Đảng bộ cấp trên": "ĐẢNG BỘ XÃ TIÊN MINH",
    "Tên chi bộ": "CHI BỘ TRƯỜNG|MẦM NON TIÊN MINH",  # the secretary's own line break in the header
    "Ký hiệu chi bộ": "CBMN",
    "Địa danh": "Tiên Lãng",
    "Bí thư": "Vũ Thị Xuyên",
    "Đơn vị": "Trường Mầm non Tiên Minh",
    "Nơi nhận": [
        "Thường trực Đảng ủy (để b/c);",
        "UVBTV ĐU phụ trách CB (để b/c);",
        "Đ/c cán bộ theo dõi đơn vị;",
        "Cấp ủy, đảng viên chi bộ;",
        "Lưu: CB.",
    ],
    "Ký thay mặt": "T/M CẤP ỦY",
    "Chức vụ người ký": "BÍ THƯ",
}


def member(
    name: str, born: d, joined: d, official: d | None, role: str = "", job: str = "Giáo viên"
) -> dict:
    return {
        "Họ và tên": name,
        "Ngày sinh": born,
        "Giới tính": "Nữ",
        "Dân tộc": "Kinh",
        "Ngày vào Đảng": joined,
        "Ngày chính thức": official,
        "Chức vụ Đảng": role,
        "Chức vụ chính quyền": job,
        "Trình độ chuyên môn": "Đại học",
        "Lý luận chính trị": "Sơ cấp",
    }


MEMBERS = [
    member("Vũ Thị Xuyên", d(1975, 3, 8), d(2000, 5, 19), d(2001, 5, 19), "Bí thư", "Hiệu trưởng"),
    member(
        "Phạm Thị Hằng",
        d(1980, 6, 2),
        d(2006, 2, 3),
        d(2007, 2, 3),
        "Phó Bí thư",
        "Phó Hiệu trưởng",
    ),
    member(
        "Nguyễn Thị Thoa",
        d(1983, 9, 14),
        d(2009, 11, 7),
        d(2010, 11, 7),
        "Chi ủy viên",
        "Phó Hiệu trưởng",
    ),
    member("Đỗ Thị Lan", d(1984, 1, 20), d(2011, 3, 26), d(2012, 3, 26)),
    member("Trần Thị Mai", d(1986, 4, 30), d(2012, 9, 2), d(2013, 9, 2)),
    member("Bùi Thị Hạnh", d(1987, 12, 1), d(2014, 5, 19), d(2015, 5, 19)),
    member("Lê Thị Thu", d(1988, 7, 7), d(2015, 12, 22), d(2016, 12, 22)),
    member("Hoàng Thị Dung", d(1989, 2, 11), d(2017, 6, 10), d(2018, 6, 10)),
    member("Ngô Thị Yến", d(1990, 10, 5), d(2018, 8, 19), d(2019, 8, 19)),
    member("Đinh Thị Phương", d(1991, 3, 3), d(2020, 2, 3), d(2021, 2, 3)),
    member("Vũ Thị Nữ", d(1995, 8, 16), d(2023, 5, 19), None),
]

DEVELOPMENT = [
    {
        "Họ và tên": "Vũ Thị Nữ",
        "Ngày sinh": d(1995, 8, 16),
        "Ngày hoàn thiện hồ sơ": d(2023, 3, 20),
        "Ngày kết nạp": d(2023, 5, 19),
    },
    {
        "Họ và tên": "Lê Thị Kim Liên",
        "Ngày sinh": d(1998, 2, 9),
        "Ngày học lớp nhận thức": d(2022, 10, 12),
        "Ngày hoàn thiện hồ sơ": d(2023, 6, 12),
    },
]

TARGETS = [
    {
        "Mã": "CT01",
        "Lĩnh vực": "Xây dựng Đảng",
        "Nội dung": "Kết nạp đảng viên mới",
        "Đơn vị tính": "đ/c",
        "Kế hoạch năm": "02-03",
        "Kế hoạch 6 tháng": "01",
        "Nguồn số liệu": "members.admitted",
    },
    {
        "Mã": "CT02",
        "Lĩnh vực": "Chính trị tư tưởng",
        "Nội dung": "Cán bộ, đảng viên được bồi dưỡng chính trị, học tập nghị quyết",
        "Đơn vị tính": "%",
        "Kế hoạch năm": "100%",
        "Thực hiện 6 tháng đầu": "100%",
    },
    {
        "Mã": "CT03",
        "Lĩnh vực": "Nhiệm vụ chính trị",
        "Nội dung": "Huy động trẻ đến trường năm học 2023-2024",
        "Đơn vị tính": "%",
        # its result comes with the new school year: not yet assessed in H1
        "Kế hoạch năm": "81,7%",
    },
]


def figure(
    code: str,
    name: str,
    value,
    total=None,
    unit: str = "",
    form: str = "",
    sub: str = "",
    base: str = "",
    period: str = SCHOOL_YEAR,
) -> dict:
    return {
        "Mã": code,
        "Nội dung": name,
        "Kỳ": period,
        "Số đạt": value,
        "Tổng số": total,
        "Đơn vị tính": unit,
        "Dạng": form,
        "Mục con": sub,
        "So với": base,
    }


QTY, QUALITY, RULES, INSPECT, EQUIP = (
    "Số lượng",
    "Chất lượng",
    "Thực hiện nội quy",
    "Công tác thanh, kiểm tra",
    "Cơ sở vật chất",
)
# the seed's unnumbered headings inside 3.2
EDUCATION, CARE = "Chất lượng › Chất lượng giáo dục", "Chất lượng › Chất lượng chăm sóc, nuôi dưỡng"
FIGURES = [
    figure("F01", "Tổng số lớp", 12, unit="lớp", sub=QTY),
    figure("F02", "Số trẻ đến trường cuối năm học", 380, unit="cháu", sub=QTY),
    figure(
        "F03",
        "Sáng kiến được xếp loại, công nhận phạm vi ảnh hưởng cấp trường",
        9,
        9,
        "SK",
        "Phân số",
        EDUCATION,
    ),
    figure(
        "F04",
        "Số lớp thi đua “Đổi mới sáng tạo trong dạy và học”",
        12,
        12,
        "lớp",
        "Tỷ số",
        EDUCATION,
    ),
    figure("F05", "Số trẻ xếp loại đạt chuẩn", 367, 380, "cháu", sub=EDUCATION),
    figure("F06", "Số trẻ xếp loại cần cố gắng", 13, 380, "cháu", "Số lượng và tỷ lệ", EDUCATION),
    figure("F07", "Riêng trẻ 5 tuổi đạt chuẩn độ tuổi", "98%", form="Tỷ lệ", sub=EDUCATION),
    figure("F08", "Số trẻ phát triển bình thường học kỳ 2", "95.0%", form="Tỷ lệ", sub=CARE),
    figure(
        "F09", "Tỷ lệ trẻ phát triển bình thường", "3,6%", form="Tăng", sub=CARE, base="đầu năm"
    ),
    figure(
        "F10", "Điểm đánh giá các tiêu chí thi đua cuối năm học", "171.59", 200, "điểm", sub=CARE
    ),
    figure("F11", "Xếp hạng thi đua", 9, 23, "trường MN toàn huyện", "Thứ hạng", CARE),
    figure(
        "F12",
        "CB, ĐV, GV, NV chấp hành nghiêm nội quy, quy định của nhà trường",
        "100%",
        form="Tỷ lệ",
        sub=RULES,
        period=H1,
    ),
    figure(
        "F13",
        "Giáo viên được kiểm tra toàn diện mỗi tháng",
        "2-3",
        unit="giáo viên",
        sub=INSPECT,
        period=H1,
    ),
    figure(
        "F14",
        "Số nhóm lớp có đầy đủ đồ dùng, đồ chơi theo văn bản hợp nhất số 01 của BGD&ĐT",
        12,
        12,
        "nhóm lớp",
        sub=EQUIP,
    ),
    figure("F15", "Số nhóm, lớp có máy vi tính", 12, 12, "nhóm lớp", sub=EQUIP),
    figure(
        "F16",
        "Tổng kinh phí mua sắm đồ dùng, thiết bị cho trẻ trong năm học",
        "trên 400",
        unit="triệu đồng",
        sub=EQUIP,
    ),
]

AWARDS = [
    {
        "Kỳ": SCHOOL_YEAR,
        "Đối tượng": "Trần Thị Mai",
        "Danh hiệu": "Bằng khen",
        "Cơ quan khen": "UBND thành phố",
        "Trạng thái": "Đề nghị",
    },
    {
        "Kỳ": SCHOOL_YEAR,
        "Đối tượng": "Cán bộ, giáo viên",
        "Số lượng": 4,
        "Danh hiệu": "Chiến sĩ thi đua cơ sở",
        "Trạng thái": "Đề nghị",
    },
    {
        "Kỳ": SCHOOL_YEAR,
        "Đối tượng": "Cán bộ, giáo viên, nhân viên",
        "Số lượng": 29,
        "Danh hiệu": "Lao động tiên tiến",
    },
    {
        "Kỳ": SCHOOL_YEAR,
        "Đối tượng": "Nguyễn Thị Hương",
        "Loại đối tượng": "Giáo viên",
        "Danh hiệu": "lao động giỏi tiêu biểu",
        "Hình thức": "Biểu dương",
        "Cơ quan khen": "Liên đoàn lao động huyện",
    },
    {
        "Kỳ": SCHOOL_YEAR,
        "Đối tượng": "Tập thể Trường Mầm non Tiên Minh",
        "Danh hiệu": "Tập thể lao động tiên tiến",
        "Trạng thái": "Đề nghị",
    },
]


def prose(section: str, *texts: str, sub: str = "") -> list[dict]:
    return [{"Kỳ": H1, "Mục": section, "Nội dung": text, "Mục con": sub} for text in texts]


PROSE = [
    *prose(
        "Mở đầu",
        "Dưới sự chỉ đạo sát sao của cấp ủy, chi bộ trường mầm non đã thực hiện thắng lợi mọi nhiệm vụ, chỉ tiêu kế hoạch 6 tháng đầu năm 2023 "
        "đã đề ra. Cụ thể về các mặt như sau:",
    ),
    *prose(
        "Công tác xây dựng Đảng",
        "Cấp ủy đã luôn đổi mới phương thức lãnh đạo, chỉ đạo, điều hành trong chi bộ. Duy trì nền nếp sinh hoạt chi bộ, luôn chú trọng đến nội "
        "dung, hình thức sinh hoạt chi bộ, nêu cao nguyên tắc tập trung dân chủ trong hội họp.",
        "Tất cả đảng viên trong chi bộ đều chấp hành tốt Điều lệ Đảng, thực hiện tốt các Nghị quyết, Chỉ thị, quy định của cấp ủy các cấp.",
        "Chi bộ làm tốt công tác giáo dục, bồi dưỡng, quản lý và phân công công tác cho đảng viên; đảng viên gương mẫu thực hiện tốt nghĩa vụ nơi cư trú.",
    ),
    *prose(
        "Công tác chính trị, tư tưởng",
        "Chi bộ làm tốt công tác tuyên truyền giáo dục tư tưởng, quan điểm, đường lối của Đảng, chính sách, pháp luật của Nhà nước cho đội ngũ đảng "
        "viên, GV, NV trong trường.",
        "Tổ chức cho CB đảng viên học tập, quán triệt Nghị quyết 07 của BTV Thành uỷ và Chương trình hành động số 04 thực hiện NQ số 07 của BTV TU.",
        "Cán bộ, giáo viên, nhân viên tích cực tu dưỡng rèn luyện, thực hiện tốt Chỉ thị 05 của Bộ Chính trị, chuyên đề năm 2023.",
        "Thường xuyên coi trọng việc kiểm điểm tự phê bình và phê bình theo tinh thần Nghị quyết Trung ương 4 (khoá XII).",
    ),
    *prose(
        "Nhiệm vụ chính trị của đơn vị",
        "Chi bộ đã có những biện pháp chỉ đạo sát sao, thường xuyên duy trì và nâng cao chất lượng toàn diện trong trường; đa số các lớp đều vượt cháu.",
        sub=QTY,
    ),
    *prose(
        "Nhiệm vụ chính trị của đơn vị",
        "Chi bộ thường xuyên kết hợp với chính quyền chỉ đạo hoàn thành xuất sắc các đợt chuyên đề, thực hiện chương trình giáo dục mầm non theo "
        "Thông tư 28 của Bộ Giáo dục và Đào tạo.",
        sub=EDUCATION,
    ),
    *prose(
        "Nhiệm vụ chính trị của đơn vị",
        "Chi bộ chỉ đạo nâng cao chất lượng toàn diện, chất lượng chăm sóc nuôi dưỡng các cháu học kỳ 2.",
        "Thực hiện công tác phòng, chống dịch bệnh: triển khai kịp thời các công văn chỉ đạo của các cấp, không để xảy ra dịch bệnh tại trường.",
        sub=CARE,
    ),
    *prose(
        "Nhiệm vụ chính trị của đơn vị",
        "Cấp uỷ chỉ đạo xây dựng nội quy và các tiêu chí thi đua phù hợp với đặc thù công việc của đơn vị; hàng tháng họp tổng kết nhận xét đánh "
        "giá công minh khách quan.",
        sub=RULES,
    ),
    *prose(
        "Nhiệm vụ chính trị của đơn vị",
        "Chi bộ kết hợp với chính quyền chỉ đạo tốt các đợt kiểm tra theo định kỳ, kiểm tra đột xuất, kiểm tra theo các chuyên đề; lấy kết quả "
        "kiểm tra là một trong những tiêu chí để bình xét thi đua trong năm học.",
        sub=INSPECT,
    ),
    *prose(
        "Nhiệm vụ chính trị của đơn vị",
        "Tăng cường đầu tư cơ sở vật chất, thiết bị giáo dục mầm non.",
        sub=EQUIP,
    ),
    *prose(
        "Chính quyền và đoàn thể",
        "Chi bộ chỉ đạo nâng cao chất lượng hoạt động của các tổ chuyên môn, đổi mới các nội dung sinh hoạt chuyên môn phù hợp với điều kiện "
        "thực tiễn của đơn vị.",
        "Thực hiện tốt quy chế dân chủ ở cơ sở, chú trọng việc đào tạo, bồi dưỡng đội ngũ giáo viên nhiệt tình, sáng tạo.",
        sub="Lãnh đạo chính quyền",
    ),
    *prose(
        "Chính quyền và đoàn thể",
        "Công đoàn phối hợp với chính quyền chỉ đạo đoàn viên thực hiện tốt các cuộc vận động, các phong trào thi đua; tổ chức thành công Đại hội "
        "công đoàn NK 2023-2028.",
        "Lãnh đạo đoàn thanh niên: chỉ đạo đoàn TN hoạt động sôi nổi, tổ chức hiệu quả các hoạt động chào mừng 26-3 ngày thành lập Đoàn TN CS HCM.",
        sub="Lãnh đạo công đoàn",
    ),
    *prose(
        "Đánh giá chung",
        "Trong 6 tháng đầu năm 2023 chi bộ mầm non đã chỉ đạo mọi hoạt động của nhà trường, công đoàn, chi đoàn tiếp tục đi vào nề nếp, có chiều sâu.",
        "Đội ngũ đảng viên, giáo viên, nhân viên đoàn kết nhiệt tình, trách nhiệm đối với trẻ. Chất lượng nuôi dạy trẻ được nâng lên một cách toàn diện.",
    ),
    *prose(
        "Tồn tại, hạn chế",
        "Đồ dùng, đồ chơi cũ hỏng xuống cấp, đồ chơi chất lượng cao chưa nhiều.",
        "Một số giáo viên mới nghệ thuật lên lớp cũng như năng lực chuyên môn còn hạn chế.",
        "Dãy nhà 2 tầng hướng Đông xuống cấp, sân chơi chưa được lát gạch; thiếu các phòng chức năng cho trẻ hoạt động, thiếu 01 phòng hiệu bộ.",
    ),
    *prose(
        "Phương hướng, nhiệm vụ",
        "Cấp ủy tiếp tục tổ chức cho CB, ĐV học tập đầy đủ các Chỉ thị, Nghị quyết, Kết luận, Quy định của Đảng các cấp.",
        "Làm tốt công tác xây dựng Đảng, chính quyền, vận động quần chúng.\nChỉ đạo nâng cao chất lượng hoạt động của công đoàn; coi trọng việc "
        "kết nạp Đảng trong thanh niên.",
        "Lãnh đạo tiếp tục thực hiện tốt Chỉ thị số 05-CT/TW của Bộ Chính trị, chuyên đề năm 2023.",
        "Tăng cường công tác tham mưu UBND huyện, UBND xã quan tâm đầu tư cơ sở vật chất.\nTăng cường ứng dụng CNTT gắn với chuyển đổi số.",
        "Chỉ đạo tiếp tục nâng cao chất lượng toàn diện trong nhà trường.",
        "Chỉ đạo bồi dưỡng đội ngũ giáo viên nâng cao chất lượng về mọi mặt.",
        "Thực hiện tốt các cuộc vận động và các phong trào thi đua; thực hiện tốt công tác tuyển sinh năm học 2023-2024.",
        "Đẩy mạnh cuộc vận động xây dựng chỉnh đốn Đảng, nâng cao năng lực lãnh đạo và sức chiến đấu của chi bộ.",
        "Tăng cường công tác kiểm tra, giám sát của cấp uỷ đối với cán bộ, đảng viên, giáo viên, nhân viên.",
        "Hàng tháng đối chiếu các tiêu chí thi đua để đánh giá xếp loại đảng viên, quần chúng.",
    ),
    *prose(
        "Kết thúc",
        "Trên đây là báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023, phương hướng nhiệm vụ trọng tâm 6 tháng cuối năm 2023. Kính mong "
        "tiếp tục được sự quan tâm giúp đỡ của các đ/c lãnh đạo giúp đơn vị thực hiện thắng lợi mọi chỉ tiêu kế hoạch đã đề ra./.",
    ),
]

ROWS = {
    "Đảng viên": MEMBERS,
    "Chỉ tiêu": TARGETS,
    "Số liệu": FIGURES,
    "Phát triển Đảng": DEVELOPMENT,
    "Thi đua khen thưởng": AWARDS,
    "Nội dung báo cáo": PROSE,
}


def main(target: Path) -> Path:
    write_workbook(target, year=2023, info=INFO, rows=ROWS)
    return target


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "seed-004-2023.xlsx"))
