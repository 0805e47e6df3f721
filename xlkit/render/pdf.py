"""PDF: the .docx laid out by LibreOffice headless, with its own profile and a time limit."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from xlkit.documents.model import Document
from xlkit.render.layout import Layout
from xlkit.render.word import write_docx

TIME_LIMIT = 180  # seconds; a first start of LibreOffice on a cold machine takes tens of seconds


class OfficeMissing(RuntimeError):
    """LibreOffice (soffice) is not installed."""


class ConversionFailed(RuntimeError):
    """LibreOffice ran but gave no PDF (or ran out of time)."""


def soffice() -> str | None:
    """LibreOffice on the PATH, else where its installer puts it: on Windows and macOS the
    installer adds nothing to the PATH, and a secretary should not have to."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for place in _installed_places():
        if place.is_file():
            return str(place)
    return None


def _installed_places() -> list[Path]:
    places = [
        Path(root) / "LibreOffice" / "program" / "soffice.exe"
        for root in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)"))
        if root
    ]
    return [*places, Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]


def require_soffice() -> str:
    found = soffice()
    if not found:
        raise OfficeMissing()
    return found


def convert_to_pdf(source: Path, target: Path, *, timeout: float = TIME_LIMIT) -> None:
    """Convert SOURCE (.docx) to the PDF TARGET with LibreOffice headless."""
    binary = require_soffice()
    with tempfile.TemporaryDirectory(prefix="xlkit-pdf-") as work:
        folder = Path(work)
        profile = (folder / "profile").as_uri()
        command = [
            binary,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            subprocess.run(
                command,
                capture_output=True,
                timeout=timeout,
                check=False,
                env={**os.environ, "HOME": work},
            )
        except subprocess.TimeoutExpired:
            raise ConversionFailed(f"LibreOffice took more than {timeout:.0f} s") from None
        produced = folder / f"{source.stem}.pdf"
        if not produced.exists() or produced.stat().st_size == 0:
            raise ConversionFailed("LibreOffice wrote no PDF")
        shutil.move(str(produced), str(target))


def write_pdf(document: Document, path: Path, layout: Layout | None = None) -> None:
    require_soffice()
    with tempfile.TemporaryDirectory(prefix="xlkit-docx-") as work:
        docx = Path(work) / "bao-cao.docx"
        write_docx(document, docx, layout)
        convert_to_pdf(docx, path)
