"""The catalogue's lines of the committee's side (the roll-up, its summary) and of a package's
listing, Vietnamese and English: merged into `lines.LINES`."""

from __future__ import annotations

ROLLUP_LINES: dict[str, tuple[str, str]] = {
    "pack.role.workbook": (
        "sổ chi bộ, để cấp ủy tổng hợp",
        "the cell's workbook, for the committee's roll-up",
    ),
    "pack.role.report-docx": (
        "báo cáo, bản Word để sửa và in",
        "the report, in Word to edit and print",
    ),
    "pack.role.report-pdf": (
        "báo cáo, bản PDF để đọc và lưu",
        "the report, as a PDF to read and keep",
    ),
    "pack.role.indicators": (
        "biểu đồ và bảng chỉ số của kỳ, mỗi số kèm nguồn",
        "the period's charts and indicators, each figure with its source",
    ),
    "pack.fingerprints": (
        "Dấu kiểm tra (SHA-256) của từng tệp ghi trong manifest.json và SHA256SUMS.",
        "Each file's fingerprint (SHA-256) is in manifest.json and SHA256SUMS.",
    ),
    "rollup.columns": (
        "Chi bộ|Đảng viên|Kết nạp|Dự sinh hoạt|Chỉ tiêu đạt|Tình trạng|Nguồn",
        "Cell|Members|Admitted|Attendance|Targets reached|Status|Source",
    ),
    "rollup.total": ("Tổng cộng", "Total"),
    "rollup.status.ok": ("Hợp lệ", "Fine"),
    "rollup.status.warnings": ("Có cảnh báo", "Warnings"),
    "rollup.status.errors": ("Có lỗi, chưa tính vào tổng", "Errors, left out of the totals"),
    "rollup.status.unreadable": ("Không đọc được", "Cannot be read"),
    "rollup.status.tampered": ("Gói bị thay đổi hoặc hỏng", "Package changed or damaged"),
    "rollup.status.missing": ("Chưa gửi", "Not sent"),
    "rollup.status.other-year": ("Sổ của năm khác", "A workbook of another year"),
    "rollup.status.other-period": ("Tổng hợp của kỳ khác", "A roll-up of another period"),
    "rollup.column-missing": ("thiếu cột '{column}'", "the column '{column}' is missing"),
    "rollup.not-a-number": ("không phải là số", "not a number"),
    "rollup.fraction": ("có phần lẻ", "has a fraction"),
    "rollup.no-period": ("không ghi kỳ tổng hợp", "it does not say its period"),
    "rollup.duplicate": (
        "xlkit: {name} gửi hai lần: tính bản mới hơn {kept}, bỏ bản {dropped}",
        "xlkit: {name} was sent twice: the newer {kept} counts, {dropped} is left out",
    ),
    "note.summary-no-place": (
        "xlkit: báo cáo tổng hợp chưa có địa danh trước ngày tháng; ghi bằng --dia-danh hoặc dia_danh trong [rollup] của xlkit.toml",
        "xlkit: the summary has no place before its date; give it with --dia-danh or dia_danh in [rollup] of xlkit.toml",
    ),
    "note.summary-no-signer": (
        "xlkit: báo cáo tổng hợp chưa có tên người ký; ghi bằng --nguoi-ky hoặc nguoi_ky trong [rollup] của xlkit.toml",
        "xlkit: the summary has no signer's name; give it with --nguoi-ky or nguoi_ky in [rollup] of xlkit.toml",
    ),
    "rollup.level.error": ("Lỗi", "Error"),
    "rollup.level.warning": ("Cảnh báo", "Warning"),
    "rollup.level.note": ("Ghi chú", "Note"),
    "rollup.unexpected": (
        "xlkit: {name} ({origin}) đã gửi nhưng không có trong danh sách --expect",
        "xlkit: {name} ({origin}) sent, but no line of --expect names it",
    ),
}
