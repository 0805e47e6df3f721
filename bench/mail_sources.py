"""How the roll-up reads e-mails: the cost of one message as its attachments grow, and the peak
memory of one large message against its size, measured in the same run.

Targets (issue "Nothing lost, nothing crashes …"): a message of 80 workbooks costs at most 4
times one of 20 (each attachment re-parsed the message: 13.0 s against 1.3 s, 10 times; now 1.8
to 2.7 times); a message of 200 MB whose workbook sits beside a video peaks below its own size
(it peaked at 1.77 GB, 9 times, in 15 s: every attachment decoded, the whole message read twice;
now 34 MB in 1 s: the video's lines are passed over as they stream by).

Run: python bench/mail_sources.py [--big-mb 200]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

from rollup import measured

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "vi-du-2023.xlsx"


def message(path: Path, workbooks: int, extra_mb: int = 0) -> Path:
    book = EXAMPLE.read_bytes()
    out = EmailMessage()
    out["Subject"] = "Báo cáo"
    out.set_content("Kính gửi.")
    for i in range(workbooks):
        out.add_attachment(
            book, maintype="application", subtype="octet-stream", filename=f"so-{i}.xlsx"
        )
    if extra_mb:
        out.add_attachment(
            os.urandom(extra_mb << 20), maintype="video", subtype="mp4", filename="hop.mp4"
        )
    path.write_bytes(out.as_bytes())
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big-mb", type=int, default=150)
    args = parser.parse_args()
    xlkit = [sys.executable, "-m", "xlkit", "rollup", "2023-H1", "--jobs", "1"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small, large = message(folder / "m20.eml", 20), message(folder / "m80.eml", 80)
        (s20, _, _), (s80, _, _) = measured([*xlkit, str(small)]), measured([*xlkit, str(large)])
        print(f"20 workbooks {s20:.2f} s | 80 workbooks {s80:.2f} s | ratio {s80 / s20:.1f}")
        big = message(folder / "big.eml", 1, args.big_mb)
        seconds, mb, _ = measured([*xlkit, str(big)])
        size = big.stat().st_size / (1 << 20)
        print(f"message {size:.0f} MB | {seconds:.2f} s | peak {mb:.0f} MB | ratio {mb / size:.1f}")


if __name__ == "__main__":
    main()
