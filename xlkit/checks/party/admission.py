"""Becoming a member: the probation's end, and the age on the day the cell considered the
admission."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from xlkit.checks.party.days import add_months, add_working_days, months_between
from xlkit.checks.party.declare import Rule, Rules, Scope, found, in_force, party_rule
from xlkit.checks.party.regulations import QD24, QD29, QD232, QD294, day_before
from xlkit.compute.membership import positions_at, probationary
from xlkit.messages.findings import Finding
from xlkit.read.records import Book
from xlkit.vocab.columns import fold
from xlkit.vocab.words import DEVELOPMENT, MEMBERS, STATUS_IN

_PROBATION = {"months": 12, "working_days": 30}
_AGE = {"minimum_months": 18 * 12, "maximum_months": 60 * 12}


def _considered(book: Book) -> dict[str, date]:
    """The day the cell considered each candidate's admission (Phát triển Đảng › Ngày chi bộ
    xét), by name."""
    return {
        fold(r["Họ và tên"]): r["Ngày chi bộ xét"]
        for r in book.rows(DEVELOPMENT)
        if r["Họ và tên"] and r["Ngày chi bộ xét"]
    }


@party_rule(
    # probation: Điều lệ Điều 5 khoản 1 (12 months from the ceremony); the 30 working days of
    # the thi-hành regulation
    Rule(
        "probation-overdue",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 29-QĐ/TW, điểm 4.2",
        QD29,
        day_before(QD24),
        _PROBATION,
    ),
    Rule(
        "probation-overdue",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 24-QĐ/TW",
        QD24,
        day_before(QD232),
        _PROBATION,
        ("working_days",),
    ),
    Rule(
        "probation-overdue",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 232-QĐ/TW",
        QD232,
        day_before(QD294),
        _PROBATION,
        ("working_days",),
    ),
    Rule(
        "probation-overdue",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 294-QĐ/TW",
        QD294,
        None,
        _PROBATION,
        ("working_days",),
    ),
    reads=((MEMBERS, "Ngày vào Đảng"), (MEMBERS, "Ngày chính thức")),
)
def probation_overdue(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "probation-overdue", scope.as_of)
    if rule is None:
        return
    rows, day = book.rows(MEMBERS), scope.as_of
    admitted_on, official_on = (
        book.column(MEMBERS, h) for h in ("Ngày vào Đảng", "Ngày chính thức")
    )
    for i in positions_at(book, day):
        admitted, official = admitted_on[i], official_on[i]
        if admitted is None or not probationary(official, day):
            continue
        ended = add_months(admitted, rule.params["months"])
        if add_working_days(ended, rule.params["working_days"]) < day:
            yield found(
                rule,
                MEMBERS,
                rows[i].cell("Ngày chính thức"),
                rows[i]["Họ và tên"],
                due=ended.strftime("%d/%m/%Y"),
            )


@party_rule(
    # age on the day the cell considers the admission, in months; over 60 needs the
    # provincial-level committee
    Rule(
        "admission-age",
        "Điều lệ Đảng, Điều 1 khoản 2; Quy định 29-QĐ/TW, điểm 1.1",
        QD29,
        day_before(QD24),
        _AGE,
    ),
    Rule(
        "admission-age",
        "Điều lệ Đảng, Điều 1 khoản 2; Quy định 24-QĐ/TW, điểm 1.1.1",
        QD24,
        day_before(QD232),
        _AGE,
    ),
    Rule(
        "admission-age",
        "Điều lệ Đảng, Điều 1 khoản 2; Quy định 232-QĐ/TW",
        QD232,
        day_before(QD294),
        _AGE,
    ),
    Rule(
        "admission-age",
        "Điều lệ Đảng, Điều 1 khoản 2; Quy định 294-QĐ/TW",
        QD294,
        None,
        _AGE,
        ("minimum_months", "maximum_months"),
    ),
    Rule("admission-over-60", "Quy định 29-QĐ/TW, điểm 1.1", QD29, day_before(QD24), _AGE),
    Rule("admission-over-60", "Quy định 24-QĐ/TW, điểm 1.1.2", QD24, day_before(QD232), _AGE),
    Rule("admission-over-60", "Quy định 232-QĐ/TW", QD232, day_before(QD294), _AGE),
    Rule("admission-over-60", "Quy định 294-QĐ/TW", QD294, None, _AGE, ("maximum_months",)),
    reads=((MEMBERS, "Ngày vào Đảng"), (MEMBERS, "Ngày sinh")),
)
def admission_age(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """Age on the day the cell considered the admission, in months: 18 to 60; over 60 needs
    approval."""
    considered = _considered(book)
    columns = (book.column(MEMBERS, h) for h in ("Ngày vào Đảng", "Ngày sinh", "Tình trạng"))
    year = scope.year
    for m, admitted, born, status in zip(book.rows(MEMBERS), *columns, strict=True):
        if admitted is None or born is None or admitted.year != year or status == STATUS_IN:
            continue
        day = considered.get(fold(m["Họ và tên"] or ""))
        basis = "basis.considered" if day else "basis.admitted"
        # without the cell's date, the admission date stands in, and the finding says so
        day = day or admitted
        months = months_between(born, day)
        young, old = (
            in_force(rules, "admission-age", day),
            in_force(rules, "admission-over-60", day),
        )
        age = months // 12
        if young and months < young.params["minimum_months"]:
            yield found(
                young,
                MEMBERS,
                m.cell("Ngày vào Đảng"),
                m["Họ và tên"],
                age=age,
                basis_say=basis,
            )
        elif old and months > old.params["maximum_months"]:
            yield found(
                old,
                MEMBERS,
                m.cell("Ngày vào Đảng"),
                m["Họ và tên"],
                age=age,
                basis_say=basis,
            )
