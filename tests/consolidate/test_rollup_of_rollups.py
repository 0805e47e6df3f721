"""A roll-up read one level up is checked as a workbook is: made for the period asked, its columns
there, each cell's figures numbers a cell can have that agree with each other."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from builders import EXAMPLE, rezipped
from clirun import run

from xlkit.consolidate.headers import label
from xlkit.consolidate.rows import FIGURE_KEYS
from xlkit.consolidate.run import roll_up
from xlkit.consolidate.table import write_rollup
from xlkit.guard.files import xlkit_role
from xlkit.vocab.periods import Period

H1 = Period.parse("2023-H1")


@pytest.fixture
def lower(tmp_path: Path) -> Path:
    """A commune's roll-up of one cell (the example: 18 members, 17 official, 1 probationary)."""
    inbox = tmp_path / "xa"
    inbox.mkdir()
    shutil.copy(EXAMPLE, inbox / "vi-du-2023.xlsx")
    path = tmp_path / "tong-hop-xa.xlsx"
    write_rollup(roll_up(H1, [inbox], jobs=1), path, made=datetime(2023, 7, 10, 9, 0))
    return path


def edited(path: Path, key: str, value: object) -> Path:
    """PATH with the first cell's figure KEY set to VALUE, as a clerk would in Excel (in `Chỉ
    số`, whose hidden first row holds the keys; the first cell is on row 3)."""
    book = openpyxl.load_workbook(path)
    sheet = book["Chỉ số"]
    (column,) = [c.column for c in sheet[1] if c.value == key]
    sheet.cell(3, column).value = value
    book.save(path)
    assert xlkit_role(path) == "rollup"  # still read as a roll-up
    return path


def rows(path: Path, period: Period = H1) -> list[tuple[str, str, str]]:
    return [(r.name, r.status, r.note) for r in roll_up(period, [path], jobs=1).rows]


def test_an_untouched_roll_up_adds_up(lower: Path) -> None:
    assert rows(lower) == [("Chi bộ Trường Mầm non Hoa Sen", "ok", "")]


@pytest.mark.parametrize(
    "key, value, detail",
    [
        ("members.total", 1800, "≠ 17 + 1"),
        ("members.women", 19, "> 18"),
        ("members.total", 18.5, "có phần lẻ"),
        ("members.total", -18, "< 0"),
        ("members.total", "mười tám", "không phải là số"),
        ("fees.collected", 1e20, "> 1e+13"),
        ("members.official", 1e308, "> 1e+06"),
        ("meetings.attendance_pct", 180, "> 100"),
        ("targets.reached", 12, "> 8"),
    ],
)
def test_a_cells_figures_edited_by_hand_are_an_error(
    lower: Path, key: str, value: object, detail: str
) -> None:
    (row,) = roll_up(H1, [edited(lower, key, value)], jobs=1).rows
    assert (row.status, [f[:2] for f in row.findings]) == (
        "errors",
        [("note", "badge-due"), ("error", "rollup-row-disagrees")],  # the cell's own note kept
    ), row.findings
    shown = f"{value:g}" if isinstance(value, (int, float)) else value
    assert row.findings[-1][4].endswith(f": {label(key)} = {shown} {detail}")
    assert not row.counted


def test_a_sum_that_overflows_is_never_written(lower: Path, tmp_path: Path) -> None:
    edited(lower, "members.official", 1e308)
    result = run("rollup", "2023-H1", str(lower), str(lower), "-o", str(tmp_path / "tinh.xlsx"))
    assert result.returncode == 1 and (tmp_path / "tinh.xlsx").exists(), result.stderr


def test_a_roll_up_of_another_period_is_not_counted(lower: Path) -> None:
    assert rows(lower, Period.parse("2024-H1")) == [("", "other-period", "2023-H1")]
    assert rows(lower, Period.parse("2023")) == [("", "other-period", "2023-H1")]


def test_a_roll_up_that_does_not_say_its_period_is_not_counted(lower: Path) -> None:
    book = openpyxl.load_workbook(lower)
    del book["Thông tin"]
    book.save(lower)
    assert rows(lower) == [("", "other-period", "không ghi kỳ tổng hợp")]


def test_a_roll_up_missing_a_column_is_a_row(lower: Path) -> None:
    book = openpyxl.load_workbook(lower)
    book["Chỉ số"].delete_cols(5)  # Nguồn
    book.save(lower)
    assert rows(lower) == [("", "unreadable", "thiếu cột 'Nguồn'")]
    result = run("rollup", "2023-H1", str(lower))
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_a_roll_up_reaching_the_grids_corner_is_a_row_not_a_dead_worker(
    lower: Path, tmp_path: Path
) -> None:
    """A cell at XFD1048576 made calamine abort the worker (BrokenProcessPool): it is refused
    before calamine sees it, in the worker as in the main process."""
    stray = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    corner = rezipped(
        tmp_path / "goc.xlsx",
        lambda n, d: d.replace(b"</sheetData>", stray) if n == "xl/worksheets/sheet1.xml" else d,
        lower,
    )
    for jobs in (1, 2):
        rows = roll_up(H1, [corner, lower], jobs=jobs).rows
        assert [(Path(r.origin.split(" › ")[0]).name, r.status) for r in rows] == [
            ("goc.xlsx", "unreadable"),
            ("tong-hop-xa.xlsx", "ok"),
        ]


def _letter(path: Path, key: str) -> str:
    book = openpyxl.load_workbook(path)
    return next(c.column_letter for c in book["Chỉ số"][1] if c.value == key)


@pytest.mark.parametrize(
    "key, value, detail",
    [
        ("members.age.under_31", 19, "> 18"),  # a breakdown summed above the whole
        ("members.education.dai_hoc", 19, "> 18"),
        ("meetings.attendance_pct", 100.5, "> 100"),
        ("fees.collected", 1e13 + 1, "> 1e+13"),
    ],
)
def test_the_finding_stands_at_the_cell_just_past_each_bound(
    lower: Path, key: str, value: float, detail: str
) -> None:
    (row,) = roll_up(H1, [edited(lower, key, value)], jobs=1).rows
    (wrong,) = [f for f in row.findings if f[1] == "rollup-row-disagrees"]
    breakdown = key.rsplit(".", 1)[0] + "."
    first = (
        next(  # a breakdown's finding stands on its first column
            k for k in row.values if k.startswith(breakdown)
        )
        if key.startswith(("members.age.", "members.education."))
        else key
    )
    assert wrong[2:4] == ("Chỉ số", f"{_letter(lower, first)}3")
    assert wrong[4].endswith(f" {detail}"), wrong


@pytest.mark.parametrize("key, value", [("meetings.attendance_pct", 100), ("fees.collected", 1e13)])
def test_a_figure_at_its_bound_is_added(lower: Path, key: str, value: float) -> None:
    (row,) = roll_up(H1, [edited(lower, key, value)], jobs=1).rows
    assert row.status == "ok" and row.values[key] == value


def test_a_cell_of_no_members_with_its_parts_blank_is_added(lower: Path) -> None:
    for key in ("members.total", "members.official", "members.probationary"):
        edited(lower, key, 0)
    for key in ("members.women", "members.badge_due", "fees.members_paid_full"):
        edited(lower, key, None)
    for key in [k for k in FIGURE_KEYS if k.startswith(("members.age.", "members.education."))]:
        edited(lower, key, None)
    for key in [
        k
        for k in FIGURE_KEYS
        if k.startswith(
            ("members.theory.", "members.ethnic", "members.religious", "members.exempt", "ratings.")
        )
    ]:
        edited(lower, key, None)
    (row,) = roll_up(H1, [lower], jobs=1).rows
    assert (row.status, row.values["members.total"]) == ("ok", 0.0), row.findings


def test_a_roll_up_whose_hidden_keys_were_wiped_is_a_row(lower: Path) -> None:
    """The keys of `Chỉ số` cleared (a clerk's "clear row"): no figure is guessed from a header."""
    book = openpyxl.load_workbook(lower)
    for cell in book["Chỉ số"][1]:
        cell.value = None
    book.save(lower)
    assert rows(lower) == [("", "unreadable", "thiếu cột 'Chi bộ'")]


def test_a_key_row_naming_one_figure_twice_reads_the_last(lower: Path) -> None:
    book = openpyxl.load_workbook(lower)
    sheet = book["Chỉ số"]
    keys = [c.value for c in sheet[1]]
    sheet.cell(1, keys.index("members.women") + 1).value = "members.total"
    book.save(lower)
    (row,) = roll_up(H1, [lower], jobs=1).rows
    # the women's column (17) read as the total: it disagrees with 17 + 1, and is not added
    assert (row.status, row.findings[-1][1]) == ("errors", "rollup-row-disagrees")


@pytest.mark.parametrize("word", [b"NaN", b"inf", b"-inf", b"1e400"])
def test_a_figure_stored_as_no_number_is_said_and_not_carried(
    lower: Path, tmp_path: Path, word: bytes
) -> None:
    """A value only a hand or a broken writer puts in a file (`<v>NaN</v>`): calamine reads a
    float that is no number. The row is an error where it stands; the figure is not carried (it
    was written as a number and stopped the roll-up: xlsxwriter refuses NaN and inf)."""
    letter = _letter(lower, "members.women")
    spoiled = rezipped(
        tmp_path / "nan.xlsx",
        lambda name, data: _spoilt(data, letter, word) if name == FIGURES_PART else data,
        source=lower,
    )
    target = tmp_path / "tinh.xlsx"
    result = run("rollup", "2023-H1", str(spoiled), "-o", str(target))
    assert result.returncode == 1, result.stderr
    (row,) = roll_up(H1, [spoiled], jobs=1).rows
    assert (row.status, row.findings[-1][1:4]) == (
        "errors",
        ("rollup-row-disagrees", "Chỉ số", f"{letter}3"),
    )
    assert row.findings[-1][4].endswith(
        f"{label('members.women')} = {_shown(word)} không phải là số"
    )
    sheet = openpyxl.load_workbook(target)["Chỉ số"]
    assert sheet[f"{letter}3"].value is None  # no figure
    assert sheet[f"{_letter(target, 'members.total')}3"].value == 18  # the others carried


FIGURES_PART = "xl/worksheets/sheet4.xml"  # `Chỉ số`, the fourth sheet


def _shown(word: bytes) -> str:
    return f"{float(word):g}"


def _spoilt(data: bytes, letter: str, word: bytes) -> bytes:
    spoilt, count = re.subn(
        rb'(<c r="%s3"[^>]*>)<v>[^<]*</v>' % letter.encode(), rb"\1<v>" + word + rb"</v>", data
    )
    assert count == 1
    return spoilt
