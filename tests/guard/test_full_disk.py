"""A disk that fills while xlkit writes: one clear line naming what she asked for, exit 2, nothing
left behind, her files untouched, and no 'Exception ignored' from a half-written zip after it.

The disk is filled for real, by the kernel: the process may write no file larger than a few
kilobytes (RLIMIT_FSIZE), so every writer meets the system's own refusal (EFBIG) mid-way, as it
would meet ENOSPC.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from builders import EXAMPLE

LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (8000, 8000))
sys.argv = ["xlkit", *sys.argv[1:]]
from xlkit.cli.main import main
main()
"""


@pytest.mark.parametrize(
    "args, written",
    [
        (["rollup", "2023-H1", "den", "-o", "tong-hop.xlsx"], "tong-hop.xlsx"),
        (["fix", "so.xlsx", "-o", "so-sua.xlsx"], "so-sua.xlsx"),
        (["check", "--annotate", "so.xlsx", "-o", "so-kt.xlsx"], "so-kt.xlsx"),
        (["report", "2023-H1", "so.xlsx", "-o", "bc.docx", "--ngay", "04/07/2023"], "bc.docx"),
        (["pack", "2023-H1", "so.xlsx", "-o", "goi", "--ngay", "04/07/2023"], "goi"),
    ],
    ids=["rollup", "fix", "annotate", "report", "pack"],
)
def test_a_full_disk_is_one_line(tmp_path: Path, args: list[str], written: str) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "den").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "den" / "so.xlsx")
    before = hashlib.sha256((tmp_path / "so.xlsx").read_bytes()).hexdigest()
    # untraced: coverage's own data file would meet the limit first (pytest-cov's COV_CORE_*)
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE", "COVERAGE"))
    }
    environment.update({"NO_COLOR": "1", "XLKIT_STATE_DIR": str(tmp_path / "state")})
    environment.pop("XLKIT_LANG", None)
    result = subprocess.run(
        [sys.executable, "-c", LIMITED, *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines()[-1:] == [
        f"xlkit: Không ghi được {written}: tệp vượt giới hạn kích thước cho phép"
    ]
    assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr
    assert (
        sorted(p.name for p in tmp_path.iterdir())
        == ["den", "so.xlsx", "state"][: 3 if (tmp_path / "state").exists() else 2]
    )
    assert hashlib.sha256((tmp_path / "so.xlsx").read_bytes()).hexdigest() == before
