"""The CLI as a user runs it: a real process, its exit code and its exact output."""

from __future__ import annotations

import json
from pathlib import Path

from clirun import run, run_process
from conftest import EXAMPLE, MEMBERS

from xlkit.checks import check_path


def bad_book(make_book) -> Path:
    rows = [dict(m) for m in MEMBERS]
    rows[1]["Ngày sinh"] = "31/02/1985"
    return make_book(Đảng_viên=rows)


def test_check_text_output_exact(make_book) -> None:
    path = bad_book(make_book)
    result = run("check", str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        str(path),
        "  LỖI       'Đảng viên'!C3  \"31/02/1985\"  'Ngày sinh' không phải là ngày hợp lệ",
        "      → Ghi ngày dạng dd/mm/yyyy (ngày/tháng/năm), ví dụ 04/07/2023.",
        "  1 lỗi, 0 cảnh báo, 0 ghi chú",
    ]
    assert result.stderr == ""


def test_check_english(make_book) -> None:
    path = bad_book(make_book)
    for result in (
        run("check", "--lang", "en", str(path)),
        run("check", str(path), env={"XLKIT_LANG": "en"}),
    ):
        assert (
            "  ERROR    'Đảng viên'!C3  \"31/02/1985\"  'Ngày sinh' is not a valid date"
            in result.stdout.splitlines()
        )
        assert result.stdout.splitlines()[-1] == "  1 errors, 0 warnings, 0 notes"


def test_check_json_equals_the_library(make_book) -> None:
    path = bad_book(make_book)
    result = run("check", "--format", "json", str(path))
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data == {"workbooks": [check_path(path).as_dict("vi")]}
    assert set(data["workbooks"][0]["findings"][0]) == {
        "code",
        "severity",
        "sheet",
        "cell",
        "value",
        "message",
        "hint",
    }


def test_check_clean_exit_zero(filled: Path) -> None:
    result = run("check", str(filled))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [str(filled), "  Không có lỗi."]


def test_warnings_alone_exit_zero() -> None:
    result = run("check", str(EXAMPLE))
    assert result.returncode == 0, result.stdout


def test_unreadable_file_is_a_finding_exit_one(tmp_path: Path) -> None:
    path = tmp_path / "hong.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    result = run("check", str(path))
    assert result.returncode == 1
    assert "file" not in result.stderr and "Traceback" not in result.stderr + result.stdout
    assert "Không đọc được tệp: tệp bị hỏng hoặc không trọn vẹn" in result.stdout


def test_missing_path_exit_two(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "khong-co.xlsx"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"xlkit: Không có tệp hoặc thư mục: {tmp_path / 'khong-co.xlsx'}\n"


def test_bad_arguments_exit_two_one_line(filled: Path) -> None:
    for args in (
        ("check", "--format", "xml", str(filled)),
        ("check", "--bogus"),
        ("check", "--lang", "fr", str(filled)),
        ("check", "--period", "2023-H3", str(filled)),
    ):
        result = run(*args)
        assert result.returncode == 2, args
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("xlkit: "), (
            result.stderr
        )
        assert "Traceback" not in result.stderr


def test_discovery_workbooks_folder_then_cwd(tmp_path: Path, filled: Path) -> None:
    # tmp_path holds the filled workbook itself and no workbooks/ folder: found in ./
    result = run("check", cwd=tmp_path)
    assert result.returncode == 0 and str(filled.name) in result.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("check", cwd=empty)
    assert result.returncode == 2
    assert result.stderr == "xlkit: Không tìm thấy sổ nào (.xlsx, .xlsm, .ods) trong workbooks, .\n"


def test_new_writes_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = run("new", "--year", "2024", cwd=tmp_path)
    target = tmp_path / "workbooks" / "so-chi-bo-2024.xlsx"
    assert result.returncode == 0 and target.exists()
    assert result.stdout == f"Đã tạo sổ mới: {Path('workbooks') / 'so-chi-bo-2024.xlsx'}\n"
    again = run("new", "--year", "2024", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr
    assert run("new", "--year", "2024", "--force", cwd=tmp_path).returncode == 0


def test_every_command_has_help_with_an_example_in_both_languages() -> None:
    from xlkit.cli.main import app

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = run(name, "--help")
        said = " ".join(result.stdout.split())  # the help page wraps lines
        assert (
            result.returncode == 0
            and "Ví dụ: xlkit " + name in said
            and "Cách dùng: xlkit " + name in said
        ), name
        english = run(name, "--help", "--lang", "en")
        said = " ".join(english.stdout.split())
        assert (
            english.returncode == 0
            and "Example: xlkit " + name in said
            and "Usage: xlkit " + name in said
        ), name
        assert f"xlkit {name}" in readme, name


def test_the_process_runs_and_exits_as_a_user_sees_it(tmp_path: Path) -> None:
    """The real entry point: python -m xlkit, its exit code and one line on stderr."""
    result = run_process("check", str(tmp_path / "khong-co.xlsx"))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"xlkit: Không có tệp hoặc thư mục: {tmp_path / 'khong-co.xlsx'}\n"
    result = run_process("report")
    assert result.returncode == 2
    assert result.stderr == "xlkit: Thiếu 'KỲ'. (xlkit report --help)\n"


def test_every_option_of_every_command_is_explained() -> None:
    """Each option and argument has its help in the catalogue, as clicktext looks it up."""
    import typer

    from xlkit.cli.main import app
    from xlkit.messages.help import HELP

    group = typer.main.get_command(app)
    unexplained = [
        f"{name} {param.name}"
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for param in command.params
        if param.name not in ("help", "lang")
        and f"opt.{name}.{param.name}" not in HELP
        and f"opt.{param.name}" not in HELP
        and (name, param.name) != ("check", "period")
    ]
    assert unexplained == []
