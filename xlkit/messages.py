"""The one catalogue of user-facing strings: findings (message, hint) and the CLI's own lines.

Vietnamese first; English for `--lang en`. Placeholders are str.format fields; an argument named
`x_say` is itself a catalogue key, said in the same language and offered to the template as `x`.
"""

from __future__ import annotations

from typing import Any

# code -> language -> (message, hint)
FINDINGS: dict[str, dict[str, tuple[str, str]]] = {
    "file-unreadable": {
        "vi": ("Không đọc được tệp: {reason}", "Mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx."),
        "en": ("The file cannot be read: {reason}", "Open it in Excel or LibreOffice and save it as .xlsx."),
    },
    "file-encrypted": {
        "vi": ("Tệp được đặt mật khẩu", "Gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại."),
        "en": ("The file is password-protected", "Remove the password (File › Info › Protect Workbook) and save."),
    },
    "file-legacy-format": {
        "vi": ("Tệp ở định dạng Excel cũ (.xls)", "Mở bằng Excel hoặc LibreOffice và lưu thành .xlsx."),
        "en": ("The file is in the old Excel format (.xls)", "Open it and save it as .xlsx."),
    },
    "sheet-missing": {
        "vi": ("Thiếu trang tính '{sheet}'", "Thêm trang '{sheet}' đúng tên, hoặc tạo sổ mới bằng: xlkit new"),
        "en": ("The sheet '{sheet}' is missing", "Add a sheet named '{sheet}', or start from: xlkit new"),
    },
    "sheet-unknown": {
        "vi": ("Trang tính '{sheet}' không thuộc mẫu chuẩn, được giữ nguyên và bỏ qua", "Không cần làm gì."),
        "en": ("The sheet '{sheet}' is not part of the standard; it is kept and ignored", "Nothing to do."),
    },
    "sheet-empty": {
        "vi": ("Trang '{sheet}' chưa có dòng nào", "Ghi mỗi đảng viên một dòng, từ dòng ngay dưới tiêu đề."),
        "en": ("The sheet '{sheet}' has no rows", "Write one row per member below the header."),
    },
    "header-missing": {
        "vi": ("Thiếu cột '{header}'", "Thêm cột có tiêu đề '{header}' ở dòng tiêu đề."),
        "en": ("The column '{header}' is missing", "Add a column headed '{header}' to the header row."),
    },
    "header-duplicate": {
        "vi": ("Cột '{header}' xuất hiện hai lần (lần đầu ở {first})", "Xóa hoặc đổi tên một trong hai cột."),
        "en": ("The column '{header}' appears twice (first at {first})", "Delete or rename one of them."),
    },
    "column-unknown": {
        "vi": ("Cột '{header}' không thuộc mẫu chuẩn, được giữ nguyên và bỏ qua", "Không cần làm gì."),
        "en": ("The column '{header}' is not part of the standard; it is kept and ignored", "Nothing to do."),
    },
    "value-required": {
        "vi": ("Chưa ghi '{header}'", "Ô này bắt buộc phải có giá trị."),
        "en": ("'{header}' is empty", "This cell is required."),
    },
    "info-item-missing": {
        "vi": ("Thiếu mục '{header}'", "Thêm một dòng: cột A ghi '{header}', cột B ghi giá trị."),
        "en": ("The item '{header}' is missing", "Add a row: '{header}' in column A, its value in column B."),
    },
    "value-not-date": {
        "vi": ("'{header}' không phải là ngày hợp lệ", "Ghi ngày dạng dd/mm/yyyy, ví dụ 04/07/2023."),
        "en": ("'{header}' is not a valid date", "Write the date as dd/mm/yyyy, e.g. 04/07/2023."),
    },
    "date-as-text": {
        "vi": ("'{header}' là ngày viết dạng chữ, đã đọc là {read}", "Định dạng ô là Ngày (dd/mm/yyyy) và nhập lại."),
        "en": ("'{header}' is a date typed as text, read as {read}", "Format the cell as a date and type it again."),
    },
    "value-not-number": {
        "vi": ("'{header}' không phải là số", "Chỉ ghi số, không kèm chữ hay đơn vị."),
        "en": ("'{header}' is not a number", "Write only the number, without words or units."),
    },
    "value-not-integer": {
        "vi": ("'{header}' phải là số nguyên", "Ghi số nguyên, ví dụ 12."),
        "en": ("'{header}' must be a whole number", "Write a whole number, e.g. 12."),
    },
    "value-negative": {
        "vi": ("'{header}' không được âm", "Ghi số từ 0 trở lên."),
        "en": ("'{header}' cannot be negative", "Write 0 or more."),
    },
    "value-out-of-range": {
        "vi": ("'{header}' phải từ {low} đến {high}", "Ghi một số từ {low} đến {high}."),
        "en": ("'{header}' must be from {low} to {high}", "Write a number from {low} to {high}."),
    },
    "value-not-allowed": {
        "vi": ("'{header}' không thuộc danh sách cho phép", "Chọn trong danh sách thả xuống{closest}."),
        "en": ("'{header}' is not one of the allowed values", "Pick one from the dropdown list{closest}."),
    },
    "value-not-period": {
        "vi": ("'{header}' không phải là kỳ hợp lệ", "Ghi kỳ dạng {accepted}."),
        "en": ("'{header}' is not a valid period", "Write the period as {accepted}."),
    },
    "value-duplicate": {
        "vi": ("'{header}' bị trùng (đã có ở {first})", "Mỗi giá trị chỉ được ghi một lần; sửa hoặc xóa dòng trùng."),
        "en": ("'{header}' is repeated (already at {first})", "Each value may appear once; fix or delete the repeat."),
    },
    "formula-no-value": {
        "vi": ("Công thức chưa được tính giá trị", "Mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để tính công thức."),
        "en": ("A formula whose value was never computed", "Open the file in Excel or LibreOffice and save it."),
    },
    "text-legacy-encoding": {
        "vi": ("'{header}' có vẻ gõ bằng bảng mã cũ (TCVN3 hoặc VNI)", "Chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey)."),
        "en": ("'{header}' looks typed in a legacy encoding (TCVN3 or VNI)", "Convert it to Unicode (e.g. with Unikey's converter)."),
    },
    "text-not-nfc": {
        "vi": ("'{header}' dùng Unicode tổ hợp; xlkit đã chuẩn hóa khi đọc", "Nên gõ bằng Unicode dựng sẵn."),
        "en": ("'{header}' uses decomposed Unicode; normalised on reading", "Prefer precomposed Unicode."),
    },
    "text-spaces": {
        "vi": ("'{header}' có dấu cách thừa", "Xóa dấu cách ở đầu, cuối hoặc dấu cách đôi."),
        "en": ("'{header}' has extra spaces", "Remove leading, trailing or double spaces."),
    },
    "date-order": {
        "vi": ("Ngày không hợp lý: {what}", "Kiểm tra lại các ngày của dòng này."),
        "en": ("Dates out of order: {what}", "Check the dates of this row."),
    },
    "date-outside-year": {
        "vi": ("Ngày nằm ngoài năm {year} của sổ", "Ghi đúng ngày, hoặc ghi vào sổ của năm đó."),
        "en": ("The date lies outside the workbook's year {year}", "Fix the date, or record it in that year's workbook."),
    },
    "period-outside-year": {
        "vi": ("Kỳ không thuộc năm {year} của sổ", "Ghi kỳ của năm {year}, ví dụ {year}-H1."),
        "en": ("The period is not inside the workbook's year {year}", "Use a period of {year}, e.g. {year}-H1."),
    },
    "member-unknown": {
        "vi": ("'{value}' không có trong danh sách đảng viên", "Ghi đúng họ tên như ở trang 'Đảng viên', hoặc ghi 'Chi bộ'."),
        "en": ("'{value}' is not in the member list", "Write the name as in 'Đảng viên', or 'Chi bộ'."),
    },
    "admitted-not-member": {
        "vi": ("'{value}' đã kết nạp nhưng chưa có trong trang 'Đảng viên'", "Thêm đảng viên mới vào trang 'Đảng viên'."),
        "en": ("'{value}' was admitted but is not in 'Đảng viên'", "Add the new member to 'Đảng viên'."),
    },
    "attendance-too-high": {
        "vi": ("Có mặt và vắng cộng lại là {counted}, nhiều hơn {members} đảng viên của chi bộ ngày đó", "Kiểm tra số có mặt, số vắng."),
        "en": ("Present and absent add up to {counted}, more than the {members} members on that day", "Check the counts."),
    },
    "status-date-missing": {
        "vi": ("Tình trạng '{status}' cần có Ngày thay đổi", "Ghi ngày có hiệu lực vào cột 'Ngày thay đổi'."),
        "en": ("The status '{status}' needs a date of change", "Write the effective date in 'Ngày thay đổi'."),
    },
    "target-computed-mismatch": {
        "vi": ("Kết quả ghi {value} khác kết quả tính từ sổ là {computed} ({key})", "Sửa kết quả, hoặc bỏ Nguồn số liệu nếu ghi tay."),
        "en": ("The typed result {value} differs from the computed {computed} ({key})", "Fix the result, or clear Nguồn số liệu."),
    },
    "result-above-total": {
        "vi": ("Số đạt lớn hơn tổng số ({total})", "Kiểm tra lại Số đạt và Tổng số."),
        "en": ("The result exceeds the total ({total})", "Check both figures."),
    },
    "section-empty": {
        "vi": ("Mục '{section}' của báo cáo {period} chưa có nội dung", "Thêm dòng Kỳ {period}, Mục '{section}' ở trang 'Nội dung báo cáo'."),
        "en": ("The section '{section}' of the {period} report has no text", "Add a row with Kỳ {period} and Mục '{section}'."),
    },
    "probation-overdue": {
        "vi": ("{value} hết thời gian dự bị từ {due} nhưng chưa được công nhận chính thức", "Làm thủ tục công nhận chính thức ({source})."),
        "en": ("{value}'s probation ended on {due} but they are not yet official", "Process the confirmation ({source})."),
    },
    "admission-age": {
        "vi": ("{value} được kết nạp khi {age} tuổi, ngoài độ tuổi 18-60", "Kiểm tra ngày sinh, ngày vào Đảng ({source})."),
        "en": ("{value} was admitted at {age}, outside 18-60", "Check the dates of birth and admission ({source})."),
    },
    "excellent-over-quota": {
        "vi": ("{excellent} đảng viên xuất sắc, vượt {limit}% số hoàn thành tốt nhiệm vụ ({good})", "Xem lại xếp loại ({source})."),
        "en": ("{excellent} rated excellent, over {limit}% of those rated good ({good})", "Review the ratings ({source})."),
    },
    "rated-but-exempt": {
        "vi": ("{value} được xếp loại nhưng {why}", "Để trống hoặc ghi 'Chưa xếp loại' ({source})."),
        "en": ("{value} is rated but {why}", "Leave it empty or write 'Chưa xếp loại' ({source})."),
    },
    "meeting-month-missing": {
        "vi": ("Tháng {month} không có buổi sinh hoạt thường kỳ", "Ghi buổi sinh hoạt của tháng {month} vào trang 'Sinh hoạt' ({source})."),
        "en": ("Month {month} has no regular meeting", "Record that month's meeting in 'Sinh hoạt' ({source})."),
    },
    "thematic-quarter-missing": {
        "vi": ("Quý {quarter} không có buổi sinh hoạt chuyên đề", "Ghi buổi sinh hoạt chuyên đề của quý {quarter} ({source})."),
        "en": ("Quarter {quarter} has no thematic meeting", "Record that quarter's thematic meeting ({source})."),
    },
    "cell-too-small": {
        "vi": ("Chi bộ chỉ có {official} đảng viên chính thức (cần ít nhất 3)", "Báo cáo cấp ủy cấp trên ({source})."),
        "en": ("The cell has only {official} official members (3 needed)", "Tell the superior committee ({source})."),
    },
    "badge-due": {
        "vi": ("{value} đủ {years} năm tuổi Đảng trong năm {year}", "Đề nghị trao tặng Huy hiệu {years} năm tuổi Đảng ({source})."),
        "en": ("{value} reaches {years} years of membership in {year}", "Propose the {years}-year party badge ({source})."),
    },
}

# key -> language -> text
UI: dict[str, dict[str, str]] = {
    "summary": {"vi": "{errors} lỗi, {warnings} cảnh báo, {notes} ghi chú", "en": "{errors} errors, {warnings} warnings, {notes} notes"},
    "clean": {"vi": "Không có lỗi.", "en": "No problems found."},
    "severity.error": {"vi": "lỗi", "en": "error"},
    "severity.warning": {"vi": "cảnh báo", "en": "warning"},
    "severity.note": {"vi": "ghi chú", "en": "note"},
    "reason.not-spreadsheet": {"vi": "không phải tệp bảng tính (.xlsx, .ods)", "en": "not a spreadsheet (.xlsx, .ods)"},
    "reason.corrupt": {"vi": "tệp bị hỏng hoặc không trọn vẹn", "en": "the file is corrupt or truncated"},
    "reason.bomb": {"vi": "tệp giải nén ra quá lớn (nghi bom zip)", "en": "it unpacks to too much data (a zip bomb)"},
    "reason.hostile-xml": {"vi": "XML khai báo thực thể (DTD), bị từ chối vì an toàn", "en": "its XML declares entities (DTD), refused for safety"},
    "reason.io": {"vi": "lỗi đọc tệp", "en": "a read error"},
    "reason.not-a-file": {"vi": "đây là thư mục, không phải tệp", "en": "it is a folder, not a file"},
    "order.born-after-admitted": {"vi": "ngày sinh sau ngày vào Đảng", "en": "born after admission"},
    "order.admitted-after-official": {"vi": "ngày vào Đảng sau ngày chính thức", "en": "admitted after confirmed official"},
    "order.change-before-admission": {"vi": "ngày thay đổi trước ngày vào Đảng", "en": "status changed before admission"},
    "order.pipeline": {"vi": "các mốc phát triển Đảng không theo thứ tự", "en": "the admission steps are out of order"},
    "why.exempt": {"vi": "đang miễn sinh hoạt", "en": "is exempt from meetings"},
    "why.too-new": {"vi": "vào Đảng chưa đủ 6 tháng tính đến cuối năm", "en": "was admitted less than 6 months before the year's end"},
    "closest": {"vi": "; gần nhất: '{closest}'", "en": "; closest: '{closest}'"},
    "err.no-workbooks": {"vi": "Không tìm thấy sổ nào (.xlsx, .xlsm, .ods) trong {places}", "en": "No workbook (.xlsx, .xlsm, .ods) found in {places}"},
    "err.no-such-path": {"vi": "Không có tệp hoặc thư mục: {path}", "en": "No such file or folder: {path}"},
    "err.exists": {"vi": "Tệp {path} đã có; thêm --force để ghi đè", "en": "{path} exists; add --force to overwrite"},
    "err.bad-year": {"vi": "Năm không hợp lệ: {year}", "en": "Not a valid year: {year}"},
    "err.bad-format": {"vi": "Định dạng không hỗ trợ: {fmt} (chọn {accepted})", "en": "Unsupported format: {fmt} (choose {accepted})"},
    "err.bad-lang": {"vi": "Ngôn ngữ không hỗ trợ: {lang} (chọn vi hoặc en)", "en": "Unsupported language: {lang} (vi or en)"},
    "err.bad-period": {"vi": "Kỳ không hợp lệ: {period} (dùng {accepted})", "en": "Not a valid period: {period} (use {accepted})"},
    "err.period-outside": {"vi": "Kỳ {period} không thuộc năm {year} của sổ {path}", "en": "The period {period} is not in the year {year} of {path}"},
    "err.unreadable": {"vi": "Không đọc được {path}: {reason}", "en": "Cannot read {path}: {reason}"},
    "err.workbook-errors": {"vi": "Sổ {path} còn {errors} lỗi; sửa rồi chạy lại, hoặc thêm --force", "en": "{path} has {errors} errors; fix them, or add --force"},
    "warn.forced": {"vi": "Cảnh báo: sổ còn {errors} lỗi, vẫn xuất theo --force", "en": "Warning: the workbook has {errors} errors; rendered anyway (--force)"},
    "err.bad-date": {"vi": "Ngày không hợp lệ: {value} (dạng dd/mm/yyyy)", "en": "Not a valid date: {value} (dd/mm/yyyy)"},
    "err.same-as-input": {"vi": "Không ghi đè lên sổ đang đọc: {path}", "en": "Will not write over the workbook being read: {path}"},
    "err.cannot-write": {"vi": "Không ghi được {path}: {reason}", "en": "Cannot write {path}: {reason}"},
    "err.no-office": {
        "vi": "Cần LibreOffice để xuất PDF: cài bằng 'sudo apt-get install libreoffice-writer-nogui' (Windows/macOS: libreoffice.org), hoặc xuất .docx",
        "en": "PDF needs LibreOffice: install it with 'sudo apt-get install libreoffice-writer-nogui' (Windows/macOS: libreoffice.org), or write .docx",
    },
    "err.pdf-failed": {"vi": "LibreOffice không tạo được PDF: {reason}", "en": "LibreOffice could not make the PDF: {reason}"},
    "err.package-exists": {"vi": "Gói {path} đã có; thêm --force để làm lại", "en": "The package {path} exists; add --force to rebuild it"},
    "err.smtp-host": {"vi": "Chưa có máy chủ thư: dùng --smtp-host, XLKIT_SMTP_HOST hoặc [smtp] host trong xlkit.toml", "en": "No mail server: use --smtp-host, XLKIT_SMTP_HOST or [smtp] host in xlkit.toml"},
    "err.smtp-security": {"vi": "Bảo mật SMTP phải là starttls, ssl hoặc none", "en": "SMTP security must be starttls, ssl or none"},
    "err.smtp-port": {"vi": "Cổng SMTP phải là một số", "en": "The SMTP port must be a number"},
    "err.smtp-password": {"vi": "Cần mật khẩu: đặt XLKIT_SMTP_PASSWORD (thư đã lưu ở {eml})", "en": "A password is needed: set XLKIT_SMTP_PASSWORD (the message is kept in {eml})"},
    "err.send-failed": {"vi": "Không gửi được thư: {why} {detail}; thư đã lưu ở {eml} để gửi sau", "en": "The message was not sent: {why} {detail}; it is kept in {eml} to send later"},
    "send.auth": {"vi": "máy chủ từ chối đăng nhập (sai tài khoản hoặc mật khẩu ứng dụng)", "en": "the server refused the login (wrong user or app password)"},
    "send.refused": {"vi": "máy chủ từ chối thư", "en": "the server refused the message"},
    "send.not-supported": {"vi": "máy chủ không hỗ trợ cách kết nối này", "en": "the server does not support this"},
    "send.tls": {"vi": "lỗi mã hóa TLS", "en": "a TLS error"},
    "send.timeout": {"vi": "quá thời gian chờ máy chủ", "en": "the server did not answer in time"},
    "send.connect": {"vi": "không kết nối được máy chủ", "en": "could not reach the server"},
    "prompt.password": {"vi": "Mật khẩu SMTP của {user}: ", "en": "SMTP password for {user}: "},
    "done.sent": {"vi": "Đã gửi tới {to}; Message-ID {id}", "en": "Sent to {to}; Message-ID {id}"},
    "err.no-year": {"vi": "Sổ {path} chưa ghi Năm ở trang 'Thông tin'; chạy xlkit check để xem", "en": "{path} has no Năm in 'Thông tin'; run xlkit check"},
    "done.new": {"vi": "Đã tạo sổ mới: {path}", "en": "Created the blank workbook: {path}"},
    "done.written": {"vi": "Đã ghi: {path}", "en": "Written: {path}"},
    "err.no-year-match": {"vi": "Không có sổ nào của năm {year} trong {places}", "en": "No workbook of the year {year} in {places}"},
}


def say(key: str, lang: str = "vi", **args: Any) -> str:
    """Say a UI string of the catalogue in LANG."""
    lang = "en" if lang == "en" else "vi"
    resolved = {k.removesuffix("_say") if k.endswith("_say") else k: say(v, lang) if k.endswith("_say") else v for k, v in args.items()}
    return UI[key][lang].format(**resolved)

# The `Hướng dẫn` sheet of the blank workbook: (kind, first column, second column).
GUIDE: tuple[tuple[str, str, str], ...] = (
    ("title", "HƯỚNG DẪN GHI SỔ CHI BỘ", ""),
    ("text", "Sổ này dùng cho một chi bộ trong một năm. Ghi đúng tên trang và tên cột; có thể thêm trang, thêm cột riêng (xlkit bỏ qua).", ""),
    ("step", "1. Ghi sổ", "Điền từng trang theo hướng dẫn dưới đây. Ô có danh sách thả xuống thì chọn trong danh sách; ngày ghi dạng dd/mm/yyyy."),
    ("step", "2. Kiểm tra", "Mở cửa sổ lệnh (Command Prompt) tại thư mục chứa sổ và gõ: xlkit check — mỗi lỗi kèm trang, ô và cách sửa."),
    ("step", "3. Báo cáo", "Gõ: xlkit report 2023-H1 (6 tháng đầu năm), 2023-H2, hoặc 2023 (cả năm); thêm -o bao-cao.docx để có tệp Word."),
    ("step", "4. Gửi", "Gửi sổ và báo cáo cho cấp ủy cấp trên."),
)
