"""Seed 002 (../shared/seeds/002_a2a942e3c0cc11eb.txt), the model term programme of a kindergarten
cell (term 2022-2025), typed into a workbook as its secretary would keep it: her grounds under
her heading "1. Căn cứ:", "Chương trình Công tác:" (`Tiêu đề` of the Mục), her lettered sections
(`Mục con`) with their numbered items, her closing sentence.

The page around the model (what a programme is, when to use one, and the paragraphs on what a
leader does between the model's closing sentence and its signature) is the article's, not the
programme's: it is not typed. The members are invented. `xlkit plan 2022-2025 --kind toan-khoa
--so 15 --ngay 25/12/2023` on it is held to the seed by tests/documents/test_plan_seeds.py.
Run: python tests/data/seed002.py [PATH]
"""

from __future__ import annotations

import sys
from datetime import date as d
from pathlib import Path

from xlkit.workbooks.template import write_workbook

HERE = Path(__file__).resolve().parent
YEAR, KEY, DAY = 2023, "CT", d(2023, 12, 25)

INFO = {
    "Đảng bộ cấp trên": "ĐẢNG BỘ XÃ ABC",
    "Tên chi bộ": "CHI BỘ TRƯỜNG MẦM NON XYZ",
    "Ký hiệu chi bộ": "CTAD",
    "Địa danh": "ABC",
    "Bí thư": "Nguyễn Thị Hoa",
    "Nhiệm kỳ": "2022 - 2025",
    "Đại hội lần thứ": "9",
    "Đơn vị": "Trường mầm non Mỹ Hưng",
    "Nơi nhận": ["Đảng ủy xã ABC (để b/c);", "Lưu Chi bộ."],
}

MEMBERS = [
    {
        "Họ và tên": f"Đảng viên {n:02d}" if n > 1 else "Nguyễn Thị Hoa",
        "Ngày sinh": d(1980 + n, 4, n),
        "Giới tính": "Nữ",
        "Dân tộc": "Kinh",
        "Ngày vào Đảng": d(2005 + n, 5, 19),
        "Ngày chính thức": d(2006 + n, 5, 19),
        "Chức vụ Đảng": "Bí thư" if n == 1 else "",
        "Chức vụ chính quyền": "Giáo viên",
        "Trình độ chuyên môn": "Đại học",
        "Lý luận chính trị": "Sơ cấp",
    }
    for n in range(1, 10)
]

PROGRAMME = "Chương trình công tác"
SECTIONS = {
    "CÁC CÔNG TÁC TRỌNG TÂM CỦA CHI BỘ:": [
        "Chỉ đạo thực hiện tốt Nghị quyết Đại hội Đảng các cấp.",
        "Chỉ đạo thực hiện tốt các Nghị quyết của Ban Chấp hành Trung ương, Bộ Chính trị, Thành "
        "phố Hà Nội, Huyện ủy Thanh Oai, Đảng bộ xã Mỹ Hưng, và nhiệm vụ của Chi bộ và nhà "
        "trường giai đoạn 2022 - 2025.",
        'Tiếp tục chỉ đạo triển khai hiệu quả các cuộc vận động "Học tập và làm theo tư tưởng, '
        'đạo dục, phong cách Hồ Chí Minh" và các phong trào thi đua quốc gia, ngành giáo dục.',
        "Chỉ đạo triển khai nhiệm vụ chính trị, từ việc thực hiện Nghị quyết Trung ương 4 khóa "
        "XII đến việc tuyên truyền vận động cán bộ, Đảng viên, giáo viên, nhân viên về chủ "
        "trương và pháp luật của Đảng và Nhà nước.",
    ],
    "CÔNG TÁC XÂY DỰNG ĐỘI": [
        "Đẩy mạnh công tác phát triển đội ngũ cán bộ, Đảng viên hàng năm.",
        "Thường xuyên tham mưu cho Cấp ủy Đảng và chú trọng chăm lo đến công tác phát triển "
        "Đảng viên trong Chi bộ.",
    ],
    "PHÁT TRIỂN VÀ NÂNG CAO CHẤT LƯỢNG GIÁO DỤC:": [
        "Tăng cường giáo dục tư tưởng chính trị cho cán bộ, Đảng viên, giáo viên, và nhân viên.",
        'Thực hiện nhiệm vụ chính trị như "Tăng cường XD chỉnh đốn Đảng" và "Học tập và làm '
        'theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."',
        "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm, ứng dụng PPGD tiên tiến trong tổ "
        "chức hoạt động giáo dục.",
        "Đẩy mạnh công tác đổi mới, sáng tạo trong dạy và học, chú trọng đến việc ứng dụng CNTT "
        "trong giảng dạy và quản lý.",
    ],
    "XÂY DỰNG CƠ SỞ VẬT CHẤT": [
        "Nâng cấp và xây dựng cơ sở vật chất hiện đại, đảm bảo an toàn và thân thiện với trẻ.",
        "Gắn kết với chính quyền địa phương để mở rộng quỹ đất, nâng cấp cơ sở vật chất, phòng "
        "học, phòng chức năng, và trang thiết bị.",
    ],
    "CÔNG TÁC XÃ HỘI VÀ PHỐI HỢP": [
        "Huy động trẻ tham gia các hoạt động xã hội, giáo dục trẻ theo hướng phát triển toàn diện.",
        "Tham mưu với các Ban ngành đoàn thể, chính quyền địa phương để thực hiện công tác xã hội "
        "và phát triển giáo dục.",
    ],
}


def row(section: str, text: str, sub: str = "", title: str = "") -> dict:
    return {"Kỳ": KEY, "Mục": section, "Nội dung": text, "Mục con": sub, "Tiêu đề": title}


PROSE = [
    row("Căn cứ", "Điều lệ Đảng cộng sản Việt Nam.", title="1. Căn cứ:"),
    row("Căn cứ", "Nghị quyết Đại hội Chi bộ lần thứ 9, nhiệm kỳ 2022 - 2025."),
    *(
        row(PROGRAMME, text, sub, title="Chương trình Công tác:")
        for sub, texts in SECTIONS.items()
        for text in texts
    ),
    row(
        "Kết thúc",
        "Chi bộ Trường mầm non Mỹ Hưng quyết tâm thực hiện đúng và đầy đủ nội dung của Chương "
        "trình Công tác, đồng thời liên tục tự nâng cao chất lượng giáo dục, góp phần xây dựng "
        "thế hệ trẻ Việt Nam có đạo đức và tri thức, đồng hành cùng sự phát triển của đất nước.",
    ),
]


def write(path: Path) -> None:
    write_workbook(
        path, year=YEAR, info=INFO, rows={"Đảng viên": MEMBERS, "Nội dung báo cáo": PROSE}
    )


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "seed-002-2023.xlsx")
