"""Read a workbook file (.xlsx, .xlsm, .ods) into raw sheets, safely and without writing to it.

The file is vetted before any parser sees it: its zip is decompressed as a stream under a size
cap (a zip bomb is refused in a second, with bounded memory) and any XML part that declares a DTD
is refused (entity expansion). Then python-calamine reads the cells: it is fast to import and to
read, which keeps `xlkit check` instant. Row lists keep the sheet's own numbering: rows[0] is row
1.
"""

from __future__ import annotations

import io
import mmap
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from xlkit.guard.files import PROPERTIES_PART, ROLLUP, role_in

T = TypeVar("T")
MAX_UNPACKED = 256 * 1024 * 1024  # bytes, all parts together
MAX_RATIO = 200  # a part that inflates more than this (and is big) is a bomb
MAX_PARTS = 10_000
_CHUNK = 1 << 20
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")  # a formula element, not <filterMode> or <fonts>
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


@dataclass(frozen=True)
class RawSheet:
    name: str
    rows: list[list[Any]]
    hidden: bool = False
    # merged ranges as ((first row, first column), (last row, last column)), 0-based
    merged: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()


@dataclass
class RawBook:
    path: Path
    format: str  # "xlsx" or "ods"
    sheets: dict[str, RawSheet] = field(default_factory=dict)
    # sheet name -> cells holding a formula with no cached value
    formulas_without_value: dict[str, list[str]] = field(default_factory=dict)
    # sheets with hidden rows or columns (still read)
    hidden: set[str] = field(default_factory=set)
    # sheet name -> cell -> decimals, for cells formatted as a percentage (98% typed in Excel
    # is 0.98)
    percent_cells: dict[str, dict[str, int]] = field(default_factory=dict)
    role: str | None = (
        None  # what xlkit wrote the file as (files.xlkit_role), from the vetting pass
    )


Where = Path | bytes  # a file, or a file's bytes (an e-mail's attachment, read in memory)


def _binary(where: Where) -> Any:
    return io.BytesIO(where) if isinstance(where, bytes) else where.open("rb")


def _zip(where: Where) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(where) if isinstance(where, bytes) else where)


def read_raw(
    path: Path,
    percent_sheets: frozenset[str] = frozenset(),
    *,
    data: bytes | None = None,
    sheets: frozenset[str] | None = None,
) -> RawBook:
    """Vet and read the file at PATH (or DATA, its bytes, PATH then only names it); raise
    UnreadableWorkbook when it is not a readable workbook.

    PERCENT_SHEETS (names folded) are the sheets whose percentage-formatted cells are looked up:
    calamine gives 0.98 for a cell shown 98%, and only the styles say which. SHEETS (names
    folded), when given, are the sheets whose cells are read; the others are listed with no rows.
    """
    path = Path(path)
    where: Where = path if data is None else data
    try:
        with _binary(where) as handle:
            head = handle.read(8)
    except IsADirectoryError:
        raise UnreadableWorkbook("not-a-file", str(path)) from None
    except OSError as exc:
        raise UnreadableWorkbook("io", exc.strerror or str(exc)) from None
    if head.startswith(_OLE_MAGIC):
        raise UnreadableWorkbook("encrypted" if _ole_is_encrypted(where) else "legacy")
    if not head.startswith(b"PK"):
        raise UnreadableWorkbook("not-spreadsheet")
    fmt, formula_parts, hidden_parts, percent_styles, role = _vet_zip(where)
    book = RawBook(path=path, format=fmt, role=role)
    # a roll-up's sheets are its own: read whole
    _read_cells(book, where, None if role == ROLLUP else sheets)
    if formula_parts:
        book.formulas_without_value = _formulas_without_value(where, formula_parts)
    if hidden_parts:
        names = _part_names(where)
        book.hidden = {names.get(part, part) for part in hidden_parts}
    if percent_styles and percent_sheets:
        book.percent_cells = _percent_cells(where, percent_sheets)
    return book


def _ole_is_encrypted(where: Where) -> bool:
    # An encrypted .xlsx is an OLE container with an EncryptionInfo stream; a plain .xls
    # has none.
    with _binary(where) as handle:
        return _ENCRYPTION_INFO in handle.read(64 * 1024 * 1024)


def _vet_zip(where: Where) -> tuple[str, set[str], set[str], bool, str | None]:
    """Decompress every part as a stream under the caps; return the format, the parts with
    formulas, those with hidden rows or columns, whether an .xlsx's styles show percentages, and
    what xlkit wrote it as (its mark in the custom properties, read on the way: no second
    opening)."""
    try:
        archive = _zip(where)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableWorkbook("corrupt") from None
    with archive, _buffer(where) as buffer:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        if len(infos) > MAX_PARTS:
            raise UnreadableWorkbook("bomb")
        if sum(i.file_size for i in infos) > MAX_UNPACKED:
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
        for info in infos:
            name = info.filename
            is_xml = name.endswith((".xml", ".rels"))
            is_sheet = name.startswith("xl/worksheets/")  # asked once a part, not once a chunk
            tail = b""
            seen = 0
            opening = b"<!"
            try:
                for chunk in _inflated(buffer, info):
                    seen += len(chunk)
                    total += len(chunk)
                    if total > MAX_UNPACKED or (
                        seen > 8 * _CHUNK and seen > MAX_RATIO * max(info.compress_size, 1)
                    ):
                        raise UnreadableWorkbook("bomb")
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
                            if (
                                name not in formula_parts
                                and _may_hold_formula(window)
                                and _FORMULA.search(window)
                            ):
                                formula_parts.add(name)
                            if (
                                name not in hidden_parts
                                and b"h" in window
                                and b"hidden=" in window
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
    return fmt, formula_parts, hidden_parts, percent_styles and fmt == "xlsx", role


# a part's local header (zipfile's structFileHeader)
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_NAME_LENGTH, _EXTRA_LENGTH = 10, 11
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


def _may_hold_formula(window: bytes) -> bool:
    """Looked for first, plainly: a sheet with a formula closes one (`</f>`; a shared formula's
    copies `<f t="shared" si="0"/>` close none, but the first of them, in the same sheet, does).
    """
    return b"f" in window and b"f>" in window


_DTD_MARKS = tuple(
    mark.encode(codec)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
)


def _declares_dtd(window: bytes) -> bool:
    """Whether a stretch of an XML part declares a DTD or an entity, in UTF-8 or UTF-16."""
    return any(mark in window for mark in _DTD_MARKS)


# one shared blank row: a sheet used down to row 1,048,576 costs no memory for its gaps
BLANK: list[Any] = []


def _rows(sheet: Any) -> list[list[Any]]:
    """The sheet's rows from row 1 (rows[0] is row 1), a blank row as BLANK, trailing blank rows
    dropped."""
    top = sheet.start[0] if sheet.start else 0
    rows: list[list[Any]] = [BLANK] * top
    for row in sheet.iter_rows():
        # any() settles most rows at their first cell; only a row of blanks, zeros or
        # FALSE looks closer
        rows.append(row if any(row) or any(v != "" and v is not None for v in row) else BLANK)
    while rows and rows[-1] is BLANK:
        rows.pop()
    return rows


def _read_cells(book: RawBook, where: Where, wanted: frozenset[str] | None = None) -> None:
    import python_calamine as calamine

    from xlkit.vocab.columns import fold

    try:
        if isinstance(where, bytes):
            workbook = calamine.CalamineWorkbook.from_filelike(io.BytesIO(where))
        else:
            workbook = calamine.CalamineWorkbook.from_path(str(where))
        hidden = {
            m.name
            for m in workbook.sheets_metadata
            if str(getattr(m, "visible", "")).lower().split(".")[-1] not in ("visible", "")
        }
        for name in workbook.sheet_names:
            if wanted is not None and fold(name) not in wanted:
                book.sheets[name] = RawSheet(name=name, rows=[], hidden=name in hidden)
                continue
            sheet = workbook.get_sheet_by_name(name)
            rows = _rows(sheet)
            merged = tuple(tuple(map(tuple, r)) for r in (sheet.merged_cell_ranges or ()))
            book.sheets[name] = RawSheet(
                name=name,
                rows=rows,
                hidden=name in hidden,
                merged=merged,  # type: ignore[arg-type]
            )
        workbook.close()
    except calamine.PasswordError:
        raise UnreadableWorkbook("encrypted") from None
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError) as exc:
        raise UnreadableWorkbook("corrupt", str(exc).splitlines()[0] if str(exc) else "") from None


def _scanned(scan: Callable[..., T], *args: Any) -> T:
    """SCAN(ElementTree, *ARGS) over the parts of a vetted workbook, its XML errors said as the
    file's: an entity defusedxml refuses is hostile, a part that does not parse is corrupt."""
    from defusedxml import DefusedXmlException, ElementTree

    try:
        return scan(ElementTree, *args)
    except DefusedXmlException:
        raise UnreadableWorkbook("hostile-xml") from None
    except (ElementTree.ParseError, KeyError, zipfile.BadZipFile):
        raise UnreadableWorkbook("corrupt") from None


def _formulas_without_value(path: Where, parts: set[str]) -> dict[str, list[str]]:
    """Cells of PARTS holding a formula whose value was never computed (no cached <v>)."""
    return _scanned(_scan_formulas, path, parts)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _part_names(path: Where) -> dict[str, str]:
    """Worksheet part -> the sheet's name, from the workbook and its relationships (vetted: no
    DTD)."""
    from defusedxml import ElementTree

    try:
        with _zip(path) as archive:
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    names = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        names[target] = sheet.get("name", "")
    return names


def _scan_formulas(ElementTree: Any, path: Where, parts: set[str]) -> dict[str, list[str]]:
    main = _MAIN
    found: dict[str, list[str]] = {}
    names = _part_names(path)
    with _zip(path) as archive:
        for part in sorted(parts):
            with archive.open(part) as stream:
                for _, cell in ElementTree.iterparse(stream):
                    if cell.tag != f"{main}c":
                        continue
                    formula = cell.find(f"{main}f")
                    value = cell.find(f"{main}v")
                    if formula is not None and (value is None or not (value.text or "").strip()):
                        found.setdefault(names.get(part, part), []).append(cell.get("r", ""))
                    cell.clear()
    return found


_BUILTIN_PERCENT = {"9": 0, "10": 2}  # numFmtId 9 is 0%, 10 is 0.00%
_QUOTED = re.compile(r'"[^"]*"|\\.')


def _percent_decimals(code: str) -> int | None:
    """Decimals of a number format that shows a percentage (`0.0%` -> 1); None when it shows
    none."""
    bare = _QUOTED.sub("", code).split(";")[0]
    if "%" not in bare:
        return None
    return len(bare.partition(".")[2].partition("%")[0].replace("#", "0").strip("_ )"))


def _percent_styles(archive: zipfile.ZipFile, ElementTree: Any) -> dict[str, int]:
    """Cell style index -> decimals, for the styles that show a percentage."""
    try:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return {}
    formats = dict(_BUILTIN_PERCENT)
    for fmt in styles.iter(f"{_MAIN}numFmt"):
        decimals = _percent_decimals(fmt.get("formatCode", ""))
        if decimals is not None:
            formats[fmt.get("numFmtId", "")] = decimals
    found: dict[str, int] = {}
    xfs = styles.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(() if xfs is None else xfs.iterfind(f"{_MAIN}xf")):
        if xf.get("numFmtId") in formats:
            found[str(index)] = formats[xf.get("numFmtId", "")]
    return found


def _percent_cells(path: Where, sheets: frozenset[str]) -> dict[str, dict[str, int]]:
    return _scanned(_scan_percent_cells, path, sheets)


def _scan_percent_cells(
    ElementTree: Any, path: Where, sheets: frozenset[str]
) -> dict[str, dict[str, int]]:
    from xlkit.vocab.columns import fold

    found: dict[str, dict[str, int]] = {}
    with _zip(path) as archive:
        styles = _percent_styles(archive, ElementTree)
        if not styles:
            return found
        parts = set(archive.namelist())
        for part, name in _part_names(path).items():
            if fold(name) not in sheets or part not in parts:
                continue
            with archive.open(part) as stream:
                for _, cell in ElementTree.iterparse(stream):
                    if cell.tag == f"{_MAIN}c":
                        if cell.get("s") in styles and cell.find(f"{_MAIN}v") is not None:
                            found.setdefault(name, {})[cell.get("r", "")] = styles[
                                cell.get("s", "")
                            ]
                        cell.clear()
    return found
