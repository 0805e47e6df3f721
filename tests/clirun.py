"""Run the CLI in-process (typer's CliRunner): an exception fails the test with its traceback."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from xlkit.cli.main import app


@contextlib.contextmanager
def working_in(folder: Path) -> Iterator[None]:
    """contextlib.chdir, which Python 3.10 (declared) does not have."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run(
    *args: str, cwd: Path | None = None, env: dict | None = None, input: str | None = None
) -> Ran:
    """xlkit ARGS as the user types them, in this process."""
    environment: dict[str, str | None] = {
        "XLKIT_LANG": None,
        "NO_COLOR": "1",
        "COLUMNS": "200",
        **(env or {}),
    }
    with working_in(cwd or Path.cwd()):
        result = CliRunner().invoke(
            app, list(args), env=environment, catch_exceptions=False, input=input
        )
    return Ran(result.exit_code, result.stdout, result.stderr)


def run_process(
    *args: str, cwd: Path | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    """xlkit ARGS as a real process, where the process itself is the point."""
    environment = {k: v for k, v in os.environ.items() if k != "XLKIT_LANG"}
    environment.update({"NO_COLOR": "1", "COLUMNS": "200", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "xlkit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=120,
    )
