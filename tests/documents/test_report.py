"""The report: golden texts of the example workbook, escaping, and the CLI around it."""

from __future__ import annotations

import json
from datetime import date as d
from pathlib import Path

import pytest
from builders import SEED_004
from clirun import run
from conftest import EXAMPLE, GOLDEN, MEMBERS, fill

from xlkit.checks import document_findings
from xlkit.compute.indicators import compute
from xlkit.documents.model import Paragraph, Table, parse
from xlkit.documents.report import Issue, report_document
from xlkit.read.opening import load
from xlkit.render.markdown import render_markdown
from xlkit.render.text import render_text
from xlkit.vocab.periods import Period

CASES = {
    "report-2023-H1.txt": (EXAMPLE, "2023-H1", Issue("03", d(2023, 7, 4)), render_text),
    "report-2023.txt": (EXAMPLE, "2023", Issue(None, d(2024, 1, 9)), render_text),
    "report-2023-H1.md": (EXAMPLE, "2023-H1", Issue("03", d(2023, 7, 4)), render_markdown),
    "seed-004-2023-H1.txt": (SEED_004, "2023-H1", Issue("03", d(2023, 7, 4)), render_text),
}


def render_case(name: str) -> str:
    workbook, period, issue, writer = CASES[name]
    book, _ = load(workbook)
    return writer(report_document(book, Period.parse(period), issue, cwd=Path(__file__).parents[1]))


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_reports(name: str) -> None:
    text = render_case(name)
    # the goldens change only by `python tests/golden/update.py`, a step a person runs and reads
    assert text == (GOLDEN / name).read_text(encoding="utf-8")


def test_report_figures_match_the_indicators() -> None:
    book, _ = load(EXAMPLE)
    values = {i.key: i.value for i in compute(book, Period.parse("2023-H1"))}
    text = (GOLDEN / "report-2023-H1.txt").read_text()
    assert f"chi bộ có {values['members.total']} đảng viên" in text
    assert "Số trẻ xếp loại đạt chuẩn: 367/380 đạt 96,6%." in text
    assert "Đạt và vượt 08/08 chỉ tiêu; 01 chỉ tiêu chưa đến kỳ đánh giá." in text
    assert "Số 03-BC/CB" in text and "Hòa Bình, ngày 04 tháng 7 năm 2023" in text
    assert "Số    -BC/CB" in (GOLDEN / "report-2023.txt").read_text()


def test_workbook_text_is_escaped_and_line_breaks_kept(tmp_path: Path) -> None:
    from xlkit.workbooks.template import write_workbook

    path = tmp_path / "so.xlsx"
    write_workbook(path, year=2023)
    tricky = (
        "# Không phải tiêu đề | & <b>đậm</b>\n- không phải danh sách\n1. cũng không\n::: closing"
    )
    fill(
        path,
        {
            "Đảng bộ cấp trên": "ĐẢNG BỘ XÃ A",
            "Tên chi bộ": "CHI BỘ A",
            "Ký hiệu chi bộ": "CB",
            "Địa danh": "A",
            "Bí thư": "Lê Văn A",
        },
        {
            "Đảng viên": MEMBERS,
            "Nội dung báo cáo": [{"Kỳ": "2023-H1", "Mục": "Mở đầu", "Nội dung": tricky}],
            "Chỉ tiêu": [
                {"Mã": "C|1", "Nội dung": "Có | dấu\ngạch", "Đơn vị tính": "%", "Kế hoạch năm": 100}
            ],
        },
    )
    book, _ = load(path)
    document = report_document(book, Period.parse("2023-H1"), Issue("01", d(2023, 7, 1)))
    opening = document.of(Paragraph)[0]
    assert opening.lines == (
        "# Không phải tiêu đề | & <b>đậm</b>",
        "- không phải danh sách",
        "1. cũng không",
        "::: closing",
    )
    table = document.of(Table)[0]
    assert table.body[0][:2] == ("1", "Có | dấu\ngạch (%)")
    markdown = render_markdown(document)
    assert "\\# Không phải tiêu đề \\| & \\<b\\>đậm\\</b\\>\\" in markdown


def test_markup_parser_round_trip() -> None:
    document = parse(
        "::: title\nBÁO CÁO\nvề việc\n:::\n\n# I. MỘT\n\ndòng một\ndòng hai\n\n- a\n- b\ntiếp b\n\n| x | y |\n| 1 | 2\\|3 |\n"
    )
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds == ["Title", "Heading", "Paragraph", "ListItem", "ListItem", "Table"]
    assert document.blocks[4].lines == ("b", "tiếp b") and document.blocks[5].rows == (
        ("x", "y"),
        ("1", "2|3"),
    )


def test_user_template_overrides_ours(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "report.j2").write_text(
        "::: title\nBÁO CÁO RIÊNG\n{{ period.label() }}\n:::\n"
    )
    book, _ = load(EXAMPLE)
    document = report_document(
        book, Period.parse("2023-H1"), Issue(None, d(2023, 7, 4)), cwd=tmp_path
    )
    assert render_text(document).split() == [
        "BÁO",
        "CÁO",
        "RIÊNG",
        "6",
        "tháng",
        "đầu",
        "năm",
        "2023",
        "-----",
    ]


# --- the CLI -------------------------------------------------------------------------------------


def test_cli_report_prints_the_golden_text() -> None:
    result = run("report", "2023-H1", str(EXAMPLE), "--so", "03", "--ngay", "04/07/2023")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / "report-2023-H1.txt").read_text()


def test_cli_report_writes_markdown_and_text(tmp_path: Path) -> None:
    result = run(
        "report",
        "2023-H1",
        str(EXAMPLE),
        "-o",
        str(tmp_path / "bao-cao.md"),
        "--so",
        "03",
        "--ngay",
        "04/07/2023",
    )
    assert (
        result.returncode == 0
        and (tmp_path / "bao-cao.md").read_text() == (GOLDEN / "report-2023-H1.md").read_text()
    )
    result = run(
        "report",
        "2023-H1",
        str(EXAMPLE),
        "--format",
        "txt",
        "-o",
        str(tmp_path / "bao-cao"),
        "--so",
        "03",
        "--ngay",
        "04/07/2023",
    )
    assert (
        result.returncode == 0
        and (tmp_path / "bao-cao.txt").read_text() == (GOLDEN / "report-2023-H1.txt").read_text()
    )
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left behind


def test_cli_report_refuses_errors_unless_forced(make_book) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[1]["Ngày sinh"] = "31/02/1985"
    path = make_book(Đảng_viên=rows)
    result = run("report", "2023-H1", str(path))
    assert result.returncode == 1 and result.stdout == ""
    assert "'Đảng viên'!C3" in result.stderr
    forced = run("report", "2023-H1", str(path), "--force")
    assert forced.returncode == 0 and "BÁO CÁO" in forced.stdout
    assert "vẫn xuất theo --force" in forced.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (("report", "2023-H3"), "Kỳ không hợp lệ: 2023-H3"),
        (("report", "2024-H1", str(EXAMPLE)), "không thuộc năm 2023"),
        (("report", "2023-H1", str(EXAMPLE), "--ngay", "31/02/2023"), "Ngày không hợp lệ"),
        (("report", "2023-H1", str(EXAMPLE), "-o", "bao-cao.odt"), "Định dạng không hỗ trợ"),
        (("report", "2023-H1", str(EXAMPLE), "-o", str(EXAMPLE)), "Định dạng không hỗ trợ"),
        (("report", "2023-H1", "khong-co.xlsx"), "Không có tệp"),
        (("indicators", "2023-Q5", str(EXAMPLE)), "Kỳ không hợp lệ"),
    ],
)
def test_cli_report_exit_two(args, message) -> None:
    result = run(*args)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr


def test_cli_report_never_writes_over_the_workbook(tmp_path: Path) -> None:
    copy = tmp_path / "so.xlsx"
    copy.write_bytes(EXAMPLE.read_bytes())
    same = tmp_path / "bao-cao.md"
    same.symlink_to(copy)  # the output names the workbook under another name
    result = run("report", "2023-H1", str(copy), "-o", str(same), "--force", "--ngay", "04/07/2023")
    assert (result.returncode, result.stderr) == (
        2,
        f"xlkit: Không ghi đè lên tệp đang đọc: {same}\n",
    )
    # --format md with -o so.xlsx writes so.md beside it: the extension follows the format asked for
    result = run(
        "report", "2023-H1", str(copy), "--format", "md", "-o", str(copy), "--ngay", "04/07/2023"
    )
    assert (result.returncode, result.stdout) == (0, f"Đã ghi: {tmp_path / 'so.md'}\n")
    assert copy.read_bytes() == EXAMPLE.read_bytes()


def test_cli_report_picks_the_workbook_of_the_year(tmp_path: Path) -> None:
    folder = tmp_path / "workbooks"
    folder.mkdir()
    (folder / "vi-du-2023.xlsx").write_bytes(EXAMPLE.read_bytes())
    assert run("new", "--year", "2024", cwd=tmp_path).returncode == 0
    result = run("report", "2023-H1", "--ngay", "04/07/2023", "--so", "03", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == (GOLDEN / "report-2023-H1.txt").read_text()
    result = run("report", "2025-H1", cwd=tmp_path)
    assert result.returncode == 2 and "Không có sổ nào của năm 2025" in result.stderr


def test_cli_indicators_json_csv_table() -> None:
    result = run("indicators", "2023-H1", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    book, _ = load(EXAMPLE)
    assert data == [i.as_dict() for i in compute(book, Period.parse("2023-H1"))]
    assert {
        "key": "figure.TRE01.pct",
        "label": "Số trẻ xếp loại đạt chuẩn (%)",
        "value": 96.58,
        "source": {"sheet": "Số liệu", "rows": [2]},
    } in data
    csv_out = run("indicators", "2023-H1", str(EXAMPLE), "--format", "csv")
    assert csv_out.stdout.splitlines()[0] == "\ufeffMã chỉ số,Chỉ số,Giá trị,Nguồn"
    english = run("indicators", "2023-H1", str(EXAMPLE), "--format", "csv", "--lang", "en")
    assert english.stdout.splitlines()[0] == "\ufeffkey,label,value,source"
    assert "members.total,Tổng số đảng viên,18,Đảng viên: 2-19" in csv_out.stdout.splitlines()
    table = run("indicators", "2023-H1", str(EXAMPLE))
    assert table.returncode == 0 and "members.total" in table.stdout


def test_a_document_refuses_legacy_text_it_prints_and_only_that(make_book) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[2]["Họ và tên"] = "Ph¹m ThÞ Cóc"
    prose = [
        {
            "Kỳ": "2023-H2",
            "Mục": "Mở đầu",
            "Nội dung": "Chi bé ®· hoµn thµnh",
        },  # another period: not printed
        {"Kỳ": "2023-H1", "Mục": "Mở đầu", "Nội dung": "Chi bé ®· hoµn thµnh"},
    ]
    figures = [{"Mã": "F1", "Nội dung": "TrÎ ®¹t chuÈn", "Kỳ": "2023-H1", "Số đạt": 5}]
    loaded, _ = load(make_book(Đảng_viên=rows, Nội_dung_báo_cáo=prose, Số_liệu=figures))
    found = document_findings(loaded, Period.parse("2023-H1"))
    assert [
        (f.code, f.sheet, f.cell, f.value, f.arg("header"), f.arg("converted")) for f in found
    ] == [
        ("document-legacy-text", "Đảng viên", "B4", "Ph¹m ThÞ Cóc", "Họ và tên", "Phạm Thị Cúc"),
        ("document-legacy-text", "Số liệu", "B2", "TrÎ ®¹t chuÈn", "Nội dung", "Trẻ đạt chuẩn"),
        (
            "document-legacy-text",
            "Nội dung báo cáo",
            "C3",
            "Chi bé ®· hoµn thµnh",
            "Nội dung",
            "Chi bộ đã hoàn thành",
        ),
    ]
