"""Values typed cleanly, remembered across the workbooks one process reads: a roll-up reads
thousands, which share their statuses, ratings, periods and dates. (sheet, header) -> value ->
typed value; typed values are immutable, so sharing them is safe. Tests clear it, so that each
reads the typing path itself."""

from __future__ import annotations

from typing import Any

# values typed cleanly, kept across the workbooks one process reads (a roll-up reads thousands,
# which share their statuses, ratings, periods and dates): (sheet, header) -> value -> typed value
# (immutable)
KNOWN: dict[tuple[str, str], dict[Any, Any]] = {}


KNOWN_PER_COLUMN = 2048


KNOWN_TEXT = 64  # characters: a longer text (a cell's own prose) is not kept
