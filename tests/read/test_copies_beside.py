"""xlkit's copies beside her workbook (fix's, the annotated one) never make a second workbook of
the year: the original is the one, and a note says the copy is there; once she edits fix's copy
it is hers, and counted."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from builders import EXAMPLE
from clirun import run

COPY_NOTE = (
    "Bản sửa so-2023-da-sua.xlsx (xlkit tạo, chưa ai sửa) nằm cạnh sổ này; sổ này vẫn là sổ của năm"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    books = tmp_path / "workbooks"
    books.mkdir()
    path = books / "so-2023.xlsx"
    shutil.copy(EXAMPLE, path)
    book = openpyxl.load_workbook(path)
    book["Đảng viên"]["A2"] = "6"  # a number typed as text: fix has something to change
    book.save(path)
    assert run("fix", str(path)).returncode == 0
    assert run("check", "--annotate", cwd=tmp_path).returncode == 0
    return tmp_path


def test_check_checks_her_workbook_and_says_the_copy_is_there(folder: Path) -> None:
    result = run("check", "--format", "json", cwd=folder)
    assert result.returncode == 0
    assert result.stdout.count('"path"') == 1 and "so-2023.xlsx" in result.stdout
    assert COPY_NOTE in result.stdout and "'Đảng viên'!A2" not in result.stdout


def test_report_takes_her_workbook_as_the_workbook_of_the_year(folder: Path) -> None:
    result = run("report", "2023-H1", "--ngay", "10/07/2023", cwd=folder)
    assert result.returncode == 0 and "Có nhiều sổ" not in result.stderr
    assert result.stdout.split()[:4] == ["ĐẢNG", "BỘ", "XÃ", "HÒA"]


def test_a_copy_she_edited_is_hers(folder: Path) -> None:
    copy = folder / "workbooks" / "so-2023-da-sua.xlsx"
    book = openpyxl.load_workbook(copy)
    book["Đảng viên"]["P2"] = "đã xem"
    book.save(copy)
    result = run("report", "2023-H1", cwd=folder)
    assert result.returncode == 2
    assert result.stderr == (
        "xlkit: Có nhiều sổ của năm 2023; hãy chỉ rõ một sổ: workbooks/so-2023-da-sua.xlsx, "
        "workbooks/so-2023.xlsx\n"
    )


def test_the_copy_alone_is_the_workbook(folder: Path) -> None:
    (folder / "workbooks" / "so-2023.xlsx").rename(folder / "cat-di.xlsx")
    result = run("check", "--format", "json", cwd=folder)
    assert result.returncode == 0 and "so-2023-da-sua.xlsx" in result.stdout


def test_a_number_typed_as_text_is_said(folder: Path) -> None:
    result = run("check", str(folder / "workbooks" / "so-2023.xlsx"))
    assert "  ghi chú   'Đảng viên'!A2  \"6\"  'STT' là số viết dạng chữ, đã đọc là 6" in (
        result.stdout.splitlines()
    )
