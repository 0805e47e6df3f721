"""Text typed in the pre-Unicode Vietnamese encodings, TCVN3 (ABC, `.Vn*` fonts) and VNI: detect,
convert.

In a workbook such text arrives as Latin-1 letters (`Tr­êng`, `tröôøng`). Detection goes word by
word, so a cell that mixes Unicode and legacy words is caught too; conversion tries both
encodings and keeps the reading in which every word is a well-formed Vietnamese syllable.
"""

from __future__ import annotations

import re
import unicodedata

# TCVN3: one byte per letter; capitals with tones share the lowercase codes (the capital font
# draws them).
_TCVN3 = dict(
    zip(
        "µ¶·¸¹¨»¼½¾ÆÇÈÉÊË©ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô­õö÷øùúûüýþ®¡¢£¤¥¦§",
        "àảãáạăằẳẵắặầẩẫấậâèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđĂÂÊÔƠƯĐ",
        strict=True,
    )
)
# VNI: a base letter followed by marks; a few letters stand alone.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT, _CIRC, _BREVE = (
    "\u0301",
    "\u0300",
    "\u0309",
    "\u0303",
    "\u0323",
    "\u0302",
    "\u0306",
)
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRC, "á": _CIRC + _ACUTE, "à": _CIRC + _GRAVE, "å": _CIRC + _HOOK,
    "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}  # fmt: skip
_VNI_LETTERS = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
}
_VOWELS = set("aeiouyăâêôơư")
_TONES = {_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT}

# Latin-1 letters that precomposed Vietnamese Unicode uses itself.
_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_SIGNS_PEOPLE_USE = set("°±²³µ·×÷«»¼½¾§©®¶¡¿")
_VIETNAMESE_ONLY = re.compile("[\u1ea0-\u1ef9ĂăĐđƠơƯưĨĩŨũ]")
_WORD = re.compile(r"\S+")
# a quick look first: text with none of the Latin-1 signs that mark TCVN3 or VNI is Unicode (most
# cells)
_SUSPECT = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in range(0xA1, 0x100) if chr(c) not in _VIETNAMESE_LATIN1)
    + "]"
)


def _odd(ch: str, word: str) -> bool:
    """A Latin-1 sign no Vietnamese Unicode text has in a word: the mark of TCVN3 or VNI."""
    code = ord(ch)
    if not 0xA0 < code <= 0xFF or ch in _VIETNAMESE_LATIN1:
        return False
    if ch == "\xad" or ch not in _SIGNS_PEOPLE_USE:
        return True
    at = word.index(ch)
    return at > 0 and word[at - 1].isalpha()  # `Hµ`, `B×nh`: a sign glued to a letter


def legacy_word(word: str) -> bool:
    return not _VIETNAMESE_ONLY.search(word) and any(_odd(ch, word) for ch in word)


def looks_legacy(text: str) -> bool:
    """Whether TEXT, or any word of it, looks typed in TCVN3 or VNI rather than Unicode."""
    return _SUSPECT.search(text) is not None and any(legacy_word(w) for w in _WORD.findall(text))


def _from_tcvn3(word: str) -> str:
    return "".join(_TCVN3.get(ch, ch) for ch in word)


def _from_vni(word: str) -> str:
    out: list[str] = []
    for ch in word:
        low = ch.lower()
        mark = _VNI_MARKS.get(low)
        if mark and out and unicodedata.normalize("NFD", out[-1])[0].lower() in "aeiouy":
            base = unicodedata.normalize("NFD", out[-1])
            out[-1] = unicodedata.normalize("NFC", base + mark)
        elif low in _VNI_LETTERS:
            letter = _VNI_LETTERS[low]
            out.append(letter.upper() if ch.isupper() else letter)
        else:
            out.append(ch)
    return "".join(out)


# The vowel groups of Vietnamese syllables (tones removed); `qu` and `gi` lend their u and i.
_NUCLEI = set(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô "
    "uơ uy ưa ưi ưu ươ yê "
    "iêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu yêu".split()
)
_VOWEL_RUN = re.compile("[aăâeêioôơuưy]+")


def _badness(word: str) -> int:
    """How far WORD is from a Vietnamese syllable: stray signs, two tones, an impossible vowel
    group."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(1 for ch in decomposed if ch in _TONES)
    bare = unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if ch not in _TONES)
    ).lower()
    bare = re.sub("^(qu|gi)(?=[aăâeêioôơuưy])", "q", bare)
    groups = sum(1 for run in _VOWEL_RUN.findall(bare) if run not in _NUCLEI)
    stray = sum(1 for ch in word if _odd(ch, word))
    return stray * 2 + max(0, tones - 1) * 2 + groups


def _high(word: str) -> bool:
    return any(0xA0 < ord(ch) <= 0xFF for ch in word) and not _VIETNAMESE_ONLY.search(word)


def _in_capitals(text: str) -> bool:
    """Typed in a capital font (`.VnTimeH`): its plain letters all capitals, toned ones share
    lowercase codes."""
    letters = [ch for ch in text if ch.isascii() and ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def from_legacy(text: str, encoding: str | None = None) -> str:
    """TEXT read as TCVN3 or VNI, whichever reads as Vietnamese; words already in Unicode are
    kept.

    ENCODING (`tcvn3`, `vni`), when the cell's font says which, reads it so even where the text
    alone could pass for Unicode (`Bé` in `.VnTime` is `Bộ`).
    """
    if encoding is None and not looks_legacy(text):
        return text
    words = _WORD.findall(text)
    readings = []
    converters = {"tcvn3": (_from_tcvn3,), "vni": (_from_vni,)}.get(
        encoding or "", (_from_tcvn3, _from_vni)
    )
    for convert in converters:
        mapped = {w: convert(w) for w in words if _high(w)}
        readings.append((sum(_badness(v) for v in mapped.values()), mapped))
    _, best = min(readings, key=lambda r: r[0])  # a tie keeps TCVN3, the commoner one
    converted = unicodedata.normalize(
        "NFC", _WORD.sub(lambda m: best.get(m.group(), m.group()), text)
    )
    return converted.upper() if _in_capitals(text) else converted
