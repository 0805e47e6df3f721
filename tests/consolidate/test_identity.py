"""Which cell a row is: cells of one unit are distinct, a name under two committees is two cells,
a true resend is one; `--expect` as a clerk types it."""

from __future__ import annotations

import os
import shutil
from datetime import date as d
from pathlib import Path

from clirun import run
from conftest import MEMBERS

from xlkit.consolidate.run import roll_up
from xlkit.vocab.periods import Period

H1 = Period.parse("2023-H1")
UNIT = "Trường Mầm non Hoa Sen"


def cell(make_book, folder: Path, file: str, name: str, members: int, **info: str) -> Path:
    rows = [
        dict(MEMBERS[i % len(MEMBERS)], **{"Họ và tên": f"Người {name} {i}"})
        for i in range(members)
    ]
    meetings = [
        {"Ngày": d(2023, m, 10), "Loại": "Thường kỳ", "Có mặt": members} for m in range(1, 7)
    ]
    path = make_book({"Tên chi bộ": name, **info}, Đảng_viên=rows, Sinh_hoạt=meetings)
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(path, folder / file))


def test_the_cells_of_one_unit_are_three_cells(make_book, tmp_path: Path) -> None:
    folder = tmp_path / "thu"
    for file, name, members in (
        ("gv1.xlsx", "CHI BỘ GIÁO VIÊN 1", 22),
        ("gv2.xlsx", "CHI BỘ GIÁO VIÊN 2", 21),
        ("hc.xlsx", "CHI BỘ HÀNH CHÍNH", 23),
    ):
        cell(make_book, folder, file, name, members, **{"Đơn vị": UNIT})
    rolled = roll_up(H1, [folder], jobs=1)
    assert [(r.name, r.unit, r.values["members.total"]) for r in rolled.rows] == [
        ("Chi bộ Giáo viên 1", UNIT, 22.0),
        ("Chi bộ Giáo viên 2", UNIT, 21.0),
        ("Chi bộ Hành chính", UNIT, 23.0),
    ]
    assert rolled.duplicates == []
    assert rolled.totals["members.total"] == 66.0
    result = run("rollup", "2023-H1", str(folder))
    assert (result.returncode, result.stderr) == (0, "")


def test_one_name_under_two_committees_is_two_cells(make_book, tmp_path: Path) -> None:
    folder = tmp_path / "thu"
    cell(make_book, folder, "a.xlsx", "CHI BỘ 1", 4, **{"Đảng bộ cấp trên": "ĐẢNG BỘ XÃ AN PHÚ"})
    cell(make_book, folder, "b.xlsx", "Chi bộ 1", 5, **{"Đảng bộ cấp trên": "ĐẢNG BỘ XÃ BÌNH AN"})
    rolled = roll_up(H1, [folder], jobs=1)
    assert [(r.name, r.superior) for r in rolled.rows] == [
        ("Chi bộ 1", "ĐẢNG BỘ XÃ AN PHÚ"),
        ("Chi bộ 1", "ĐẢNG BỘ XÃ BÌNH AN"),
    ]
    assert rolled.totals["members.total"] == 9.0


def test_symbols_that_differ_are_two_cells_a_missing_one_is_no_evidence(
    make_book, tmp_path: Path
) -> None:
    folder = tmp_path / "thu"
    cell(make_book, folder, "a.xlsx", "CHI BỘ 1", 4, **{"Ký hiệu chi bộ": "CB1"})
    cell(make_book, folder, "b.xlsx", "CHI BỘ 1", 5, **{"Ký hiệu chi bộ": "CB2"})
    rolled = roll_up(H1, [folder], jobs=1)
    assert (len(rolled.rows), rolled.totals["members.total"]) == (2, 9.0)
    other = tmp_path / "khac"
    old = cell(make_book, other, "a.xlsx", "CHI BỘ 1", 4, **{"Ký hiệu chi bộ": "CB1"})
    cell(make_book, other, "b.xlsx", "chi bộ 1", 5, **{"Ký hiệu chi bộ": ""})
    os.utime(old, (1_600_000_000, 1_600_000_000))
    rolled = roll_up(H1, [other], jobs=1)
    assert [r.values["members.total"] for r in rolled.rows] == [5.0]


def test_a_true_resend_is_one_cell_the_newer_counts(make_book, tmp_path: Path) -> None:
    folder = tmp_path / "thu"
    old = cell(make_book, folder, "gv1-cu.xlsx", "CHI BỘ GIÁO VIÊN 1", 20, **{"Đơn vị": UNIT})
    new = cell(make_book, folder, "gv1-moi.xlsx", "Chi bộ Giáo viên 1", 22, **{"Đơn vị": UNIT})
    cell(make_book, folder, "gv2.xlsx", "CHI BỘ GIÁO VIÊN 2", 21, **{"Đơn vị": UNIT})
    os.utime(old, (1_600_000_000, 1_600_000_000))
    rolled = roll_up(H1, [folder], jobs=1)
    assert [(r.name, r.values["members.total"]) for r in rolled.rows] == [
        ("Chi bộ Giáo viên 1", 22.0),
        ("Chi bộ Giáo viên 2", 21.0),
    ]
    assert [(x.kept, x.dropped) for x in rolled.duplicates] == [(str(new), str(old))]


def test_expect_matches_what_a_clerk_types(make_book, tmp_path: Path) -> None:
    folder = tmp_path / "thu"
    cell(make_book, folder, "sp.xlsx", "CHI BỘ TRƯỜNG MẦM NON SƠN PHÚ", 3)
    cell(make_book, folder, "gv2.xlsx", "CHI BỘ GIÁO VIÊN 2", 4, **{"Đơn vị": UNIT})
    cell(make_book, folder, "hc.xlsx", "Chi bộ Hành chính", 5, **{"Đơn vị": "UBND xã"})
    cell(make_book, folder, "la.xlsx", "CHI BỘ LẠ", 2)
    expect = tmp_path / "ds.txt"
    expect.write_text(
        "# các chi bộ\nTrường Mầm non Sơn Phú\ngiáo viên 2\nCHI BỘ HÀNH CHÍNH\n"
        "TRUONG MAM NON\nChi bộ Tiểu học Bình An\n",
        encoding="utf-8",
    )
    typed = [
        "Trường Mầm non Sơn Phú", "giao vien 2", "CHI BỘ HÀNH CHÍNH", "Chi bộ Tiểu học Bình An",
        "hanh chinh", "Chi bộ Giáo viên 1",
    ]  # fmt: skip
    rolled = roll_up(H1, [folder], jobs=1, expected=typed)
    assert [(r.name, r.status == "missing") for r in rolled.rows] == [
        ("Chi bộ Giáo viên 2", False),
        ("Chi bộ Hành chính", False),
        ("Chi bộ Lạ", False),
        ("Chi bộ Trường Mầm non Sơn Phú", False),
        ("Chi bộ Tiểu học Bình An", True),
        ("Chi bộ Giáo viên 1", True),  # marks typed are marks meant: not "giao vien 2"
    ]
    assert [r.name for r in rolled.unexpected] == ["Chi bộ Lạ"]
    result = run("rollup", "2023-H1", str(folder), "--expect", str(expect))
    assert result.stderr.splitlines() == [
        f"xlkit: Chi bộ Lạ ({folder / 'la.xlsx'}) đã gửi nhưng không có trong danh sách --expect"
    ]
    # "TRUONG MAM NON" (no marks) is no cell's name: expected, and not sent
    assert "TRUONG MAM NON" in result.stdout
