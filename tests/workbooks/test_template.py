"""The blank template: the contract of spec/workbook.md, read back with openpyxl."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from xlkit.vocab import schema
from xlkit.vocab.columns import Type, column_letter
from xlkit.vocab.words import LISTS

# spec/workbook.md, copied by hand: the test must fail if the schema drifts from the contract.
CONTRACT = {
    "Hướng dẫn": None,
    "Thông tin": ["Mục", "Giá trị"],
    "Đảng viên": [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Dân tộc",
        "Tôn giáo",
        "Ngày vào Đảng",
        "Ngày chính thức",
        "Chức vụ Đảng",
        "Chức vụ chính quyền",
        "Trình độ chuyên môn",
        "Lý luận chính trị",
        "Tình trạng",
        "Ngày thay đổi",
        "Xếp loại",
        "Ghi chú",
        # added after v1 (issue "Party rules as they stand in 2026"): optional, absent
        # from earlier workbooks
        "Điểm",
        "Xếp loại quý 1",
        "Xếp loại quý 2",
        "Xếp loại quý 3",
        "Xếp loại quý 4",
        "Thời gian không sinh hoạt (tháng)",
        "Điểm tiêu chí chung",
        "Điểm thực hiện nhiệm vụ",
        "Mẫu kiểm điểm",
    ],
    "Chỉ tiêu": [
        "Mã",
        "Lĩnh vực",
        "Nội dung",
        "Đơn vị tính",
        "Chiều",
        "Kế hoạch năm",
        "Kế hoạch 6 tháng",
        "Thực hiện 6 tháng đầu",
        "Thực hiện cả năm",
        "Nguồn số liệu",
        "Ghi chú",
    ],
    "Số liệu": ["Mã", "Nội dung", "Kỳ", "Số đạt", "Tổng số", "Đơn vị tính", "Ghi chú"],
    "Sinh hoạt": [
        "Ngày",
        "Loại",
        "Nội dung",
        "Có mặt",
        "Vắng có lý do",
        "Vắng không lý do",
        "Biên bản",
        "Ghi chú",
        "Thời lượng (phút)",
        "Chủ trì",
        "Người ghi biên bản",
        "Người vắng",
        "Địa điểm",
    ],
    "Chuyên đề": ["Quý", "Chủ đề", "Người chuẩn bị", "Thời gian dự kiến", "Ghi chú"],
    "Kế hoạch tháng": ["Tháng", "Nội dung hoạt động", "Phụ trách", "Kết quả", "Ghi chú"],
    "Phát triển Đảng": [
        "Họ và tên",
        "Ngày sinh",
        "Ngày học lớp nhận thức",
        "Ngày hoàn thiện hồ sơ",
        "Ngày kết nạp",
        "Ghi chú",
        "Ngày chi bộ xét",
    ],
    "Kiểm tra giám sát": [
        "Ngày",
        "Hình thức",
        "Đối tượng",
        "Nội dung",
        "Kết luận",
        "Kỷ luật",
        "Ghi chú",
    ],
    "Thi đua khen thưởng": ["Ngày", "Kỳ", "Đối tượng", "Danh hiệu", "Trạng thái", "Ghi chú"],
    "Nội dung báo cáo": ["Kỳ", "Mục", "Nội dung"],
    "Đảng phí": ["Họ và tên", "Tháng", "Số tiền", "Ngày nộp", "Ghi chú"],
}
INFO_LABELS = [
    "Năm",
    "Đảng bộ cấp trên",
    "Tên chi bộ",
    "Ký hiệu chi bộ",
    "Địa danh",
    "Bí thư",
    "Nhiệm kỳ",
    "Đơn vị",
    "Nơi nhận",
    "Chi bộ tự xếp loại",
    "Loại chi bộ",
    "Ký thay mặt",
    "Ký thay mặt kế hoạch",
    "Chức vụ người ký",
]


@pytest.fixture
def book(blank: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(blank)


def test_every_sheet_and_header_in_order(book) -> None:
    visible = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
    assert visible == list(CONTRACT)
    for name, headers in CONTRACT.items():
        if headers:
            assert [c.value for c in book[name][1]][: len(headers)] == headers, name


def test_info_sheet_labels_and_year(book) -> None:
    sheet = book["Thông tin"]
    assert [sheet.cell(r, 1).value for r in range(2, 2 + len(INFO_LABELS))] == INFO_LABELS
    assert sheet["B2"].value == 2023


def _validations(sheet) -> dict[str, object]:
    return {
        str(v.sqref).split(":")[0].rstrip("0123456789"): v
        for v in sheet.data_validations.dataValidation
    }


def test_dropdowns_reference_the_hidden_lists(book) -> None:
    lists = book[LISTS]
    assert lists.sheet_state == "hidden"
    for spec in schema.DATA_SHEETS:
        checks = _validations(book[spec.name])
        for index, column in enumerate(spec.columns):
            if column.type is not Type.CHOICE:
                continue
            rule = checks[column_letter(index)]
            assert rule.type == "list"
            ref = rule.formula1.split("!")[1].replace("$", "")
            values = [c.value for row in lists[ref] for c in row]
            assert values == list(column.shown or column.choices), column.header
    # a list longer than Excel's 255-character typed-list limit is only possible by reference
    assert len(",".join(schema.NUMERIC_KEYS)) > 255


def test_dates_counts_and_hints(book) -> None:
    sheet = book["Đảng viên"]
    checks = _validations(sheet)
    assert checks["C"].type == "date" and checks["G"].type == "date"
    assert checks["A"].type == "whole"
    assert checks["C"].promptTitle == "Ngày sinh" and "dd/mm/yyyy" in checks["C"].prompt
    meetings = _validations(book["Sinh hoạt"])
    assert meetings["D"].type == "whole" and meetings["A"].type == "date"


def test_print_setup_and_frozen_header(book) -> None:
    for spec in schema.DATA_SHEETS:
        sheet = book[spec.name]
        assert sheet.freeze_panes == "A2"
        assert sheet.print_title_rows == "$1:$1"
        assert int(sheet.page_setup.paperSize) == 9


def test_date_columns_formatted_dd_mm_yyyy(blank: Path) -> None:
    with zipfile.ZipFile(blank) as archive:
        styles = archive.read("xl/styles.xml").decode()
    assert 'formatCode="dd/mm/yyyy"' in styles


def test_nothing_written_as_formula(blank: Path, tmp_path: Path) -> None:
    from xlkit.workbooks.template import write_workbook

    path = tmp_path / "hostile.xlsx"
    write_workbook(
        path,
        year=2023,
        info={"Bí thư": '=HYPERLINK("http://x")'},
        rows={"Đảng viên": [{"Họ và tên": "+84 912", "Ghi chú": "=1+1"}]},
    )
    for target in (blank, path):
        with zipfile.ZipFile(target) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in archive.read(name), name
    book = openpyxl.load_workbook(path)
    assert book["Đảng viên"]["P2"].value == "=1+1" and book["Đảng viên"]["P2"].data_type == "s"


def test_guide_sheet_explains_the_commands(book) -> None:
    text = " ".join(str(c.value) for row in book["Hướng dẫn"].iter_rows() for c in row if c.value)
    assert "xlkit check" in text and "xlkit report" in text
    for spec in schema.SHEETS:
        assert spec.name in text


def test_guide_sheet_prints_on_the_page_with_rows_that_fit(book) -> None:
    from xlkit.workbooks.formats import lines_of
    from xlkit.workbooks.guide import FIRST_WIDTH, SECOND_WIDTH

    sheet = book["Hướng dẫn"]
    setup = sheet.page_setup
    assert (int(setup.paperSize), setup.orientation) == (9, "portrait")
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # omitted means 1 wide; 0 means as many pages long as it takes
    assert (int(setup.fitToWidth or 1), int(setup.fitToHeight)) == (1, 0)
    assert [sheet.column_dimensions[c].width for c in "AB"] == [
        pytest.approx(FIRST_WIDTH, abs=1),
        pytest.approx(SECOND_WIDTH, abs=1),
    ]
    assert sheet.print_area == f"'Hướng dẫn'!$A$1:$B${sheet.max_row}"
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "--annotate" in text and "xlkit fix" in text
    wide = {r.min_row for r in sheet.merged_cells.ranges}
    for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row):
        first, second = (str(c.value or "") for c in row[:2])
        if not first and not second:
            continue
        height = sheet.row_dimensions[row[0].row].height
        assert height is not None, row[0].row  # never left at the default, painting over the next
        if row[0].row in wide:
            needed = lines_of(first, FIRST_WIDTH + SECOND_WIDTH)
        else:
            needed = max(lines_of(first, FIRST_WIDTH), lines_of(second, SECOND_WIDTH))
        assert height >= needed * 15.75, (row[0].row, height, needed)
    # the longest step wraps: its row is taller than one line
    assert max(sheet.row_dimensions[r].height or 0 for r in range(2, 12)) > 3 * 15.75


def test_lines_of_counts_wrapped_lines_and_paragraphs() -> None:
    from xlkit.workbooks.formats import lines_of, row_height

    assert lines_of("", 10) == 1
    assert lines_of("x" * 11, 10) == 1 and lines_of("x" * 12, 10) == 2
    assert lines_of("a\nb", 10) == 2
    assert row_height(("a", 10), ("x" * 12, 10)) == 2 * 15.75 + 3


def test_input_titles_fit_excel_and_are_never_cut(book) -> None:
    for spec in schema.SHEETS:
        titles = {v.promptTitle for v in book[spec.name].data_validations.dataValidation}
        for v in book[spec.name].data_validations.dataValidation:
            assert v.promptTitle is None or len(v.promptTitle) <= 32, v.promptTitle
            assert v.prompt is None or len(v.prompt) <= 255
        for column in spec.columns:
            assert len(column.input_title) <= 32
        titles.discard(None)
        headers = {c.header for c in spec.columns} | {"Giá trị"}
        # every title is a whole header or a title chosen for it, never a header cut short
        assert all(
            t in headers or t in {c.title for c in spec.columns} or spec.name == "Thông tin"
            for t in titles
        ), titles
    sheet = _validations(book["Đảng viên"])
    assert sheet["V"].promptTitle == "Số tháng không sinh hoạt"


def test_committed_workbooks_are_what_the_generators_write(tmp_path: Path) -> None:
    import importlib.util

    from conftest import EXAMPLE, ROOT

    from xlkit.read.workbook import read_raw

    spec = importlib.util.spec_from_file_location("vi_du", ROOT / "workbooks" / "vi_du.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.main(tmp_path / "vi-du.xlsx")
    committed, regenerated = read_raw(EXAMPLE), read_raw(fresh)
    assert list(committed.sheets) == list(regenerated.sheets)
    for name in committed.sheets:
        assert committed.sheets[name].rows == regenerated.sheets[name].rows, name
    # the 2026 cell the year's commands are tried on (tests/data/year2026.py)
    spec = importlib.util.spec_from_file_location(
        "year2026", ROOT / "tests" / "data" / "year2026.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = read_raw(module.TARGET)
    regenerated = read_raw(module.main(tmp_path / "so-2026.xlsx"))
    for name in committed.sheets:
        assert committed.sheets[name].rows == regenerated.sheets[name].rows, name
    assert not list((ROOT / "workbooks").glob("so-chi-bo-*.xlsx")), (
        "workbooks/ holds only the example: a blank one there makes check fail"
    )
    blanks = sorted((ROOT / "templates").glob("so-chi-bo-*.xlsx"))
    assert blanks, (
        "the blank workbook of the current year is kept with the templates (xlkit new writes it)"
    )
    from xlkit.workbooks.template import write_workbook

    year = int(blanks[-1].stem.rsplit("-", 1)[1])
    write_workbook(tmp_path / "blank.xlsx", year=year)
    assert {n: s.rows for n, s in read_raw(blanks[-1]).sheets.items()} == {
        n: s.rows for n, s in read_raw(tmp_path / "blank.xlsx").sheets.items()
    }
