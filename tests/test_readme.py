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
    assert "`header-merged` | error" in readme


def test_the_readmes_rules_table_is_the_rules_listing() -> None:
    from xlkit.checks.listing import as_markdown, listed, with_rules

    readme = (ROOT / "README.md").read_text()
    assert readme == with_rules(readme), "run python tests/golden/update.py and read the diff"
    assert as_markdown(listed()) in readme and "| `fee-unpaid` | warning |" in readme
