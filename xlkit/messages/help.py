"""Help texts of the commands and options, and click's own words: Vietnamese first, English with
--lang en.

HELP: key -> (vi, en). `cmd.<command>` is a command's help, `opt.<param>` an option's (or
`opt.<command>.<param>` where a command says it its own way), `meta.<param>` the name shown for a
value. CLICK: click's and typer's English messages (their gettext msgids) -> Vietnamese.
"""

from __future__ import annotations

from xlkit.messages.year_help import YEAR_HELP

HELP: dict[str, tuple[str, str]] = {
    "cmd.app": (
        "xlkit: sổ chi bộ chuẩn — kiểm tra, tính số liệu, lập báo cáo và gửi.",
        "xlkit: the party cell's standard workbook — check it, compute its figures, render and send its reports.",
    ),
    "cmd.new": (
        "Tạo sổ chi bộ trắng theo mẫu chuẩn. Ví dụ: xlkit new --year 2024",
        "Write the blank standard workbook. Example: xlkit new --year 2024",
    ),
    "cmd.check": (
        "Kiểm tra sổ: mỗi lỗi kèm trang, ô và cách sửa. Ví dụ: xlkit check --period 2023-H1",
        "Check workbooks: each mistake with its sheet, cell and a hint. Example: xlkit check --period 2023-H1",
    ),
    "cmd.rules": (
        "Liệt kê các quy định của Đảng xlkit kiểm tra: nguồn, hiệu lực, tham số. Ví dụ: xlkit rules --year 2026",
        "List the party rules xlkit checks: source, dates, parameters. Example: xlkit rules --year 2026",
    ),
    "opt.rules.year": (
        "Chỉ các quy định có hiệu lực trong năm này.",
        "Only the rules in force in this year.",
    ),
    "opt.rules.format": ("text, json hoặc md.", "text, json or md."),
    "cmd.fix": (
        "Ghi bản sửa của sổ: chữ bảng mã cũ, Unicode, dấu cách, ngày và số viết dạng chữ. Ví dụ: xlkit fix so.xlsx",
        "Write a repaired copy: legacy text, Unicode, spaces, dates and numbers typed as text. Example: xlkit fix so.xlsx",
    ),
    "opt.fix.output": (
        "Nơi ghi bản sửa (mặc định <tên>-da-sua.xlsx cạnh sổ).",
        "Where to write the copy (default <name>-da-sua.xlsx beside it).",
    ),
    "opt.fix.force": (
        "Ghi đè bản sửa xlkit đã tạo trước đó.",
        "Replace a repaired copy xlkit made before.",
    ),
    "opt.annotate": (
        "Ghi thêm bản sao của sổ, mỗi lỗi tô màu và chú thích ngay tại ô (mặc định <tên>-kiem-tra.xlsx).",
        "Also write a copy of the workbook with each finding coloured and commented on its cell (default <name>-kiem-tra.xlsx).",
    ),
    "opt.check.output": (
        "Nơi ghi bản có đánh dấu (với --annotate).",
        "Where to write the marked copy (with --annotate).",
    ),
    "opt.check.force": (
        "Ghi đè bản đánh dấu xlkit đã tạo trước đó.",
        "Replace a marked copy xlkit made before.",
    ),
    "cmd.indicators": (
        "Tính các chỉ số của một kỳ. Ví dụ: xlkit indicators 2023-H1 -o chi-so.xlsx (kèm biểu đồ)",
        "Compute every indicator of a period. Example: xlkit indicators 2023-H1 -o chi-so.xlsx (with charts)",
    ),
    "cmd.report": (
        "Lập báo cáo 6 tháng hoặc cả năm. Ví dụ: xlkit report 2023-H1 -o bao-cao.docx --so 03",
        "Render the half-year or year report. Example: xlkit report 2023-H1 -o bao-cao.docx --so 03",
    ),
    "cmd.plan": (
        "Lập kế hoạch của năm: nam (hoạt động), nhiem-vu (nhiệm vụ chính trị), chuyen-de, toan-khoa. Ví dụ: xlkit plan 2023 -o ke-hoach.docx",
        "Render a plan of the year: nam (activities), nhiem-vu (political tasks), chuyen-de (thematic meetings), toan-khoa (term). "
        "Example: xlkit plan 2023 -o ke-hoach.docx",
    ),
    "opt.plan.year": (
        "Năm của kế hoạch, ví dụ 2023 (toàn khóa: cũng nhận nhiệm kỳ 2020-2025).",
        "The plan's year, e.g. 2023 (a term, 2020-2025, for toan-khoa).",
    ),
    "opt.plan.kind": (
        "nam (mặc định), nhiem-vu, chuyen-de hoặc toan-khoa.",
        "nam (the default), nhiem-vu, chuyen-de or toan-khoa.",
    ),
    "opt.plan.output": (
        "Ghi kế hoạch ra tệp: .txt, .md, .docx hoặc .pdf.",
        "Write the plan to a file: .txt, .md, .docx or .pdf.",
    ),
    "opt.plan.format": (
        "txt, md, docx hoặc pdf (thay phần đuôi tệp).",
        "txt, md, docx or pdf (replaces the extension).",
    ),
    "opt.plan.ngay": (
        "Ngày văn bản dd/mm/yyyy; tình hình đảng viên tính đến ngày này (mặc định: hôm nay, hoặc 01/01 của năm kế hoạch).",
        "The document's date dd/mm/yyyy; the cell's situation is counted on it (default: today, or 1 January of the plan's year).",
    ),
    "opt.plan.ky": (
        "Ký thay mặt: T/M CHI BỘ (mặc định với kế hoạch chi bộ thông qua) hoặc T/M CHI ỦY.",
        "Signed on behalf of: T/M CHI BỘ (the default for a plan the cell adopts) or T/M CHI ỦY.",
    ),
    "opt.report.ky": (
        "Ký thay mặt: T/M CHI ỦY, T/M CHI BỘ (mặc định: mục Ký thay mặt của trang Thông tin).",
        "Signed on behalf of: T/M CHI ỦY, T/M CHI BỘ (default: Ký thay mặt in Thông tin).",
    ),
    "opt.plan.force": (
        "Vẫn xuất khi sổ còn lỗi; ghi đè kế hoạch xlkit đã tạo.",
        "Render although the workbook has errors; replace a plan xlkit made.",
    ),
    "opt.new.source": (
        "Sổ của năm trước: mang sang thông tin, đảng viên, chỉ tiêu, quần chúng chưa kết nạp và chương trình toàn khóa.",
        "Last year's workbook: carry over its information, members, targets, candidates not yet admitted and the term programme.",
    ),
    "meta.year": ("NĂM", "YEAR"),
    "cmd.rollup": (
        "Tổng hợp sổ, gói và thư của các chi bộ gửi lên. Ví dụ: xlkit rollup 2023-H1 thu-den/ -o tong-hop.xlsx --expect chi-bo.txt",
        "Roll up the cells' workbooks, packages and e-mails. Example: xlkit rollup 2023-H1 inbox/ -o tong-hop.xlsx --expect cells.txt",
    ),
    "opt.rollup.sources": (
        "Thư mục, sổ, gói (thư mục của xlkit pack), tệp .eml hoặc thư mục Maildir.",
        "Folders, workbooks, packages (folders of xlkit pack), .eml files or Maildir folders.",
    ),
    "opt.rollup.output": (
        "Ghi bảng tổng hợp (.xlsx) ra tệp này.",
        "Write the consolidated workbook (.xlsx) here.",
    ),
    "opt.rollup.format": (
        "table, json hoặc csv (in ra màn hình).",
        "table, json or csv (on the terminal).",
    ),
    "opt.rollup.expect": (
        "Danh sách chi bộ phải gửi (mỗi dòng tên chi bộ hoặc đơn vị, hoặc bảng tổng hợp kỳ trước): chi bộ chưa gửi là dòng Chưa gửi.",
        "The cells expected (a cell's name or its unit a line, or the last roll-up): a cell that sent nothing is a row Chưa gửi.",
    ),
    "opt.rollup.jobs": (
        "Số tiến trình chạy song song (mặc định: số lõi CPU).",
        "Worker processes (default: one per CPU core).",
    ),
    "opt.rollup.tom_tat": (
        "Ghi báo cáo tóm tắt của cấp ủy: .txt, .md, .docx hoặc .pdf.",
        "Write the committee's summary: .txt, .md, .docx or .pdf.",
    ),
    "opt.rollup.ten": (
        "Tên cấp ủy đứng tên báo cáo (hoặc ten trong bảng [rollup] của xlkit.toml).",
        "The committee issuing the summary (or ten in [rollup] of xlkit.toml).",
    ),
    "opt.rollup.so": (
        "Số của báo cáo tổng hợp (mặc định: số tiếp theo trong sổ đăng ký văn bản, nếu xlkit.toml có [register]).",
        "The summary's number (default: the next in the register, when xlkit.toml has [register]).",
    ),
    "opt.rollup.ngay": (
        "Ngày ghi trên báo cáo tổng hợp, dd/mm/yyyy (mặc định: hôm nay).",
        "The summary's date, dd/mm/yyyy (default: today).",
    ),
    "opt.rollup.dia_danh": (
        "Địa danh ghi trước ngày tháng (hoặc dia_danh trong [rollup] của xlkit.toml).",
        "The place before the date (or dia_danh in [rollup] of xlkit.toml).",
    ),
    "opt.rollup.nguoi_ky": (
        "Người ký báo cáo tổng hợp (hoặc nguoi_ky trong [rollup] của xlkit.toml).",
        "Who signs the summary (or nguoi_ky in [rollup] of xlkit.toml).",
    ),
    "opt.rollup.force": (
        "Ghi đè bảng tổng hợp, báo cáo tóm tắt xlkit đã tạo.",
        "Replace a roll-up or summary xlkit made.",
    ),
    "meta.sources": ("NGUỒN...", "SOURCES..."),
    "cmd.pack": (
        "Đóng gói sổ, báo cáo và bảng chỉ số để gửi. Ví dụ: xlkit pack 2023-H1",
        "Build the package to send. Example: xlkit pack 2023-H1",
    ),
    "cmd.mail": (
        "Gửi gói báo cáo qua thư điện tử. Ví dụ: xlkit mail 2023-H1 --to vp@example.vn --send",
        "Mail the package. Example: xlkit mail 2023-H1 --to vp@example.vn --send",
    ),
    "opt.debug": (
        "Hiện chi tiết lỗi (traceback) khi có sự cố.",
        "Show a traceback when something fails.",
    ),
    "opt.lang": (
        "Ngôn ngữ: vi (mặc định) hoặc en; cũng đọc biến XLKIT_LANG.",
        "Language: vi (the default) or en; also read from XLKIT_LANG.",
    ),
    "opt.period": (
        "Kỳ: 2023-H1 (6 tháng đầu năm), 2023-H2 (6 tháng cuối năm), 2023 (cả năm); chỉ số: cả quý 2023-Q1..Q4.",
        "The period: 2023-H1 (first half), 2023-H2 (second half), 2023 (the year); indicators: also quarters 2023-Q1..Q4.",
    ),
    "opt.workbook": (
        "Sổ hoặc thư mục (mặc định: sổ của năm đó trong ./workbooks/ hoặc ./).",
        "The workbook or a folder (default: the one of that year in ./workbooks/ or ./).",
    ),
    "opt.workbooks": (
        "Các sổ hoặc thư mục (mặc định: ./workbooks/, nếu không có thì ./).",
        "Workbooks or folders (default: ./workbooks/, else ./).",
    ),
    "opt.new.path": (
        "Nơi ghi (mặc định workbooks/so-chi-bo-<NĂM>.xlsx).",
        "Where to write (default workbooks/so-chi-bo-<YEAR>.xlsx).",
    ),
    "opt.year": ("Năm của sổ.", "The workbook's year."),
    "opt.version": ("Hiện phiên bản xlkit rồi thoát.", "Show xlkit's version and exit."),
    "opt.new.force": (
        "Ghi đè sổ trắng do xlkit tạo (không bao giờ ghi đè sổ đã có dữ liệu).",
        "Replace a blank workbook xlkit made (never one that holds data).",
    ),
    "opt.check.format": ("text hoặc json.", "text or json."),
    "opt.period-check": (
        "Kiểm tra thêm lời văn mà văn bản này cần: báo cáo của kỳ (2023-H1) hoặc kế hoạch (KH-2023, NV-2023, CD-2023, CT).",
        "Also check the prose this document needs: a period's report (2023-H1) or a plan (KH-2023, NV-2023, CD-2023, CT).",
    ),
    "opt.indicators.format": (
        "table, csv, json hoặc xlsx (bảng tính kèm biểu đồ; cần -o). Mặc định theo đuôi tên tệp -o.",
        "table, csv, json or xlsx (a workbook with charts; needs -o). By default the -o name's extension says.",
    ),
    "opt.output": (
        "Ghi ra tệp này thay vì in ra màn hình.",
        "Write to this file instead of the terminal.",
    ),
    "opt.indicators.force": (
        "Ghi đè tệp chỉ số (bảng chỉ số) xlkit đã xuất trước đó.",
        "Replace an indicators file xlkit wrote before.",
    ),
    "opt.report.output": (
        "Ghi báo cáo ra tệp: .txt, .md, .docx hoặc .pdf.",
        "Write the report to a file: .txt, .md, .docx or .pdf.",
    ),
    "opt.report.format": (
        "txt, md, docx hoặc pdf (thay phần đuôi tệp).",
        "txt, md, docx or pdf (replaces the extension).",
    ),
    "opt.so": (
        "Số văn bản, ví dụ 03 (để trống nếu không ghi).",
        "The document's number, e.g. 03 (left blank when omitted).",
    ),
    "opt.ngay": (
        "Ngày văn bản dd/mm/yyyy (mặc định: hôm nay).",
        "The document's date dd/mm/yyyy (default: today).",
    ),
    "opt.report.force": (
        "Vẫn xuất khi sổ còn lỗi; ghi đè báo cáo xlkit đã tạo.",
        "Render although the workbook has errors; replace a report xlkit made.",
    ),
    "opt.pack.output": (
        "Thư mục gói (mặc định out/<kỳ>/).",
        "The package folder (default out/<period>/).",
    ),
    "opt.pack.force": (
        "Vẫn đóng gói khi sổ còn lỗi (ghi vào manifest); làm lại gói đã có.",
        "Pack although the workbook has errors (noted in the manifest); rebuild an existing package.",
    ),
    "opt.to": ("Người nhận; lặp lại để thêm.", "A recipient; repeat for more."),
    "opt.cc": ("Người nhận bản sao; lặp lại để thêm.", "A copy recipient; repeat for more."),
    "opt.eml": (
        "Ghi thư ra tệp .eml này (mặc định out/<kỳ>/thu.eml).",
        "Write the message to this .eml (default out/<period>/thu.eml).",
    ),
    "opt.send": (
        "Gửi thư qua SMTP (vẫn giữ tệp .eml).",
        "Send it over SMTP (the .eml is kept too).",
    ),
    "opt.smtp_host": (
        "Máy chủ SMTP; hoặc XLKIT_SMTP_HOST, hoặc mục host của bảng smtp trong xlkit.toml.",
        "The SMTP server; or XLKIT_SMTP_HOST, or host in the smtp table of xlkit.toml.",
    ),
    "opt.smtp_port": (
        "Cổng; hoặc XLKIT_SMTP_PORT (mặc định 587, 465 với ssl).",
        "The port; or XLKIT_SMTP_PORT (default 587, 465 for ssl).",
    ),
    "opt.smtp_user": (
        "Tài khoản; hoặc XLKIT_SMTP_USER. Mật khẩu chỉ lấy từ XLKIT_SMTP_PASSWORD hoặc hỏi khi gửi.",
        "The user; or XLKIT_SMTP_USER. The password only from XLKIT_SMTP_PASSWORD or a prompt.",
    ),
    "opt.smtp_security": (
        "starttls (mặc định), ssl hoặc none; hoặc XLKIT_SMTP_SECURITY.",
        "starttls (default), ssl or none; or XLKIT_SMTP_SECURITY.",
    ),
    "opt.sender": (
        "Địa chỉ người gửi (mặc định: tài khoản SMTP); hoặc XLKIT_SMTP_FROM.",
        "The sender's address (default: the SMTP user); or XLKIT_SMTP_FROM.",
    ),
    "opt.timeout": (
        "Số giây chờ máy chủ trả lời (mặc định 30).",
        "Seconds to wait for the server (default 30).",
    ),
    "opt.mail.force": (
        "Vẫn đóng gói khi sổ còn lỗi.",
        "Build the package although the workbook has errors.",
    ),
    "meta.period": ("KỲ", "PERIOD"),
    "meta.workbook": ("SỔ", "WORKBOOK"),
    "meta.workbooks": ("SỔ...", "WORKBOOKS..."),
    "meta.path": ("TỆP", "PATH"),
}

# an option's value as its help names it (`-o TỆP`), by the option's name; any other, by its type
VALUE_NAMES: dict[str, tuple[str, str]] = {
    "output": ("TỆP", "FILE"),
    "eml": ("TỆP", "FILE"),
    "expect": ("TỆP", "FILE"),
    "tom_tat": ("TỆP", "FILE"),
    "source": ("SỔ", "WORKBOOK"),
    "format": ("KIỂU", "FORMAT"),
    "so": ("SỐ", "NUMBER"),
    "ngay": ("NGÀY", "DATE"),
    "ky": ("KÝ", "SIGNING"),
    "kind": ("LOẠI", "KIND"),
    "period": ("KỲ", "PERIOD"),
    "year": ("NĂM", "YEAR"),
    "jobs": ("SỐ", "N"),
    "timeout": ("GIÂY", "SECONDS"),
    "smtp_port": ("CỔNG", "PORT"),
    "smtp_host": ("MÁY", "HOST"),
    "smtp_user": ("TÊN", "USER"),
    "smtp_security": ("KIỂU", "MODE"),
    "to": ("THƯ", "ADDRESS"),
    "cc": ("THƯ", "ADDRESS"),
    "sender": ("THƯ", "ADDRESS"),
    "ten": ("TÊN", "NAME"),
    "dia_danh": ("TÊN", "NAME"),
    "nguoi_ky": ("TÊN", "NAME"),
    "lang": ("vi|en", "vi|en"),
}
VALUE_BY_TYPE = {"path": ("TỆP", "PATH"), "integer": ("SỐ", "N"), "float": ("SỐ", "NUMBER")}
VALUE_TEXT = ("CHỮ", "TEXT")

# click's own words, as it prints them -> Vietnamese (regular expressions over the printed text,
# so that they work whether typer vendors click or uses it, with gettext or without)
CLICK: tuple[tuple[str, str], ...] = (
    (r"^Missing argument (.+)\.$", r"Thiếu \1."),
    (r"^Missing option (.+)\.$", r"Thiếu tùy chọn \1."),
    (r"^Missing parameter: (.+)$", r"Thiếu \1"),
    (
        r"^Missing command\.$",
        "Thiếu lệnh (new, check, fix, rules, indicators, report, plan, agenda, rollup, pack, mail).",
    ),
    (r"^No such command (.+)\.$", r"Không có lệnh \1."),
    (r"^No such option: (\S+)$", r"Không có tùy chọn \1."),
    (r"^No such option: (\S+) Did you mean (.+)\?$", r"Không có tùy chọn \1; có phải là \2?"),
    (
        r"^No such option: (\S+) \(Possible options: (.+)\)$",
        r"Không có tùy chọn \1 (có thể là: \2).",
    ),
    (r"^Got unexpected extra arguments? \((.+)\)$", r"Thừa đối số: \1"),
    (
        r"^Invalid value for (.+?): (.+) is not a valid (?:integer|int)\.$",
        r"Giá trị của \1 không phải là số nguyên: \2.",
    ),
    (
        r"^Invalid value for (.+?): (.+) is not a valid float\.$",
        r"Giá trị của \1 không phải là số: \2.",
    ),
    (r"^Invalid value for (.+?): (.+)$", r"Giá trị không hợp lệ cho \1: \2"),
    (r"^Option (.+) requires an argument\.$", r"Tùy chọn \1 cần một giá trị."),
    (r"^Option (.+) requires (\d+) arguments\.$", r"Tùy chọn \1 cần \2 giá trị."),
    (r"^Option (.+) does not take a value\.$", r"Tùy chọn \1 không nhận giá trị."),
    (r"^Usage:", "Cách dùng:"),
    (r"\[OPTIONS\]", "[TÙY CHỌN]"),
    (r" COMMAND \[ARGS\]\.\.\.", " LỆNH [ĐỐI SỐ]..."),
    (r"^Options:$", "Tùy chọn:"),
    (r"^Arguments:$", "Đối số:"),
    (r"^Commands:$", "Lệnh:"),
    (r"Show this message and exit\.", "Hiện hướng dẫn này rồi thoát."),
    (r"\[default:(\s+)(.*?)\]", r"[mặc định:\1\2]"),
    (r"\[required\]", "[bắt buộc]"),
)

HELP.update(YEAR_HELP)
