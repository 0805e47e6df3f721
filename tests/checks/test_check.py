"""`check` on workbooks made by `xlkit new` and filled by header name: clean, then one defect per
code."""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import date as d
from pathlib import Path

import openpyxl
import pytest
from conftest import MEMBERS, XS, meetings, member, set_cell

from xlkit.checks import check_path
from xlkit.vocab.periods import Period
from xlkit.vocab.sections import SECTIONS_NEEDED

TODAY = d(2026, 11, 21)


def check(path: Path, **kw):
    return check_path(path, today=TODAY, **kw)


def find(report, code: str):
    hits = [f for f in report.findings if f.code == code]
    assert hits, f"{code} not found in {report.flatten()}"
    return hits


def test_filled_workbook_checks_clean(filled: Path) -> None:
    report = check(filled)
    assert report.flatten() == []
    assert report.ok


def test_blank_workbook_lists_what_is_missing(blank: Path) -> None:
    report = check(blank)
    assert ("value-required", "Thông tin", "B3") in report.flatten()
    assert ("sheet-empty", "Đảng viên", "A2") in report.flatten()


def test_example_workbook_checks_without_errors_or_warnings() -> None:
    from conftest import EXAMPLE

    report = check(EXAMPLE)
    assert [f.code for f in report.findings] == ["badge-due"]


# (members, other sheets, the finding expected: code, severity, sheet, cell)
M = MEMBERS


def with_member(index: int, **changes) -> list[dict]:
    rows = [dict(m) for m in M]
    rows[index].update(changes)
    return rows


CELL_CASES = {
    "value-required": (
        {"Đảng viên": with_member(1, **{"Ngày sinh": None})},
        ("error", "Đảng viên", "C3"),
    ),
    "value-not-date": (
        {"Đảng viên": with_member(1, **{"Ngày sinh": "31/02/1985"})},
        ("error", "Đảng viên", "C3"),
    ),
    "date-as-text": (
        {"Đảng viên": with_member(2, **{"Ngày sinh": "04/07/1985"})},
        ("warning", "Đảng viên", "C4"),
    ),
    "value-not-number": (
        {"Sinh hoạt": [{**meetings()[0], "Có mặt": "năm"}, *meetings()[1:]]},
        ("error", "Sinh hoạt", "D2"),
    ),
    "value-not-integer": (
        {"Sinh hoạt": [*meetings()[:2], {**meetings()[2], "Có mặt": 4.5}, *meetings()[3:]]},
        ("error", "Sinh hoạt", "D4"),
    ),
    "value-negative": (
        {"Sinh hoạt": [{**meetings()[0], "Vắng có lý do": -1}, *meetings()[1:]]},
        ("error", "Sinh hoạt", "E2"),
    ),
    "value-not-allowed": (
        {"Đảng viên": with_member(3, **{"Giới tính": "Nu"})},
        ("error", "Đảng viên", "D5"),
    ),
    "value-duplicate": (
        {"Đảng viên": [*M, member("lê thị  an", d(1981, 1, 1), d(2006, 1, 1), d(2007, 1, 1))]},
        ("error", "Đảng viên", "B8"),
    ),
    "value-out-of-range": (
        {"Chuyên đề": [{"Quý": 5, "Chủ đề": "Học tập nghị quyết"}]},
        ("error", "Chuyên đề", "A2"),
    ),
    "value-not-period": (
        {"Số liệu": [{"Mã": "F1", "Nội dung": "Trẻ đạt chuẩn", "Kỳ": "H1/2023", "Số đạt": 5}]},
        ("error", "Số liệu", "C2"),
    ),
    "text-legacy-encoding": (
        {"Đảng viên": with_member(0, **{"Ghi chú": "Tr\xadêng tiÓu häc"})},
        ("warning", "Đảng viên", "P2"),
    ),
    "text-not-nfc": (
        {"Đảng viên": with_member(4, **{"Họ và tên": unicodedata.normalize("NFD", "Vũ Thị Em")})},
        ("note", "Đảng viên", "B6"),
    ),
    "text-spaces": (
        {"Đảng viên": with_member(5, **{"Họ và tên": " Đỗ Thị  Giang"})},
        ("note", "Đảng viên", "B7"),
    ),
    "date-order": (
        {"Đảng viên": with_member(2, **{"Ngày sinh": d(2012, 1, 1)})},
        ("error", "Đảng viên", "G4"),
    ),
    "date-outside-year": (
        {"Sinh hoạt": [*meetings(), {"Ngày": d(2022, 12, 30), "Loại": "Bất thường", "Có mặt": 5}]},
        ("error", "Sinh hoạt", "A18"),
    ),
    "period-outside-year": (
        {"Số liệu": [{"Mã": "F1", "Nội dung": "Trẻ đạt chuẩn", "Kỳ": "2022-H2", "Số đạt": 5}]},
        ("error", "Số liệu", "C2"),
    ),
    "member-unknown": (
        {
            "Kiểm tra giám sát": [
                {"Ngày": d(2023, 4, 4), "Hình thức": "Kiểm tra", "Đối tượng": "Người Lạ"}
            ]
        },
        ("warning", "Kiểm tra giám sát", "C2"),
    ),
    "admitted-not-member": (
        {"Phát triển Đảng": [{"Họ và tên": "Mai Văn Mới", "Ngày kết nạp": d(2023, 5, 5)}]},
        ("warning", "Phát triển Đảng", "A2"),
    ),
    "attendance-too-high": (
        {"Sinh hoạt": [*meetings()[:4], {**meetings()[4], "Có mặt": 7}, *meetings()[5:]]},
        ("error", "Sinh hoạt", "D6"),
    ),
    "status-date-missing": (
        {"Đảng viên": with_member(5, **{"Tình trạng": "Chuyển đi"})},
        ("error", "Đảng viên", "N7"),
    ),
    "target-computed-mismatch": (
        {
            "Chỉ tiêu": [
                {
                    "Mã": "CT1",
                    "Nội dung": "Sinh hoạt thường kỳ",
                    "Đơn vị tính": "buổi",
                    "Kế hoạch năm": 12,
                    "Thực hiện cả năm": 11,
                    "Nguồn số liệu": "meetings.regular",
                }
            ]
        },
        ("warning", "Chỉ tiêu", "I2"),
    ),
    "result-above-total": (
        {
            "Số liệu": [
                {
                    "Mã": "F1",
                    "Nội dung": "Trẻ đạt chuẩn",
                    "Kỳ": "2023-H1",
                    "Số đạt": 10,
                    "Tổng số": 5,
                }
            ]
        },
        ("error", "Số liệu", "D2"),
    ),
    "probation-overdue": (
        {"Đảng viên": with_member(5, **{"Ngày vào Đảng": d(2022, 1, 15), "Ngày chính thức": None})},
        ("warning", "Đảng viên", "H7"),
    ),
    "admission-age": (
        {"Đảng viên": [*M, member("Ngô Thị Nhỏ", d(2005, 9, 1), d(2023, 5, 1), None)]},
        ("warning", "Đảng viên", "G8"),
    ),
    "excellent-over-quota": (
        {
            "Đảng viên": with_member(1, **{"Xếp loại": "HTXSNV"}),
            "info": {"Loại chi bộ": "Chi bộ cơ sở"},
        },
        ("warning", "Đảng viên", "O2"),
    ),
    "excellent-share-high": (
        {"Đảng viên": with_member(1, **{"Xếp loại": "HTXSNV"})},
        ("note", "Đảng viên", "O2"),
    ),  # a branch cell: the quota is its đảng bộ's
    "rated-but-exempt": (
        {"Đảng viên": with_member(3, **{"Tình trạng": "Miễn sinh hoạt"})},
        ("warning", "Đảng viên", "O5"),
    ),
    "meeting-month-missing": (
        {"Sinh hoạt": [m for m in meetings() if m["Ngày"].month != 7 or m["Loại"] != "Thường kỳ"]},
        ("warning", "Sinh hoạt", "A"),
    ),
    "thematic-quarter-missing": (
        {"Sinh hoạt": [m for m in meetings() if m["Ngày"] != d(2023, 9, 20)]},
        ("warning", "Sinh hoạt", "A"),
    ),
    "cell-too-small": (
        {
            "Đảng viên": [
                dict(
                    m, **{"Ngày chính thức": None, "Ngày vào Đảng": d(2023, 6, 1), "Xếp loại": None}
                )
                for m in M[2:]
            ]
            + M[:2]
        },
        ("warning", "Đảng viên", "A"),
    ),
    "badge-due": (
        {
            "Đảng viên": with_member(
                1, **{"Ngày vào Đảng": d(1993, 3, 3), "Ngày chính thức": d(1994, 3, 3)}
            )
        },
        ("note", "Đảng viên", "G3"),
    ),
}


# what else a case rightly finds: four members admitted in June 2023 cannot have attended the spring
# meetings, and leave one excellent rating over the quota; a name typed with a double space
COMPANIONS = {
    "cell-too-small": [
        ("attendance-too-high", "Sinh hoạt", f"D{row}") for row in (2, 3, 4, 5, 6, 14)
    ]
    + [("excellent-share-high", "Đảng viên", "O6")],
    "value-duplicate": [("text-spaces", "Đảng viên", "B8")],
}


@pytest.mark.parametrize("code", sorted(CELL_CASES))
def test_each_code_points_at_its_cell(make_book, code: str) -> None:
    sheets, (severity, sheet, cell) = CELL_CASES[code]
    path = make_book(**{k.replace(" ", "_"): v for k, v in sheets.items()})
    found = check(path)
    assert sorted(found.flatten()) == sorted([(code, sheet, cell), *COMPANIONS.get(code, [])])
    assert {f.severity.value for f in found.findings if f.code == code} == {severity}


def test_value_not_allowed_hint_names_the_closest(make_book) -> None:
    path = make_book(Đảng_viên=with_member(3, **{"Giới tính": "Nu"}))
    (hit,) = find(check(path), "value-not-allowed")
    assert "Nữ" in hit.hint("vi") and hit.value == "Nu"


def test_rating_abbreviations_are_read(make_book) -> None:
    path = make_book(Đảng_viên=with_member(2, **{"Xếp loại": "httnv"}))
    assert check(path).flatten() == []


def test_section_empty_with_period(filled: Path) -> None:
    report = check(filled, period=Period.parse("2023-H1"))
    sections = [f for f in report.findings if f.code == "section-empty"]
    assert len(sections) == 8 and sections[0].sheet == "Nội dung báo cáo"


def test_formula_without_value(filled: Path) -> None:
    set_cell(filled, "Đảng viên", "P3", "=1+1")
    assert check(filled).flatten() == [
        ("formula-no-value", "Đảng viên", "P3")
    ]  # Ghi chú: never computed, and nothing else


def _edit(path: Path, change) -> None:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def test_sheet_missing_unknown_and_header_findings(filled: Path) -> None:
    def change(book):
        del book["Sinh hoạt"]
        book.create_sheet("Ghi chép riêng")
        sheet = book["Đảng viên"]
        sheet["C1"] = "Sinh ngày"  # Ngày sinh renamed: missing, and an unknown column
        sheet["Q1"] = "  họ VÀ  tên "  # the same header twice, written loosely
        sheet["R1"] = "Số điện thoại"

    _edit(filled, change)
    assert check(filled).flatten() == [
        ("header-missing", "Đảng viên", "1"),
        ("header-duplicate", "Đảng viên", "Q1"),
        ("sheet-unknown", "Ghi chép riêng", ""),
        ("sheet-optional-missing", "Sinh hoạt", ""),
        ("column-unknown", "Đảng viên", "C1"),
        ("column-unknown", "Đảng viên", "R1"),
    ]


def test_required_sheet_missing_is_an_error(filled: Path) -> None:
    _edit(filled, lambda book: book.remove(book["Đảng viên"]))
    report = check(filled)
    assert report.flatten() == [("sheet-missing", "Đảng viên", "")]
    assert report.findings[0].severity.value == "error"


def test_info_item_missing(filled: Path) -> None:
    def change(book):
        sheet = book["Thông tin"]
        for row in sheet.iter_rows():
            if row[0].value == "Bí thư":
                row[0].value = None
                row[1].value = None

    _edit(filled, change)
    (hit,) = find(check(filled), "info-item-missing")
    assert (hit.sheet, hit.cell, hit.severity.value) == ("Thông tin", "A", "error")


def test_headers_found_below_a_title_row_and_in_any_order(filled: Path) -> None:
    def change(book):
        sheet = book["Đảng viên"]
        sheet.insert_rows(1)
        sheet["A1"] = "DANH SÁCH ĐẢNG VIÊN"
        sheet.move_range("B2:B8", cols=20)  # Họ và tên moved far right

    _edit(filled, change)
    set_cell(filled, "Đảng viên", "C4", "31/02/1985")
    flat = check(filled).flatten()
    assert ("value-not-date", "Đảng viên", "C4") in flat
    assert len([f for f in flat if f[0] not in ("column-unknown",)]) == 1


def test_blank_rows_keep_the_sheets_own_numbers(filled: Path) -> None:
    def change(book):
        book["Đảng viên"].insert_rows(4, amount=3)

    _edit(filled, change)
    set_cell(filled, "Đảng viên", "C9", "abc")
    assert check(filled).flatten() == [("value-not-date", "Đảng viên", "C9")]


# --- the file itself ---------------------------------------------------------------------------


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "thu.xlsx"
    path.write_text("xin chào")
    report = check(path)
    assert report.flatten() == [("file-unreadable", "", "")]
    assert "không phải tệp bảng tính" in report.findings[0].message("vi")


def test_truncated_file(filled: Path) -> None:
    data = filled.read_bytes()
    filled.write_bytes(data[: len(data) // 2])
    assert [f.code for f in check(filled).findings] == ["file-unreadable"]


def test_legacy_xls(tmp_path: Path) -> None:
    path = tmp_path / "cu.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    assert [f.code for f in check(path).findings] == ["file-legacy-format"]


def test_encrypted_workbook(filled: Path, tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import (
        OOXMLFile,
    )  # the real encrypted container, as Excel writes it

    target = tmp_path / "mat-khau.xlsx"
    with filled.open("rb") as plain, target.open("wb") as secret:
        OOXMLFile(plain).encrypt("matkhau", secret)
    assert [f.code for f in check(target).findings] == ["file-encrypted"]


def test_zip_bomb_is_refused_quickly(tmp_path: Path) -> None:
    import time

    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            block = b"\0" * (1 << 20)
            for _ in range(400):  # 400 MiB of zeros, about 400 KiB packed
                part.write(block)
    started = time.monotonic()
    report = check(path)
    assert [f.code for f in report.findings] == ["file-unreadable"]
    assert "bom zip" in report.findings[0].message("vi")
    assert time.monotonic() - started < 5


def test_entity_expansion_is_refused(filled: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "thuc-the.xlsx"
    bomb = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    with zipfile.ZipFile(filled) as source, zipfile.ZipFile(hostile, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                data = bomb + data.split(b"?>", 1)[-1]
            target.writestr(info, data)
    report = check(hostile)
    assert [f.code for f in report.findings] == ["file-unreadable"]
    assert "DTD" in report.findings[0].message("vi")


def test_reading_never_writes_the_file(filled: Path) -> None:
    before = (filled.read_bytes(), filled.stat().st_mtime_ns)
    check(filled)
    assert (filled.read_bytes(), filled.stat().st_mtime_ns) == before


def test_english_messages(make_book) -> None:
    path = make_book(Đảng_viên=with_member(1, **{"Ngày sinh": "31/02/1985"}))
    (hit,) = find(check(path), "value-not-date")
    assert hit.message("en") == "'Ngày sinh' is not a valid date"
    assert hit.message("vi") == "'Ngày sinh' không phải là ngày hợp lệ"


def test_excellent_quota_at_its_threshold(make_book) -> None:
    # 1 excellent of 5 good is exactly 20%: allowed; 2 of 4 is over
    grassroots = {"Loại chi bộ": "Chi bộ cơ sở"}
    assert "excellent-over-quota" not in check(make_book(grassroots)).codes()
    rows = with_member(1, **{"Xếp loại": XS})
    assert "excellent-over-quota" in check(make_book(grassroots, Đảng_viên=rows)).codes()


def test_xlsm_is_read_as_data(filled: Path, tmp_path: Path) -> None:
    macro_book = tmp_path / "so-co-macro.xlsm"
    macro_book.write_bytes(filled.read_bytes())
    assert check(macro_book).flatten() == []


def test_names_are_judged_against_the_member_list_and_said_as_typed(make_book) -> None:
    inspection = {"Ngày": d(2023, 4, 4), "Hình thức": "Kiểm tra", "Đối tượng": "Người Lạ"}
    admitted = {"Họ và tên": "Mai Văn Mới", "Ngày kết nạp": d(2023, 5, 5)}
    found = check(make_book(Kiểm_tra_giám_sát=[inspection], Phát_triển_Đảng=[admitted])).findings
    said = [
        (f.code, f.cell, f.value)
        for f in found
        if f.code in ("member-unknown", "admitted-not-member")
    ]
    assert said == [
        ("member-unknown", "C2", "Người Lạ"),
        ("admitted-not-member", "A2", "Mai Văn Mới"),
    ]
    # no member list to judge by: no name is called unknown (sheet-empty says what is missing)
    found = check(
        make_book(Đảng_viên=[], Kiểm_tra_giám_sát=[inspection], Phát_triển_Đảng=[admitted])
    ).findings
    assert [f.code for f in found if f.code in ("member-unknown", "admitted-not-member")] == []


def test_a_change_of_status_with_an_unreadable_date_is_said_once(make_book) -> None:
    """The date that cannot be read has its own finding; the status does not call it missing too."""
    found = check(
        make_book(
            Đảng_viên=with_member(5, **{"Tình trạng": "Chuyển đi", "Ngày thay đổi": "31/02/2023"})
        )
    ).flatten()
    assert [f for f in found if f[1] == "Đảng viên"] == [("value-not-date", "Đảng viên", "N7")]


def test_only_the_sections_left_unwritten_are_found(make_book) -> None:
    prose = [{"Kỳ": "2023-H1", "Mục": m, "Nội dung": "…"} for m in SECTIONS_NEEDED["report"][:-1]]
    prose.append(
        {"Kỳ": "2023-H2", "Mục": SECTIONS_NEEDED["report"][-1], "Nội dung": "…"}
    )  # another period's
    found = check_path(
        make_book(Nội_dung_báo_cáo=prose), period=Period.parse("2023-H1"), today=d(2026, 1, 1)
    )
    assert [(f.code, f.arg("section")) for f in found.findings if f.code == "section-empty"] == [
        ("section-empty", "Phương hướng, nhiệm vụ")
    ]
