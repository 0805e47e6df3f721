"""The year-end review (QĐ 366-QĐ/TW, HD 43-HD/BTCTW): who is reviewed and rated, each member's
form (2A, 2B, 2C), the rating each proposes (typed, else from the score by QĐ 366's thresholds),
the counts the committee asks for and the quota of excellent ratings; and the documents made of
them: the list, the cell's collective report (Mẫu 01), each member's pre-filled form."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.checks.party.declare import Rule, Rules, in_force
from xlkit.checks.party.ratings import new_member_cutoff, why_not_rated
from xlkit.compute.membership import members_at
from xlkit.documents.model import Document
from xlkit.documents.parties import issuer
from xlkit.documents.templating import render
from xlkit.read.records import Book, Row
from xlkit.vocab.columns import fold
from xlkit.vocab.words import (
    FORM_LEADER,
    FORM_OUTSIDE,
    FORM_PLAIN,
    LEADING_PARTY_POSTS,
    LEADING_WORDS,
    NOT_RATED,
    OUTSIDE_WORDS,
    RATINGS,
)

# the reasons a member is not rated, as the list prints them (the `why.*` keys of the rule)
WHY_WORDS = {
    "why.exempt": "miễn công tác và sinh hoạt đảng",
    "why.suspended": "đình chỉ sinh hoạt đảng",
    "why.too-new": "mới kết nạp chưa đủ 6 tháng",
}
SHORT = dict(zip(RATINGS, ("HTXSNV", "HTTNV", "HTNV", "KHTNV"), strict=True))


@dataclass(frozen=True)
class Reviewed:
    """One member in the review: the form, why not rated (if so), the rating and score."""

    row: Row
    form: str
    form_chosen: bool  # written in `Mẫu kiểm điểm` (else chosen by xlkit from the posts)
    why_not: str | None  # a `why.*` key: reviewed, or not even reviewed, but not rated
    rating: str | None  # typed in `Xếp loại`
    proposed: str | None  # from the score, where no rating is typed
    score: float | None
    general: float | None  # /30
    tasks: float | None  # /70

    @property
    def name(self) -> str:
        return str(self.row["Họ và tên"] or "")

    @property
    def reviewed(self) -> bool:
        """Reviewed at all: a member exempt from work and meetings, or suspended, is not."""
        return self.why_not not in ("why.exempt", "why.suspended")

    @property
    def shown_rating(self) -> str:
        return self.rating or self.proposed or ""


@dataclass
class Review:
    year: int
    day: date
    members: list[Reviewed] = field(default_factory=list)
    thresholds: Rule | None = None  # rating-score-mismatch in force: the points of each rating
    quota: Rule | None = None  # excellent-over-quota in force
    quota_pct: float | None = None
    rated_rule: Rule | None = None  # rated-but-exempt in force

    def counts(self) -> dict[str, Any]:
        """The counts the committee asks for (Biểu 6F's lines, and each rating's)."""
        members = self.members
        by = {r: sum(1 for m in members if m.shown_rating == r) for r in RATINGS}
        rated = sum(by.values())
        excellent, good = by[RATINGS[0]], by[RATINGS[1]]
        limit = self.quota_pct
        return {
            "members": len(members),
            "exempt": sum(1 for m in members if m.why_not == "why.exempt"),
            "suspended": sum(1 for m in members if m.why_not == "why.suspended"),
            "reviewed": sum(1 for m in members if m.reviewed),
            "too_new": sum(1 for m in members if m.why_not == "why.too-new"),
            "rated": rated,
            "unrated": sum(1 for m in members if m.why_not is None and not m.shown_rating),
            "by": [(r, SHORT[r], by[r], 100 * by[r] / rated if rated else None) for r in RATINGS],
            "excellent_of_good": 100 * excellent / good if good else None,
            "over_quota": limit is not None and excellent * 100 > limit * good and excellent > 0,
            "quota_pct": limit,
        }


def form_of(member: Row) -> tuple[str, bool]:
    """The member's form and whether she chose it: `Mẫu kiểm điểm` when written, else 2C for a
    retired member, 2B for a leading party post or a leading or managing post, else 2A."""
    chosen = member["Mẫu kiểm điểm"]
    if chosen:
        return str(chosen), True
    post = fold(str(member["Chức vụ chính quyền"] or ""))
    if any(word in post for word in OUTSIDE_WORDS):
        return FORM_OUTSIDE, False
    if member["Chức vụ Đảng"] in LEADING_PARTY_POSTS or any(w in post for w in LEADING_WORDS):
        return FORM_LEADER, False
    return FORM_PLAIN, False


def proposed_rating(score: float | None, rule: Rule | None) -> str | None:
    """The rating SCORE reaches by the thresholds of RULE (QĐ 366 Điều 11: 90, 70, 50; below,
    Không hoàn thành by implication), None without a score or a rule."""
    if score is None or rule is None:
        return None
    for rating, name in zip(RATINGS, ("excellent", "good", "done"), strict=False):
        if score >= rule.params[name]:
            return rating
    return RATINGS[3]


def review(
    book: Book, year: int, rules: Rules, *, today: date, quota_pct: float | None = None
) -> Review:
    """The review of YEAR as of its last day (or TODAY, while the year runs)."""
    day = min(date(year, 12, 31), today)
    thresholds = in_force(rules, "rating-score-mismatch", day)
    quota = in_force(rules, "excellent-over-quota", day)
    rated_rule = in_force(rules, "rated-but-exempt", day)
    found = Review(year, day, thresholds=thresholds, quota=quota, rated_rule=rated_rule)
    found.quota_pct = (
        quota_pct if quota_pct is not None else (quota.params["ratio_pct"] if quota else None)
    )
    cutoff = new_member_cutoff(rated_rule, year, day) if rated_rule else day
    for m in members_at(book, day):
        form, chosen = form_of(m)
        why = (
            why_not_rated(rated_rule, m["Tình trạng"], m["Ngày vào Đảng"], cutoff)
            if rated_rule  # none before QĐ 132 (2018): every member rated
            else None
        )
        typed = m["Xếp loại"] if m["Xếp loại"] in RATINGS else None
        score = m["Điểm"]
        found.members.append(
            Reviewed(
                m,
                form,
                chosen,
                why,
                typed if why is None else None,
                proposed_rating(score, thresholds) if why is None and typed is None else None,
                score,
                m["Điểm tiêu chí chung"],
                m["Điểm thực hiện nhiệm vụ"],
            )
        )
    return found


def basis(year: int) -> str:
    """The regulation the review follows in YEAR, as its documents cite it."""
    if year >= 2025:
        return "Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị và Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương"  # noqa: E501
    if year >= 2023:
        return "Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị và Hướng dẫn số 25-HD/BTCTW ngày 10/11/2023 của Ban Tổ chức Trung ương"  # noqa: E501
    return "Quy định số 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị và Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019 của Ban Tổ chức Trung ương"  # noqa: E501


def _line(member: Reviewed) -> dict[str, Any]:
    m = member.row
    posts = [p for p in (m["Chức vụ Đảng"], m["Chức vụ chính quyền"]) if p and p != "Đảng viên"]
    note = WHY_WORDS.get(member.why_not or "", "")
    if member.proposed:
        note = "theo điểm"
    return {
        "name": member.name,
        "posts": ", ".join(str(p) for p in posts),
        "score": member.score,
        # the table says it short; the counts below spell each one out with its short form
        "rating": SHORT.get(member.shown_rating, "") if member.why_not is None else "",
        "note": note,
    }


def context(book: Book, found: Review, day: date, number: str | None, signing: str | None) -> dict:
    return {
        "info": issuer(book, signing=signing),
        "number": number,
        "day": day,
        "year": found.year,
        "basis": basis(found.year),
        "lines": [_line(m) for m in found.members],
        "count": found.counts(),
        "quota_source": found.quota.source if found.quota else "",
        "threshold_source": found.thresholds.source if found.thresholds else "",
        "thresholds": dict(found.thresholds.params) if found.thresholds else {},
        "not_rated_word": NOT_RATED,
    }


def list_document(
    book: Book, found: Review, day: date, number: str | None, signing: str | None,
    cwd: Path | None = None,
) -> Document:  # fmt: skip
    return render("review-danh-sach.j2", context(book, found, day, number, signing), cwd)
