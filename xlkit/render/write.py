"""Write a document model to a file in the format asked for, atomically (the caller guards the
path)."""

from __future__ import annotations

from pathlib import Path

from xlkit.documents.model import Document
from xlkit.guard.files import atomic_path, write_text
from xlkit.render import Format
from xlkit.render.layout import Layout


def render(document: Document, fmt: Format) -> str:
    """DOCUMENT as text or Markdown."""
    if fmt is Format.MARKDOWN:
        from xlkit.render.markdown import render_markdown

        return render_markdown(document)
    from xlkit.render.text import render_text

    return render_text(document)


def write_document(
    document: Document, target: Path, fmt: Format, *, layout: Layout | None = None
) -> Path:
    """Write DOCUMENT as FMT to TARGET: a temporary file renamed into place."""
    if fmt in (Format.TEXT, Format.MARKDOWN):
        # listed: replaced later only as written
        write_text(target, render(document, fmt), role="report")
    elif fmt is Format.DOCX:
        from xlkit.render.word import write_docx

        with atomic_path(target, role="report") as temporary:
            write_docx(document, temporary, layout)
    else:
        from xlkit.render.pdf import write_pdf

        with atomic_path(target, role="report") as temporary:
            write_pdf(document, temporary, layout)
    return target
