"""The help of every command, in both languages: no word of the other language left, no summary cut
with "…", every argument described, the examples in her workbook's year; `--version`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from clirun import run

from xlkit.messages.help import HELP
from xlkit.version import __version__

COMMANDS = ("new", "check", "fix", "rules", "indicators", "report", "plan", "rollup", "pack",
            "mail")  # fmt: skip
# what click and typer print in English, and would leave in a Vietnamese page
ENGLISH = re.compile(
    r"\b(Usage|Options|Arguments|Commands|OPTIONS|COMMAND|ARGS|default|required|Show this)\b"
    r"|<(path|str|int|float|text)>|\{\w+\}"
)
VIETNAMESE = re.compile(r"Cách dùng|Tùy chọn:|Đối số:|Lệnh:|bắt buộc|mặc định:|TỆP|KỲ|SỔ")


def page(*args: str, lang: str = "vi", cwd: Path | None = None) -> str:
    result = run(*args, "--help", "--lang", lang, cwd=cwd, env={"COLUMNS": "100"})
    assert (result.returncode, result.stderr) == (0, "")
    return result.stdout


@pytest.mark.parametrize("command", ("", *COMMANDS))
def test_a_vietnamese_page_has_no_english_left(command: str, tmp_path: Path) -> None:
    text = page(*filter(None, [command]), cwd=tmp_path)
    assert not ENGLISH.search(text), ENGLISH.search(text)
    assert text.startswith("Cách dùng: xlkit ")


@pytest.mark.parametrize("command", ("", *COMMANDS))
def test_an_english_page_has_no_vietnamese_frame(command: str, tmp_path: Path) -> None:
    text = page(*filter(None, [command]), lang="en", cwd=tmp_path)
    assert not VIETNAMESE.search(text), VIETNAMESE.search(text)
    assert text.startswith("Usage: xlkit ") and "{" not in text.splitlines()[0]


@pytest.mark.parametrize("lang, pick", (("vi", 0), ("en", 1)))
def test_the_list_of_commands_cuts_no_summary(lang: str, pick: int, tmp_path: Path) -> None:
    listed = " ".join(page(lang=lang, cwd=tmp_path).split())
    assert "…" not in listed and "..." not in listed.split("Lệnh:" if pick == 0 else "Commands:")[1]
    for command in COMMANDS:
        first = HELP[f"cmd.{command}"][pick].split(". ")[0].rstrip(".")
        assert f"{command} {' '.join(first.split())}" in listed.replace("2026", "2023") or (
            re.sub(r"20\d\d", "Y", f"{command} {first}") in re.sub(r"20\d\d", "Y", listed)
        )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_argument_is_described(command: str, tmp_path: Path) -> None:
    text = page(command, cwd=tmp_path)
    if "Đối số:" not in text:
        return
    block = text.split("Đối số:")[1].split("Tùy chọn:")[0]
    for line in [x for x in block.splitlines() if x.startswith("  ") and not x.startswith("    ")]:
        name, _, said = line.strip().partition("  ")
        assert said.strip() and said.strip() != "[bắt buộc]", (command, name)


def test_the_examples_are_in_her_workbooks_year(tmp_path: Path) -> None:
    (tmp_path / "workbooks").mkdir()
    (tmp_path / "workbooks" / "so-chi-bo-2024.xlsx").write_bytes(b"")
    text = page("report", cwd=tmp_path)
    assert "xlkit report 2024-H1 -o bao-cao.docx" in " ".join(text.split())
    assert "2024-H1 (6 tháng đầu năm), 2024-H2 (6 tháng cuối năm), 2024 (cả năm)" in " ".join(
        text.split()
    )


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, f"xlkit {__version__}\n", "")


@pytest.mark.parametrize("command", ("report", "plan", "indicators", "pack"))
def test_a_forgotten_o_is_suggested(command: str, tmp_path: Path) -> None:
    period = "2023" if command == "plan" else "2023-H1"
    result = run(command, period, "bao-cao.docx", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        "xlkit: bao-cao.docx không phải là sổ; để ghi ra tệp đó, đặt -o trước tên: -o bao-cao.docx\n",
    )
    missing = run(command, period, "so-khac.xlsx", cwd=tmp_path)
    assert missing.stderr == "xlkit: Không có tệp hoặc thư mục: so-khac.xlsx\n"
