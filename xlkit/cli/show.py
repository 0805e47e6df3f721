"""What the CLI shows on the terminal: findings, tables, a document's notices, a prompt, a
spinner — in colour on a terminal, plain when piped."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from xlkit.cli.voice import line, state
from xlkit.messages import say

if TYPE_CHECKING:
    from xlkit.commands.indicators import IndicatorsResult
    from xlkit.messages.findings import Report


# a terminal's colour and style codes, as click finds them
_STYLE_CODE = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def echo(text: str) -> None:
    """A line on stdout as typer writes it (click.echo): flushed, any colour codes taken out
    when stdout is not a terminal; without loading typer, whose import alone costs a document
    command a sixth of its time."""
    out = sys.stdout
    if out is None:  # no stream attached (pythonw)
        return
    written = text + "\n"
    if not out.isatty():
        written = _STYLE_CODE.sub("", written)
    out.write(written)
    out.flush()


def document(result: Any) -> None:
    """A report's or a plan's result: its notices, then the text, or where it was written, and
    what the document was made with."""
    notices(result.notices)
    if result.text is not None:
        sys.stdout.write(result.text)
    else:
        echo(say("done.written", state["lang"], path=result.written))
    made_with(result.prepared)


# what each file of a package is for, as `pack` lists it
PACKED_ROLES = {
    "workbook": "pack.role.workbook",
    "report-docx": "pack.role.report-docx",
    "report-pdf": "pack.role.report-pdf",
    "indicators": "pack.role.indicators",
}


def package(result: Any) -> None:
    """A package made: its notices, its folder, each file with what it is for (the fingerprints
    are in its manifest, not in her face), what it was made with."""
    lang = state["lang"]
    notices(result.notices)
    echo(say("done.written", lang, path=result.package.folder))
    width = max((len(item.name) for item in result.package.files), default=0)
    for item in result.package.files:
        echo(f"  {item.name.ljust(width)}  {say(PACKED_ROLES[item.role], lang)}")
    echo(say("pack.fingerprints", lang))
    made_with(result.prepared)


def made_with(prepared: Any) -> None:
    """`đã lập với 8 cảnh báo, 1 ghi chú`, each warning's message below (what the document
    lacks: an empty section, a month without a meeting), and where to see the hints; nothing
    when the workbook is clean."""
    report, lang = prepared.report, state["lang"]
    warnings, notes = report.warnings, report.notes
    if not warnings:  # notes (a badge due) are not what a document lacks
        return
    line(
        say(
            "done.made-with" if prepared.checked_as else "done.made-with-year",
            lang,
            warnings=len(warnings),
            notes=len(notes),
            path=prepared.path,
            period=prepared.checked_as,
        )
    )
    for found in report.sorted():
        if found in warnings:
            print(f"  - {found.sheet}!{found.cell}: {found.message(lang)}", file=sys.stderr)


def notices(notices: list[tuple[str, dict[str, Any]]]) -> None:
    for key, args in notices:
        line(say(key, state["lang"], **args))


def ask_password(user: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(say("prompt.password", state["lang"], user=user))


def sending(host: str) -> Any:
    """A spinner on a terminal while the server is talked to; nothing when piped."""
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(say("status.sending", state["lang"], host=host))


def findings(report: Report, lang: str, stream: TextIO) -> None:
    """Findings as text; in colour (rich) on a terminal, plain when piped — the severity is a
    word either way."""
    from xlkit.render.findings_text import report_lines

    lines = report_lines(report, lang)
    if not stream.isatty():  # no colour to show: spare rich's start-up
        stream.write("".join(text + "\n" for text, _ in lines))
        return
    from rich.console import Console

    console = Console(file=stream, highlight=False)
    for text, style in lines:
        console.print(text, style=style or None, markup=False, highlight=False, soft_wrap=True)


def table(result: IndicatorsResult, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from xlkit.render import indicator_table

    table = Table(
        title=f"{result.prepared.path.name} — {result.prepared.period.label(lang)}",
        show_lines=False,
    )
    for column in indicator_table.headers(lang):
        table.add_column(column, overflow="fold")
    for row in indicator_table.table_rows(result.prepared.items, lang):
        table.add_row(*row)
    Console(highlight=False).print(table)


# a change that turns text into a value: what it was and what it is now, both named
CHANGED_KIND = {"fix.date": "fix.as-date", "fix.number": "fix.as-number"}


def fixed(result: Any, original: Path) -> None:
    """fix's result: each change, before and after (text made a date: said so), what it could not
    decide, the copy written and what to do with it."""
    from xlkit.messages.findings import show_value

    lang = state["lang"]
    for change in result.changes:
        where = f"  '{change.sheet}'!{change.cell}  "
        before, after = f'"{change.before}"', f'"{change.after}"'
        why = f"  ({say(change.why, lang)})"
        if change.why in CHANGED_KIND:  # "6" (chữ) → 6 (số): the kinds say why
            why = ""
            shown = show_value(change.after)
            before = f"{before} ({say('fix.as-text', lang)})"
            after = f"{shown} ({say(CHANGED_KIND[change.why], lang)})"
        echo(f"{where}{before} → {after}{why}")
    for change in result.ambiguous:
        where = f"  '{change.sheet}'!{change.cell}  "
        echo(f'{where}"{change.before}"  {say(change.why, lang)}')
    echo(say("fix.done", lang, path=result.written, count=len(result.changes)))
    serious = [len(r.errors) + len(r.warnings) for r in (result.before, result.after)]
    echo(say("fix.findings", lang, before=serious[0], after=serious[1]))
    if result.formulas:
        echo(say("fix.formulas", lang, count=result.formulas))
    if result.changes:
        echo(say("fix.next", lang, copy=result.written, name=original.name))
