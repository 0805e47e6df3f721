"""Writing files the safe way: checked against what the user keeps, then a temporary file renamed into place.

The user's files are sacred: an output never lands on an input of the command, on a file of the
package it reads, or on a file or folder xlkit did not make, whatever the flags. Files xlkit writes
carry its mark (a document property, a mail header, a package manifest), so it can tell its own.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

MARK = "xlkit"  # the property name (xlsx), keyword (docx, pdf) or mailer (eml) xlkit writes
SPREADSHEETS = (".xlsx", ".xlsm", ".ods", ".xls", ".xlsb")
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"  # beside the manifest: `sha256sum -c SHA256SUMS`
ROLLUP = "rollup"  # the role of a consolidated workbook: read again one level up, as cells
PROPERTIES_PART = "docProps/custom.xml"  # where an .xlsx carries the mark


class OutputRefused(Exception):
    """An output that would land on something the user keeps; `key` is the catalogue line saying why."""

    def __init__(self, key: str, path: Path) -> None:
        super().__init__(key, path)
        self.key, self.path = key, path


def xlkit_role(path: Path) -> str | None:
    """What xlkit wrote PATH as (`report`, `indicators`, `workbook`, `eml` …), or None if it did not."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm", ".docx"):
            with zipfile.ZipFile(path) as archive:
                part = PROPERTIES_PART if suffix != ".docx" else "docProps/core.xml"
                text = archive.read(part).decode("utf-8", "replace") if part in archive.namelist() else ""
            return role_in(text)
        with path.open("rb") as handle:
            head = handle.read(1 << 16)
        if suffix == ".pdf":
            with path.open("rb") as handle:
                handle.seek(max(0, path.stat().st_size - (1 << 16)))
                tail = handle.read()
            blob = head + tail
            return "report" if b"xlkit-report" in blob or "xlkit-report".encode("utf-16-be").hex().upper().encode() in blob.upper() else None
        if head.startswith(b"X-Unsent: 1") and b"\nX-Mailer: xlkit" in head:
            return "eml"
    except (OSError, zipfile.BadZipFile, KeyError):
        return None
    return None


def role_in(text: str) -> str | None:
    """The role a file's mark gives (`xlkit-rollup` in its properties: `rollup`), or None."""
    at = text.find(f"{MARK}-")
    if at < 0:
        return None
    role = text[at + len(MARK) + 1 :].split("<", 1)[0].split('"', 1)[0].strip()
    return role or None


def is_package(folder: Path) -> bool:
    """Whether FOLDER is a package `xlkit pack` made (it holds xlkit's manifest)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and "xlkit" in manifest and "files" in manifest


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def guard_file(
    target: Path, *, inputs: Sequence[Path] = (), package: Sequence[Path] = (), roles: Sequence[str] = (), force: bool = False, plain_text: bool = True
) -> None:
    """Refuse TARGET unless writing it loses nothing of the user's.

    INPUTS are the files the command reads, PACKAGE the files of the package it sends: never written.
    An existing TARGET is replaced only when xlkit wrote it as one of ROLES, and then only with FORCE;
    a plain-text file (which cannot carry a mark) only with FORCE and PLAIN_TEXT; any other file never.
    """
    target = Path(target)
    if target.is_dir():
        raise OutputRefused("err.is-folder", target)
    for path in inputs:
        if _same(target, Path(path)):
            raise OutputRefused("err.same-as-input", target)
    for path in package:
        if _same(target, Path(path)):
            raise OutputRefused("err.inside-package", target)
    if not target.exists():
        return
    role = xlkit_role(target)
    if role is not None and role in roles:
        if not force:
            raise OutputRefused("err.exists", target)
        return
    suffix = target.suffix.lower()
    if suffix in SPREADSHEETS:
        raise OutputRefused("err.spreadsheet-not-ours", target)
    if suffix in (".docx", ".pdf", ".eml") or role is not None or not plain_text:
        raise OutputRefused("err.not-ours", target)
    if not force:
        raise OutputRefused("err.exists", target)


def guard_folder(target: Path, *, inputs: Sequence[Path] = (), force: bool = False) -> None:
    """Refuse TARGET as a package folder unless it is new, empty, or a package xlkit made (with FORCE)."""
    target = Path(target)
    resolved = target.resolve()
    for path in inputs:
        if Path(path).resolve().is_relative_to(resolved):
            raise OutputRefused("err.folder-holds-input", target)
    if Path.cwd().resolve().is_relative_to(resolved):
        raise OutputRefused("err.folder-holds-input", target)
    if not target.exists():
        return
    if not target.is_dir():
        raise OutputRefused("err.not-ours", target)
    if is_package(target):
        if not force:
            raise OutputRefused("err.package-exists", target)
        return
    if any(target.iterdir()):
        raise OutputRefused("err.folder-not-package", target)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside TARGET; on success rename it to TARGET, on failure remove it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; the user expects her usual mode
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: Path, text: str, *, encoding: str = "utf-8") -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding=encoding)


def sha256_of(path: Path) -> str:
    """The SHA-256 of the file at PATH, read a megabyte at a time."""
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
