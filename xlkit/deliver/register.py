"""The register of document numbers (sổ đăng ký văn bản): numbers run from 01 for each document
type within a committee term (HD 36-HD/VPTW, point 1.3) and are never reused.

Kept as a small JSON file beside xlkit.toml when its `[register]` table is there:

    [register]
    file = "so-van-ban.json"     # the default

A document made again (the same type and period) keeps the number it was given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.guard.files import lock_path, write_text

DEFAULT_FILE = "so-van-ban.json"
LOCK_WAIT = 30  # seconds another command may hold the register before this one gives up
MAX_NUMBER = 9999


# the register says it is xlkit's: any other file is never rewritten
MARK_KEY, MARK_VALUE = (
    "xlkit",
    "so-van-ban",
)


class NotARegister(ValueError):
    """The register's path holds a file that is not xlkit's register (the user's own)."""


class DamagedRegister(ValueError):
    """xlkit's register, but damaged where WHERE says: nothing is numbered from it until mended."""

    def __init__(self, path: str, where: str) -> None:
        super().__init__(path, where)
        self.path, self.where = path, where


class RegisterBusy(OSError):
    """Another xlkit held the register longer than a command waits for it."""


class NumberTaken(ValueError):
    """A number asked for (--so) that the register has given to another document."""

    def __init__(self, number: str, document: str) -> None:
        super().__init__(number, document)
        self.number, self.document = number, document


@dataclass(frozen=True)
class Register:
    path: Path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {MARK_KEY: MARK_VALUE}
        except (OSError, ValueError):
            raise NotARegister(str(self.path)) from None
        if not isinstance(data, dict) or data.get(MARK_KEY) != MARK_VALUE:
            raise NotARegister(str(self.path))
        for term, kinds in data.items():
            if term != MARK_KEY:
                _check_term(str(self.path), term, kinds)
        return data

    def documents(self, kind: str) -> list[str]:
        """The documents of KIND given a number, in every term (read only, no lock)."""
        data = self._read()
        return [
            str(entry["document"])
            for term, kinds in data.items()
            if term != MARK_KEY
            for entry in kinds.get(kind, [])
        ]

    def issue(
        self, *, term: str, kind: str, document: str, day: date, asked: str | None = None
    ) -> str:
        """The number of DOCUMENT (e.g. `2023-H1`) of KIND (BC, KH, CTr) in TERM, recorded; ASKED
        if free. Read, changed and written under a lock: two commands at once never give one
        number twice or lose one."""
        from filelock import FileLock, Timeout

        lock = FileLock(lock_path(self.path), timeout=LOCK_WAIT)
        try:
            with lock:
                return self._issue(term=term, kind=kind, document=document, day=day, asked=asked)
        except Timeout:
            raise RegisterBusy(str(self.path)) from None

    def _issue(self, *, term: str, kind: str, document: str, day: date, asked: str | None) -> str:
        data = self._read()
        issued: list[dict[str, Any]] = data.setdefault(term, {}).setdefault(kind, [])
        mine = next((entry for entry in issued if entry["document"] == document), None)
        if asked is not None:
            taken = next(
                (
                    entry
                    for entry in issued
                    if int(entry["number"]) == int(asked) and entry["document"] != document
                ),
                None,
            )
            if taken:
                raise NumberTaken(asked, taken["document"])
            number = int(asked)
        elif mine is not None:
            return f"{int(mine['number']):02d}"
        else:
            number = max((int(entry["number"]) for entry in issued), default=0) + 1
        if mine is not None:
            issued.remove(mine)
        issued.append({"number": number, "document": document, "day": day.isoformat()})
        issued.sort(key=lambda entry: int(entry["number"]))
        write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return f"{number:02d}"


def _check_term(path: str, term: str, kinds: Any) -> None:
    """DamagedRegister unless TERM's part of the register has the shape xlkit writes: document
    kinds, each a list of entries with a whole number, a document and a day."""
    if not isinstance(kinds, dict):
        raise DamagedRegister(path, term)
    for kind, issued in kinds.items():
        if not isinstance(issued, list):
            raise DamagedRegister(path, f"{term} › {kind}")
        for place, entry in enumerate(issued, 1):
            number = entry.get("number") if isinstance(entry, dict) else None
            if isinstance(number, str) and number.isascii() and number.isdecimal():
                number = int(number)  # as an earlier hand may have typed it: "03"
            if (
                not isinstance(entry, dict)
                or type(number) is not int
                or not 1 <= number <= MAX_NUMBER
                or not isinstance(entry.get("document"), str)
                or not isinstance(entry.get("day"), str)
            ):
                raise DamagedRegister(path, f"{term} › {kind} › {place}")
