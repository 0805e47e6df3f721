"""Who a document is from and to: the cell and its superior committee, named as running text."""

from __future__ import annotations

from typing import Any

from xlkit.read.records import Book
from xlkit.vocab.columns import fold
from xlkit.vocab.words import ON_BEHALF, SIGNER_ROLES

# words that name a kind of unit before the place's own name ("xã Hòa Bình", "thị trấn Tân Mai")
_UNIT_KINDS = {
    "xã",
    "phường",
    "thị",
    "trấn",
    "huyện",
    "quận",
    "thành",
    "phố",
    "tỉnh",
    "trường",
    "cơ",
    "quan",
    "khối",
    "đặc",
    "khu",
}


# a school named in capitals: its kind as written in running text ("Trường Tiểu học An Phú")
_SCHOOL_KINDS = (
    ("trung học phổ thông", "Trung học phổ thông"),
    ("trung học cơ sở", "Trung học cơ sở"),
    ("mầm non", "Mầm non"),
    ("tiểu học", "Tiểu học"),
    ("thcs", "THCS"),
    ("thpt", "THPT"),
    ("mn", "MN"),
    ("th", "TH"),
)


def _place(words: list[str]) -> list[str]:
    """`PHƯỜNG TÂN MAI` / `phường tân mai` -> `phường Tân Mai`, `TRƯỜNG TIỂU HỌC AN PHÚ` ->
    `Trường Tiểu học An Phú`; mixed case is kept as typed."""
    text = " ".join(words)
    if not (text.isupper() or text.islower()):
        return words
    lowered = [w.lower() for w in words]
    if lowered[:1] == ["trường"]:
        rest = " ".join(lowered[1:])
        for kind, written in _SCHOOL_KINDS:
            if rest == kind or rest.startswith(kind + " "):
                name = [w.capitalize() for w in rest[len(kind) :].split()]
                return ["Trường", written, *name]
    out, in_name = [], False
    for word in lowered:
        in_name = in_name or word not in _UNIT_KINDS
        out.append(word.capitalize() if in_name else word)
    return out


def cell_name(book: Book) -> str:
    """`Chi bộ Trường Mầm non Hoa Sen`: the cell named in running text."""
    unit = book.info.get("Đơn vị")
    if unit:
        return f"Chi bộ {unit}"
    words = str(book.info.get("Tên chi bộ", "Chi bộ")).replace("|", " ").split()
    if not words:
        return "Chi bộ"
    return " ".join([words[0].capitalize(), *(w.lower() for w in words[1:2]), *_place(words[2:])])


def own_name(book: Book) -> str:
    """`CHI BỘ GIÁO VIÊN 1` -> `Chi bộ Giáo viên 1`: the cell by its own name, whatever unit it
    leads (a school, a university, a commune's agencies hold several cells)."""
    words = str(book.info.get("Tên chi bộ", "")).replace("|", " ").split()
    if not words:
        return cell_name(book)
    if fold(" ".join(words[:2])) == "chi bộ":
        words = words[2:]
    if not words:
        return "Chi bộ"
    if words[0].lower() in _UNIT_KINDS:
        return " ".join(["Chi bộ", *_place(words)])
    text = " ".join(words)
    if text.isupper() or text.islower():
        words = [words[0].capitalize(), *(w.lower() for w in words[1:])]
    return " ".join(["Chi bộ", *words])


HEADER_LINE_CHARS = (
    23  # what the header's left column (75 mm) holds on one line in 14 pt bold capitals
)


def header_lines(book: Book) -> list[str]:
    """The cell's name as the header prints it, in capitals: broken where the secretary put `|`
    (`CHI BỘ TRƯỜNG|MẦM NON HOA SEN`), else after `CHI BỘ` when it is too long for one line."""
    name = " ".join(str(book.info.get("Tên chi bộ", "")).split()).upper()
    if "|" in name:
        return [line.strip() for line in name.split("|") if line.strip()]
    words = name.split()
    if len(name) <= HEADER_LINE_CHARS or len(words) < 3 or fold(" ".join(words[:2])) != "chi bộ":
        return [name]
    return [" ".join(words[:2]), " ".join(words[2:])]


def superior_committee(book: Book) -> str:
    """`ĐẢNG BỘ XÃ HÒA BÌNH`, `đảng bộ xã hòa bình` -> `Đảng ủy xã Hòa Bình`: the committee a
    report goes to."""
    words = str(book.info.get("Đảng bộ cấp trên", "")).split()
    if not words:
        return "Cấp ủy cấp trên"
    if len(words) > 2 and fold(" ".join(words[:2])) in ("đảng bộ", "đảng ủy"):
        return " ".join(["Đảng ủy", *_place(words[2:])])
    return " ".join([words[0].capitalize(), *_place(words[1:])])


def recipients(book: Book) -> list[str]:
    given = book.info.get("Nơi nhận")
    if given:
        return list(given)
    return [f"{superior_committee(book)} (để b/c);", "Lưu Chi bộ."]


def issuer(book: Book, *, plan: bool = False, signing: str | None = None) -> dict[str, Any]:
    """What a document's header and signature say of the cell, the same for the report and the
    plans but for who signs: SIGNING (`--ky`), else `Ký thay mặt` for a report and `Ký thay mặt
    kế hoạch` for a plan the cell's meeting adopts, T/M CHI BỘ by default (HD 36 point 1.7)."""
    own = book.info.get("Ký thay mặt kế hoạch") if plan else book.info.get("Ký thay mặt")

    return {
        "superior": str(book.info.get("Đảng bộ cấp trên", "")).upper(),
        "cell": "|".join(header_lines(book)),
        "symbol": book.info.get("Ký hiệu chi bộ", "CB"),
        "place": book.info.get("Địa danh", ""),
        "secretary": book.info.get("Bí thư", ""),
        "cell_name": cell_name(book),
        "recipients": recipients(book),
        "on_behalf": signing or own or ON_BEHALF[0],
        "role": book.info.get("Chức vụ người ký", SIGNER_ROLES[0]),
    }
