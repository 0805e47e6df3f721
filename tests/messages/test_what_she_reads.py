"""What the user reads: never stuck, Vietnamese first, one finding where one is enough (items
14-19)."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import openpyxl
from clirun import run
from conftest import EXAMPLE, MEMBERS

import xlkit
from xlkit.checks import check_path
from xlkit.read.opening import load
from xlkit.vocab.periods import Period


def test_a_refused_report_says_last_that_nothing_was_written(make_book) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[0]["Ngày sinh"] = "abc"
    result = run("report", "2023-H1", str(make_book(Đảng_viên=rows)))
    assert (result.returncode, result.stdout) == (1, "")
    lines = result.stderr.splitlines()
    assert lines[1] == "  LỖI       'Đảng viên'!C2  \"abc\"  'Ngày sinh' không phải là ngày hợp lệ"
    assert any(
        line.startswith("  cảnh báo  'Nội dung báo cáo'!B") for line in lines
    )  # told apart without colour
    assert (
        lines[-1]
        == "xlkit: Chưa ghi văn bản nào vì sổ còn 1 lỗi: sửa các lỗi trên rồi chạy lại, hoặc thêm --force để vẫn xuất"
    )
    english = run("report", "2023-H1", str(make_book(Đảng_viên=rows)), "--lang", "en")
    assert (
        english.stderr.splitlines()[-1]
        == "xlkit: Nothing was written: the workbook has 1 errors; fix them and run again, or add --force to render anyway"
    )


def test_usage_errors_in_vietnamese_then_english(tmp_path: Path) -> None:
    cases = [
        (
            ("report",),
            "xlkit: Thiếu 'KỲ'. (xlkit report --help)",
            "xlkit: Missing argument 'PERIOD'. (xlkit report --help)",
        ),
        (
            ("check", "--bogus"),
            "xlkit: Không có tùy chọn --bogus. (xlkit check --help)",
            "xlkit: No such option: --bogus (xlkit check --help)",
        ),
        (
            ("new", "--year", "abc"),
            "xlkit: Giá trị của '--year' không phải là số nguyên: 'abc'. (xlkit new --help)",
            "xlkit: Invalid value for '--year': 'abc' is not a valid int. (xlkit new --help)",
        ),
        (
            ("mail", "2023-H1"),
            "xlkit: Thiếu tùy chọn '--to'. (xlkit mail --help)",
            "xlkit: Missing option '--to'. (xlkit mail --help)",
        ),
        (
            ("bao-cao",),
            "xlkit: Không có lệnh 'bao-cao'. (xlkit --help)",
            "xlkit: No such command 'bao-cao'. (xlkit --help)",
        ),
    ]
    for args, vi, en in cases:
        result = run(*args, cwd=tmp_path)
        assert (result.returncode, result.stdout, result.stderr) == (2, "", vi + "\n"), args
        result = run(*args, cwd=tmp_path, env={"XLKIT_LANG": "en"})
        assert (result.returncode, result.stderr) == (2, en + "\n"), args


def test_option_help_is_vietnamese_and_brackets_survive() -> None:
    result = run("mail", "--help")
    text = " ".join(result.stdout.split())
    assert (
        "Cách dùng: xlkit mail [TÙY CHỌN] KỲ [SỔ]" in text and "Tùy chọn:" in text
    )  # typer's braces round what is required are taken off: nothing she would type
    assert (
        "Máy chủ SMTP; hoặc XLKIT_SMTP_HOST, hoặc mục host của bảng smtp trong xlkit.toml." in text
    )
    assert "Options:" not in result.stdout and "Show this message" not in result.stdout


def test_a_late_report_says_which_date_it_used() -> None:
    result = xlkit.report(Period.parse("2023-H1"), EXAMPLE, today=d(2026, 11, 22))
    assert result.notices == [("note.date-today", {"day": "22/11/2026", "period": "2023-H1"})]
    assert "Hòa Bình, ngày 22 tháng 11 năm 2026" in result.text
    on_time = xlkit.report(
        Period.parse("2023-H1"), EXAMPLE, today=d(2023, 8, 29)
    )  # 60 days after 30 June: no word
    assert on_time.notices == []
    assert xlkit.report(Period.parse("2023-H1"), EXAMPLE, today=d(2023, 8, 30)).notices != []
    assert (
        xlkit.report(
            Period.parse("2023-H1"), EXAMPLE, day=d(2023, 7, 4), today=d(2026, 11, 22)
        ).notices
        == []
    )
    cli = run("report", "2023-H1", str(EXAMPLE))
    assert (
        cli.stderr.startswith("xlkit: văn bản ghi ngày hôm nay (")
        and "--ngay dd/mm/yyyy" in cli.stderr
    )


def test_recipients_without_a_file_copy_line_warn(make_book) -> None:
    findings = check_path(make_book({"Nơi nhận": ["Đảng ủy xã An Phú (để b/c);"]})).flatten()
    assert findings == [("recipients-no-archive", "Thông tin", "B10")]
    assert (
        check_path(make_book({"Nơi nhận": ["Đảng ủy xã An Phú (để b/c);", "- Lưu: CB."]})).flatten()
        == []
    )


def test_source_dropdown_shows_labels_and_reads_back_either_form(make_book, tmp_path: Path) -> None:
    targets = [
        {
            "Mã": "A",
            "Nội dung": "a",
            "Đơn vị tính": "đ/c",
            "Kế hoạch năm": 2,
            "Nguồn số liệu": "Kết nạp trong kỳ [members.admitted]",
        },
        {
            "Mã": "B",
            "Nội dung": "b",
            "Đơn vị tính": "buổi",
            "Kế hoạch năm": 12,
            "Nguồn số liệu": "meetings.regular",
        },
        {
            "Mã": "C",
            "Nội dung": "c",
            "Đơn vị tính": "buổi",
            "Kế hoạch năm": 4,
            "Nguồn số liệu": "số buổi sinh hoạt chuyên đề",
        },
    ]
    book, findings = load(make_book(Chỉ_tiêu=targets))
    assert findings == [] and [t["Nguồn số liệu"] for t in book.rows("Chỉ tiêu")] == [
        "members.admitted",
        "meetings.regular",
        "meetings.thematic",
    ]
    blank = tmp_path / "trang.xlsx"
    xlkit.new(blank, year=2024)
    lists = openpyxl.load_workbook(blank)["Danh mục"]
    shown = [
        c.value
        for row in lists.iter_cols()
        if row[0].value == "Nguồn số liệu"
        for c in row[1:]
        if c.value
    ]
    assert shown[0] == "Tổng số đảng viên" and not any("[" in s for s in shown)
    guide = [c.value for c in openpyxl.load_workbook(blank)["Hướng dẫn"]["B"] if c.value]
    assert any("xlkit report 2024-H1" in text for text in guide) and not any(
        "2023" in text for text in guide
    )


def test_decomposed_unicode_is_one_note_per_workbook(make_book) -> None:
    import unicodedata

    rows = [
        {
            **m,
            "Họ và tên": unicodedata.normalize("NFD", m["Họ và tên"]),
            "Dân tộc": unicodedata.normalize("NFD", "Mường"),
        }
        for m in MEMBERS
    ]
    report = check_path(make_book(Đảng_viên=rows))
    notes = [f for f in report.findings if f.code == "text-not-nfc"]
    assert [(f.sheet, f.cell, f.arg("count")) for f in notes] == [("Đảng viên", "B2", 12)]
    assert notes[0].message("vi") == (
        "12 ô trong sổ gõ bằng Unicode tổ hợp (ô đầu tiên B2, cột 'Họ và tên');"
        " xlkit đã chuẩn hóa khi đọc"
    )
    assert notes[0].hint("vi").startswith("Lệnh xlkit fix chuyển tất cả")
