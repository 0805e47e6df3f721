"""Nothing crashes, nothing silently wrong: each item found by trying xlkit as a user and an
attacker."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date as d
from pathlib import Path

import openpyxl
import pytest
from builders import encrypted, rezipped
from clirun import run
from conftest import EXAMPLE, MEMBERS

from xlkit.checks import check_path
from xlkit.compute.indicators import Computed
from xlkit.read.opening import load
from xlkit.vocab.periods import Period

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def legacy_xls(folder: Path) -> Path:
    path = folder / "cu.xls"
    path.write_bytes(OLE + b"\0" * 4096)
    return path


# --- 3. .xls and encrypted files are findings, in every command ---------------------------------


def test_legacy_and_encrypted_files_in_check_text_json_and_folder(tmp_path: Path) -> None:
    old, secret = legacy_xls(tmp_path), encrypted(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    result = run("check", str(old))
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        str(old),
        "  LỖI       Tệp ở định dạng Excel cũ (.xls)",
        "      → Mở bằng Excel hoặc LibreOffice và lưu thành .xlsx (Lưu thành › Sổ làm việc Excel).",
        "  1 lỗi, 0 cảnh báo, 0 ghi chú",
    ]
    result = run("check", "--format", "json", "--lang", "en", str(secret))
    assert result.returncode == 1
    (found,) = json.loads(result.stdout)["workbooks"][0]["findings"]
    assert (found["code"], found["message"]) == ("file-encrypted", "The file is password-protected")
    result = run("check", str(tmp_path))  # a folder: the readable workbook is still checked
    assert result.returncode == 1
    assert [line for line in result.stdout.splitlines() if not line.startswith(" ")] == [
        str(old),
        str(secret),
        str(tmp_path / "so.xlsx"),
    ]


@pytest.mark.parametrize(
    "make, line",
    [(legacy_xls, "Tệp ở định dạng Excel cũ (.xls)"), (encrypted, "Tệp được đặt mật khẩu")],
)
def test_report_of_an_unreadable_file_is_a_finding_exit_one(
    tmp_path: Path, make, line: str
) -> None:
    path = make(tmp_path)
    result = run("report", "2023-H1", str(path))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines()[1].endswith(line)
    # --force does not make a file readable: it is not offered
    assert result.stderr.splitlines()[-1] == (
        "xlkit: Chưa ghi gì vì không đọc được tệp (xem dòng trên)"
    )


# --- 4. languages ---------------------------------------------------------------------------------


def test_unknown_language_is_one_line(filled: Path) -> None:
    result = run("check", "--lang", "fr", str(filled))
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        "xlkit: Ngôn ngữ không hỗ trợ: fr (chọn vi hoặc en)\n",
    )
    result = run("check", str(filled), env={"XLKIT_LANG": "fr"})
    assert result.returncode == 0 and "Không có lỗi." in result.stdout
    assert result.stderr == "xlkit: XLKIT_LANG=fr không hỗ trợ; dùng tiếng Việt (chọn vi hoặc en)\n"
    assert run("check", str(filled), env={"XLKIT_LANG": "en_US.UTF-8"}).stdout.endswith(
        "  No problems found.\n"
    )


# --- 5. a DTD anywhere ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_dtd_after_a_long_comment_is_hostile(filled: Path, tmp_path: Path, encoding: str) -> None:
    hostile = tmp_path / "dtd.xlsx"
    with (
        zipfile.ZipFile(filled) as source,
        zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet3.xml":
                text = data.decode("utf-8")
                text = text.split("?>", 1)[1] if text.startswith("<?xml") else text
                head = (
                    f'<?xml version="1.0" encoding="{encoding}"?><!--'
                    + "x" * (3 << 20)
                    + '--><!DOCTYPE a [<!ENTITY e "e">]>'
                )
                data = (head + text.replace("<v>", "<f>1+1</f><v>", 1)).encode(encoding)
            target.writestr(info, data)
    result = run("check", str(hostile))
    assert (result.returncode, result.stderr) == (1, "")
    assert (
        result.stdout.splitlines()[1]
        == "  LỖI       Không đọc được tệp: XML khai báo thực thể (DTD), bị từ chối vì an toàn"
    )


# --- 6. merged or shifted headers


def test_merged_header_is_a_finding_never_a_silent_shift(tmp_path: Path) -> None:
    path = tmp_path / "gop.xlsx"
    shutil.copy(EXAMPLE, path)
    book = openpyxl.load_workbook(path)
    book["Đảng viên"].merge_cells("G1:H1")  # Ngày vào Đảng and Ngày chính thức in one cell
    book.save(path)
    errors = [f for f in check_path(path).findings if f.severity.value == "error"]
    assert [(f.code, f.sheet, f.cell) for f in errors] == [("header-merged", "Đảng viên", "G1")]
    assert (
        errors[0].message("vi") == "Ô tiêu đề 'Ngày vào Đảng' bị gộp với các cột bên cạnh (G1:H1)"
    )
    result = run("report", "2023-H1", str(path))
    assert result.returncode == 1 and "bị gộp" in result.stderr
    loaded, _ = load(path)
    values = Computed(loaded).values(Period.parse("2023-H1"))
    assert (values["members.official"], values["members.probationary"]) == (
        None,
        None,
    )  # unknown, not 0 and 18


def test_data_under_an_empty_header_cell_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "lech.xlsx"
    shutil.copy(EXAMPLE, path)
    book = openpyxl.load_workbook(path)
    book["Đảng viên"]["H1"] = None  # Ngày chính thức's header cleared: its dates are still there
    book.save(path)
    flat = [(f.code, f.cell) for f in check_path(path).findings if f.sheet == "Đảng viên"]
    assert ("column-no-header", "H1") in flat and ("header-optional-missing", "1") in flat


# --- 7, 8. which workbook


def test_two_workbooks_of_the_year_are_refused_and_lock_files_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "workbooks"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "so-chi-bo-2023.xlsx")
    (folder / "~$so-chi-bo-2023.xlsx").write_bytes(b"lock")
    (folder / ".~lock.so-chi-bo-2023.xlsx#").write_text("lock")
    assert run("report", "2023-H1", "--ngay", "04/07/2023", cwd=tmp_path).returncode == 0
    shutil.copy(EXAMPLE, folder / "so-chi-bo-2023 - Copy.xlsx")
    for args in (("report", "2023-H1"), ("report", "2023-H1", "workbooks")):
        result = run(*args, cwd=tmp_path)
        assert (result.returncode, result.stdout) == (2, "")
        names = ", ".join(
            str(Path("workbooks") / n)
            for n in ("so-chi-bo-2023 - Copy.xlsx", "so-chi-bo-2023.xlsx")
        )
        assert result.stderr == f"xlkit: Có nhiều sổ của năm 2023; hãy chỉ rõ một sổ: {names}\n"
    assert [
        line for line in run("check", cwd=tmp_path).stdout.splitlines() if not line.startswith(" ")
    ] == [
        str(Path("workbooks") / "so-chi-bo-2023 - Copy.xlsx"),
        str(Path("workbooks") / "so-chi-bo-2023.xlsx"),
    ]


# --- 9. an unreadable value is one finding


def test_an_unreadable_admission_date_is_one_finding(make_book) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[1]["Ngày vào Đảng"] = "6/20/2003"  # month first: not a date in the Vietnamese order
    path = make_book(Đảng_viên=rows)
    report = check_path(path)
    assert report.flatten() == [
        ("value-not-date", "Đảng viên", "G3")
    ]  # no attendance-too-high on 16 meetings
    book, _ = load(path)
    assert Computed(book).values(Period.parse("2023"))["members.total"] == 6


def test_a_formula_without_value_is_one_finding(make_book, tmp_path: Path) -> None:
    path = make_book()
    book = openpyxl.load_workbook(path)
    book["Đảng viên"]["B3"] = "=A1"  # a required name, computed by a formula never calculated
    book.save(path)
    assert check_path(path).flatten() == [("formula-no-value", "Đảng viên", "B3")]


# --- 10. the same figures everywhere


def test_a_transfer_in_is_not_an_admission_anywhere(make_book) -> None:
    from xlkit.documents.mail import mail_text

    rows = [
        *MEMBERS,
        {
            "Họ và tên": "Tạ Văn Đến",
            "Ngày sinh": d(1990, 1, 1),
            "Giới tính": "Nam",
            "Dân tộc": "Kinh",
            "Ngày vào Đảng": d(2023, 2, 1),
            "Tình trạng": "Chuyển đến",
            "Ngày thay đổi": d(2023, 3, 1),
        },
    ]
    book, _ = load(make_book(Đảng_viên=rows))
    period = Period.parse("2023-H1")
    computed = Computed(book)
    assert computed.values(period)["members.admitted"] == 0
    _, body = mail_text(book, period, [], computed=computed)
    assert "Kết nạp đảng viên mới: 0 đ/c." in body


# --- 11. legacy text a document prints


def test_tcvn3_in_what_the_report_prints_stops_it(make_book) -> None:
    path = make_book(
        {
            "Tên chi bộ": "CHI Bé TR\xadêNG MÇM NON",
            "Bí thư": "NguyÔn ThÞ Thu Hµ",
            "Địa danh": "Hßa B×nh",
        }
    )
    result = run("report", "2023-H1", str(path))
    assert (result.returncode, result.stdout) == (1, "")
    lines = result.stderr.splitlines()
    assert (
        "  LỖI       'Thông tin'!B4  \"CHI Bé TR\xadêNG MÇM NON\"  'Tên chi bộ' gõ bằng bảng mã cũ sẽ in sai trong văn bản"
        in lines
    )
    assert "      → Sửa ô thành chữ Unicode: 'CHI BỘ TRƯỜNG MẦM NON'." in lines
    assert (
        "      → Sửa ô thành chữ Unicode: 'Nguyễn Thị Thu Hà'." in lines
        and "      → Sửa ô thành chữ Unicode: 'Hòa Bình'." in lines
    )
    assert run("check", str(path)).returncode == 0  # for check alone it stays a warning


# --- 12. the superior committee, in any case


@pytest.mark.parametrize(
    "typed", ["Đảng bộ phường Tân Mai", "đảng bộ phường tân mai", "ĐẢNG BỘ PHƯỜNG TÂN MAI"]
)
def test_superior_committee_whatever_the_case(make_book, typed: str) -> None:
    from xlkit.documents.parties import recipients, superior_committee

    book, _ = load(make_book({"Đảng bộ cấp trên": typed}))
    assert superior_committee(book) == "Đảng ủy phường Tân Mai"
    assert recipients(book) == ["Đảng ủy phường Tân Mai (để b/c);", "Lưu Chi bộ."]


# --- 13. CSV that Excel would run


def test_csv_fields_that_start_a_formula_are_text(make_book, tmp_path: Path) -> None:
    figures = [
        {"Mã": "X1", "Nội dung": '=HYPERLINK("http://x","bấm")', "Kỳ": "2023-H1", "Số đạt": 1},
        {"Mã": "X2", "Nội dung": "-1 trẻ", "Kỳ": "2023-H1", "Số đạt": -0.0},
    ]
    path = make_book(Số_liệu=figures)
    result = run("indicators", "2023-H1", str(path), "--format", "csv")
    assert result.returncode == 0
    assert 'figure.X1.value,"\'=HYPERLINK(""http://x"",""bấm"")",1,' in result.stdout
    assert "figure.X2.value,'-1 trẻ,0," in result.stdout
    assert ",-" not in result.stdout.replace(
        ",-,", ""
    )  # numbers stay numbers, text never starts a formula


def test_an_unreadable_file_names_itself_in_its_finding(tmp_path: Path) -> None:
    path = tmp_path / "hong.xlsx"
    path.write_bytes(b"PK\x03\x04 broken")
    (found,) = check_path(path).findings
    assert (found.code, found.value, found.message("en")) == (
        "file-unreadable",
        "",
        "The file cannot be read: the file is corrupt or truncated",
    )


# --- an error Excel cached (#N/A from a failed VLOOKUP, #REF!) is a finding, never a blank ------


def test_a_cached_error_value_is_an_error_where_it_is(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(EXAMPLE)
    members, targets = book["Đảng viên"], book["Chỉ tiêu"]
    header = {c.value: c.column_letter for c in members[1]}
    rating = f"{header['Xếp loại']}3"
    result = f"{ {c.value: c.column_letter for c in targets[1]}['Thực hiện 6 tháng đầu'] }2"
    members[rating] = "=VLOOKUP(B3,Danh!A:B,2,0)"
    targets[result] = "#REF!"
    targets[result].data_type = "e"
    path = tmp_path / "loi.xlsx"
    book.save(path)

    # Excel caches the formula's error with it: written here as Excel writes it
    def cached(part: str, data: bytes) -> bytes:
        if part != "xl/worksheets/sheet3.xml":
            return data
        formula = b"<f>VLOOKUP(B3,Danh!A:B,2,0)</f>"
        data = data.replace(formula + b"<v></v>", formula + b"<v>#N/A</v>")
        return data.replace(f'<c r="{rating}"'.encode(), f'<c r="{rating}" t="e"'.encode())

    rezipped(tmp_path / "so.xlsx", cached, path)
    report = check_path(tmp_path / "so.xlsx")
    errors = [
        (f.code, f.sheet, f.cell, f.value) for f in report.findings if f.code == "value-error"
    ]
    assert sorted(errors) == [
        ("value-error", "Chỉ tiêu", result, "#REF!"),
        ("value-error", "Đảng viên", rating, "#N/A"),
    ]
    assert [f.code for f in report.findings if f.code == "formula-no-value"] == []
    said = run("check", str(tmp_path / "so.xlsx"))
    assert said.returncode == 1
    because = "Excel không tính được ô này; số liệu phụ thuộc ô này không được tính"
    assert said.stdout.splitlines()[1:5] == [
        f"  LỖI       'Chỉ tiêu'!{result}  \"#REF!\"  Lỗi công thức #REF!: {because}",
        "      → Sửa công thức (ví dụ VLOOKUP không tìm thấy giá trị) hoặc ghi thẳng giá trị vào ô.",
        f"  LỖI       'Đảng viên'!{rating}  \"#N/A\"  Lỗi công thức #N/A: {because}",
        "      → Sửa công thức (ví dụ VLOOKUP không tìm thấy giá trị) hoặc ghi thẳng giá trị vào ô.",
    ]


# --- a number where words belong is a finding, never a member counted as a minority -------------


@pytest.mark.parametrize("value", [12.5, True, 0, d(2023, 1, 1)])
def test_a_number_in_a_column_of_words_is_an_error_there(tmp_path: Path, value: object) -> None:
    book = openpyxl.load_workbook(EXAMPLE)
    book["Đảng viên"]["E3"] = value  # Dân tộc
    path = tmp_path / "so.xlsx"
    book.save(path)
    report = check_path(path)
    assert [(f.code, f.sheet, f.cell) for f in report.findings if f.severity.value == "error"] == [
        ("value-not-text", "Đảng viên", "E3")
    ]
    assert report.findings[0].message() == "'Dân tộc' phải là chữ, không phải số hay ngày"
    book["Đảng viên"]["E3"] = "Tày"  # words: a minority, rightly counted
    book.save(path)
    assert [f.code for f in check_path(path).findings if f.severity.value == "error"] == []
