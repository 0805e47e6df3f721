"""The quick path (cli/fast.py) of `check`, `report`, `plan`, `fix` and `rollup` says exactly what
the full CLI says: the same lines on the same streams, the same exit code, the same files, for
every kind of run it takes; anything else it hands on."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLE, INFO, MEMBERS

import xlkit
from xlkit.cli.fast import quick_check, quick_fix, quick_plan, quick_report, quick_rollup
from xlkit.vocab.periods import Period
from xlkit.workbooks.template import write_workbook


def _ran(entry: str, args: list[str], cwd: Path) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XLKIT_LANG", "COV"))}
    env.update({"NO_COLOR": "1", "COLUMNS": "200"})
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.argv = ['xlkit', *sys.argv[1:]]; {entry}", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )
    return done.returncode, done.stdout, done.stderr


QUICK = "from xlkit.cli.fast import main; main()"
FULL = "from xlkit.cli.main import main; main()"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    here = tmp_path_factory.mktemp("quick")
    (here / "workbooks").mkdir()
    shutil.copy(EXAMPLE, here / "workbooks" / EXAMPLE.name)
    (here / "hong.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    rows = [dict(m) for m in MEMBERS]
    rows[1]["Ngày sinh"] = "31/02/1985"  # an error: the report stops unless --force
    write_workbook(here / "errors.xlsx", year=2023, info=INFO, rows={"Đảng viên": rows})
    return here


CHECK_RUNS = [
    ["check"],
    ["check", "workbooks/vi-du-2023.xlsx"],
    ["check", "--period", "2023-H1"],
    ["check", "--period=KH-2023", "workbooks"],
    ["check", "--format", "json", "--lang", "en"],
    ["check", "hong.xlsx"],  # unreadable: exit 1
    ["check", "khong-co.xlsx"],  # no such path: exit 2
    ["check", "--period", "2023-H9"],  # a period that is none
    ["check", "--format", "xml"],  # handed on: the full CLI refuses it
    ["check", "--lang", "fr"],
    ["check", "--help"],
]
REPORT_RUNS = [
    ["report", "2023-H1", "workbooks/vi-du-2023.xlsx", "--ngay", "04/07/2023"],
    ["report", "2023-H1", "--ngay=04/07/2023"],
    ["report", "2023", "--lang", "en", "--format", "md", "--ngay", "30/12/2023"],
    ["report", "2023-H9"],  # a period that is none: exit 2
    ["report", "2023-H1", "hong.xlsx"],  # unreadable: exit 1
    ["report", "2023-H1", "errors.xlsx"],  # errors stop it: exit 1
    ["report", "2023-H1", "errors.xlsx", "--force", "--ngay", "04/07/2023"],  # rendered
    ["report", "2023-H1", "khong-co.xlsx"],
    ["report", "2023-H1", "--ngay", "32/07/2023"],
    ["report", "2023-H1", "--so", "03/BC-CB", "--ky", "T/M CHI UY", "--ngay", "04/07/2023"],
    ["report", "2023-H1", "--ky", "T/M BAN"],  # who signs, none of the rule's forms
    ["report", "2023-H9", "--ngay", "32/07/2023", "--ky", "T/M BAN"],  # three mistakes: the first
    ["report", "2023-H1", "--ngay", "32/07/2023", "--ky", "T/M BAN"],
    ["report", "2023-H9", "--format", "odt"],
    ["report", "2023-H1", "--lang", "fr"],
    ["report", "2024-H1"],  # a period outside the workbook's year
    ["report"],
    ["report", "--help"],
    ["plan", "2023", "--ngay", "10/01/2023"],
    ["plan", "2023", "--kind", "chuyen-de", "--format=md", "--ngay", "10/01/2023"],
    ["plan", "2023", "--kind", "khac"],
    ["plan", "hai-nghin"],
    ["plan", "hai-nghin", "--ngay", "32/01/2023"],
    ["plan", "hai-nghin", "-o", "kh.odt"],
    ["plan", "2023", "--ngay", "32/01/2023", "--ky", "T/M BAN"],
    ["plan", "--help"],
]


@pytest.mark.parametrize("args", CHECK_RUNS + REPORT_RUNS, ids=" ".join)
def test_the_quick_path_says_what_the_full_cli_says(folder: Path, args: list[str]) -> None:
    quick, full = _ran(QUICK, args, folder), _ran(FULL, args, folder)
    assert quick == full
    assert "Traceback" not in quick[2]


def test_a_workbook_with_errors_exits_1_on_the_quick_path(make_book, tmp_path: Path) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[1]["Ngày sinh"] = "31/02/1985"
    path = make_book(Đảng_viên=rows)
    quick = _ran(QUICK, ["check", str(path)], tmp_path)
    assert quick == _ran(FULL, ["check", str(path)], tmp_path) and quick[0] == 1
    assert "'Ngày sinh' không phải là ngày hợp lệ" in quick[1]


@pytest.mark.parametrize(
    ("argv", "read"),
    [
        (["check"], ([], {})),
        (
            ["check", "a.xlsx", "b", "--period", "2023-H1", "--lang=en", "--format=json"],
            (
                [Path("a.xlsx"), Path("b")],
                {"--period": "2023-H1", "--lang": "en", "--format": "json"},
            ),
        ),
        (["check", "--period=CT"], ([], {"--period": "CT"})),
        (
            ["check", "a.xlsx", "--annotate", "--output", "b.xlsx", "--force"],
            ([Path("a.xlsx")], {"--annotate": "", "-o": "b.xlsx", "--force": ""}),
        ),
    ],
)
def test_what_the_quick_path_takes(argv: list[str], read: tuple) -> None:
    assert quick_check(argv) == read


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["report", "2023-H1"],
        ["--lang", "en", "check"],  # the language before the command: the full CLI's
        ["check", "--help"],
        ["check", "--annotate", "--annotate"],
        ["check", "-o", "a.xlsx", "--output", "b.xlsx"],  # given twice, under its two names
        ["check", "-o=x.xlsx"],
        ["check", "--period"],  # its value missing
        ["check", "--period", "--format"],
        ["check", "--period", "2023", "--period", "2024"],  # twice
        ["check", "--"],
        ["check", ""],
        ["check", "--debug"],
    ],
    ids=repr,
)
def test_what_the_quick_path_hands_on(argv: list[str]) -> None:
    assert quick_check(argv) is None


@pytest.mark.parametrize(
    ("argv", "read"),
    [
        (["report", "2023-H1"], ("2023-H1", None, {})),
        (
            ["report", "2023", "so.xlsx", "--format=md"],
            ("2023", Path("so.xlsx"), {"--format": "md"}),
        ),
        (["report", "2023-H1", "-o", "bc.docx"], ("2023-H1", None, {"-o": "bc.docx"})),
        (["report", "2023-H1", "--output=bc.pdf"], ("2023-H1", None, {"-o": "bc.pdf"})),
        (["report", "2023-H1", "--format", "pdf"], ("2023-H1", None, {"--format": "pdf"})),
        (
            ["report", "2023-H1", "--so", "03", "--ky", "T/M CHI BỘ"],
            ("2023-H1", None, {"--so": "03", "--ky": "T/M CHI BỘ"}),
        ),
        (["report", "2023-H1", "a.xlsx", "b.xlsx"], None),
        (["report", "2023-H1", "--ngay"], None),
        (["report", "2023-H1", "-o", "a.docx", "--output", "b.docx"], None),
        (["report", "2023-H1", "--kind", "nam"], None),  # plan's, not report's
        (["report", "2023-H1", "--force"], ("2023-H1", None, {"--force": ""})),
        (["report", "2023-H1", "--force", "--force"], None),
        (["report"], None),
        (["check"], None),
    ],
    ids=repr,
)
def test_what_reports_quick_path_takes(argv, read) -> None:
    assert quick_report(argv) == read


@pytest.mark.parametrize(
    ("argv", "read"),
    [
        (["plan", "2024"], ("2024", None, {})),
        (
            ["plan", "2020-2025", "so.xlsx", "--kind", "toan-khoa", "-o", "ct.docx"],
            ("2020-2025", Path("so.xlsx"), {"--kind": "toan-khoa", "-o": "ct.docx"}),
        ),
        (["plan"], None),
        (["plan", "2024", "--kind"], None),
        (["report", "2024"], None),
    ],
    ids=repr,
)
def test_what_plans_quick_path_takes(argv, read) -> None:
    assert quick_plan(argv) == read


@pytest.mark.parametrize(
    ("argv", "read"),
    [
        (["fix", "so.xlsx"], ("", Path("so.xlsx"), {})),
        (
            ["fix", "--output", "sua.xlsx", "so.xlsx", "--force", "--lang", "en"],
            ("", Path("so.xlsx"), {"-o": "sua.xlsx", "--force": "", "--lang": "en"}),
        ),
        (["fix"], None),
        (["fix", "a.xlsx", "b.xlsx"], None),
        (["fix", "so.xlsx", "--period", "2023"], None),
        (["fix", "so.xlsx", "--help"], None),
    ],
    ids=repr,
)
def test_what_fixs_quick_path_takes(argv, read) -> None:
    assert quick_fix(argv) == read


# what writes a file: each run in a copy of the folder of its own
WRITING_RUNS = [
    ["check", "--annotate", "workbooks/vi-du-2023.xlsx"],
    ["check", "--annotate", "--force", "errors.xlsx", "--output", "ghi.xlsx"],
    ["check", "--annotate", "errors.xlsx", "-o", "workbooks/vi-du-2023.xlsx"],  # her file
    ["check", "--annotate", "hong.xlsx"],
    ["check", "-o", "ghi.xlsx"],  # no --annotate: -o refused, nothing checked
    ["check", "--annotate", "errors.xlsx", "-o", "cu-kiem-tra.xlsx"],  # made earlier: refused
    ["check", "--annotate", "errors.xlsx", "-o", "cu-kiem-tra.xlsx", "--force"],  # written over
    ["report", "2023", "-o", "bc-cu.txt", "--ngay", "30/12/2023"],
    ["report", "2023", "-o", "bc-cu.txt", "--ngay", "30/12/2023", "--force"],
    ["fix", "errors.xlsx", "-o", "cu-da-sua.xlsx"],
    ["fix", "errors.xlsx", "-o", "cu-da-sua.xlsx", "--force"],
    ["report", "2023-H1", "-o", "bao-cao.docx", "--ngay", "04/07/2023"],
    ["report", "2023", "--output=bc.txt", "--so", "09", "--ngay", "30/12/2023", "--lang", "en"],
    ["report", "2023-H1", "--format", "docx", "--ngay", "04/07/2023"],
    ["report", "2023-H1", "-o", "workbooks/vi-du-2023.xlsx"],  # her file, not a document
    ["report", "2023-H1", "-o", "ghi-chu.txt", "--force"],  # her file: never written over
    ["report", "2023-H1", "-o", "bc.odt"],
    ["report", "2023-H1", "errors.xlsx", "-o", "bc.docx"],  # errors: nothing written
    ["plan", "2023", "-o", "ke-hoach.docx", "--ngay", "10/01/2023"],
    ["fix", "workbooks/vi-du-2023.xlsx"],
    ["fix", "errors.xlsx", "-o", "sua.xlsx", "--lang", "en"],
    ["fix", "errors.xlsx", "-o", "workbooks/vi-du-2023.xlsx", "--force"],  # her file
    ["fix", "hong.xlsx"],
    ["fix", "khong-co.xlsx"],
    ["fix", "errors.xlsx", "-o", "sua.docx"],
]
ROLLUP_RUNS = [
    ["rollup", "2023-H1", "workbooks"],
    ["rollup", "2023-H1", "workbooks", "hong.xlsx", "errors.xlsx"],  # in trouble: exit 1
    ["rollup", "2023", "workbooks", "-o", "tong-hop.xlsx", "--jobs", "2"],
    [
        "rollup",
        "2023-H1",
        "--output=tong-hop.json",
        "workbooks",
        "--format",
        "json",
        "--lang",
        "en",
    ],
    ["rollup", "2023-Q2", "workbooks", "errors.xlsx", "--format=csv", "--jobs", "1"],
    ["rollup", "2023-H1", "workbooks", "-o", "workbooks/vi-du-2023.xlsx", "--force"],  # her file
    ["rollup", "2023-H1", "workbooks", "-o", "ghi-chu.txt"],  # not a roll-up's kind of file
    ["rollup", "2023-H9", "workbooks"],  # a period that is none
    ["rollup", "2023-H1", "workbooks", "--format", "xml"],
    ["rollup", "2023-H1", "khong-co"],
    ["rollup", "2023-H1", "workbooks", "--lang", "fr"],
    ["rollup", "2023-H1", "workbooks", "--jobs", "hai"],  # handed on: click says it
    ["rollup", "2023-H1", "workbooks", "-o=tong-hop.xlsx"],  # handed on: click writes "=tong-hop"
    ["rollup", "2023-H1", "workbooks", "--expect", "ghi-chu.txt"],  # handed on
    ["rollup", "2023-H1"],  # no sources
    ["rollup", "--help"],
]


@pytest.mark.parametrize("args", WRITING_RUNS + ROLLUP_RUNS, ids=" ".join)
def test_the_quick_path_writes_what_the_full_cli_writes(
    folder: Path, tmp_path: Path, args: list[str]
) -> None:
    ran = {}
    for entry in (QUICK, FULL):
        here = tmp_path / ("quick" if entry is QUICK else "full")
        shutil.copytree(folder, here)
        (here / "ghi-chu.txt").write_text("Chi bộ Trường Tiểu học Kim Đồng\n", encoding="utf-8")
        for name in _MADE_EARLIER.keys() & set(args):
            _MADE_EARLIER[name](here / "workbooks" / EXAMPLE.name, here / name)
        ran[entry] = _ran(entry, args, here), _files(here)
    assert ran[QUICK] == ran[FULL]
    assert "Traceback" not in ran[QUICK][0][2]


# files xlkit made earlier, each in the folder a run is given (xlkit knows a file it made by
# where it wrote it: a copy of the folder is hers), written over with --force, else refused
_MADE_EARLIER = {
    "cu-da-sua.xlsx": lambda book, path: xlkit.fix(book, output=path),
    "cu-kiem-tra.xlsx": lambda book, path: xlkit.annotate(xlkit.check([book])[0], output=path),
    "bc-cu.txt": lambda book, path: xlkit.report(
        Period.parse("2023-H1"), book, output=path, day=date(2023, 7, 4)
    ),
}


def _files(folder: Path) -> dict[str, object]:
    """Every file under FOLDER: the ones it was given by their bytes (left as they were), a
    workbook or a Word file the run wrote by its parts (its time stamps, and so its compressed
    size, differ from run to run), any other file by its bytes."""
    given = {p.name for p in _GIVEN}
    return {
        str(p.relative_to(folder)): _parts(p)
        if p.suffix in (".xlsx", ".docx") and p.name not in given
        else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


_GIVEN = (EXAMPLE, Path("hong.xlsx"), Path("errors.xlsx"))


def _parts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return sorted(archive.namelist())


@pytest.mark.parametrize(
    ("argv", "read"),
    [
        (["rollup", "2023-H1", "den"], ("2023-H1", [Path("den")], {})),
        (
            ["rollup", "2023", "a.xlsx", "b", "--output=t.xlsx", "--jobs", "3", "--force"],
            ("2023", [Path("a.xlsx"), Path("b")], {"-o": "t.xlsx", "--jobs": "3", "--force": ""}),
        ),
        (
            ["rollup", "-o", "t.json", "2023-H1", "den", "--format=json", "--lang", "en"],
            ("2023-H1", [Path("den")], {"-o": "t.json", "--format": "json", "--lang": "en"}),
        ),
        (["rollup", "2023-H1"], None),  # no sources
        (["rollup", "2023-H1", "den", "-o", "a.xlsx", "--output", "b.xlsx"], None),  # twice
        (["rollup", "2023-H1", "den", "-o=t.xlsx"], None),
        (["rollup", "2023-H1", "den", "--jobs", "-1"], None),
        (["rollup", "2023-H1", "den", "--jobs", "2.5"], None),
        (["rollup", "2023-H1", "den", "--expect", "ds.txt"], None),
        (["rollup", "2023-H1", "den", "--tom-tat", "tt.docx"], None),
        (["rollup", "2023-H1", "den", "--help"], None),
        (["--lang", "en", "rollup", "2023-H1", "den"], None),
        (["check", "2023-H1", "den"], None),
    ],
    ids=repr,
)
def test_what_rollups_quick_path_takes(argv: list[str], read: tuple | None) -> None:
    assert quick_rollup(argv) == read


def test_a_line_is_written_as_typer_writes_it(capsys, monkeypatch) -> None:
    """show.echo, typer-free: piped, a value's colour codes are taken out as click takes them
    out; on a terminal they stay."""
    import io

    from xlkit.cli.show import echo

    echo("  'Đảng viên'!B3  \"\x1b[31mđỏ\x1b[0m\"")
    assert capsys.readouterr().out == "  'Đảng viên'!B3  \"đỏ\"\n"

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    echo("\x1b[1mđậm\x1b[0m")
    assert terminal.getvalue() == "\x1b[1mđậm\x1b[0m\n"
