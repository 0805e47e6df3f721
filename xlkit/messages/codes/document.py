"""Finding codes of the family `document`: a document about to be made."""

from __future__ import annotations

from xlkit.messages.codes.entry import Entry, Severity

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE

# fmt: off
ENTRIES = (
    Entry(
        "document-legacy-text",
        E,
        "'{header}' gõ bằng bảng mã cũ sẽ in sai trong văn bản",
        "Sửa ô thành chữ Unicode: '{converted}'.",
        "'{header}' is in a legacy encoding and would print garbled in the document",
        "Retype the cell in Unicode: '{converted}'.",
        "document",
    ),
)
# fmt: on
