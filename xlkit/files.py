"""Writing files the safe way: to a temporary file beside the target, then renamed into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class SameAsInput(ValueError):
    """An output path that names the input workbook."""


@contextmanager
def atomic_path(target: Path, *, protect: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Yield a temporary path; on success rename it to TARGET, on failure remove it."""
    target = Path(target)
    for path in protect:
        if target.exists() and path.exists() and os.path.samefile(target, path):
            raise SameAsInput(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; the user expects her usual mode
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: Path, text: str, *, protect: tuple[Path, ...] = (), encoding: str = "utf-8") -> None:
    with atomic_path(target, protect=protect) as temporary:
        temporary.write_text(text, encoding=encoding)
