"""The register of document numbers: from 01 per type and term, never reused, the same document
keeps its number."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
from clirun import run
from conftest import EXAMPLE


def header_number(path: Path) -> str:
    table = docx.Document(str(path)).tables[0]
    return table.rows[0].cells[0].paragraphs[3].text


def test_numbers_come_from_the_register(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "xlkit.toml").write_text("[register]\n")
    assert (
        run(
            "report", "2023-H1", "so.xlsx", "-o", "h1.docx", "--ngay", "04/07/2023", cwd=tmp_path
        ).returncode
        == 0
    )
    assert header_number(tmp_path / "h1.docx") == "Số 01-BC/CB"
    assert (
        run(
            "report", "2023", "so.xlsx", "-o", "nam.docx", "--ngay", "09/01/2024", cwd=tmp_path
        ).returncode
        == 0
    )
    assert header_number(tmp_path / "nam.docx") == "Số 02-BC/CB"
    # the same document made again keeps its number; a package of it too
    assert (
        run(
            "report",
            "2023-H1",
            "so.xlsx",
            "-o",
            "h1.docx",
            "--force",
            "--ngay",
            "04/07/2023",
            cwd=tmp_path,
        ).returncode
        == 0
    )
    assert header_number(tmp_path / "h1.docx") == "Số 01-BC/CB"
    assert run("pack", "2023-H1", "so.xlsx", "--ngay", "04/07/2023", cwd=tmp_path).returncode == 0
    assert header_number(tmp_path / "out" / "2023-H1" / "bao-cao-2023-H1.docx") == "Số 01-BC/CB"
    ledger = json.loads((tmp_path / "so-van-ban.json").read_text())
    assert ledger == {"xlkit": "so-van-ban", "2020-2025": {"BC": [
        {"number": 1, "document": "2023-H1", "day": "2023-07-04"},
        {"number": 2, "document": "2023", "day": "2024-01-09"},
    ]}}  # fmt: skip
    taken = run("report", "2023", "so.xlsx", "-o", "khac.docx", "--so", "01", cwd=tmp_path)
    assert (taken.returncode, taken.stderr) == (
        2,
        "xlkit: Số 01 đã cấp cho văn bản 2023-H1 (sổ đăng ký so-van-ban.json); bỏ --so để lấy số tiếp theo\n",
    )
    printed = run(
        "report", "2023-Q1", "so.xlsx", cwd=tmp_path
    )  # on the terminal nothing is issued: the blank stays
    assert (
        "Số    -BC/CB" in printed.stdout
        and json.loads((tmp_path / "so-van-ban.json").read_text()) == ledger
    )


def test_without_a_register_the_number_is_left_blank(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    assert (
        run(
            "report", "2023-H1", "so.xlsx", "-o", "h1.docx", "--ngay", "04/07/2023", cwd=tmp_path
        ).returncode
        == 0
    )
    assert (
        header_number(tmp_path / "h1.docx") == "Số    -BC/CB"
        and not (tmp_path / "so-van-ban.json").exists()
    )


def test_a_file_of_hers_at_the_registers_path_is_never_rewritten(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "xlkit.toml").write_text('[register]\nfile = "ghi-chu.txt"\n')
    for hers in ("của tôi\n", '{"ban": [1, 2]}\n'):
        (tmp_path / "ghi-chu.txt").write_text(hers)
        result = run(
            "report", "2023-H1", "so.xlsx", "-o", "bc.docx", "--ngay", "04/07/2023", cwd=tmp_path
        )
        assert (result.returncode, result.stdout) == (2, "")
        assert (
            result.stderr
            == "xlkit: ghi-chu.txt không phải sổ đăng ký văn bản của xlkit; sửa mục file trong bảng register của xlkit.toml\n"
        )
        assert (tmp_path / "ghi-chu.txt").read_text() == hers and not (
            tmp_path / "bc.docx"
        ).exists()
