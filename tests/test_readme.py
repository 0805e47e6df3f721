"""The README opens with the two commands CI runs; they must stay true."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readmes_test_command() -> None:
    readme = (ROOT / "README.md").read_text().splitlines()
    commands = [line.strip() for line in readme[:6] if line.startswith("    python3 -m venv")]
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert commands[1] in [line.strip() for line in ci]
    assert "workbooks/vi-du-2023.xlsx" in commands[0]


def test_the_readmes_table_of_codes_is_the_catalogues() -> None:
    from xlkit.messages.table import with_codes

    readme = (ROOT / "README.md").read_text()
    assert readme == with_codes(readme), "run python tests/golden/update.py and read the diff"
    assert "| `header-merged` | lỗi | Ô tiêu đề" in readme


def test_the_readmes_rules_table_is_the_rules_listing() -> None:
    from xlkit.checks.listing import as_markdown, listed, with_rules

    readme = (ROOT / "README.md").read_text()
    assert readme == with_rules(readme), "run python tests/golden/update.py and read the diff"
    assert as_markdown(listed()) in readme and "| `fee-unpaid` | cảnh báo |" in readme


def _prose(readme: str) -> list[str]:
    """The README's lines a reader reads as sentences: not code, tables, comments or blanks."""
    lines, fenced = [], False
    for line in readme.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        stripped = line.strip()
        # code is indented 4 or more (7 inside a numbered item, whose prose is indented 3)
        if fenced or not stripped or line.startswith("    "):
            continue
        if stripped.startswith(("|", "<!--", "#")):
            continue
        lines.append(stripped)
    return lines


def test_the_readme_speaks_vietnamese_first() -> None:
    readme = (ROOT / "README.md").read_text()
    english = readme.index("## In English")
    prose = _prose(readme[:english])
    vietnamese = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    without = [line for line in prose if not any(c in vietnamese for c in line.lower())]
    # a line of commands or names alone may have no Vietnamese letter; a sentence may not
    assert len(without) <= len(prose) // 20, without
    assert readme.index("## Cài đặt trên Windows") < english
    for words in ("Download ZIP", "Releases", "libreoffice.org", "--annotate", "xlkit fix"):
        assert words in readme[:english], words


def _shown_commands(readme: str) -> list[str]:
    """Every `xlkit …` line of the README's code blocks, in order (a trailing # comment dropped):
    not the Windows lines (backslashed paths), not --send (a real mail server)."""
    commands = []
    for line in readme[: readme.index("## In English")].splitlines():
        if not line.startswith("    "):
            continue
        text = line.strip()
        if text.startswith("xlkit ") and "\\" not in text and "--send" not in text:
            commands.append(text.split("  #")[0].strip())
    return commands


def test_every_command_the_readme_shows_works_as_written(tmp_path: Path) -> None:
    """In a folder like hers after the download: the example in workbooks/, nothing else."""
    import shlex
    import shutil

    from clirun import run

    shutil.copytree(
        ROOT / "workbooks", tmp_path / "workbooks", ignore=shutil.ignore_patterns("*.py")
    )
    commands = _shown_commands((ROOT / "README.md").read_text())
    assert len(commands) >= 20, commands
    for command in commands:
        args = shlex.split(command)[1:]
        if "-o" in args and args[args.index("-o") + 1].endswith(".pdf"):
            if not shutil.which("soffice"):
                continue  # a PDF needs LibreOffice (the soffice tests hold it where it is)
        result = run(*args, cwd=tmp_path, env={"XLKIT_STATE_DIR": str(tmp_path / ".state")})
        # 1 is the bundled example's findings where check is asked for them; never 2 (a refusal)
        assert result.returncode in (0, 1) and "Traceback" not in result.stderr, (
            command,
            result.stderr,
        )
        if not args[0] == "check":
            assert result.returncode == 0, (command, result.stdout[-500:], result.stderr)
