"""fix and --annotate on workbooks calamine reads and openpyxl refuses, and on formulas: one clear
line, exit 1, nothing written; formulas kept, and what that does to the figures said."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from builders import EXAMPLE, rezipped
from clirun import run


def rezip(folder: Path, name: str, change: Callable[[str, bytes], bytes]) -> Path:
    return rezipped(folder / name, change)


BRACKETS = (
    "ngoac.xlsx",
    lambda n, d: (
        d.replace('name="Hướng dẫn"'.encode(), 'name="[Hướng dẫn]"'.encode())
        if n == "xl/workbook.xml"
        else d
    ),
)
STYLE = (
    "kieu.xlsx",
    lambda n, d: (
        d.replace(b'<c r="B3" s="', b'<c r="B3" s="999', 1)
        if n == "xl/worksheets/sheet3.xml"
        else d
    ),
)


@pytest.mark.parametrize("name, change", [BRACKETS, STYLE], ids=["brackets", "style-index"])
@pytest.mark.parametrize("command", ["fix", "annotate"])
def test_a_workbook_openpyxl_refuses_is_one_line(
    tmp_path: Path, name: str, change: Callable, command: str
) -> None:
    path = rezip(tmp_path, name, change)
    args = ["fix", str(path)] if command == "fix" else ["check", "--annotate", str(path)]
    result = run(*args)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"xlkit: Không mở được {path} để ghi bản sao: sổ có phần không ghi lại được (tên trang hoặc định dạng "
        "lạ); mở bằng Excel hoặc LibreOffice, lưu lại rồi chạy lại"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_fix_keeps_formulas_and_says_what_that_does(tmp_path: Path) -> None:
    path = rezip(
        tmp_path,
        "cong-thuc.xlsx",
        lambda n, d: (
            re.sub(
                rb'<c r="D2"( s="\d+")?><v>16</v></c>', rb'<c r="D2"\1><f>10+6</f><v>16</v></c>', d
            )
            if n == "xl/worksheets/sheet6.xml"
            else d
        ),
    )
    result = run("fix", str(path), "-o", str(tmp_path / "sua.xlsx"))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    again = lines.index("Kiểm tra lại: bản gốc 0 lỗi và cảnh báo, bản sửa 1")
    assert lines[again : again + 2] == [
        "Kiểm tra lại: bản gốc 0 lỗi và cảnh báo, bản sửa 1",
        "Bản sửa giữ nguyên 1 công thức nhưng chưa có giá trị của chúng: mở bản sửa bằng Excel "
        "hoặc LibreOffice rồi lưu lại để có số liệu; đến lúc đó xlkit coi các ô này là chưa biết",
    ]
    copy = openpyxl.load_workbook(tmp_path / "sua.xlsx")
    assert copy["Sinh hoạt"]["D2"].value == "=10+6" and copy.calculation.fullCalcOnLoad
    checked = run("check", "--format", "json", str(tmp_path / "sua.xlsx"))
    assert '"code": "formula-no-value"' in checked.stdout and '"cell": "D2"' in checked.stdout
    plain = run("fix", str(EXAMPLE), "-o", str(tmp_path / "vi-du-sua.xlsx"))
    assert "công thức" not in plain.stdout  # said only when there are formulas


def test_a_workbook_too_large_to_rewrite_is_refused_before_it_is_held(tmp_path: Path) -> None:
    """A stray cell at Z20000 of a sheet check never reads: check is untouched, fix refuses in
    one line (openpyxl would walk 520,000 cells and the other sheets; on row 1,048,576, 7 GB)."""
    path = rezip(
        tmp_path,
        "xa.xlsx",
        lambda n, d: (
            d.replace(
                b"</sheetData>", b'<row r="20000"><c r="Z20000"><v>1</v></c></row></sheetData>'
            )
            if n == "xl/worksheets/sheet1.xml"
            else d
        ),
    )
    assert run("check", str(path)).returncode == 0
    for args in (["fix", str(path)], ["check", "--annotate", str(path)]):
        result = run(*args)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            f"xlkit: {path} trải trên 523.134 ô, quá lớn để ghi bản sao (tối đa 300.000 ô); xóa "
            "các ô thừa ở cuối trang, hoặc sửa thẳng trong sổ theo danh sách của xlkit check"
        ]
    english = run("fix", "--lang", "en", str(path))
    assert english.stderr.splitlines()[0].startswith(
        f"xlkit: {path} spans 523,134 cells, too large to write a copy of (at most 300,000)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xa.xlsx"]
