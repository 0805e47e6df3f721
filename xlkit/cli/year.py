"""The commands of the secretary's year: `agenda` (what is coming due), `meeting` (the monthly
meeting's minutes and resolution), `review` (the year-end review). Declared here, registered on
the app by `main.py`."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from xlkit.cli import parse, show
from xlkit.cli.voice import line, state
from xlkit.messages import say
from xlkit.vocab.formats import AgendaFormat, MeetingDocument, ReviewDocument

WorkbookArgument = typer.Argument(None, metavar="WORKBOOK")


def agenda(
    workbook: Path | None = WorkbookArgument,
    ngay: str | None = typer.Option(None, "--ngay"),
    format: str = typer.Option("text", "--format"),
) -> None:
    import xlkit
    from xlkit.render import agenda as shown

    lang = state["lang"]
    chosen = parse.choice(AgendaFormat, format)
    result = xlkit.agenda(workbook, day=parse.day(ngay))
    path = result.prepared.path
    render = shown.as_json if chosen is AgendaFormat.JSON else shown.as_text
    sys.stdout.write(render(result.agenda, lang, path))
    errors = result.prepared.report.errors
    if errors and chosen is AgendaFormat.TEXT:
        line(say("agenda.errors", lang, count=len(errors), path=path))
    show.notices(result.prepared.notices)


def meeting(
    day: str = typer.Argument(..., metavar="DATE"),
    workbook: Path | None = WorkbookArgument,
    kind: str = typer.Option("bien-ban", "--kind"),
    output: Path | None = typer.Option(None, "-o", "--output"),
    format: str | None = typer.Option(None, "--format"),
    so: str | None = typer.Option(None, "--so"),
    ngay: str | None = typer.Option(None, "--ngay"),
    ky: str | None = typer.Option(None, "--ky"),
    force: bool = typer.Option(False, "--force"),
) -> None:
    import xlkit

    held = parse.day(day)
    assert held is not None  # an argument typer requires
    fmt, output = parse.document_format(format, output)
    show.document(
        xlkit.meeting(
            held,
            workbook,
            kind=parse.choice(MeetingDocument, kind),
            fmt=fmt,
            output=output,
            number=so,
            issued=parse.day(ngay),
            force=force,
            signing=parse.signing(ky),
        )
    )


def review(
    year: str = typer.Argument(..., metavar="YEAR"),
    workbook: Path | None = WorkbookArgument,
    kind: str = typer.Option("danh-sach", "--kind"),
    output: Path | None = typer.Option(None, "-o", "--output"),
    format: str | None = typer.Option(None, "--format"),
    so: str | None = typer.Option(None, "--so"),
    ngay: str | None = typer.Option(None, "--ngay"),
    ky: str | None = typer.Option(None, "--ky"),
    force: bool = typer.Option(False, "--force"),
) -> None:
    import xlkit

    chosen = parse.choice(ReviewDocument, kind)
    if chosen is ReviewDocument.FORMS:  # a folder: -o names it, --format says docx or pdf
        from xlkit.render import Format

        fmt = parse.choice(Format, format) if format else None
    else:
        fmt, output = parse.document_format(format, output)
    result = xlkit.review(
        parse.year(year),
        workbook,
        kind=chosen,
        fmt=fmt,
        output=output,
        number=so,
        day=parse.day(ngay),
        force=force,
        signing=parse.signing(ky),
    )
    if chosen is ReviewDocument.FORMS:
        show.notices(result.notices)
        show.echo(say("done.forms", state["lang"], count=len(result.forms), path=result.written))
        show.made_with(result.prepared)
    else:
        show.document(result)
