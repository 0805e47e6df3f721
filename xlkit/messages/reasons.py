"""Why a file cannot be read, or written: the reasons the lines of `lines.py` embed, key -> (vi,
en)."""

from __future__ import annotations

REASONS: dict[str, tuple[str, str]] = {
    # why a file cannot be read (UnreadableWorkbook.reason)
    "reason.not-spreadsheet": (
        "không phải tệp bảng tính (.xlsx, .ods)",
        "not a spreadsheet (.xlsx, .ods)",
    ),
    "reason.corrupt": ("tệp bị hỏng hoặc không trọn vẹn", "the file is corrupt or truncated"),
    "reason.bomb": (
        "tệp giải nén ra quá lớn (nghi bom zip)",
        "it unpacks to too much data (a zip bomb)",
    ),
    "reason.hostile-xml": (
        "XML khai báo thực thể (DTD), bị từ chối vì an toàn",
        "its XML declares entities (DTD), refused for safety",
    ),
    "reason.io": ("lỗi đọc tệp", "a read error"),
    "reason.not-a-file": ("đây là thư mục, không phải tệp", "it is a folder, not a file"),
    "reason.encrypted": ("tệp được đặt mật khẩu", "the file is password-protected"),
    "reason.legacy": (
        "tệp ở định dạng Excel cũ (.xls)",
        "the file is in the old Excel format (.xls)",
    ),
    "reason.too-big": (
        "một trang tính có ô ở quá xa (gần dòng 1.048.576 hoặc cột XFD); xóa các ô thừa ở cuối trang",
        "a sheet has a cell too far out (near row 1,048,576 or column XFD); delete the stray cells",
    ),
    "reason.no-workbook": (
        "thư không đính kèm sổ nào",
        "the message carries no workbook",
    ),
    "reason.bad-message": (
        "thư không tách được (bảng mã lạ hoặc lồng quá sâu)",
        "the message cannot be taken apart (an unknown charset, or nested too deep)",
    ),
    # why the system refused a write (commands.shared.io_failure)
    "oserror.no-space": ("ổ đĩa đã đầy", "the disk is full"),
    "oserror.too-large": (
        "tệp vượt giới hạn kích thước cho phép",
        "the file exceeds the size allowed",
    ),
}
