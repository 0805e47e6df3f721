"""A seeded mutator of the example workbook, and of the e-mails and packages that carry it: each
mutant is the bytes of a file and the cell it spoiled (None when the damage is to the file).

The spoiling is of the kinds a workbook meets on its way: a value no cell of its column may hold
(negative, a fraction in a count, 1e300, text in a number, an error Excel cached, a date serial
out of any calendar), a cell moved or its style changed, a shared string that does not exist, a
byte flipped or the file cut short. A legitimate edit (another valid rating, another valid date)
is never made: then figures may rightly move with nothing said.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from xlkit.vocab.columns import Column, Type

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "vi-du-2023.xlsx"
# the sheets a report counts from (parts of the example, by name)
SHEETS = {
    "xl/worksheets/sheet2.xml": "Thông tin",
    "xl/worksheets/sheet3.xml": "Đảng viên",
    "xl/worksheets/sheet4.xml": "Chỉ tiêu",
    "xl/worksheets/sheet5.xml": "Số liệu",
    "xl/worksheets/sheet6.xml": "Sinh hoạt",
    "xl/worksheets/sheet9.xml": "Phát triển Đảng",
    "xl/worksheets/sheet10.xml": "Kiểm tra giám sát",
    "xl/worksheets/sheet11.xml": "Thi đua khen thưởng",
    "xl/worksheets/sheet13.xml": "Đảng phí",
}
_CELL = re.compile(rb'<c r="([A-Z]+)([0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_GARBAGE = [
    "abc",
    "12abc",
    "NaN",
    "inf",
    "-",
    "1e999",
    "01/13/2023",
    "31/02/2023",
    "\x07",
    "Tr\xadêng",
]


@dataclass(frozen=True)
class Mutant:
    name: str  # what was done, for the report of a failure
    data: bytes
    sheet: str | None = None  # the sheet and cell spoiled; None: the file itself
    cell: str | None = None

    @property
    def row(self) -> str:
        return re.sub(r"[A-Z]+", "", self.cell or "")


def _inline(text: str) -> bytes:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").encode("utf-8")
    return b' t="inlineStr"><is><t>' + escaped + b"</t></is></c>"


# text columns that hold words only: a number there is a mistake, whatever xlkit says of it
WORDS = {"Họ và tên", "Dân tộc", "Tôn giáo"}
ALWAYS = ("error", "shared", "style")  # never a value her column may hold


def kinds(column: Column | None) -> tuple[str, ...]:
    """The spoilings no cell of COLUMN may hold: a value she could rightly type there (a plan of
    10^9 đồng, a count of 0, a note that is a number) is not one."""
    words = column is not None and column.header in WORDS
    if column is None or (column.type is Type.TEXT and not words):
        return ALWAYS
    if column.type is Type.TEXT or column.type is Type.CHOICE:  # words: any number is wrong
        return (*ALWAYS, "negative", "huge", "fraction", "bool", "date-serial", "power", "formula")
    if column.type is Type.DATE:  # no calendar holds these
        return (*ALWAYS, "negative", "huge", "text", "bool", "formula")
    if column.type is Type.INTEGER:
        return (*ALWAYS, "negative", "huge", "fraction", "text", "bool", "formula")
    signed = column.minimum is None
    return (*ALWAYS, "text", "bool", *(() if signed else ("negative", "formula")))


def _spoiled(
    rng: random.Random, attributes: bytes, body: bytes, allowed: tuple[str, ...]
) -> tuple[str, bytes]:
    """A spoiled cell's attributes and body, as XML after `<c r="..."`."""
    style = re.sub(rb'\s*t="[^"]*"', b"", attributes)
    number = re.search(rb"<v>([^<]*)</v>", body or b"")
    value = number.group(1) if number else b"1"
    kind = rng.choice(allowed)
    if kind == "negative":
        return kind, style + b"><v>-" + (value if value.isdigit() else b"7") + b"</v></c>"
    if kind == "huge":
        return kind, style + b"><v>" + rng.choice([b"1E+300", b"-1E+300", b"9E+15"]) + b"</v></c>"
    if kind == "fraction":
        return kind, style + b"><v>" + (value if value.isdigit() else b"3") + b".5</v></c>"
    if kind == "error":
        return kind, style + b' t="e"><v>' + rng.choice(
            [b"#N/A", b"#REF!", b"#VALUE!"]
        ) + b"</v></c>"
    if kind == "text":
        return kind, style + _inline(rng.choice(_GARBAGE))
    if kind == "bool":
        return kind, style + b' t="b"><v>1</v></c>'
    if kind == "date-serial":
        return kind, style + b"><v>" + rng.choice(
            [b"2958466", b"-99999", b"0", b"60"]
        ) + b"</v></c>"
    if kind == "power":
        return kind, style + b"><v>" + str(10 ** rng.randint(4, 12)).encode() + b"</v></c>"
    if kind == "shared":
        return kind, style + b' t="s"><v>' + rng.choice([b"99999", b"-1", b"x"]) + b"</v></c>"
    if kind == "style":
        plain = re.sub(rb'\s*s="[^"]*"', b"", attributes)
        return kind, plain + b' s="' + str(rng.randint(0, 40)).encode() + b'">' + (
            body or b""
        ) + b"</c>"
    cached = value if number else b"1"
    return kind, style + b"><f>1+" + cached + b"</f><v>" + b"-" + cached + b"</v></c>"


@cache
def _headers() -> dict[tuple[str, str], str]:
    import openpyxl

    book = openpyxl.load_workbook(EXAMPLE, read_only=True)
    return {
        (name, cell.column_letter): str(cell.value)
        for name in SHEETS.values()
        for cell in next(book[name].iter_rows(max_row=1))
        if cell.value is not None and hasattr(cell, "column_letter")
    }


def _column(sheet: str, letter: str) -> Column | None:
    """The schema's column of SHEET at LETTER in the example (None: Thông tin, whose rows are
    its fields, or a column the schema does not know)."""
    from xlkit.vocab import schema

    if sheet == "Thông tin":
        return None
    spec = next(s for s in schema.SHEETS if s.name == sheet)
    header = _headers().get((sheet, letter))
    try:
        return spec.column(header) if header else None
    except KeyError:
        return None


def _cells(xml: bytes) -> list[re.Match[bytes]]:
    return [m for m in _CELL.finditer(xml) if int(m.group(2)) > 1]


def cell_mutant(rng: random.Random, source: bytes = b"") -> Mutant:
    source = source or EXAMPLE.read_bytes()
    with zipfile.ZipFile(io.BytesIO(source)) as old:
        filled = {p: cells for p in sorted(SHEETS) if (cells := _cells(old.read(p)))}
        part = rng.choice(sorted(filled))  # a sheet with rows below its header (Đảng phí has none)
        xml, found = old.read(part), rng.choice(filled[part])
        ref = (found.group(1) + found.group(2)).decode()
        allowed = kinds(_column(SHEETS[part], found.group(1).decode()))
        kind, spoiled = _spoiled(rng, found.group(3), found.group(4) or b"", allowed)
        new_xml = (
            xml[: found.start()] + b'<c r="' + ref.encode() + b'"' + spoiled + xml[found.end() :]
        )
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
            for info in old.infolist():
                new.writestr(info.filename, new_xml if info.filename == part else old.read(info))
    return Mutant(f"{SHEETS[part]}!{ref} {kind}", out.getvalue(), SHEETS[part], ref)


def file_mutant(rng: random.Random, source: bytes) -> Mutant:
    """SOURCE's bytes damaged: a byte flipped, a run zeroed, or cut short."""
    data = bytearray(source)
    kind = rng.choice(["flip", "zero", "cut"])
    at = rng.randrange(len(data))
    if kind == "flip":
        data[at] ^= 1 << rng.randrange(8)
    elif kind == "zero":
        data[at : at + rng.randint(1, 64)] = bytes(min(64, len(data) - at))[
            : len(data[at : at + 64])
        ]
    else:
        del data[at:]
    return Mutant(f"file {kind} at {at}", bytes(data))


def mutants(seed: int, count: int) -> Iterator[Mutant]:
    """COUNT mutants of the example from SEED: most spoil one cell, one in five the file."""
    rng = random.Random(seed)
    source = EXAMPLE.read_bytes()
    for _ in range(count):
        if rng.random() < 0.8:
            yield cell_mutant(rng, source)
        else:
            yield file_mutant(rng, source)
