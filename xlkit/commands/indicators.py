"""`indicators`: the figures of a period, as a table, CSV, JSON or a workbook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from xlkit.commands.shared import (
    Prepared,
    Problem,
    guarded,
    prepare,
)
from xlkit.compute.collector import Indicator
from xlkit.guard.files import guard_file
from xlkit.vocab.formats import IndicatorsFormat
from xlkit.vocab.periods import Period


@dataclass
class IndicatorsResult:
    prepared: Prepared
    text: str | None  # CSV or JSON, when asked for
    written: Path | None


def indicators(
    period: Period,
    workbook: Path | None = None,
    *,
    fmt: IndicatorsFormat | None = None,
    output: Path | None = None,
    force: bool = False,
    lang: str = "vi",
    today: date | None = None,
    cwd: Path | None = None,
) -> IndicatorsResult:
    """Every indicator of PERIOD, as a table, CSV, JSON or the indicators workbook with its
    charts (FMT; with OUTPUT and no FMT, the name's extension says: .csv, .json, .xlsx, else the
    table); written to OUTPUT when given."""
    from xlkit.guard.files import MARKED, atomic_path, write_text

    suffix = output.suffix.lower() if output is not None else ""
    named = {
        ".csv": IndicatorsFormat.CSV,
        ".json": IndicatorsFormat.JSON,
        ".xlsx": IndicatorsFormat.XLSX,
    }
    fmt = fmt or named.get(suffix, IndicatorsFormat.TABLE)
    if fmt is IndicatorsFormat.XLSX and output is None:
        raise Problem("err.xlsx-needs-output", period=str(period))
    prepared = prepare(period, workbook, cwd=cwd, today=today or date.today())
    items = prepared.items
    if output is None:
        text = None if fmt is IndicatorsFormat.TABLE else _as_text(fmt, items, lang)
        return IndicatorsResult(prepared, text, None)
    if fmt is IndicatorsFormat.XLSX and suffix != ".xlsx":
        raise Problem("err.bad-format", fmt=suffix or "?", accepted="xlsx")
    guarded(lambda: guard_file(output, inputs=(prepared.path,), roles=("indicators",), force=force))
    if fmt is IndicatorsFormat.XLSX:
        from xlkit.workbooks.indicator_workbook import write_indicator_workbook

        def write() -> None:
            with atomic_path(output, role="indicators") as temporary:
                write_indicator_workbook(
                    temporary, book=prepared.book, period=period, items=items, lang=lang
                )

        guarded(write, output)
        return IndicatorsResult(prepared, None, output)
    # text under a spreadsheet's or a document's name: a file no program opens
    if suffix in MARKED:
        raise Problem("err.bad-format", fmt=suffix, accepted="csv, json, txt, xlsx")
    text = _as_text(fmt, items, lang)
    guarded(lambda: write_text(output, text, role="indicators"), output)
    return IndicatorsResult(prepared, None, output)


def _as_text(fmt: IndicatorsFormat, items: list[Indicator], lang: str) -> str:
    """The indicators as CSV, JSON or the table's tab-separated text."""
    from xlkit.render import indicator_table

    return {
        IndicatorsFormat.CSV: indicator_table.as_csv,
        IndicatorsFormat.JSON: indicator_table.as_json,
    }.get(fmt, indicator_table.as_tsv)(items, lang)
