"""`xlkit indicators -o chi-so.xlsx`: the indicators workbook `pack` makes, its charts first,
each drawn from the table beside it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from clirun import run
from conftest import EXAMPLE, meetings

from xlkit.compute.indicators import compute
from xlkit.compute.months import MonthAttendance, attendance_by_month
from xlkit.read.opening import load
from xlkit.vocab.periods import Period
from xlkit.workbooks.indicator_charts import NO_FIGURES, blocks


def _charts(path: Path) -> dict[str, list[str]]:
    """Each chart's title -> the ranges its series read (categories and values)."""
    out: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        for name in sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart")):
            xml = archive.read(name).decode("utf-8")
            title = "".join(re.findall(r"<a:t>([^<]*)</a:t>", xml.split("</c:title>")[0]))
            out[title] = re.findall(r"<c:f>([^<]*)</c:f>", xml)
    return out


@pytest.fixture(scope="module")
def drawn(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("chi-so")
    result = run("indicators", "2023-H1", str(EXAMPLE), "-o", "chi-so.xlsx", cwd=folder)
    assert (result.returncode, result.stdout) == (0, "Đã ghi: chi-so.xlsx\n")
    return folder / "chi-so.xlsx"


def test_the_charts_come_first_and_read_the_tables_beside_them(drawn: Path) -> None:
    book = openpyxl.load_workbook(drawn)
    assert book.sheetnames == ["Biểu đồ", "Chỉ số", "Chỉ tiêu", "Số liệu"]
    sheet = book["Biểu đồ"]
    assert _charts(drawn) == {
        "Tỷ lệ đảng viên dự sinh hoạt theo tháng (%)": [
            "'Biểu đồ'!$B$4",
            "'Biểu đồ'!$A$5:$A$10",
            "'Biểu đồ'!$B$5:$B$10",
        ],
        "Đảng viên theo loại": [
            "'Biểu đồ'!$B$22",
            "'Biểu đồ'!$A$23:$A$27",
            "'Biểu đồ'!$B$23:$B$27",
        ],
        "Đảng viên theo trình độ chuyên môn": [
            "'Biểu đồ'!$B$40",
            "'Biểu đồ'!$A$41:$A$47",
            "'Biểu đồ'!$B$41:$B$47",
        ],
        "Đảng viên theo trình độ lý luận chính trị": [
            "'Biểu đồ'!$B$58",
            "'Biểu đồ'!$A$59:$A$63",
            "'Biểu đồ'!$B$59:$B$63",
        ],
        "Chỉ tiêu: kế hoạch và thực hiện (% so với kế hoạch)": [
            "'Biểu đồ'!$B$76",
            "'Biểu đồ'!$A$77:$A$83",
            "'Biểu đồ'!$B$77:$B$83",
            "'Biểu đồ'!$C$76",
            "'Biểu đồ'!$A$77:$A$83",
            "'Biểu đồ'!$C$77:$C$83",
        ],
    }
    book_read, _ = load(EXAMPLE)
    period = Period.parse("2023-H1")
    months = attendance_by_month(book_read, period)
    assert [sheet.cell(r, 1).value for r in range(5, 11)] == [f"Tháng {m}" for m in range(1, 7)]
    assert [sheet.cell(r, 2).value for r in range(5, 11)] == [
        round(m.pct, 1) for m in months if m.pct is not None
    ]
    values = {i.key: i.value for i in compute(book_read, period)}
    # month by month, the same counts as the period's attendance
    present, called = sum(m.present for m in months), sum(m.called for m in months)
    assert round(100 * present / called, 2) == round(values["meetings.attendance_pct"], 2)
    kinds = [sheet.cell(r, 2).value for r in range(23, 28)]
    assert kinds == [
        values[k]
        for k in (
            "members.official",
            "members.probationary",
            "members.women",
            "members.ethnic_minority",
            "members.religious",
        )
    ]
    assert sheet["A77"].value.startswith("CT01. ") and sheet["B77"].value == 100
    assert sheet["C77"].value == round(values["target.CT01.pct"], 1)
    # two blocks a page, so no chart is cut by the end of a page
    assert sheet.row_breaks.brk[0].id == 38 and len(sheet.row_breaks.brk) == 2


def test_an_xlsx_needs_a_place_and_a_text_format_is_not_written_as_one(tmp_path: Path) -> None:
    nowhere = run("indicators", "2023-H1", str(EXAMPLE), "--format", "xlsx", cwd=tmp_path)
    assert (nowhere.returncode, nowhere.stderr) == (
        2,
        "xlkit: Bảng chỉ số dạng xlsx cần nơi ghi: thêm -o chi-so-2023-H1.xlsx\n",
    )
    mixed = run(
        "indicators", "2023-H1", str(EXAMPLE), "--format", "xlsx", "-o", "a.csv", cwd=tmp_path
    )
    assert (mixed.returncode, mixed.stderr) == (
        2,
        "xlkit: Định dạng không hỗ trợ: .csv (chọn xlsx)\n",
    )
    assert list(tmp_path.iterdir()) == []


def test_her_file_under_that_name_is_never_written_over(tmp_path: Path) -> None:
    hers = tmp_path / "chi-so.xlsx"
    hers.write_bytes(b"her own file")
    result = run("indicators", "2023-H1", str(EXAMPLE), "-o", str(hers), "--force")
    assert result.returncode == 2 and hers.read_bytes() == b"her own file"
    again = tmp_path / "cua-xlkit.xlsx"
    assert run("indicators", "2023-H1", str(EXAMPLE), "-o", str(again)).returncode == 0
    # its own output: replaced only with --force
    assert run("indicators", "2023-H1", str(EXAMPLE), "-o", str(again)).returncode == 2
    assert run("indicators", "2023-H1", str(EXAMPLE), "-o", str(again), "--force").returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "chi-so.xlsx",
        "cua-xlkit.xlsx",
    ]


def test_a_target_worded_as_a_formula_stays_words(make_book, tmp_path: Path) -> None:
    targets = [
        {
            "Mã": "A",
            "Nội dung": '=HYPERLINK("http://x","y")',
            "Đơn vị tính": "đ/c",
            "Kế hoạch năm": 2,
            "Thực hiện cả năm": 1,
        }
    ]
    path = make_book(Chỉ_tiêu=targets)
    out = tmp_path / "chi-so-2023.xlsx"
    assert run("indicators", "2023", str(path), "-o", str(out)).returncode == 0
    sheet = openpyxl.load_workbook(out)["Biểu đồ"]
    labels = [c for c in sheet["A"] if isinstance(c.value, str) and c.value.startswith("A. ")]
    assert [(c.value, c.data_type) for c in labels] == [('A. =HYPERLINK("http://x","y")', "s")]
    with zipfile.ZipFile(out) as archive:
        assert all(b"<f>" not in archive.read(n) for n in archive.namelist() if "worksheets" in n)


def test_a_month_without_a_meeting_has_no_bar_and_an_empty_block_says_so() -> None:
    months = [
        MonthAttendance(2023, 1, 1, 5, 6),
        MonthAttendance(2023, 2, 0, 0, 0),
        MonthAttendance(2023, 3, 2, 12, 12),
    ]
    from xlkit.read.records import Book

    empty = Book(Path("x.xlsx"))
    drawn = blocks({}, empty, months)
    assert drawn[0].rows == (("Tháng 1", 83.3, 1), ("Tháng 3", 100.0, 2))
    # members unknown, no target: nothing to draw, said in words
    assert [b.rows for b in drawn[1:]] == [(), (), (), ()]
    assert NO_FIGURES == "Chưa có số liệu để vẽ."
    nothing = blocks({}, empty, [MonthAttendance(2023, 1, 0, 0, 0)])
    assert nothing[0].rows == ()


def test_attendance_by_month_covers_every_month_of_the_period(make_book) -> None:
    kept = [m for m in meetings() if m["Ngày"].month != 2]
    book, _ = load(make_book(Sinh_hoạt=kept))
    months = attendance_by_month(book, Period.parse("2023-H1"))
    assert [(m.month, m.meetings, m.present, m.called) for m in months] == [
        (1, 1, 5, 6),
        (2, 0, 0, 0),
        (3, 2, 11, 12),
        (4, 1, 5, 6),
        (5, 1, 5, 6),
        (6, 2, 11, 12),
    ]
    assert months[1].pct is None and months[0].pct == pytest.approx(83.333, abs=0.001)
