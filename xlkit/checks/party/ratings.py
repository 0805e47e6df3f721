"""The year-end rating: the quota of excellent ratings, who is not rated, the score's band."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from xlkit.checks.party.days import add_months
from xlkit.checks.party.declare import Rule, Rules, Scope, found, in_force, party_rule
from xlkit.checks.party.regulations import HD21, QD124, QD132, QD366, day_before
from xlkit.compute.membership import members_at, positions_at
from xlkit.messages.findings import Finding
from xlkit.read.records import Book
from xlkit.vocab.words import CELL_GRASSROOTS, MEMBERS, RATINGS, STATUS_SUSPENDED, STATUSES_EXEMPT

NOT_RATED_STATUSES = (*STATUSES_EXEMPT, STATUS_SUSPENDED)
_RATED = {"not_rated": NOT_RATED_STATUSES, "new_member_months": 6, "reference": "year-end"}
_BANDS = (("excellent", 0), ("good", 1), ("done", 2))


@party_rule(
    # the 20% quota of excellent ratings, per grassroots organisation (HD 21, point 2.3)
    Rule(
        "excellent-over-quota",
        "Quy định 132-QĐ/TW; Hướng dẫn 16-HD/BTCTW",
        QD132,
        day_before(HD21),
        {"ratio_pct": 20},
        ("ratio_pct",),
    ),
    Rule(
        "excellent-over-quota",
        "Hướng dẫn 21-HD/BTCTW, điểm 2.3",
        HD21,
        day_before(QD124),
        {"ratio_pct": 20},
    ),
    Rule(
        "excellent-over-quota",
        "Quy định 124-QĐ/TW; Hướng dẫn 25-HD/BTCTW",
        QD124,
        day_before(QD366),
        {"ratio_pct": 20},
        ("ratio_pct",),
    ),
    Rule(
        "excellent-over-quota",
        "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW",
        QD366,
        None,
        {"ratio_pct": 20},
        ("ratio_pct",),
    ),
    reads=((MEMBERS, "Xếp loại"),),
    emits=("excellent-share-high",),
)
def excellent_over_quota(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """The quota counts per grassroots organisation: a warning for a chi bộ cơ sở, a note for a
    branch cell."""
    rule = in_force(rules, "excellent-over-quota", scope.as_of)
    if rule is None:
        return
    rows, rating = book.rows(MEMBERS), book.column(MEMBERS, "Xếp loại")
    now = positions_at(book, scope.as_of)
    excellent = [rows[i] for i in now if rating[i] == RATINGS[0]]
    good = [rows[i] for i in now if rating[i] == RATINGS[1]]
    limit = rule.params["ratio_pct"]
    if excellent and len(excellent) * 100 > limit * len(good):
        first = min(excellent, key=lambda m: m.number)
        code = (
            "excellent-over-quota"
            if book.info.get("Loại chi bộ") == CELL_GRASSROOTS
            else "excellent-share-high"
        )
        yield found(
            rule,
            MEMBERS,
            first.cell("Xếp loại"),
            first["Xếp loại"],
            code,
            excellent=len(excellent),
            good=len(good),
            limit=limit,
        )


@party_rule(
    # who is reviewed but not rated
    Rule(
        "rated-but-exempt",
        "Quy định 132-QĐ/TW",
        QD132,
        day_before(HD21),
        {**_RATED, "not_rated": STATUSES_EXEMPT},
        ("new_member_months",),
    ),
    Rule(
        "rated-but-exempt",
        "Hướng dẫn 21-HD/BTCTW",
        HD21,
        day_before(QD124),
        _RATED,
        ("reference",),
    ),
    Rule(
        "rated-but-exempt",
        "Quy định 124-QĐ/TW, Điều 5 khoản 2.1",
        QD124,
        day_before(QD366),
        _RATED,
        ("reference",),
    ),
    Rule(
        "rated-but-exempt",
        "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW",
        QD366,
        None,
        _RATED,
        ("not_rated", "new_member_months", "reference"),
    ),
    reads=((MEMBERS, "Xếp loại"), (MEMBERS, "Tình trạng"), (MEMBERS, "Ngày vào Đảng")),
)
def rated_but_exempt(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "rated-but-exempt", scope.as_of)
    if rule is None:
        return
    rows = book.rows(MEMBERS)
    rating, status, admitted = (
        book.column(MEMBERS, h) for h in ("Xếp loại", "Tình trạng", "Ngày vào Đảng")
    )
    cutoff = new_member_cutoff(rule, scope.year, scope.as_of)  # once: a list may be long
    for i in positions_at(book, scope.as_of):
        if rating[i] not in RATINGS:
            continue
        why = why_not_rated(rule, status[i], admitted[i], cutoff)
        if why is not None:
            yield found(rule, MEMBERS, rows[i].cell("Xếp loại"), rows[i]["Họ và tên"], why_say=why)


def new_member_cutoff(rule: Rule, year: int, as_of: date) -> date:
    """The last admission day that counts as six months before the review of YEAR under RULE."""
    # "6 tháng" counted back from the review: the year's end by default (the reference is a
    # parameter)
    reference = date(year, 12, 31) if rule.params["reference"] == "year-end" else as_of
    return add_months(reference, -rule.params["new_member_months"])


def why_not_rated(
    rule: Rule, status: str | None, admitted: date | None, cutoff: date
) -> str | None:
    """Why a member is reviewed but not rated under RULE (a `why.*` catalogue key), or None:
    exempt, suspended, or admitted after CUTOFF (new_member_cutoff)."""
    if status in rule.params["not_rated"]:
        return "why.suspended" if status == STATUS_SUSPENDED else "why.exempt"
    if admitted is not None and admitted > cutoff:
        return "why.too-new"
    return None


@party_rule(
    # the 100-point scale of QĐ 366 Điều 11: a rating above what the score allows
    Rule(
        "rating-score-mismatch",
        "Quy định 366-QĐ/TW, Điều 11",
        QD366,
        None,
        {"excellent": 90, "good": 70, "done": 50},
    ),
    reads=((MEMBERS, "Xếp loại"), (MEMBERS, "Điểm")),
)
def rating_score_mismatch(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """From QĐ 366: a rating above the band its score allows (a score of 85 rated Hoàn thành xuất
    sắc)."""
    rule = in_force(rules, "rating-score-mismatch", scope.as_of)
    if rule is None or not book.has_column(MEMBERS, "Điểm"):
        return
    for m in members_at(book, scope.as_of):
        score, rating = m["Điểm"], m["Xếp loại"]
        if score is None or rating not in RATINGS:
            continue
        allowed = next((rank for name, rank in _BANDS if score >= rule.params[name]), 3)
        if RATINGS.index(rating) < allowed:
            yield found(
                rule,
                MEMBERS,
                m.cell("Xếp loại"),
                m["Họ và tên"],
                rating=rating,
                score=score,
                allowed=RATINGS[allowed],
            )
