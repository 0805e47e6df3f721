"""The consolidated workbook as a clerk opens and prints it, read back cell by cell: the overview,
its print settings, the statuses and levels in Vietnamese and colour, every figure with its key
out of sight, the statistical tables, the charts and the ranges they point at; and a roll-up made
before these sheets, still read."""

from __future__ import annotations

import re
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from builders import EXAMPLE, rezipped

from xlkit.consolidate.headers import LEVEL_LINES, level_words
from xlkit.consolidate.rows import STATUS_LINES, status_words
from xlkit.consolidate.run import roll_up
from xlkit.consolidate.statistics import lines
from xlkit.consolidate.styles import LEVEL_FILLS, STATUS_FILLS
from xlkit.consolidate.table import write_rollup
from xlkit.vocab.periods import Period

ROOT = Path(__file__).resolve().parents[2]
YEAR = Period.parse("2023")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(EXAMPLE, folder / "a.xlsx")
    # a warning the roll-up reads (its prose sections, all empty, are not the roll-up's)
    rezipped(folder / "b.xlsx", _no_archive_line, ROOT / "tests" / "data" / "seed-004-2023.xlsx")
    (folder / "c.xlsx").write_bytes(b"broken")
    rolled = roll_up(
        YEAR, [folder], jobs=1, expected=["Trường Mầm non Hoa Sen", "Chi bộ Tiểu học Bình An"]
    )
    target = folder.parent / "tong-hop.xlsx"
    write_rollup(rolled, target, made=datetime(2024, 1, 10, 9, 0))
    return folder, target


def _no_archive_line(part: str, data: bytes) -> bytes:
    """`Nơi nhận` without its `Lưu` line: recipients-no-archive, a warning on `Thông tin`."""
    return data.replace("\nLưu: CB.".encode(), b"") if part == "xl/sharedStrings.xml" else data


def values(sheet) -> list[tuple]:
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_the_sheets_in_a_clerks_order(made) -> None:
    book = openpyxl.load_workbook(made[1])
    assert book.sheetnames == [
        "Tổng hợp",
        "Biểu đồ",
        "Thống kê",
        "Chỉ số",
        "Xếp loại đảng viên",  # a year's roll-up: the committee's list
        "Lỗi",
        "Thông tin",
    ]


def test_the_overview_cell_by_cell(made) -> None:
    sheet = openpyxl.load_workbook(made[1])["Tổng hợp"]
    rows = values(sheet)
    assert rows[0][0] == "BẢNG TỔNG HỢP SỐ LIỆU CÁC CHI BỘ"
    assert rows[1][0] == "Năm 2023 · 2/3 chi bộ đã gửi · lập lúc 10/01/2024 09:00"
    assert rows[3] == (None,) * 4 + ("Đảng viên", None, None, None, None, "Sinh hoạt", None,
        None, "Xếp loại đảng viên") + (None,) * 6  # fmt: skip
    assert rows[4] == ("TT", "Chi bộ", "Đảng bộ cấp trên", "Tình trạng", "Tổng số", "Chính thức",
        "Dự bị", "Nữ", "Kết nạp trong kỳ", "Thường kỳ (buổi)", "Chuyên đề (buổi)", "Tỷ lệ dự",
        "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Tốt trở lên", "Chỉ tiêu đạt", "Ghi chú")  # fmt: skip
    share = pytest.approx(274 / 287)  # attendance: people present of those called, not a mean
    assert rows[5:] == [
        (1, "Chi bộ Trường Mầm non Hoa Sen", "ĐẢNG BỘ XÃ HÒA BÌNH", "Hợp lệ", 19, 17, 2, 17, 2,
         12, 4, share, 2, 15, 0, 0, 1, "9/9", None),
        (2, "Chi bộ Trường Mầm non Tiên Minh", "ĐẢNG BỘ XÃ TIÊN MINH", "Có cảnh báo", 11, 10, 1,
         11, 1, None, None, None, 0, 0, 0, 0, None, "0/1", None),
        (3, "(c.xlsx)", None, "Không đọc được") + (None,) * 14
        + ("không phải tệp bảng tính (.xlsx, .ods)",),
        (4, "Chi bộ Tiểu học Bình An", None, "Chưa gửi") + (None,) * 15,
        (None, "Tổng cộng", None, "tính 2 chi bộ", 30, 27, 3, 28, 3, 12, 4, share, 2, 15, 0, 0,
         1, "9/10", None),
    ]  # fmt: skip
    # the unit is not a column: each cell's name already says it
    assert "Đơn vị" not in rows[4]


def test_the_overview_prints_on_the_pages_width(made) -> None:
    sheet = openpyxl.load_workbook(made[1])["Tổng hợp"]
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize) == ("landscape", 9)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth in (None, 1), setup.fitToHeight) == (True, 0)
    assert sheet.freeze_panes == "C6"  # the headers and the names stay in sight
    assert sheet.print_title_rows == "$4:$5"
    assert sheet.print_area == "'Tổng hợp'!$A$1:$S$10"
    assert sheet.print_options.horizontalCentered
    assert (sheet["L6"].number_format, sheet["Q10"].number_format) == ("0.0%", "0.0%")
    assert sheet["E6"].number_format == "#,##0"


def _fill(cell) -> str:
    return str(cell.fill.fgColor.rgb)[-6:]


def test_every_status_and_level_in_vietnamese_and_colour(made) -> None:
    book = openpyxl.load_workbook(made[1])
    sheet = book["Tổng hợp"]
    assert [(sheet[f"D{r}"].value, _fill(sheet[f"D{r}"])) for r in range(6, 10)] == [
        ("Hợp lệ", "C6EFCE"),
        ("Có cảnh báo", "FFEB9C"),
        ("Không đọc được", "FFC7CE"),
        ("Chưa gửi", "D9D9D9"),
    ]
    assert {status_words(s) for s in STATUS_LINES} == {
        "Hợp lệ", "Có cảnh báo", "Có lỗi, chưa tính vào tổng", "Không đọc được",
        "Gói bị thay đổi hoặc hỏng", "Chưa gửi", "Sổ của năm khác", "Tổng hợp của kỳ khác",
    }  # fmt: skip
    assert set(STATUS_FILLS) == set(STATUS_LINES)
    assert [level_words(level) for level in LEVEL_LINES] == ["Lỗi", "Cảnh báo", "Ghi chú"]
    assert set(LEVEL_FILLS) == set(LEVEL_LINES)
    found = book["Lỗi"]
    assert [c.value for c in found[1]] == [
        "Chi bộ", "Tệp", "Mức", "Mã", "Trang tính", "Ô", "Nội dung",
    ]  # fmt: skip
    a, c = str(made[0] / "a.xlsx"), str(made[0] / "c.xlsx")
    assert [c.value for c in found[2]] == [
        "Chi bộ Trường Mầm non Hoa Sen",
        a,
        "Ghi chú",
        "badge-due",
        "Đảng viên",
        "G5",
        "Phạm Thị Lan đủ 30 năm tuổi Đảng trong năm 2023",
    ]
    levels = {(r[2].value, _fill(r[2])) for r in found.iter_rows(min_row=2)}
    assert levels == {("Ghi chú", "D9D9D9"), ("Cảnh báo", "FFEB9C"), ("Lỗi", "FFC7CE")}
    assert [[x.value for x in r][1:4] for r in found.iter_rows(min_row=2) if r[1].value == c] == [
        [c, "Lỗi", "file-unreadable"]
    ]
    # its report's prose sections, all empty, are its own: the roll-up does not read them
    b = str(made[0] / "b.xlsx")
    assert [[x.value for x in r][2:6] for r in found.iter_rows(min_row=2) if r[1].value == b] == [
        ["Cảnh báo", "recipients-no-archive", "Thông tin", "B10"]
    ]


def test_every_figure_with_its_key_out_of_sight(made) -> None:
    sheet = openpyxl.load_workbook(made[1])["Chỉ số"]
    keys = [c.value for c in sheet[1]]
    assert sheet.row_dimensions[1].hidden and not sheet.row_dimensions[2].hidden
    assert keys[:8] == [
        "cell.name", "cell.superior", "cell.unit", "cell.symbol", "cell.source", "cell.status",
        "cell.note", "members.total",
    ]  # fmt: skip
    labels = [c.value for c in sheet[2]]
    assert labels[:8] == [
        "Chi bộ", "Đảng bộ cấp trên", "Đơn vị", "Ký hiệu", "Nguồn", "Tình trạng", "Ghi chú",
        "Tổng số đảng viên",
    ]  # fmt: skip
    assert not any("[" in str(label) or "." in str(label) for label in labels)
    at = {k: i for i, k in enumerate(keys)}
    first, total = [c.value for c in sheet[3]], [c.value for c in sheet[7]]
    assert (first[at["members.total"]], first[at["members.at_start"]]) == (19, 17)
    assert total[0] == "Tổng cộng" and total[at["members.total"]] == 30
    assert total[at["meetings.attendance_pct"]] == pytest.approx(274 * 100 / 287)
    assert sheet.freeze_panes == "B3"


def test_the_statistical_tables_add_up(made) -> None:
    rolled = roll_up(YEAR, [made[0]], jobs=1)
    said = {(line.number, line.text): line.value for line in lines(rolled.totals)}
    start, end = said[("1", "Đảng viên đầu kỳ")], said[("4", "Đảng viên cuối kỳ")]
    up, down = said[("2", "Tăng trong kỳ")], said[("3", "Giảm trong kỳ")]
    assert (start, up, down, end) == (27, 4, 1, 30)
    assert start + up - down == end
    sheet = openpyxl.load_workbook(made[1])["Thống kê"]
    rows = values(sheet)
    assert rows[0][0] == "THỐNG KÊ ĐẢNG VIÊN CỦA CÁC CHI BỘ"
    assert rows[3] == ("TT", "Nội dung", "Số lượng", "Tỷ lệ", "Ghi chú")
    assert rows[4][:3] == ("I", "TĂNG, GIẢM ĐẢNG VIÊN", None)
    assert rows[5][:3] == ("1", "Đảng viên đầu kỳ", 27)
    women = next(r for r in rows if r[1] == "Nữ")
    assert women[2:4] == (28, pytest.approx(28 / 30))
    assert "Biểu 1-BTCTW" in rows[-1][0] and "chưa đối chiếu" in rows[-1][0]


def _charts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        return [z.read(n).decode() for n in names]


def test_charts_point_at_the_right_ranges(made) -> None:
    charts = _charts(made[1])
    refs = [re.findall(r"<c:f>(.*?)</c:f>", chart) for chart in charts]
    assert refs[0] == ["'Biểu đồ'!$A$4:$A$7", "'Biểu đồ'!$B$4:$B$7"]  # the statuses' table
    names, members = "'Tổng hợp'!$B$6:$B$9", "'Tổng hợp'!$E$6:$E$9"
    assert refs[1] == [names, members]
    assert refs[2] == [names, "'Tổng hợp'!$L$6:$L$9"]
    assert refs[3] == [
        names, "'Tổng hợp'!$M$6:$M$9", names, "'Tổng hợp'!$N$6:$N$9",
        names, "'Tổng hợp'!$O$6:$O$9", names, "'Tổng hợp'!$P$6:$P$9",
    ]  # fmt: skip
    assert ["<c:pieChart>" in charts[0], *("<c:barChart>" in c for c in charts[1:])] == [True] * 4
    sheet = openpyxl.load_workbook(made[1])["Biểu đồ"]
    assert [
        tuple(r) for r in sheet.iter_rows(min_row=3, max_row=7, max_col=2, values_only=True)
    ] == [
        ("Tình trạng", "Số chi bộ"),
        ("Hợp lệ", 1),
        ("Có cảnh báo", 1),
        ("Không đọc được", 1),
        ("Chưa gửi", 1),
    ]


def test_many_cells_are_counted_by_band(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(61):
        shutil.copy(EXAMPLE, folder / f"a{i}.xlsx")  # one cell sent 61 times: one row
    for i in range(61):
        (folder / f"x{i}.xlsx").write_bytes(b"broken")  # 61 unreadable: 62 rows
    rolled = roll_up(YEAR, [folder], jobs=1)
    target = tmp_path / "t.xlsx"
    write_rollup(rolled, target, made=datetime(2024, 1, 10, 9, 0))
    charts = _charts(target)
    assert len(charts) == 4 and "<c:barChart>" in charts[1]  # a column chart is a barChart
    sheet = openpyxl.load_workbook(target)["Biểu đồ"]
    cells = {r[0]: r[1] for r in sheet.iter_rows(min_row=8, max_col=2, values_only=True) if r[0]}
    assert cells["Từ 10 đến 19"] == 1 and cells["Từ 95% trở lên"] == 1


def test_a_roll_up_made_before_the_new_sheets_still_reads(tmp_path: Path) -> None:
    old = ROOT / "tests" / "data" / "rollup-v1-2023-H1.xlsx"
    (row,) = roll_up(Period.parse("2023-H1"), [old], jobs=1).rows
    assert (row.name, row.status, row.values["members.total"]) == (
        "Chi bộ Trường Mầm non Hoa Sen", "ok", 18.0,
    )  # fmt: skip
    assert [f[:2] for f in row.findings] == [("note", "badge-due")]
    # and a roll-up of it reads one level further up
    target = tmp_path / "tinh.xlsx"
    write_rollup(roll_up(Period.parse("2023-H1"), [old], jobs=1), target, made=datetime(2024, 1, 1))
    (again,) = roll_up(Period.parse("2023-H1"), [target], jobs=1).rows
    assert (again.name, again.status, again.values["members.total"]) == (row.name, "ok", 18.0)
    assert [f[:2] for f in again.findings] == [("note", "badge-due")]
