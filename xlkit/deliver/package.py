"""The finished package of a period: the workbook byte for byte, the report (.docx, PDF), the
indicator workbook and a manifest of SHA-256 hashes — built in a temporary folder, then renamed.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from xlkit.compute.collector import Indicator
from xlkit.documents.model import Document
from xlkit.guard.files import (
    MANIFEST,
    SUMS,
    guard_folder,
    is_package,
    package_changes,
    read_manifest,
    sha256_of,
)
from xlkit.read.records import Book
from xlkit.render.layout import Layout
from xlkit.render.pdf import convert_to_pdf, soffice
from xlkit.render.word import write_docx
from xlkit.text.lines import one_line
from xlkit.version import __version__
from xlkit.vocab.periods import Period
from xlkit.workbooks.indicator_workbook import write_indicator_workbook


@dataclass(frozen=True)
class PackedFile:
    name: str
    sha256: str
    size: int
    role: str  # workbook, report-docx, report-pdf, indicators


@dataclass
class Package:
    folder: Path
    period: str
    workbook: str
    files: list[PackedFile] = field(default_factory=list)
    forced: bool = False
    errors: int = 0
    created: str = ""

    @property
    def has_pdf(self) -> bool:
        return any(f.role == "report-pdf" for f in self.files)

    def as_dict(self) -> dict[str, Any]:
        return {
            "xlkit": __version__,
            "created": self.created,
            "period": self.period,
            "workbook": self.workbook,
            "forced": self.forced,
            "errors": self.errors,
            "files": [
                {"name": f.name, "role": f.role, "bytes": f.size, "sha256": f.sha256}
                for f in self.files
            ],
        }


# in a package folder while pack builds it, never in a finished one
BUILDING = ".xlkit-dang-dong-goi"


def default_folder(period: Period) -> Path:
    return Path("out") / str(period)


def build_package(
    *,
    workbook: Path,
    book: Book,
    period: Period,
    document: Document,
    indicators: list[Indicator],
    target: Path,
    made: datetime,
    layout: Layout | None = None,
    errors: int = 0,
    forced: bool = False,
    overwrite: bool = False,
    lang: str = "vi",
) -> Package:
    """Build the package of PERIOD in TARGET; nothing is left half-written if anything fails.

    TARGET is new, empty, or a package xlkit made (`files.guard_folder`, which the caller runs).
    """
    guard_folder(target, inputs=(workbook,), force=overwrite)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    (work / BUILDING).touch()  # first of all: a folder left by a kill is known as pack's own
    try:
        # her file's name, made one line: a CR or LF would break SHA256SUMS and the e-mail
        inside = one_line(workbook.name) or "so.xlsx"
        package = Package(
            folder=target,
            period=str(period),
            workbook=inside,
            forced=forced,
            errors=errors,
            created=made.isoformat(timespec="seconds"),
        )
        expected = sha256_of(workbook)
        shutil.copyfile(workbook, work / inside)  # bytes, never loaded and saved again
        if sha256_of(work / inside) != expected:
            raise OSError(f"the copy of {inside} differs from the original")
        names = {
            "report-docx": f"bao-cao-{period}.docx",
            "report-pdf": f"bao-cao-{period}.pdf",
            "indicators": f"chi-so-{period}.xlsx",
        }
        write_docx(document, work / names["report-docx"], layout)
        if soffice():
            convert_to_pdf(work / names["report-docx"], work / names["report-pdf"])
        write_indicator_workbook(
            work / names["indicators"], book=book, period=period, items=indicators, lang=lang
        )
        for role, name in (("workbook", inside), *names.items()):
            path = work / name
            if path.exists():
                package.files.append(PackedFile(name, sha256_of(path), path.stat().st_size, role))
        (work / MANIFEST).write_text(
            json.dumps(package.as_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (work / SUMS).write_text(
            "".join(f"{f.sha256}  {f.name}\n" for f in package.files), encoding="utf-8"
        )
        work.chmod(0o755)
        (work / BUILDING).unlink()  # complete: from here its manifest says whose it is
        _swap_into_place(work, target)
        return package
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _swap_into_place(work: Path, target: Path) -> None:
    if not target.exists():
        work.rename(target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
    old.rmdir()
    target.rename(old)
    try:
        work.rename(target)
    except OSError:
        old.rename(target)  # put the previous package back
        raise
    shutil.rmtree(old, ignore_errors=True)


def recover(target: Path) -> tuple[bool, int]:
    """Put right what a packing killed mid-swap left beside TARGET (hidden `.goi-old-*` and
    `.goi-*` folders of its own): the previous package back in place when TARGET is gone, the
    rest removed. Whether it restored one, and how many folders it removed; a folder without
    pack's name and pack's mark (`_own_leftover`) is left alone."""
    mine = re.compile(rf"\.{re.escape(target.name)}-(old-)?[A-Za-z0-9_]{{8}}")
    try:
        found = sorted(p for p in target.parent.iterdir() if mine.fullmatch(p.name))
    except OSError:
        return False, 0
    restored, removed = False, 0
    for folder in sorted(found, key=lambda p: "-old-" not in p.name):  # the previous one first
        if not _own_leftover(folder):
            continue
        if not target.exists() and "-old-" in folder.name and is_package(folder):
            folder.rename(target)
            restored = True
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return restored, removed


def _own_leftover(folder: Path) -> bool:
    """A folder pack left: one it was building (its mark inside), or a package exactly as pack
    wrote it. A folder of hers, whatever its name and its files, is neither."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    if (folder / BUILDING).is_file():
        return True
    manifest = read_manifest(folder)
    return manifest is not None and "xlkit" in manifest and not package_changes(folder, manifest)


def verify(folder: Path) -> list[str]:
    """The names of the package's files whose bytes no longer match the manifest (or are gone)."""
    manifest = read_manifest(folder)
    if manifest is None:
        return [MANIFEST]
    return [
        f["name"]
        for f in manifest["files"]
        if not (folder / f["name"]).is_file() or sha256_of(folder / f["name"]) != f["sha256"]
    ]


def load_package(folder: Path) -> Package | None:
    manifest = read_manifest(folder)
    if manifest is None:
        return None
    return Package(
        folder=folder,
        period=manifest["period"],
        workbook=manifest["workbook"],
        files=[
            PackedFile(f["name"], f["sha256"], f["bytes"], f["role"]) for f in manifest["files"]
        ],
        forced=manifest.get("forced", False),
        errors=manifest.get("errors", 0),
        created=manifest.get("created", ""),
    )
