"""Seed 001 (../shared/seeds/001_f0d0c629d8b1c2a0.txt), the political-task plan of a
lower-secondary school cell, typed into a workbook as its secretary would keep it: her grounds
(the last leads into the plan), her headings where they are not xlkit's (`Tiêu đề`), her
paragraphs, and the sentences with a figure as targets (`Chỉ tiêu`) placed in the part that says
them (`Mục con`), in her words: where her words hold the figure, the figure stays where she put it.

The members are invented. `xlkit plan 2020 --kind nhiem-vu` on it is held to the seed, element by
element, by tests/documents/test_plan_seeds.py. Run: python tests/data/seed001.py [PATH]
"""

from __future__ import annotations

import sys
from datetime import date as d
from pathlib import Path

from xlkit.workbooks.template import write_workbook

HERE = Path(__file__).resolve().parent
YEAR, KEY, DAY = 2020, "NV-2020", d(2020, 1, 15)

INFO = {
    "Đảng bộ cấp trên": "ĐẢNG BỘ XÃ VĨNH BÌNH NAM",
    "Tên chi bộ": "CHI BỘ TRƯỜNG THCS VĨNH BÌNH NAM 1",
    "Ký hiệu chi bộ": "CB",
    "Địa danh": "Vĩnh Bình Nam",
    "Bí thư": "Đặng Thị Mỹ Trang",
    "Nhiệm kỳ": "2020-2022",
    "Đại hội lần thứ": "XII",
    "Đơn vị": "Trường THCS Vĩnh Bình Nam 1",
    "Nơi nhận": ["Đảng bộ xã Vĩnh Bình Nam (để B/C);", "Các Đ/C chi ủy viên;", "Lưu."],
    "Ký thay mặt": "T/M CHI BỘ",
}

MEMBERS = [
    {
        "Họ và tên": name,
        "Ngày sinh": d(1975 + i, 3, 1 + i),
        "Giới tính": "Nữ" if i % 2 else "Nam",
        "Dân tộc": "Kinh",
        "Ngày vào Đảng": d(2000 + i, 5, 19),
        "Ngày chính thức": d(2001 + i, 5, 19),
        "Chức vụ Đảng": role,
        "Chức vụ chính quyền": "Giáo viên",
        "Trình độ chuyên môn": "Đại học",
        "Lý luận chính trị": "Sơ cấp",
    }
    for i, (name, role) in enumerate(
        [
            ("Đặng Thị Mỹ Trang", "Bí thư"),
            ("Nguyễn Văn Hùng", "Phó Bí thư"),
            ("Trần Thị Lan", "Chi ủy viên"),
            *((f"Đảng viên {n:02d}", "") for n in range(4, 12)),
        ]
    )
]

PARTY, UNIT = "Xây dựng Đảng, hệ thống chính trị", "Nhiệm vụ chính trị"
IDEOLOGY = "Lãnh đạo công tác chính trị tư tưởng"
ORGANISATION = "Công tác tổ chức, cán bộ và xây dụng đảng bộ, chi bộ"
MASS = "Lãnh đạo xây dụng chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị- xã hội."
INSPECTION = "Công tác kiểm tra, giám sát và kỷ luật đảng"
ENROLMENT, MEMBERS_QUALITY, TEACHING = (
    "Về công tác huy động học sinh",
    "Chất lượng đảng viên:",
    "Chất lượng giáo dục",
)


def prose(section: str, texts: list[str], sub: str = "", title: str = "") -> list[dict]:
    return [
        {"Kỳ": KEY, "Mục": section, "Nội dung": t, "Mục con": sub, "Tiêu đề": title} for t in texts
    ]


PROSE = [
    *prose(
        "Căn cứ",
        [
            "Căn cứ Nghị quyết về thực hiện nhiệm vụ kinh tế xã hội của Đảng bộ Vĩnh Bình Nam "
            "năm 2019;",
            # her last ground leads into the plan: no opening sentence of xlkit's after it
            "Căn cứ Nghị quyết chi bộ lần thứ XII, nhiệm ký 2020-2022 và tình hình thực tế của "
            "đơn vị, Chi bộ trường THCS Vĩnh Bình Nam 1 xây dựng kế hoạch thực hiện nhiệm vụ năm "
            "2020 của chi bộ như sau:",
        ],
    ),
    *prose(
        "Thuận lợi",
        [
            "Được sự  quan tâm,chỉ đạo kịp thời của cấp ủy đảng- UBND xã, đặc biệt cán bộ chỉ "
            "đạo chi bộ, từ đó các mặt hoạt động của chi diễn ra đồng bộ, có hiệu quả.",
            "- Ban chi ủy có năng lực, thể hiện hết vai trò trách nhiệm được phân công. Trong chi "
            "bộ việc thực hiện quy chế dân chủ ở cơ sở được ban chi ủy thực hiện nghiên túc: mọi "
            "công việc của chi bộ đều đưa ra Ban chi ủy quyết và được tập thể chi bộ thống nhất "
            "mới đưa ra thực hiện tại chi bộ.",
            "- Đảng viên trong chi bộ nghiêm túc chấp hành và thực hiện tốt Nghị quyết của đảng "
            "bộ, cho bộ đề ra.",
        ],
    ),
    *prose(
        "Khó khăn",
        [
            "Một số đảng viên trong chi bộ ngại va chạm, từ đó công tác tự phê và phê bình trên "
            "tình thần xây dựng, đóng cho cho tập thể chưa cao.",
            "Một số phong trào, hoạt động trong chi bộ, cơ quan cán bộ đảng viên chưa phát huy "
            "hết vai trò trách nhiệm, tính cầu tiến chưa cao.",
        ],
    ),
    *prose(
        PARTY,
        [
            "Tổ chức quán triệt nghiêm túc trong cán bộ, đảng viên về chủ trương, chính sách của "
            "Đảng, pháp luật Nhà nước. Có 100% cán bộ giáo viên được tiếp thu, quán triệt Nghị "
            "quyết của đảng bộ của chi bộ. Ban chi ủy theo dõi, nắm bắt tâm tư, nguyện vọng của "
            "cán bộ, đảng viên, giáo viên để có biện pháp giải quyết và đề xuất kịp thời.",
            "Mỗi cán bộ, đảng viên luôn chủ động đấu tranh phòng ngừa có hiệu quả đối với những "
            "biểu hiện lệch lạc về tư tưởng và hành động. Khi phát hiện có vấn đề, chi bộ chỉ đạo "
            "cho Ban chi ủy tiến hành kiểm tra làm rõ, xử lý nghiêm minh, không bao che. Lãnh đạo "
            "chi bộ thực hiện tốt quy chế dân chủ ở cơ sở, không quan liêu trong tổ chức Đảng, "
            "trong cơ quan.",
            "Có 100% cán bộ đảng viên đăng ký và thực hiện tốt học tập làm theo tấm gương đạo "
            "đức, phong cách Hồ Chí Minh theo chuyên đế năm 2020. Mỗi tháng sinh hoạt chi bộ định "
            "kỳ đếu có kể chuyện Bác Hồ và tuyên dương các đồng chí đảng viên có hành động, việc "
            "làm tốt để tập thể chi bộ học tập, làm theo.",
        ],
        IDEOLOGY,
        "Về Xây dựng Đảng, xây dựng hệ thống chính trị",
    ),
    *prose(
        PARTY,
        [
            "Lãnh đạo chi bộ thực hiện tốt công tác xây dựng đội ngũ cán bộ, đảng viên đạt chuẩn "
            "về chuyên môn 100%, phấn đấu trên chuẩn đạt 70% gắn với đơn vị đạt chuẩn văn hóa. "
            "Hàng năm chi bộ đều có kế hoạch thực hiện tốt công tác quy hoạch cán bộ nguồn, nhận "
            "xét đánh giá, khen thưởng, cán bộ công chức theo đúng Nghị định 56/NĐ-CP.",
            "Xây dựng và thực hiện đúng theo quy chế làm việc của chi bộ, duy trì và nâng cao nội "
            "dung, chất lượng sinh hoạt chi bộ. Giáo dục, rèn luyện đội ngũ đảng viên nêu cao vai "
            "trò tiên phong gương mẫu, thực hiện tốt công tác quản lý, phân công nhiệm vụ cho đảng "
            "viên và tạo điều kiện cho đảng viên hoàn thành tốt nhiệm vụ.",
            "Công tác xây dựng, phát triển đảng viên năm 2020: Chi bộ phân công trong ban chi ủy "
            "kèm cập, giúp đỡ quần chúng ưu tú trưởng thành để được đứng vào hàng ngũ Đảng CSVN "
            "(nếu có nhân sự mới về).",
        ],
        ORGANISATION,
    ),
    *prose(
        PARTY,
        [
            "Lãnh đạo các tổ chức đoàn thể trong nhà trường phối hợp hoạt động đồng bộ nhằm đạt "
            "đạt hiệu quả, cụ thể Công đoàn, Chi đoàn, Liên đội phấn đấu cuối năm 2020 đánh giá, "
            "xếp loại vững mạnh, xuất sắc; trường phấn đấu đạt có thứ hạng trong khối thi đua "
            "THCS. Chi đoàn tổ chức kết nạp đoàn viên cho học sinh lớp 9 đạt 80 em.",
        ],
        MASS,
    ),
    *prose(
        PARTY,
        [
            "Chi bộ thường xuyên lacông tác kiểm tra đảng viên chấp hành điều lệ đảng, nghị "
            "quyết, kết quả kiểm tra đảng viên chấp hành 02 Đ/C, chuyên đề 01; giám sát 11 Đ/C. "
            "Trong năm không có đảng viên nào vi phạm Điều lệ Đảng.",
        ],
        INSPECTION,
    ),
    *prose(
        UNIT,
        [
            "Chi bộ đã lãnh đạo cán bộ, đảng viên, giáo viên, công nhân viên nhà trường tham gia "
            "xây dựng và thực hiện tốt nhiệm vụ năm học  gắn với tiếp tục “Học tập và làm theo "
            "tấm gương đạo đức, phong cách Hồ Chí Minh” chuyên đề 2020 và các phong trào hội thi "
            "do nhà trường, ngành và địa phương phát động.",
            "Mỗi cán bộ đảng viên phải thực hiện tốt 15 phần việc gia đình nhằm góp phần duy trì "
            "và nâng kết quả nông thôn mới của địa phương.",
            "100% cán bộ đảng viên hoàn thành nghị quyết chi bộ đề ra năm 2020 cụ thể các nội "
            "dung như sau",
        ],
        title="Kết quả thực hiện nhiệm vụ được giao trong năm.",
    ),
    *prose(
        UNIT,
        [
            "Năm 2020: Đơn vị tiếp tục duy trì trường học “Thân thiện, học sinh tích cực” đạt "
            "trường học “An toàn, phòng chống tai nạn thương tích”, xếp loại xuất sắc. Tiếp tục "
            "duy trì trường đạt Chuẩn Quốc gia và kiểm định chất lượng lần 3.        Lãnh đạo chi "
            "bộ thực hiện tốt 02 mô hình dân vận khéo“Ngôi trường thân thiện chia sẽ, yêu thương” "
            "và mô hình “Địa chỉ nhân ái, giúp đỡ gia đình chính sách”.",
            "Thực hiện tốt quy chế làm việc, nội quy của nhà trường trong công tác dạy và học. "
            "Hàng tháng có kiểm tra việc thực hiện QCCM, nội quy cơ quan, uốn nắn kịp thời những "
            "sai sót của cán bộ, đảng viên trong quá trình thực hiện nhiệm vụ. Lãnh đạo xây dựng "
            "và thực hiện tốt quy chế dân chủ ở cơ sở theo tinh thần công khai, minh bạch các mặt "
            "hoạt động. Công khai công tác dự nguồn các bộ, công khai thu chi tài chính, mua sắm "
            "xây dựng tài sản CSVC, niêm yết tại phòng bộ sinh hoạt tổ chuyên môn.",
            "Lãnh đạo thực hiện tốt chủ trương về phòng, chống tham nhũng, tiêu cực, lãng phí và "
            "thực hành tiết kiệm, kiên quyết xử lý các cán bộ, đảng viên có hành vi tiêu cực, "
            "tham nhũng, lãng phí trong công tác dạy và học. Thực hiện nhiệm vụ quốc phòng toàn "
            "dân, đảm bảo trật tự an toàn trong trường học, bảo vệ tài sản cơ quan.",
        ],
        TEACHING,
    ),
    *prose(
        "Tổ chức thực hiện",
        [
            "Ban chi ủy sắp xếp, phân công CB, đảng viên trên cơ sở xác định vị trí việc làm của "
            "từng tập thể, cá nhân, từ đó có sự phân công giao nhiệm vụ cụ thể, rõ ràng, phù hợp "
            "đảm bảo hiệu quả hoạt động; thường xuyên cải tiến lề lối làm việc, tích cực nghiên "
            "cứu, học tập, phát huy giải pháp nhằm nâng cao chất lượng hoạt động của chi bộ.",
            "Mỗi cán bộ , đảng viên làm việc với tinh thần tự giác, trách nhiệm cao; đi làm đúng "
            "giờ, không đi trễ, về sớm, không chiếm dụng ngày giờ công của Nhà nước quy định để "
            "làm việc riêng; đảm bảo tốt ngày giờ công theo quy định, vắng mặt phải có lý do. Bảo "
            "đảm làm việc 40 giờ/tuần (đối với hành chính); thực hiện đúng định mức giờ giảng dạy "
            "của cấp THCS.",
            "Xây dựng kế hoạch công tác, lịch công tác chặt chẽ, bố trí lồng ghét các nội dung "
            "công việc, phối hợp giữa các bộ phận có liên quan cùng thực hiện đảm bảo tính thiết "
            "thực và tiết kiệm nhất.",
            "Gắn với đăng ký học tập và làm theo tư tưởng, tấm gương đạo đức Hồ Chí Minh, mỗi CB, "
            "đảng viên chọn đăng ký ít nhất một nội dung học tập làm theo Bác thiết thực có liên "
            "quan đến nhiệm vụ mình đang phụ trách.",
            "Chi bộ tổ chức khen thưởng các cá nhân, tập thể có ý tưởng sáng tạo về học tập làm "
            "theo Bác",
        ],
        title="Tổ chức thực hiện",
    ),
    *prose(
        "Kết thúc",
        [
            "Trên đây hoạt động thực hiện nhiệm vụ năm 2020 của chi bộ trường THCS Vĩnh Bình Nam "
            "1, đã được thông qua tập thể chi bộ và thống nhất thực hiện kế hoạch đề ra.",
        ],
    ),
]


def target(code: str, content: str, plan: object, sub: str, unit: str = "%", **more: str) -> dict:
    return {
        "Mã": code,
        "Lĩnh vực": "Nhiệm vụ chính trị",
        "Nội dung": content,
        "Đơn vị tính": unit,
        "Kế hoạch năm": plan,
        "Mục con": sub,
        **more,
    }


TARGETS = [
    # said in part II's own paragraph: her Mục con names the section
    target("CT01", "Vận động học sinh tham gia HBYT", "100%", UNIT),
    target(
        "CT02",
        "Chi bộ đã lãnh đạo đơn vị thực tốt công tác tuyển sinh lớp đầu cấp THCS",
        "100%",
        ENROLMENT,
    ),
    target("CT03", "Huy động học sinh đến trường", "98%", ENROLMENT),
    target(
        "CT04",
        "Vận động 100% học sinh bỏ học giữa chừng trở lại trường học tiếp",
        "100%",
        ENROLMENT,
    ),
    target(
        "CT05",
        "Hạn chế đến mức thấp nhất học sinh bỏ học",
        "dưới 1%",
        ENROLMENT,
        **{"Chiều": "Tối đa"},
    ),
    target(
        "CT06",
        "Có 100% đảng viên tham gia các phong trào, hội thi có chất do nhà trường chi bộ, ngành "
        "tổ chức",
        "100%",
        MEMBERS_QUALITY,
    ),
    target(
        "CT07",
        "Cuối năm 100% cán bộ, đảng viên được đánh giá công chức hoàn thành tốt nhiệm vụ",
        "100%",
        MEMBERS_QUALITY,
    ),
    target("CT07.1", "trong đó xếp loại công chức xuất sắc", "15%", MEMBERS_QUALITY),
    target("CT08", "Giáo viên dạy giỏi cấp trường", "trên 85%/TSGV đăng ký", MEMBERS_QUALITY),
    target("CT09", "Chiến sĩ thi đua cấp cơ sở đạt 05", "05", MEMBERS_QUALITY, "người"),
    target("CT10", "Chất lượng học sinh từ khá, giỏi", "64%", TEACHING),
    target("CT10.1", "giỏi:", "20%", TEACHING),
    target("CT10.2", "khá", "44%", TEACHING),
    target("CT11", "Tỷ lệ học sinh tốt nghiệp THCS", "100%", TEACHING),
    target(
        "CT12",
        "Khuyến khích học sinh tham gia giải toán, giải tiếng Anh trên Internet có đủ 04 khối "
        "tham gia",
        "04",
        TEACHING,
        "khối",
    ),
    target(
        "CT13",
        "Công tác phổ cập giáo dục THCS tiếp tục nâng tỷ lệ thanh thiếu niên trong độ tuổi từ "
        "15-18 tuổi đạt 95% góp phần đạt chuẩn phổ cập giáo dục THCS xã năm 2020",
        "95%",
        TEACHING,
    ),
]


def write(path: Path) -> None:
    write_workbook(
        path,
        year=YEAR,
        info=INFO,
        rows={"Đảng viên": MEMBERS, "Chỉ tiêu": TARGETS, "Nội dung báo cáo": PROSE},
    )


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "seed-001-2020.xlsx")
