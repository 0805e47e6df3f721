"""`xlkit.toml`'s [rules]: the parameters not confirmed against a regulation's text, set without
code.

    [rules.excellent-over-quota]
    ratio_pct = 15
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from xlkit.checks.party import RULES, Rule


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
    import difflib  # for a misspelled name only

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
        r._replace(params={**r.params, **settings[r.code]}) if r.code in settings else r
        for r in rules
    )
