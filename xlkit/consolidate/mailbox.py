"""The workbooks an e-mail carries, read once, in memory, by the worker whose turn it is.

A cell's e-mail arrives as it was sent, or forwarded (message/rfc822), or re-wrapped by a mail
client in nested multiparts; two cells' workbooks may share `xlkit new`'s default name. Every
attachment is found wherever it sits, each under its own origin. A manifest (`xlkit mail`
attaches one) speaks for the message it is attached to, not for a message forwarded inside it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import BytesFeedParser, BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

from xlkit.guard.files import MANIFEST, well_formed
from xlkit.read.discover import SUFFIXES
from xlkit.text.lines import one_line

# how deep parts may nest: a mail client nests three or four; a message built to exhaust the
# parser is refused, not followed
MAX_DEPTH = 24


class BadMessage(Exception):
    """The message cannot be taken apart (a charset no one knows, parts nested without end)."""


@dataclass(frozen=True)
class Attached:
    """One workbook attached: its name as shown (made safe), its bytes, and `problem`, the file
    its manifest says was changed on the way ('' when none)."""

    name: str
    data: bytes = b""
    problem: str = ""


def sent_at(path: Path) -> float:
    """When the message at PATH was sent (its Date), else when the file was written."""
    try:
        lines = []
        with path.open("rb") as handle:  # the headers alone (the parser would read it all)
            for line in handle:
                if not line.strip():
                    break
                lines.append(line)
        headers = BytesHeaderParser(policy=policy.default).parsebytes(b"".join(lines) + b"\n")
        return parsedate_to_datetime(str(headers["Date"])).timestamp()
    except Exception:  # noqa: BLE001 - a Date no one can read: the file's time stands in
        return path.stat().st_mtime


def workbooks(path: Path) -> list[Attached]:
    """The workbooks the message at PATH carries, in the order they are attached; raise
    BadMessage when it cannot be taken apart."""
    try:
        with path.open("rb") as handle:
            message = _lean(handle)
        found = list(_in_message(message, 0))
    except RecursionError:
        raise BadMessage("nesting") from None
    except (LookupError, UnicodeError, ValueError, TypeError, AttributeError) as exc:
        raise BadMessage(type(exc).__name__) from None
    return _numbered(found)


def _lean(handle: BinaryIO) -> Message:
    """The message read from HANDLE, the bodies of the parts no one reads (a video beside the
    workbook) passed over as they stream by: the parser holds every line it is fed, so a 200 MB
    message cost 9 times its size in memory. A part's body is skipped from the blank line that
    ends its headers to the next line that could be a boundary (base64 never begins a line with
    `--`; a text part that does is fed on from there, which costs only memory)."""
    parser = BytesFeedParser(policy=policy.default)
    headers: list[bytes] | None = None  # a part's headers, after a boundary
    skipping = False
    for line in handle:
        if skipping:
            if not line.startswith(b"--"):
                continue
            skipping = False
        parser.feed(line)
        if line.startswith(b"--"):
            headers = []
        elif headers is not None:
            if line.strip():
                headers.append(line)
            else:
                skipping = not _read_part(b"".join(headers))
                headers = None
    return parser.close()


def _read_part(headers: bytes) -> bool:
    """Whether the part with HEADERS is read: a container, or an attachment `_wanted` (when in
    doubt, it is)."""
    try:
        part = BytesHeaderParser(policy=policy.default).parsebytes(headers + b"\n")
        if part.get_content_maintype() in ("multipart", "message"):
            return True
        name = part.get_filename()
    except Exception:  # noqa: BLE001 - headers the full parser will judge
        return True
    return bool(name) and _wanted(one_line(str(name)))


def _numbered(found: list[Attached]) -> list[Attached]:
    """Two attachments of one name (two cells' `so-chi-bo-2023.xlsx`) each keep a name of their
    own: the second is `so-chi-bo-2023.xlsx (2)`."""
    seen: dict[str, int] = {}
    out = []
    for item in found:
        seen[item.name] = seen.get(item.name, 0) + 1
        if seen[item.name] > 1:
            item = Attached(f"{item.name} ({seen[item.name]})", item.data, item.problem)
        out.append(item)
    return out


def _in_message(message: Message, depth: int) -> Iterator[Attached]:
    """The workbooks of MESSAGE checked against its own manifest; forwarded messages inside it
    are messages of their own."""
    files: list[tuple[str, bytes]] = []
    forwarded: list[tuple[Message, int]] = []
    _walk(message, depth, files, forwarded)
    manifest_data = [data for name, data in files if name == MANIFEST]
    manifest = _manifest(manifest_data[-1]) if manifest_data else None
    books = [
        (name, data)
        for name, data in files
        if Path(name).suffix.lower() in SUFFIXES and not name.startswith("chi-so-")
    ]
    if manifest_data and manifest is None:  # attached but not one: nothing here can be trusted
        yield from (Attached(name, problem=MANIFEST) for name, _ in books or [(MANIFEST, b"")])
    elif manifest is not None:
        yield from _verified(files, books, manifest)
    else:
        yield from (Attached(name, data) for name, data in books)
    for inner, level in forwarded:
        yield from _in_message(inner, level)


def _walk(
    part: Message,
    depth: int,
    files: list[tuple[str, bytes]],
    forwarded: list[tuple[Message, int]],
) -> None:
    if depth > MAX_DEPTH:
        raise BadMessage("nesting")
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        for message in inner if isinstance(inner, list) else [inner]:
            if isinstance(message, Message):
                forwarded.append((message, depth + 1))
        return
    if part.is_multipart():
        for child in part.get_payload():
            if isinstance(child, Message):
                _walk(child, depth + 1, files, forwarded)
        return
    name = part.get_filename()
    if name and _wanted(one_line(str(name))):
        data = part.get_payload(decode=True)
        files.append((one_line(str(name)), data if isinstance(data, bytes) else b""))


# what a package holds besides workbooks: its report, checked against its manifest too
PACKED = (".docx", ".pdf")


def _wanted(name: str) -> bool:
    """A workbook, a package's report or its manifest: the only attachments decoded (a video
    beside the workbook is never turned into bytes)."""
    return name == MANIFEST or Path(name).suffix.lower() in (*SUFFIXES, *PACKED)


def _verified(
    files: list[tuple[str, bytes]], books: list[tuple[str, bytes]], manifest: dict[str, Any]
) -> Iterator[Attached]:
    """Every file the manifest lists that is attached must have its SHA-256, and its workbook
    must be attached: else the message's workbook is one row, tampered, naming the file."""
    listed = {str(e["name"]): str(e["sha256"]) for e in manifest["files"]}
    workbook = str(manifest["workbook"])
    for name, data in files:
        if name in listed and hashlib.sha256(data).hexdigest() != listed[name]:
            yield Attached(workbook, problem=name)
            return
    named = [(name, data) for name, data in books if name == workbook]
    if not named or workbook not in listed:
        yield Attached(workbook, problem=workbook)
        return
    yield Attached(workbook, named[0][1])


def _manifest(data: bytes) -> dict[str, Any] | None:
    """An attached manifest as `xlkit pack` writes it, else None (not JSON, or not of its
    shape)."""
    try:
        found = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return found if well_formed(found) else None
