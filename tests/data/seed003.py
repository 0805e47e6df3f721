"""Seed 003 (../shared/seeds/003_621002c6824fed96.txt), the thematic-meeting plan of a kindergarten
cell (2022), typed into a workbook as its secretary would keep it: her ground, her opening, her
aims and requirements, one theme a quarter (`Chuyên đề`), her measures, her closing sentence.

The members are invented. `xlkit plan 2022 --kind chuyen-de` on it is held to the seed by
tests/documents/test_plan_seeds.py. Run: python tests/data/seed003.py [PATH]
"""

from __future__ import annotations

import sys
from datetime import date as d
from pathlib import Path

from xlkit.workbooks.template import write_workbook

HERE = Path(__file__).resolve().parent
YEAR, KEY, DAY = 2022, "CD-2022", d(2022, 1, 10)

INFO = {
    "Đảng bộ cấp trên": "ĐẢNG BỘ PHƯỜNG MỸ HÒA",
    "Tên chi bộ": "CHI BỘ MẦM NON MỸ HÒA",
    "Ký hiệu chi bộ": "CB",
    "Địa danh": "Mỹ Hòa",
    "Bí thư": "Lê Thị Thu",
    "Đơn vị": "Trường Mầm non Mỹ Hòa",
}

MEMBERS = [
    {
        "Họ và tên": f"Đảng viên {n:02d}" if n > 1 else "Lê Thị Thu",
        "Ngày sinh": d(1980 + n, 6, n),
        "Giới tính": "Nữ",
        "Dân tộc": "Kinh",
        "Ngày vào Đảng": d(2004 + n, 2, 3),
        "Ngày chính thức": d(2005 + n, 2, 3),
        "Chức vụ Đảng": "Bí thư" if n == 1 else "",
        "Chức vụ chính quyền": "Giáo viên",
        "Trình độ chuyên môn": "Đại học",
        "Lý luận chính trị": "Sơ cấp",
    }
    for n in range(1, 8)
]

THEMES = [
    "Xây dựng, chuẩn bị các phương án đảm bảo an toàn cho trẻ quay trở lại trường học trực tiếp "
    "trong bối cảnh dịch bệnh Covid-19.",
    "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh.",
    "Xây dựng môi trường thiên nhiên lấy trẻ làm trung tâm",
    "Công tác phát triển đảng viên mới trong chi bộ.",
]


def prose(section: str, texts: list[str]) -> list[dict]:
    return [{"Kỳ": KEY, "Mục": section, "Nội dung": t} for t in texts]


PROSE = [
    *prose(
        "Căn cứ",
        [
            "Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 06 tháng 7 năm 2018 của Ban Tổ chức Trung "
            "ương “ Một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ” và Hướng dẫn số 02 – "
            "HD/TU ngày 22 tháng 03 năm 2019 của Thành ủy Thành phố Hồ Chí Minh về nội dung sinh "
            "hoạt và tiêu chí đánh giá chất lượng sinh hoạt chi bộ.",
        ],
    ),
    *prose(
        "Mở đầu",
        ["Chi bộ Mầm Non Mỹ Hòa xây dựng kế hoạch tổ chức sinh hoạt chuyên đề năm 2022 như sau:"],
    ),
    *prose(
        "Mục đích",
        [
            "Làm cho cán bộ và đảng viên nhận thức sâu sắc về vai trò, vị trí quan trọng của tổ "
            "chức cơ sở đảng và của chi bộ; ý nghĩa quan trọng của việc nâng cao chất lượng sinh "
            "hoạt cho bộ đối với việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở "
            "đảng và chất lượng đội ngũ cán bộ, đảng viên",
            "Việc đổi mới nội dung, hình thức và nâng cao chất lượng sinh hoat chi bộ phải gắn "
            "với đẩy mạnh thực hiện việc học tập tư tưởng và làm theo tấm gương đạo đức Hồ Chí "
            "Minh; làm cho mọi đảng viên nâng cao nhận thức; tự giác chấp hành các chủ trương, "
            "đường lối của Đảng, chính sách, pháp luật của Nhà nước, thực hiện tốt nghị quyết "
            "của chi bộ và của cấp ủy cấp trên; bảo đảm tính lãnh đạo, tính giáo dục và tính "
            "chiến đấu để chi bộ thực sự là nơi lãnh đạo, quản lý, giáo dục, rèn luyện và bồi "
            "dưỡng cán bộ, đảng viên.",
        ],
    ),
    *prose(
        "Yêu cầu",
        [
            "Thông qua sinh hoạt của chi bộ mỗi cán bộ, đảng viên nâng cao ý thức trách nhiệm "
            "tích cực học tập, tu dưỡng, rèn luyện, thực hiện tốt nhiệm vụ của người đảng viên "
            "do Điều lệ Đảng quy định và các nhiệm vụ được chi bộ phân công; nâng cao ý thức tổ "
            "chức, kỷ luật, tinh thần tự phê bình và phê bình; tăng cường đoàn kết, thống nhất và "
            "tình thương yêu đồng chí trongchi bộ; câp sủy nắm chắc tình hình tư tưởng, phẩm chất "
            "đạo đức, lối sống của đảng viên, có biện pháp cụ thể để xây dựng đội ngũ đảng viên "
            "và xây dựng chi bộ trong sạch vững mạnh.",
            "Tiếp tục đưa nội dung học tập và làm theo tấm gương đạo đức Hồ Chí Minh đi vào nề "
            "nếp trong sinh hoạt chi bộ hàng tháng; góp phần thắng lợi Nghị quyết Trung ương 4 "
            "“Một số vấn đề cấp bách về xây dựng Đảng hiện nay”.",
            "Xây dựng các chuyên đề gắn với việc học tập nghị quyết hội nghị lần thức sáu Ban "
            "chấp hành Trung ương đảng khóa XII và đề án thực hiện các tiêu chí xây dựng nông "
            "thôn mới.",
        ],
    ),
    *prose(
        "Biện pháp thực hiện",
        [
            "Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề đưa ra nội dung sinh hoạt cụ thể cho "
            "từng quý.",
            "Tổ chức sinh hoạt chuyên đề tại các kỳ sinh hoạt chi bộ mỗi quý một lần.",
            "Chuẩn bị nội dung trước khi tổ chức sinh hoạt.",
            "Đảng viên tọa đàm, thảo luận các nội dung chuyên đề mà chi bộ đưa ra.",
            "Thiết lập biên bản sinh hoạt chuyên đề hàng quý, ghi đầy đủ nội dung sinh hoạt quý "
            "thực hiện.",
            "Báo cáo đảng ủy xã tình hình thực hiện sinh hoạt chuyên đề của chi bộ và kết quả "
            "thực hiện.",
        ],
    ),
    *prose(
        "Kết thúc",
        [
            "Trên đây là kế hoạch tổ chức sinh hoạt chuyên đề của Chi bộ Mầm Non Mỹ Hòa năm "
            "2022. Chi bộ, đảng viên nghiêm túc triển khai thực hiện./."
        ],
    ),
]


def write(path: Path) -> None:
    write_workbook(
        path,
        year=YEAR,
        info=INFO,
        rows={
            "Đảng viên": MEMBERS,
            "Chuyên đề": [{"Quý": q, "Chủ đề": t} for q, t in enumerate(THEMES, start=1)],
            "Nội dung báo cáo": PROSE,
        },
    )


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "seed-003-2022.xlsx")
