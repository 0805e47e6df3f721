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

_TOP = 4096  # bytes of the head that hold its first rows: the header row, usually the widest


def column_number(letters: bytes) -> int:
    """b"A" -> 1, b"XFD" -> 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _column_order(letters: bytes) -> tuple[int, bytes]:
    return len(letters), letters  # B < Z < AA < AB: by length, then as spelt


Beyond = tuple[re.Pattern[bytes], re.Pattern[bytes]]
# the bounds met once, and the searches of those met again: compiling one costs 0.2 ms, what
# looking at a small sheet's every cell costs; a roll-up meets the same bounds again and again,
# a check of one workbook seldom
_MET: set[tuple[bytes, int]] = set()
_COMPILED: dict[tuple[bytes, int], Beyond] = {}
_MOST_COMPILED = 1024


def _beyond(letters: bytes, row: int) -> Beyond | None:
    """The searches for what lies beyond column LETTERS and row ROW, once the bound is met a
    second time; None before (or when a thousand are kept already)."""
    bound = (letters, row)
    found = _COMPILED.get(bound)
    if found is None and bound in _MET and len(_COMPILED) < _MOST_COMPILED:
        found = _COMPILED[bound] = _compiled(letters, row)
    _MET.add(bound)
    return found


def _compiled(letters: bytes, row: int) -> Beyond:
    """A cell beyond column LETTERS or row ROW; a row beyond ROW, or one naming a column (what
    no program writes). Beyond: written longer, or as long and greater (a leading zero makes a
    number longer)."""
    digits = b"%d" % row
    right = b"|".join([b"[A-Z]{%d,}" % (len(letters) + 1), *_greater(letters, b"A-Z")])
    down = b"|".join([b"[0-9]{%d,}" % (len(digits) + 1), *_greater(digits, b"0-9")])
    return (
        re.compile(rb'c r="(?:(?:%s)[0-9]|[A-Z]+(?:%s)")' % (right, down)),
        re.compile(rb'row r="(?:[A-Z]|(?:%s)")' % down),
    )


def _greater(spelt: bytes, span: bytes) -> list[bytes]:
    """Patterns of the strings as long as SPELT, of characters in SPAN, that sort after it: its
    first i characters, a greater one, then any."""
    last = span[-1]
    return [
        spelt[:i] + b"[%c-%c]" % (spelt[i] + 1, last) + b"[%s]{%d}" % (span, len(spelt) - i - 1)
        for i in range(len(spelt))
        if spelt[i] < last
    ]


class Extent:
    """The furthest row and column a sheet part's cells reach, chunk by chunk."""

    __slots__ = ("rows", "columns", "_first")

    def __init__(self) -> None:
        self.rows = self.columns = 0
        self._first = True

    def see(self, window: bytes) -> None:
        if self._first:  # the head: the header row, usually the widest, and the dimension
            self._first = False
            dimension = _DIMENSION.findall(window)
            for letters, digits in dimension:
                self._reach(letters, digits)
            if self._head(window, dimension):
                return
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

    def _head(self, window: bytes, dimension: list[tuple[bytes, bytes]]) -> bool:
        """The head's reach found in two searches, as a rule: its last cell and its DIMENSION
        (what Excel and LibreOffice write is right), or else the cells of its top, bound it
        when no cell goes further right or down and no row further down. False when one does,
        when there is no cell, or the bound is met for the first time: then each cell is looked
        at."""
        last = _CELL.match(window, max(window.rfind(b'c r="'), 0))
        if last is None:
            return False
        refs = [*(dimension or _CELL.findall(window, 0, _TOP)), last.groups()]
        letters = max(map(_FIRST, refs), key=_column_order)
        row = max(map(int, map(_SECOND, refs)))
        searches = _beyond(letters, row)
        if searches is None or searches[0].search(window) or searches[1].search(window):
            return False
        self._reach(letters, b"%d" % row)
        return True

    def _reach(self, letters: bytes, digits: bytes) -> None:
        self.rows = max(self.rows, int(digits))
        self.columns = max(self.columns, column_number(letters))

    @property
    def beyond_grid(self) -> bool:
        return self.rows > ROWS or self.columns > COLUMNS

    @property
    def too_big(self) -> bool:
        return self.rows * max(self.columns, 1) > MOST_CELLS
