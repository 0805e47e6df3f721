"""The user's settings: `xlkit.toml` in the working folder, its tables declared here once.

Every table and key is known: a misspelled one is refused with the closest name, never ignored
(a `[smpt]` table or a `hots` key would otherwise leave the setting silently unset). The keys of
[layout] are the layout's fields and those of [rules] the rules' parameters: their builders
(`render.layout.layout_from`, `checks.party.settings.with_settings`) check them against that data.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

FILE = "xlkit.toml"


class ConfigError(ValueError):
    """xlkit.toml exists but cannot be read."""


class SettingError(ValueError):
    """A table or key xlkit.toml does not have: `key` is the catalogue line, `fields` its words."""

    def __init__(self, key: str, **fields: Any) -> None:
        super().__init__(key, fields)
        self.key, self.fields = key, fields


def _layout(section: dict[str, Any]) -> None:
    from xlkit.render.layout import LayoutError, layout_from

    try:
        layout_from(section)
    except LayoutError as exc:
        raise SettingError(exc.key, **exc.fields) from None


def _rules(section: dict[str, Any]) -> None:
    from xlkit.checks.party.settings import RuleSettingError, with_settings

    try:
        with_settings(section)
    except RuleSettingError as exc:
        raise SettingError(exc.key, **exc.fields) from None


# table -> its keys, or the check of a table whose keys are its builder's data
TABLES: dict[str, tuple[str, ...] | Callable[[dict[str, Any]], None]] = {
    "layout": _layout,
    "rules": _rules,
    "register": ("file",),
    "agenda": ("badge_rounds",),
    "review": ("quota_pct",),
    "rollup": ("ten", "cap_tren", "ky_hieu", "dia_danh", "nguoi_ky", "chuc_vu", "nhiem_ky"),
    "smtp": ("host", "port", "user", "security", "from", "cafile"),
}


def _closest(name: str, known: list[str]) -> str:
    import difflib  # a misspelled name only

    return difflib.get_close_matches(name, known, n=1, cutoff=0.0)[0]


def checked(config: dict[str, Any]) -> dict[str, Any]:
    """CONFIG when every table and key in it is one xlkit.toml has; else SettingError."""
    for name, section in config.items():
        if name not in TABLES:
            raise SettingError("err.config-table", name=name, closest=_closest(name, list(TABLES)))
        if not isinstance(section, dict):
            raise SettingError("err.config-not-table", name=name)
        keys = TABLES[name]
        if callable(keys):
            keys(section)
            continue
        for key in section:
            if name == "smtp" and key == "password":
                raise SettingError("err.config-password")
            if key not in keys:
                raise SettingError(
                    "err.config-key", table=name, name=key, closest=_closest(key, list(keys))
                )
    return config


def load_config(cwd: Path | None = None) -> dict[str, Any]:
    """xlkit.toml's tables, checked; {} when there is no such file."""
    path = (cwd or Path.cwd()) / FILE
    if not path.is_file():
        return {}
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return checked(config)


def table(name: str, cwd: Path | None = None) -> dict[str, Any] | None:
    """The table NAME of xlkit.toml (every table checked), None when it has none."""
    assert name in TABLES, name
    section: dict[str, Any] | None = load_config(cwd).get(name)
    return section
