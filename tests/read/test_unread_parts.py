"""The parts of the sheets a roll-up leaves unread: never inflated, never handed to calamine, and
nothing said of them; the map that names them read under the vetting's checks, and when it
cannot be trusted, every part vetted as before."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import rezipped
from conftest import EXAMPLE, set_cell

from xlkit.checks import check_path
from xlkit.compute.indicators import Computed
from xlkit.read import vetting
from xlkit.read.opening import load, read, typed
from xlkit.read.unread import unread_parts
from xlkit.read.vetting import UnreadableWorkbook, vet_zip
from xlkit.vocab.periods import Period
from xlkit.vocab.schema import FIGURE_SHEETS
from xlkit.vocab.words import MONTHLY

H1 = Period.parse("2023-H1")
# the example's parts of the guide, the themes, the monthly plan, the prose and the lists
LEFT = {f"xl/worksheets/sheet{n}.xml" for n in (1, 7, 8, 12, 14)}
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet>&lol2;'
    b"</worksheet>"
)


def _bombed(part: str, data: bytes) -> bytes:
    """The monthly plan's part, a DTD bomb; the others as they are."""
    return BOMB if part == "xl/worksheets/sheet8.xml" else data


def _parts(archive: bytes | None) -> set[str]:
    assert archive is not None
    return set(zipfile.ZipFile(io.BytesIO(archive)).namelist())


def test_the_parts_of_the_sheets_left_are_not_handed_on() -> None:
    data = EXAMPLE.read_bytes()
    every = _parts(vet_zip(data).stored)
    assert LEFT < every
    assert _parts(vet_zip(data, FIGURE_SHEETS).stored) == every - LEFT


def test_a_part_left_is_never_inflated_nor_parsed(tmp_path: Path) -> None:
    path = rezipped(tmp_path / "a.xlsx", _bombed)
    # her check reads every part, and says it
    assert [f.code for f in check_path(path).findings] == ["file-unreadable"]
    book, found = typed(read(path, sheets=FIGURE_SHEETS, leave_others=True))
    assert found == []
    assert Computed(book).values(H1) == Computed(load(EXAMPLE)[0]).values(H1)


def test_a_dtd_in_the_map_is_refused_as_ever(tmp_path: Path) -> None:
    def spoiled(part: str, data: bytes) -> bytes:
        if part != "xl/workbook.xml":
            return data
        return data.replace(b"?>", b'?><!DOCTYPE w [<!ENTITY e "x">]>', 1)

    path = rezipped(tmp_path / "a.xlsx", spoiled)
    with pytest.raises(UnreadableWorkbook) as raised:
        read(path, sheets=FIGURE_SHEETS, leave_others=True)
    assert raised.value.reason == "hostile-xml"


WORKBOOK = (
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{}'
    "</sheets></workbook>"
)
RELATIONSHIPS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}'
    "</Relationships>"
)


def _map(sheets: dict[str, str], targets: dict[str, str], role: str = "") -> dict[str, bytes]:
    listed = "".join(f'<sheet name="{n}" sheetId="1" r:id="{i}"/>' for n, i in sheets.items())
    related = "".join(f'<Relationship Id="{i}" Target="{t}"/>' for i, t in targets.items())
    parts = {
        "xl/workbook.xml": WORKBOOK.format(listed).encode(),
        "xl/_rels/workbook.xml.rels": RELATIONSHIPS.format(related).encode(),
    }
    if role:
        parts["docProps/custom.xml"] = (
            f'<Properties><property name="xlkit"><vt:lpwstr>xlkit-{role}</vt:lpwstr></property>'
            "</Properties>"
        ).encode()
    return parts


def _left(parts: dict[str, bytes]) -> set[str]:
    return unread_parts(lambda name, cap: parts.get(name), FIGURE_SHEETS)


def test_the_map_names_the_parts_left_by_the_sheets_folded_names() -> None:
    assert _left(
        _map(
            {"ĐẢNG VIÊN": "r1", "Kế hoạch  tháng": "r2", "Ghi chép riêng": "r3"},
            {"r1": "worksheets/a.xml", "r2": "worksheets/b.xml", "r3": "/xl/worksheets/c.xml"},
        )
    ) == {"xl/worksheets/b.xml", "xl/worksheets/c.xml"}


def test_nothing_is_left_when_the_map_cannot_be_trusted() -> None:
    sheets = {"Đảng viên": "r1", MONTHLY: "r2"}
    # a sheet of no known part, beside one that would be left
    unknown = {"r1": "worksheets/a.xml", "r3": "worksheets/c.xml"}
    assert _left(_map({**sheets, "Chuyên đề": "r3"}, unknown)) == set()
    # a part a sheet read shares, a part that is not a worksheet
    shared = {"r1": "worksheets/a.xml", "r2": "worksheets/a.xml"}
    assert _left(_map(sheets, shared)) == set()
    assert _left(_map(sheets, {"r1": "worksheets/a.xml", "r2": "styles.xml"})) == set()
    parts = _map(sheets, {"r1": "worksheets/a.xml", "r2": "worksheets/b.xml"})
    assert _left(parts) == {"xl/worksheets/b.xml"}
    for missing in parts:  # either part of the map absent
        assert _left({k: v for k, v in parts.items() if k != missing}) == set()
    assert _left({k: v + b"<" for k, v in parts.items()}) == set()  # not XML


def test_a_roll_up_one_level_down_is_read_whole() -> None:
    parts = _map({MONTHLY: "r1"}, {"r1": "worksheets/a.xml"}, role="rollup")
    assert _left(parts) == set()


def test_a_map_too_big_to_be_a_schools_leaves_nothing(tmp_path: Path) -> None:
    def padded(part: str, data: bytes) -> bytes:
        if part != "xl/workbook.xml":
            return data
        return data.replace(b"<sheets>", b"<!--" + b" " * (1 << 20) + b"--><sheets>", 1)

    data = rezipped(tmp_path / "a.xlsx", padded).read_bytes()
    assert LEFT < _parts(vet_zip(data, FIGURE_SHEETS).stored)


def test_a_big_workbook_is_vetted_whole_and_nothing_of_the_sheets_left_said(
    make_book, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = make_book(Kế_hoạch_tháng=[{"Tháng": 2, "Nội dung hoạt động": "Họp chi bộ"}])
    set_cell(path, MONTHLY, "C2", '="Tổ "&A2')  # a formula never computed
    set_cell(path, MONTHLY, "D2", "#N/A")  # a value cached as an error
    book = openpyxl.load_workbook(path)
    book[MONTHLY].row_dimensions[2].hidden = True
    book.save(path)
    bomb = rezipped(tmp_path / "b.xlsx", _bombed)
    monkeypatch.setattr(vetting, "MAX_STORED", 0)  # read from the file: every part vetted
    whole = read(path)
    assert (whole.formulas_without_value, whole.error_values, whole.hidden) == (
        {MONTHLY: ["C2"]},
        {MONTHLY: {"D2": "#N/A"}},
        {MONTHLY},
    )
    left = read(path, sheets=FIGURE_SHEETS, leave_others=True)
    assert (left.formulas_without_value, left.error_values, left.hidden) == ({}, {}, set())
    with pytest.raises(UnreadableWorkbook):  # calamine would read the file: its parts vetted
        read(bomb, sheets=FIGURE_SHEETS, leave_others=True)
