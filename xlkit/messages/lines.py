"""The CLI's own lines, the phrases findings embed, and the help texts: key -> (vi, en)."""

from __future__ import annotations

LINES: dict[str, tuple[str, str]] = {
    # the summary of a check and the severity words (shown also without colour)
    "summary": ("{errors} lỗi, {warnings} cảnh báo, {notes} ghi chú", "{errors} errors, {warnings} warnings, {notes} notes"),
    "clean": ("Không có lỗi.", "No problems found."),
    "severity.error": ("LỖI", "ERROR"),
    "severity.warning": ("cảnh báo", "warning"),
    "severity.note": ("ghi chú", "note"),
    "closest": ("; gần nhất: '{closest}'", "; closest: '{closest}'"),
    # why a file cannot be read (UnreadableWorkbook.reason)
    "reason.not-spreadsheet": ("không phải tệp bảng tính (.xlsx, .ods)", "not a spreadsheet (.xlsx, .ods)"),
    "reason.corrupt": ("tệp bị hỏng hoặc không trọn vẹn", "the file is corrupt or truncated"),
    "reason.bomb": ("tệp giải nén ra quá lớn (nghi bom zip)", "it unpacks to too much data (a zip bomb)"),
    "reason.hostile-xml": ("XML khai báo thực thể (DTD), bị từ chối vì an toàn", "its XML declares entities (DTD), refused for safety"),
    "reason.io": ("lỗi đọc tệp", "a read error"),
    "reason.not-a-file": ("đây là thư mục, không phải tệp", "it is a folder, not a file"),
    "reason.encrypted": ("tệp được đặt mật khẩu", "the file is password-protected"),
    "reason.legacy": ("tệp ở định dạng Excel cũ (.xls)", "the file is in the old Excel format (.xls)"),
    # phrases of findings
    "order.born-after-admitted": ("ngày sinh sau ngày vào Đảng", "born after admission"),
    "order.admitted-after-official": ("ngày vào Đảng sau ngày chính thức", "admitted after confirmed official"),
    "order.change-before-admission": ("ngày thay đổi trước ngày vào Đảng", "status changed before admission"),
    "order.pipeline": ("các mốc phát triển Đảng không theo thứ tự", "the admission steps are out of order"),
    "why.exempt": ("đang miễn sinh hoạt", "is exempt from meetings"),
    "why.too-new": ("vào Đảng chưa đủ 6 tháng tính đến cuối năm", "was admitted less than 6 months before the year's end"),
    # lines of the CLI
    "err.no-workbooks": ("Không tìm thấy sổ nào (.xlsx, .xlsm, .ods) trong {places}", "No workbook (.xlsx, .xlsm, .ods) found in {places}"),
    "err.no-such-path": ("Không có tệp hoặc thư mục: {path}", "No such file or folder: {path}"),
    "err.exists": ("Tệp {path} đã có; thêm --force để ghi đè", "{path} exists; add --force to overwrite"),
    "err.not-ours": (
        "Không ghi đè {path}: tệp này không do xlkit tạo ra; chọn tên khác với -o",
        "Will not write over {path}: xlkit did not make it; choose another name with -o",
    ),
    "err.spreadsheet-not-ours": (
        "Không ghi đè bảng tính {path}: đây không phải tệp xlkit tạo ra; chọn tên khác với -o",
        "Will not write over the spreadsheet {path}: xlkit did not make it; choose another name with -o",
    ),
    "err.same-as-input": ("Không ghi đè lên tệp đang đọc: {path}", "Will not write over a file being read: {path}"),
    "err.inside-package": ("Không ghi vào tệp của gói đang gửi: {path}", "Will not write over a file of the package being sent: {path}"),
    "err.workbook-filled": (
        "Không ghi đè {path}: sổ đã có dữ liệu; chọn tên khác",
        "Will not write over {path}: the workbook holds data; choose another name",
    ),
    "err.folder-not-package": (
        "Không thay thế thư mục {path}: đây không phải gói do xlkit pack tạo ra; chọn thư mục khác với -o",
        "Will not replace the folder {path}: it is not a package made by xlkit pack; choose another folder with -o",
    ),
    "err.folder-holds-input": ("Không thay thế thư mục {path}: thư mục chứa sổ đang đọc", "Will not replace {path}: it holds the workbook being read"),
    "err.is-folder": ("{path} là thư mục; hãy ghi tên tệp, ví dụ {path}/bao-cao.docx", "{path} is a folder; name a file, e.g. {path}/bao-cao.docx"),
    "err.bad-year": ("Năm không hợp lệ: {year}", "Not a valid year: {year}"),
    "err.bad-format": ("Định dạng không hỗ trợ: {fmt} (chọn {accepted})", "Unsupported format: {fmt} (choose {accepted})"),
    "err.bad-lang": ("Ngôn ngữ không hỗ trợ: {name} (chọn vi hoặc en)", "Unsupported language: {name} (vi or en)"),
    "warn.env-lang": (
        "xlkit: XLKIT_LANG={name} không hỗ trợ; dùng tiếng Việt (chọn vi hoặc en)",
        "xlkit: XLKIT_LANG={name} is not supported; using Vietnamese (vi or en)",
    ),
    "err.bad-period": ("Kỳ không hợp lệ: {period} (dùng {accepted})", "Not a valid period: {period} (use {accepted})"),
    "err.period-outside": ("Kỳ {period} không thuộc năm {year} của sổ {path}", "The period {period} is not in the year {year} of {path}"),
    "err.no-year": ("Sổ {path} chưa ghi Năm ở trang 'Thông tin'; chạy xlkit check để xem", "{path} has no Năm in 'Thông tin'; run xlkit check"),
    "err.no-year-match": ("Không có sổ nào của năm {year} trong {places}", "No workbook of the year {year} in {places}"),
    "err.ambiguous": ("Có nhiều sổ của năm {year}; hãy chỉ rõ một sổ: {names}", "More than one workbook of {year}; name one: {names}"),
    "err.bad-date": ("Ngày không hợp lệ: {value} (dạng dd/mm/yyyy)", "Not a valid date: {value} (dd/mm/yyyy)"),
    "err.cannot-write": ("Không ghi được {path}: {reason}", "Cannot write {path}: {reason}"),
    "err.no-office": (
        "Cần LibreOffice để xuất PDF: cài bằng 'sudo apt-get install libreoffice-writer-nogui' (Windows/macOS: libreoffice.org), hoặc xuất .docx",
        "PDF needs LibreOffice: install it with 'sudo apt-get install libreoffice-writer-nogui' (Windows/macOS: libreoffice.org), or write .docx",
    ),
    "err.pdf-failed": ("LibreOffice không tạo được PDF: {reason}", "LibreOffice could not make the PDF: {reason}"),
    "err.package-exists": ("Gói {path} đã có; thêm --force để làm lại", "The package {path} exists; add --force to rebuild it"),
    "err.config": ("Không đọc được xlkit.toml: {detail}", "Cannot read xlkit.toml: {detail}"),
    "err.layout-key": (
        "xlkit.toml › [layout]: không có mục '{name}' (gần nhất: '{closest}')",
        "xlkit.toml › [layout]: there is no '{name}' (closest: '{closest}')",
    ),
    "err.layout-value": ("xlkit.toml › [layout]: '{name}' phải là một số", "xlkit.toml › [layout]: '{name}' must be a number"),
    "err.not-written": (
        "Chưa ghi văn bản nào vì sổ còn {errors} lỗi: sửa các lỗi trên rồi chạy lại, hoặc thêm --force để vẫn xuất",
        "Nothing was written: the workbook has {errors} errors; fix them and run again, or add --force to render anyway",
    ),
    "warn.forced": ("Cảnh báo: sổ còn {errors} lỗi, vẫn xuất theo --force", "Warning: the workbook has {errors} errors; rendered anyway (--force)"),
    "note.date-today": (
        "xlkit: văn bản ghi ngày hôm nay ({day}), đã quá cuối kỳ {period} hơn 60 ngày; ghi ngày khác bằng --ngay dd/mm/yyyy",
        "xlkit: the document is dated today ({day}), more than 60 days after the end of {period}; set another date with --ngay dd/mm/yyyy",
    ),
    "note.no-pdf": (
        "xlkit: gói không có PDF vì chưa cài LibreOffice ('sudo apt-get install libreoffice-writer-nogui'; Windows/macOS: libreoffice.org)",
        "xlkit: the package has no PDF: LibreOffice is not installed ('sudo apt-get install libreoffice-writer-nogui'; Windows/macOS: libreoffice.org)",
    ),
    # mail
    "err.smtp-host": (
        "Chưa có máy chủ thư: dùng --smtp-host, XLKIT_SMTP_HOST hoặc mục host của bảng smtp trong xlkit.toml",
        "No mail server: use --smtp-host, XLKIT_SMTP_HOST or host in the smtp table of xlkit.toml",
    ),
    "err.smtp-security": ("Bảo mật SMTP phải là starttls, ssl hoặc none", "SMTP security must be starttls, ssl or none"),
    "err.smtp-port": ("Cổng SMTP phải là một số", "The SMTP port must be a number"),
    "err.smtp-from": ("Chưa có địa chỉ người gửi: dùng --from hoặc XLKIT_SMTP_FROM", "No sender address: use --from or XLKIT_SMTP_FROM"),
    "err.bad-address": ("Địa chỉ thư không hợp lệ: {address}", "Not a valid e-mail address: {address}"),
    "err.smtp-password": (
        "Cần mật khẩu: đặt XLKIT_SMTP_PASSWORD (thư đã lưu ở {eml})",
        "A password is needed: set XLKIT_SMTP_PASSWORD (the message is kept in {eml})",
    ),
    "err.send-failed": (
        "Không gửi được thư: {why} [{detail}]; thư đã lưu ở {eml} để gửi sau",
        "The message was not sent: {why} [{detail}]; it is kept in {eml} to send later",
    ),
    "send.auth": ("máy chủ từ chối đăng nhập (sai tài khoản hoặc mật khẩu ứng dụng)", "the server refused the login (wrong user or app password)"),
    "send.refused": ("máy chủ từ chối thư", "the server refused the message"),
    "send.not-supported": ("máy chủ không hỗ trợ cách kết nối này (thử --smtp-security)", "the server does not support this (try --smtp-security)"),
    "send.tls": ("lỗi mã hóa TLS", "a TLS error"),
    "send.timeout": ("máy chủ không trả lời trong {seconds} giây (đổi bằng --timeout)", "the server did not answer within {seconds} s (change with --timeout)"),
    "send.connect": ("không kết nối được máy chủ", "could not reach the server"),
    "status.sending": ("Đang gửi thư qua {host}…", "Sending through {host}…"),
    "prompt.password": ("Mật khẩu SMTP của {user}: ", "SMTP password for {user}: "),
    "done.sent": ("Đã gửi tới {to}; Message-ID {id}", "Sent to {to}; Message-ID {id}"),
    "done.new": ("Đã tạo sổ mới: {path}", "Created the blank workbook: {path}"),
    "done.written": ("Đã ghi: {path}", "Written: {path}"),
    "aborted": ("xlkit: đã dừng", "xlkit: aborted"),
    "internal": ("xlkit: lỗi nội bộ ({detail}); chạy lại với --debug để xem chi tiết", "xlkit: internal error ({detail}); run again with --debug for details"),
}
