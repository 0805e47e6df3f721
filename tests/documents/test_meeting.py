"""`xlkit meeting`: the minutes and the resolution of a meeting of the example, read back from the
.docx paragraph by paragraph; the month a meeting reviews; the self-scoring parts both sides of
their bands; the length rule for a large cell when set; an earlier workbook without the columns."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import pytest

from tests.builders import EXAMPLE, cell, member, row
from tests.clirun import run
from xlkit.checks.party import RULES, check_party_rules
from xlkit.checks.party.settings import with_settings
from xlkit.documents.meeting import months_of
from xlkit.documents.meeting_score import parts
from xlkit.vocab.periods import Period
from xlkit.vocab.words import MEETINGS

OLD = Path(__file__).resolve().parent.parent / "data" / "so-chi-bo-v1-2023.xlsx"


def _docx(path: Path) -> tuple[list[str], list[list[str]]]:
    import docx

    document = docx.Document(str(path))
    cells = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    return [p.text for p in document.paragraphs], cells


def test_the_minutes_of_the_example_read_back_from_the_docx(tmp_path: Path) -> None:
    ran = run("meeting", "06/03/2023", str(EXAMPLE), "-o", "bb.docx", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    paragraphs, cells = _docx(tmp_path / "bb.docx")
    assert paragraphs == [
        "BIÊN BẢN",
        "sinh hoạt chi bộ thường kỳ tháng 3 năm 2023",
        "-----",
        "Hôm nay, vào lúc ………… giờ …………, ngày 06 tháng 3 năm 2023, tại Phòng họp Trường Mầm non "
        "Hoa Sen, Chi bộ Trường Mầm non Hoa Sen tổ chức sinh hoạt chi bộ thường kỳ tháng 3 năm 2023.",
        "I. THÀNH PHẦN",
        "- Tổng số đảng viên của chi bộ: 17 đồng chí (chính thức: 16, dự bị: 01), trong đó 01 đồng "
        "chí được miễn sinh hoạt.",
        "- Có mặt: 16 đồng chí (94,1% số đảng viên phải dự).",
        "- Vắng: 01 đồng chí (có lý do: 01; không có lý do: 0): Đ/c Mai Thị Phương (ốm).",
        "- Chủ trì: đồng chí Nguyễn Thị Thu Hà, Bí thư chi bộ.",
        "- Thư ký: đồng chí Trần Thị Hồng.",
        "II. NỘI DUNG",
        "1. Nội dung sinh hoạt",
        "Đánh giá tháng 2, triển khai nhiệm vụ tháng 3",
        "2. Đánh giá kết quả thực hiện nhiệm vụ tháng 2",
        "Tháng 2, chi bộ lãnh đạo nhà trường tổ chức tốt các hoạt động mừng Đảng, mừng Xuân; 100% "
        "đảng viên chấp hành tốt nội quy, quy chế của đơn vị.",
        "- Tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng 3/2 (Chi ủy): đã thực hiện.",
        "Đã thực hiện 01/01 việc theo kế hoạch tháng 2.",
        "3. Nhiệm vụ trọng tâm tháng 3",
        "- Sinh hoạt chuyên đề quý I; kết nạp đảng viên mới (phụ trách: Chi ủy).",
        "Tổ chức các hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3 và Ngày thành lập Đoàn 26/3.",
        "III. Ý KIẾN THẢO LUẬN",
        "- Đồng chí Trần Thị Hồng đề nghị chi bộ sớm hoàn thiện hồ sơ kết nạp quần chúng Lê Thị "
        "Ngọc Ánh.",
        "- Đồng chí Vũ Thị Hoa đề xuất phân công đảng viên chuẩn bị nội dung sinh hoạt chuyên đề "
        "quý I.",
        "IV. KẾT LUẬN CỦA CHỦ TRÌ",
        "Chi bộ thống nhất tổ chức lễ kết nạp đảng viên mới trong tháng 3; giao đồng chí Nguyễn Thị "
        "Thu Hà chuẩn bị nội dung sinh hoạt chuyên đề quý I.",
        "Chi bộ biểu quyết thông qua nghị quyết tháng 3 với …………/16 đồng chí có mặt tán thành.",
        "Buổi sinh hoạt kết thúc vào lúc ………… giờ ………… cùng ngày, thời lượng 100 phút. Biên bản "
        "đã được đọc lại cho chi bộ nghe và nhất trí thông qua.",
    ]
    # the clerk signs on the left, the chair on the right; a biên bản bears no number
    assert cells[0][0] == "ĐẢNG BỘ XÃ HÒA BÌNH\nCHI BỘ\nTRƯỜNG MẦM NON HOA SEN\n*\n"
    assert cells[-1] == [
        "NGƯỜI GHI BIÊN BẢN\n\n\n\n\nTrần Thị Hồng",
        "CHỦ TRÌ\n\n\n\n\nNguyễn Thị Thu Hà",
    ]


def test_the_resolution_of_the_example_read_back_from_the_docx(tmp_path: Path) -> None:
    ran = run(
        "meeting", "06/03/2023", str(EXAMPLE), "--kind", "nghi-quyet", "--so", "3", "-o",
        "nq.docx", cwd=tmp_path,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    paragraphs, cells = _docx(tmp_path / "nq.docx")
    assert paragraphs == [
        "NGHỊ QUYẾT",
        "chi bộ tháng 3 năm 2023",
        "-----",
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "Căn cứ chương trình, kế hoạch công tác năm 2023 của chi bộ;",
        "Căn cứ kết quả sinh hoạt chi bộ thường kỳ ngày 06 tháng 3 năm 2023,",
        "Chi bộ quyết nghị:",
        "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 2",
        "Tháng 2, chi bộ lãnh đạo nhà trường tổ chức tốt các hoạt động mừng Đảng, mừng Xuân; 100% "
        "đảng viên chấp hành tốt nội quy, quy chế của đơn vị.",
        "- Tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng 3/2: đã thực hiện.",
        "Đã thực hiện 01/01 việc theo kế hoạch tháng 2.",
        "Sinh hoạt chi bộ: 16/17 đảng viên có mặt (94,1%).",
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG 3",
        "1. Sinh hoạt chuyên đề quý I; kết nạp đảng viên mới (phụ trách: Chi ủy).",
        "Tổ chức các hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3 và Ngày thành lập Đoàn 26/3.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Chi ủy chi bộ, các đồng chí đảng viên căn cứ nghị quyết này tổ chức thực hiện; kết quả "
        "được đánh giá tại buổi sinh hoạt chi bộ kỳ tới.",
        "Nghị quyết được chi bộ thông qua với …………/16 đồng chí có mặt tán thành.",
    ]
    assert cells[0][0].endswith("*\nSố 03-NQ/CB")
    assert cells[-1][1] == "T/M CHI BỘ\nBÍ THƯ\n\n\n\n\nNguyễn Thị Thu Hà"


def test_a_day_without_a_meeting_names_the_days_that_have_one(tmp_path: Path) -> None:
    ran = run("meeting", "07/03/2023", str(EXAMPLE), cwd=tmp_path)
    assert (ran.returncode, ran.stderr.strip()) == (
        1,
        f"xlkit: Trang Sinh hoạt của {EXAMPLE} không có buổi sinh hoạt nào ngày 07/03/2023 "
        "(trong tháng có: 06/03, 22/03).",
    )
    assert run("meeting", "32/03/2023", str(EXAMPLE), cwd=tmp_path).returncode == 2


@pytest.mark.parametrize(
    ("day", "reviewed", "ahead"),
    [
        (d(2026, 3, 20), (2026, 2), (2026, 3)),
        (d(2026, 3, 21), (2026, 3), (2026, 4)),
        (d(2026, 1, 5), (2025, 12), (2026, 1)),
        (d(2026, 12, 28), (2026, 12), (2027, 1)),
    ],
)
def test_the_month_a_meeting_reviews_and_the_one_it_plans(day, reviewed, ahead) -> None:
    assert months_of(day) == (reviewed, ahead)


def _meeting(**values) -> object:
    plain = {"Ngày": d(2026, 3, 5), "Loại": "Thường kỳ", "Có mặt": 9, "Vắng có lý do": 1}
    return row(MEETINGS, 2, **{**plain, **values})


def _count(present: int, called: int, unexcused: int = 0, members: int = 10) -> dict:
    return {
        "present": present,
        "called": called,
        "unexcused": unexcused,
        "members": members,
        "pct": 100 * present / called,
    }


@pytest.mark.parametrize(
    ("present", "called", "unexcused", "verdict"),
    [
        (9, 10, 0, "Mức từ 90%"),
        (89, 100, 0, "Mức từ 75%"),
        (75, 100, 0, "Mức từ 75%"),
        (74, 100, 0, "Mức từ 65%"),
        (64, 100, 0, "Dưới 65%"),
        (9, 10, 1, "Mức từ 90%; 1 vắng không lý do: hạ một mức"),
    ],
)
def test_attendance_bands_both_sides(present, called, unexcused, verdict) -> None:
    found = parts(cell(), _meeting(), _count(present, called, unexcused), _none(), RULES)
    assert found[1].verdict == verdict


def _none() -> dict:
    return {"rows": [], "done": 0, "month": 2}


@pytest.mark.parametrize(
    ("minutes", "kind", "members", "verdict"),
    [
        (90, "Thường kỳ", 29, "Đạt"),
        (89, "Thường kỳ", 29, "Chưa đạt"),
        (119, "Thường kỳ", 30, "Chưa đạt"),  # the ward's sheet: 120 for 30 members or more
        (120, "Thường kỳ và chuyên đề", 10, "Đạt"),
        (None, "Thường kỳ", 10, "Chi bộ tự chấm"),
    ],
)
def test_the_length_part_as_the_wards_sheet_asks(minutes, kind, members, verdict) -> None:
    meeting = _meeting(**{"Thời lượng (phút)": minutes, "Loại": kind})
    found = parts(cell(), meeting, _count(9, 10, members=members), _none(), RULES)
    assert found[0].verdict == verdict


def test_last_months_resolution_by_the_share_done() -> None:
    tasks = {"rows": [1, 2, 3, 4], "done": 3, "month": 2}
    found = parts(cell(), _meeting(), _count(9, 10), tasks, RULES)
    assert (found[3].found, found[3].verdict) == (
        "3/4 việc tháng 2 (75%)",
        "Khoảng 22,5/30 điểm (theo tỷ lệ)",
    )


def _large(count: int, minutes: int) -> list:
    members = [member(i + 2) for i in range(count - 3)]  # cell() adds three
    meetings = [_meeting(**{"Thời lượng (phút)": minutes})]
    b = cell(*members, year=2026, **{MEETINGS: meetings})
    rules = with_settings({"meeting-too-short": {"large_cell_members": 30}})
    return [
        f.code
        for f in check_party_rules(b, Period.parse("2026"), rules=rules)
        if f.code == "meeting-too-short"
    ]


def test_a_large_cells_meeting_needs_120_minutes_only_when_set() -> None:
    assert _large(29, 90) == []
    assert _large(30, 90) == ["meeting-too-short"]
    assert _large(30, 120) == []


def test_an_earlier_workbook_without_the_meeting_columns(tmp_path: Path) -> None:
    ran = run("meeting", "06/03/2023", str(OLD), cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert "- Thư ký: đồng chí …………" in ran.stdout.replace("    ", "")


def test_every_part_whole_and_what_the_workbook_does_not_hold() -> None:
    from xlkit.documents.meeting_score import Part

    held = _meeting(**{"Biên bản": "Không", "Thời lượng (phút)": 95})
    tasks = {"rows": [1, 2], "done": 2, "month": 2}
    length = (
        "Ít nhất 90 phút (90 phút; 120 phút khi sinh hoạt thường kỳ kết hợp chuyên đề hoặc chi "
        "bộ từ 30 đảng viên)"
    )
    attendance = "Mức từ 90%, 75%, 65%; vắng không lý do hạ mức"
    resolution = "30 điểm, theo tỷ lệ việc đã thực hiện (Đã thực hiện)"
    assert parts(cell(), held, _count(9, 10), tasks, RULES) == [
        Part("Thời lượng", length, "95 phút", "Đạt"),
        Part("Tỷ lệ đảng viên dự", attendance, "9/10 (90%)", "Mức từ 90%"),
        Part("Biên bản", "Có biên bản đầy đủ", "Không", "Không có biên bản"),
        Part("Thực hiện nghị quyết tháng trước", resolution, "2/2 việc tháng 2 (100%)",
             "Khoảng 30/30 điểm (theo tỷ lệ)"),
    ]  # fmt: skip
    bare = _meeting(**{"Có mặt": 0, "Vắng có lý do": 0})
    nothing = {"present": 0, "called": 0, "unexcused": 0, "members": 10, "pct": None}
    assert parts(cell(), bare, nothing, _none(), RULES) == [
        Part("Thời lượng", length, "Sổ không ghi", "Chi bộ tự chấm"),
        Part("Tỷ lệ đảng viên dự", attendance, "Sổ không ghi", "Chi bộ tự chấm"),
        Part("Biên bản", "Có biên bản đầy đủ", "Sổ không ghi", "Chi bộ tự chấm"),
        Part("Thực hiện nghị quyết tháng trước", resolution, "Kế hoạch tháng 2 không có dòng nào",
             "Chi bộ tự chấm"),
    ]  # fmt: skip
