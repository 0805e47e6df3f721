"""How fast `xlkit rollup` is, against bare loops over the same files, measured side by side in
one run.

For each N, N workbooks are generated from the example (20-60 members each, each a cell of its
own name, one in ten with a finding, one in fifty broken), then timed, each in a fresh process:
`xlkit rollup` (checks and indicators included, one worker per core), (a) a bare loop that opens
each file with openpyxl (read-only) and reads its member sheet, (b) a bare python-calamine loop
over the same files, (c) the roll-up's floor: xlkit's reading alone (every part vetted, the
sheets the roll-up reads read by calamine, nothing typed, checked, counted or written), one worker
per core.
Printed: workbooks per second, the ratios, and peak memory (the main process and the largest
worker). Targets (issue "Fast where she waits"): at N = 1,000, >= 12x the openpyxl
loop, and twice the rate of the commit before that issue (6c71a16, measured against it in one
run, as farm-bench pairs them); roughly linear in N; peak memory flat in N. (An earlier issue,
"Roll-up", asked >= 1,000 workbooks/s and >= 7x.)

Run: python bench/rollup.py [--sizes 10,100,1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OPENPYXL_LOOP = """
import sys, pathlib, openpyxl
for p in sorted(pathlib.Path(sys.argv[1]).glob('*.xlsx')):
    try:
        book = openpyxl.load_workbook(p, read_only=True)
        rows = list(book['Đảng viên'].iter_rows(values_only=True))
        book.close()
    except Exception:
        pass
"""
CALAMINE_LOOP = """
import sys, pathlib, python_calamine
for p in sorted(pathlib.Path(sys.argv[1]).glob('*.xlsx')):
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(p))
        rows = book.get_sheet_by_name('Đảng viên').to_python()
    except Exception:
        pass
"""
# what any roll-up that vets and reads each workbook whole costs at least
READING_FLOOR = """
import sys, pathlib
from concurrent.futures import ProcessPoolExecutor
from xlkit.consolidate.run import batches, default_jobs
from xlkit.read.opening import read
from xlkit.read.workbook import UnreadableWorkbook
from xlkit.vocab.schema import FIGURE_SHEETS

def read_all(paths):
    for p in paths:
        try:
            read(p, sheets=FIGURE_SHEETS, leave_others=True)  # as the roll-up reads
        except UnreadableWorkbook:
            pass

if __name__ == "__main__":
    paths = sorted(pathlib.Path(sys.argv[1]).glob('*.xlsx'))
    jobs = default_jobs()
    with ProcessPoolExecutor(jobs) as pool:  # batched as the roll-up batches its items
        list(pool.map(read_all, batches(paths, jobs)))
"""


def generate(count: int, folder: Path) -> None:
    """COUNT workbooks from the example: varied members, a few findings, a few broken files."""
    sys.path.insert(0, str(ROOT / "workbooks"))
    import vi_du

    from xlkit.workbooks.template import write_workbook

    rng = random.Random(count)
    base = folder / "base"
    base.mkdir()
    made: dict[int, Path] = {}
    # five templates, copied: generation is not what we measure
    for size in (20, 30, 40, 50, 60):
        members = [
            dict(
                vi_du.MEMBERS[i % 15],
                **{"Họ và tên": f"{vi_du.MEMBERS[i % 15]['Họ và tên']} {i}", "STT": i + 1},
            )
            for i in range(size)
        ]
        for bad in (False, True):
            rows = dict(vi_du.ROWS, **{"Đảng viên": members})
            if bad:
                rows["Đảng viên"] = [dict(members[0], **{"Ngày sinh": "31/02/1985"}), *members[1:]]
            path = base / f"{size}-{bad}.xlsx"
            info = dict(
                vi_du.INFO, **{"Tên chi bộ": f"CHI BỘ MẪU {size}", "Đơn vị": f"Trường Mẫu {size}"}
            )
            write_workbook(path, year=vi_du.YEAR, info=info, rows=rows)
            made[size * 2 + bad] = path
    for i in range(count):
        target = folder / f"{i:05}.xlsx"
        if i % 50 == 49:
            target.write_bytes(b"PK\x03\x04 broken")
            continue
        size = rng.choice((20, 30, 40, 50, 60))
        renamed(made[size * 2 + (i % 10 == 9)], target, f"MẪU {size}", f"MẪU {size} SỐ {i:05}")
    shutil.rmtree(base)


def renamed(source: Path, target: Path, old: str, new: str) -> None:
    """A copy of SOURCE whose cell is named NEW: every workbook a cell of its own, as a committee
    receives them."""
    with (
        zipfile.ZipFile(source) as book,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in book.infolist():
            data = book.read(info)
            if (
                info.filename == "xl/sharedStrings.xml"
            ):  # the name and the unit (`Trường Mẫu 20`) both
                data = data.replace(old.encode(), new.encode()).replace(
                    old.title().encode(), new.title().encode()
                )
            copy.writestr(info, data)


def measured(command: list[str]) -> tuple[float, float, float]:
    """Seconds, and peak memory (MB) of the process and of its largest child, for one fresh run."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter(); subprocess.run(sys.argv[1:], capture_output=True)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(done[0]), float(done[1]) / 1024, 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,100,1000")
    args = parser.parse_args()
    print(
        f"{'N':>6} | {'rollup wb/s':>11} | {'openpyxl wb/s':>13} | {'calamine wb/s':>13} | "
        f"{'vs openpyxl':>11} | {'vs calamine':>11} | {'peak MB':>7} | {'floor wb/s':>10} | "
        f"{'floor vs openpyxl':>17}"
    )
    for count in (int(n) for n in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            generate(count, folder)
            out = Path(tmp) / "tong-hop.xlsx"
            rollup_s, rollup_mb, _ = measured(
                [sys.executable, "-m", "xlkit", "rollup", "2023-H1", str(folder), "-o", str(out)]
            )
            openpyxl_s, _, _ = measured([sys.executable, "-c", OPENPYXL_LOOP, str(folder)])
            calamine_s, _, _ = measured([sys.executable, "-c", CALAMINE_LOOP, str(folder)])
            floor_s, _, _ = measured([sys.executable, "-c", READING_FLOOR, str(folder)])
            rates = [count / s for s in (rollup_s, openpyxl_s, calamine_s, floor_s)]
            print(
                f"{count:>6} | {rates[0]:>11.0f} | {rates[1]:>13.0f} | {rates[2]:>13.0f} | "
                f"{rates[0] / rates[1]:>10.2f}x | {rates[0] / rates[2]:>10.2f}x | "
                f"{rollup_mb:>7.0f} | {rates[3]:>10.0f} | {rates[3] / rates[1]:>16.2f}x"
            )
    print(f"(peak MB: the largest process of the roll-up; {resource.getpagesize()} B pages)")
    print("(floor: vetting and reading alone, one worker per core; no roll-up can beat it)")


if __name__ == "__main__":
    main()
