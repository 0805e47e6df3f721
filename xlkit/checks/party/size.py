"""The cell's size: at least three official members; from nine, a chi ủy that signs."""

from __future__ import annotations

from collections.abc import Iterator

from xlkit.checks.party.declare import Rule, Rules, Scope, found, in_force, party_rule
from xlkit.checks.party.regulations import DIEU_LE
from xlkit.compute.membership import official_at
from xlkit.messages.findings import Finding
from xlkit.read.records import Book
from xlkit.vocab.words import INFO_SHEET, MEMBERS, ON_BEHALF


@party_rule(
    # size: at least 3 official members; from 9 the cell elects a chi ủy
    Rule(
        "cell-too-small",
        "Điều lệ Đảng, Điều 24 khoản 1; Điều 21 khoản 2",
        DIEU_LE,
        None,
        {"minimum_official": 3},
    ),
    reads=((MEMBERS, "Ngày vào Đảng"), (MEMBERS, "Ngày chính thức")),
)
def cell_too_small(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    rule = in_force(rules, "cell-too-small", scope.as_of)
    if rule is None or not book.has_data(MEMBERS):
        return
    official = official_at(book, scope.as_of)
    if len(official) < rule.params["minimum_official"]:
        yield found(rule, MEMBERS, "A", "", official=len(official))


@party_rule(
    Rule("committee-expected", "Điều lệ Đảng, Điều 24", DIEU_LE, None, {"official": 9}),
    reads=((MEMBERS, "Ngày vào Đảng"), (MEMBERS, "Ngày chính thức")),
)
def committee_expected(book: Book, scope: Scope, rules: Rules) -> Iterator[Finding]:
    """Nine official members or more elect a chi ủy, which then signs: a note when `Thông tin`
    says otherwise."""
    rule = in_force(rules, "committee-expected", scope.as_of)
    if rule is None or not book.has_data(MEMBERS):
        return
    official = official_at(book, scope.as_of)
    if (
        len(official) >= rule.params["official"]
        and book.info.get("Ký thay mặt", ON_BEHALF[0]) == ON_BEHALF[0]
    ):
        yield found(
            rule,
            INFO_SHEET,
            book.info_cells.get("Ký thay mặt", "A"),
            book.info.get("Ký thay mặt", ""),
            official=len(official),
        )
