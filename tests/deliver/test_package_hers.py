"""A package folder she added to is hers too, and a packing killed mid-swap is put right on the
next run (issue: nothing lost)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from clirun import run
from conftest import EXAMPLE


@pytest.fixture
def home(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    assert run("pack", "2023-H1", "so.xlsx", "-o", "goi", cwd=tmp_path).returncode == 0
    return tmp_path


def test_a_package_she_added_notes_to_is_never_rebuilt(home: Path) -> None:
    (home / "goi" / "nhan-xet.docx").write_bytes(b"PK\x03\x04 her notes")
    (home / "goi" / "anh").mkdir()
    (home / "goi" / "anh" / "hop-chi-bo.jpg").write_bytes(b"\xff\xd8 a photo")
    result = run("pack", "2023-H1", "so.xlsx", "-o", "goi", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: Không làm lại gói goi: trong gói có tệp không do xlkit pack ghi ra hoặc đã được "
        "sửa (anh, nhan-xet.docx); chuyển chúng ra chỗ khác, hoặc chọn thư mục khác với -o\n",
    )
    assert (home / "goi" / "nhan-xet.docx").read_bytes() == b"PK\x03\x04 her notes"
    assert (home / "goi" / "anh" / "hop-chi-bo.jpg").read_bytes() == b"\xff\xd8 a photo"


def test_a_package_file_she_changed_stops_the_rebuild_and_as_written_it_goes(home: Path) -> None:
    assert run("pack", "2023-H1", "so.xlsx", "-o", "goi", "--force", cwd=home).returncode == 0
    report = home / "goi" / "bao-cao-2023-H1.docx"
    report.write_bytes(report.read_bytes() + b"\x00")
    result = run("pack", "2023-H1", "so.xlsx", "-o", "goi", "--force", cwd=home)
    assert result.returncode == 2 and "(bao-cao-2023-H1.docx)" in result.stderr


def test_a_packing_killed_between_its_renames_is_put_right(home: Path) -> None:
    # what SIGKILL between the two renames leaves: the old package and the new one, both hidden
    (home / "goi").rename(home / ".goi-old-ab12cd34")
    shutil.copytree(home / ".goi-old-ab12cd34", home / ".goi-ef56gh78")
    # and one killed while it was still being built: pack's mark inside, half its files
    (home / ".goi-bu1ld1ng").mkdir()
    (home / ".goi-bu1ld1ng" / ".xlkit-dang-dong-goi").touch()
    shutil.copy(home / "so.xlsx", home / ".goi-bu1ld1ng" / "so.xlsx")
    (home / ".goi-ghi-chu").mkdir()  # a hidden folder of hers with a name alike: left alone
    (home / ".goi-ghi-chu" / "y.txt").write_text("của tôi")
    # hers too, though named as pack names its folders and holding the kinds of file it writes
    (home / ".goi-x1y2z3w4").mkdir()
    (home / ".goi-x1y2z3w4" / "ban-nhap.docx").write_bytes(b"PK\x03\x04 her draft")
    result = run("pack", "2023-H1", "so.xlsx", "-o", "goi", cwd=home)
    assert (result.returncode, result.stderr.splitlines()[:2]) == (
        2,
        [
            "xlkit: lần đóng gói trước bị ngắt giữa chừng; đã đặt lại gói cũ vào goi",
            "xlkit: đã dọn 2 thư mục tạm của lần đóng gói bị ngắt bên cạnh goi",
        ],
    )  # and then: the package exists, add --force
    assert sorted(p.name for p in home.iterdir() if p.name.startswith(".goi")) == [
        ".goi-ghi-chu",
        ".goi-x1y2z3w4",
    ]
    assert (home / ".goi-x1y2z3w4" / "ban-nhap.docx").read_bytes() == b"PK\x03\x04 her draft"
    assert (home / "goi" / "manifest.json").is_file()
    assert run("pack", "2023-H1", "so.xlsx", "-o", "goi", "--force", cwd=home).returncode == 0
