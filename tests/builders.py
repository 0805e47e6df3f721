"""Rows and books made by hand, for the tests of rules and figures that need a member or two
rather than a workbook on disk; and the files the tests share (seed 004, an encrypted copy)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date as d
from pathlib import Path

from xlkit.checks.party import check_party_rules
from xlkit.read.records import Book, Row
from xlkit.vocab import schema
from xlkit.vocab.columns import column_letter
from xlkit.vocab.periods import Period
from xlkit.vocab.words import MEETINGS, MEMBERS, STATUS_ACTIVE

DATA = Path(__file__).resolve().parent / "data"
EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "vi-du-2023.xlsx"
SEED_004 = DATA / "seed-004-2023.xlsx"  # seed 004 typed in: tests/data/seed004.py writes it
YEAR = Period.parse("2023")


def row(sheet: str, number: int, **values) -> Row:
    """A row of SHEET numbered NUMBER: every column of the schema, empty unless given."""
    base = {c.header: None for c in schema.BY_NAME[sheet].columns}
    base.update(values)
    letters = {c.header: column_letter(i) for i, c in enumerate(schema.BY_NAME[sheet].columns)}
    return Row(sheet, number, base, letters)


def member(number: int, **values) -> Row:
    """An official, active member born 1980, admitted 2000, unless VALUES say otherwise."""
    plain = {
        "Họ và tên": f"Người {number}",
        "Ngày sinh": d(1980, 1, 1),
        "Ngày vào Đảng": d(2000, 1, 1),
        "Ngày chính thức": d(2001, 1, 1),
        "Tình trạng": STATUS_ACTIVE,
        "Chức vụ Đảng": "Đảng viên",
    }
    return row(MEMBERS, number, **{**plain, **values})


def book(*members: Row, meetings: list[Row] | None = None) -> Book:
    rows = list(members)
    # three plain official members so that cell-too-small stays quiet unless a test wants it
    rows += [member(50 + i) for i in range(3)]
    # a cell with its chi ủy, so that committee-expected stays quiet unless a test wants it
    return Book(
        Path("x.xlsx"),
        info={"Năm": 2023, "Ký thay mặt": "T/M CHI ỦY"},
        tables={MEMBERS: rows, MEETINGS: meetings or []},
    )


def cell(*members: Row, year: int = 2023, info: dict | None = None, **sheets: list[Row]) -> Book:
    """A cell of MEMBERS and three plain members, with other sheets by name (`Sinh_hoạt=…`)."""
    plain = [member(50 + i) for i in range(3)]
    tables = {
        MEMBERS: [*members, *plain],
        **{name.replace("_", " "): rows for name, rows in sheets.items()},
    }
    return Book(
        Path("x.xlsx"),
        info={"Năm": year, "Ký thay mặt": "T/M CHI ỦY", **(info or {})},
        tables=tables,
    )


def codes(b: Book, period: Period = YEAR) -> list[tuple[str, str]]:
    return [(f.code, f.cell) for f in check_party_rules(b, period)]


def encrypted(folder: Path) -> Path:
    """The example workbook under the password `matkhau`, as Excel encrypts it."""
    from msoffcrypto.format.ooxml import OOXMLFile

    target = folder / "mat-khau.xlsx"
    with EXAMPLE.open("rb") as plain, target.open("wb") as secret:
        OOXMLFile(plain).encrypt("matkhau", secret)
    return target


def rezipped(target: Path, change: Callable[[str, bytes], bytes], source: Path = EXAMPLE) -> Path:
    """TARGET: SOURCE's zip with each part's bytes passed through CHANGE(part name, bytes) — a
    workbook spoiled as a writer or a hand would spoil it, its other parts untouched."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
    return target
