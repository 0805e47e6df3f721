"""The plans (documents.md §2-4): the annual plan, the political-task plan, the thematic-meeting
plan and the term programme, each from its own `Nội dung báo cáo` rows (Kỳ KH-2024, NV-2024,
CD-2024, CT) and the sheets it reads: the situation at the plan's date, `Chỉ tiêu`'s plan values
as sentences, `Kế hoạch tháng` as a month-by-month table, `Chuyên đề` by quarter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from xlkit.compute.membership import members_at
from xlkit.documents import sections
from xlkit.documents.model import Document
from xlkit.documents.parties import issuer
from xlkit.documents.plan_targets import (
    lower_first,
    place,
    placed_targets,
    target_sentence,
    targets_said,
)
from xlkit.documents.templating import letter, render
from xlkit.read.records import Book
from xlkit.text.vn import count, long_date
from xlkit.vocab import words
from xlkit.vocab.columns import fold
from xlkit.vocab.sections import PLAN_KEYS, SECTIONS
from xlkit.vocab.words import EDUCATION, MONTHLY, PROSE, THEORY

__all__ = ["PlanIssue", "PlanKind", "plan_document", "situation", "target_sentence", "targets_said"]


class PlanKind(str, Enum):
    """`--kind`: the words a secretary types, the schema's section group, the template, the
    number's type."""

    YEAR = "nam"
    TASK = "nhiem-vu"
    THEMATIC = "chuyen-de"
    TERM = "toan-khoa"

    @property
    def group(self) -> str:
        return {"nam": "plan", "nhiem-vu": "task", "chuyen-de": "thematic", "toan-khoa": "term"}[
            self.value
        ]

    @property
    def number_type(self) -> str:
        return "CTr" if self is PlanKind.TERM else "KH"

    def key(self, year: int) -> str:
        """The `Kỳ` of its prose: KH-2024, NV-2024, CD-2024, or CT (the term's, whatever the
        year)."""
        prefix = PLAN_KEYS[self.group]
        return prefix if self is PlanKind.TERM else f"{prefix}-{year}"


@dataclass(frozen=True)
class PlanIssue:
    year: int
    number: str | None
    day: date  # decided by the command
    signing: str | None = None  # `--ky`: T/M CHI BỘ, T/M CHI ỦY …


# fields of `Chỉ tiêu` said in part B.I of the political-task plan; the others in B.II
PARTY_FIELDS = ("Xây dựng Đảng", "Chính trị tư tưởng", "Đoàn thể", "Kiểm tra giám sát")


def situation(book: Book, day: date) -> list[str]:
    """The cell at the plan's date (seed 000, I): who counts on DAY, not at a period's end."""
    members = members_at(book, day)
    official = [
        m for m in members if m["Ngày chính thức"] is not None and m["Ngày chính thức"] <= day
    ]
    women = [m for m in members if m["Giới tính"] == "Nữ"]
    minority = [m for m in members if m["Dân tộc"] and fold(m["Dân tộc"]) != "kinh"]

    def levels(header: str, names: tuple[str, ...]) -> str:
        counted = [(n, sum(1 for m in members if m[header] == n)) for n in names]
        return ", ".join(f"{n} {count(c)}" for n, c in counted if c) or "chưa ghi"

    return [
        f"Đến {long_date(day)}, chi bộ có {count(len(members))} đảng viên; trong đó: đảng viên "
        f"chính thức {count(len(official))}, "
        f"đảng viên dự bị {count(len(members) - len(official))}; đảng viên nữ {count(len(women))}; "
        f"dân tộc thiểu số {count(len(minority))}.",
        f"Về trình độ chuyên môn: {levels('Trình độ chuyên môn', EDUCATION)}.",
        f"Về trình độ lý luận chính trị: {levels('Lý luận chính trị', THEORY)}.",
    ]


def months(book: Book, year: int) -> list[tuple[str, str]]:
    """`Kế hoạch tháng` as (month, activities) rows: several activities a month, each on its
    line."""
    by_month: dict[int, list[str]] = {}
    for r in book.rows(MONTHLY):
        if r["Tháng"] and r["Nội dung hoạt động"]:
            who = f" ({r['Phụ trách']})" if r["Phụ trách"] else ""
            by_month.setdefault(r["Tháng"], []).append(f"- {r['Nội dung hoạt động']}{who}")
    return [(f"{m}/{year}", "\n".join(by_month[m])) for m in sorted(by_month)]


def themes(book: Book) -> list[str]:
    """`Chuyên đề` by quarter: `Quý 1: <chủ đề> (đ/c … chuẩn bị; dự kiến tháng 3)`, the quarter
    in figures as the thematic plans write it (seed 003, spec/documents.md)."""
    out = []
    for r in sorted(
        (r for r in book.rows(words.THEMATIC) if r["Quý"] and r["Chủ đề"]), key=lambda r: r["Quý"]
    ):
        extra = []
        if r["Người chuẩn bị"]:
            extra.append(f"đ/c {r['Người chuẩn bị']} chuẩn bị")
        when = r["Thời gian dự kiến"]
        if when:
            extra.append(
                "dự kiến "
                + (when.strftime("%d/%m/%Y") if isinstance(when, date) else lower_first(str(when)))
            )
        out.append(
            f"Quý {r['Quý']}: {str(r['Chủ đề']).rstrip(' .')}"
            + (f" ({'; '.join(extra)})" if extra else "")
            + "."
        )
    return out


def lettered(parts: list[sections.Part]) -> list[dict[str, Any]]:
    """The term programme's free sections: A. <title> with its numbered items."""
    return [
        {"letter": letter(i + 1), "title": p.title, "items": p.prose}
        for i, p in enumerate(p for p in parts if p.prose)
    ]


def _term_parts(book: Book, key: str) -> list[sections.Part]:
    own = ("Mở đầu", "Căn cứ", "Kết thúc")
    parts: list[sections.Part] = []
    for row in book.rows(PROSE):
        if row["Kỳ"] == key and row["Mục"] not in own and row["Nội dung"]:
            title = row["Mục con"] or row["Mục"]
            found = next((p for p in parts if fold(p.title) == fold(title)), None)
            if found is None:
                found = sections.Part(" ".join(str(title).split()))
                parts.append(found)
            found.prose.append(row["Nội dung"])
    return parts


def build_context(book: Book, kind: PlanKind, issue: PlanIssue) -> dict[str, Any]:
    day = issue.day
    key = kind.key(issue.year)
    parts = sections.prose_by_section(book, key, SECTIONS[kind.group])
    titles = sections.titles(book, key)
    sentences = placed_targets(book)  # each target's sentence, made once for the whole plan
    if kind is PlanKind.YEAR:
        place(
            sentences,
            {"Nhiệm vụ cụ thể": parts["Nhiệm vụ cụ thể"]},
            {"": "Nhiệm vụ cụ thể"},
            titles,
        )
    elif kind is PlanKind.TASK:
        party, unit = "Xây dựng Đảng, hệ thống chính trị", "Nhiệm vụ chính trị"
        home = {"": unit, **{f: party for f in PARTY_FIELDS}}
        place(sentences, {party: parts[party], unit: parts[unit]}, home, titles)
    for group in parts.values():  # numbered sub-sections (1., 2. …) in order of appearance
        sections.number_parts(group)
    flat = {name: [text for part in group for text in part.prose] for name, group in parts.items()}
    term = str(book.info.get("Nhiệm kỳ") or "")
    return {
        "info": {
            **issuer(book, plan=True, signing=issue.signing),
            "term": term,
            "congress": str(book.info.get("Đại hội lần thứ") or ""),
        },
        "year": issue.year,
        "number": issue.number,
        "number_type": kind.number_type,
        "day": day,
        "parts": parts,
        # the parts with something to say (a heading over her sub-headings has none of its own)
        "said": {
            name: [p for p in group if p.title or not p.empty] for name, group in parts.items()
        },
        "prose": flat,
        "situation": situation(book, day),
        "targets": targets_said(sentences),
        "party_targets": targets_said(sentences, PARTY_FIELDS),
        "unit_targets": targets_said(sentences, exclude=PARTY_FIELDS),
        "titles": titles,
        "months": months(book, issue.year),
        "themes": themes(book),
        "lettered": lettered(_term_parts(book, key)) if kind is PlanKind.TERM else [],
    }


def plan_document(
    book: Book, kind: PlanKind, issue: PlanIssue, *, cwd: Path | None = None
) -> Document:
    """The plan of KIND for ISSUE's year as a document model, from `plan-<kind>.j2`."""
    return render(f"plan-{kind.value}.j2", build_context(book, kind, issue), cwd)
