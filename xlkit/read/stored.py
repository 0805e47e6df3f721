"""A small workbook's parts, already inflated by the vetting, packed again as a zip that stores
them as they are: calamine and the XML scans then read it without inflating each part a second
time (a fifth of calamine's reading of a school's workbook).

zipfile writes the same archive, but spends more per part than the reading saves; the format of
a stored entry is a fixed header, the name and the bytes (APPNOTE 4.3.7, 4.3.12, 4.3.16).
"""

from __future__ import annotations

import io
import os
import struct
import zipfile

# local header, central directory entry, end of central directory (zipfile's own layouts)
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20  # 2.0: what a reader needs for a stored entry
_UTF8_NAME = 0x800  # general purpose flag 11: the name is UTF-8
_DAY = 1 << 5 | 1  # 1 January 1980, 00:00: no reader of it asks when a part was made

# the buffer each process packs into, kept from one workbook to the next: a roll-up's worker
# reads one every few milliseconds, and fresh memory costs as much as the copying
_BUFFERS: dict[int, io.BytesIO] = {}


class Stored:
    """The archive being packed: each part's header, then its bytes as they are inflated, in the
    order the vetted archive lists them; `archive()` adds the directory."""

    def __init__(self) -> None:
        out = _BUFFERS.get(os.getpid())
        if out is None:  # made once a process, not once a workbook
            out = _BUFFERS[os.getpid()] = io.BytesIO()
        self._out = out
        out.seek(0)
        self._central: list[bytes] = []

    def part(self, info: zipfile.ZipInfo) -> None:
        """Begin the part INFO; its bytes follow (their CRC and length are checked as they are
        inflated: a part that differs stops the vetting)."""
        name = info.filename.encode("utf-8")
        flags = 0 if name.isascii() else _UTF8_NAME
        size, at = info.file_size, self._out.tell()
        # what both headers say of the entry: flags, stored, when, its CRC, its size twice (as
        # stored, as it is), the name's length, no extra field
        entry = (flags, zipfile.ZIP_STORED, 0, _DAY, info.CRC, size, size, len(name), 0)
        # made by 2.0 (MS-DOS), no comment, disk 0, no attributes, where its header lies
        self._central.append(
            _CENTRAL.pack(b"PK\x01\x02", _VERSION, 0, _VERSION, 0, *entry, 0, 0, 0, 0, at) + name
        )
        self._out.write(_LOCAL.pack(b"PK\x03\x04", _VERSION, 0, *entry) + name)

    def write(self, data: bytes) -> None:
        self._out.write(data)

    def archive(self) -> bytes:
        at = self._out.tell()
        directory = b"".join(self._central)
        self._out.write(directory)
        self._out.write(
            _END.pack(
                b"PK\x05\x06", 0, 0, len(self._central), len(self._central), len(directory), at, 0
            )
        )
        size = self._out.tell()
        with self._out.getbuffer() as packed:  # released at once: the buffer is used again
            return packed[:size].tobytes()
