"""How far a sheet part's cells reach, read from its XML before calamine sees it."""

from __future__ import annotations

import pytest

from xlkit.read.extent import Extent

HEAD = b'<worksheet><dimension ref="A1:C3"/><sheetData>'


def _reach(*windows: bytes) -> tuple[int, int]:
    extent = Extent()
    for window in windows:
        extent.see(window)
    return extent.rows, extent.columns


@pytest.mark.parametrize("prefix", [b"", b"x:"])
def test_the_head_the_last_cell_and_a_far_one_with_or_without_a_prefix(prefix: bytes) -> None:
    c = b"<" + prefix + b'c r="'
    head = HEAD.replace(b"<dimension", b"<" + prefix + b"dimension")
    # the widest column in the head (AB), the last cell of the next window (row 90)
    first = head + c + b'A1"/>' + c + b'AB2"/>' + c + b'B3"/>'
    assert _reach(first) == (3, 28)
    assert _reach(first, c + b'A89"/>' + c + b'C90"/>') == (90, 28)
    # out of order in the head: the furthest row counts, not the last
    assert _reach(head + c + b'A7000"/>' + c + b'A2"/>') == (7000, 3)
    # three letters or seven digits anywhere in a later window
    assert _reach(first, c + b'ABC5"/>' + c + b'A6"/>') == (6, 731)
    assert _reach(first, c + b'A1000000"/>' + c + b'A6"/>') == (1_000_000, 28)


def test_the_dimension_alone_and_no_cells() -> None:
    assert _reach(b'<worksheet><dimension ref="A1:Z40"/><sheetData/>') == (40, 26)
    assert _reach(b"<worksheet><sheetData/>") == (0, 0)
