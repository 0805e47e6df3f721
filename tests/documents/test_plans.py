"""The plans (seeds 000-003) and the new year's workbook from the last one."""

from __future__ import annotations

import hashlib
from datetime import date as d
from pathlib import Path

import docx
import openpyxl
import pytest
from clirun import run
from conftest import EXAMPLE, GOLDEN, MEMBERS

from xlkit.checks import check_path
from xlkit.documents.model import Heading, Table
from xlkit.documents.plans import PlanIssue, PlanKind, plan_document, situation, target_sentence
from xlkit.read.opening import load
from xlkit.read.records import Row
from xlkit.render.text import render_text
from xlkit.vocab import words
from xlkit.vocab.words import DEVELOPMENT, PROSE, TARGETS

JANUARY_10 = d(2023, 1, 10)
PLAN_CASES = {f"plan-{kind.value}-2023.txt": kind for kind in PlanKind}


def render_plan(name: str) -> str:
    book, _ = load(EXAMPLE)
    return render_text(
        plan_document(
            book, PLAN_CASES[name], PlanIssue(2023, "01", JANUARY_10), cwd=Path(__file__).parents[1]
        )
    )


@pytest.mark.parametrize("name", sorted(PLAN_CASES))
def test_golden_plans(name: str) -> None:
    # the goldens change only by `python tests/golden/update.py`, a step a person runs and reads
    assert render_plan(name) == (GOLDEN / name).read_text(encoding="utf-8")


def _headings(kind: PlanKind) -> list[str]:
    book, _ = load(EXAMPLE)
    return [
        h.text for h in plan_document(book, kind, PlanIssue(2023, None, JANUARY_10)).of(Heading)
    ]


def test_the_annual_plan_follows_seed_000() -> None:
    assert _headings(PlanKind.YEAR) == [
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "* Thuận lợi",
        "* Khó khăn",
        "II. NHIỆM VỤ CHUNG",
        "III. CÁC NHIỆM VỤ CỤ THỂ",
        "1. Chỉ đạo thực hiện nhiệm vụ chính trị của nhà trường",
        "2. Công tác giáo dục chính trị tư tưởng",
        "3. Công tác xây dựng Đảng",
        "4. Công tác lãnh đạo đoàn thể",
        "5. Công tác kiểm tra, giám sát và tài chính đảng",
        "* Các chỉ tiêu phấn đấu của chi bộ",
        "IV. NHỮNG GIẢI PHÁP ĐỂ THỰC HIỆN KẾ HOẠCH",
        "V. KẾ HOẠCH CỤ THỂ HÀNG THÁNG",
    ]
    text = (GOLDEN / "plan-nam-2023.txt").read_text(encoding="utf-8")
    assert "Số 01-KH/CB" in text and "KẾ HOẠCH\n" in text.replace(" ", "").replace(
        "KẾHOẠCH", "KẾ HOẠCH"
    )


def test_the_month_by_month_table_holds_several_activities_a_month(make_book) -> None:
    monthly = [
        {"Tháng": 1, "Nội dung hoạt động": "Sơ kết học kỳ 1", "Phụ trách": "Bí thư"},
        {"Tháng": 1, "Nội dung hoạt động": "Đón Tết an toàn, tiết kiệm"},
        {"Tháng": 3, "Nội dung hoạt động": "Tọa đàm ngày 8/3"},
    ]
    book, _ = load(make_book(Kế_hoạch_tháng=monthly))
    table = plan_document(book, PlanKind.YEAR, PlanIssue(2023, None, JANUARY_10)).of(Table)[0]
    assert table.rows == (
        ("Tháng", "Nội dung hoạt động"),
        ("1/2023", "- Sơ kết học kỳ 1 (Bí thư)\n- Đón Tết an toàn, tiết kiệm"),
        ("3/2023", "- Tọa đàm ngày 8/3"),
    )


def test_the_political_task_plan_follows_seed_001() -> None:
    assert _headings(PlanKind.TASK) == [
        "A. ĐẶC ĐIỂM TÌNH HÌNH CHUNG",
        "* Thuận lợi",
        "* Khó khăn",
        "B. NỘI DUNG, TIÊU CHÍ PHẤN ĐẤU",
        "I. Về xây dựng Đảng, xây dựng hệ thống chính trị",
        "1. Lãnh đạo công tác chính trị tư tưởng",
        "2. Công tác tổ chức, cán bộ và xây dựng chi bộ",
        "3. Lãnh đạo chính quyền và các đoàn thể",
        "4. Công tác kiểm tra, giám sát và kỷ luật đảng",
        "* Chỉ tiêu",
        "II. Nhiệm vụ chính trị của đơn vị",
        "* Về công tác huy động trẻ",
        "* Chất lượng chăm sóc, giáo dục",
        "* Chỉ tiêu",
        "III. Tổ chức thực hiện",
    ]


def test_the_thematic_plan_follows_seed_003() -> None:
    assert _headings(PlanKind.THEMATIC) == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "2. Yêu cầu",
        "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ",
        "III. BIỆN PHÁP THỰC HIỆN",
    ]
    text = " ".join((GOLDEN / "plan-chuyen-de-2023.txt").read_text(encoding="utf-8").split())
    assert (
        "Quý 2: Nâng cao chất lượng chăm sóc, giáo dục trẻ (đ/c Trần Thị Hồng chuẩn bị; dự kiến tháng 6/2023)."
        in text
    )


def test_the_term_programme_follows_seed_002() -> None:
    assert _headings(PlanKind.TERM) == [
        "1. Căn cứ:",
        "A. CÁC CÔNG TÁC TRỌNG TÂM CỦA CHI BỘ",
        "B. CÔNG TÁC XÂY DỰNG ĐẢNG",
        "C. PHÁT TRIỂN VÀ NÂNG CAO CHẤT LƯỢNG GIÁO DỤC",
        "D. XÂY DỰNG CƠ SỞ VẬT CHẤT",
    ]
    text = " ".join((GOLDEN / "plan-toan-khoa-2023.txt").read_text(encoding="utf-8").split())
    assert "Số 01-CTr/CB" in text
    assert "công tác toàn khóa Chi bộ Trường Mầm non Hoa Sen Nhiệm kỳ 2020-2025" in text
    # the grounds a dash list under "1. Căn cứ:", then the lead to the lettered parts
    assert (
        "1. Căn cứ: - Điều lệ Đảng Cộng sản Việt Nam. - Nghị quyết Đại hội Chi bộ lần thứ IX, "
        "nhiệm kỳ 2020-2025. - Chương trình công tác: A. CÁC CÔNG TÁC"
    ) in text
    # no opening sentence of xlkit's: seed 002 has none
    assert "xây dựng chương trình công tác toàn khóa" not in text


# --- the situation at the plan's date -----------------------------------------------------------


def test_the_situation_is_counted_on_the_plans_date(make_book) -> None:
    members = [dict(m) for m in MEMBERS]
    members[0].update({"Tình trạng": "Chuyển đi", "Ngày thay đổi": d(2023, 5, 15)})  # left in May
    members[1].update(
        {"Ngày vào Đảng": d(2023, 3, 2), "Ngày chính thức": None}
    )  # admitted in March
    book, _ = load(make_book(Đảng_viên=members))
    assert situation(book, JANUARY_10)[0].startswith(
        f"Đến ngày 10 tháng 01 năm 2023, chi bộ có {len(MEMBERS) - 1:02d} đảng viên"
    )
    assert situation(book, d(2023, 6, 1))[0].startswith(
        f"Đến ngày 01 tháng 6 năm 2023, chi bộ có {len(MEMBERS) - 1:02d} đảng viên"
    )
    on_march_3 = situation(book, d(2023, 3, 3))[0]
    assert (
        f"chi bộ có {len(MEMBERS):02d} đảng viên" in on_march_3
        and "đảng viên dự bị 01" in on_march_3
    )


def test_a_plan_of_another_year_is_dated_at_its_start_and_says_so(tmp_path: Path) -> None:
    result = run("plan", "2023", str(EXAMPLE))
    assert result.returncode == 0
    assert "Hòa Bình, ngày 01 tháng 01 năm 2023" in result.stdout
    assert result.stderr.splitlines() == [
        "xlkit: kế hoạch năm 2023 ghi ngày 01/01/2023 và tính tình hình đảng viên đến ngày đó; ghi ngày khác bằng --ngay dd/mm/yyyy"
    ]


# --- targets as the plans state them ------------------------------------------------------------


def _target(**values) -> Row:
    base = {
        "Mã": "X",
        "Nội dung": "",
        "Đơn vị tính": None,
        "Kế hoạch năm": None,
        "Chiều": None,
        "Mục tiêu": None,
        "Lĩnh vực": None,
    }
    return Row(TARGETS, 2, {**base, **values}, {})


@pytest.mark.parametrize(
    ("values", "said"),
    [
        (
            {
                "Nội dung": "Đảng viên được học tập nghị quyết",
                "Đơn vị tính": "%",
                "Kế hoạch năm": 100,
            },
            "100% đảng viên được học tập nghị quyết.",
        ),
        (
            {"Nội dung": "Kết nạp đảng viên mới", "Đơn vị tính": "đ/c", "Kế hoạch năm": 2},
            "Kết nạp đảng viên mới: 02 đ/c.",
        ),
        (
            {"Nội dung": "Tỷ lệ học sinh bỏ học", "Đơn vị tính": "%", "Kế hoạch năm": "dưới 1%"},
            "Tỷ lệ học sinh bỏ học dưới 1%.",
        ),
        (
            {"Nội dung": "Tỷ lệ học sinh tốt nghiệp", "Đơn vị tính": "%", "Kế hoạch năm": 100},
            "Tỷ lệ học sinh tốt nghiệp đạt 100%.",
        ),
        (
            {"Nội dung": "Trẻ bỏ học", "Đơn vị tính": "%", "Kế hoạch năm": 1, "Chiều": "Tối đa"},
            "Trẻ bỏ học không quá 1%.",
        ),
        (
            {
                "Nội dung": "Giáo viên dạy giỏi cấp trường",
                "Đơn vị tính": "%",
                "Kế hoạch năm": "trên 85%",
            },
            "Giáo viên dạy giỏi cấp trường đạt trên 85%.",
        ),
        (
            {"Nội dung": "Chi bộ phấn đấu đạt", "Mục tiêu": "Hoàn thành tốt nhiệm vụ"},
            "Chi bộ phấn đấu đạt: Hoàn thành tốt nhiệm vụ.",
        ),
        ({"Nội dung": "Thu, nộp đảng phí đúng quy định"}, "Thu, nộp đảng phí đúng quy định."),
        # words that go on her sentence: no colon (seed 000)
        (
            {"Nội dung": "Thực hiện thu chi Đảng phí", "Mục tiêu": "đúng qui định"},
            "Thực hiện thu chi Đảng phí đúng qui định.",
        ),
        # a maximum of zero is a negation, of people or of things, a rate or a count
        (
            {
                "Nội dung": "Đảng viên vi phạm phải xử lý về tài chính",
                "Đơn vị tính": "người",
                "Kế hoạch năm": 0,
                "Chiều": "Tối đa",
            },
            "Không có đảng viên nào vi phạm phải xử lý về tài chính.",
        ),
        (
            {
                "Nội dung": "Tỷ lệ trẻ bỏ học",
                "Đơn vị tính": "%",
                "Kế hoạch năm": 0,
                "Chiều": "Tối đa",
            },
            "Không có trẻ nào bỏ học.",
        ),
        (
            {
                "Nội dung": "Vụ mất an toàn",
                "Đơn vị tính": "khác",
                "Kế hoạch năm": 0,
                "Chiều": "Tối đa",
            },
            "Không có vụ mất an toàn.",
        ),
        (  # one above zero stays a maximum; the unit "khác" is never printed
            {
                "Nội dung": "Vụ mất an toàn",
                "Đơn vị tính": "khác",
                "Kế hoạch năm": 1,
                "Chiều": "Tối đa",
            },
            "Vụ mất an toàn: không quá 01.",
        ),
        (  # a minimum of zero is not a negation
            {"Nội dung": "Sáng kiến", "Đơn vị tính": "khác", "Kế hoạch năm": 0},
            "Sáng kiến: 0.",
        ),
        (
            {"Nội dung": "CB, GV được bồi dưỡng", "Đơn vị tính": "%", "Kế hoạch năm": 100},
            "100% CB, GV được bồi dưỡng.",
        ),
    ],
)
def test_target_sentences(values: dict, said: str) -> None:
    from xlkit.text.amounts import parse

    plan = values.get("Kế hoạch năm")
    if isinstance(plan, str):
        values = {**values, "Kế hoạch năm": parse(plan)}
    assert target_sentence(_target(**values)) == said


def test_a_target_and_its_parts() -> None:
    parent = _target(
        Nội_dung=None,
        **{
            "Nội dung": "Đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên",
            "Đơn vị tính": "%",
            "Kế hoạch năm": 100,
        },
    )
    part = _target(
        **{
            "Mã": "X.1",
            "Nội dung": "Đảng viên hoàn thành xuất sắc nhiệm vụ",
            "Đơn vị tính": "đ/c",
            "Kế hoạch năm": 4,
        }
    )
    assert target_sentence(parent, [part]) == (
        "100% đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên (trong đó có 04 đảng viên hoàn thành xuất sắc nhiệm vụ)."
    )


def test_a_target_in_words_needs_no_plan_and_stays_out_of_the_report(make_book) -> None:
    targets = [
        {"Mã": "A", "Nội dung": "Chi bộ đạt", "Mục tiêu": "Hoàn thành tốt nhiệm vụ"},
        {"Mã": "B", "Nội dung": "Không có gì"},  # neither a plan nor a goal: still required
        {
            "Mã": "C",
            "Nội dung": "Kết nạp",
            "Đơn vị tính": "đ/c",
            "Kế hoạch năm": 1,
            "Thực hiện 6 tháng đầu": 1,
        },
    ]
    path = make_book(Chỉ_tiêu=targets)
    assert [(f.code, f.cell) for f in check_path(path).findings if f.sheet == TARGETS] == [
        ("value-required", "D3"),
        ("value-required", "F3"),
    ]
    text = run("report", "2023-H1", str(path), "--force").stdout
    assert (
        "Chi bộ đạt" not in text and " 2  | Kết nạp (đ/c)" in text
    )  # B stays: its plan is missing, not in words


def test_the_year_report_says_which_planned_themes_were_held(make_book) -> None:
    themes = [{"Quý": q, "Chủ đề": f"Chủ đề {q}"} for q in (1, 2, 3)]
    meetings = [{"Ngày": d(2023, m, 5), "Loại": "Thường kỳ", "Có mặt": 6} for m in range(1, 13)] + [
        {"Ngày": d(2023, 2, 20), "Loại": "Chuyên đề", "Có mặt": 6},
        {"Ngày": d(2023, 8, 20), "Loại": "Thường kỳ và chuyên đề", "Có mặt": 6},
    ]
    text = " ".join(
        run("report", "2023", str(make_book(Chuyên_đề=themes, Sinh_hoạt=meetings))).stdout.split()
    )
    assert (
        "Thực hiện kế hoạch sinh hoạt chuyên đề: đã tổ chức 02/03 chuyên đề (quý I: Chủ đề 1; quý III: Chủ đề 3); chưa tổ chức: quý II: Chủ đề 2."
    ) in text
    h1 = " ".join(
        run(
            "report", "2023-H1", str(make_book(Chuyên_đề=themes, Sinh_hoạt=meetings))
        ).stdout.split()
    )
    assert "đã tổ chức 01/02 chuyên đề (quý I: Chủ đề 1); chưa tổ chức: quý II: Chủ đề 2." in h1


# --- the command


def test_plan_kinds_and_a_wrong_one() -> None:
    for kind in ("nam", "nhiem-vu", "chuyen-de", "toan-khoa"):
        result = run("plan", "2023", str(EXAMPLE), "--kind", kind, "--ngay", "10/01/2023")
        assert result.returncode == 0 and result.stdout.count("Nguyễn Thị Thu Hà") == 1, kind
    wrong = run("plan", "2023", str(EXAMPLE), "--kind", "quy")
    assert (wrong.returncode, wrong.stderr) == (
        2,
        "xlkit: Loại kế hoạch 'quy' không có; chọn một trong: nam, nhiem-vu, chuyen-de, toan-khoa\n",
    )
    term = run("plan", "2020-2025", str(EXAMPLE), "--kind", "toan-khoa", "--ngay", "10/01/2023")
    assert term.returncode == 0 and "CHƯƠNG TRÌNH" in term.stdout
    assert run("plan", "20x", str(EXAMPLE)).returncode == 2


def test_a_plan_as_docx(tmp_path: Path) -> None:
    result = run(
        "plan",
        "2023",
        str(EXAMPLE),
        "--ngay",
        "10/01/2023",
        "--so",
        "01",
        "-o",
        str(tmp_path / "kh.docx"),
    )
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(tmp_path / "kh.docx"))
    assert [p.text for p in document.tables[0].rows[0].cells[0].paragraphs][-1] == "Số 01-KH/CB"
    months = document.tables[1]
    assert [round(c.width.mm) for c in months.rows[0].cells] == [24, 141]
    assert months.rows[1].cells[1].text.startswith("- Tổng kết công tác Đảng năm 2022")


@pytest.mark.soffice
@pytest.mark.parametrize("kind", [k.value for k in PlanKind])
def test_each_plan_through_libreoffice(need_soffice: str, tmp_path: Path, kind: str) -> None:
    import subprocess

    result = run(
        "plan",
        "2023",
        str(EXAMPLE),
        "--kind",
        kind,
        "--ngay",
        "10/01/2023",
        "-o",
        str(tmp_path / "kh.pdf"),
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "kh.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert (
        "ĐẢNG CỘNG SẢN VIỆT NAM" in text
        and "Nguyễn Thị Thu Hà" in text
        and ("KẾ HOẠCH" in text or "CHƯƠNG TRÌNH" in text)
    )


# --- a new year from the last ---------------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_year_carries_what_lasts(make_book, tmp_path: Path) -> None:
    members = [dict(m) for m in MEMBERS]
    members[0].update(
        {
            "Tình trạng": "Chuyển đi",
            "Ngày thay đổi": d(2023, 5, 15),
            "Xếp loại": "Hoàn thành tốt nhiệm vụ",
        }
    )
    members[1].update(
        {"Ngày vào Đảng": d(2023, 3, 2), "Ngày chính thức": None, "Xếp loại": "Hoàn thành nhiệm vụ"}
    )
    targets = [
        {
            "Mã": "CT01",
            "Nội dung": "Kết nạp",
            "Đơn vị tính": "đ/c",
            "Kế hoạch năm": "02-03",
            "Thực hiện cả năm": 2,
            "Nguồn số liệu": "",
        },
        {"Mã": "CT02", "Nội dung": "Chi bộ đạt", "Mục tiêu": "Hoàn thành tốt nhiệm vụ"},
    ]
    development = [
        {"Họ và tên": "Đã Kết Nạp", "Ngày kết nạp": d(2023, 4, 1)},
        {"Họ và tên": "Chưa Kết Nạp", "Ngày học lớp nhận thức": d(2023, 9, 1)},
    ]
    prose = [
        {"Kỳ": "2023", "Mục": "Đánh giá chung", "Nội dung": "Của năm cũ"},
        {"Kỳ": "CT", "Mục": "Chương trình công tác", "Nội dung": "Việc của cả nhiệm kỳ"},
        {"Kỳ": "KH-2024", "Mục": "Nhiệm vụ chung", "Nội dung": "Viết trước cho năm mới"},
    ]
    old = make_book(
        {"Nhiệm kỳ": "2020-2025", "Chi bộ tự xếp loại": "Hoàn thành tốt nhiệm vụ"},
        Đảng_viên=members,
        Chỉ_tiêu=targets,
        Phát_triển_Đảng=development,
        Nội_dung_báo_cáo=prose,
    )
    before = digest(old)
    target = tmp_path / "so-2024.xlsx"
    result = run("new", str(target), "--from", str(old))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Đã tạo sổ năm 2024 từ {old}: {target} (sổ cũ giữ nguyên)"
    assert "  Đảng viên: mang sang 05 dòng, để lại 1".replace("05", str(len(MEMBERS) - 1)) in lines
    assert (
        "  Phát triển Đảng: mang sang 1 dòng, để lại 1" in lines
        and "  Nội dung báo cáo: mang sang 2 dòng, để lại 1" in lines
    )
    assert digest(old) == before  # read, never written
    new, _ = load(target)
    assert (
        new.year == 2024
        and "Chi bộ tự xếp loại" not in new.info
        and new.info["Nhiệm kỳ"] == "2020-2025"
    )
    names = [m["Họ và tên"] for m in new.rows(words.MEMBERS)]
    assert members[0]["Họ và tên"] not in names and members[1]["Họ và tên"] in names
    probationary = next(
        m for m in new.rows(words.MEMBERS) if m["Họ và tên"] == members[1]["Họ và tên"]
    )
    assert probationary["Ngày chính thức"] is None and all(
        m["Xếp loại"] is None for m in new.rows(words.MEMBERS)
    )
    first = new.rows(TARGETS)[0]
    assert (str(first.raw["Kế hoạch năm"]), first["Thực hiện cả năm"]) == ("02-03", None)
    assert [r["Họ và tên"] for r in new.rows(DEVELOPMENT)] == ["Chưa Kết Nạp"]
    assert [r["Nội dung"] for r in new.rows(PROSE)] == [
        "Việc của cả nhiệm kỳ",
        "Viết trước cho năm mới",
    ]
    assert check_path(target).errors == []


def test_the_term_programme_stays_behind_when_the_term_is_over(make_book, tmp_path: Path) -> None:
    prose = [{"Kỳ": "CT", "Mục": "Chương trình công tác", "Nội dung": "Việc của nhiệm kỳ cũ"}]
    old = make_book({"Nhiệm kỳ": "2020-2023"}, Nội_dung_báo_cáo=prose)
    run("new", str(tmp_path / "so-2024.xlsx"), "--from", str(old))
    new, _ = load(tmp_path / "so-2024.xlsx")
    assert new.rows(PROSE) == []


def test_a_new_year_never_writes_over_a_workbook_with_data(make_book, tmp_path: Path) -> None:
    old = make_book()
    filled = make_book()
    before = digest(filled)
    result = run("new", str(filled), "--year", "2024", "--from", str(old), "--force")
    assert result.returncode == 2 and digest(filled) == before
    assert (
        run("new", str(tmp_path / "x.xlsx"), "--year", "2023", "--from", str(old)).returncode == 2
    )  # not a later year
    assert (
        run("new", str(tmp_path / "x.xlsx"), "--from", str(tmp_path / "none.xlsx")).returncode == 2
    )


def test_the_example_rolls_over_clean(tmp_path: Path) -> None:
    target = tmp_path / "so-chi-bo-2024.xlsx"
    assert run("new", str(target), "--from", str(EXAMPLE)).returncode == 0
    assert check_path(target).errors == []
    sheet = openpyxl.load_workbook(target)["Thông tin"]
    assert [c.value for c in sheet["B"]][1] == 2024


# --- what mutation testing found the tests above let through --------------------------------------


def test_target_sentences_at_their_edges() -> None:
    assert (
        target_sentence(_target(**{"Mã": "CT9", "Nội dung": None, "Kế hoạch năm": 2})) == "CT9: 02."
    )  # no words: its code; no unit
    parent = _target(**{"Nội dung": "Học sinh khá, giỏi", "Đơn vị tính": "%", "Kế hoạch năm": 64})
    parts = [
        _target(
            **{"Mã": "X.1", "Nội dung": "Học sinh giỏi", "Đơn vị tính": "%", "Kế hoạch năm": 20}
        ),
        _target(
            **{"Mã": "X.2", "Nội dung": "Lớp đạt chuẩn", "Đơn vị tính": "lớp", "Kế hoạch năm": 4}
        ),
        _target(**{"Mã": "X.3", "Nội dung": "Sáng kiến", "Đơn vị tính": "lượt", "Kế hoạch năm": 3}),
        _target(**{"Mã": "X.4", "Nội dung": "Chưa có kế hoạch"}),
    ]
    assert (
        target_sentence(parent, parts)
        == "Học sinh khá, giỏi đạt 64% (trong đó có học sinh giỏi 20%; 04 lớp đạt chuẩn; 03 lượt sáng kiến)."
    )


def test_which_codes_are_parts(make_book) -> None:
    from xlkit.documents.plan_targets import placed_targets, targets_said

    targets = [
        {
            "Mã": "1.2",
            "Nội dung": "Mã có dấu chấm",
            "Đơn vị tính": "đ/c",
            "Kế hoạch năm": 1,
        },  # no target "1": its own
        {
            "Mã": "CT1",
            "Nội dung": "Đảng viên xếp loại tốt",
            "Đơn vị tính": "%",
            "Kế hoạch năm": 100,
        },
        {"Mã": "CT1.1", "Nội dung": "Đảng viên xuất sắc", "Đơn vị tính": "đ/c", "Kế hoạch năm": 2},
    ]
    book, _ = load(make_book(Chỉ_tiêu=targets))
    assert targets_said(placed_targets(book)) == [
        "Mã có dấu chấm: 01 đ/c.",
        "100% đảng viên xếp loại tốt (trong đó có 02 đảng viên xuất sắc).",
    ]


def test_the_term_programme_keeps_its_own_sections_out_of_the_letters(make_book) -> None:
    prose = [
        {"Kỳ": "CT", "Mục": "Căn cứ", "Nội dung": "Căn cứ Nghị quyết Đại hội Chi bộ lần thứ IX;"},
        {"Kỳ": "CT", "Mục": "Mở đầu", "Nội dung": "Chi bộ xây dựng chương trình như sau:"},
        {"Kỳ": "CT", "Mục": "Nhiệm vụ", "Nội dung": "Việc một."},
        {"Kỳ": "CT", "Mục": "Kết thúc", "Nội dung": "Chi bộ quyết tâm thực hiện./."},
        {"Kỳ": "CT", "Mục": "Giải pháp", "Mục con": "Về tổ chức", "Nội dung": "Việc hai."},
    ]
    book, _ = load(make_book({"Nhiệm kỳ": "2020-2025"}, Nội_dung_báo_cáo=prose))
    text = render_text(plan_document(book, PlanKind.TERM, PlanIssue(2023, None, JANUARY_10)))
    assert [
        h.text
        for h in plan_document(book, PlanKind.TERM, PlanIssue(2023, None, JANUARY_10)).of(Heading)
    ] == ["1. Căn cứ:", "A. NHIỆM VỤ", "B. VỀ TỔ CHỨC"]
    assert (
        "Căn cứ Nghị quyết Đại hội Chi bộ lần thứ IX;" in text
        and "Chi bộ quyết tâm thực hiện./." in text
    )
    assert "Điều lệ" not in text  # her Căn cứ replaces the default
    assert "Chi bộ xây dựng chương trình như sau:" in text  # her opening, when she writes one


def test_a_theme_dated_by_a_real_date(make_book) -> None:
    from xlkit.documents.plans import themes

    rows = [
        {"Quý": 2, "Chủ đề": "Chủ đề B", "Thời gian dự kiến": d(2023, 6, 15)},
        {"Quý": 1, "Chủ đề": "Chủ đề A"},
    ]
    book, _ = load(make_book(Chuyên_đề=rows))
    assert themes(book) == ["Quý 1: Chủ đề A.", "Quý 2: Chủ đề B (dự kiến 15/06/2023)."]


def test_a_dash_she_pasted_is_printed_once(make_book) -> None:
    """Prose pasted from Word with its own '- ' (or '+ ', '• ') is one item, one dash."""
    prose = [
        {"Kỳ": "KH-2023", "Mục": "Thuận lợi", "Nội dung": "- Đội ngũ đoàn kết."},
        {"Kỳ": "KH-2023", "Mục": "Thuận lợi", "Nội dung": "• Cơ sở vật chất khang trang."},
        {"Kỳ": "KH-2023", "Mục": "Thuận lợi", "Nội dung": "Phụ huynh ủng hộ - nhiệt tình."},
    ]
    book, _ = load(make_book(Nội_dung_báo_cáo=prose))
    lines = render_text(plan_document(book, PlanKind.YEAR, PlanIssue(2023, None, JANUARY_10)))
    said = [line.strip() for line in lines.splitlines()]
    assert "- Đội ngũ đoàn kết." in said and "- Cơ sở vật chất khang trang." in said
    assert "- Phụ huynh ủng hộ - nhiệt tình." in said  # a dash inside her sentence stays
    assert not [line for line in said if line.startswith(("- -", "- •"))]


def test_each_monthly_activity_keeps_its_line_in_the_text(make_book) -> None:
    """Two activities of one month: two lines in the text output, as in the .docx and .md."""
    rows = [
        {"Tháng": 3, "Nội dung hoạt động": "Sinh hoạt chuyên đề quý 1", "Phụ trách": "Chi ủy"},
        {"Tháng": 3, "Nội dung hoạt động": "Kết nạp đảng viên mới", "Phụ trách": "Bí thư"},
    ]
    book, _ = load(make_book(Kế_hoạch_tháng=rows))
    text = render_text(plan_document(book, PlanKind.YEAR, PlanIssue(2023, None, JANUARY_10)))
    at = text.index(" 3/2023")
    assert text[at:].splitlines()[:2] == [
        " 3/2023 | - Sinh hoạt chuyên đề quý 1 (Chi ủy)",
        "        | - Kết nạp đảng viên mới (Bí thư)",
    ]


@pytest.mark.parametrize(
    ("day", "warned"),
    [("10/01/2024", True), ("31/12/2021", True), ("20/12/2022", False), ("10/01/2023", False)],
)
def test_a_plan_dated_outside_its_year_and_the_one_before_is_a_warning(
    day: str, warned: bool
) -> None:
    result = run("plan", "2023", str(EXAMPLE), "--ngay", day)
    assert result.returncode == 0
    warning = (
        f"xlkit: cảnh báo: kế hoạch năm 2023 lại ghi ngày {day}, ngoài năm 2023 và năm trước đó; "
        "kiểm tra lại --ngay"
    )
    assert result.stderr.splitlines() == ([warning] if warned else [])
