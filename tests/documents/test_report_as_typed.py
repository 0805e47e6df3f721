"""The report as real cells write it (seed 004): values as typed, school years, forms of figures,
sub-sections, awards, targets not yet due, the header's line break. One test (or more) per item."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import openpyxl
import pytest
from builders import SEED_004
from clirun import run
from conftest import GOLDEN

from xlkit.checks import check_path
from xlkit.compute.targets import status_of
from xlkit.documents import awards, phrases
from xlkit.documents.model import Heading, Paragraph, Table
from xlkit.documents.parties import header_lines
from xlkit.documents.report import Issue, report_document
from xlkit.read.opening import load
from xlkit.read.records import Book, Row
from xlkit.read.values import type_value
from xlkit.text.amounts import parse
from xlkit.text.vn import quantity
from xlkit.vocab import schema
from xlkit.vocab.periods import Period, PeriodError
from xlkit.vocab.words import DIRECTION_MIN, EXCEEDED, FIGURES, NOT_REACHED, REACHED, TARGETS

H1 = Period.parse("2023-H1")
SEED_REPORT = (GOLDEN / "seed-004-2023-H1.txt").read_text(encoding="utf-8")


# --- 1, 2: values typed as people type them, printed back as typed ------------------------------


@pytest.mark.parametrize(
    ("typed", "unit", "value", "printed"),
    [
        ("98%", "", 98.0, "98%"),
        ("95.0%", "", 95.0, "95,0%"),
        ("100%", "%", 100.0, "100%"),
        ("trên 400", "triệu đồng", 400.0, "trên 400"),
        ("dưới 1%", "%", 1.0, "dưới 1%"),
        ("01-02", "đ/c", 1.0, "01-02"),
        ("01 đến 02", "đ/c", 1.0, "01-02"),
        ("2-3", "giáo viên", 2.0, "2-3"),
        ("171.59", "điểm", 171.59, "171,59"),
        ("171,59", "điểm", 171.59, "171,59"),
        ("1,2345", "", 1.2345, "1,23"),  # at most two decimals as typed
        ("khoảng 30", "trẻ", 30.0, "khoảng 30"),
    ],
)
def test_an_amount_is_read_and_printed_as_typed(
    typed: str, unit: str, value: float, printed: str
) -> None:
    column = schema.BY_NAME[TARGETS].column("Kế hoạch năm")
    read, findings = type_value(column, typed, TARGETS, "F2")
    assert (findings, float(read), quantity(read, unit)) == ([], value, printed)


# "1,234.5" and "1.2.3" mix the separators: a number cell refuses them, and so does an amount
# (read by the same grammar; the amount's own once made 1,2345 of the first)
@pytest.mark.parametrize("typed", ["abc", "3-1", "98 %x", "trên", "1/2", "-5%", "1,234.5", "1.2.3"])
def test_what_is_not_an_amount_is_one_finding_that_spells_the_forms(typed: str) -> None:
    column = schema.BY_NAME[FIGURES].column("Số đạt")
    read, findings = type_value(column, typed, FIGURES, "D2")
    assert read is None and [f.code for f in findings] == ["value-not-amount"]
    assert "98%, 95,0%, trên 400, dưới 1%, 01-02" in findings[0].hint("vi")


def test_the_column_hint_spells_the_accepted_forms() -> None:
    for sheet, header in (
        (TARGETS, "Kế hoạch năm"),
        (TARGETS, "Thực hiện 6 tháng đầu"),
        (FIGURES, "Số đạt"),
    ):
        assert "98%, 95,0%, trên 400, dưới 1%, 01-02" in schema.BY_NAME[sheet].column(header).help


def test_a_percentage_typed_in_excel_is_the_percentage_she_saw(make_book, tmp_path: Path) -> None:
    # Excel turns "98%" into 0.98 shown with the format 0%: calamine gives 0.98, the styles say 98%
    path = make_book(
        Số_liệu=[
            {"Mã": "F1", "Nội dung": "Trẻ 5 tuổi", "Kỳ": "2023-H1", "Số đạt": 1, "Dạng": "Tỷ lệ"}
        ]
    )
    book = openpyxl.load_workbook(path)
    cells = book["Số liệu"]
    cells["D2"].value, cells["D2"].number_format = 0.98, "0%"
    cells.append(["F2", "Trẻ phát triển", "2023-H1", 0.955, None, None, None, "Tỷ lệ"])
    cells["D3"].number_format = "0.0%"
    book.save(path)
    loaded, findings = load(path)
    assert [f.code for f in findings if f.sheet == FIGURES] == []
    rows = loaded.rows(FIGURES)
    assert [(float(r["Số đạt"]), quantity(r["Số đạt"])) for r in rows] == [
        (98.0, "98%"),
        (95.5, "95,5%"),
    ]
    text = run("report", "2023-H1", str(path)).stdout
    assert "Trẻ 5 tuổi: 98%." in text and "Trẻ phát triển: 95,5%." in text


@pytest.mark.parametrize(
    ("actual", "plan", "status"),
    [
        (1, "01-02", REACHED),  # a range is reached at its lower bound
        (2, "01-02", REACHED),
        (3, "01-02", EXCEEDED),
        (0, "01-02", NOT_REACHED),
        (95, "trên 95", NOT_REACHED),  # "more than": 95 is not
        (96, "trên 95", REACHED),
        (0.5, "dưới 1%", REACHED),
        (1, "dưới 1%", NOT_REACHED),
        (100, "100%", REACHED),
        (99.9, "100%", NOT_REACHED),
    ],
)
def test_a_plan_with_a_qualifier_or_a_range_is_judged_by_it(
    actual: float, plan: str, status: str
) -> None:
    assert status_of(actual, parse(plan), DIRECTION_MIN) == status


def test_fix_leaves_a_form_alone_and_a_plain_number_text_becomes_a_number(make_book) -> None:
    figures = [
        {"Mã": "F1", "Nội dung": "A", "Kỳ": "2023-H1", "Số đạt": "95.0%"},
        {"Mã": "F2", "Nội dung": "B", "Kỳ": "2023-H1", "Số đạt": "trên 400"},
        {"Mã": "F3", "Nội dung": "C", "Kỳ": "2023-H1", "Số đạt": "1.250"},
    ]
    path = make_book(Số_liệu=figures)
    run("fix", str(path))
    sheet = openpyxl.load_workbook(path.with_name(path.stem + "-da-sua.xlsx"))["Số liệu"]
    assert [sheet[f"D{r}"].value for r in (2, 3, 4)] == ["95.0%", "trên 400", 1250]


# --- 3: school years ------------------------------------------------------------------------------


def test_a_school_year_is_a_period_of_figures_and_awards() -> None:
    column = schema.BY_NAME[FIGURES].column("Kỳ")
    for typed in ("2022-2023", "Năm học 2022-2023", "năm học 2022 - 2023"):
        read, findings = type_value(column, typed, FIGURES, "C2")
        assert (str(read), read.label(), findings) == ("2022-2023", "năm học 2022-2023", [])
    school = Period.parse("2022-2023", school_year=True)
    assert [
        school.reported_in(Period.parse(p))
        for p in ("2023-H1", "2023", "2023-H2", "2022", "2023-Q2")
    ] == [True, True, False, False, False]
    with pytest.raises(PeriodError):
        Period.parse("2022-2024", school_year=True)
    with pytest.raises(PeriodError):
        Period.parse("2022-2023")  # a report's own period is never a school year


def test_school_years_in_the_workbook_of_a_year(make_book) -> None:
    figures = [
        {"Mã": "F1", "Nội dung": "A", "Kỳ": "2022-2023", "Số đạt": 1},
        {"Mã": "F2", "Nội dung": "B", "Kỳ": "2023-2024", "Số đạt": 1},
        {"Mã": "F3", "Nội dung": "C", "Kỳ": "2021-2022", "Số đạt": 1},
    ]
    report = check_path(make_book(Số_liệu=figures))
    assert [(f.code, f.cell) for f in report.findings if f.sheet == FIGURES] == [
        ("period-outside-year", "C4")
    ]


# --- 4: the forms of a figure


@pytest.mark.parametrize(
    ("value", "total", "unit", "form", "base", "said"),
    [
        (367, 380, "cháu", "", "", "367/380 đạt 96,6%"),
        (380, None, "cháu", "", "", "380 cháu"),
        (9, 9, "SK", "Phân số", "", "09/09 SK"),
        (parse("171.59"), 200, "điểm", "", "", "171,59/200 điểm"),
        (13, 380, "cháu", "Số lượng và tỷ lệ", "", "13 cháu đạt 3,4%"),
        (parse("98%"), None, "", "Tỷ lệ", "", "98%"),
        (361, 380, "", "Tỷ lệ", "", "95%"),
        (9, 23, "trường MN toàn huyện", "Thứ hạng", "", "đứng thứ 9 trên 23 trường MN toàn huyện"),
        (parse("3,6%"), None, "", "Tăng", "đầu năm", "tăng 3,6% so với đầu năm"),
        (2, None, "cháu", "Giảm", "cùng kỳ", "giảm 02 cháu so với cùng kỳ"),
        (parse("trên 400"), None, "triệu đồng", "", "", "trên 400 triệu đồng"),
    ],
)
def test_each_form_of_a_figure(value, total, unit: str, form: str, base: str, said: str) -> None:
    assert phrases.figure("X", value, total, unit, form, base) == f"X: {said}."


# --- 5, 11: where a figure appears; opening and closing


def _seed_document():
    book, _ = load(SEED_004)
    return report_document(book, H1, Issue("03", d(2023, 7, 4)))


def test_the_seed_structure_with_its_sub_sections() -> None:
    headings = [(h.level, h.text) for h in _seed_document().of(Heading)]
    assert headings == [
        (1, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023"),
        (2, "1. Lãnh đạo thực hiện công tác xây dựng Đảng"),
        (2, "2. Lãnh đạo công tác chính trị, tư tưởng"),
        (2, "3. Lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị"),
        (3, "3.1. Số lượng"),
        (3, "3.2. Chất lượng"),
        (3, "Chất lượng giáo dục"),  # the seed's unnumbered headings inside 3.2: `Chất lượng › …`
        (3, "Chất lượng chăm sóc, nuôi dưỡng"),
        (3, "3.3. Thực hiện nội quy"),
        (3, "3.4. Công tác thanh, kiểm tra"),
        (3, "3.5. Cơ sở vật chất"),
        (2, "4. Lãnh đạo xây dựng chính quyền và các tổ chức đoàn thể"),
        (3, "4.1. Lãnh đạo chính quyền"),
        (3, "4.2. Lãnh đạo công đoàn"),
        (
            2,
            "5. Kết quả thực hiện các chỉ tiêu",
        ),  # no inspection in the seed: its section is left out, the rest numbered on
        (1, "II. ĐÁNH GIÁ CHUNG"),
        (3, "* Những tồn tại, hạn chế"),
        (1, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023"),
    ]


def test_figures_follow_the_prose_of_their_sub_section() -> None:
    blocks = _seed_document().blocks
    start = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Heading) and b.text == "3.5. Cơ sở vật chất"
    )
    said = [b.lines[0] for b in blocks[start + 1 : start + 5]]
    assert said == [
        "Tăng cường đầu tư cơ sở vật chất, thiết bị giáo dục mầm non.",
        "Số nhóm lớp có đầy đủ đồ dùng, đồ chơi theo văn bản hợp nhất số 01 của BGD&ĐT: 12/12 đạt 100%.",
        "Số nhóm, lớp có máy vi tính: 12/12 đạt 100%.",
        "Tổng kinh phí mua sắm đồ dùng, thiết bị cho trẻ trong năm học: trên 400 triệu đồng.",
    ]


def test_a_heading_under_a_sub_section(make_book) -> None:
    prose = [
        {
            "Kỳ": "2023-H1",
            "Mục": "Nhiệm vụ chính trị của đơn vị",
            "Mục con": "Chất lượng > Giáo dục",
            "Nội dung": "Về giáo dục.",
        },
        {
            "Kỳ": "2023-H1",
            "Mục": "Nhiệm vụ chính trị của đơn vị",
            "Mục con": "Số lượng",
            "Nội dung": "Về số lượng.",
        },
        {
            "Kỳ": "2023-H1",
            "Mục": "Nhiệm vụ chính trị của đơn vị",
            "Mục con": "Chất lượng",
            "Nội dung": "Chung.",
        },
    ]
    book, _ = load(make_book(Nội_dung_báo_cáo=prose))
    blocks = report_document(book, H1, Issue(None, d(2023, 7, 4))).blocks
    start = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Heading) and b.text.endswith("nhiệm vụ chính trị của đơn vị")
    )
    said = [
        (type(b).__name__, b.text if isinstance(b, Heading) else b.lines[0])
        for b in blocks[start + 1 : start + 7]
    ]
    assert said == [
        ("Heading", "2.1. Chất lượng"),  # made by the first row that names it, numbered in order
        ("Paragraph", "Chung."),
        ("Heading", "Giáo dục"),
        ("Paragraph", "Về giáo dục."),
        ("Heading", "2.2. Số lượng"),
        ("Paragraph", "Về số lượng."),
    ]


def test_a_figure_naming_a_sub_section_without_prose_makes_it(make_book) -> None:
    figures = [
        {
            "Mã": "F1",
            "Nội dung": "Số lớp",
            "Kỳ": "2023-H1",
            "Số đạt": 12,
            "Đơn vị tính": "lớp",
            "Mục con": "Quy mô",
        },
        {"Mã": "F2", "Nội dung": "Số trẻ", "Kỳ": "2023-H1", "Số đạt": 380, "Đơn vị tính": "trẻ"},
    ]
    text = run("report", "2023-H1", str(make_book(Số_liệu=figures))).stdout
    # no prose anywhere: the sections without anything to say are left out, this one is numbered 2
    assert (
        "2. Lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị\n\n    Số trẻ: 380 trẻ.\n\n2.1. Quy mô\n\n    Số lớp: 12 lớp.\n"
        in text
    )
    assert "của Chi bộ Trường Tiểu học An Phú./." in text


def test_the_secretarys_opening_and_closing_replace_the_default() -> None:
    paragraphs = _seed_document().of(Paragraph)
    assert (
        paragraphs[0]
        .lines[0]
        .startswith("Dưới sự chỉ đạo sát sao của cấp ủy, chi bộ trường mầm non")
    )
    assert paragraphs[-1].lines[0].endswith("thực hiện thắng lợi mọi chỉ tiêu kế hoạch đã đề ra./.")
    assert "Chi bộ báo cáo kết quả thực hiện nhiệm vụ" not in SEED_REPORT


# --- 6: awards -----------------------------------------------------------------------------------


def test_awards_as_the_seed_says_them() -> None:
    assert (
        "01 đ/c được đề nghị UBND thành phố tặng Bằng khen (Trần Thị Mai), 04 đ/c được đề nghị danh hiệu\n"
        "Chiến sĩ thi đua cơ sở, 29 đ/c đạt danh hiệu Lao động tiên tiến, 01 GV được Liên đoàn lao động huyện\n"
        "biểu dương lao động giỏi tiêu biểu (Nguyễn Thị Hương)."
    ) in SEED_REPORT
    assert (
        "    Tập thể Trường Mầm non Tiên Minh được đề nghị danh hiệu Tập thể lao động tiên tiến.\n"
        in SEED_REPORT
    )


def test_award_shapes_and_never_double_brackets(make_book) -> None:
    rows = [
        {
            "Kỳ": "2023-H1",
            "Đối tượng": "Lê Văn A",
            "Danh hiệu": "Bằng khen (UBND tỉnh)",
            "Loại đối tượng": "Nhân viên",
        },
        {
            "Kỳ": "2023-H1",
            "Đối tượng": "Lê Văn B",
            "Danh hiệu": "Biểu dương người tốt việc tốt",
            "Cơ quan khen": "Huyện đoàn",
        },
        {
            "Kỳ": "2023-H1",
            "Đối tượng": "Lê Văn C",
            "Danh hiệu": "Giáo viên giỏi",
            "Cơ quan khen": "Phòng GD&ĐT",
        },
        {
            "Kỳ": "2023-H1",
            "Đối tượng": "Tổ chuyên môn",
            "Loại đối tượng": "Tập thể",
            "Số lượng": 2,
            "Danh hiệu": "Tổ lao động tiên tiến",
        },
    ]
    book, _ = load(make_book(Thi_đua_khen_thưởng=rows))
    assert awards.sentences(awards.groups(book, H1)) == [
        "01 NV được tặng Bằng khen (UBND tỉnh): Lê Văn A, 01 đ/c được Huyện đoàn biểu dương người tốt việc tốt (Lê Văn B), "
        "01 đ/c được Phòng GD&ĐT công nhận danh hiệu Giáo viên giỏi (Lê Văn C).",
        "02 tập thể đạt danh hiệu Tổ lao động tiên tiến.",
    ]


# --- 7: targets due later ------------------------------------------------------------------------


def test_a_target_without_a_result_is_not_yet_due() -> None:
    table = _seed_document().of(Table)[0]
    assert table.rows[3] == (
        "3",
        "Huy động trẻ đến trường năm học 2023-2024 (%)",
        "81,7%",
        "",
        "",
        "Chưa đến kỳ đánh giá",
    )
    assert "    Đạt và vượt 02/02 chỉ tiêu; 01 chỉ tiêu chưa đến kỳ đánh giá.\n" in SEED_REPORT
    assert "Huy động trẻ đến trường năm học 2023-2024: phấn đấu đạt 81,7%." in " ".join(
        SEED_REPORT.split()
    )
    assert "—%" not in SEED_REPORT and "—" not in SEED_REPORT


def test_a_range_plan_leaves_a_range() -> None:
    assert "Kết nạp đảng viên mới: còn 01-02 đ/c (kế hoạch năm 02-03)" in SEED_REPORT


# --- 10: the cell's name in the header


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("CHI BỘ TRƯỜNG|MẦM NON TIÊN MINH", ["CHI BỘ TRƯỜNG", "MẦM NON TIÊN MINH"]),
        ("Chi bộ Trường Mầm non Hoa Sen", ["CHI BỘ", "TRƯỜNG MẦM NON HOA SEN"]),
        ("CHI BỘ MẦM NON", ["CHI BỘ MẦM NON"]),  # fits one line
        ("CHI BỘ TIỂU HỌC AN PHÚ", ["CHI BỘ TIỂU HỌC AN PHÚ"]),  # 22 characters: one line
        ("CHI BỘ TIỂU HỌC AN PHÚ A", ["CHI BỘ", "TIỂU HỌC AN PHÚ A"]),  # 24
    ],
)
def test_the_header_breaks_the_cell_name_between_words_that_belong_together(
    name: str, lines: list[str]
) -> None:
    book = Book(Path("x.xlsx"), info={"Tên chi bộ": name})
    assert header_lines(book) == lines


def test_the_line_break_mark_never_reaches_running_text() -> None:
    assert [line.strip()[:18].strip() for line in SEED_REPORT.splitlines()[1:3]] == [
        "CHI BỘ TRƯỜNG",
        "MẦM NON TIÊN MINH",
    ]
    assert (
        "TRƯỜNG|" not in SEED_REPORT and "Chi bộ Trường Mầm non Tiên Minh" not in SEED_REPORT
    )  # Đơn vị names it in text


# --- the whole seed


SEED_FIGURES = [  # every numeric figure of seed 004 that the workbook holds, in the seed's own form
    "Đã kết nạp 01 đ/c (Vũ Thị Nữ)",
    "hoàn thiện hồ sơ đề nghị kết nạp 01 quần chúng (Lê Thị Kim Liên)",
    "đạt 100% chỉ tiêu kết nạp",
    "| 100%      |",  # 100% of members studied the resolutions
    "Tổng số lớp: 12",
    "380 cháu",
    "09/09 SK",
    "12/12 đạt 100%",
    "01 GV được Liên đoàn lao động huyện",
    "367/380 đạt 96,6%",
    "13 cháu đạt 3,4%",
    "đạt chuẩn độ tuổi: 98%",
    "95,0%",
    "tăng 3,6% so với đầu năm",
    "171,59/200 điểm",
    "đứng thứ 9 trên 23 trường MN toàn huyện",
    "quy định của nhà trường: 100%",
    "2-3 giáo viên",
    "Số nhóm lớp có đầy đủ đồ dùng, đồ chơi theo văn bản hợp nhất số 01 của BGD&ĐT: 12/12 đạt 100%",
    "Số nhóm, lớp có máy vi tính: 12/12 đạt 100%",
    "trên 400 triệu đồng",
    "01 đ/c được đề nghị UBND thành phố tặng Bằng khen",
    "04 đ/c được đề nghị danh hiệu",
    "29 đ/c đạt danh hiệu Lao động tiên tiến",
    "còn 01-02 đ/c",
    "81,7%",
]


def test_every_figure_of_the_seed_in_its_form() -> None:
    flat = " ".join(SEED_REPORT.split())
    assert [f for f in SEED_FIGURES if " ".join(f.split()) not in flat] == []


def test_the_seed_workbook_checks_clean_and_is_what_its_generator_writes(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("seed004", SEED_004.with_name("seed004.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.main(tmp_path / "seed.xlsx")
    from xlkit.read.workbook import read_raw

    assert {n: s.rows for n, s in read_raw(SEED_004).sheets.items()} == {
        n: s.rows for n, s in read_raw(fresh).sheets.items()
    }
    assert check_path(SEED_004).flatten() == []


# --- what mutation testing found the tests above let through --------------------------------------


def test_an_amount_keeps_its_form_through_arithmetic_and_pickling() -> None:
    import pickle

    left = parse("81,7%").less(10)
    assert (float(left), left.percent, left.decimals) == (pytest.approx(71.7), True, 1)
    rest = parse("02-03").less(1)
    assert (float(rest), rest.upper, rest.padded, quantity(rest, "đ/c")) == (
        1.0,
        2.0,
        True,
        "01-02",
    )
    again = pickle.loads(pickle.dumps(parse("trên 1.250,5%")))
    assert (
        float(again),
        again.decimals,
        again.percent,
        again.qualifier,
        again.upper,
        again.padded,
    ) == (1250.5, 1, True, "trên", None, False)


def test_the_edges_of_a_typed_amount() -> None:
    from xlkit.text.amounts import of_number

    assert (
        float(parse("02-02")) == 2.0 and parse("03-02") is None
    )  # a range may be one value, never backwards
    assert [parse(t).padded for t in ("01", "1", "10", "0", "0,5")] == [
        True,
        False,
        False,
        False,
        False,
    ]
    assert quantity(parse("0-5"), "lớp") == "0-5"
    assert (of_number(1.5e-07).decimals, of_number(2.25).decimals, of_number(3.0).decimals) == (
        0,
        2,
        0,
    )


def test_awards_of_other_periods_are_passed_over_and_groups_add_up(make_book) -> None:
    rows = [
        {"Kỳ": "2022", "Đối tượng": "Năm trước", "Danh hiệu": "Lao động tiên tiến"},
        {"Kỳ": "2023-H1", "Đối tượng": "Tổ 1", "Số lượng": 3, "Danh hiệu": "Lao động tiên tiến"},
        {"Kỳ": "2023-H1", "Đối tượng": "Tổ 2", "Số lượng": 2, "Danh hiệu": "Lao động tiên tiến"},
        {"Kỳ": "2023-H1", "Đối tượng": "Tập thể Tổ A", "Danh hiệu": "Tổ lao động tiên tiến"},
        {"Kỳ": "2023-H1", "Đối tượng": "Tập thể Tổ B", "Danh hiệu": "Tổ lao động tiên tiến"},
    ]
    book, _ = load(make_book({"Năm": 2023}, Thi_đua_khen_thưởng=rows))
    assert awards.sentences(awards.groups(book, H1)) == [
        "05 đ/c đạt danh hiệu Lao động tiên tiến.",
        "Tập thể Tổ A, Tập thể Tổ B đạt danh hiệu Tổ lao động tiên tiến.",
    ]


def test_a_deeper_mark_stays_in_the_heading(make_book) -> None:
    prose = [
        {
            "Kỳ": "2023-H1",
            "Mục": "Nhiệm vụ chính trị của đơn vị",
            "Mục con": "A › B › C",
            "Nội dung": "X.",
        }
    ]
    book, _ = load(make_book(Nội_dung_báo_cáo=prose))
    texts = [h.text for h in report_document(book, H1, Issue(None, d(2023, 7, 4))).of(Heading)]
    assert "2.1. A" in texts and "B › C" in texts


def test_a_figure_without_its_words_is_said_by_its_code() -> None:
    from xlkit.documents.sections import figure_line

    row = Row(
        FIGURES,
        2,
        {
            "Mã": "F9",
            "Nội dung": None,
            "Số đạt": 3,
            "Tổng số": None,
            "Đơn vị tính": "lớp",
            "Dạng": None,
            "So với": None,
        },
        {},
    )
    assert figure_line(row) == "F9: 03 lớp."
