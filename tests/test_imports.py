"""Each command imports what it uses (issue "Fast where she waits", item 1): run in a fresh
interpreter, as she runs it, and the modules it loaded are held. Structural, not timed: the roll-up's
multiprocessing and e-mail, the writers (docx, openpyxl, xlsxwriter, lxml) and the templates stay off
the path of `check`; `report` and `plan` to text load jinja2 for their templates, no writer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE

_PROBE = """
import runpy, sys
sys.argv = ["xlkit", *{args!r}]
try:
    runpy.run_module("xlkit", run_name="__main__")
except SystemExit:
    pass
print("\\n".join(sorted({{name.split(".")[0] for name in sys.modules}})), file=sys.stderr)
"""
HEAVY = (
    "multiprocessing",
    "concurrent",
    "email",
    "smtplib",
    "docx",
    "openpyxl",
    "xlsxwriter",
    "lxml",
    "pandas",
    "numpy",
)
# the full CLI's: what the quick path (cli/fast.py) starts without
TYPER = {"typer", "click", "rich", "shellingham"}


def loaded(args: list[str], folder: Path) -> set[str]:
    probe = _PROBE.format(args=args)
    # as she runs it: not under the suite's coverage, whose subprocess hook loads multiprocessing
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE", "COVERAGE"))}
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=folder,
        check=False,
        env=env,
    )
    return set(ran.stderr.split())


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    here = tmp_path_factory.mktemp("imports")
    shutil.copy(EXAMPLE, here / EXAMPLE.name)
    return here


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--period", "2023-H1"],
        ["check", "--format", "json", "--lang", "en"],
        ["report", "2023-H1", "--ngay", "04/07/2023"],
        ["report", "2023", "--format", "md", "--lang", "en"],
    ],
    ids=" ".join,
)
def test_check_and_report_as_she_types_them_start_without_typer(
    folder: Path, args: list[str]
) -> None:
    """typer's import alone is a third of an openpyxl load: `check`, and `report` printed, take
    their quick path."""
    modules = loaded(args, folder)
    assert "xlkit" in modules and not TYPER & modules


@pytest.mark.parametrize(
    "args",
    [
        ["report", "2023-H1", "-o", "bao-cao.docx", "--ngay", "04/07/2023"],
        ["plan", "2023", "--output=ke-hoach.docx", "--ngay", "10/01/2023"],
        ["fix", EXAMPLE.name, "-o", "sua.xlsx"],
        ["check", "--annotate", EXAMPLE.name],
    ],
    ids=" ".join,
)
def test_a_document_or_a_copy_is_written_without_typer(tmp_path: Path, args: list[str]) -> None:
    """typer's import is a sixth of a Word report's time and of fix's: they take the quick path
    too, and print their lines without it (show.echo)."""
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    modules = loaded(args, tmp_path)
    assert "xlkit" in modules and not TYPER & modules
    assert len(list(tmp_path.iterdir())) == 2  # what it was asked to write, beside her workbook


@pytest.mark.parametrize(
    "args",
    [
        ["rollup", "2023-H1", "."],
        ["rollup", "2023", ".", "-o", "tong-hop.xlsx", "--jobs", "2", "--force"],
        ["rollup", "2023-H1", ".", "--format", "json", "--lang", "en"],
    ],
    ids=" ".join,
)
def test_a_rollup_as_the_clerk_types_it_starts_without_typer(folder: Path, args: list[str]) -> None:
    """The roll-up's workers start when the command has begun: typer's import, before them,
    is time one of two cores waits (cli/fast.py)."""
    modules = loaded(args, folder)
    assert {"xlkit", "concurrent"} <= modules  # the roll-up ran, with its workers
    assert not TYPER & modules


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["check"], set()),
        (["check", "--period", "2023-H1"], set()),
        (["indicators", "2023-H1"], set()),
        (["rules"], set()),
        (["report", "2023-H1"], {"jinja2"}),
        (["plan", "2023", "--ngay", "10/01/2023"], {"jinja2"}),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_a_command_loads_no_module_it_does_not_use(
    folder: Path, args: list[str], allowed: set[str]
) -> None:
    modules = loaded(args, folder)
    assert "xlkit" in modules  # the probe ran the command
    assert {m for m in modules if m in HEAVY or m == "jinja2"} == allowed


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "--period", "2023-H1"], ["check", "--format", "json"]],
    ids=" ".join,
)
def test_check_creates_no_dataclass(folder: Path, args: list[str]) -> None:
    """dataclasses imports inspect, ast and dis (7 ms) and compiles each class's methods one by
    one (0.6 ms a frozen class): check's values are named tuples and plain classes."""
    modules = loaded(args, folder)
    assert "xlkit" in modules and not {"dataclasses", "inspect", "ast", "dis"} & modules
