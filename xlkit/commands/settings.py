"""The user's settings: `xlkit.toml` in the working folder (tables [layout], [smtp], [rules],
[register])."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

FILE = "xlkit.toml"


class ConfigError(ValueError):
    """xlkit.toml exists but cannot be read."""


def load_config(cwd: Path | None = None) -> dict[str, Any]:
    path = (cwd or Path.cwd()) / FILE
    if not path.is_file():
        return {}
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def table(name: str, cwd: Path | None = None) -> dict[str, Any]:
    section = load_config(cwd).get(name, {})
    return section if isinstance(section, dict) else {}
