"""Write a document model to a file in the format asked for, atomically, never over the input."""

from __future__ import annotations

from pathlib import Path

from xlkit.documents.model import Document
from xlkit.files import atomic_path, write_text
from xlkit.outputs import Format
from xlkit.outputs.layout import Layout


def write_document(document: Document, target: Path, fmt: Format, *, protect: tuple[Path, ...] = (), layout: Layout | None = None) -> Path:
    """Write DOCUMENT as FMT to TARGET: a temporary file renamed into place, never over PROTECT."""
    if fmt is Format.TEXT:
        from xlkit.outputs.text import render_text

        write_text(target, render_text(document), protect=protect)
    elif fmt is Format.MARKDOWN:
        from xlkit.outputs.markdown import render_markdown

        write_text(target, render_markdown(document), protect=protect)
    elif fmt is Format.DOCX:
        from xlkit.outputs.word import write_docx

        with atomic_path(target, protect=protect) as temporary:
            write_docx(document, temporary, layout)
    elif fmt is Format.PDF:
        from xlkit.outputs.pdf import write_pdf

        with atomic_path(target, protect=protect) as temporary:
            write_pdf(document, temporary, layout)
    return target
