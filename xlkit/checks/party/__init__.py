"""The party's rules (rules.md, "Party rules"), one declaration each (`declare.party_rule`), in
modules by what they judge: admission, ratings, meetings, the cell's size, fees, badges.

Each check judges on a day (the period's end, today while it runs, a meeting's date, the day the
cell considered an admission) and applies the entry in force on that day, citing its source.
`_IN_ORDER` is the order of `xlkit rules` and of the findings.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from xlkit.checks.party import admission, badges, fees, meetings, ratings, size
from xlkit.checks.party.declare import REGISTERED, PartyRule, Rule, Rules, Scope, in_force
from xlkit.messages.findings import Finding
from xlkit.read.records import Book
from xlkit.vocab.periods import Period

__all__ = ["DECLARED", "RULES", "CODES", "Rule", "Rules", "in_force", "check_party_rules"]

# the order of the listing and of the findings (imports are sorted by name, so it is said here)
_IN_ORDER = [module.__name__ for module in (admission, ratings, meetings, size, fees, badges)]
DECLARED: tuple[PartyRule, ...] = tuple(
    sorted(REGISTERED, key=lambda rule: _IN_ORDER.index(rule.check.__module__))
)
RULES: tuple[Rule, ...] = tuple(entry for rule in DECLARED for entry in rule.entries)
CODES = tuple(dict.fromkeys(code for rule in DECLARED for code in rule.codes))


def check_party_rules(
    book: Book, period: Period, rules: Rules = RULES, *, today: date | None = None
) -> Iterator[Finding]:
    """Every party rule, each as in force on the day it judges, applied to PERIOD as far as it
    has run by TODAY."""
    scope = Scope.of(period, today)
    for rule in DECLARED:
        if all(
            book.has_column(sheet, header) or sheet not in book.present
            for sheet, header in rule.reads
        ):
            yield from rule.check(book, scope, rules)
