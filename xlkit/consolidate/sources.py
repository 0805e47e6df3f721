"""What arrived, as items to roll up: workbooks in folders, packages of `xlkit pack` (verified
first), e-mails saved as .eml (their attachments read in memory), Maildir folders, and roll-ups
one level down.

Each reader turns a SOURCE into `Item`s; a new kind of source (IMAP, say) is one more reader that
yields the same items. Nothing here opens a workbook: the workers do, in parallel.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from xlkit.consolidate.mailbox import sent_at
from xlkit.guard.files import MANIFEST, SUMS, read_manifest, sha256_of, well_formed
from xlkit.read.discover import SUFFIXES, is_lock_file, is_workbook
from xlkit.text.lines import one_line


@dataclass(frozen=True)
class Item:
    """One thing to roll up. `origin` is what the committee sees (a path, or `thư.eml ›
    so.xlsx`)."""

    origin: str
    path: Path | None = None  # a workbook on disk, or an e-mail (MESSAGE)
    # tampered: the file of a package that does not match its manifest
    problem: str = ""
    # when it was sent or made (seconds): of two copies of a cell, the newer counts
    sent: float = 0.0
    # found in a folder, not named: a file xlkit wrote beside a workbook is passed over
    searched: bool = False
    # the SHA-256 a package's manifest gives its workbook: the bytes read must have it, so a
    # file changed between the check and the reading is never counted as checked
    digest: str = ""
    # PATH is an e-mail: its worker takes it apart (mailbox.workbooks), once, in memory
    message: bool = False


def gather(sources: list[Path], skip: tuple[Path, ...] = ()) -> Iterator[Item]:
    """Every item of SOURCES, in a stable order (sorted paths); SKIP, the roll-up being written
    (an earlier one of it in a source folder), is not a source of itself."""
    left_out = {found for found in map(_identity, skip) if found is not None}
    if not left_out:  # nothing there yet: no file to ask (a thousand paths resolved cost 40 ms)
        return _gathered(sources)
    return (
        item
        for item in _gathered(sources)
        if item.path is None or _identity(item.path) not in left_out
    )


def _identity(path: Path) -> tuple[int, int] | None:
    """The file PATH names, whatever the name (a link, a second hard link), if there is one."""
    try:
        found = path.stat()
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def _gathered(sources: list[Path]) -> Iterator[Item]:
    for source in sources:
        if source.is_dir():
            yield from _folder(source, set())
        elif source.suffix.lower() == ".eml":
            yield _message(source)
        elif source.is_file():
            yield _workbook(source)


def _workbook(path: Path, searched: bool = False) -> Item:
    return Item(str(path), path=path, sent=path.stat().st_mtime, searched=searched)


def _message(path: Path) -> Item:
    return Item(one_line(str(path)), path=path, sent=sent_at(path), message=True)


def _is_maildir(folder: Path) -> bool:
    return (folder / "cur").is_dir() and (folder / "new").is_dir()


def _claims_package(folder: Path) -> bool:
    """A folder holding a manifest or SHA256SUMS says it is a package: it is checked as one,
    never walked as a folder of workbooks (a package whose manifest was deleted is not a
    folder that happens to hold a workbook)."""
    return (folder / MANIFEST).exists() or (folder / SUMS).exists()


def _folder(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Item]:
    """The items of FOLDER; SEEN, the folders already walked (a link back to a folder above is
    walked once, not forty times)."""
    found = _identity(folder)
    if found is None or found in seen:
        return
    seen.add(found)
    if _claims_package(folder):
        yield _package(folder)
        return
    if _is_maildir(folder):
        for sub in ("new", "cur"):
            for message in sorted(
                p for p in (folder / sub).iterdir() if p.is_file() and not p.name.startswith(".")
            ):
                yield _message(message)
        return
    for path in sorted(folder.iterdir()):
        if path.is_dir():
            yield from _folder(path, seen)
        elif path.suffix.lower() == ".eml" and not is_lock_file(path) and path.is_file():
            yield _message(path)
        elif is_workbook(path):  # .xls too: a row that says why
            yield _workbook(path, searched=True)


def _inside(folder: Path, name: str) -> Path | None:
    """The file NAME of a package FOLDER, when NAME is a plain name within it (not absolute, no
    `..`, no link out of it) and a regular file; else None."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    drive = PureWindowsPath(name).drive  # a drive (C:) or a share: outside, wherever read
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts or drive:
        return None
    path = folder.joinpath(*parts)
    try:
        mode = path.lstat().st_mode
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None
    return path if stat.S_ISREG(mode) else None


def _package(folder: Path) -> Item:
    """A package folder: its manifest well formed, its workbook inside it and listed, every file
    the manifest and SHA256SUMS list there with that SHA-256; else the item is tampered, naming
    the file (each file hashed once). The workbook's bytes are hashed again when read."""
    made = folder / MANIFEST
    manifest = read_manifest(folder)
    if manifest is None or not well_formed(manifest) or "xlkit" not in manifest:
        sent = made.stat().st_mtime if made.is_file() else folder.stat().st_mtime
        return Item(str(folder), problem=MANIFEST, sent=sent)
    created = _seconds(str(manifest.get("created", ""))) or made.stat().st_mtime
    listed = [(e["name"], e["sha256"]) for e in manifest["files"]]
    if (folder / SUMS).is_file():
        try:
            text = (folder / SUMS).read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            return Item(str(folder), problem=SUMS, sent=created)
        lines = (line.partition("  ") for line in text.splitlines())
        listed += [(name.strip(), digest.strip()) for digest, _, name in lines if name.strip()]
    hashed: dict[str, str | None] = {}
    for name, digest in listed:
        if name not in hashed:
            path = _inside(folder, name)
            hashed[name] = sha256_of(path) if path is not None else None
        if hashed[name] != digest:
            return Item(str(folder), problem=one_line(Path(name).name), sent=created)
    workbook = str(manifest["workbook"])
    path = _inside(folder, workbook)
    if path is None or workbook not in hashed or Path(workbook).suffix.lower() not in SUFFIXES:
        return Item(str(folder), problem=one_line(Path(workbook).name) or MANIFEST, sent=created)
    digest = dict(listed)[workbook]
    return Item(f"{folder} › {one_line(path.name)}", path=path, sent=created, digest=digest)


def _seconds(text: str) -> float:
    from datetime import datetime

    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return 0.0


def regular_bytes(path: Path) -> bytes | None:
    """The bytes of PATH when it is a regular file (a named pipe would hang the reading, a link
    could point anywhere), else None."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags)
    except (OSError, ValueError):
        return None
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            return None
        return file.read()
