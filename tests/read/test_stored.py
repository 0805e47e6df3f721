"""A small workbook's parts, inflated once by the vetting, handed on as a stored zip: the same
parts byte for byte, and the same cells read from it as from the file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from xlkit.read import vetting
from xlkit.read.stored import Stored
from xlkit.read.workbook import read_raw
from xlkit.vocab import schema


def test_every_part_stored_as_it_is_in_order_a_vietnamese_name_too() -> None:
    made = io.BytesIO()
    with zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/Sổ tay.xml", "<a>Đảng viên</a>".encode())
        archive.writestr("xl/empty.bin", b"")
    with zipfile.ZipFile(made) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    packed = Stored()
    for info, data in parts:
        packed.part(info)
        packed.write(data[:3])  # a part may come in pieces
        packed.write(data[3:])
    stored = zipfile.ZipFile(io.BytesIO(packed.archive()))
    assert stored.testzip() is None  # every CRC as declared
    assert [(i.filename, i.compress_type, i.file_size) for i in stored.infolist()] == [
        ("[Content_Types].xml", zipfile.ZIP_STORED, 8),
        ("xl/Sổ tay.xml", zipfile.ZIP_STORED, len("<a>Đảng viên</a>".encode())),
        ("xl/empty.bin", zipfile.ZIP_STORED, 0),
    ]
    assert [stored.read(i) for i in stored.infolist()] == [data for _, data in parts]


def test_one_buffer_packs_a_big_workbook_then_a_small_one() -> None:
    """The buffer is used again: what a larger archive left in it is never part of the next."""
    made = io.BytesIO()
    with zipfile.ZipFile(made, "w") as archive:
        archive.writestr("a.xml", b"<a/>")
    with zipfile.ZipFile(made) as archive:
        info = archive.infolist()[0]
    big = Stored()
    big.part(info)
    big.write(b"x" * 100_000)
    assert len(big.archive()) > 100_000
    small = Stored()
    small.part(info)
    small.write(b"<a/>")
    packed = small.archive()
    assert zipfile.ZipFile(io.BytesIO(packed)).read("a.xml") == b"<a/>"
    assert len(packed) < 200


def test_the_example_reads_the_same_from_its_stored_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    vetted = vetting.vet_zip(EXAMPLE)
    assert vetted.stored is not None
    with zipfile.ZipFile(EXAMPLE) as original, zipfile.ZipFile(io.BytesIO(vetted.stored)) as kept:
        assert original.namelist() == kept.namelist()
        assert all(original.read(name) == kept.read(name) for name in original.namelist())
    from_parts = read_raw(EXAMPLE, schema.AMOUNT_SHEETS, sheets=schema.TYPED_SHEETS)
    # above the cap (a 200,000-member list), the file is read as it is: the same cells
    monkeypatch.setattr(vetting, "MAX_STORED", 1000)
    assert vetting.vet_zip(EXAMPLE).stored is None
    from_file = read_raw(EXAMPLE, schema.AMOUNT_SHEETS, sheets=schema.TYPED_SHEETS)
    assert from_parts == from_file
    assert sum(len(sheet.rows) for sheet in from_file.sheets.values()) > 100


def test_one_byte_over_the_cap_reads_from_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "so.xlsx"
    path.write_bytes(EXAMPLE.read_bytes())
    with zipfile.ZipFile(path) as archive:
        size = sum(i.file_size for i in archive.infolist())
    monkeypatch.setattr(vetting, "MAX_STORED", size)
    assert vetting.vet_zip(path).stored is not None
    monkeypatch.setattr(vetting, "MAX_STORED", size - 1)
    assert vetting.vet_zip(path).stored is None


def test_a_small_file_is_read_once_a_big_one_from_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Up to _READ_WHOLE bytes a workbook is read in one call and handled in memory; a byte more,
    from the file: the same cells either way, and a device that says it holds nothing is read no
    further than the cap."""
    from xlkit.read import workbook

    data = EXAMPLE.read_bytes()
    path = tmp_path / "so.xlsx"
    path.write_bytes(data)
    assert workbook._opened(path, None) == (data, data[:8])
    monkeypatch.setattr(workbook, "_READ_WHOLE", len(data) - 1)
    assert workbook._opened(path, None) == (path, data[:8])
    from_file = read_raw(path, schema.AMOUNT_SHEETS, sheets=schema.TYPED_SHEETS)
    monkeypatch.setattr(workbook, "_READ_WHOLE", len(data))
    assert workbook._opened(path, None) == (data, data[:8])
    assert read_raw(path, schema.AMOUNT_SHEETS, sheets=schema.TYPED_SHEETS) == from_file
    monkeypatch.setattr(workbook, "_READ_WHOLE", 100)
    assert workbook._opened(Path("/dev/zero"), None) == (Path("/dev/zero"), bytes(8))
