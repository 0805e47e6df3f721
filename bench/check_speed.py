"""How fast `xlkit check` is, against the obvious alternatives, measured side by side in one run.

Each command is a whole fresh process (start-up included, as the user waits for it); the script
prints the median of several runs of each and the ratio to a bare openpyxl load of the same file.
Target (issue "The standard workbook"): xlkit check <= 1.0x the bare openpyxl load.

Run: python bench/check_speed.py [WORKBOOK] [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], runs: int) -> list[float]:
    subprocess.run(command, capture_output=True, check=False)  # warm the disk cache once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workbook", nargs="?", default=str(ROOT / "workbooks" / "vi-du-2023.xlsx"))
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    xlkit = shutil.which("xlkit", path=str(Path(sys.executable).parent)) or shutil.which("xlkit")
    if not xlkit:
        sys.exit("install xlkit first: pip install -e .")
    book = args.workbook
    commands = {
        "openpyxl load (bare)": [sys.executable, "-c", f"import openpyxl; openpyxl.load_workbook({book!r})"],
        "openpyxl read-only load": [sys.executable, "-c", f"import openpyxl; openpyxl.load_workbook({book!r}, read_only=True)"],
        "pandas read_excel (all sheets)": [sys.executable, "-c", f"import pandas; pandas.read_excel({book!r}, sheet_name=None)"],
        "xlkit check": [xlkit, "check", book],
    }
    medians = {}
    for name, command in commands.items():
        medians[name] = statistics.median(timed(command, args.runs))
    base = medians["openpyxl load (bare)"]
    print(f"{Path(book).name}, median of {args.runs} fresh processes each")
    for name, median in medians.items():
        print(f"  {name:32s} {median * 1000:7.0f} ms   {median / base:5.2f}x")
    ratio = medians["xlkit check"] / base
    print(f"xlkit check / bare openpyxl load = {ratio:.2f} (target <= 1.00): {'met' if ratio <= 1.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
