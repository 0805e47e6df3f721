"""`xlkit … | head`: when what reads the output stops, xlkit stops with no line of its own (no
"internal error"), on the quick path as the full CLI (click) does."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import EXAMPLE

from xlkit.cli.guarded import CLOSED_PIPE_EXIT


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(EXAMPLE), "--format", "json"],
        ["check", str(EXAMPLE)],
        ["report", "2023-H1", str(EXAMPLE), "--ngay", "04/07/2023"],
        ["rules"],  # the full CLI (typer)
    ],
    ids=" ".join,
)
def test_a_reader_that_stops_stops_xlkit_quietly(args: list[str]) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "XLKIT_LANG"}
    read, write = os.pipe()
    os.close(read)  # the reader is gone before xlkit writes a byte
    with os.fdopen(write, "wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "xlkit", *args],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            timeout=120,
            check=False,
        )
    assert (done.returncode, done.stderr) == (CLOSED_PIPE_EXIT, "")


def test_a_full_disk_on_the_output_is_still_a_failure_said() -> None:
    with open(os.devnull, "w") as out, open("/dev/full", "w") as full:
        assert out  # /dev/null opened: the platform has /dev
        done = subprocess.run(
            [sys.executable, "-m", "xlkit", "check", str(EXAMPLE)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 2 and done.stderr.count("\n") == 1
