"""`xlkit fix` and `xlkit check --annotate`: copies she can trust, the original untouched."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from clirun import run
from conftest import EXAMPLE, INFO, MEMBERS

from xlkit.checks import check_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def messy(make_book) -> Path:
    rows = [dict(m) for m in MEMBERS]
    rows[0]["Họ và tên"] = "NguyÔn  ThÞ Hµ"  # TCVN3, and a double space
    rows[1]["Ngày sinh"] = "6/20/1980"  # month first: only one reading
    rows[2]["Ngày sinh"] = "04/12/1978"  # could be either: listed, never guessed
    rows[3]["Họ và tên"] = unicodedata.normalize("NFD", "Hoàng Văn Dũng")
    figures = [
        {
            "Mã": "F1",
            "Nội dung": "Trẻ đạt chuẩn",
            "Kỳ": "2023-H1",
            "Số đạt": "1.250",
            "Tổng số": "1.300",
        }
    ]
    path = make_book(
        {**INFO, "Tên chi bộ": "CHI Bé TR\xadêNG TIÓU HäC AN PHó"}, Đảng_viên=rows, Số_liệu=figures
    )
    book = openpyxl.load_workbook(path)
    cell = book["Đảng viên"]["P5"]
    cell.value = "Bé"  # looks like Unicode, but typed in a .VnTime font: TCVN3 for "Bộ"
    cell.font = openpyxl.styles.Font(name=".VnTime")
    book.save(path)
    return path


def test_fix_lists_every_change_and_keeps_the_original(messy: Path) -> None:
    before = digest(messy)
    result = run("fix", str(messy))
    assert result.returncode == 0, result.stderr
    fixed = messy.with_name(messy.stem + "-da-sua.xlsx")
    assert result.stdout.splitlines() == [
        '  \'Thông tin\'!B4  "CHI Bé TR\xadêNG TIÓU HäC AN PHó" → "CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ"  (chuyển bảng mã cũ sang Unicode)',
        '  \'Đảng viên\'!B2  "NguyÔn  ThÞ Hµ" → "Nguyễn Thị Hà"  (chuyển bảng mã cũ sang Unicode)',
        "  'Đảng viên'!C3  \"6/20/1980\" (chữ) → 20/06/1980 (ngày)",
        f'  \'Đảng viên\'!B5  "{unicodedata.normalize("NFD", "Hoàng Văn Dũng")}" → "Hoàng Văn Dũng"  (Unicode dựng sẵn)',
        '  \'Đảng viên\'!P5  "Bé" → "Bộ"  (chuyển bảng mã cũ sang Unicode)',
        "  'Số liệu'!D2  \"1.250\" (chữ) → 1250 (số)",
        "  'Số liệu'!E2  \"1.300\" (chữ) → 1300 (số)",
        "  'Đảng viên'!C4  \"04/12/1978\"  không rõ đâu là ngày, đâu là tháng: sửa tay",
        f"Đã ghi bản sửa: {fixed} (7 thay đổi; sổ gốc giữ nguyên)",
        "Kiểm tra lại: bản gốc 4 lỗi và cảnh báo, bản sửa 1",
        f"Mở {fixed} để xem lại. Khi đã ưng: cất sổ gốc đi (đổi tên hoặc chuyển thư mục) rồi "
        f"đổi tên bản sửa thành {messy.name}; xlkit không bao giờ ghi đè sổ gốc.",
    ]
    assert digest(messy) == before
    assert check_path(fixed).flatten() == [
        ("date-as-text", "Đảng viên", "C4")
    ]  # only what needs her eyes
    sheet = openpyxl.load_workbook(fixed)["Đảng viên"]
    assert (sheet["C3"].value.date().isoformat(), sheet["P5"].font.name) == (
        "1980-06-20",
        "Times New Roman",
    )
    again = run("fix", str(messy))
    assert (again.returncode, again.stderr) == (
        2,
        f"xlkit: Tệp {fixed} đã có; thêm --force để ghi đè\n",
    )
    assert run("fix", str(messy), "--force").returncode == 0


def test_fix_never_writes_over_its_input_nor_reads_what_it_cannot(
    messy: Path, tmp_path: Path
) -> None:
    result = run("fix", str(messy), "-o", str(messy))
    assert (result.returncode, result.stderr) == (
        2,
        f"xlkit: Không ghi đè lên tệp đang đọc: {messy}\n",
    )
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 broken")
    result = run("fix", str(broken))
    assert (
        result.returncode == 1
        and "Không đọc được tệp: tệp bị hỏng hoặc không trọn vẹn" in result.stderr
    )
    assert not list(tmp_path.glob("*-da-sua.xlsx"))


def test_an_output_without_annotate_is_refused_before_any_check(messy: Path) -> None:
    """-o names the marked copy; alone it would write nothing, and she would look for a file."""
    target = messy.with_name("danh-dau.xlsx")
    before = digest(messy)
    said = run("check", str(messy), "-o", str(target))
    assert (said.returncode, said.stdout) == (2, "")
    assert said.stderr.splitlines() == [
        f"xlkit: -o đi cùng --annotate: thêm --annotate để ghi bản có đánh dấu vào {target}"
    ]
    english = run("check", str(messy), "--output", str(target), "--lang", "en")
    assert (english.returncode, english.stdout) == (2, "")
    assert english.stderr.splitlines() == [
        f"xlkit: -o goes with --annotate: add --annotate to write the marked copy to {target}"
    ]
    assert not target.exists() and digest(messy) == before
    marked = run("check", str(messy), "--annotate", "-o", str(target))  # with it: written
    assert marked.returncode == 1 and target.exists()


def test_annotate_puts_each_finding_on_its_cell(messy: Path) -> None:
    before = digest(messy)
    result = run("check", str(messy), "--annotate")
    copy = messy.with_name(messy.stem + "-kiem-tra.xlsx")
    assert (
        result.returncode == 1
        and result.stderr
        == f"xlkit: Đã ghi bản có đánh dấu: {copy} (6 ô); mở bản này để xem, sửa trong sổ gốc\n"
    )
    assert digest(messy) == before
    book = openpyxl.load_workbook(copy)
    assert book.sheetnames[0] == "Kết quả kiểm tra"
    listing = book["Kết quả kiểm tra"]
    first = [c.value for c in listing[2]]
    assert first[:4] == [
        "LỖI",
        "'Đảng viên'!C3",
        "6/20/1980",
        "'Ngày sinh' không phải là ngày hợp lệ",
    ]
    assert (listing["B2"].hyperlink.location, listing["B2"].hyperlink.target) == (
        "'Đảng viên'!C3",
        None,
    )  # inside the workbook
    members = book["Đảng viên"]
    assert members["C3"].fill.start_color.rgb.endswith("FFC7CE") and members[
        "B2"
    ].fill.start_color.rgb.endswith("FFEB9C")
    assert (
        "không phải là ngày hợp lệ" in members["C3"].comment.text
        and members["C3"].comment.author == "xlkit"
    )
    original = openpyxl.load_workbook(messy)["Đảng viên"]
    assert (
        len(members.data_validations.dataValidation)
        == len(original.data_validations.dataValidation)
        > 0
    )
    assert (members.freeze_panes, members.column_dimensions["B"].width) == (
        original.freeze_panes,
        original.column_dimensions["B"].width,
    )
    again = run("check", str(messy), "--annotate")  # its own copy: replaced only with --force
    assert (again.returncode, again.stderr) == (
        2,
        f"xlkit: Tệp {copy} đã có; thêm --force để ghi đè\n",
    )
    assert run("check", str(messy), "--annotate", "--force").stderr.startswith(
        "xlkit: Đã ghi bản có đánh dấu"
    )


def test_the_findings_sheet_reads_back_coloured_wrapped_and_in_her_words(make_book) -> None:
    from conftest import meetings

    # March, April and the first quarter's thematic meeting gone: each points where it belongs
    kept = [m for m in meetings() if m["Ngày"].month not in (3, 4)]
    path = make_book(Sinh_hoạt=kept)
    result = run("check", str(path), "--annotate", "--period", "2023-H1")
    copy = path.with_name(path.stem + "-kiem-tra.xlsx")
    assert result.stderr == (
        # the three of the meetings share one cell, the eight empty report sections another
        f"xlkit: Đã ghi bản có đánh dấu: {copy} (2 ô); mở bản này để xem, sửa trong sổ gốc\n"
    )
    book = openpyxl.load_workbook(copy)
    listing = book["Kết quả kiểm tra"]
    assert [c.value for c in listing[1]] == [
        "Mức",
        "Ô",
        "Giá trị",
        "Nội dung",
        "Cách sửa",
        "Mã lỗi",
    ]
    rows = [[c.value for c in r] for r in listing.iter_rows(min_row=2)]
    assert len(rows) == 11
    at = [i for i, r in enumerate(rows, start=2) if r[1].startswith("'Sinh hoạt'")]
    # row 4 holds May's meeting: the missing months go in above it
    assert [(rows[i - 2][0], rows[i - 2][1], rows[i - 2][5]) for i in at] == [
        ("cảnh báo", "'Sinh hoạt'!A4", "meeting-month-missing"),
        ("cảnh báo", "'Sinh hoạt'!A4", "meeting-month-missing"),
        ("cảnh báo", "'Sinh hoạt'!A4", "thematic-quarter-missing"),
    ]
    assert [listing.cell(r, 2).hyperlink.location for r in at] == ["'Sinh hoạt'!A4"] * 3
    meetings_sheet = book["Sinh hoạt"]
    assert meetings_sheet["A4"].comment.text.count("→") == 3 and not meetings_sheet["A1"].comment
    for row in listing.iter_rows(min_row=1, max_row=12):
        for cell in row:
            assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
    assert listing["A1"].fill.start_color.rgb.endswith("BDD7EE") and listing["A1"].font.b
    assert all(listing.cell(at[0], c).fill.start_color.rgb.endswith("FFEB9C") for c in range(1, 7))
    # the hint wraps onto two lines of its 56-wide column: the row is as tall as that
    assert listing.row_dimensions[at[0]].height == 2 * 15.75 + 3
    assert listing.print_title_rows == "$1:$1" and listing.auto_filter.ref == "A1:F12"


def test_findings_of_every_level_are_coloured_by_it(messy: Path) -> None:
    run("check", str(messy), "--annotate")
    listing = openpyxl.load_workbook(messy.with_name(messy.stem + "-kiem-tra.xlsx"))[
        "Kết quả kiểm tra"
    ]
    colours = {r[0].value: r[0].fill.start_color.rgb[-6:] for r in listing.iter_rows(min_row=2)}
    assert colours == {"LỖI": "FFC7CE", "cảnh báo": "FFEB9C", "ghi chú": "DDEBF7"}


def test_annotated_text_from_the_workbook_stays_text(make_book) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[1]["Giới tính"] = '=HYPERLINK("http://x","y")'
    path = make_book(Đảng_viên=rows)
    assert run("check", str(path), "--annotate").returncode == 1
    listing = openpyxl.load_workbook(path.with_name(path.stem + "-kiem-tra.xlsx"))[
        "Kết quả kiểm tra"
    ]
    assert (listing["C2"].value, listing["C2"].data_type) == ('=HYPERLINK("http://x","y")', "s")


@pytest.mark.soffice
def test_the_annotated_copy_opens_in_libreoffice(
    need_soffice: str, messy: Path, tmp_path: Path
) -> None:
    from conftest import convert

    from xlkit.read.workbook import read_raw

    assert run("check", str(messy), "--annotate").returncode == 1
    copy = messy.with_name(messy.stem + "-kiem-tra.xlsx")
    converted = convert(need_soffice, copy, "ods", tmp_path / "lo")
    opened = read_raw(converted)
    assert list(opened.sheets)[0] == "Kết quả kiểm tra"
    import zipfile

    content = zipfile.ZipFile(converted).read("content.xml").decode("utf-8")
    assert (
        content.count("<office:annotation") == 6
    )  # one comment per cell: the two findings of B2 share one
    assert "không phải là ngày hợp lệ" in content  # the message, in the comment
    assert re.search(
        'xlink:href="#(&apos;)?Đảng viên(&apos;)?[.!]C3"', content
    )  # a jump inside the workbook, not to a file
    assert opened.sheets["Kết quả kiểm tra"].rows[1][:2] == ["LỖI", "'Đảng viên'!C3"]
    assert (
        check_path(copy).flatten()[:1] == check_path(messy).flatten()[:1]
    )  # the copy is still her workbook to read


def test_the_marked_copy_is_never_taken_for_a_workbook(tmp_path: Path) -> None:
    import shutil

    from conftest import EXAMPLE

    (tmp_path / "workbooks").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "workbooks" / "so-chi-bo-2023.xlsx")
    assert run("check", "--annotate", cwd=tmp_path).returncode == 0
    assert (tmp_path / "workbooks" / "so-chi-bo-2023-kiem-tra.xlsx").exists()
    checked = run("check", cwd=tmp_path)
    assert [line for line in checked.stdout.splitlines() if not line.startswith(" ")] == [
        str(Path("workbooks") / "so-chi-bo-2023.xlsx")
    ]
    assert run("report", "2023-H1", "--ngay", "04/07/2023", cwd=tmp_path).returncode == 0


def test_links_to_a_sheet_named_with_an_apostrophe_reach_it(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(EXAMPLE)
    hers = book.create_sheet("Cô Hoa's")
    hers["B3"] = "=1/0"  # a formula never computed: a finding on her sheet's cell
    book.save(tmp_path / "so.xlsx")
    assert run("check", "so.xlsx", "--annotate", cwd=tmp_path).returncode == 0
    listing = openpyxl.load_workbook(tmp_path / "so-kiem-tra.xlsx").worksheets[0]
    links = [c.hyperlink.location for row in listing.iter_rows() for c in row if c.hyperlink]
    # Excel's quoting: the apostrophe doubled inside the quotes
    assert links == ["'Cô Hoa''s'!B3", "'Cô Hoa''s'!A1", "'Đảng viên'!G5"]


def test_a_missing_month_is_placed_above_the_next_meeting_or_below_the_last(make_book) -> None:
    from conftest import meetings

    kept = [
        m
        for m in meetings()
        if (m["Ngày"].month, m["Loại"]) not in {(3, "Thường kỳ"), (12, "Thường kỳ")}
    ]
    report = check_path(make_book(Sinh_hoạt=kept))
    places = {
        f.arg("month"): (f.cell, f.arg("place"))
        for f in report.findings
        if f.code == "meeting-month-missing"
    }
    # rows 2-11 the regular meetings Jan-Nov without March, 12-15 the thematic ones
    assert places == {3: ("A", "A4"), 12: ("A", "A16")}


def test_fix_keeps_a_count_typed_with_its_zero(make_book) -> None:
    targets = [
        {"Mã": "A", "Nội dung": "Kết nạp", "Đơn vị tính": "đ/c", "Kế hoạch năm": "02"},
        {"Mã": "B", "Nội dung": "Sinh hoạt", "Đơn vị tính": "buổi", "Kế hoạch năm": "12"},
        {"Mã": "C", "Nội dung": "Không", "Đơn vị tính": "đ/c", "Kế hoạch năm": "0"},
    ]
    path = make_book(Chỉ_tiêu=targets)
    result = run("fix", str(path))
    assert [line for line in result.stdout.splitlines() if "Chỉ tiêu" in line] == [
        "  'Chỉ tiêu'!F3  \"12\" (chữ) → 12 (số)",
        "  'Chỉ tiêu'!F4  \"0\" (chữ) → 0 (số)",
    ]
    fixed = openpyxl.load_workbook(path.with_name(path.stem + "-da-sua.xlsx"))["Chỉ tiêu"]
    # "02" is how the plan prints it: "Kết nạp đảng viên mới: 02 đ/c"
    assert [fixed[f"F{r}"].value for r in (2, 3, 4)] == ["02", 12, 0]
