"""The CLI's progress bar (rich, on stderr): only where a person watches a terminal, only for
more than a handful of files; it leaves the screen as it found it (transient)."""

from __future__ import annotations

import sys
from collections.abc import Callable

HANDFUL = 5


class ProgressBar:
    """A progress bar on stderr (rich) when it is a terminal and there are more than a handful of
    files."""

    def __enter__(self) -> Callable[[int, int], None] | None:
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.task = None

        def advance(done: int, total: int) -> None:
            if total <= HANDFUL:
                return
            if self.task is None:
                self.bar.start()
                self.task = self.bar.add_task("xlkit rollup", total=total)
            self.bar.update(self.task, completed=done)

        return advance

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "bar"):
            self.bar.stop()
