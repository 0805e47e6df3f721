"""How far a sheet's cells reach, found while its XML is vetted, before calamine sees it.

calamine holds a sheet as one rectangle from its first cell to its last: a cell at XFD1048576
asks for seventeen billion cells (the process aborts), one beyond the grid makes it panic, and a
member typed on row 1,048,576 costs the whole rectangle. Cells come in order, so the last one of
each chunk says how far the sheet has gone, and the head (its header row, its dimension) how
wide; refs only a hostile or broken file writes (three
letters, seven digits) are looked for over the whole part, which costs a fraction of the reading.
"""

from __future__ import annotations

import re
from operator import itemgetter

ROWS, COLUMNS = 1_048_576, 16_384  # Excel's grid
# the most cells (rows x columns) of one sheet xlkit reads: ~36 bytes each in calamine, so a
# check stays under 300 MB; a 200,000-member list 30 columns wide is 6 million
MOST_CELLS = 7_000_000

# no leading `<(?:\w+:)?` (a prefix, `<x:c`) nor \b: a pattern opening with a literal is searched
# for at C speed, three times faster over a sheet's cells
_CELL = re.compile(rb'c r="([A-Z]{1,3})([0-9]{1,9})"')
_DIMENSION = re.compile(rb'dimension ref="[A-Z]+[0-9]+:([A-Z]{1,3})([0-9]{1,9})"')
_FAR = re.compile(rb'r="(?:([A-Z]{3,})([0-9]+)|([A-Z]{1,2})([0-9]{7,}))"')

_FIRST, _SECOND = itemgetter(0), itemgetter(1)  # C-level, over every cell of the head


def column_number(letters: bytes) -> int:
    """b"A" -> 1, b"XFD" -> 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


class Extent:
    """The furthest row and column a sheet part's cells reach, chunk by chunk."""

    __slots__ = ("rows", "columns", "_first")

    def __init__(self) -> None:
        self.rows = self.columns = 0
        self._first = True

    def see(self, window: bytes) -> None:
        if self._first:  # the head: the header row, usually the widest, and the dimension
            self._first = False
            for letters, digits in _DIMENSION.findall(window):
                self._reach(letters, digits)
            refs = _CELL.findall(window)
            if refs:  # each distinct column and row once, not each cell: a tenth of the work
                self.columns = max(self.columns, *map(column_number, set(map(_FIRST, refs))))
                self.rows = max(self.rows, *map(int, set(map(_SECOND, refs))))
        at = window.rfind(b'c r="')
        if at >= 0:
            found = _CELL.match(window, at)
            if found:
                self._reach(found.group(1), found.group(2))
        for far in _FAR.finditer(window):
            if far.group(1):
                self._reach(far.group(1), far.group(2))
            else:
                self._reach(far.group(3), far.group(4))

    def _reach(self, letters: bytes, digits: bytes) -> None:
        self.rows = max(self.rows, int(digits))
        self.columns = max(self.columns, column_number(letters))

    @property
    def beyond_grid(self) -> bool:
        return self.rows > ROWS or self.columns > COLUMNS

    @property
    def too_big(self) -> bool:
        return self.rows * max(self.columns, 1) > MOST_CELLS
