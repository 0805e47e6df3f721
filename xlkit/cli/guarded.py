"""The library's failures as exit codes, for the commands typer runs and for `check`'s own
path alike (no typer here: `check` starts without it)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

from xlkit.cli import show
from xlkit.cli.voice import fail, line, state
from xlkit.messages import say


def exits(function: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's failures into exit codes: Problem -> one line, exit 2; HasErrors ->
    findings, exit 1."""

    @wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        # here, not at import: `xlkit --help` stays quick
        from xlkit.commands.shared import (
            HasErrors,
            Problem,
        )

        try:
            return function(*args, **kwargs)
        except Problem as exc:
            show.notices(exc.notices)
            fail(exc.key, exc.status, **exc.fields)
        except HasErrors as exc:
            lang = state["lang"]
            show.findings(exc.report, lang, sys.stderr)
            # a file that cannot be read is not rendered by --force: it is not offered
            key = "err.not-written-unreadable" if exc.report.unreadable else "err.not-written"
            line(say(key, lang, errors=len(exc.report.errors)))
            raise SystemExit(1) from None

    return run


# what the full CLI's click does when its reader closes the pipe, as Python's documentation
# advises: the quick path alike
CLOSED_PIPE_EXIT = 1


def _stdout_closed() -> bool:
    """Whether nothing reads xlkit's output any more: its pipe's far end is closed (poll says
    so; where poll is not, as on Windows, the failure is said as any other)."""
    try:
        import select

        closed = select.poll()
        closed.register(sys.stdout.fileno(), select.POLLOUT)
        return any(event & select.POLLERR for _, event in closed.poll(0))
    except (AttributeError, OSError, ValueError):
        return False


def last_net(run: Callable[[], Any]) -> Any:
    """RUN, with Ctrl-C as one line (exit 130) and an unexpected failure as one line (exit 2; a
    traceback with --debug): the full CLI's net and the quick path's alike."""
    try:
        return run()
    except KeyboardInterrupt:
        print(say("aborted", state["lang"]), file=sys.stderr)
        sys.exit(130)
    except Exception as exc:
        # what reads the output stopped (`| head`): nothing more to say, as a shell's tools do;
        # stdout pointed at nothing, so that the interpreter's last flush stays quiet (a socket's
        # broken pipe, mail's, is a failure as any other)
        if isinstance(exc, BrokenPipeError) and _stdout_closed():
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(CLOSED_PIPE_EXIT)
        if state.get("debug") or "--debug" in sys.argv:
            raise
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0]
        print(say("internal", state["lang"], detail=detail), file=sys.stderr)
        sys.exit(2)
