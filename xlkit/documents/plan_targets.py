"""`Chỉ tiêu` said as the plans say them (seeds 000, 001), and where each is said.

How a figure stands in a target's sentence follows the seeds:
- a share of the cell's own people puts the figure first: `100% đảng viên được học tập …`;
- any other share puts it after what it measures: `Huy động học sinh đến trường đạt 98%`,
  `Giáo viên dạy giỏi cấp trường đạt trên 85%/TSGV đăng ký`;
- a count follows a colon: `Tham gia lớp bồi dưỡng nhận thức về Đảng: 2 quần chúng`;
- words that already hold the figure are hers, printed as written: `Bồi dưỡng kết nạp 02
  quần chúng ưu tú vào đảng`;
- a maximum of zero is a negation: `Không có đảng viên nào vi phạm …`;
- the `trong đó` parts (CT04.1 of CT04) in brackets: `(trong đó có 04 đảng viên …)`,
  `(giỏi: 20%; khá 44%)`.
"""

from __future__ import annotations

import re

from xlkit.documents import sections
from xlkit.documents.phrases import stated
from xlkit.read.records import Book, Row
from xlkit.text.amounts import NUMBER, number_from_text
from xlkit.text.vn import quantity
from xlkit.vocab.columns import fold
from xlkit.vocab.words import (
    DIRECTION_MAX,
    DIRECTION_MIN,
    QUALIFIERS_AT_MOST,
    QUALIFIERS_BELOW,
    TARGETS,
)

# people a plan counts; a count of them needs no unit (`04 đảng viên …`)
PEOPLE = ("đảng viên", "quần chúng", "giáo viên", "nhân viên", "cán bộ", "trẻ", "học sinh", "lớp")
# the cell's own people: a share of them is said figure first (`100% đảng viên …`, `100% CB, GV
# …`), as every plan seed does; a share of anything else after what it measures
OWN_PEOPLE = ("đảng viên", "cán bộ", "quần chúng", "chi ủy viên", "cấp ủy viên", "cb", "đv")
_RATE = ("tỷ lệ", "tỉ lệ")
_FIGURE = re.compile(rf"(?<![\w,.]){NUMBER}(?![\w])(\s*%)?")


def lower_first(text: str) -> str:
    words = text.split(" ", 1)
    # an abbreviation (CB, ĐV) or a name keeps its capitals; a common first word is lowered
    return text if words[0].isupper() and len(words[0]) > 1 else text[:1].lower() + text[1:]


def _starts_with(text: str, heads: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(
        folded == head or (folded.startswith(head) and not folded[len(head)].isalnum())
        for head in heads
    )


def _holds(content: str, plan: float, percent: bool) -> bool:
    """Her words already say the figure (`… kết nạp 02 quần chúng …`, `Phấn đấu 100% …`)."""
    for match in _FIGURE.finditer(content):
        try:
            value = number_from_text(match.group(0).rstrip("% "))
        except ValueError:
            continue
        if value == float(plan) and bool(match.group(1)) == percent:
            return True
    return False


def _share(content: str, plan: float, at_most: bool) -> str:
    """A percentage in its place: first for the cell's people, else after what it measures."""
    value = stated(plan, "%")
    qualifier = getattr(plan, "qualifier", "")
    if _starts_with(content, OWN_PEOPLE) and not at_most:
        return f"{value} {lower_first(content)}"
    if qualifier in QUALIFIERS_BELOW + QUALIFIERS_AT_MOST:
        return f"{content} {value}"  # `Tỷ lệ học sinh bỏ học dưới 1%`
    if at_most:
        return f"{content} {value}" if qualifier else f"{content} không quá {value}"
    # `đạt chuẩn về chuyên môn 100%`: her `đạt` is the verb; else `… đạt 98%`
    said_reach = " đạt " in f" {fold(content)} " and not _starts_with(content, _RATE)
    return f"{content} {value}" if said_reach else f"{content} đạt {value}"


def _none_of(content: str) -> str:
    """A maximum of zero said as a negation: `Không có đảng viên nào vi phạm …`, never `không
    quá 0 người` (a rate's `Tỷ lệ` goes: there is none of what it measures)."""
    said = lower_first(content)
    for rate in ("tỷ lệ ", "tỉ lệ "):
        if fold(said).startswith(rate):
            said = said[len(rate) :]
    for people in PEOPLE:
        if fold(said).startswith(people + " ") or fold(said) == people:
            return f"Không có {said[: len(people)]} nào{said[len(people) :]}"
    return f"Không có {said}"


def _part_said(child: Row) -> str:
    """A `trong đó` part: `có 04 đảng viên Hoàn thành xuất sắc nhiệm vụ` (a count of people
    needs no unit), `giỏi: 20%` (a share, after her words as she typed them)."""
    content = " ".join(str(child["Nội dung"] or "").split())
    plan = child["Kế hoạch năm"]
    unit = getattr(plan, "unit", "") or child["Đơn vị tính"] or ""
    if unit == "%" or getattr(plan, "percent", False):
        return f"{lower_first(content)} {stated(plan, '%')}"
    if _holds(content, plan, False):
        return content
    lowered = lower_first(content)
    if _starts_with(content, PEOPLE):
        return f"{quantity(plan, unit)} {lowered}"
    return f"{stated(plan, unit)} {lowered}"


def _brackets(parts: list[Row]) -> str:
    """`(trong đó có 04 đảng viên …)`; shares alone, `(giỏi: 20%; khá 44%)`, as she named
    them; her own `trong đó` is not said twice."""
    said = [_part_said(c) for c in parts if c["Kế hoạch năm"] is not None]
    if not said:
        return ""
    shares = all(
        (c["Đơn vị tính"] == "%" or getattr(c["Kế hoạch năm"], "percent", False))
        for c in parts
        if c["Kế hoạch năm"] is not None
    )
    text = "; ".join(said)
    if not shares and not fold(text).startswith("trong đó"):
        text = ("trong đó " if fold(text).startswith("có ") else "trong đó có ") + text
    return f" ({text})"


def target_sentence(target: Row, children: list[Row] | None = None) -> str:
    """A target as the plan states it, with its `trong đó` parts (CT05.1 of CT05)."""
    # her final mark goes: the sentence ends with its own (never "mới;: 02 đ/c")
    content = " ".join(str(target["Nội dung"] or target["Mã"]).split()).rstrip(" .;:,")
    plan, goal = target["Kế hoạch năm"], target["Mục tiêu"]
    unit = getattr(plan, "unit", "") or target["Đơn vị tính"] or ""
    at_most = target.get("Chiều", DIRECTION_MIN) == DIRECTION_MAX
    if plan is None:
        # a title (Hoàn thành tốt nhiệm vụ) after a colon; words that go on her sentence, after
        # a space: "Thực hiện thu chi Đảng phí đúng qui định" (seed 000 has both)
        text = f"{content}{': ' if goal[:1].isupper() else ' '}{goal}" if goal else content
    elif at_most and plan == 0:
        text = _none_of(content)
    elif unit == "%" or getattr(plan, "percent", False):
        percent = True
        text = content if _holds(content, plan, percent) else _share(content, plan, at_most)
    elif _holds(content, plan, False):
        text = content
    else:
        qualifier = getattr(plan, "qualifier", "")
        text = f"{content}: {'không quá ' if at_most and not qualifier else ''}{stated(plan, unit)}"
    text = text.rstrip(" .;")
    return text + _brackets(children or []) + "."


def _children(rows: list[Row]) -> tuple[dict[int, str], dict[str, list[Row]]]:
    codes = {t["Mã"] for t in rows}
    # CT05 of CT05.1
    parent_of = {id(t): head for t in rows if (head := str(t["Mã"]).rpartition(".")[0]) in codes}
    children: dict[str, list[Row]] = {}
    for t in rows:
        if id(t) in parent_of:
            children.setdefault(parent_of[id(t)], []).append(t)
    return parent_of, children


def placed_targets(book: Book) -> list[tuple[Row, str]]:
    """Each target that is said (not a part of another) with its sentence, in order."""
    rows = [t for t in book.rows(TARGETS) if t["Mã"]]
    parent_of, children = _children(rows)
    return [(t, target_sentence(t, children.get(t["Mã"]))) for t in rows if id(t) not in parent_of]


def targets_said(
    said: list[tuple[Row, str]],
    fields: tuple[str, ...] | None = None,
    *,
    exclude: tuple[str, ...] = (),
) -> list[str]:
    """The sentences of SAID (placed_targets) of FIELDS, or not of EXCLUDE, that she placed
    nowhere (no `Mục con`): the plan's list "Các chỉ tiêu phấn đấu"."""
    out = []
    for t, sentence in said:
        field = t["Lĩnh vực"] or ""
        if (fields is not None and field not in fields) or field in exclude and field:
            continue
        if not t.get("Mục con"):
            out.append(sentence)
    return out


def _found(parts: list[sections.Part], title: str) -> sections.Part | None:
    """The part TITLE names (`A › B` is B under A), when she wrote one."""
    pieces = [*sections.LEVELS.split(" ".join(title.split()), maxsplit=1), ""]
    head, tail = pieces[0].strip(), pieces[1].strip()
    for part in parts:
        if tail and fold(part.title) == fold(tail) and fold(part.parent) == fold(head):
            return part
        if not tail and fold(part.title) == fold(head):
            return part
    return None


def place(
    said: list[tuple[Row, str]],
    groups: dict[str, list[sections.Part]],
    home: dict[str, str],
    titles: dict[str, str],
) -> None:
    """Each target of SAID (placed_targets) she placed (`Mục con`) said at the end of that
    part, in the first of GROUPS (Mục -> its parts) that has it; naming a Mục itself (or her title
    for it) is its own text. A part no group has is made in the group HOME gives for its field (""
    for any), before the part a later target names: the order of `Chỉ tiêu` is hers."""
    targets = [(t, s, str(t.get("Mục con") or "")) for t, s in said]

    def bare(text: str) -> str:
        return fold(text).rstrip(" .:")

    sections_named = {bare(name): name for name in groups}
    sections_named |= {bare(own): name for name, own in titles.items() if name in groups}
    for index, (t, sentence, title) in enumerate(targets):
        if not title:
            continue
        if bare(title) in sections_named:
            groups[sections_named[bare(title)]][0].lines.append(sentence)
            continue
        part = next((p for g in groups.values() if (p := _found(g, title)) is not None), None)
        if part is None:
            group = groups[home.get(t["Lĩnh vực"] or "", home[""])]
            later = (_found(group, after) for _, _, after in targets[index + 1 :] if after)
            before = next((p for p in later if p is not None and not p.parent), None)
            part = sections.part(group, title)
            if before is not None and not part.parent:
                group.remove(part)
                group.insert(group.index(before), part)
        part.lines.append(sentence)
