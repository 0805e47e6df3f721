"""The agenda as she reads it: text grouped by kind, each line with where it comes from and the
rule it follows; JSON for other programs; rows for the annotated copy's sheet."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.documents.agenda import GROUPS, Agenda, Due
from xlkit.messages import say

GROUP_LINES = {
    "probation": "agenda.group.probation",
    "badge": "agenda.group.badge",
    "fee": "agenda.group.fee",
    "meeting": "agenda.group.meeting",
    "review": "agenda.group.review",
    "document": "agenda.group.document",
}
BAND_LINES = {
    "overdue": "agenda.band.overdue",
    "30": "agenda.band.30",
    "60": "agenda.band.60",
    "90": "agenda.band.90",
}


def _where(item: Due) -> str:
    if item.sheet is None:
        return ""
    return f"{item.sheet}!{item.cell}" if item.cell else item.sheet


def _marker(item: Due, lang: str) -> str:
    if item.group == "probation":
        return say(BAND_LINES[item.band], lang)
    if item.days is None:
        return say("agenda.band.now", lang)
    if item.days < 0:
        return say("agenda.band.past", lang, days_n=-item.days)
    return say("agenda.band.left", lang, days_n=item.days)


def line(item: Due, lang: str) -> str:
    """The item's sentence, in LANG."""
    return say(item.key, lang, **item.fields)


def basis(item: Due, lang: str) -> str:
    """Where it comes from and the rule it follows; `*` marks what no source confirmed."""
    parts = []
    if where := _where(item):
        parts.append(say("agenda.from", lang, where=where))
    if item.source:
        star = " (*)" if item.unconfirmed else ""
        parts.append(say("agenda.basis", lang, source=item.source) + star)
    return " · ".join(parts)


def as_text(found: Agenda, lang: str, path: Path | None = None) -> str:
    day = found.day.strftime("%d/%m/%Y")
    out = [say("agenda.title", lang, cell=found.cell or "—", day=day)]
    if path is not None:
        out.append(say("agenda.workbook", lang, path=path))
    if not found.items:
        return "\n".join([*out, "", say("agenda.none", lang)]) + "\n"
    for number, group in enumerate((g for g in GROUPS if found.of(g)), 1):
        out += ["", f"{number}. {say(GROUP_LINES[group], lang)}"]
        for item in sorted(found.of(group), key=_order):
            out.append(f"  - [{_marker(item, lang)}] {line(item, lang)}")
            if text := basis(item, lang):
                out.append(f"    {text}")
    if any(i.unconfirmed for i in found.items):
        out += ["", say("agenda.unconfirmed", lang)]
    return "\n".join(out) + "\n"


def _order(item: Due) -> tuple[Any, ...]:
    """By the day it falls due (those without one last), then by kind."""
    return (item.due or date.max, item.key)


def rows(found: Agenda, lang: str) -> list[tuple[tuple[str, ...], int | None]]:
    """One row per item for a sheet (kind, due day, when, what, where, the rule), each with its
    days left."""
    out: list[tuple[tuple[str, ...], int | None]] = []
    for group in GROUPS:
        for item in sorted(found.of(group), key=_order):
            values = (
                say(GROUP_LINES[group], lang),
                item.due.strftime("%d/%m/%Y") if item.due else "",
                _marker(item, lang),
                line(item, lang),
                _where(item),
                item.source + (" (*)" if item.unconfirmed else ""),
            )
            out.append((values, item.days))
    return out


def as_json(found: Agenda, lang: str, path: Path | None = None) -> str:
    items = [
        {
            "group": item.group,
            "code": item.key.removeprefix("agenda."),
            "due": item.due.isoformat() if item.due else None,
            "days_left": item.days,
            "band": item.band or None,
            "message": line(item, lang),
            "sheet": item.sheet,
            "cell": item.cell,
            "source": item.source or None,
            "unconfirmed": list(item.unconfirmed),
            "fields": item.fields,
        }
        for group in GROUPS
        for item in sorted(found.of(group), key=_order)
    ]
    return (
        json.dumps(
            {
                "workbook": str(path) if path else None,
                "day": found.day.isoformat(),
                "cell": found.cell,
                "items": items,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
