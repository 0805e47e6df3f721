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
}
