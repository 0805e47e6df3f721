"""A roll-up on the terminal: a table (one line per cell, then the totals), JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping

from xlkit.consolidate.headers import TOTAL
from xlkit.consolidate.rows import FIGURE_KEYS, reached, status_words
from xlkit.consolidate.run import RolledUp
from xlkit.messages import say
from xlkit.render.indicator_table import csv_field
from xlkit.text.lines import one_line
from xlkit.text.vn import count, percent
from xlkit.vocab.formats import RollupFormat


def as_table(rolled: RolledUp, lang: str = "vi") -> str:
    rows = [tuple(say("rollup.columns", lang).split("|"))]
    for r in rolled.rows:
        v = r.values
        status = status_words(r.status, lang) + (f" ({r.note})" if r.note else "")
        rows.append(
            (
                one_line(r.name) or "—",
                count(v.get("members.total")),
                count(v.get("members.admitted")),
                percent(v.get("meetings.attendance_pct")),
                reached(v),
                one_line(status),
                one_line(r.origin),  # a file named with CR/LF would break the table's lines
            )
        )
    t = rolled.totals
    rows.append(
        (
            say("rollup.total", lang),
            count(t.get("members.total")),
            count(t.get("members.admitted")),
            percent(t.get("meetings.attendance_pct")),
            reached(t),
            "",
            "",
        )
    )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "".join(
        " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n"
        for row in rows
    )


def _record(
    name: str, origin: str, status: str, note: str, values: Mapping[str, float | None]
) -> dict:
    return {
        "name": name,
        "source": origin,
        "status": status,
        "note": note,
        "values": whole(values),
    }


def whole(values: Mapping[str, float | None]) -> dict[str, float | int | None]:
    """The figures by key, a count as the whole number it is (`22`, never `22.0`); a share as
    computed."""
    out: dict[str, float | int | None] = {}
    for key in FIGURE_KEYS:
        value = values.get(key)
        counted = value is not None and not key.endswith("_pct") and value == int(value)
        out[key] = int(value) if counted else value  # type: ignore[arg-type]
    return out


def as_json(rolled: RolledUp) -> str:
    cells = [
        _record(r.name, r.origin, r.status, r.note, r.values)
        | {"findings": [list(f) for f in r.findings]}
        for r in rolled.rows
    ]
    duplicates = [{"name": d.name, "kept": d.kept, "dropped": d.dropped} for d in rolled.duplicates]
    return (
        json.dumps(
            {
                "period": str(rolled.period),
                "cells": cells,
                "totals": whole(rolled.totals),
                "duplicates": duplicates,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def as_csv(rolled: RolledUp) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "superior", "source", "status", "note", *FIGURE_KEYS])
    for r in rolled.rows:
        writer.writerow(
            [
                csv_field(x)
                for x in (
                    r.name,
                    r.superior,
                    r.origin,
                    r.status,
                    r.note,
                    *whole(r.values).values(),
                )
            ]
        )
    t = rolled.totals
    writer.writerow([TOTAL, "", "", "", "", *whole(t).values()])
    return "\ufeff" + out.getvalue()


# --format csv|json on the terminal, `-o` .csv|.json to a file
AS_TEXT = {
    RollupFormat.CSV: as_csv,
    RollupFormat.JSON: as_json,
}
