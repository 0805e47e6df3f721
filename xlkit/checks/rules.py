"""The party's rules as data: each entry a regulation with its source, the days it is in force,
its parameters, and which of them could not be confirmed against the text (notes/regulations.md).

A new regulation is one more entry; the day a rule judges picks the entry in force on it. Values
marked unconfirmed can be set without code in `xlkit.toml`:

    [rules.excellent-over-quota]
    ratio_pct = 15
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from xlkit.compute.membership import BADGE_YEARS
from xlkit.vocab.words import STATUS_SUSPENDED, STATUSES_EXEMPT

# before HD 01-HD/TW of 05/01/2012 added 55, 65, 75, 85
BADGE_YEARS_2011 = (
    30,
    40,
    45,
    50,
    60,
    70,
    80,
    90,
)
NOT_RATED_STATUSES = (*STATUSES_EXEMPT, STATUS_SUSPENDED)


@dataclass(frozen=True)
class Rule:
    code: str
    source: str  # the document and its article
    valid_from: date
    valid_to: date | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    # parameters (or "valid_from") not confirmed against the regulation's text
    unconfirmed: tuple[str, ...] = ()

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def _dmy(day: int, month: int, year: int) -> date:
    return date(year, month, day)


_QD29, _QD24, _QD232, _QD294 = (
    _dmy(25, 7, 2016),
    _dmy(30, 7, 2021),
    _dmy(20, 1, 2025),
    _dmy(1, 7, 2025),
)
_QD132, _HD21, _QD124, _QD366 = (
    _dmy(8, 3, 2018),
    _dmy(18, 10, 2019),
    _dmy(4, 10, 2023),
    _dmy(30, 8, 2025),
)
_DIEU_LE, _HD12, _HD42 = _dmy(19, 1, 2011), _dmy(6, 7, 2018), _dmy(28, 10, 2025)
_PROBATION = {"months": 12, "working_days": 30}
_AGE = {"minimum_months": 18 * 12, "maximum_months": 60 * 12}
_RATED = {"not_rated": NOT_RATED_STATUSES, "new_member_months": 6, "reference": "year-end"}


def _day_before(day: date) -> date:
    return date.fromordinal(day.toordinal() - 1)


RULES: tuple[Rule, ...] = (
    # probation: Điều lệ Điều 5 khoản 1 (12 months from the ceremony); the 30 working days of
    # the thi-hành regulation
    Rule(
        "probation-overdue",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 29-QĐ/TW, điểm 4.2",
        _QD29,
        _day_before(_QD24),
        _PROBATION,
    ),
    Rule(
        "probation-overdue",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 24-QĐ/TW",
        _QD24,
        _day_before(_QD232),
        _PROBATION,
        ("working_days",),
    ),
    Rule(
        "probation-overdue",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 232-QĐ/TW",
        _QD232,
        _day_before(_QD294),
        _PROBATION,
        ("working_days",),
    ),
    Rule(
        "probation-overdue",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 294-QĐ/TW",
        _QD294,
        None,
        _PROBATION,
        ("working_days",),
    ),
    # age on the day the cell considers the admission, in months; over 60 needs the
    # provincial-level committee
    Rule(
        "admission-age",
        "Điều lệ Đảng, Điều 1 khoản 2; Quy định 29-QĐ/TW, điểm 1.1",
        _QD29,
        _day_before(_QD24),
        _AGE,
    ),
    Rule(
        "admission-age",
        "Điều lệ Đảng, Điều 1 khoản 2; Quy định 24-QĐ/TW, điểm 1.1.1",
        _QD24,
        _day_before(_QD232),
        _AGE,
    ),
    Rule(
        "admission-age",
        "Điều lệ Đảng, Điều 1 khoản 2; Quy định 232-QĐ/TW",
        _QD232,
        _day_before(_QD294),
        _AGE,
    ),
    Rule(
        "admission-age",
        "Điều lệ Đảng, Điều 1 khoản 2; Quy định 294-QĐ/TW",
        _QD294,
        None,
        _AGE,
        ("minimum_months", "maximum_months"),
    ),
    Rule("admission-over-60", "Quy định 29-QĐ/TW, điểm 1.1", _QD29, _day_before(_QD24), _AGE),
    Rule("admission-over-60", "Quy định 24-QĐ/TW, điểm 1.1.2", _QD24, _day_before(_QD232), _AGE),
    Rule("admission-over-60", "Quy định 232-QĐ/TW", _QD232, _day_before(_QD294), _AGE),
    Rule("admission-over-60", "Quy định 294-QĐ/TW", _QD294, None, _AGE, ("maximum_months",)),
    # the 20% quota of excellent ratings, per grassroots organisation (HD 21, point 2.3)
    Rule(
        "excellent-over-quota",
        "Quy định 132-QĐ/TW; Hướng dẫn 16-HD/BTCTW",
        _QD132,
        _day_before(_HD21),
        {"ratio_pct": 20},
        ("ratio_pct",),
    ),
    Rule(
        "excellent-over-quota",
        "Hướng dẫn 21-HD/BTCTW, điểm 2.3",
        _HD21,
        _day_before(_QD124),
        {"ratio_pct": 20},
    ),
    Rule(
        "excellent-over-quota",
        "Quy định 124-QĐ/TW; Hướng dẫn 25-HD/BTCTW",
        _QD124,
        _day_before(_QD366),
        {"ratio_pct": 20},
        ("ratio_pct",),
    ),
    Rule(
        "excellent-over-quota",
        "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW",
        _QD366,
        None,
        {"ratio_pct": 20},
        ("ratio_pct",),
    ),
    # who is reviewed but not rated
    Rule(
        "rated-but-exempt",
        "Quy định 132-QĐ/TW",
        _QD132,
        _day_before(_HD21),
        {**_RATED, "not_rated": STATUSES_EXEMPT},
        ("new_member_months",),
    ),
    Rule(
        "rated-but-exempt",
        "Hướng dẫn 21-HD/BTCTW",
        _HD21,
        _day_before(_QD124),
        _RATED,
        ("reference",),
    ),
    Rule(
        "rated-but-exempt",
        "Quy định 124-QĐ/TW, Điều 5 khoản 2.1",
        _QD124,
        _day_before(_QD366),
        _RATED,
        ("reference",),
    ),
    Rule(
        "rated-but-exempt",
        "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW",
        _QD366,
        None,
        _RATED,
        ("not_rated", "new_member_months", "reference"),
    ),
    # the 100-point scale of QĐ 366 Điều 11: a rating above what the score allows
    Rule(
        "rating-score-mismatch",
        "Quy định 366-QĐ/TW, Điều 11",
        _QD366,
        None,
        {"excellent": 90, "good": 70, "done": 50},
    ),
    # meetings: monthly (Điều lệ Điều 24 khoản 2), thematic each quarter, and their length
    Rule("meeting-month-missing", "Điều lệ Đảng, Điều 24 khoản 2", _DIEU_LE),
    Rule(
        "thematic-quarter-missing",
        "Hướng dẫn 12-HD/BTCTW (2018)",
        _HD12,
        _day_before(_HD42),
        {"per_quarter": 1},
        ("per_quarter",),
    ),
    Rule(
        "thematic-quarter-missing",
        "Hướng dẫn 42-HD/BTCTW",
        _HD42,
        None,
        {"per_quarter": 1},
        ("per_quarter",),
    ),
    Rule(
        "meeting-too-short",
        "Hướng dẫn 12-HD/BTCTW (2018), tiết 3.3",
        _HD12,
        _day_before(_HD42),
        {"minutes": 90, "combined_minutes": 120},
    ),
    Rule(
        "meeting-too-short",
        "Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW",
        _HD42,
        None,
        {"minutes": 90, "combined_minutes": 120},
    ),
    # size: at least 3 official members; from 9 the cell elects a chi ủy
    Rule(
        "cell-too-small",
        "Điều lệ Đảng, Điều 24 khoản 1; Điều 21 khoản 2",
        _DIEU_LE,
        None,
        {"minimum_official": 3},
    ),
    Rule("committee-expected", "Điều lệ Đảng, Điều 24", _DIEU_LE, None, {"official": 9}),
    # party fees: three months unpaid in a year and the cell proposes removal (QĐ 01-QĐ/TW, 2026)
    Rule(
        "fee-unpaid",
        "Quy định 01-QĐ/TW (2026)",
        _dmy(3, 2, 2026),
        None,
        {"months": 3},
        ("valid_from",),
    ),
    # the party badge (Điều lệ Điều 5; the years by HD 01-HD/TW)
    Rule(
        "badge-due",
        "Điều lệ Đảng, Điều 5 khoản 4; Quy định về Huy hiệu Đảng (2011)",
        _DIEU_LE,
        _dmy(4, 1, 2012),
        {"years": BADGE_YEARS_2011},
    ),
    Rule(
        "badge-due",
        "Điều lệ Đảng, Điều 5 khoản 4; Hướng dẫn 01-HD/TW (05/01/2012)",
        _dmy(5, 1, 2012),
        _dmy(27, 9, 2021),
        {"years": BADGE_YEARS},
    ),
    Rule(
        "badge-due",
        "Điều lệ Đảng, Điều 5 khoản 4; Hướng dẫn 01-HD/TW (28/9/2021), mục 18",
        _dmy(28, 9, 2021),
        None,
        {"years": BADGE_YEARS},
    ),
)
CODES = tuple(dict.fromkeys(rule.code for rule in RULES))


def in_force(rules: Sequence[Rule], code: str, day: date) -> Rule | None:
    """The entry of CODE in force on DAY (the latest to start, where two overlap)."""
    chosen = [r for r in rules if r.code == code and r.in_force_on(day)]
    return max(chosen, key=lambda r: r.valid_from) if chosen else None


class RuleSettingError(ValueError):
    """A `[rules]` setting that names no rule or no parameter: `key` is the catalogue line,
    `fields` its words."""

    def __init__(self, key: str, **fields: Any) -> None:
        super().__init__(key, fields)
        self.key, self.fields = key, fields


def with_settings(
    settings: Mapping[str, Any] | None, rules: Sequence[Rule] = RULES
) -> tuple[Rule, ...]:
    """RULES with the parameters of `xlkit.toml`'s [rules] put in (every entry of the code
    named)."""
    if not settings:
        return tuple(rules)
    known = {rule.code: set(rule.params) for rule in rules}
    for code, values in settings.items():
        if code not in known:
            raise RuleSettingError(
                "err.rule-unknown",
                name=code,
                closest=difflib.get_close_matches(code, list(known), n=1, cutoff=0.0)[0],
            )
        if not isinstance(values, Mapping):
            raise RuleSettingError("err.rule-value", name=code)
        for name in values:
            if name not in known[code]:
                closest = difflib.get_close_matches(name, sorted(known[code]), n=1, cutoff=0.0) or [
                    "—"
                ]
                raise RuleSettingError(
                    "err.rule-unknown", name=f"{code}.{name}", closest=f"{code}.{closest[0]}"
                )
    return tuple(
        replace(r, params={**r.params, **settings[r.code]}) if r.code in settings else r
        for r in rules
    )
