"""The plan seeds (../shared/seeds/000-003) element by element: what each seed prints, the form
xlkit prints it in, and why each difference stays. The test is test_plan_seeds.py; run this file
to print the table the closing note gives: python tests/documents/plan_seeds.py
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]

from xlkit.documents.model import (  # noqa: E402
    Closing,
    Document,
    Header,
    Heading,
    ListItem,
    Paragraph,
    Table,
    Title,
)
from xlkit.documents.plans import PlanIssue, PlanKind, plan_document  # noqa: E402
from xlkit.read.opening import load  # noqa: E402


@dataclass(frozen=True)
class Element:
    name: str
    seed: str  # as the seed prints it
    # inside a line: a figure in xlkit's sentence (the situation), a sentence of her paragraph
    within: bool = False
    anycase: bool = False  # a title: HD 36 prints the summary line in lower case, bold


@dataclass(frozen=True)
class Seed:
    number: str
    module: str  # tests/data/<module>.py types it in
    kind: PlanKind
    year: int
    day: date
    elements: tuple[Element, ...]
    slips: dict[str, str] = field(default_factory=dict)  # the seed's own mistakes: not counted
    differs: dict[str, str] = field(default_factory=dict)  # where xlkit's form stays different


_MARK = re.compile(r"^(?:[-+*•]\)?\s*)+")
_NUMBERED = re.compile(r"^(\d+|[IVX]+|[A-Z])\s*[-.]+\s*")


# the tone mark on either vowel of oa, oe, uy is one spelling (khoá, khóa): the new placement
_OLD_TONE = re.compile(r"([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])")
_MOVED = dict(zip("àáảãạèéẻẽẹỳýỷỹỵ", "òóỏõọòóỏõọùúủũụ", strict=True))


def _tone(match: re.Match[str]) -> str:
    vowel, marked = match.group(1), match.group(2)
    plain = {"à": "a", "á": "a", "ả": "a", "ã": "a", "ạ": "a", "è": "e", "é": "e", "ẻ": "e"}
    plain |= {"ẽ": "e", "ẹ": "e", "ỳ": "y", "ý": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y"}
    low = marked.lower()
    moved = _MOVED[low]
    moved = moved.upper() if vowel.isupper() else moved
    rest = plain[low].upper() if marked.isupper() else plain[low]
    return moved + rest


def norm(text: str) -> str:
    """The form without what a layout changes: list marks, the numbering's dash or dot, spaces,
    the final punctuation, where an old spelling puts its tone mark (khoá, khóa)."""
    text = " ".join(text.replace("\u00a0", " ").split())
    text = _OLD_TONE.sub(_tone, text)
    text = _MARK.sub("", text)
    text = _NUMBERED.sub(lambda m: m.group(1) + ". ", text)
    # one final mark, not all: a doubled "Minh.." is not the seed's "Minh."
    text = text.rstrip()
    return text[:-1].rstrip() if text[-1:] in ".:;," else text


def lines_of(document: Document) -> list[str]:
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Header):
            out += [block.superior, *block.cell.split("|"), block.number, block.motto]
            out.append(block.place_date)
        elif isinstance(block, Title):
            out.append(" ".join([block.kind, *block.summary]))
        elif isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, (Paragraph, ListItem)):
            # a list's mark, dash or number, is the layout's: the seed's "1." is xlkit's "1."
            out.append(" ".join(block.lines))
        elif isinstance(block, Table):
            out += [line for row in block.rows for cell in row for line in cell.split("\n")]
        elif isinstance(block, Closing):
            # HD 36's one element "quyền hạn, chức vụ, họ tên … của người có thẩm quyền"
            out += [block.recipients_label, *block.recipients]
            out.append(f"{block.on_behalf} / {block.role} / {block.signer}")
    return [norm(line) for line in out if line.strip()]


def typed_elements(module: ModuleType) -> list[Element]:
    """Her prose and her months, each an element: printed as she typed it."""
    own = [Element(f"prose {r['Mục']}: {r['Nội dung'][:30]}…", r["Nội dung"]) for r in module.PROSE]
    months = [
        Element(f"tháng {r['Tháng']}: {r['Nội dung hoạt động'][:24]}…", r["Nội dung hoạt động"])
        for r in getattr(module, "MONTHLY", [])
    ]
    return own + months


@dataclass
class Compared:
    seed: Seed
    rows: list[tuple[Element, str]]  # element, "same" | "differs" | "slip"

    @property
    def counted(self) -> list[tuple[Element, str]]:
        return [(e, s) for e, s in self.rows if s != "slip"]

    @property
    def share(self) -> float:
        return sum(1 for _, s in self.counted if s == "same") / len(self.counted)


def compare(seed: Seed, folder: Path) -> Compared:
    module = importlib.import_module(f"data.{seed.module}")
    path = folder / f"seed-{seed.number}.xlsx"
    module.write(path)
    book, _ = load(path)
    document = plan_document(book, seed.kind, PlanIssue(seed.year, None, seed.day))
    printed = lines_of(document)
    folded = [p.casefold() for p in printed]
    rows = []
    for element in (*seed.elements, *typed_elements(module)):
        want = norm(element.seed)
        if element.within:  # a sentence of a paragraph: its first letter may be lowered
            same = any(want.casefold() in p for p in folded)
        elif element.anycase:
            same = want.casefold() in folded
        else:
            same = want in printed
        state = "same" if same else "slip" if element.name in seed.slips else "differs"
        rows.append((element, state))
    return Compared(seed, rows)


def table(compared: Compared) -> str:
    seed = compared.seed
    counted = compared.counted
    same = sum(1 for _, s in counted if s == "same")
    lines = [
        f"Seed {seed.number}: {same}/{len(counted)} = {100 * compared.share:.1f} % in the seed's "
        f"form ({len(compared.rows) - len(counted)} of the seed's slips not counted)"
    ]
    for element, state in compared.rows:
        why = seed.differs.get(element.name) or seed.slips.get(element.name) or ""
        if state != "same" or not element.name.startswith(("prose", "tháng")):
            lines.append(
                f"  {state:7} {element.name} | {element.seed[:60]}" + (f" — {why}" if why else "")
            )
    return "\n".join(lines)


if __name__ == "__main__":
    import tempfile

    from test_plan_seeds import SEEDS

    with tempfile.TemporaryDirectory() as folder:
        for seed in SEEDS:
            print(table(compare(seed, Path(folder))))
