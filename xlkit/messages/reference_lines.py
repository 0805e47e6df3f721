"""The catalogue's lines of the reference tables (`xlkit rules --format md`, the README's tables of
rules and finding codes), Vietnamese and English: merged into `lines.LINES`."""

from __future__ import annotations

REFERENCE_LINES: dict[str, tuple[str, str]] = {
    "md.rules-head": (
        "| mã | mức | kiểm tra | căn cứ | hiệu lực | tham số |",
        "| code | severity | checks | source | in force | parameters |",
    ),
    "md.form-head": (
        "| quy tắc thể thức | quy định về | căn cứ | hiệu lực | giá trị | yêu cầu |",
        "| rule of form | governs | source | in force | values | asks |",
    ),
    "md.codes-head": ("| mã | mức | nội dung |", "| code | severity | message |"),
    "md.group.file": ("Tệp", "The file"),
    "md.group.cells": ("Ô", "Cells"),
    "md.group.relations": ("Giữa các ô và các trang", "Between cells and sheets"),
    "md.group.party": ("Quy định của Đảng", "Party rules"),
    "md.group.document": ("Trước khi lập văn bản", "Before a document is made"),
}
