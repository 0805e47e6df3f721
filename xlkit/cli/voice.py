"""The CLI's voice: the language chosen for this run, and its one-line messages on stderr."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

from xlkit.messages import say

state: dict[str, Any] = {"lang": "vi"}


def line(text: str) -> None:
    print(text if text.startswith("xlkit:") else f"xlkit: {text}", file=sys.stderr)


def fail(key: str, status: int = 2, **args: Any) -> NoReturn:
    line(say(key, state["lang"], **args))
    # a plain exit: it passes through typer's handling as typer.Exit would, and needs no typer
    raise SystemExit(status)
