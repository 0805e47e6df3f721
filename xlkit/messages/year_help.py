"""Help texts of the commands of the secretary's year (agenda, meeting, review): merged into
`help.HELP`."""

from __future__ import annotations

YEAR_HELP: dict[str, tuple[str, str]] = {
    "cmd.agenda": (
        "Việc sắp đến hạn: dự bị, huy hiệu, đảng phí, sinh hoạt, kiểm điểm, báo cáo. "
        "Ví dụ: xlkit agenda --ngay 01/12/2026",
        "What is coming due: probations, badges, fees, meetings, the review, reports. "
        "Example: xlkit agenda --ngay 01/12/2026",
    ),
    "opt.agenda.ngay": (
        "Tính đến ngày dd/mm/yyyy (mặc định: hôm nay).",
        "As of the day dd/mm/yyyy (default: today).",
    ),
    "opt.agenda.format": ("text hoặc json.", "text or json."),
    "cmd.meeting": (
        "Dự thảo biên bản, nghị quyết hoặc phiếu tự chấm điểm của một buổi sinh hoạt chi bộ. "
        "Ví dụ: xlkit meeting 06/03/2023 --kind nghi-quyet -o nghi-quyet-thang-3.docx",
        "Draft the minutes, the resolution or the self-scoring sheet of a cell meeting. "
        "Example: xlkit meeting 06/03/2023 --kind nghi-quyet -o nghi-quyet-thang-3.docx",
    ),
    "meta.day": ("NGÀY", "DATE"),
    "opt.meeting.day": (
        "Ngày của buổi sinh hoạt (dd/mm/yyyy), như ghi ở trang Sinh hoạt.",
        "The meeting's day (dd/mm/yyyy), as written in the Sinh hoạt sheet.",
    ),
    "opt.meeting.kind": (
        "bien-ban (biên bản, mặc định), nghi-quyet (nghị quyết tháng) hoặc cham-diem (phiếu tự "
        "chấm điểm chất lượng buổi sinh hoạt).",
        "bien-ban (the minutes, the default), nghi-quyet (the monthly resolution) or cham-diem "
        "(the meeting's self-scoring sheet).",
    ),
    "opt.meeting.ngay": (
        "Ngày ghi trên văn bản dd/mm/yyyy (mặc định: ngày sinh hoạt).",
        "The document's date dd/mm/yyyy (default: the meeting's day).",
    ),
    "cmd.review": (
        "Kiểm điểm cuối năm: danh sách đề nghị xếp loại và số liệu, báo cáo kiểm điểm của chi bộ "
        "(Mẫu 01), phiếu kiểm điểm của từng đảng viên (Mẫu 2A, 2B, 2C). Ví dụ: xlkit review 2023 "
        "--kind phieu",
        "The year-end review: the list of proposed ratings and its counts, the cell's review "
        "report (Mẫu 01), each member's form (Mẫu 2A, 2B, 2C). Example: xlkit review 2023 "
        "--kind phieu",
    ),
    "opt.review.kind": (
        "danh-sach (mặc định), bao-cao (báo cáo kiểm điểm tập thể) hoặc phieu (mỗi đảng viên "
        "một phiếu, trong một thư mục).",
        "danh-sach (the default), bao-cao (the collective report) or phieu (one form per "
        "member, in a folder).",
    ),
    "opt.review.output": (
        "Nơi ghi (với phieu: thư mục, mặc định phieu-kiem-diem-<NĂM>/).",
        "Where to write (with phieu: a folder, default phieu-kiem-diem-<YEAR>/).",
    ),
    "opt.review.format": (
        "text, md, docx hoặc pdf (phieu: docx, mặc định, hoặc pdf).",
        "text, md, docx or pdf (phieu: docx, the default, or pdf).",
    ),
    "opt.review.force": (
        "Ghi đè văn bản, phiếu xlkit đã tạo trước đó (không bao giờ ghi đè tệp chị đã sửa).",
        "Replace documents and forms xlkit made before (never a file she edited).",
    ),
    "opt.meeting.format": (
        "text, md, docx hoặc pdf (mặc định: theo đuôi tên tệp -o, không có thì text).",
        "text, md, docx or pdf (default: from the -o file's extension, else text).",
    ),
    "opt.meeting.ky": (
        "Nghị quyết ký thay mặt: T/M CHI BỘ (mặc định, nghị quyết do chi bộ thông qua) hoặc "
        "T/M CHI ỦY.",
        "The resolution signed on behalf of: T/M CHI BỘ (the default: the cell adopts it) or "
        "T/M CHI ỦY.",
    ),
    "opt.meeting.force": (
        "Ghi đè văn bản xlkit đã tạo trước đó (không bao giờ ghi đè tệp chị đã sửa).",
        "Replace a document xlkit made before (never a file she edited).",
    ),
    "opt.review.ky": (
        "Ký thay mặt: T/M CHI ỦY, T/M CHI BỘ (mặc định: mục Ký thay mặt của trang Thông tin).",
        "Signed on behalf of: T/M CHI ỦY, T/M CHI BỘ (default: Ký thay mặt in Thông tin).",
    ),
}
