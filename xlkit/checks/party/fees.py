"""Party fees: three months unpaid in a year and the cell proposes removal."""

from __future__ import annotations

from collections.abc import Iterator

from xlkit.checks.party.declare import Rule, Rules, Scope, found, in_force, party_rule
from xlkit.checks.party.regulations import dmy
from xlkit.compute.membership import members_at
from xlkit.compute.months import unpaid_months
from xlkit.messages.findings import Finding
from xlkit.read.records import Book
from xlkit.vocab.words import FEES, MEMBERS


@party_rule(
    # party fees: three months unpaid in a year and the cell proposes removal (QĐ 01-QĐ/TW, 2026)
    Rule(
        "fee-unpaid",
        "Quy định 01-QĐ/TW (2026)",
        dmy(3, 2, 2026),
        None,
        {"months": 3},
        ("valid_from",),
    ),
    reads=((MEMBERS, "Họ và tên"),),
)
def fee_unpaid(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """Three months (or more) without party fees in the year: the cell proposes removal (QĐ
    01-QĐ/TW)."""
    rule = in_force(rules, "fee-unpaid", scope.as_of)
    if rule is None or not book.has_data(FEES):
        return
    for m in members_at(book, scope.as_of):
        unpaid = unpaid_months(book, m, scope.year, scope.months)
        if len(unpaid) >= rule.params["months"]:
            yield found(
                rule,
                MEMBERS,
                m.cell("Họ và tên"),
                m["Họ và tên"],
                months=", ".join(str(n) for n in unpaid),
                count=len(unpaid),
            )
