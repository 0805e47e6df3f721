"""The covering letter of the package: subject and body from templates, the headline figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from xlkit.compute.indicators import Computed
from xlkit.documents.parties import cell_name, superior_committee
from xlkit.documents.templating import render_markup
from xlkit.read.records import Book
from xlkit.vocab.periods import Period


def mail_context(
    book: Book, period: Period, attachments: list[str], values: dict[str, Any]
) -> dict[str, Any]:
    return {
        "cell_name": cell_name(book),
        "superior": superior_committee(book),
        "secretary": book.info.get("Bí thư", ""),
        "period": period,
        "next": period.next(),
        "v": values,
        "attachments": attachments,
    }


def mail_text(
    book: Book,
    period: Period,
    attachments: list[str],
    *,
    computed: Computed | None = None,
    cwd: Path | None = None,
) -> tuple[str, str]:
    """The subject (one line) and the body of the letter, from the command's indicators."""
    context = mail_context(book, period, attachments, (computed or Computed(book)).values(period))
    subject = " ".join(render_markup("mail-subject.j2", context, cwd).split())
    body = render_markup("mail-body.j2", context, cwd).strip() + "\n"
    return subject, body
