"""LibreOffice where its installer puts it: on Windows nothing is added to the PATH."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlkit.render import pdf


def test_soffice_is_found_under_program_files_when_not_on_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path / "Program Files"))
    monkeypatch.delenv("PROGRAMFILES(X86)", raising=False)
    monkeypatch.setattr(pdf, "_installed_places", _without_macos(pdf._installed_places))
    assert pdf.soffice() is None
    program = tmp_path / "Program Files" / "LibreOffice" / "program"
    program.mkdir(parents=True)
    (program / "soffice.exe").write_bytes(b"")
    assert pdf.soffice() == str(program / "soffice.exe")
    # a folder of that name is not the program
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path / "other"))
    (tmp_path / "other" / "LibreOffice" / "program" / "soffice.exe").mkdir(parents=True)
    assert pdf.soffice() is None


def test_the_path_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    on_path = tmp_path / "bin"
    on_path.mkdir()
    program = on_path / "soffice"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(on_path))
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path))
    assert pdf.soffice() == str(program)


def _without_macos(places):
    return lambda: [p for p in places() if not str(p).startswith("/Applications")]
