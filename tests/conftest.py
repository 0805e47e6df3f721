"""Fixtures: small workbooks made by `xlkit new`'s writer and filled by header name with openpyxl."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from datetime import date as d
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from xlkit.read.known import KNOWN
from xlkit.workbooks.template import write_workbook

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "workbooks" / "vi-du-2023.xlsx"
GOLDEN = Path(__file__).resolve().parent / "golden"

INFO = {
    "Đảng bộ cấp trên": "ĐẢNG BỘ XÃ AN PHÚ",
    "Tên chi bộ": "CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ",
    "Ký hiệu chi bộ": "CB",
    "Địa danh": "An Phú",
    "Bí thư": "Trần Văn Bình",
    "Chi bộ tự xếp loại": "Hoàn thành tốt nhiệm vụ",
}

TOT, XS = "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"


def member(
    name: str, born: d, joined: d, official: d | None, sex: str = "Nữ", **more: Any
) -> dict[str, Any]:
    return {
        "Họ và tên": name,
        "Ngày sinh": born,
        "Giới tính": sex,
        "Dân tộc": "Kinh",
        "Ngày vào Đảng": joined,
        "Ngày chính thức": official,
        **more,
    }


MEMBERS = [
    member(
        "Trần Văn Bình",
        d(1975, 5, 1),
        d(2000, 1, 10),
        d(2001, 1, 10),
        "Nam",
        **{"Chức vụ Đảng": "Bí thư", "Xếp loại": XS},
    ),
    member("Lê Thị An", d(1980, 2, 2), d(2005, 3, 3), d(2006, 3, 3), **{"Xếp loại": TOT}),
    member("Phạm Thị Cúc", d(1985, 6, 6), d(2010, 7, 7), d(2011, 7, 7), **{"Xếp loại": TOT}),
    member(
        "Hoàng Văn Dũng", d(1990, 8, 8), d(2015, 9, 9), d(2016, 9, 9), "Nam", **{"Xếp loại": TOT}
    ),
    member("Vũ Thị Em", d(1992, 10, 10), d(2016, 11, 11), d(2017, 11, 11), **{"Xếp loại": TOT}),
    member("Đỗ Thị Giang", d(1994, 12, 12), d(2018, 1, 15), d(2019, 1, 15), **{"Xếp loại": TOT}),
]


def meetings(year: int = 2023) -> list[dict[str, Any]]:
    rows = [
        {"Ngày": d(year, m, 5), "Loại": "Thường kỳ", "Có mặt": 5, "Vắng có lý do": 1}
        for m in range(1, 13)
    ]
    rows += [{"Ngày": d(year, m, 20), "Loại": "Chuyên đề", "Có mặt": 6} for m in (3, 6, 9, 12)]
    return rows


BASE: dict[str, list[dict[str, Any]]] = {
    "Đảng viên": MEMBERS,
    "Sinh hoạt": meetings(),
}


def fill(
    path: Path,
    info: Mapping[str, Any] | None = None,
    rows: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
) -> Path:
    """Fill a workbook made by `xlkit new` by header name, as a hidden test of the contract would."""
    book = openpyxl.load_workbook(path)
    sheet = book["Thông tin"]
    labels = {str(c.value): c.row for c in sheet["A"] if c.value}
    for label, value in (info or {}).items():
        sheet.cell(labels[label], 2, "\n".join(value) if isinstance(value, list) else value)
    for name, records in (rows or {}).items():
        sheet = book[name]
        columns = {str(c.value): c.column for c in sheet[1] if c.value}
        for offset, record in enumerate(records, start=2):
            for header, value in record.items():
                if value is not None:
                    cell = sheet.cell(offset, columns[header], value)
                    if isinstance(value, str):
                        # typed text, as Excel keeps '=... entered with a
                        # leading apostrophe
                        cell.data_type = "s"
    book.save(path)
    return path


def set_cell(path: Path, sheet: str, ref: str, value: Any) -> None:
    book = openpyxl.load_workbook(path)
    book[sheet][ref] = value
    book.save(path)


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    path = tmp_path / "so.xlsx"
    write_workbook(path, year=2023)
    return path


@pytest.fixture
def make_book(tmp_path: Path) -> Callable[..., Path]:
    """Make a filled 2023 workbook: the base data, with sheets replaced or added by keyword."""
    counter = iter(range(1000))

    def make(info: Mapping[str, Any] | None = None, **sheets: Sequence[Mapping[str, Any]]) -> Path:
        path = tmp_path / f"book-{next(counter)}.xlsx"
        write_workbook(path, year=2023)
        data = {**BASE, **{name.replace("_", " "): rows for name, rows in sheets.items()}}
        return fill(path, {**INFO, **(info or {})}, data)

    return make


@pytest.fixture
def filled(make_book: Callable[..., Path]) -> Path:
    return make_book()


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def need_soffice() -> str:
    """The LibreOffice binary; skipped locally when absent, a failure in CI."""
    found = soffice()
    if not found:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def convert(binary: str, source: Path, target_format: str, outdir: Path) -> Path:
    """Open SOURCE in LibreOffice headless and save it as TARGET_FORMAT into OUTDIR."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / "profile"
    subprocess.run(
        [
            binary,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = outdir / f"{source.stem}.{target_format.split(':')[0]}"
    assert result.exists(), f"LibreOffice wrote no {result}"
    return result


@pytest.fixture(autouse=True)
def _typing_starts_cold() -> None:
    """Each test types its values afresh: what one process keeps of earlier workbooks
    (KNOWN) would otherwise hide the typing path from every test but the first
    (test_column_reader tests both)."""

    KNOWN.clear()


@pytest.fixture(autouse=True)
def _ledger_of_its_own(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test lists the text files it writes in a ledger of its own (files.ledger_dir), never the
    user's."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("XLKIT_STATE_DIR", str(state))
    return state
