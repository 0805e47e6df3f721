"""The .docx in the party's layout, read back; and the PDF LibreOffice makes of it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date as d
from pathlib import Path

import docx
import pytest
from clirun import run
from conftest import EXAMPLE, INFO, MEMBERS, fill
from docx.shared import Pt

from xlkit.documents.report import Issue, report_document
from xlkit.read.opening import load
from xlkit.render.layout import Layout, LayoutError, layout_from
from xlkit.render.word import write_docx
from xlkit.vocab.periods import Period


@pytest.fixture(scope="module")
def report_docx(tmp_path_factory) -> Path:
    book, _ = load(EXAMPLE)
    path = tmp_path_factory.mktemp("word") / "bao-cao.docx"
    write_docx(report_document(book, Period.parse("2023-H1"), Issue("03", d(2023, 7, 4))), path)
    return path


def runs_of(paragraph):
    return [r for r in paragraph.runs if r.text.strip()]


def test_page_size_and_margins(report_docx: Path) -> None:
    section = docx.Document(str(report_docx)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [
        round(m.mm)
        for m in (
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    ]
    assert margins == [20, 20, 30, 15]
    assert section.different_first_page_header_footer  # page numbers from page 2
    assert (
        "PAGE" in section.header._element.xml
        and "PAGE" not in section.first_page_header._element.xml
    )


def test_normal_font_is_times_new_roman_14(report_docx: Path) -> None:
    document = docx.Document(str(report_docx))
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    assert normal.paragraph_format.space_after == Pt(6)


def test_header_block(report_docx: Path) -> None:
    document = docx.Document(str(report_docx))
    header = document.tables[0]
    left, right = header.rows[0].cells
    lines = [p.text for p in left.paragraphs]
    assert lines == [
        "ĐẢNG BỘ XÃ HÒA BÌNH",
        "CHI BỘ\nTRƯỜNG MẦM NON HOA SEN",
        "*",
        "Số 03-BC/CB",
    ]  # broken after CHI BỘ
    superior, cell, _, number = (runs_of(p)[0] for p in left.paragraphs)
    assert (superior.bold, superior.font.size) == (None, Pt(14))
    assert (cell.bold, cell.font.size) == (True, Pt(14))
    assert number.font.size == Pt(14) and ":" not in number.text
    motto = runs_of(right.paragraphs[0])[0]
    assert (
        motto.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
        and motto.bold
        and not motto.underline
        and motto.font.size == Pt(15)
    )
    # a solid rule as long as the text (72,9 mm at 15 pt): a bottom border, the paragraph
    # narrowed to it
    fmt = right.paragraphs[0].paragraph_format
    assert (
        'w:val="single"' in right.paragraphs[0]._p.xml and "<w:bottom" in right.paragraphs[0]._p.xml
    )
    assert (
        abs(fmt.left_indent.mm - (165 - 75 - 72.9) / 2) < 0.1
        and fmt.left_indent == fmt.right_indent
    )
    place = runs_of(right.paragraphs[-1])[0]
    assert (
        place.text == "Hòa Bình, ngày 04 tháng 7 năm 2023"
        and place.italic
        and place.font.size == Pt(14)
    )
    # borderless: the default table style, which draws no lines, and no borders of its own
    assert header.style.name == "Normal Table" and "w:tblBorders" not in header._tbl.xml


def test_title_summary_and_body(report_docx: Path) -> None:
    paragraphs = [p for p in docx.Document(str(report_docx)).paragraphs if p.text.strip()]
    title = paragraphs[0]
    assert (
        title.text == "BÁO CÁO" and runs_of(title)[0].bold and runs_of(title)[0].font.size == Pt(16)
    )
    assert title.alignment == 1  # centred
    summary = paragraphs[1]
    assert (
        summary.text
        == "kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023,\nphương hướng nhiệm vụ trọng tâm 6 tháng cuối năm 2023"
    )
    assert runs_of(summary)[0].bold and runs_of(summary)[0].font.size == Pt(14)
    assert paragraphs[2].text == "-----"
    body = paragraphs[3]
    assert body.text.startswith("Dưới sự lãnh đạo") and body.alignment == 3  # justified
    assert round(body.paragraph_format.first_line_indent.mm) == 10
    heading = next(p for p in paragraphs if p.text.startswith("I. KẾT QUẢ"))
    assert runs_of(heading)[0].bold
    tonton = next(p for p in paragraphs if "Những tồn tại" in p.text)
    assert runs_of(tonton)[0].bold and runs_of(tonton)[0].italic


def test_targets_table_with_borders_and_repeating_header(report_docx: Path) -> None:
    document = docx.Document(str(report_docx))
    table = document.tables[1]
    assert table.style.name == "Table Grid"
    assert [c.text for c in table.rows[0].cells] == [
        "TT",
        "Chỉ tiêu",
        "Kế hoạch",
        "Thực hiện",
        "Tỷ lệ",
        "Đánh giá",
    ]
    assert [c.text for c in table.rows[3].cells] == [
        "3",
        "Sáng kiến kinh nghiệm được công nhận (lượt)",
        "08",
        "09",
        "112,5%",
        "Vượt",
    ]
    # each header fits one line at 13 pt: its column is its measured width plus Word's 3,8 mm
    # of cell margins
    widths = [round(c.width.mm) for c in table.rows[0].cells]
    assert widths == [11, 62, 24, 25, 20, 23] and sum(widths) == 165
    assert {c.vertical_alignment for row in table.rows for c in row.cells} == {1}  # centred
    assert "w:tblHeader" in table.rows[0]._tr.xml
    size = runs_of(table.rows[1].cells[1].paragraphs[0])[0].font.size
    assert size == Pt(13)


def test_closing_block(report_docx: Path) -> None:
    table = docx.Document(str(report_docx)).tables[-1]
    left, right = table.rows[0].cells
    label = runs_of(left.paragraphs[0])[0]
    assert (
        label.text == "Nơi nhận:" and label.underline and label.italic and label.font.size == Pt(14)
    )
    assert [p.text for p in left.paragraphs[1:]] == [
        "- Đảng ủy xã Hòa Bình (để b/c);",
        "- Đ/c Đảng ủy viên phụ trách chi bộ (để b/c);",
        "- Đảng viên trong chi bộ;",
        "- Lưu Chi bộ.",
    ]
    assert runs_of(left.paragraphs[1])[0].font.size == Pt(12)
    signature = [p.text for p in right.paragraphs]
    assert (
        signature[:2] == ["T/M CHI ỦY", "BÍ THƯ"]
        and signature[-1] == "Nguyễn Thị Thu Hà"
        and signature[2:-1] == [""] * 4
    )
    assert all(runs_of(p)[0].bold for p in right.paragraphs if p.text)
    # the signature never stands alone on a page: the closing sentence and the line before go
    # with it
    body = docx.Document(str(report_docx)).paragraphs
    kept = [
        (p.paragraph_format.keep_with_next, p.paragraph_format.keep_together) for p in body[-3:]
    ]
    assert kept == [(None, None), (True, True), (True, True)]
    assert (
        body[-1].text.startswith("Trên đây là báo cáo") and "w:cantSplit" in table.rows[0]._tr.xml
    )


def test_workbook_text_survives_escaping(tmp_path: Path) -> None:
    from xlkit.workbooks.template import write_workbook

    path = tmp_path / "so.xlsx"
    write_workbook(path, year=2023)
    fill(
        path,
        {**INFO, "Đơn vị": "Trường A & B <thực nghiệm>"},
        {
            "Đảng viên": MEMBERS,
            "Nội dung báo cáo": [
                {"Kỳ": "2023-H1", "Mục": "Mở đầu", "Nội dung": 'Dòng "một" & <hai>\ndòng ba'}
            ],
        },
    )
    book, _ = load(path)
    target = tmp_path / "bc.docx"
    write_docx(report_document(book, Period.parse("2023-H1"), Issue(None, d(2023, 7, 4))), target)
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert 'Dòng "một" & <hai>\ndòng ba' in texts
    assert any("của Chi bộ Trường A & B <thực nghiệm>./." in t for t in texts)


def test_layout_values_come_from_one_place(tmp_path: Path) -> None:
    layout = layout_from({"margin-left": 35, "body_size": 13})
    assert (
        layout.margin_left == 35
        and layout.body_size == 13
        and layout.margin_right == Layout().margin_right
    )
    book, _ = load(EXAMPLE)
    path = tmp_path / "bc.docx"
    write_docx(
        report_document(book, Period.parse("2023-H1"), Issue(None, d(2023, 7, 4))), path, layout
    )
    document = docx.Document(str(path))
    assert round(document.sections[0].left_margin.mm) == 35 and document.styles[
        "Normal"
    ].font.size == Pt(13)


def test_misspelled_layout_key_is_refused_with_the_closest(tmp_path: Path) -> None:
    with pytest.raises(LayoutError) as raised:
        layout_from({"margin_lfet": 35})
    assert (raised.value.key, raised.value.fields) == (
        "err.config-key",
        {"table": "layout", "name": "margin_lfet", "closest": "margin_left"},
    )
    (tmp_path / "xlkit.toml").write_text("[layout]\nmargin_lfet = 35\nbody_size = 13\n")
    result = run("report", "2023-H1", str(EXAMPLE), "-o", "bc.docx", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert (
        result.stderr
        == "xlkit: xlkit.toml › [layout]: không có mục 'margin_lfet' (gần nhất: 'margin_left')\n"
    )
    assert not (tmp_path / "bc.docx").exists()


def test_cli_layout_from_xlkit_toml(tmp_path: Path) -> None:
    (tmp_path / "xlkit.toml").write_text("[layout]\nmargin_top = 25\n")
    result = run("report", "2023-H1", str(EXAMPLE), "-o", "bc.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert round(docx.Document(str(tmp_path / "bc.docx")).sections[0].top_margin.mm) == 25


# --- in a real program ---------------------------------------------------------------------------


@pytest.mark.soffice
def test_pdf_through_libreoffice(need_soffice: str, tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils missing") if not __import__("os").environ.get(
            "CI"
        ) else pytest.fail("pdftotext needed in CI")
    result = run(
        "report",
        "2023-H1",
        str(EXAMPLE),
        "-o",
        str(tmp_path / "bao-cao.pdf"),
        "--so",
        "03",
        "--ngay",
        "04/07/2023",
    )
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "bao-cao.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "ĐẢNG BỘ XÃ HÒA BÌNH",
        "CHI BỘ",
        "TRƯỜNG MẦM NON HOA SEN",
        "Số 03-BC/CB",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hòa Bình, ngày 04 tháng 7 năm 2023",
        "BÁO CÁO",
        "367/380 đạt 96,6%",
        "Nơi nhận:",
        "T/M CHI ỦY",
        "BÍ THƯ",
        "Nguyễn Thị Thu Hà",
    ):
        assert expected in text, expected
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           4" in info and "595.3" in info and "841.89" in info  # A4, four pages
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.soffice
def test_docx_opens_in_libreoffice(need_soffice: str, report_docx: Path, tmp_path: Path) -> None:
    from conftest import convert

    # a document LibreOffice would have to repair fails to convert; this one converts, and
    # reads back as written
    converted = convert(need_soffice, report_docx, "txt:Text (encoded):UTF8", tmp_path)
    said = [
        line.strip()
        for line in converted.read_text(encoding="utf-8-sig").splitlines()
        if line.strip()
    ]
    ours = [
        line.strip()
        for p in docx.Document(str(report_docx)).paragraphs
        for line in p.text.split("\n")
        if line.strip()
    ]
    assert [
        line for line in ours if line not in said
    ] == []  # every paragraph LibreOffice shows, in its words
    assert (
        "BÁO CÁO" in said
        and "Đạt và vượt 08/08 chỉ tiêu; 01 chỉ tiêu chưa đến kỳ đánh giá." in said
    )


def test_pdf_without_libreoffice_exits_two_and_writes_nothing(tmp_path: Path) -> None:
    import os
    import sys

    bare = tmp_path / "bin"
    bare.mkdir()
    result = run(
        "report",
        "2023-H1",
        str(EXAMPLE),
        "-o",
        str(tmp_path / "bc.pdf"),
        env={"PATH": str(bare) + os.pathsep + str(Path(sys.executable).parent)},
    )
    assert (
        result.returncode == 2
        and "LibreOffice" in result.stderr
        and len(result.stderr.splitlines()) == 1
    )
    assert not (tmp_path / "bc.pdf").exists() and [p.name for p in tmp_path.iterdir()] == ["bin"]


def test_control_characters_are_dropped() -> None:
    from xlkit.render.ooxml import clean

    assert clean("a\x0bb\x00c\nd\te") == "abc\nd\te"


@pytest.mark.parametrize(
    ("day", "spacing"),
    [(d(2026, 5, 26), (1.2, None)), (d(2026, 5, 27), (None, 19.0))],
)
def test_a_document_takes_the_rules_of_form_of_its_date(
    tmp_path: Path, day: d, spacing: tuple[float | None, float | None]
) -> None:
    """HD 36 to 26/5/2026: 1.2 lines; HD 05 (reported) from 27/5/2026: exactly 19 pt."""
    layout = layout_from(None, day)
    book, _ = load(EXAMPLE)
    path = tmp_path / "bc.docx"
    write_docx(report_document(book, Period.parse("2023-H1"), Issue(None, day)), path, layout)
    normal = docx.Document(str(path)).styles["Normal"].paragraph_format
    multiple, points = spacing
    if multiple is not None:
        assert normal.line_spacing == multiple
    else:
        assert normal.line_spacing.pt == points and normal.line_spacing_rule == 4  # EXACTLY
    # xlkit.toml still wins over the rule of the day
    assert layout_from({"line_spacing_pt": 0}, d(2026, 6, 1)).line_spacing_pt == 0
    assert layout_from(None, None) == Layout()
