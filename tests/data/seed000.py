"""Seed 000 (../shared/seeds/000_283890449947131b.txt), the annual plan of a kindergarten cell, typed
into a workbook value by value as its secretary would keep it: her grounds, her prose under her
fields and sub-headings, her targets in field 3 and in "Phát triển Đảng", her months.

The members are invented to the seed's counts (20; 19 official, 01 probationary; 20 women; 15 of an
ethnic minority; 19 Đại học, 01 Cao đẳng; 03 Trung cấp theory). `xlkit plan 2021 --ngay 10/01/2021`
on it is held to the seed, element by element, by tests/documents/test_plan_seeds.py.
Run: python tests/data/seed000.py [PATH]
"""

from __future__ import annotations

import sys
from datetime import date as d
from pathlib import Path

from xlkit.workbooks.template import write_workbook

HERE = Path(__file__).resolve().parent
YEAR, KEY, DAY = 2021, "KH-2021", d(2021, 1, 10)

INFO = {
    "Đảng bộ cấp trên": "ĐẢNG ỦY XÃ SƠN PHÚ",
    "Tên chi bộ": "CHI BỘ MẦM NON",
    "Ký hiệu chi bộ": "CB",
    "Địa danh": "Sơn Phú",
    "Bí thư": "Nguyễn Thị Yến",
    "Nhiệm kỳ": "2020-2022",
    "Đơn vị": "Trường Mầm non Sơn Phú",
    "Nơi nhận": ["Đảng ủy xã Sơn Phú ( B/c);", "Lưu: CB."],
    "Ký thay mặt": "T/M CHI ỦY",
    # the committee adopted this plan and signs it (the seed: "T/M BAN CHI ỦY CHI BỘ")
    "Ký thay mặt kế hoạch": "T/M CHI ỦY",
}


def member(number: int) -> dict:
    return {
        "Họ và tên": f"Đảng viên {number:02d}",
        "Ngày sinh": d(1980 + number % 10, 1 + number % 12, 1 + number),
        "Giới tính": "Nữ",
        "Dân tộc": "Kinh" if number > 15 else "Tày",
        "Ngày vào Đảng": d(2005 + number % 10, 5, 19) if number < 20 else d(2020, 9, 2),
        "Ngày chính thức": d(2006 + number % 10, 5, 19) if number < 20 else None,
        "Chức vụ Đảng": "Bí thư" if number == 1 else "",
        "Chức vụ chính quyền": "Giáo viên",
        "Trình độ chuyên môn": "Cao đẳng" if number == 20 else "Đại học",
        "Lý luận chính trị": "Trung cấp" if number <= 3 else "Sơ cấp",
    }


MEMBERS = [member(n) for n in range(1, 21)]

GROUNDS = [
    "Căn cứ điều lệ Đảng cộng sản Việt Nam;",
    "Căn cứ quy định số 50/QĐ - TW ngày 19 tháng 11 năm 1992 của Ban Bí thư Trung ương Đảng về "
    "chức năng nhiệm vụ của Đảng ;",
    "Căn cứ vào nghị quyết đại hội chi bộ nhiệm kỳ 2020-2022;",
]
OPENING = "Chi bộ Mầm Non Sơn Phú xây dựng kế hoạch hoạt động của chi bộ năm 2021 cụ thể như sau:"
CLOSING = (
    "Trên đây là kế hoạch hoạt động chi bộ năm 2021 của chi bộ trường Mầm non Sơn Phú trong quá "
    "trình thực hiện nếu có thiếu sót sẽ sửa đổi bổ sung cho phù hợp./."
)

EASY = [
    "Đảng viên có quan điểm, lập trường chính trị vững vàng; có ý thức chấp hành đường lối, chủ trương của Đảng, chính sách pháp luật của Nhà nước và qui định của cơ quan tốt, có tinh thần trách nhiệm cao trong công tác, tự giác hoàn thành nhiệm vụ được giao.",
    "Được sự quan tâm chỉ đạo trực tiếp của BCH Đảng bộ xã Sơn Phú",
    "Chi bộ đoàn kết, thống nhất cùng thực hiện nhiệm vụ chung.",
]

HARD = [
    "Thời gian dành cho sinh hoạt chi bộ đề còn hạn chế, còn lồng ghép trong sinh hoạt chuyên môn",
]

GENERAL = [
    "Chi bộ tập trung giáo dục chính trị tư tưởng và chỉ đạo thực hiện tốt nhiệm vụ chính trị của nhà trường.",
    "Đảng viên tham gia học tập quán triệt và thực hiện các Chỉ thị, Nghị quyết của Đảng và chính sách pháp luật của Nhà nước.",
    "100% đảng viên trong Chi bộ nỗ lực khắc phục khó khăn, đoàn kết thống nhất hoàn thành tốt phương hướng nhiệm vụ của Nhà trường. Coi đoàn kết nội bộ là nhiệm vụ tiên quyết của Chi bộ. “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” gắn với những cuộc vận động của ngành.",
    "Toàn thể đảng viên trong chi bộ thực hiện tốt về tiêu chuẩn đạo đức lối sống. Thực hiện tốt những tiêu chuẩn đảm bảo chất lượng chăm sóc giáo dục trẻ. Cải tiến phương pháp làm việc để nâng cao chất lượng và hiệu quả công tác.",
    "Củng cố và làm tốt công tác tổ chức, công tác phát triển đảng viên.",
    "Chỉ đạo tốt công tác chuyên môn, nghiên cứu khoa học sư phạm và viết SKKN, thực hiện tốt quy chế, qui định của Bộ GD-ĐT ban hành.",
    "Thường xuyên tổ chức phê bình và tự phê bình trong Chi bộ nhằm tăng cường hiệu quả công tác và rèn luyện đạo đức đảng viên.",
    "Phấn đấu đạt danh hiệu Chi bộ Hoàn thành tốt nhiệm vụ năm 2021 và tạo tiền đề thuận lợi cho những năm sau.",
    "Quán triệt nghị quyết Đại hội Đảng bộ các cấp và nghị quyết Đại hội Đảng khóa XIII.",
]

F1 = [
    "Hoàn thành tốt kế hoạch năm học 2020 - 2021; xây dựng và thực hiện tốt kế hoạch học kỳ I năm học 2021 - 2022.",
    "Từng bước củng cố, xây dựng cơ sở vật chất, cảnh quan nhà trường, mua sắm các trang thiết bị đồ dùng đồ chơi cần thiết phục vụ công tác dạy và học của nhà trường; Chú trọng xây dựng trường học thân thiện, học sinh tích cực.",
    "Khai thác các thiết bị dạy học hiện có để phục vụ tốt cho việc đổi mới phương pháp dạy học của giáo viên.",
    "Phát huy vai trò, chức năng nhiệm vụ của các tổ trưởng, tổ phó chuyên môn trong việc triển khai và thực hiện kế hoạch công tác chuyên môn của nhà trường.",
    "Có chủ trương và biện pháp phù hợp khuyến khích giáo viên trong việc học tập để nâng cao trình độ kiến thức chuyên môn, nghiệp vụ tay nghề. Chú trọng nâng cao chất lượng đào tạo và uy tín của Nhà trường.",
    "Song song với việc duy trì và đảm bảo chỉ tiêu phòng giáo dục giao cho",
    "Đẩy mạnh công tác viết SKKN, nghiên cứu khoa học trong cán bộ, đảng viên và giáo viên thuộc các mảng đề tài về chuyên môn, về công tác quản lý, về phương pháp dạy học,…từng bước tạo cho đội ngũ nhà giáo của trường có sự biến đổi tích cực về chất lượng chuyên môn, nghiệp vụ.",
    "Các đảng viên phải là những người đi đầu trong các phong trào, trong việc thực hiện nề nếp kỷ cương, qui chế và qui định của ngành, của nhà trường và của địa phương.",
    "Thực hiện tốt quy chế chuyên môn.",
    "Vui vẻ, tận tâm thực hiện nhiệm vụ. Có tác phong nhanh nhẹn trong giải quyết thực hiện nhiệm vụ, tránh gây phiền hà. Trong thực hiện nhiệm vụ đảm bảo tính chính xác, hiệu quả và bảo mật đối với một số công việc quan trọng theo quy định.",
    "Chỉ đạo thực hiện các khoản thu, chi của nhà trường đủ, đúng nguyên tắc tài chính, không chủ trương thu ngoài qui định từ học sinh.",
    "Giữ gìn và củng cố mối quan hệ tốt với địa phương và chính quyền các cấp.",
    "Tăng cường công tác khuyến học, khuyến tài; xây dựng mối quan hệ tốt với các tổ chức, doanh nghiệp, cá nhân,…tâm huyết với sự nghiệp giáo dục của Nhà trường để vận động và làm tốt công tác khuyến học.",
    "Làm tốt công tác giáo dục pháp luật; làm tốt công tác tình nghĩa, tình thương trong cán bộ, giáo viên, nhân viên và học sinh;",
    "Đẩy mạnh công tác giáo dục ATGT, ANTT, phòng chống vi phạm pháp luật và TNXH.",
    "Thi đua: Trường phấn đấu đạt danh hiệu tấp thể Lao động tiên tiến",
    "Công đoàn hoàn thành tốt nhiệm vụ.",
    "Chi đoàn hoàn thành xuất sắc nhiệm vụ.",
]

F2 = [
    "Chi bộ triển khai thực hiện đầy đủ đường lối, chủ trương của đảng trong nhà trường. Thực hiện nghiêm túc quy định số 55-QĐ/TW ngày 19 tháng 12 năm 2016 quy định của Bộ chính trị về những việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ đảng viên.",
    "Thực hiện tốt học tập và làm theo tư tưởng đạo đức, phong cách Hồ Chí Minh chuyên đề toàn khóa Đại hội XIII của Đảng “Học tập và làm theo tư tưởng đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc trong giai đoạn hiện nay” gắn với việc thực hiện chức trách nhiệm vụ và sinh hoạt của từng cán bộ, đảng viên và viên chức trong nhà trường.",
    "Tham gia học tập, quán triệt đầy đủ các Nghị quyết của Đảng, thực hiện tốt các chủ trương chính sách của Đảng và pháp luật của Nhà nước, nội qui, quy chế nhà trường.",
    "Tổ chức học tập chính trị, báo cáo thời sự, qua đó giáo dục cán bộ, giáo viên, nhân viên và đoàn viên, thanh niên nhà trường luôn cảnh giác trước những âm mưu diễn biến hoà bình của các thế lực thù địch chống phá Đảng và Nhà nước.",
    "Chi bộ nắm bắt kịp thời tình hình tư tưởng của đảng viên và quần chúng trong nhà trường, qua đó có giải pháp và biện pháp lãnh đạo phù hợp để phát huy tích cực, ngăn chặn tiêu cực trên cơ sở đường lối chủ trương của Đảng, chính sách pháp luật của Nhà nước, giải quyết kịp thời những phát sinh chưa chuẩn mực trong mối quan hệ công tác, sinh hoạt của cán bộ, đảng viên và viên chức Nhà trường nhằm giữ gìn, củng cố sự đoàn kết trong Chi bộ đảng và trong Nhà trường.",
    "Các đảng viên luôn phải gương mẫu trong làm việc, trong sinh hoạt; quan hệ với mọi người gần gũi, thân ái; có lối sống giản dị, tiết kiệm và trung thực.",
    "Các đảng viên nắm và thực hiện tốt Nghị quyết, Quy chế, Kế hoạch của Chi bộ nhà trường.",
]

F3 = [
    "Củng cố, kiện toàn và nâng cao chất lượng hoạt động của Chi bộ, có kế hoạch cụ thể kịp thời năm, tháng. Sinh hoạt định kỳ Chi ủy, Chi bộ đúng quy định của Điều lệ đảng.",
    "Chi bộ căn cứ theo quy chế làm việc, đảm bảo dân chủ hoá trong sinh hoạt, tạo điều kiện để phát huy dân chủ trong nhà trường.",
    "Đẩy mạnh công tác phê và tự phê trên tinh thần xây dựng giúp đỡ đồng chí, đồng nghiệp nhận ra khuyết điểm để khắc phục sửa chữa. Khắc phục trạng thái cả nể, ngại góp ý.",
    "Chi bộ tăng cường công tác quản lý đảng viên, đảm bảo việc giúp đỡ, nhắc nhở kịp thời, tránh tình trạng đảng viên vi phạm các chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
    "Có kế hoạch phát triển đảng viên dài hạn, quan tâm đào tạo nguồn cử đi học các lớp đối tượng đảng, bồi dưỡng trình độ chính trị cho đảng viên. Trong năm 2021 phấn đấu bồi dưỡng 02 quần chúng ưu tú. Làm hồ sơ kết nạp đảng viên mới 2 đ/c. Cử các đảng viên mới đi học lớp bồi dưỡng chính trị cho đảng viên mới, cử đảng viên trong Chi bộ đi học các lớp lý luận chính trị nếu có chỉ tiêu cấp trên phân bổ cho Chi bộ.",
    "Thực hiện chặt chẽ công tác cán bộ của trường và các tổ chức đoàn thể trong nhà trường trên tinh thần của Nghị quyết số 42-NQ/TW, ngày 30/11/2004 của Bộ Chính trị và các văn bản có liên quan.",
]

F3_GUARD = [
    "Xây dựng ý thức bảo vệ chính trị nội bộ, tạo nên một tập thể lành mạnh đoàn kết, kỷ cương trên cơ sở chấp hành nghiêm túc đường lối, chủ trương, nghị quyết của Đảng, pháp luật của nhà nước, qui định và qui chế của Nhà trường.",
    "Đảng viên trong Chi bộ nói và làm theo Điều lệ đảng, theo Nghị quyết và Quy chế của đảng.",
    "Thực hiện tốt việc tiếp thu, sử dụng, quản lý, lưu trữ các tài liệu về công tác đảng của Chi bộ. Bảo mật nghiêm các tài liệu và tin quan trọng. Xử lý các thông tin có liên quan đến cán bộ, đảng viên trong Chi bộ (nếu có) thận trọng, khách quan và đúng qui trình.",
    "Quan hệ chặt chẽ với chính quyền, chỉ đạo phối hợp với chính quyền và các tổ chức đoàn thể trong và ngoài Nhà trường làm tốt công tác phòng chống vi phạm pháp luật nhằm ngăn ngừa kịp thời, triệt để các tệ nạn xã hội xâm nhập vào nhà trường.",
]

F4 = [
    "Lãnh đạo các đoàn thể: Công đoàn trường, Đoàn thanh niên nhà trường hoạt động đúng điều lệ qui định và phạm vi chức trách của đoàn thể mình.",
    "Có chủ trương đúng đắn tạo điều kiện để Hội cha mẹ học sinh, Hội khuyến học hoạt động đúng điều lệ, đúng qui định nhằm tạo được mối quan hệ chặt chẽ giữa Nhà trường - Gia đình - Xã hội trong công tác giáo dục học sinh và công tác xã hội hóa giáo dục của nhà trường.",
    "Ủng hộ các phong trào hoạt động hữu ích cho cán bộ, giáo viên, nhân viên và học sinh như các phong trào hội trại, văn hóa, văn nghệ, TDTT, tham quan du lịch và giúp đỡ học sinh có hoàn cảnh khó khăn, các gia đình chính sách, gia đình neo đơn do Công đoàn và chi đoàn tổ chức.",
    "Chỉ đạo các tổ chức Đoàn, Công đoàn Nhà trường xây dựng kế hoạch công tác và báo cáo kết quả thực hiện công tác hàng quí, hàng năm cho Chi ủy Chi bộ. Làm tốt công tác thi đua của tổ chức mình, giữ vững danh hiệu",
]

F5 = [
    "Chủ động xây dựng kế hoạch kiểm tra, giám sát đảng viên chấp hành Điều lệ đảng, Nghị quyết và Quy chế của đảng. Thực hiện báo cáo theo yêu cầu của Đảng bộ xã kịp thời.",
    "Chi bộ luôn quan tâm nhắc nhở đảng viên chấp hành tốt đường lối chủ trương của đảng, chính sách, pháp luật của Nhà nước và Qui định của nhà trường. Thực hiện tốt Qui định số 47-QĐ/TW ngày 01/11/2011 về những điều đảng viên không được làm và Quy định 213 của Bộ chính trị về đảng viên sinh hoạt ở nơi cư trú; chống những biểu hiện tiêu cực, suy thoái về đạo đức, lối sống. Xây dựng gia đình đạt gia đình văn hóa ở địa phương.",
    "Quan tâm đến việc giải quyết các ý kiến đề xuất của đảng viên, quần chúng và của phụ huynh học sinh đúng phạm vi, chức trách và nhiệm vụ.",
    "Thực hiện thu, chi tài chính đúng văn bản qui định và đúng kế hoạch. Đảng viên đóng đảng phí đầy đủ hàng tháng. Nộp đảng phí lên cấp trên đúng thời gian qui định.",
    "Đảm bảo thu đúng, thu đủ các loại quỹ được sự nhất trí của Uỷ ban nhân dân, Hội đồng nhân dân xã, sự đồng thuận của phụ huynh học sinh.",
    "Với các loại quỹ ngân sách cần sử dụng vào những mục đích xây dựng cơ sở vật chất; tránh thất thoát, lợi dụng tham ô. Phấn đấu không có đảng viên nào vi phạm phải xử lý về tài chính trong nhà trường.",
    "Tham mưu với cấp ủy Đảng, chính quyền địa phương hỗ trợ ngân sách cho xây dựng cơ sở vật chất.",
]

F6_BUILD = [
    "Phấn đấu 100% đảng viên, giáo viên được học tập các Chỉ thị, Nghị quyết của Đảng, pháp luật của Nhà nước.",
    "Kiểm tra, đánh giá việc thực hiện một cách nghiêm túc.",
    "Công tác phân loại đảng viên được tiến hành nghiêm túc.",
    "Sinh hoạt đúng điều lệ 1 lần/tháng. Lịch sinh hoạt vào tuần 1 của tháng.",
    "Đóng Đảng phí đúng quy định.",
]

SOLUTIONS = [
    "Tăng cường sự lãnh đạo của cấp ủy, phối hợp chặt chẽ với Ban chấp hành Đảng ủy và các ban ngành có liên quan.",
    "Lấy giáo dục chính trị, tư tưởng đạo đức Hồ Chí Minh kiểm tra đảng viên.",
    "Nghiên cứu nhiệm vụ năm học để xây dựng kế hoạch hoạt động chi bộ.",
    "Nghiên cứu các hiện tượng chống đối với tổ chức Đảng để ngăn chặn, xử lý kịp thời",
    "Khen thưởng kịp thời các tập thể, cá nhân có thành tích.",
    "Thực hiện nghiêm túc việc học tập các nghị quyết, sinh hoạt chi bộ đúng điều lệ.",
]

MONTHS = {
    1: [
        "Sơ kết học kỳ 1",
        "Chỉ đạo đánh giá trẻ 5 tuổi học kì 1",
        "Tổ chức triển khai các văn bản chỉ đạo về đón tết cổ truyền tổ chức cho CBGV,NV đón tết an toàn tiết kiệm.",
    ],
    2: ["Ổn định sau nghỉ tết Nguyên Đán", "Tiếp tục ổn định duy trì các hoạt động chuyên môn"],
    3: ["Tổ chức tọa đàm ngày quốc tế phụ nữ 08/03"],
    4: [
        "Chỉ đạo tổ chức tôt kiểm tra nội bộ đơn vị",
        "Tự đánh giá trường theo kế hoạch",
        "Chỉ đạo giáo viên hoàn thiện hồ sơ cuối năm",
    ],
    5: [
        "Hoàn thiện đánh giá trẻ 5 tuổi cuối năm",
        "Xét thi đua, đánh giá công chức, chuẩn nghề nghiệp hoàn thiện hồ sơ thi đua.",
        "Họp phụ huynh cuối năm học",
    ],
    6: [
        "Duyệt thi đua",
        "Sơ kết công tác đảng 6 tháng đầu năm",
        "Phân công CB,GV trực hè theo quy định",
    ],
    7: ["Chỉ đạo lao động trong hè", "Chuẩn bị cơ sở vật chất cho năm học mới"],
    8: [
        "Phân công cán bộ giáo viên điều tra phổ cập vận động trẻ ra lớp.",
        "Lao động sửa sang cơ sở vật chất chuẩn bị cho trẻ ra lớp",
        "Cho trẻ ra lớp tập văn nghệ chuẩn bị khai giảng năm học mới",
        "Lên kế hoạch các khoản thu chi và tổ chức họp phụ huynh",
    ],
    9: [
        "Tổ chức tốt ngày toàn dân đưa trẻ đến trường",
        "Kiện toàn các tổ chức trong nhà trường",
        "Tổ chức họp Ban ĐDCMHS trường",
        "Tổ chức triển khai các cuộc vận động và phong trào thi đua trong năm học.",
        "Kiện toàn các tổ chức trong nhà trường",
    ],
    10: [
        "Chỉ đạo tổ chức tốt:",
        "Kỷ niệm ngày 20/10, Phát động phong trào thi đua chào mừng 20/11",
        "Xét chọn 02 đối tượng đề nghị đi học cảm tình đảng",
        "Duy trì các hoạt động chuyên môn",
        "Hội nghị viên chức năm học 2021 - 2022",
    ],
    11: [
        "Tổ chức tốt ngày nhà giáo Việt Nam 20/11",
        "Chỉ đạo kiểm tra nộ bộ đơn vị",
        "Chỉ đạo thực hiện kế hoạch chuyên môn trường.",
    ],
    12: [
        "Chuẩn bị sơ kết học kỳ 1",
        "Tổng kết hoạt động chi bộ năm 2021, đánh giá chất lượng Đảng viên và tổ chức cơ sở Đảng năm 2021.",
        "Duy trì các họat động chuyên môn.",
    ],
}

FIELD_1 = "Chỉ đạo thực hiện nhiệm vụ chính trị nhà trường"
FIELD_2 = "Công tác giáo dục chính trị tư tưởng"
FIELD_3 = "Lãnh đạo thực hiện công tác tổ chức cán bộ xây dựng Đảng và chi bộ"
GUARD = f"{FIELD_3} › Công tác bảo vệ chính trị nội bộ"
TARGETS_HERE = f"{FIELD_3} › Các chỉ tiêu phấn đấu của chi bộ"
FIELD_4 = "Công tác lãnh đạo đoàn thể và hội"
FIELD_5 = "Công tác kiểm tra Đảng và tài chính đảng"
FIELD_6 = "Công tác xây dựng, phát triển Đảng."
BUILD = f"{FIELD_6} › Xây dựng Đảng"
GROW = f"{FIELD_6} › Phát triển Đảng"


def prose(section: str, texts: list[str], sub: str = "") -> list[dict]:
    return [{"Kỳ": KEY, "Mục": section, "Nội dung": t, "Mục con": sub} for t in texts]


PROSE = [
    *prose("Căn cứ", GROUNDS),
    *prose("Mở đầu", [OPENING]),
    *prose("Thuận lợi", EASY),
    *prose("Khó khăn", HARD),
    *prose("Nhiệm vụ chung", GENERAL),
    *prose("Nhiệm vụ cụ thể", F1, FIELD_1),
    *prose("Nhiệm vụ cụ thể", F2, FIELD_2),
    *prose("Nhiệm vụ cụ thể", F3, FIELD_3),
    *prose("Nhiệm vụ cụ thể", F3_GUARD, GUARD),
    *prose("Nhiệm vụ cụ thể", F4, FIELD_4),
    *prose("Nhiệm vụ cụ thể", F5, FIELD_5),
    *prose("Nhiệm vụ cụ thể", F6_BUILD, BUILD),
    *prose("Giải pháp", SOLUTIONS),
    *prose("Kết thúc", [CLOSING]),
]


def target(code: str, content: str, unit: str = "", plan: object = None, **more: str) -> dict:
    return {"Mã": code, "Nội dung": content, "Đơn vị tính": unit, "Kế hoạch năm": plan, **more}


TARGETS = [
    target(
        "CT01",
        "Đảng viên và quần chúng tham gia học tập chính trị, các chủ trương, chỉ thị, Nghị "
        "quyết của Đảng",
        "%",
        "100%",
        **{"Lĩnh vực": "Chính trị tư tưởng", "Mục con": TARGETS_HERE},
    ),
    target(
        "CT02",
        "Đảng viên thực hiện tốt tiêu chuẩn đạo đức lối sống theo bản đăng ký của cá nhân và "
        "tập thể. Thực hiện tốt việc “Học tập và làm theo tư tưởng đạo đức phong cách Hồ Chí "
        "Minh”",
        "%",
        "100%",
        **{"Lĩnh vực": "Chính trị tư tưởng", "Mục con": TARGETS_HERE},
    ),
    target(
        "CT03",
        "Thực hiện thu chi Đảng phí",
        **{
            "Mục tiêu": "đúng qui định, đúng nguyên tắc và minh bạch",
            "Lĩnh vực": "Kiểm tra giám sát",
            "Mục con": TARGETS_HERE,
        },
    ),
    target(
        "CT04",
        "Đảng viên cuối năm được xếp loại Hoàn thành tốt nhiệm vụ",
        "%",
        "100%",
        **{"Lĩnh vực": "Xây dựng Đảng", "Mục con": TARGETS_HERE},
    ),
    target(
        "CT04.1",
        "Đảng viên Hoàn thành xuất sắc nhiệm vụ",
        "đ/c",
        4,  # a number in her cell, as Excel keeps what she types
        **{"Lĩnh vực": "Xây dựng Đảng", "Mục con": TARGETS_HERE},
    ),
    target(
        "CT05",
        "Bồi dưỡng kết nạp 02 quần chúng ưu tú vào đảng",
        "người",
        2,
        **{"Lĩnh vực": "Xây dựng Đảng", "Mục con": TARGETS_HERE},
    ),
    target(
        "CT06",
        "Xây dựng Chi bộ đạt danh hiệu",
        **{
            "Mục tiêu": "Hoàn thành tốt nhiệm vụ",
            "Lĩnh vực": "Xây dựng Đảng",
            "Mục con": TARGETS_HERE,
        },
    ),
    target(
        "CT07",
        "Phấn đấu trong năm kết nạp 2 đảng viên mới",
        "đ/c",
        2,
        **{"Lĩnh vực": "Xây dựng Đảng", "Mục con": GROW},
    ),
    target(
        "CT08",
        "Tham gia lớp bồi dưỡng nhận thức về Đảng",
        "quần chúng",
        2,
        **{"Lĩnh vực": "Xây dựng Đảng", "Mục con": GROW},
    ),
]

MONTHLY = [
    {"Tháng": month, "Nội dung hoạt động": what}
    for month, items in MONTHS.items()
    for what in items
]


def write(path: Path) -> None:
    write_workbook(
        path,
        year=YEAR,
        info=INFO,
        rows={
            "Đảng viên": MEMBERS,
            "Chỉ tiêu": TARGETS,
            "Kế hoạch tháng": MONTHLY,
            "Nội dung báo cáo": PROSE,
        },
    )


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "seed-000-2021.xlsx")
