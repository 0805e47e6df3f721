"""The CLI's own lines, the phrases findings embed, and the help texts: key -> (vi, en)."""

from __future__ import annotations

from xlkit.messages.form import FORM_LINES
from xlkit.messages.reasons import REASONS
from xlkit.messages.reference_lines import REFERENCE_LINES
from xlkit.messages.refusals import REFUSALS
from xlkit.messages.rollup_lines import ROLLUP_LINES
from xlkit.messages.year_lines import YEAR_LINES

LINES: dict[str, tuple[str, str]] = {
    **REFUSALS,
    **REASONS,
    **FORM_LINES,
    # the summary of a check and the severity words (shown also without colour)
    "summary": (
        "{errors} lỗi, {warnings} cảnh báo, {notes} ghi chú",
        "{errors} errors, {warnings} warnings, {notes} notes",
    ),
    "clean": ("Không có lỗi.", "No problems found."),
    "severity.error": ("LỖI", "ERROR"),
    "severity.warning": ("cảnh báo", "warning"),
    "severity.note": ("ghi chú", "note"),
    "closest": ("; gần nhất: '{closest}'", "; closest: '{closest}'"),
    # phrases of findings
    "order.born-after-admitted": ("ngày sinh sau ngày vào Đảng", "born after admission"),
    "order.admitted-after-official": (
        "ngày vào Đảng sau ngày chính thức",
        "admitted after confirmed official",
    ),
    "order.change-before-admission": (
        "ngày thay đổi trước ngày vào Đảng",
        "status changed before admission",
    ),
    "order.pipeline": (
        "các mốc phát triển Đảng không theo thứ tự",
        "the admission steps are out of order",
    ),
    "why.exempt": ("đang miễn sinh hoạt", "is exempt from meetings"),
    "why.suspended": ("đang bị đình chỉ sinh hoạt đảng", "is suspended from party activity"),
    "basis.considered": ("tính đến ngày chi bộ xét", "on the day the cell considered it"),
    "basis.admitted": (
        "tính đến ngày vào Đảng vì chưa ghi Ngày chi bộ xét",
        "on the admission day, as no consideration day is recorded",
    ),
    "why.too-new": (
        "vào Đảng chưa đủ 6 tháng tính đến cuối năm",
        "was admitted less than 6 months before the year's end",
    ),
    # the rules listing (xlkit rules)
    "rules.source": ("Nguồn", "Source"),
    "rules.in-force": ("Hiệu lực", "In force"),
    "rules.params": ("Tham số", "Parameters"),
    "rules.from": ("từ {day}", "from {day}"),
    "rules.unconfirmed": (
        "chưa đối chiếu được văn bản; đặt được trong xlkit.toml",
        "not confirmed against the text; settable in xlkit.toml",
    ),
    "rules.date-unconfirmed": (
        "ngày hiệu lực chưa đối chiếu được",
        "the date in force is not confirmed",
    ),
    "rule.probation-overdue": (
        "đảng viên dự bị đã hết 12 tháng dự bị và quá thời hạn xét mà chưa được công nhận chính thức",
        "a probationary member past 12 months and the time to confirm, still not official",
    ),
    "rule.admission-age": (
        "người được kết nạp chưa đủ 18 tuổi (tính theo tháng) khi chi bộ xét",
        "admitted under 18 (in months) on the day the cell considered it",
    ),
    "rule.admission-over-60": (
        "người được kết nạp đã quá 60 tuổi khi chi bộ xét (cần cấp ủy trực thuộc Trung ương quyết định)",
        "admitted over 60 on the day the cell considered it (needs the committee directly under the Central Committee)",
    ),
    "rule.excellent-over-quota": (
        "số đảng viên hoàn thành xuất sắc vượt tỷ lệ so với số hoàn thành tốt (chi bộ cơ sở: cảnh báo; chi bộ trực thuộc: ghi chú excellent-share-high)",
        "more excellent ratings than the quota of good ones (a grassroots cell: warning; a branch cell: the note excellent-share-high)",
    ),
    "rule.rated-but-exempt": (
        "đảng viên được xếp loại dù được miễn, bị đình chỉ sinh hoạt, hoặc mới kết nạp chưa đủ 6 tháng",
        "a member rated though exempt, suspended, or admitted less than 6 months before",
    ),
    "rule.rating-score-mismatch": (
        "xếp loại cao hơn mức mà điểm (thang 100) cho phép",
        "a rating above what the score (out of 100) allows",
    ),
    "rule.meeting-month-missing": (
        "một tháng không có buổi sinh hoạt thường kỳ",
        "a month without a regular meeting",
    ),
    "rule.thematic-quarter-missing": (
        "một quý không có buổi sinh hoạt chuyên đề",
        "a quarter without a thematic meeting",
    ),
    "rule.meeting-too-short": (
        "buổi sinh hoạt ngắn hơn thời lượng tối thiểu (90 phút; 120 phút khi kết hợp chuyên đề)",
        "a meeting shorter than the minimum (90 minutes; 120 when combined with a thematic one)",
    ),
    "rule.cell-too-small": (
        "chi bộ có dưới 3 đảng viên chính thức",
        "fewer than 3 official members",
    ),
    "rule.committee-expected": (
        "chi bộ có từ 9 đảng viên chính thức mà chưa ghi ký T/M CHI ỦY",
        "9 official members or more, yet not signing T/M CHI ỦY",
    ),
    "rule.fee-unpaid": (
        "đảng viên không đóng đảng phí từ 3 tháng trong năm",
        "a member with 3 or more months of the year unpaid",
    ),
    "rule.badge-due": (
        "đảng viên đủ tuổi Đảng nhận Huy hiệu Đảng trong năm",
        "a member reaching a party-badge milestone in the year",
    ),
    # xlkit fix and check --annotate
    "fix.legacy": ("chuyển bảng mã cũ sang Unicode", "legacy encoding to Unicode"),
    "fix.nfc": ("Unicode dựng sẵn", "precomposed Unicode"),
    "fix.spaces": ("bỏ dấu cách thừa", "extra spaces removed"),
    "fix.date": ("ngày viết dạng chữ thành ngày", "a date typed as text made a date"),
    "fix.number": ("số viết dạng chữ thành số", "a number typed as text made a number"),
    "fix.ambiguous": (
        "không rõ đâu là ngày, đâu là tháng: sửa tay",
        "day and month could be either: fix by hand",
    ),
    "fix.as-text": ("chữ", "text"),
    "fix.as-date": ("ngày", "date"),
    "fix.as-number": ("số", "number"),
    "fix.next": (
        "Mở {copy} để xem lại. Khi đã ưng: cất sổ gốc đi (đổi tên hoặc chuyển thư mục) rồi đổi tên bản sửa thành {name}; xlkit không bao giờ ghi đè sổ gốc.",
        "Open {copy} and look it over. When it is right: put the original away (rename or move it), then rename the copy {name}; xlkit never writes over the original.",
    ),
    "fix.done": (
        "Đã ghi bản sửa: {path} ({count} thay đổi; sổ gốc giữ nguyên)",
        "Written the repaired copy: {path} ({count} changes; the original is untouched)",
    ),
    "fix.findings": (
        "Kiểm tra lại: bản gốc {before} lỗi và cảnh báo, bản sửa {after}",
        "Checked again: the original has {before} errors and warnings, the copy {after}",
    ),
    "fix.formulas": (
        "Bản sửa giữ nguyên {count} công thức nhưng chưa có giá trị của chúng: mở bản sửa bằng Excel hoặc LibreOffice rồi lưu lại để có số liệu; đến lúc đó xlkit coi các ô này là chưa biết",
        "The copy keeps {count} formulas without their values: open it in Excel or LibreOffice and save it to have the figures; until then xlkit treats those cells as unknown",
    ),
    "annotate.done": (
        "Đã ghi bản có đánh dấu: {path} ({count} ô); mở bản này để xem, sửa trong sổ gốc",
        "Written the marked copy: {path} ({count} cells); open it to see, fix the original",
    ),
    "annotate.severity": ("Mức", "Severity"),
    "annotate.where": ("Ô", "Cell"),
    "annotate.value": ("Giá trị", "Value"),
    "annotate.message": ("Nội dung", "Message"),
    "annotate.hint": ("Cách sửa", "Hint"),
    "annotate.code": ("Mã lỗi", "Code"),
    "err.openpyxl-format": (
        "Chỉ đánh dấu và sửa được tệp .xlsx hoặc .xlsm: {path} (mở bằng LibreOffice rồi lưu thành .xlsx)",
        "Only .xlsx or .xlsm can be marked or repaired: {path} (open it in LibreOffice and save as .xlsx)",
    ),
    # lines of the CLI
    "err.no-workbooks": (
        "Không tìm thấy sổ nào (.xlsx, .xlsm, .ods) trong {places}",
        "No workbook (.xlsx, .xlsm, .ods) found in {places}",
    ),
    "err.no-such-path": ("Không có tệp hoặc thư mục: {path}", "No such file or folder: {path}"),
    "done.made-with": (
        "xlkit: đã lập với {warnings} cảnh báo, {notes} ghi chú (cách sửa: xlkit check {path} --period {period}):",
        "xlkit: made with {warnings} warnings, {notes} notes (hints: xlkit check {path} --period {period}):",
    ),
    "err.forgot-output": (
        "{path} không phải là sổ; để ghi ra tệp đó, đặt -o trước tên: -o {path}",
        "{path} is not a workbook; to write to that file, put -o before its name: -o {path}",
    ),
    "err.xlsx-needs-output": (
        "Bảng chỉ số dạng xlsx cần nơi ghi: thêm -o chi-so-{period}.xlsx",
        "The indicators workbook needs a place to go: add -o chi-so-{period}.xlsx",
    ),
    "err.workbook-filled": (
        "Không ghi đè {path}: sổ đã có dữ liệu; chọn tên khác",
        "Will not write over {path}: the workbook holds data; choose another name",
    ),
    "err.output-needs-annotate": (
        "-o đi cùng --annotate: thêm --annotate để ghi bản có đánh dấu vào {path}",
        "-o goes with --annotate: add --annotate to write the marked copy to {path}",
    ),
    "err.bad-year": ("Năm không hợp lệ: {year}", "Not a valid year: {year}"),
    "err.bad-format": (
        "Định dạng không hỗ trợ: {fmt} (chọn {accepted})",
        "Unsupported format: {fmt} (choose {accepted})",
    ),
    "err.bad-lang": (
        "Ngôn ngữ không hỗ trợ: {name} (chọn vi hoặc en)",
        "Unsupported language: {name} (vi or en)",
    ),
    "warn.env-lang": (
        "xlkit: XLKIT_LANG={name} không hỗ trợ; dùng tiếng Việt (chọn vi hoặc en)",
        "xlkit: XLKIT_LANG={name} is not supported; using Vietnamese (vi or en)",
    ),
    "err.bad-period": (
        "Kỳ không hợp lệ: {period} (dùng {accepted})",
        "Not a valid period: {period} (use {accepted})",
    ),
    "err.period-outside": (
        "Kỳ {period} không thuộc năm {year} của sổ {path}",
        "The period {period} is not in the year {year} of {path}",
    ),
    "err.no-year": (
        "Sổ {path} chưa ghi Năm ở trang 'Thông tin'; chạy xlkit check để xem",
        "{path} has no Năm in 'Thông tin'; run xlkit check",
    ),
    "err.no-year-match": (
        "Không có sổ nào của năm {year} trong {places}",
        "No workbook of the year {year} in {places}",
    ),
    "err.ambiguous": (
        "Có nhiều sổ của năm {year}; hãy chỉ rõ một sổ: {names}",
        "More than one workbook of {year}; name one: {names}",
    ),
    "err.bad-date": (
        "Ngày không hợp lệ: {value} (dạng dd/mm/yyyy)",
        "Not a valid date: {value} (dd/mm/yyyy)",
    ),
    "err.cannot-write": ("Không ghi được {path}: {reason}", "Cannot write {path}: {reason}"),
    "err.no-office": (
        "Cần LibreOffice để xuất PDF: cài bằng 'sudo apt-get install libreoffice-writer-nogui' (Windows/macOS: libreoffice.org), hoặc xuất .docx",
        "PDF needs LibreOffice: install it with 'sudo apt-get install libreoffice-writer-nogui' (Windows/macOS: libreoffice.org), or write .docx",
    ),
    "err.pdf-failed": (
        "LibreOffice không tạo được PDF: {reason}",
        "LibreOffice could not make the PDF: {reason}",
    ),
    "err.number-taken": (
        "Số {number} đã cấp cho văn bản {document} (sổ đăng ký {path}); bỏ --so để lấy số tiếp theo",
        "Number {number} was given to the document {document} (register {path}); leave out --so for the next one",
    ),
    "err.bad-number": (
        "Số văn bản '{number}' không dùng được: --so nhận một số từ 1 đến {most}, ví dụ --so 03",
        "The document number '{number}' cannot be used: --so takes a number from 1 to {most}, e.g. --so 03",
    ),
    "err.register-damaged": (
        "Sổ đăng ký văn bản {path} bị hỏng ở mục {where}; sửa lại mục đó (mỗi số là một số nguyên, có văn bản và ngày) rồi chạy lại — chưa cấp số nào từ sổ này",
        "The register of documents {path} is damaged at {where}; mend that entry (each a whole number with its document and day) and run again — no number was given from it",
    ),
    "err.register-busy": (
        "Sổ đăng ký văn bản {path} đang được một lệnh xlkit khác dùng; chạy lại sau ít phút",
        "The register of documents {path} is in use by another xlkit command; run again in a few minutes",
    ),
    "err.not-a-register": (
        "{path} không phải sổ đăng ký văn bản của xlkit; sửa mục file trong bảng register của xlkit.toml",
        "{path} is not xlkit's register of documents; change file in the register table of xlkit.toml",
    ),
    "err.config": ("Không đọc được xlkit.toml: {detail}", "Cannot read xlkit.toml: {detail}"),
    "err.config-key": (
        "xlkit.toml › [{table}]: không có mục '{name}' (gần nhất: '{closest}')",
        "xlkit.toml › [{table}]: there is no '{name}' (closest: '{closest}')",
    ),
    "err.config-table": (
        "xlkit.toml: không có bảng [{name}] (gần nhất: [{closest}])",
        "xlkit.toml: there is no table [{name}] (closest: [{closest}])",
    ),
    "err.config-password": (
        "xlkit.toml › [smtp]: mật khẩu không ghi trong tệp; đặt XLKIT_SMTP_PASSWORD hoặc nhập khi được hỏi",
        "xlkit.toml › [smtp]: a password is never kept in the file; set XLKIT_SMTP_PASSWORD or type it when asked",
    ),
    "err.config-not-table": (
        "xlkit.toml: '{name}' phải là một bảng [{name}]",
        "xlkit.toml: '{name}' must be a table [{name}]",
    ),
    "err.rule-unknown": (
        "xlkit.toml › [rules]: không có '{name}' (gần nhất: '{closest}')",
        "xlkit.toml › [rules]: there is no '{name}' (closest: '{closest}')",
    ),
    "err.rule-value": (
        "xlkit.toml › [rules]: '{name}' phải là một bảng [rules.{name}]",
        "xlkit.toml › [rules]: '{name}' must be a table [rules.{name}]",
    ),
    "err.layout-value": (
        "xlkit.toml › [layout]: '{name}' phải là một số",
        "xlkit.toml › [layout]: '{name}' must be a number",
    ),
    "err.not-written": (
        "Chưa ghi văn bản nào vì sổ còn {errors} lỗi: sửa các lỗi trên rồi chạy lại, hoặc thêm --force để vẫn xuất",
        "Nothing was written: the workbook has {errors} errors; fix them and run again, or add --force to render anyway",
    ),
    "err.not-editable": (
        "Không mở được {path} để ghi bản sao: sổ có phần không ghi lại được (tên trang hoặc định dạng lạ); mở bằng Excel hoặc LibreOffice, lưu lại rồi chạy lại",
        "Cannot open {path} to write a copy: a part of it cannot be written back (a sheet name or a format); open it in Excel or LibreOffice, save it and run again",
    ),
    "err.too-big-to-edit": (
        "{path} trải trên {cells} ô, quá lớn để ghi bản sao (tối đa {most} ô); xóa các ô thừa ở cuối trang, hoặc sửa thẳng trong sổ theo danh sách của xlkit check",
        "{path} spans {cells} cells, too large to write a copy of (at most {most}); delete the stray cells at a sheet's end, or fix the workbook itself from xlkit check's list",
    ),
    "err.not-written-unreadable": (
        "Chưa ghi gì vì không đọc được tệp (xem dòng trên)",
        "Nothing was written: the file cannot be read (see above)",
    ),
    "warn.forced": (
        "Cảnh báo: sổ còn {errors} lỗi, vẫn xuất theo --force",
        "Warning: the workbook has {errors} errors; rendered anyway (--force)",
    ),
    "note.date-today": (
        "xlkit: văn bản ghi ngày hôm nay ({day}), đã quá cuối kỳ {period} hơn 60 ngày; ghi ngày khác bằng --ngay dd/mm/yyyy",
        "xlkit: the document is dated today ({day}), more than 60 days after the end of {period}; set another date with --ngay dd/mm/yyyy",
    ),
    "warn.plan-other-year": (
        "xlkit: cảnh báo: kế hoạch năm {year} lại ghi ngày {day}, ngoài năm {year} và năm trước đó; kiểm tra lại --ngay",
        "xlkit: warning: the {year} plan is dated {day}, outside {year} and the year before; check --ngay",
    ),
    "note.plan-date": (
        "xlkit: kế hoạch năm {year} ghi ngày {day} và tính tình hình đảng viên đến ngày đó; ghi ngày khác bằng --ngay dd/mm/yyyy",
        "xlkit: the {year} plan is dated {day}, and the cell's situation is counted on that day; set another date with --ngay dd/mm/yyyy",
    ),
    "err.bad-jobs": (
        "--jobs phải từ 1 trở lên (đang là {jobs})",
        "--jobs must be 1 or more (it is {jobs})",
    ),
    "err.bad-signing": (
        "--ky '{given}' không theo mẫu ký; chọn một trong: {accepted}",
        "--ky '{given}' is not a form of signing; choose one of: {accepted}",
    ),
    "err.plan-kind": (
        "Loại kế hoạch '{kind}' không có; chọn một trong: {accepted}",
        "There is no plan kind '{kind}'; choose one of: {accepted}",
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
    "err.smtp-security": (
        "Bảo mật SMTP phải là starttls, ssl hoặc none",
        "SMTP security must be starttls, ssl or none",
    ),
    "err.smtp-port": ("Cổng SMTP phải là một số", "The SMTP port must be a number"),
    "err.smtp-from": (
        "Chưa có địa chỉ người gửi: dùng --from hoặc XLKIT_SMTP_FROM",
        "No sender address: use --from or XLKIT_SMTP_FROM",
    ),
    "err.bad-address": (
        "Địa chỉ thư không hợp lệ: {address}",
        "Not a valid e-mail address: {address}",
    ),
    "err.smtp-password": (
        "Cần mật khẩu: đặt XLKIT_SMTP_PASSWORD (thư đã lưu ở {eml})",
        "A password is needed: set XLKIT_SMTP_PASSWORD (the message is kept in {eml})",
    ),
    "err.send-failed": (
        "Không gửi được thư: {why} [{detail}]; thư đã lưu ở {eml} để gửi sau",
        "The message was not sent: {why} [{detail}]; it is kept in {eml} to send later",
    ),
    "send.auth": (
        "máy chủ từ chối đăng nhập (sai tài khoản hoặc mật khẩu ứng dụng)",
        "the server refused the login (wrong user or app password)",
    ),
    "send.refused": ("máy chủ từ chối thư", "the server refused the message"),
    "send.not-supported": (
        "máy chủ không hỗ trợ cách kết nối này (thử --smtp-security)",
        "the server does not support this (try --smtp-security)",
    ),
    "send.tls": ("lỗi mã hóa TLS", "a TLS error"),
    "send.timeout": (
        "máy chủ không trả lời trong {seconds} giây (đổi bằng --timeout)",
        "the server did not answer within {seconds} s (change with --timeout)",
    ),
    "send.connect": ("không kết nối được máy chủ", "could not reach the server"),
    "status.sending": ("Đang gửi thư qua {host}…", "Sending through {host}…"),
    "prompt.password": ("Mật khẩu SMTP của {user}: ", "SMTP password for {user}: "),
    "done.sent": ("Đã gửi tới {to}; Message-ID {id}", "Sent to {to}; Message-ID {id}"),
    "done.new": ("Đã tạo sổ mới: {path}", "Created the blank workbook: {path}"),
    "done.rollover": (
        "Đã tạo sổ năm {year} từ {source}: {path} (sổ cũ giữ nguyên)",
        "Created the {year} workbook from {source}: {path} (the old one untouched)",
    ),
    "rollover.sheet": (
        "  {sheet}: mang sang {carried} dòng, để lại {left}",
        "  {sheet}: rows carried over {carried}, left behind {left}",
    ),
    "done.written": ("Đã ghi: {path}", "Written: {path}"),
    "aborted": ("xlkit: đã dừng", "xlkit: aborted"),
    "internal": (
        "xlkit: lỗi nội bộ ({detail}); chạy lại với --debug để xem chi tiết",
        "xlkit: internal error ({detail}); run again with --debug for details",
    ),
}

LINES.update(ROLLUP_LINES)
LINES.update(REFERENCE_LINES)
LINES.update(YEAR_LINES)
