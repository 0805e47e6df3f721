"""`xlkit rollup` as one library call: sources in, the rolled-up cells, the consolidated workbook
and the committee's summary out (written whole or not at all)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlkit.commands.shared import (
    LATE_DAYS,
    Problem,
    checked_number,
    config_table,
    guarded,
    issue_number,
    layout,
    rules,
)
from xlkit.consolidate.run import RolledUp
from xlkit.guard.files import guard_file
from xlkit.vocab.periods import Kind, Period

if TYPE_CHECKING:
    from xlkit.consolidate.rows import CellRow

# `-o`: the consolidated workbook, or its table as CSV or JSON
OUTPUTS = (".xlsx", ".csv", ".json")


@dataclass
class RollupResult:
    rolled: RolledUp
    written: Path | None
    summary_written: Path | None
    summary_text: str | None
    notices: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


@dataclass(frozen=True)
class SummaryOptions:
    """What the command line says of the summary; each unset one is taken from `[rollup]` of
    xlkit.toml."""

    committee: str | None = None  # --ten
    place: str | None = None  # --dia-danh
    signer: str | None = None  # --nguoi-ky
    number: str | None = None  # --so
    day: date | None = None  # --ngay


def rollup(
    period: Period,
    sources: Sequence[Path],
    *,
    output: Path | None = None,
    expect: Path | None = None,
    jobs: int | None = None,
    summary: Path | None = None,
    committee_name: str | None = None,
    options: SummaryOptions | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    lang: str = "vi",
    now: datetime | None = None,
) -> RollupResult:
    """The roll-up of PERIOD over SOURCES: every cell checked and counted, the consolidated
    workbook (OUTPUT: .xlsx, or its table as .csv or .json) and the committee's summary (SUMMARY:
    .txt, .md, .docx, .pdf) written whole or not at all, as OPTIONS say. NOW: when it runs (the
    clock's, read here once)."""
    now = now or datetime.now().astimezone()
    options = options or SummaryOptions(committee=committee_name)
    from xlkit.consolidate.run import expected_cells, roll_up

    for source in [*sources, *([expect] if expect else [])]:
        if not source.exists():
            raise Problem("err.no-such-path", path=source)
    # what the names ask for is settled before the roll-up runs, not after its minutes of work
    if output is not None and output.suffix.lower() not in OUTPUTS:
        raise Problem(
            "err.bad-format",
            fmt=output.suffix or output.name,
            accepted=", ".join(s.lstrip(".") for s in OUTPUTS),
        )
    if summary is not None:
        from xlkit.render import Format, output_path

        try:
            summary, summary_format = output_path(summary, None)
        except ValueError:
            raise Problem(
                "err.bad-format", fmt=summary.suffix or summary.name, accepted=Format.accepted()
            ) from None
    checked_number(options.number)
    if jobs is not None and jobs < 1:
        raise Problem("err.bad-jobs", jobs=jobs)
    inputs = tuple(sources) + ((expect,) if expect else ())
    if output is not None:
        guarded(lambda: guard_file(output, inputs=inputs, roles=("rollup",), force=force))
    if summary is not None:
        guarded(lambda: guard_file(summary, inputs=inputs, roles=("report",), force=force))
    settings = config_table("rollup") or {}
    expected = expected_cells(expect) if expect else None
    writing = tuple(p for p in (output, summary) if p is not None)
    configured = rules()  # xlkit.toml's [rules], as check applies them
    with ExitStack() as exits:
        sink = None
        if output is not None and output.suffix.lower() == ".xlsx":
            # the consolidated workbook written while the workers assess the cells
            from xlkit.consolidate.table import Consolidated

            book = exits.enter_context(
                Consolidated(output, made=now, rated=period.kind is Kind.YEAR)
            )

            def sink(row: CellRow) -> None:
                guarded(lambda: book.add(row), output)

        rolled = roll_up(
            period,
            list(sources),
            jobs=jobs,
            expected=expected,
            progress=progress,
            lang=lang,
            writing=writing,
            rules=configured,
            sink=sink,
        )
        if sink is not None:
            guarded(lambda: book.finish(rolled), output)
        elif output is not None:
            guarded(lambda: _write_text_output(rolled, output), output)
    text: str | None = None
    notices: list[tuple[str, dict[str, Any]]] = []
    if summary is not None or options.committee:
        document, notices = _summary(rolled, settings, options, printed=summary is None, now=now)
        day = options.day or now.date()
        if summary is None:
            from xlkit.render import Format
            from xlkit.render.write import render

            text = render(document, Format.TEXT)
        else:
            from xlkit.render.write import write_document

            chosen = layout(day)
            guarded(
                lambda: write_document(document, summary, summary_format, layout=chosen), summary
            )
    return RollupResult(rolled, output, summary, text, notices)


def _summary(
    rolled: RolledUp,
    settings: dict[str, Any],
    options: SummaryOptions,
    *,
    printed: bool,
    now: datetime,
) -> tuple[Any, list[tuple[str, dict[str, Any]]]]:
    """The committee's summary, numbered from the register when it is written to a file (as a
    report is), dated --ngay or today; and the notices of what its header and signature lack."""
    from xlkit.consolidate.summary import Committee, summary_document

    day = options.day or now.date()
    notices: list[tuple[str, dict[str, Any]]] = []
    committee = Committee(
        name=options.committee or str(settings.get("ten", "Đảng ủy")),
        superior=str(settings.get("cap_tren", "")),
        symbol=str(settings.get("ky_hieu", "ĐU")),
        place=options.place or str(settings.get("dia_danh", "")),
        role=str(settings.get("chuc_vu", "BÍ THƯ")),
        signer=options.signer or str(settings.get("nguoi_ky", "")),
    )
    if not committee.place:
        notices.append(("note.summary-no-place", {}))
    if not committee.signer:
        notices.append(("note.summary-no-signer", {}))
    if options.day is None and day > rolled.period.end + timedelta(days=LATE_DAYS):
        notices.append(
            ("note.date-today", {"day": day.strftime("%d/%m/%Y"), "period": str(rolled.period)})
        )
    number = options.number
    if not printed or number is not None:
        term = str(settings.get("nhiem_ky") or rolled.period.year)
        number = issue_number(number, "BC", day, term, f"tong-hop-{rolled.period}")
    return summary_document(rolled, committee, day, number), notices


def _write_text_output(rolled: RolledUp, output: Path) -> None:
    """`-o` as CSV or JSON, by the name's extension: the table."""
    from xlkit.consolidate.show import AS_TEXT
    from xlkit.guard.files import write_text
    from xlkit.vocab.formats import RollupFormat

    write_text(
        output, AS_TEXT[RollupFormat(output.suffix.lower().lstrip("."))](rolled), role="rollup"
    )
