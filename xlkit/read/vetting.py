"""A workbook file vetted before any parser sees it: its zip decompressed as a stream under a size
cap (a zip bomb is refused in a second, with bounded memory), any XML part that declares a DTD
refused (entity expansion), an encrypted or legacy file named as such. What cannot be read is an
UnreadableWorkbook with the reason a user reads."""

from __future__ import annotations

import io
import mmap
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from xlkit.guard.files import PROPERTIES_PART, role_in
from xlkit.read.extent import Extent
from xlkit.read.stored import Stored
from xlkit.read.unread import unread_parts

MAX_UNPACKED = 256 * 1024 * 1024  # bytes, all parts together


# a workbook whose parts inflate to no more than this is handed on as they are (stored.py): a
# school's is a few hundred kilobytes, a 200,000-member list a hundred megabytes, read as a stream
MAX_STORED = 16 * 1024 * 1024


MAX_RATIO = 200  # a part that inflates more than this (and is big) is a bomb


MAX_PARTS = 10_000


_CHUNK = 1 << 20


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")  # a formula element, not <filterMode> or <fonts>


# plain words looked for before the patterns, their first byte before them: a byte is looked
# for at C speed (memchr), and `f`, `e` and `h` are absent from a long run of cells (the middle
# of a 200,000-member sheet); the words as compiled searches, as sre finds a literal by its first
# byte where `in` skips by its last, `>` or `"`, everywhere in XML (three times slower over a
# school's sheets). A sheet with a formula closes one (`</f>`; a shared formula's copies
# `<f t="shared" si="0"/>` close none, but the first of them, in the same sheet, does); a value
# cached as an error is t="e"
_CLOSES_FORMULA = re.compile(rb"f>")
_ERROR_VALUE = re.compile(rb't="e"')
_HIDDEN_WORD = re.compile(rb"hidden=")


# a shared string's index that is not one (calamine reads "-1" or "x" as the first string, silently)
# (a value cut at the chunk's end is left to the next window, which starts with the tail)
_BAD_SHARED = re.compile(rb't="s"[^>]*><v>(?![0-9]{1,9}<)[^<]*<')


# a hidden row or column
_HIDDEN = re.compile(rb"<(?:\w+:)?(?:row|col)\b[^>]*\bhidden=\"(?:1|true)\"")


# in the styles: a percentage format (built-in 9 or 10, or a code with %); only then are cells
# looked up
_PERCENT_FORMAT = re.compile(rb"""numFmtId=["'](?:9|10)["']|formatCode=["'][^"']*%""")


# why a file is unreadable -> the catalogue line that says it (a closed table: a test says each)
REASONS = {
    "not-spreadsheet": "reason.not-spreadsheet",
    "corrupt": "reason.corrupt",
    "bomb": "reason.bomb",
    "hostile-xml": "reason.hostile-xml",
    "io": "reason.io",
    "not-a-file": "reason.not-a-file",
    "encrypted": "reason.encrypted",
    "legacy": "reason.legacy",
    "too-big": "reason.too-big",
    # an e-mail one level up (the roll-up's sources)
    "no-workbook": "reason.no-workbook",
    "bad-message": "reason.bad-message",
}


_CODES = {"encrypted": "file-encrypted", "legacy": "file-legacy-format"}


class UnreadableWorkbook(Exception):
    """The file cannot be read as a workbook; `reason` is one of REASONS."""

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in REASONS:
            raise ValueError(reason)
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail

    @property
    def code(self) -> str:
        return _CODES.get(self.reason, "file-unreadable")

    @property
    def reason_key(self) -> str:
        return REASONS[self.reason]


Where = Path | bytes  # a file, or a file's bytes (an e-mail's attachment, read in memory)


def binary(where: Where) -> Any:
    return io.BytesIO(where) if isinstance(where, bytes) else where.open("rb")


def open_zip(where: Where) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(where) if isinstance(where, bytes) else where)


def ole_is_encrypted(where: Where) -> bool:
    # An encrypted .xlsx is an OLE container with an EncryptionInfo stream; a plain .xls
    # has none.
    with binary(where) as handle:
        return _ENCRYPTION_INFO in handle.read(64 * 1024 * 1024)


class Vetted(NamedTuple):
    """What the vetting found, on its way through every part."""

    format: str  # "xlsx" or "ods"
    formula_parts: set[str]  # parts holding a formula or a cached error
    hidden_parts: set[str]  # parts with hidden rows or columns
    percent_styles: bool  # an .xlsx's styles show percentages
    role: str | None  # what xlkit wrote it as (its mark in the custom properties)
    extents: dict[str, Extent]  # how far each sheet part's cells reach
    # the archive again, every part stored as inflated here (stored.py), when small
    stored: bytes | None


def vet_zip(where: Where, only: frozenset[str] | None = None) -> Vetted:
    """Decompress every part as a stream under the caps, and say what was found on the way (no
    second opening). ONLY (folded names), when given, are the sheets the command reads: a small
    .xlsx's other worksheet parts are then neither inflated nor handed on (unread.py)."""
    try:
        archive = open_zip(where)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        # NotImplementedError: a directory entry naming a zip version no one wrote (a byte off)
        raise UnreadableWorkbook("corrupt") from None
    with archive, _buffer(where) as buffer:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        if len(infos) > MAX_PARTS:
            raise UnreadableWorkbook("bomb")
        declared = sum(i.file_size for i in infos)  # each part's is held to it as inflated
        if declared > MAX_UNPACKED:
            raise UnreadableWorkbook("bomb")
        if "mimetype" in names and archive.read("mimetype").strip() == ODS_MIME:
            fmt = "ods"
        elif "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
            fmt = "xlsx"
        elif "EncryptedPackage" in names:
            raise UnreadableWorkbook("encrypted")
        else:
            raise UnreadableWorkbook("not-spreadsheet")
        total = 0
        formula_parts: set[str] = set()
        hidden_parts: set[str] = set()
        percent_styles = False
        properties = b""
        extents: dict[str, Extent] = {}
        # every part packed again as inflated, when all of them together are small
        kept: Stored | None = Stored() if declared <= MAX_STORED else None
        # a small workbook reaches calamine only as KEPT: a part left out of it no parser sees
        left = (
            _unread(buffer, infos, only)
            if only is not None and kept is not None and fmt == "xlsx"
            else set()
        )
        for info in infos:
            name = info.filename
            if name in left:
                continue
            is_xml = name.endswith((".xml", ".rels"))
            is_sheet = name.startswith("xl/worksheets/")  # asked once a part, not once a chunk
            tail = b""
            seen = 0
            opening = b"<!"
            if kept is not None:
                kept.part(info)
            try:
                for chunk in _inflated(buffer, info):
                    seen += len(chunk)
                    total += len(chunk)
                    if total > MAX_UNPACKED or (
                        seen > 8 * _CHUNK and seen > MAX_RATIO * max(info.compress_size, 1)
                    ):
                        raise UnreadableWorkbook("bomb")
                    if kept is not None:
                        kept.write(chunk)
                    if is_xml:
                        # most parts are one chunk: no copy
                        window = tail + chunk if tail else chunk
                        # the part's first chunk says whether it is
                        # UTF-16
                        if seen == len(chunk):
                            opening = (
                                b"<\x00!"
                                if chunk[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in chunk[:4]
                                else b"<!"
                            )
                        # plain searches before the patterns, a byte
                        # before the marks: over every tag of
                        # a big sheet, looking for two bytes costs ten
                        # times looking for one (memchr)
                        # that is rarely there. The DTD anywhere in the
                        # part (after a long comment too)
                        if b"!" in window and opening in window and _declares_dtd(window):
                            raise UnreadableWorkbook("hostile-xml")
                        if is_sheet:
                            extents.setdefault(name, Extent()).see(window)
                            if _BAD_SHARED.search(window):
                                raise UnreadableWorkbook("corrupt")
                            if (
                                name not in formula_parts
                                and b"f" in window
                                and _CLOSES_FORMULA.search(window)
                                and _FORMULA.search(window)
                            ) or (
                                name not in formula_parts
                                and b"e" in window
                                and _ERROR_VALUE.search(window)
                            ):
                                # a formula, or a value Excel cached as an error (#N/A): the
                                # part is read again for what calamine does not say
                                formula_parts.add(name)
                            if (
                                name not in hidden_parts
                                and b"h" in window
                                and _HIDDEN_WORD.search(window)
                                and _HIDDEN.search(window)
                            ):
                                hidden_parts.add(name)
                        elif name == "xl/styles.xml" and _PERCENT_FORMAT.search(window):
                            percent_styles = True
                        elif name == PROPERTIES_PART and len(properties) < _CHUNK:
                            properties += chunk
                        tail = chunk[-512:]
            except (
                zipfile.BadZipFile,
                OSError,
                EOFError,
                ValueError,
                NotImplementedError,
                zlib.error,
                struct.error,
            ) as exc:
                if "password" in str(exc).lower() or "encrypted" in str(exc).lower():
                    raise UnreadableWorkbook("encrypted") from None
                raise UnreadableWorkbook("corrupt") from None
        if fmt == "ods" and "META-INF/manifest.xml" in names:
            if b"encryption-data" in archive.read("META-INF/manifest.xml"):
                raise UnreadableWorkbook("encrypted")
    role = role_in(properties.decode("utf-8", "replace")) if fmt == "xlsx" else None
    stored = kept.archive() if kept is not None else None
    return Vetted(
        fmt, formula_parts, hidden_parts, percent_styles and fmt == "xlsx", role, extents, stored
    )


# a part's local header (zipfile's structFileHeader)
_NAME_LENGTH, _EXTRA_LENGTH = 10, 11
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")


_SLICE = 64 * 1024  # compressed bytes fed to zlib at a time


@contextmanager
def _buffer(where: Where) -> Iterator[Any]:
    """The archive's bytes without reading a file into memory (mapped), for inflating its parts;
    only ever sliced (a copy), never viewed, so the map closes whatever happens."""
    if isinstance(where, bytes):
        yield where
        return
    with (
        where.open("rb") as handle,
        mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped,
    ):
        yield mapped


def _inflated(buffer: Any, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part INFO, a chunk at a time, inflated with zlib straight from the archive's BUFFER:
    zipfile's per-part machinery costs more than the inflating for the two dozen small parts of a
    workbook. Its length and CRC are checked as zipfile checks them; a damaged part raises
    ValueError."""
    if info.flag_bits & 1:
        raise ValueError("encrypted part")
    fields = _LOCAL_HEADER.unpack_from(buffer, info.header_offset)
    if fields[0] != b"PK\x03\x04":
        raise ValueError("bad local header")
    start = info.header_offset + _LOCAL_HEADER.size + fields[_NAME_LENGTH] + fields[_EXTRA_LENGTH]
    end = start + info.compress_size
    if end > len(buffer):
        raise ValueError("truncated part")
    if info.compress_type == zipfile.ZIP_STORED:
        chunks: Iterator[bytes] = (
            buffer[at : min(at + _CHUNK, end)] for at in range(start, end, _CHUNK)
        )
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        chunks = _inflate(buffer, start, end)
    else:
        # a compression no spreadsheet program writes
        raise NotImplementedError(info.compress_type)
    size, crc = 0, 0
    for chunk in chunks:
        size, crc = size + len(chunk), zlib.crc32(chunk, crc)
        if size > info.file_size:
            raise ValueError("part longer than declared")
        yield chunk
    if size != info.file_size or crc != info.CRC:
        raise ValueError("bad part")


def _unread(buffer: Any, infos: list[zipfile.ZipInfo], only: frozenset[str]) -> set[str]:
    """unread.py's parts left, its map read from BUFFER as the vetting inflates a part."""
    by_name = {i.filename: i for i in infos}
    return unread_parts(lambda name, cap: _whole(buffer, by_name.get(name), cap), only)


def _whole(buffer: Any, info: zipfile.ZipInfo | None, cap: int) -> bytes | None:
    """The part INFO inflated whole, as the vetting inflates it, when it is there, sound and no
    longer than CAP."""
    if info is None or info.file_size > cap:
        return None
    try:
        return b"".join(_inflated(buffer, info))
    except (ValueError, NotImplementedError, zlib.error, struct.error, OSError, EOFError):
        return None


def _inflate(buffer: Any, start: int, end: int) -> Iterator[bytes]:
    """Inflate BUFFER[START:END] a slice at a time, at most a chunk out at a time: memory stays
    bounded (a bomb inflates a thousandfold), and the input left over is never copied whole."""
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    for at in range(start, end, _SLICE):
        pending = buffer[at : min(at + _SLICE, end)]
        while pending:
            yield inflate.decompress(pending, _CHUNK)
            pending = inflate.unconsumed_tail
    rest = inflate.flush()
    if rest:  # nearly always empty: a part's stream ends inside its last slice
        yield rest


_DTD_MARKS = tuple(
    mark.encode(codec)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
)


def _declares_dtd(window: bytes) -> bool:
    """Whether a stretch of an XML part declares a DTD or an entity, in UTF-8 or UTF-16."""
    return any(mark in window for mark in _DTD_MARKS)
