"""Text from outside (a file's name, an attachment's, a cell's) made one line before it reaches a
header, a list on her terminal or a file name: a CR or LF there would break the table's lines, or
smuggle a header into an e-mail."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def one_line(text: str) -> str:
    """TEXT with every run of control characters (CR, LF, tab, NUL) made one space, trimmed."""
    return _CONTROL.sub(" ", text).strip()
