"""Whether a cell's row in a roll-up read one level up can be added: its figures numbers a cell
can have, and in agreement with each other (members = official + probationary, no part above
the whole). A row edited by hand (18 members made 1800) is an error, never a silent total.
"""

from __future__ import annotations

from collections.abc import Mapping

from xlkit.consolidate.headers import SUMMARY, label
from xlkit.consolidate.rows import HIDDEN_KEYS, figure
from xlkit.messages import say
from xlkit.messages.findings import Finding
from xlkit.vocab.columns import column_letter

# far above any one cell, far below where a float stops counting in ones (a sum stays exact)
MOST = {"fees.collected": 1e13}
MOST_COUNT = 1e6
SHARES = ("ratings.tot_tro_len_pct", "ratings.xuat_sac_of_tot_pct", "meetings.attendance_pct")

# parts that cannot exceed the whole: each alone, and the groups of a breakdown summed
_PARTS = (
    "members.women",
    "members.ethnic_minority",
    "members.religious",
    "members.exempt",
    "members.badge_due",
    "fees.members_paid_full",
)
_BREAKDOWNS = ("members.education.", "members.theory.", "members.age.")
_ORDERED = (
    ("targets.reached", "targets.assessed"),
    ("targets.assessed", "targets.total"),
    (HIDDEN_KEYS[0], HIDDEN_KEYS[1]),
)

Found = tuple[str, str, str, str, str]


def disagreements(
    values: Mapping[str, object], columns: Mapping[str, int], row: int, sheet: str = SUMMARY
) -> list[Found]:
    """What is wrong with one row's VALUES (key -> cell value as read; COLUMNS, key -> its
    column), as findings on the roll-up's SHEET at ROW."""
    found: list[tuple[str, str]] = []
    numbers: dict[str, float] = {}
    for key, value in values.items():
        if value is None or value == "":
            continue
        number = figure(value)
        problem = _unfit(key, number)
        if problem:
            found.append((key, problem))
        elif number is not None:
            numbers[key] = number
    total = numbers.get("members.total")
    parts = [numbers.get("members.official"), numbers.get("members.probationary")]
    if total is not None and None not in parts and sum(parts) != total:  # type: ignore[arg-type]
        found.append(("members.total", f"≠ {_n(parts[0])} + {_n(parts[1])}"))
    if total is not None:
        for key in _PARTS:
            if numbers.get(key, 0) > total:
                found.append((key, f"> {_n(total)}"))
        for prefix in _BREAKDOWNS:
            group = [v for k, v in numbers.items() if k.startswith(prefix)]
            if sum(group) > total:
                found.append((next(k for k in numbers if k.startswith(prefix)), f"> {_n(total)}"))
    for part, whole in _ORDERED:
        if part in numbers and whole in numbers and numbers[part] > numbers[whole]:
            found.append((part, f"> {_n(numbers[whole])}"))
    return [_finding(key, values.get(key), detail, columns, row, sheet) for key, detail in found]


def _unfit(key: str, number: float | None) -> str:
    """What is wrong with a cell's NUMBER (rows.figure: None when it is no finite number)."""
    if number is None:
        return say("rollup.not-a-number", "vi")
    if number < 0:
        return "< 0"
    if key in SHARES:
        return "> 100" if number > 100 else ""
    if number != int(number):
        return say("rollup.fraction", "vi")
    most = MOST.get(key, MOST_COUNT)
    return f"> {_n(most)}" if number > most else ""


def _n(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _finding(
    key: str, value: object, detail: str, columns: Mapping[str, int], row: int, sheet: str
) -> Found:
    cell = f"{column_letter(columns[key])}{row}"
    shown = _n(float(value)) if isinstance(value, (int, float)) else str(value)
    said = Finding(
        "rollup-row-disagrees", sheet, cell, shown, (("figure", label(key)), ("detail", detail))
    )
    return ("error", said.code, sheet, cell, said.message("vi"))
