"""Indicators as rows for the terminal table, CSV (for Excel) and JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from xlkit.compute.collector import Indicator
from xlkit.text import vn


def source_text(item: Indicator) -> str:
    """`Đảng viên: 2-5, 7` — the sheet and its rows, runs folded."""
    if not item.rows:
        return item.sheet
    runs: list[str] = []
    start = prev = item.rows[0]
    for row in (*item.rows[1:], None):
        if row is not None and row == prev + 1:
            prev = row
            continue
        runs.append(str(start) if start == prev else f"{start}-{prev}")
        if row is not None:
            start = prev = row
    return f"{item.sheet}: {', '.join(runs)}"


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return vn.number(value, 1)
    return str(value)


def headers(lang: str = "vi") -> tuple[str, ...]:
    return (
        ("key", "label", "value", "source")
        if lang == "en"
        else ("mã", "chỉ số", "giá trị", "nguồn")
    )


def table_rows(items: list[Indicator], lang: str = "vi") -> list[tuple[str, str, str, str]]:
    return [(i.key, i.label(lang), shown(i.value), source_text(i)) for i in items]


def as_json(items: list[Indicator], lang: str = "vi") -> str:
    return json.dumps([i.as_dict(lang) for i in items], ensure_ascii=False, indent=2)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_field(value: Any) -> Any:
    """A field Excel shows as typed: text that would start a formula gets a leading apostrophe
    (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def as_csv(items: list[Indicator], lang: str = "vi") -> str:
    """CSV with a UTF-8 BOM so that Excel shows Vietnamese right; numbers as numbers, never a
    formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        ["key", "label", "value", "source"]
        if lang == "en"
        else ["Mã chỉ số", "Chỉ số", "Giá trị", "Nguồn"]
    )
    for i in items:
        value = i.as_dict(lang)["value"]
        writer.writerow(
            [
                csv_field(v)
                for v in (i.key, i.label(lang), "" if value is None else value, source_text(i))
            ]
        )
    return "\ufeff" + buffer.getvalue()


def as_tsv(items: list[Indicator], lang: str = "vi") -> str:
    """The table as tab-separated lines (what `-o` writes for --format table); never a formula."""
    return "".join(
        "\t".join(str(csv_field(cell)) for cell in row) + "\n" for row in table_rows(items, lang)
    )
