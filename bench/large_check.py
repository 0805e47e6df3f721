"""How `xlkit check` grows with the member list, against a plain python-calamine read of the same
file.

For each N, the example workbook with its member list repeated to N rows is checked in a fresh
process, and, in the same run, read by a bare loop that opens it with python-calamine and turns
every sheet into Python values. Printed: seconds and peak memory of each, their ratios, and the
cost per 1,000 members (linear growth keeps it flat). Target (issue "Roll-up", item 4): at N =
200,000, check within 2x the plain read in time and memory.

Run: python bench/large_check.py [--sizes 50000,100000,200000] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from check_speed import synthetic
from rollup import measured

CALAMINE_READ = """
import sys, python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
sheets = [book.get_sheet_by_name(name).to_python() for name in book.sheet_names]
"""


def median_of(command: list[str], runs: int) -> tuple[float, float]:
    """Median seconds and the largest peak memory (MB) of RUNS fresh runs of COMMAND."""
    done = [measured(command) for _ in range(runs)]
    return statistics.median(s for s, _, _ in done), max(mb for _, mb, _ in done)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50000,100000,200000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    xlkit = shutil.which("xlkit", path=str(Path(sys.executable).parent)) or shutil.which("xlkit")
    if not xlkit:
        sys.exit("install xlkit first: pip install -e .")
    print(
        f"{'N':>8} | {'check s':>7} | {'calamine s':>10} | {'time':>5} | {'check MB':>8} | "
        f"{'calamine MB':>11} | {'memory':>6} | {'ms/1000':>7}"
    )
    for count in (int(n) for n in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            book = str(synthetic(count, Path(folder)))
            check_s, check_mb = median_of([xlkit, "check", book], args.runs)
            read_s, read_mb = median_of([sys.executable, "-c", CALAMINE_READ, book], args.runs)
        print(
            f"{count:>8} | {check_s:>7.2f} | {read_s:>10.2f} | {check_s / read_s:>4.2f}x | "
            f"{check_mb:>8.0f} | {read_mb:>11.0f} | "
            f"{check_mb / read_mb:>5.2f}x | {check_s / count * 1e6:>7.1f}"
        )
    print("(time and memory: check / plain calamine read; target <= 2.00x at 200,000)")


if __name__ == "__main__":
    main()
