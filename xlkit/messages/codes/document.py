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
    Entry(
        "document-target-no-result",
        W,
        "Chỉ tiêu {target} chưa có kết quả cả năm: báo cáo năm ghi 'Chưa có kết quả'",
        "Ghi kết quả vào cột 'Thực hiện cả năm', hoặc chọn 'Nguồn số liệu' để xlkit tự tính.",
        "Target {target} has no result for the year: the year report says 'Chưa có kết quả'",
        "Type its result in 'Thực hiện cả năm', or choose a 'Nguồn số liệu' for xlkit to compute it.",
        "document",
    ),
)
# fmt: on
