"""xlkit: the party cell's standard workbook — check it, compute its indicators, render its documents.

Every command is one library call: `xlkit.check(...)`, `xlkit.report(...)`, `xlkit.pack(...)`,
`xlkit.mail(...)` … (see `xlkit.api`); they are loaded on first use, so start-up stays cheap.
"""

from typing import Any

__version__ = "0.1.0"
# (`xlkit.indicators` is the module of the indicators themselves; its command is `xlkit.api.indicators`)
_COMMANDS = ("new", "check", "report", "pack", "mail", "prepare", "Problem", "HasErrors")


def __getattr__(name: str) -> Any:
    if name in _COMMANDS:
        from xlkit import api

        return getattr(api, name)
    raise AttributeError(name)
