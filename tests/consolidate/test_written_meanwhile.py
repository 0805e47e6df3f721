"""The consolidated workbook written while the cells are assessed is the workbook written after
the roll-up, cell for cell and style for style: when every cell arrives once, when a later copy
replaces one already written (written again, whole), with the cells expected and missing, a
year's ratings or none; and what the roll-up writes meanwhile is never one of its sources, nor
left behind when it stops."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from builders import EXAMPLE, SEED_004
from openpyxl.xml.functions import tostring

from xlkit.commands.rollup import rollup
from xlkit.commands.shared import Problem
from xlkit.consolidate import table
from xlkit.consolidate.run import roll_up
from xlkit.vocab.periods import Period

NOW = datetime(2024, 1, 10, 9, 0).astimezone()
STYLES = ("font", "fill", "border", "alignment", "number_format", "protection")


def _style(cell: Any, name: str) -> Any:
    value = getattr(cell, name)
    return tostring(value.to_tree()) if hasattr(value, "to_tree") else value


def contents(path: Path) -> dict[str, Any]:
    """Every sheet's cells (value and style), merged ranges, widths, heights, filters and print
    areas: what a clerk sees and prints (xlsxwriter numbers styles as first used)."""
    book = openpyxl.load_workbook(path)
    return {
        sheet.title: (
            [
                [(c.coordinate, c.value, *(_style(c, s) for s in STYLES)) for c in row]
                for row in sheet.iter_rows()
            ],
            sorted(str(r) for r in sheet.merged_cells.ranges),
            [(k, v.width, v.hidden) for k, v in sheet.column_dimensions.items()],
            [(k, v.height, v.hidden) for k, v in sheet.row_dimensions.items()],
            (sheet.freeze_panes, sheet.auto_filter.ref, sheet.print_area, len(sheet._charts)),
        )
        for sheet in book.worksheets
    }


@pytest.fixture
def starts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times a workbook was begun: once, or twice when written again whole."""
    begun: list[int] = []
    start = table.Consolidated._start

    def counted(self: table.Consolidated) -> None:
        begun.append(1)
        start(self)

    monkeypatch.setattr(table.Consolidated, "_start", counted)
    return begun


def both_ways(period: Period, sources: list[Path], out: Path, **options: Any) -> Any:
    """The roll-up with its workbook written meanwhile (the command), and the same roll-up's
    workbook written after it."""
    result = rollup(period, sources, output=out / "meanwhile.xlsx", now=NOW, jobs=1, **options)
    table.write_rollup(result.rolled, out / "after.xlsx", made=NOW)
    assert contents(out / "meanwhile.xlsx") == contents(out / "after.xlsx")
    return result.rolled


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "thu-den"
    inbox.mkdir()
    shutil.copy(EXAMPLE, inbox / "a.xlsx")
    shutil.copy(SEED_004, inbox / "b.xlsx")
    (inbox / "c.xlsx").write_bytes(b"broken")
    return inbox


@pytest.mark.parametrize("period", ["2023-H1", "2023"])
def test_each_cell_once(folder: Path, tmp_path: Path, period: str, starts: list[int]) -> None:
    rolled = both_ways(Period.parse(period), [folder], tmp_path)
    assert len(rolled.rows) == 3 and not rolled.duplicates
    assert len(starts) == 1 + 1  # the command's, as the cells came; then write_rollup's
    sheets = openpyxl.load_workbook(tmp_path / "meanwhile.xlsx").sheetnames
    assert ("Xếp loại đảng viên" in sheets) is (period == "2023")


@pytest.mark.parametrize("older", ["0-a-cu.xlsx", "z-a-cu.xlsx"])
def test_a_later_copy_replaces_or_is_named_in_one_written(
    folder: Path, tmp_path: Path, starts: list[int], older: str
) -> None:
    """The older copy first (its name sorts first): written, then replaced in its place; the
    newer first: written, its note then naming the older one, itself written as it came.
    Either way, written again."""
    shutil.copy(folder / "a.xlsx", folder / older)
    os.utime(folder / older, (1_600_000_000, 1_600_000_000))
    rolled = both_ways(Period.parse("2023-H1"), [folder], tmp_path)
    assert [(x.kept, x.dropped) for x in rolled.duplicates] == [
        (str(folder / "a.xlsx"), str(folder / older))
    ]
    assert [r.note for r in rolled.rows if r.origin.endswith("a.xlsx")] == [
        f"thay bản {folder / older}"
    ]
    assert len(starts) == 2 + 1  # begun again, whole; then write_rollup's, once


def test_cells_expected_and_missing_come_last(
    folder: Path, tmp_path: Path, starts: list[int]
) -> None:
    expect = tmp_path / "ds.txt"
    expect.write_text("Trường Mầm non Hoa Sen\nChi bộ Tiểu học Bình An\n", encoding="utf-8")
    rolled = both_ways(Period.parse("2023-H1"), [folder], tmp_path, expect=expect)
    assert [r.name for r in rolled.rows][-1] == "Chi bộ Tiểu học Bình An"
    assert len(starts) == 1 + 1  # added at the end, after the cells written


def test_a_cell_twice_and_cells_missing(folder: Path, tmp_path: Path, starts: list[int]) -> None:
    """A copy dropped, the expected and missing added: as many rows as were written, not the
    same ones."""
    shutil.copy(folder / "a.xlsx", folder / "z-a-cu.xlsx")
    os.utime(folder / "z-a-cu.xlsx", (1_600_000_000, 1_600_000_000))
    expect = tmp_path / "ds.txt"
    expect.write_text("Chi bộ Tiểu học Bình An\n", encoding="utf-8")
    rolled = both_ways(Period.parse("2023-H1"), [folder], tmp_path, expect=expect)
    assert [r.origin for r in rolled.rows][-1] == "" and len(rolled.rows) == 4
    assert len(starts) == 2 + 1


def test_a_year_with_no_ratings_to_list(tmp_path: Path, starts: list[int]) -> None:
    inbox = tmp_path / "hong"
    inbox.mkdir()
    (inbox / "c.xlsx").write_bytes(b"broken")
    both_ways(Period.parse("2023"), [inbox], tmp_path)
    assert len(starts) == 2 + 1  # begun with a sheet of ratings, none came: again, without
    assert (
        "Xếp loại đảng viên" not in openpyxl.load_workbook(tmp_path / "meanwhile.xlsx").sheetnames
    )


def test_nothing_at_all(tmp_path: Path) -> None:
    inbox = tmp_path / "trong"
    inbox.mkdir()
    rolled = both_ways(Period.parse("2023-H1"), [inbox], tmp_path)
    assert rolled.rows == []


def test_written_in_the_folder_it_reads(folder: Path) -> None:
    """The file being written sits beside the sources: never read as one of them."""
    before = sorted(p.name for p in folder.iterdir())
    result = rollup(Period.parse("2023-H1"), [folder], output=folder / "tong-hop.xlsx", now=NOW)
    assert [r.origin for r in result.rolled.rows] == [str(folder / n) for n in before]
    assert sorted(p.name for p in folder.iterdir()) == sorted([*before, "tong-hop.xlsx"])
    again = rollup(
        Period.parse("2023-H1"), [folder], output=folder / "tong-hop.xlsx", now=NOW, force=True
    )
    assert [r.origin for r in again.rolled.rows] == [str(folder / n) for n in before]


def test_stopped_halfway_leaves_nothing(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk at the second cell: one line naming her file; no file, no temporary one."""
    written = table.Consolidated._write

    def second_fails(self: table.Consolidated, row: Any) -> None:
        if self._next[table.FIGURES] > table.FIRST_ROW:
            raise OSError(28, "No space left on device")
        written(self, row)

    monkeypatch.setattr(table.Consolidated, "_write", second_fails)
    out = tmp_path / "ra"
    out.mkdir()
    with pytest.raises(Problem) as raised:
        rollup(Period.parse("2023-H1"), [folder], output=out / "tong-hop.xlsx", now=NOW, jobs=1)
    assert (raised.value.key, raised.value.fields["path"]) == (
        "err.cannot-write",
        out / "tong-hop.xlsx",
    )
    assert list(out.iterdir()) == []


def test_the_roll_up_alone_hands_each_row_in_order(folder: Path) -> None:
    seen: list[str] = []
    rolled = roll_up(
        Period.parse("2023-H1"), [folder], jobs=2, sink=lambda r: seen.append(r.origin)
    )
    assert seen == [r.origin for r in rolled.rows] == [str(p) for p in sorted(folder.iterdir())]
