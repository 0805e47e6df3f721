"""The user's files are sacred: no output of any command lands on an input, a file of the package it
sends, or a file or folder xlkit did not make, whatever the flags (issue: nothing lost)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from clirun import run
from conftest import EXAMPLE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A secretary's folder: her workbook, and files of her own beside it."""
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "ghi-chu.txt").write_text("của tôi\n")
    (tmp_path / "bao-cao-cu.docx").write_bytes(b"PK\x03\x04 a Word file of hers")
    return tmp_path


def test_mail_eml_over_the_workbook_is_refused(home: Path) -> None:
    before = digest(home / "so.xlsx")
    result = run("mail", "2023-H1", "so.xlsx", "--to", "a@b.vn", "--eml", "so.xlsx", cwd=home)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "xlkit: Không ghi đè lên tệp đang đọc: so.xlsx\n"
    assert digest(home / "so.xlsx") == before


@pytest.mark.parametrize(
    "eml, line",
    [
        (
            "ghi-chu.txt",
            "xlkit: Không ghi đè ghi-chu.txt: tệp này không do xlkit tạo ra; chọn tên khác\n",
        ),
        (
            "bao-cao-cu.docx",
            "xlkit: Không ghi đè bao-cao-cu.docx: tệp này không do xlkit tạo ra; chọn tên khác\n",
        ),
        (
            "khac.xlsx",
            "xlkit: Không ghi đè bảng tính khac.xlsx: đây không phải tệp xlkit tạo ra; chọn tên khác\n",
        ),
    ],
)
def test_mail_eml_never_over_a_file_of_hers(home: Path, eml: str, line: str) -> None:
    if eml == "khac.xlsx":
        shutil.copy(EXAMPLE, home / eml)
    before = digest(home / eml)
    result = run("mail", "2023-H1", "so.xlsx", "--to", "a@b.vn", "--eml", eml, cwd=home)
    assert (result.returncode, result.stderr) == (2, line)
    assert digest(home / eml) == before


def test_mail_eml_never_over_a_file_of_the_package(home: Path) -> None:
    assert run("pack", "2023-H1", "so.xlsx", cwd=home).returncode == 0
    inside = home / "out" / "2023-H1" / "bao-cao-2023-H1.docx"
    before = digest(inside)
    result = run("mail", "2023-H1", "so.xlsx", "--to", "a@b.vn", "--eml", str(inside), cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        f"xlkit: Không ghi vào tệp của gói đang gửi: {inside}\n",
    )
    assert digest(inside) == before
    # its own draft is rewritten freely: it is xlkit's
    assert run("mail", "2023-H1", "so.xlsx", "--to", "a@b.vn", cwd=home).returncode == 0
    assert run("mail", "2023-H1", "so.xlsx", "--to", "a@b.vn", cwd=home).returncode == 0


def test_pack_force_never_replaces_a_folder_that_is_not_a_package(home: Path) -> None:
    folder = home / "TaiLieu"
    (folder / "con").mkdir(parents=True)
    (folder / "important.txt").write_text("x\n")
    for flags in ((), ("--force",)):
        result = run("pack", "2023-H1", "so.xlsx", "-o", "TaiLieu", *flags, cwd=home)
        assert (result.returncode, result.stdout) == (2, "")
        assert (
            result.stderr
            == "xlkit: Không thay thế thư mục TaiLieu: đây không phải gói do xlkit pack tạo ra; chọn thư mục khác với -o\n"
        )
    assert (folder / "important.txt").read_text() == "x\n" and (folder / "con").is_dir()


def test_pack_replaces_its_own_package_only_with_force(home: Path) -> None:
    assert run("pack", "2023-H1", "so.xlsx", "-o", "goi", cwd=home).returncode == 0
    again = run("pack", "2023-H1", "so.xlsx", "-o", "goi", cwd=home)
    assert (again.returncode, again.stderr) == (
        2,
        "xlkit: Gói goi đã có; thêm --force để làm lại\n",
    )
    assert run("pack", "2023-H1", "so.xlsx", "-o", "goi", "--force", cwd=home).returncode == 0
    (home / "rong").mkdir()
    assert (
        run("pack", "2023-H1", "so.xlsx", "-o", "rong", cwd=home).returncode == 0
    )  # an empty folder loses nothing


def test_pack_never_replaces_the_folder_holding_the_workbook(home: Path) -> None:
    for target in (".", str(home)):
        result = run("pack", "2023-H1", "so.xlsx", "-o", target, "--force", cwd=home)
        assert result.returncode == 2 and "chứa sổ đang đọc" in result.stderr
    assert digest(home / "so.xlsx") == digest(EXAMPLE)


def test_mail_never_rebuilds_its_package_over_a_folder_of_hers(home: Path) -> None:
    folder = home / "out" / "2023-H1"
    folder.mkdir(parents=True)
    (folder / "cua-toi.txt").write_text("x\n")
    result = run("mail", "2023-H1", "so.xlsx", "--to", "a@b.vn", cwd=home)
    assert result.returncode == 2 and "không phải gói do xlkit pack tạo ra" in result.stderr
    assert (folder / "cua-toi.txt").read_text() == "x\n"


def test_report_and_indicators_outputs_are_guarded(home: Path) -> None:
    before = digest(home / "so.xlsx")
    result = run(
        "indicators", "2023-H1", "so.xlsx", "--format", "csv", "-o", "so.xlsx", "--force", cwd=home
    )
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: Không ghi đè lên tệp đang đọc: so.xlsx\n",
    )
    shutil.copy(EXAMPLE, home / "khac.xlsx")
    result = run(
        "indicators",
        "2023-H1",
        "so.xlsx",
        "--format",
        "csv",
        "-o",
        "khac.xlsx",
        "--force",
        cwd=home,
    )
    assert result.returncode == 2 and "Không ghi đè bảng tính khac.xlsx" in result.stderr
    result = run("report", "2023-H1", "so.xlsx", "-o", "bao-cao-cu.docx", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: Không ghi đè bao-cao-cu.docx: tệp này không do xlkit tạo ra; chọn tên khác\n",
    )
    # its own report: replaced only with --force
    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", cwd=home).returncode == 0
    again = run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", cwd=home)
    assert (again.returncode, again.stderr) == (
        2,
        "xlkit: Tệp bc.docx đã có; thêm --force để ghi đè\n",
    )
    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", "--force", cwd=home).returncode == 0
    assert digest(home / "so.xlsx") == before and (home / "ghi-chu.txt").read_text() == "của tôi\n"


def test_new_never_writes_over_a_filled_workbook(home: Path) -> None:
    before = digest(home / "so.xlsx")
    result = run("new", "so.xlsx", "--year", "2023", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: Không ghi đè so.xlsx: sổ đã có dữ liệu; chọn tên khác\n",
    )
    assert digest(home / "so.xlsx") == before
    result = run("new", "ghi-chu.txt", "--force", cwd=home)
    assert result.returncode == 2 and (home / "ghi-chu.txt").read_text() == "của tôi\n"
    assert run("new", "trang.xlsx", "--year", "2024", cwd=home).returncode == 0
    assert (
        run("new", "trang.xlsx", "--year", "2024", "--force", cwd=home).returncode == 0
    )  # its own blank one


def test_a_symlink_to_the_workbook_is_the_workbook(home: Path) -> None:
    (home / "lien-ket.csv").symlink_to(home / "so.xlsx")
    result = run(
        "indicators",
        "2023-H1",
        "so.xlsx",
        "--format",
        "csv",
        "-o",
        "lien-ket.csv",
        "--force",
        cwd=home,
    )
    assert result.returncode == 2 and "tệp đang đọc" in result.stderr
    assert digest(home / "so.xlsx") == digest(EXAMPLE)


NOT_HERS = "xlkit: Không ghi đè {}: tệp này không do xlkit tạo ra; chọn tên khác\n"


@pytest.mark.parametrize(
    "command",
    [
        ("report", "2023-H1", "so.xlsx", "-o"),
        ("indicators", "2023-H1", "so.xlsx", "--format", "csv", "-o"),
        ("plan", "2023", "so.xlsx", "-o"),
        ("rollup", "2023-H1", "so.xlsx", "--tom-tat"),
    ],
)
def test_a_text_file_of_hers_is_never_replaced_whatever_the_flags(
    home: Path, command: tuple[str, ...]
) -> None:
    """A text file carries no mark: only the ledger of what xlkit wrote can call it xlkit's."""
    for flags in ((), ("--force",)):
        result = run(*command, "ghi-chu.txt", *flags, cwd=home)
        assert (result.returncode, result.stderr) == (2, NOT_HERS.format("ghi-chu.txt"))
    assert (home / "ghi-chu.txt").read_text() == "của tôi\n"


def test_its_own_text_output_is_replaced_with_force_until_she_edits_it(home: Path) -> None:
    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", cwd=home).returncode == 0
    again = run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", cwd=home)
    assert (again.returncode, again.stderr) == (
        2,
        "xlkit: Tệp bc.txt đã có; thêm --force để ghi đè\n",
    )
    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", "--force", cwd=home).returncode == 0
    # a report is not replaced by indicators, though both are text xlkit wrote
    result = run(
        "indicators", "2023-H1", "so.xlsx", "--format", "csv", "-o", "bc.txt", "--force", cwd=home
    )
    assert (result.returncode, result.stderr) == (2, NOT_HERS.format("bc.txt"))
    shutil.copy(home / "bc.txt", home / "ban-sao.txt")  # her copy: never listed, never replaced
    result = run("report", "2023-H1", "so.xlsx", "-o", "ban-sao.txt", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (2, NOT_HERS.format("ban-sao.txt"))
    edited = (home / "bc.txt").read_text() + "Ý kiến của chi ủy: đồng ý.\n"
    (home / "bc.txt").write_text(edited)
    for flags in ((), ("--force",)):
        result = run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", *flags, cwd=home)
        assert (result.returncode, result.stderr) == (
            2,
            "xlkit: Không ghi đè bc.txt: tệp đã được sửa sau khi xlkit ghi ra; chọn tên khác\n",
        )
    assert (home / "bc.txt").read_text() == edited
    result = run(
        "report", "2023-H1", "so.xlsx", "-o", "bc.txt", "--force", "--lang", "en", cwd=home
    )
    assert (
        result.stderr
        == "xlkit: Will not write over bc.txt: it was changed after xlkit wrote it; choose another name\n"
    )


def test_indicators_replace_their_own_csv_with_force(home: Path) -> None:
    assert (
        run(
            "indicators", "2023-H1", "so.xlsx", "--format", "csv", "-o", "cs.csv", cwd=home
        ).returncode
        == 0
    )
    first = (home / "cs.csv").read_text(encoding="utf-8")
    assert (
        run(
            "indicators", "2023-H1", "so.xlsx", "--format", "csv", "-o", "cs.csv", cwd=home
        ).returncode
        == 2
    )
    assert (
        run(
            "indicators",
            "2023-H1",
            "so.xlsx",
            "--format",
            "csv",
            "-o",
            "cs.csv",
            "--force",
            cwd=home,
        ).returncode
        == 0
    )
    assert (home / "cs.csv").read_text(encoding="utf-8") == first


def test_a_ledger_entry_it_cannot_trust_costs_a_refusal_never_a_file(home: Path) -> None:
    from xlkit.guard.files import _entry_path

    _, entry = _entry_path(home / "bc.txt")
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("{ not json")  # damaged: not believed, and left as it is
    assert (
        run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", cwd=home).returncode == 0
    )  # a new file: written
    result = run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (2, NOT_HERS.format("bc.txt"))
    assert entry.read_text() == "{ not json"
    # an entry for another path at its place (a digest's collision, a file moved by hand): not
    # believed
    entry.write_text(
        json.dumps(
            {
                "xlkit": "xlkit-tep-da-ghi",
                "path": str(home / "khac.txt"),
                "role": "report",
                "sha256": digest(home / "bc.txt"),
            }
        )
    )
    result = run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (2, NOT_HERS.format("bc.txt"))
    entry.write_text(
        json.dumps(
            {
                "path": str((home / "bc.txt").resolve()),
                "role": "report",
                "sha256": digest(home / "bc.txt"),
            }
        )
    )
    result = run(
        "report", "2023-H1", "so.xlsx", "-o", "bc.txt", "--force", cwd=home
    )  # right path, no mark: not believed
    assert (result.returncode, result.stderr) == (2, NOT_HERS.format("bc.txt"))
    entry.unlink()  # none: made on the first text written there
    (home / "bc.txt").unlink()
    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", cwd=home).returncode == 0
    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", "--force", cwd=home).returncode == 0


def test_each_output_is_an_entry_of_its_own_so_runs_at_once_lose_none(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from xlkit.guard import files

    paths = [tmp_path / f"{i}.txt" for i in range(40)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda p: files.write_text(p, p.name, role="report"), paths))
    assert [files.standing(p) for p in paths] == [(True, "report")] * 40
    files.write_text(paths[0], "again", role="indicators")  # written again: its entry follows
    assert (files.standing(paths[0]), files.standing(paths[1])) == (
        (True, "indicators"),
        (True, "report"),
    )
    files.write_text(
        tmp_path / "plain.txt", "x"
    )  # no role: not an output xlkit replaces (the register's own file)
    assert files.standing(tmp_path / "plain.txt") == (False, None)
    odd = tmp_path / os.fsdecode(
        b"b\xe1o-c\xe1o.txt"
    )  # a name in no UTF-8 (a TCVN3-era folder): listed all the same
    files.write_text(odd, "x", role="report")
    assert files.standing(odd) == (True, "report")


def test_the_ledger_lives_in_the_users_state_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xlkit.guard import files

    monkeypatch.delenv("XLKIT_STATE_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr("sys.platform", "linux")
    assert files.ledger_dir() == tmp_path / "state" / "xlkit" / "tep-da-ghi"


def test_a_ledger_that_cannot_be_written_never_stops_the_command(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "khong-phai-thu-muc").write_text("")
    monkeypatch.setenv(
        "XLKIT_STATE_DIR", str(home / "khong-phai-thu-muc")
    )  # a file where its folder would be
    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.txt", cwd=home).returncode == 0
    result = run(
        "report", "2023-H1", "so.xlsx", "-o", "bc.txt", "--force", cwd=home
    )  # not listed: refused
    assert (result.returncode, result.stderr) == (2, NOT_HERS.format("bc.txt"))


def test_an_output_named_as_a_folder_is_refused_with_an_example(home: Path) -> None:
    (home / "ra").mkdir()
    result = run("report", "2023-H1", "so.xlsx", "-o", "ra", "--force", cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: ra là thư mục; hãy ghi tên tệp, ví dụ ra/bao-cao.docx\n",
    )
    assert list((home / "ra").iterdir()) == []


def test_indicators_write_what_the_name_asks_for(home: Path) -> None:
    """With no --format, `-o` names it: .csv is CSV, .json JSON, .xlsx the indicators workbook,
    another name the table; never text under a document's name (a file no program would open)."""
    assert run("indicators", "2023-H1", "so.xlsx", "-o", "cs.csv", cwd=home).returncode == 0
    assert (home / "cs.csv").read_text(encoding="utf-8") == run(
        "indicators", "2023-H1", "so.xlsx", "--format", "csv", cwd=home
    ).stdout
    assert run("indicators", "2023-H1", "so.xlsx", "-o", "cs.json", cwd=home).returncode == 0
    assert (home / "cs.json").read_text(encoding="utf-8") == run(
        "indicators", "2023-H1", "so.xlsx", "--format", "json", cwd=home
    ).stdout
    assert run("indicators", "2023-H1", "so.xlsx", "-o", "cs.xlsx", cwd=home).returncode == 0
    assert zipfile.is_zipfile(home / "cs.xlsx")
    for name in ("chi-tieu.docx", "chi-tieu.ods"):
        result = run("indicators", "2023-H1", "so.xlsx", "-o", name, cwd=home)
        assert (result.returncode, result.stderr) == (
            2,
            f"xlkit: Định dạng không hỗ trợ: .{name.split('.')[1]} (chọn csv, json, txt, xlsx)\n",
        )
        assert not (home / name).exists()
