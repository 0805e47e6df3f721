"""How fast `xlkit check` and `xlkit report` are, against the obvious alternatives and the floors
under them, measured side by side in one run.

Each command is a whole fresh process (start-up included, as the user waits for it), run in turn so
a drift of the machine touches every one alike; the script prints the median of each and its ratio
to a bare openpyxl load of the same file, then check/openpyxl, report/openpyxl and check over its
floor (the interpreter starting and python-calamine reading every sheet), and what writes a file
(report -o .docx, fix, check --annotate) against the same load.

Measured as a user's install runs: the interpreter's compiled bytecode of xlkit present (pip
compiles it on install; an editable install writes it on first run), PYTHONDONTWRITEBYTECODE unset
for the commands, and numpy absent (openpyxl imports numpy when it is installed, which moves the
yardstick by a third): the script says which of these hold.
Targets (issue "Fast where she waits"): check <= 0.5x, report (text) <= 0.9x; the goal 0.35x.

Run: python bench/check_speed.py [WORKBOOK] [--runs N] [--members N]
(--members N, 60 by default, also measures the example's members repeated to N rows; 0 skips it.)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], env: dict[str, str]) -> list[float]:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, env=env)
    return [time.perf_counter() - started]


def synthetic(members: int, folder: Path) -> Path:
    """The example workbook with its member list repeated up to MEMBERS rows."""
    sys.path.insert(0, str(ROOT / "workbooks"))
    import vi_du

    from xlkit.workbooks.template import write_workbook

    rows = dict(vi_du.ROWS)
    rows["Đảng viên"] = [
        dict(
            vi_du.MEMBERS[i % 15],
            **{"Họ và tên": f"{vi_du.MEMBERS[i % 15]['Họ và tên']} {i}", "STT": i + 1},
        )
        for i in range(members)
    ]
    path = folder / f"members-{members}.xlsx"
    write_workbook(path, year=vi_du.YEAR, info=vi_du.INFO, rows=rows)
    return path


def install_state() -> list[str]:
    """What the measurement runs as: bytecode of xlkit compiled, numpy importable or not."""
    import xlkit

    package = Path(xlkit.__file__).parent
    sources = list(package.rglob("*.py"))
    tag = sys.implementation.cache_tag
    compiled = sum(
        1
        for source in sources
        if (source.parent / "__pycache__" / f"{source.stem}.{tag}.pyc").exists()
    )
    numpy = importlib.util.find_spec("numpy") is not None
    return [
        f"xlkit bytecode compiled: {compiled}/{len(sources)} modules ({tag})",
        "PYTHONDONTWRITEBYTECODE for the commands: unset"
        + (" (it is set in this shell)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""),
        f"numpy importable: {'yes (openpyxl loads it: not as a user installs)' if numpy else 'no'}",
    ]


def measure(book: str, xlkit: str, runs: int, scratch: Path) -> None:
    calamine = (
        f"import python_calamine as c; w = c.CalamineWorkbook.from_path({book!r}); "
        "[w.get_sheet_by_name(n).to_python() for n in w.sheet_names]"
    )
    commands = {
        "interpreter alone": [sys.executable, "-c", "pass"],
        "interpreter + calamine read": [sys.executable, "-c", calamine],
        "openpyxl load (bare)": [
            sys.executable,
            "-c",
            f"import openpyxl; openpyxl.load_workbook({book!r})",
        ],
        "openpyxl read-only load": [
            sys.executable,
            "-c",
            f"import openpyxl; openpyxl.load_workbook({book!r}, read_only=True)",
        ],
        "xlkit check": [xlkit, "check", book],
        "xlkit report (text)": [xlkit, "report", period_of(book), book, "--force"],
        # what writes a file (openpyxl's or python-docx's work inside): each into the scratch
        # folder, over its own earlier copy
        "xlkit report -o .docx": [
            *(xlkit, "report", period_of(book), book, "--force", "-o"),
            str(scratch / "bao-cao.docx"),
        ],
        "xlkit fix": [xlkit, "fix", book, "--force", "-o", str(scratch / "ban-sua.xlsx")],
        "xlkit check --annotate": [
            *(xlkit, "check", book, "--annotate", "--force", "-o"),
            str(scratch / "kiem-tra.xlsx"),
        ],
    }
    if importlib.util.find_spec("pandas"):  # not a dependency of xlkit: measured when installed
        commands["pandas read_excel (all sheets)"] = [
            sys.executable,
            "-c",
            f"import pandas; pandas.read_excel({book!r}, sheet_name=None)",
        ]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm the disk cache (and write any missing bytecode)
        subprocess.run(command, capture_output=True, check=False, env=env)
    for _ in range(
        runs
    ):  # in turn, so that a drift of the machine's speed touches every command alike
        for name, command in commands.items():
            times[name] += timed(command, env)
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["openpyxl load (bare)"]
    print(f"{Path(book).name}, median of {runs} fresh processes each")
    for name, median in medians.items():
        print(f"  {name:32s} {median * 1000:7.0f} ms   {median / base:5.2f}x")
    check, report = medians["xlkit check"] / base, medians["xlkit report (text)"] / base
    floor = medians["interpreter + calamine read"]
    print(f"check / openpyxl load = {check:.2f} (target <= 0.50: {_met(check <= 0.5)}; goal 0.35)")
    print(f"report / openpyxl load = {report:.2f} (target <= 0.90: {_met(report <= 0.9)})")
    print(f"check / (interpreter + calamine read) = {medians['xlkit check'] / floor:.2f}")
    print(
        "writing a file / openpyxl load: report -o .docx "
        f"{medians['xlkit report -o .docx'] / base:.2f}, fix {medians['xlkit fix'] / base:.2f}, "
        f"check --annotate {medians['xlkit check --annotate'] / base:.2f} "
        "(2.3, 2.1 and 2.1 when the issue was filed)"
    )


def _met(met: bool) -> str:
    return "met" if met else "NOT met"


def period_of(book: str) -> str:
    """The first half of the workbook's year, from its name (vi-du-2023.xlsx), else 2023."""
    import re

    found = re.search(r"(20\d\d)", Path(book).name)
    return f"{found.group(1) if found else 2023}-H1"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workbook", nargs="?", default=str(ROOT / "workbooks" / "vi-du-2023.xlsx"))
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--members", type=int, default=60)
    args = parser.parse_args()
    xlkit = shutil.which("xlkit", path=str(Path(sys.executable).parent)) or shutil.which("xlkit")
    if not xlkit:
        sys.exit("install xlkit first: pip install -e .")
    print("\n".join(install_state()))
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        measure(args.workbook, xlkit, args.runs, scratch)
        if args.members:
            measure(str(synthetic(args.members, scratch)), xlkit, args.runs, scratch)


if __name__ == "__main__":
    main()
