"""Round trip through a real spreadsheet program: LibreOffice opens and saves what we wrote."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import pytest
from conftest import EXAMPLE, MEMBERS, convert

from xlkit.checks import check_path

TODAY = d(2026, 11, 21)


@pytest.mark.soffice
@pytest.mark.parametrize("target", ["xlsx", "ods"])
def test_filled_workbook_saved_by_libreoffice_checks_the_same(
    need_soffice: str, make_book, tmp_path: Path, target: str
) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[1]["Ngày sinh"] = "31/02/1985"  # a bad date, as text
    rows[2]["Ngày sinh"] = "04/07/1985"  # a readable date typed as text
    rows[3]["Giới tính"] = "Nu"
    path = make_book(Đảng_viên=rows)
    before = check_path(path, today=TODAY).flatten()
    assert ("value-not-date", "Đảng viên", "C3") in before
    saved = convert(need_soffice, path, target, tmp_path / target)
    assert check_path(saved, today=TODAY).flatten() == before


@pytest.mark.soffice
@pytest.mark.parametrize("target", ["xlsx", "ods"])
def test_example_workbook_survives_libreoffice(
    need_soffice: str, tmp_path: Path, target: str
) -> None:
    saved = convert(need_soffice, EXAMPLE, target, tmp_path / target)
    assert check_path(saved, today=TODAY).flatten() == check_path(EXAMPLE, today=TODAY).flatten()
