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


def _sheet(dimension: bytes | None, *rows: list[bytes]) -> bytes:
    """A sheet part: its dimension, then each row's cells (their references)."""
    head = b"<worksheet>" + (b'<dimension ref="A1:%s"/>' % dimension if dimension else b"")
    body = b"".join(
        b'<row r="%d">' % n + b"".join(b'<c r="%s"><v>1</v></c>' % ref for ref in refs) + b"</row>"
        for n, refs in enumerate(rows, start=1)
    )
    return head + b"<sheetData>" + body + b"</sheetData></worksheet>"


WIDE_TOP = [b"A1", b"B1", b"Y1"], [b"A2", b"B2"], [b"A3", b"C3"]


@pytest.mark.parametrize(
    ("part", "reach"),
    [
        # in order, as written: the dimension and the last cell bound the rest (one search)
        (_sheet(b"Y3", *WIDE_TOP), (3, 25)),
        (_sheet(None, *WIDE_TOP), (3, 25)),  # no dimension: the top's cells
        # the dimension says less than the cells reach: each cell looked at
        (_sheet(b"C2", *WIDE_TOP), (3, 25)),
        (_sheet(b"C3", [b"A1"], [b"A2", b"AD2"], [b"B3"]), (3, 30)),  # wider, below the top
        (_sheet(b"C3", [b"A1"], [b"A9", b"A2"], [b"B3"]), (9, 3)),  # further down, out of order
        (_sheet(b"C3", [b"A1"], [b"A10", b"A2"], [b"B3"]), (10, 3)),  # and one digit longer
        (_sheet(b"C3", [b"A1"], [b"A03"], [b"B2"]), (3, 3)),  # a leading zero: 3, not 30
        (_sheet(b"ZZ99", [b"A1"], [b"B2"]), (99, 702)),  # it says more: as it says
    ],
)
def test_the_head_reaches_as_far_as_its_furthest_cell(part: bytes, reach: tuple[int, int]) -> None:
    # a bound met the first time: each cell looked at; met again: two searches
    assert _reach(part) == _reach(part) == reach


def test_a_row_further_down_than_its_cells_or_naming_a_column_is_looked_at() -> None:
    """A row no program writes: every cell counted, as in a sheet out of order."""
    part = _sheet(b"B2", [b"A1"], [b"B2"]).replace(b'<row r="2">', b'<row r="AB7000000">')
    assert _reach(part) == _reach(part) == (7_000_000, 28)  # the reference a far row names


def test_a_bound_met_again_is_searched_for(monkeypatch: pytest.MonkeyPatch) -> None:
    from xlkit.read import extent

    monkeypatch.setattr(extent, "_MET", set())
    monkeypatch.setattr(extent, "_COMPILED", {})
    part = _sheet(b"Y3", *WIDE_TOP)
    _reach(part)
    assert extent._COMPILED == {}
    _reach(part)
    assert list(extent._COMPILED) == [(b"Y", 3)]
    monkeypatch.setattr(extent, "_MOST_COMPILED", 1)
    _reach(_sheet(b"Y4", *WIDE_TOP, [b"A4"]))
    _reach(_sheet(b"Y4", *WIDE_TOP, [b"A4"]))
    assert list(extent._COMPILED) == [(b"Y", 3)]  # no more than the most kept
