"""Soak: check thousands of randomly damaged workbooks in one process; memory must stay flat.

Each workbook is the example with its XML damaged at random (a cell's value or text replaced by
junk, a row duplicated, a part truncated). Prints the rate, findings per workbook, and the
process's peak memory every 1,000 workbooks: a leak shows as a peak that keeps climbing.

Run: python bench/soak.py [--count 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "workbooks" / "vi-du-2023.xlsx"
JUNK = [
    "",
    "abc",
    "=1/0",
    "31/02/1985",
    "6/20/2003",
    "Tr\xadêng",
    "1.250",
    "98%",
    "-5",
    "9" * 30,
    "&amp;",
    "Nguyễn  Văn A ",
]


def damaged(parts: dict[str, bytes], rng: random.Random) -> dict[str, bytes]:
    out = dict(parts)
    sheets = [n for n in parts if n.startswith("xl/worksheets/sheet")]
    name = rng.choice(sheets + ["xl/sharedStrings.xml"])
    data = out[name].decode("utf-8")
    action = rng.random()
    if action < 0.45:
        values = list(re.finditer(r"<v>[^<]*</v>|<t[^>]*>[^<]*</t>", data))
        if values:
            hit = rng.choice(values)
            junk = rng.choice(JUNK).replace("&", "&amp;").replace("<", "&lt;")
            tag = "v" if hit.group().startswith("<v>") else "t"
            inner = (
                junk
                if tag == "t" or re.fullmatch(r"-?\d+(\.\d+)?", junk)
                else str(rng.randint(-10, 50000))
            )
            data = data[: hit.start()] + f"<{tag}>{inner}</{tag}>" + data[hit.end() :]
    elif action < 0.75:
        rows = list(re.finditer(r"<row [^>]*>.*?</row>", data, re.S))
        if rows:
            row = rng.choice(rows)
            data = (
                data[: row.end()] + row.group() + data[row.end() :]
            )  # a row twice (the same r=): readers must cope
    else:
        data = data[: rng.randint(0, len(data))]
    out[name] = data.encode("utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    from xlkit.checks import check_path

    rng = random.Random(args.seed)
    with zipfile.ZipFile(EXAMPLE) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    findings = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "so.xlsx"
        for n in range(1, args.count + 1):
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
                for name, data in damaged(parts, rng).items():
                    out.writestr(name, data)
            findings += len(check_path(path).findings)
            if n % 1000 == 0:
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                rate = n / (time.monotonic() - started)
                print(
                    f"{n:>6} workbooks  {rate:6.1f}/s  {findings / n:5.1f} findings each  peak "
                    f"{peak:6.1f} MB",
                    flush=True,
                )


if __name__ == "__main__":
    main()
