"""Awards as the report says them (seed 004, II): who, how many, by whom, in what form.

"01 đ/c được đề nghị UBND thành phố tặng Bằng khen, 04 đ/c được đề nghị danh hiệu Chiến sĩ thi
đua cơ sở, 29 đ/c đạt danh hiệu Lao động tiên tiến, 01 GV được Liên đoàn lao động huyện biểu
dương lao động giỏi tiêu biểu." A collective is its own sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xlkit.read.records import Book, Row
from xlkit.text.vn import count, sort_names
from xlkit.vocab import words
from xlkit.vocab.columns import fold
from xlkit.vocab.periods import Period
from xlkit.vocab.words import AWARD_GRANTED, AWARD_PROPOSED, AWARDS


@dataclass
class AwardGroup:
    title: str
    form: str  # words.AWARD_FORMS
    proposed: bool
    body: str  # the awarding body, "" when not given
    kind: str  # words.RECIPIENT_KINDS
    number: int = 0  # people (or collectives) in the group
    names: list[str] = field(default_factory=list)  # those named one by one

    @property
    def collective(self) -> bool:
        return self.kind == words.RECIPIENT_COLLECTIVE


def form_of(row: Row) -> tuple[str, str]:
    """The award's form and its title as the sentence says it (a `Biểu dương …` title loses the
    verb)."""
    title = " ".join(str(row["Danh hiệu"]).split())
    given = row["Hình thức"]
    if fold(title).startswith("biểu dương"):
        return words.AWARD_PRAISE, title[len("biểu dương") :].strip()
    if given:
        return given, title
    if fold(title).startswith(words.MERIT_WORDS):
        return words.AWARD_MERIT, title
    return words.AWARD_TITLE, title


def kind_of(row: Row) -> str:
    given = row["Loại đối tượng"]
    if given:
        return given
    return (
        words.RECIPIENT_COLLECTIVE
        if fold(row["Đối tượng"] or "").startswith("tập thể")
        else words.RECIPIENT_MEMBER
    )


def groups(book: Book, period: Period) -> list[AwardGroup]:
    """The period's awards grouped by what the sentence says, in the order of the sheet."""
    found: dict[tuple[str, str, bool, str, str], AwardGroup] = {}
    for r in book.rows(AWARDS):
        if r["Kỳ"] is None or not r["Kỳ"].reported_in(period) or not r["Danh hiệu"]:
            continue
        form, title = form_of(r)
        proposed = r.get("Trạng thái", AWARD_GRANTED) == AWARD_PROPOSED
        body, kind = " ".join(str(r["Cơ quan khen"] or "").split()), kind_of(r)
        key = (fold(title), form, proposed, fold(body), kind)
        group = found.setdefault(key, AwardGroup(title, form, proposed, body, kind))
        if r["Số lượng"]:
            group.number += r["Số lượng"]
        else:
            group.number += 1
            group.names.append(r["Đối tượng"] or "")
    for group in found.values():
        group.names = group.names if group.collective else sort_names(group.names)
    return list(found.values())


def _what(group: AwardGroup) -> str:
    """`được đề nghị UBND thành phố tặng Bằng khen`, `đạt danh hiệu Lao động tiên tiến`."""
    asked = "được đề nghị " if group.proposed else "được "
    body = f"{group.body} " if group.body else ""
    if group.form == words.AWARD_MERIT:
        return f"{asked}{body}tặng {group.title}"
    if group.form == words.AWARD_PRAISE:
        return f"{asked}{body}biểu dương {group.title}"
    if group.proposed:
        return f"được đề nghị danh hiệu {group.title}"
    return (
        f"được {group.body} công nhận danh hiệu {group.title}"
        if group.body
        else f"đạt danh hiệu {group.title}"
    )


def _with_names(text: str, names: list[str]) -> str:
    if not names:
        return text
    # never "((": a title that ends in brackets takes its names after a colon
    return f"{text}: {', '.join(names)}" if text.endswith(")") else f"{text} ({', '.join(names)})"


def sentences(found: list[AwardGroup]) -> list[str]:
    """One sentence for the people, then one for each collective."""
    people = []
    collectives = []
    for group in found:
        if group.collective:
            who = ", ".join(group.names) if group.names else f"{count(group.number)} tập thể"
            collectives.append(f"{who} {_what(group)}.")
        else:
            label = words.RECIPIENT_KINDS.get(group.kind, "đ/c")
            named = [n for n in group.names if n] if group.number == len(group.names) else []
            people.append(_with_names(f"{count(group.number)} {label} {_what(group)}", named))
    out = [", ".join(people) + "."] if people else []
    return out + [c[:1].upper() + c[1:] for c in collectives]
