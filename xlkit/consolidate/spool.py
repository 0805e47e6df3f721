"""What the roll-up keeps of each cell while the others arrive, small: its figures packed as
numbers, its findings (the bulk: a message each) written to a temporary file and read back when
the workbook, the JSON or the summary asks. A province's ten thousand cells cost a few megabytes,
not a gigabyte.
"""

from __future__ import annotations

import io
import math
import pickle
import tempfile
import weakref
from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

Finding = tuple[str, str, str, str, str]  # severity, code, sheet, cell, message


class Figures(Mapping[str, float | None]):
    """A cell's figures by key, packed as 8-byte numbers in the order of KEYS (None as NaN)."""

    __slots__ = ("_keys", "_numbers")

    def __init__(self, keys: dict[str, int], values: Mapping[str, float | None]) -> None:
        self._keys = keys  # key -> position, one map for every cell
        numbers = (values.get(k) for k in keys)
        self._numbers = array("d", (math.nan if n is None else float(n) for n in numbers))

    def __getitem__(self, key: str) -> float | None:
        number = self._numbers[self._keys[key]]
        return None if math.isnan(number) else number

    def get(self, key: str, default: Any = None) -> Any:
        """Mapping's get in one call, not two: asked 60 times a cell by the sheets and totals."""
        at = self._keys.get(key)
        if at is None:
            return default
        number = self._numbers[at]
        return None if math.isnan(number) else number

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class Spool:
    """A temporary file of findings (unlinked at once: nothing is left behind, whatever stops the
    run)."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile()
        weakref.finalize(self, self._file.close)  # closed with the roll-up that holds it

    def keep(self, findings: Sequence[Finding]) -> Sequence[Finding]:
        if not findings:
            return []
        at = self._file.seek(0, io.SEEK_END)
        pickle.dump(list(findings), self._file)
        return Spooled(self, at, len(findings))

    def read(self, at: int) -> list[Finding]:
        self._file.seek(at)
        # unpickled from our own file, written just before: nothing from outside is ever loaded
        found: list[Finding] = pickle.load(self._file)
        return found


class Spooled(Sequence[Finding]):
    """One cell's findings, in the spool: read when asked."""

    __slots__ = ("_spool", "_at", "_count")

    def __init__(self, spool: Spool, at: int, count: int) -> None:
        self._spool, self._at, self._count = spool, at, count

    def _all(self) -> list[Finding]:
        return self._spool.read(self._at)

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._all())

    def __len__(self) -> int:
        return self._count
