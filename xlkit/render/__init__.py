"""Writers: the document model (and the indicators) into text, Markdown, .docx, PDF, workbooks,
mail."""

from __future__ import annotations

from pathlib import Path

from xlkit.vocab.formats import Choices


class Format(Choices):
    """A document's format (report, plan, the roll-up's summary), named like its extension."""

    TEXT = "txt"
    MARKDOWN = "md"
    DOCX = "docx"
    PDF = "pdf"

    @classmethod
    def of(cls, name: str) -> Format:
        """A format by name or file extension: txt/text, md/markdown, docx, pdf."""
        key = name.lower().lstrip(".")
        aliases = {"text": "txt", "markdown": "md"}
        return cls(aliases.get(key, key))


def output_path(path: Path, fmt: Format | None) -> tuple[Path, Format]:
    """The file to write and its format: --format wins and supplies a missing extension."""
    if fmt is None:
        return path, Format.of(path.suffix or "txt")
    if path.suffix.lower().lstrip(".") != fmt.value:
        path = (
            path.with_name(path.name + "." + fmt.value)
            if not path.suffix
            else path.with_suffix("." + fmt.value)
        )
    return path, fmt
