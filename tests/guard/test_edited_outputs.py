"""A file xlkit made and she then edited is hers: Word and Excel keep xlkit's mark when she saves,
so only the ledger's SHA-256 of what xlkit wrote tells them apart (issue: nothing lost)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from clirun import run
from conftest import EXAMPLE

from xlkit.guard.files import xlkit_role


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    return tmp_path


def test_a_report_she_edited_in_word_is_never_replaced(home: Path) -> None:
    import docx

    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", cwd=home).returncode == 0
    again = run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", "--force", cwd=home)
    assert again.returncode == 0  # as xlkit wrote it: its own, replaced with --force
    document = docx.Document(str(home / "bc.docx"))
    document.add_paragraph("Ý kiến của chi ủy, viết thêm trong Word.")
    document.save(str(home / "bc.docx"))
    assert xlkit_role(home / "bc.docx") == "report"  # the mark survives her saving
    before = digest(home / "bc.docx")
    for flags in ((), ("--force",)):
        result = run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", *flags, cwd=home)
        assert (result.returncode, result.stderr) == (
            2,
            "xlkit: Không ghi đè bc.docx: tệp đã được sửa sau khi xlkit ghi ra; chọn tên khác\n",
        )
    assert digest(home / "bc.docx") == before


def test_a_fixed_copy_she_went_on_working_in_is_never_replaced(home: Path) -> None:
    assert run("fix", "so.xlsx", cwd=home).returncode == 0
    assert run("fix", "so.xlsx", "--force", cwd=home).returncode == 0
    book = openpyxl.load_workbook(home / "so-da-sua.xlsx")
    sheet = book["Đảng viên"]
    sheet.cell(row=sheet.max_row + 1, column=2, value="Đảng viên mới thêm")
    book.save(home / "so-da-sua.xlsx")
    before = digest(home / "so-da-sua.xlsx")
    result = run("fix", "so.xlsx", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: Không ghi đè so-da-sua.xlsx: tệp đã được sửa sau khi xlkit ghi ra; chọn tên khác\n",
    )
    assert digest(home / "so-da-sua.xlsx") == before


def test_a_marked_file_the_ledger_does_not_list_is_not_replaced(home: Path) -> None:
    assert run("check", "so.xlsx", "--annotate", cwd=home).returncode == 0
    state = Path(os.environ["XLKIT_STATE_DIR"])
    shutil.rmtree(state)  # written by another machine, or an xlkit before the ledger held it
    before = digest(home / "so-kiem-tra.xlsx")
    result = run("check", "so.xlsx", "--annotate", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: Không ghi đè so-kiem-tra.xlsx: xlkit không có ghi chép rằng tệp vẫn như khi xlkit "
        "ghi ra (có thể đã được sửa); chọn tên khác, hoặc tự xoá tệp nếu không cần nữa\n",
    )
    assert digest(home / "so-kiem-tra.xlsx") == before


@pytest.mark.parametrize(
    "args, name",
    [
        (("fix", "so.xlsx", "-o", "ket-qua.csv"), ".csv"),
        (("check", "so.xlsx", "--annotate", "-o", "kiem-tra.txt"), ".txt"),
        (("fix", "so.xlsx", "-o", "so-da-sua.xlsm"), ".xlsm"),
    ],
)
def test_a_copy_of_the_workbook_is_refused_a_name_of_another_kind(
    home: Path, args: tuple[str, ...], name: str
) -> None:
    result = run(*args, cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        f"xlkit: Định dạng không hỗ trợ: {name} (chọn .xlsx)\n",
    )
    assert sorted(p.name for p in home.iterdir()) == ["so.xlsx"]
