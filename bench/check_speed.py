"""How fast `xlkit check` is, against the obvious alternatives, measured side by side in one run.

Each command is a whole fresh process (start-up included, as the user waits for it); the script
prints the median of several runs of each and the ratio to a bare openpyxl load of the same file.
Target (issue "The standard workbook"): xlkit check <= 1.0x the bare openpyxl load.

Run: python bench/check_speed.py [WORKBOOK] [--runs N] [--members N]
(--members N also measures a synthetic workbook of N members built from the example's rows.)
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str]) -> list[float]:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
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


def measure(book: str, xlkit: str, runs: int) -> None:
    commands = {
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
    }
    if importlib.util.find_spec("pandas"):  # not a dependency of xlkit: measured when installed
        commands["pandas read_excel (all sheets)"] = [
            sys.executable,
            "-c",
            f"import pandas; pandas.read_excel({book!r}, sheet_name=None)",
        ]
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        subprocess.run(command, capture_output=True, check=False)  # warm the disk cache once
    for _ in range(
        runs
    ):  # in turn, so that a drift of the machine's speed touches every command alike
        for name, command in commands.items():
            times[name] += timed(command)
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["openpyxl load (bare)"]
    print(f"{Path(book).name}, median of {runs} fresh processes each")
    for name, median in medians.items():
        print(f"  {name:32s} {median * 1000:7.0f} ms   {median / base:5.2f}x")
    ratio = medians["xlkit check"] / base
    print(
        f"xlkit check / bare openpyxl load = {ratio:.2f} (target <= 1.00): "
        f"{'met' if ratio <= 1.0 else 'NOT met'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workbook", nargs="?", default=str(ROOT / "workbooks" / "vi-du-2023.xlsx"))
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--members", type=int, default=0)
    args = parser.parse_args()
    xlkit = shutil.which("xlkit", path=str(Path(sys.executable).parent)) or shutil.which("xlkit")
    if not xlkit:
        sys.exit("install xlkit first: pip install -e .")
    measure(args.workbook, xlkit, args.runs)
    if args.members:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            measure(str(synthetic(args.members, Path(folder))), xlkit, args.runs)


if __name__ == "__main__":
    main()
