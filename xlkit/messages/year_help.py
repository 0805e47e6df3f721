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
}
