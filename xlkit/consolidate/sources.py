"""What arrived, as items to roll up: workbooks in folders, packages of `xlkit pack` (verified
first), e-mails saved as .eml (their attachments read in memory), Maildir folders, and roll-ups
one level down.

Each reader turns a SOURCE into `Item`s; a new kind of source (IMAP, say) is one more reader that
yields the same items. Nothing here opens a workbook: the workers do, in parallel.
"""

from __future__ import annotations

import email
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

from xlkit.guard.files import MANIFEST, SUMS, is_package, sha256_of
from xlkit.read.discover import SUFFIXES, is_lock_file, is_workbook


@dataclass(frozen=True)
class Item:
    """One thing to roll up. `origin` is what the committee sees (a path, or `thư.eml ›
    so.xlsx`)."""

    origin: str
    path: Path | None = None  # a workbook on disk, or the e-mail holding ATTACHMENT
    # a workbook's bytes, when they come from elsewhere (not read again)
    data: bytes | None = None
    # tampered: the file of a package or message that does not match its manifest
    problem: str = ""
    sent: float = (
        0.0  # when it was sent or made (seconds): of two copies of a cell, the newer counts
    )
    searched: bool = (
        # found in a folder, not named: a file xlkit wrote beside a workbook is passed
        # over
        False
    )
    attachment: str = ""  # the name of a workbook attached to the e-mail at PATH

    def contents(self) -> bytes | None:
        """The workbook's bytes when they are not a file of their own: an attachment is read, in
        memory, when its turn comes (so a thousand e-mails are never held at once)."""
        if self.attachment and self.path is not None:
            found = _attachments(_parsed(self.path.read_bytes())).get(self.attachment)
            # gone since: not a workbook, said as such
            return found if isinstance(found, bytes) else b""
        return self.data


def gather(sources: list[Path], skip: tuple[Path, ...] = ()) -> Iterator[Item]:
    """Every item of SOURCES, in a stable order (sorted paths); SKIP, the roll-up being written
    (an earlier one of it in a source folder), is not a source of itself."""
    left_out = {p.resolve() for p in skip}
    return (
        item
        for item in _gathered(sources)
        if item.path is None or item.path.resolve() not in left_out
    )


def _gathered(sources: list[Path]) -> Iterator[Item]:
    for source in sources:
        if source.is_dir():
            yield from _folder(source)
        elif source.suffix.lower() == ".eml":
            yield from _message(source)
        elif source.is_file():
            yield _workbook(source)


def _workbook(path: Path, searched: bool = False) -> Item:
    return Item(str(path), path=path, sent=path.stat().st_mtime, searched=searched)


def _is_maildir(folder: Path) -> bool:
    return (folder / "cur").is_dir() and (folder / "new").is_dir()


def _folder(folder: Path) -> Iterator[Item]:
    if is_package(folder):
        yield _package(folder)
        return
    if _is_maildir(folder):
        for sub in ("new", "cur"):
            for message in sorted(
                p for p in (folder / sub).iterdir() if p.is_file() and not p.name.startswith(".")
            ):
                yield from _message(message)
        return
    for path in sorted(folder.iterdir()):
        if path.is_dir():
            yield from _folder(path)
        elif path.suffix.lower() == ".eml" and not is_lock_file(path):
            yield from _message(path)
        elif is_workbook(path):  # .xls too: a row that says why
            yield _workbook(path, searched=True)


def _manifest(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def _package(folder: Path) -> Item:
    """A package folder: every file its manifest and its SHA256SUMS list must be there with that
    SHA-256, else the item is tampered, naming the file (each file hashed once)."""
    manifest = _manifest(folder)
    created = _seconds(str(manifest.get("created", ""))) or (folder / MANIFEST).stat().st_mtime
    listed = [
        (str(entry.get("name", "")), entry.get("sha256")) for entry in manifest.get("files", [])
    ]
    if (folder / SUMS).is_file():
        lines = (
            line.partition("  ")
            for line in (folder / SUMS).read_text(encoding="utf-8").splitlines()
        )
        listed += [(name.strip(), digest.strip()) for digest, _, name in lines if name.strip()]
    hashed: dict[str, str | None] = {}
    for name, digest in listed:
        if name not in hashed:
            hashed[name] = sha256_of(folder / name) if (folder / name).is_file() else None
        if hashed[name] != digest:
            return Item(str(folder), problem=Path(name).name, sent=created)
    workbook = folder / str(manifest.get("workbook", ""))
    return Item(f"{folder} › {workbook.name}", path=workbook, sent=created)


def _seconds(text: str) -> float:
    from datetime import datetime

    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return 0.0


def _parsed(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _attachments(message: EmailMessage) -> dict[str, object]:
    return {
        str(part.get_filename() or ""): part.get_content()
        for part in message.iter_attachments()
        if part.get_filename()
    }


def _message(path: Path) -> Iterator[Item]:
    """An e-mail: its workbook attachments, checked against an attached manifest when there is
    one."""
    message, origin = _parsed(path.read_bytes()), str(path)
    try:
        sent = (
            parsedate_to_datetime(str(message["Date"])).timestamp()
            if message["Date"]
            else path.stat().st_mtime
        )
    except (TypeError, ValueError):
        sent = path.stat().st_mtime
    attached = _attachments(message)
    files = {name: data for name, data in attached.items() if isinstance(data, bytes)}
    manifest = _attached_manifest(attached.get(MANIFEST))
    if manifest is not None:
        for entry in manifest.get("files", []):
            name = str(entry.get("name", ""))
            if name in files and hashlib.sha256(files[name]).hexdigest() != entry.get("sha256"):
                yield Item(f"{origin} › {name}", problem=name, sent=sent)
                return
    books = [
        name
        for name in files
        if Path(name).suffix.lower() in SUFFIXES and not Path(name).name.startswith("chi-so-")
    ]
    if manifest is not None and manifest.get("workbook") in files:
        books = [str(manifest["workbook"])]
    for name in books:
        yield Item(f"{origin} › {name}", path=path, sent=sent, attachment=name)


def _attached_manifest(content: object) -> dict | None:
    if content is None:
        return None
    try:
        text = content.decode("utf-8") if isinstance(content, bytes) else str(content)
        found = json.loads(text)
    except (UnicodeDecodeError, ValueError):
        return None
    return found if isinstance(found, dict) else None
