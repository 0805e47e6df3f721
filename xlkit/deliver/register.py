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

from xlkit.guard.files import write_text

DEFAULT_FILE = "so-van-ban.json"


# the register says it is xlkit's: any other file is never rewritten
MARK_KEY, MARK_VALUE = (
    "xlkit",
    "so-van-ban",
)


class NotARegister(ValueError):
    """The register's path holds a file that is not xlkit's register (the user's own)."""


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
        return data

    def issue(
        self, *, term: str, kind: str, document: str, day: date, asked: str | None = None
    ) -> str:
        """The number of DOCUMENT (e.g. `2023-H1`) of KIND (BC, KH, CTr) in TERM, recorded; ASKED
        if free."""
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
