"""How a party rule is declared, once: its dated entries (the regulation, the days it is in force,
its parameters, what could not be confirmed), the columns it reads, the codes it may find, and the
function that judges.

    @party_rule(Rule("cell-too-small", "Điều lệ Đảng, Điều 24", DIEU_LE, None, {...}),
                reads=((MEMBERS, "Ngày vào Đảng"),))
    def cell_too_small(book, scope, rules): ...

A new regulation is one more entry; the day a rule judges picks the entry in force on it. A test
holds every declaration to its catalogue entries and to the codes its function finds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from xlkit.checks.party.days import month_end
from xlkit.messages.findings import Finding, finding
from xlkit.read.records import Book
from xlkit.vocab.periods import Period


class Rule(NamedTuple):
    """One dated entry of a rule: the regulation that sets it and the days it is in force."""

    code: str
    source: str  # the document and its article
    valid_from: date
    valid_to: date | None = None
    params: Mapping[str, Any] = {}  # one empty mapping shared: read, never written
    # parameters (or "valid_from") not confirmed against the regulation's text
    unconfirmed: tuple[str, ...] = ()

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


Rules = Sequence[Rule]


class Scope(NamedTuple):
    """What the rules judge: a period, as of a day (its end, or today while it still runs)."""

    period: Period
    as_of: date

    @classmethod
    def of(cls, period: Period, today: date | None = None) -> Scope:
        return cls(period, min(period.end, today) if today else period.end)

    @property
    def year(self) -> int:
        return self.period.year

    @property
    def months(self) -> tuple[int, ...]:
        """The period's months that have ended by `as_of` (a month still running is not judged)."""
        return tuple(m for m in self.period.months if month_end(self.year, m) <= self.as_of)

    @property
    def quarters(self) -> tuple[int, ...]:
        return tuple(q for q in self.period.quarters if month_end(self.year, q * 3) <= self.as_of)


Check = Callable[[Book, Scope, Rules], Iterator[Finding]]


class PartyRule(NamedTuple):
    """A declared rule: its entries, the columns it reads, the codes it finds, and its check."""

    check: Check
    entries: tuple[Rule, ...]
    # when one of these columns is absent (renamed, merged away) the rule stands aside, never
    # judging from a blank it cannot trust (the finding about the header says why)
    reads: tuple[tuple[str, str], ...]
    emits: tuple[str, ...] = ()  # codes it finds beyond its entries' (a milder form of one)

    @property
    def code(self) -> str:
        return self.entries[0].code

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code this rule may find: its entries' codes, then those it emits besides."""
        return tuple(dict.fromkeys((*(e.code for e in self.entries), *self.emits)))


REGISTERED: list[PartyRule] = []  # in import order; the package puts them in the listing's


def party_rule(
    *entries: Rule, reads: tuple[tuple[str, str], ...], emits: tuple[str, ...] = ()
) -> Callable[[Check], Check]:
    """Declare the decorated function as the check of ENTRIES (the first entry's code names it)."""

    def declare(check: Check) -> Check:
        REGISTERED.append(PartyRule(check, entries, reads, emits))
        return check

    return declare


def in_force(rules: Rules, code: str, day: date) -> Rule | None:
    """The entry of CODE in force on DAY (the latest to start, where two overlap)."""
    chosen = [r for r in rules if r.code == code and r.in_force_on(day)]
    return max(chosen, key=lambda r: r.valid_from) if chosen else None


def found(
    rule: Rule, sheet: str, cell: str, value: Any, code: str | None = None, **args: Any
) -> Finding:
    """A finding of RULE's code (or CODE), citing the regulation in force."""
    return finding(code or rule.code, sheet, cell, value, source=rule.source, **args)
