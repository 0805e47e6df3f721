"""xlkit: the party cell's standard workbook — check it, compute its indicators, render its
documents.

Every command is one library call: `xlkit.check(...)`, `xlkit.report(...)`, `xlkit.plan(...)`,
`xlkit.pack(...)`, `xlkit.mail(...)`, `xlkit.rollup(...)` … (one module each in
`xlkit.commands`); they are loaded on first use, so start-up stays cheap. ARCHITECTURE.md shows
the stages.
"""

from importlib import import_module
from typing import Any

from xlkit.version import __version__

# what the facade offers, and the module of the command layer that holds it
_OFFERED = {
    "new": "new",
    "roll_over": "new",
    "check": "check",
    "rules_listing": "check",
    "annotate": "check",
    "fix": "fix",
    "FixResult": "fix",
    "indicators": "indicators",
    "IndicatorsResult": "indicators",
    "report": "report",
    "ReportResult": "report",
    "plan": "plan",
    "PlanResult": "plan",
    "pack": "pack",
    "PackResult": "pack",
    "mail": "mail",
    "MailResult": "mail",
    "agenda": "agenda",
    "meeting": "meeting",
    "review": "review",
    "ReviewResult": "review",
    "MeetingResult": "meeting",
    "AgendaResult": "agenda",
    "rollup": "rollup",
    "RollupResult": "rollup",
    "prepare": "shared",
    "Prepared": "shared",
    "Problem": "shared",
    "HasErrors": "shared",
}

__all__ = ["__version__", *_OFFERED]


def __getattr__(name: str) -> Any:
    if name in _OFFERED:
        return getattr(import_module(f"xlkit.commands.{_OFFERED[name]}"), name)
    raise AttributeError(f"module 'xlkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
