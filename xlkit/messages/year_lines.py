"""The catalogue's lines of the secretary's year (the agenda, the monthly meeting, the year-end
review), Vietnamese and English: merged into `lines.LINES`."""

from __future__ import annotations

YEAR_LINES: dict[str, tuple[str, str]] = {
    "agenda.title": (
        "VIỆC SẮP ĐẾN HẠN — {cell} — ngày {day}",
        "COMING DUE — {cell} — {day}",
    ),
    "agenda.workbook": ("Sổ: {path}", "Workbook: {path}"),
    "agenda.none": ("Không có việc nào sắp đến hạn.", "Nothing is coming due."),
    "agenda.group.probation": (
        "Đảng viên dự bị sắp hết thời gian dự bị",
        "Probations ending",
    ),
    "agenda.group.badge": ("Huy hiệu Đảng, theo đợt trao", "Party badges, by award round"),
    "agenda.group.fee": ("Đảng phí chưa ghi nộp", "Party fees not recorded as paid"),
    "agenda.group.meeting": ("Sinh hoạt chi bộ", "Cell meetings"),
    "agenda.group.review": (
        "Kiểm điểm, đánh giá, xếp loại cuối năm",
        "The year-end review and rating",
    ),
    "agenda.group.document": ("Văn bản của kỳ chưa làm", "The period's documents not yet made"),
    "agenda.band.overdue": ("quá hạn", "overdue"),
    "agenda.band.30": ("trong 30 ngày", "within 30 days"),
    "agenda.band.60": ("trong 31-60 ngày", "in 31-60 days"),
    "agenda.band.90": ("trong 61-90 ngày", "in 61-90 days"),
    "agenda.band.left": ("còn {days} ngày", "{days} days left"),
    "agenda.band.past": ("đã qua {days} ngày", "{days} days past"),
    "agenda.band.now": ("đến hạn", "due"),
    "agenda.probation": (
        "{name}: hết thời gian dự bị ngày {ends} (còn {days} ngày); chi bộ xét công nhận "
        "chính thức chậm nhất ngày {by}.",
        "{name}: probation ends on {ends} ({days} days left); the cell considers the full "
        "membership by {by} at the latest.",
    ),
    "agenda.probation-overdue": (
        "{name}: đã hết thời gian dự bị ngày {ends} ({days} ngày trước), sổ chưa ghi Ngày chính "
        "thức; chi bộ xét công nhận chính thức chậm nhất ngày {by}.",
        "{name}: probation ended on {ends} ({days} days ago) and the workbook has no official "
        "date; the cell considers the full membership by {by} at the latest.",
    ),
    "agenda.badge": (
        "{name}: đủ {years} năm tuổi Đảng ngày {reached}, vào đợt trao ngày {round}.",
        "{name}: {years} years of membership on {reached}, in the round of {round}.",
    ),
    "agenda.fee": (
        "{name}: chưa ghi nộp đảng phí tháng {months} ({count} tháng).",
        "{name}: no party fee recorded for month {months} ({count} months).",
    ),
    "agenda.fee-removal": (
        "{name}: chưa ghi nộp đảng phí tháng {months} ({count} tháng): từ {most} tháng trong năm "
        "không có lý do chính đáng, chi bộ xem xét đề nghị xóa tên.",
        "{name}: no party fee recorded for month {months} ({count} months): at {most} months in "
        "a year without good reason, the cell considers proposing removal.",
    ),
    "agenda.meeting": (
        "Sinh hoạt thường kỳ tháng {month} chưa ghi trong sổ (đến hết ngày {end}).",
        "The regular meeting of month {month} is not yet recorded (until {end}).",
    ),
    "agenda.meeting-missing": (
        "Tháng {month}: không có buổi sinh hoạt thường kỳ nào ghi trong sổ.",
        "Month {month}: no regular meeting recorded.",
    ),
    "agenda.thematic": (
        "Sinh hoạt chuyên đề quý {quarter} chưa ghi trong sổ; trang Chuyên đề chưa có chủ đề của "
        "quý (đến hết ngày {end}).",
        "The thematic meeting of quarter {quarter} is not yet recorded, and the Chuyên đề sheet "
        "has no subject for it (until {end}).",
    ),
    "agenda.thematic-planned": (
        "Sinh hoạt chuyên đề quý {quarter}: «{subject}», người chuẩn bị {who}, dự kiến {when} "
        "(đến hết ngày {end}).",
        "Thematic meeting of quarter {quarter}: «{subject}», prepared by {who}, planned {when} "
        "(until {end}).",
    ),
    "agenda.month-task": (
        "Kế hoạch tháng {month}: «{task}» ({who}) chưa ghi Đã thực hiện.",
        "Plan of month {month}: «{task}» ({who}) not marked done.",
    ),
    "agenda.review": (
        "Kiểm điểm, đánh giá, xếp loại năm {year}: {unrated}/{members} đảng viên chưa có Xếp "
        "loại{names}. Phiếu và danh sách: xlkit review {year}",
        "The review of {year}: {unrated} of {members} members have no rating yet{names}. Forms "
        "and list: xlkit review {year}",
    ),
    "agenda.report": (
        "Báo cáo {period} chưa làm (đến hạn từ {since}): xlkit report {period} -o "
        "bao-cao-{period}.docx",
        "The report of {period} is not yet made (due from {since}): xlkit report {period} -o "
        "bao-cao-{period}.docx",
    ),
    "agenda.from": ("Ở {where}", "From {where}"),
    "agenda.basis": ("Căn cứ: {source}", "Rule: {source}"),
    "agenda.unconfirmed": (
        "(*) Có mốc hoặc tham số chưa xác nhận được từ văn bản gốc (hạn chót của đợt huy hiệu, "
        "mùa kiểm điểm, ngày báo cáo, số ngày làm việc để xét): kiểm tra với cấp ủy.",
        "(*) A date or a number could not be confirmed from the regulation's text (a badge "
        "round's cut-off, the review season, the report's date, the working days to decide): "
        "ask the committee.",
    ),
    "agenda.sheet": ("Việc sắp đến hạn", "Coming due"),
    "agenda.columns": (
        "Việc|Hạn|Còn|Nội dung|Ở đâu|Căn cứ",
        "Kind|Due|When|What|Where|Rule",
    ),
    "agenda.errors": (
        "Sổ còn {count} lỗi: danh sách trên có thể thiếu. Xem: xlkit check {path}",
        "The workbook has {count} errors: the list above may be incomplete. "
        "See: xlkit check {path}",
    ),
    "err.agenda-rounds": (
        "xlkit.toml [agenda] badge_rounds: '{value}' không phải ngày/tháng (ví dụ \"19/5\").",
        "xlkit.toml [agenda] badge_rounds: '{value}' is not a day/month (e.g. \"19/5\").",
    ),
    "err.no-meeting": (
        "Trang Sinh hoạt của {path} không có buổi sinh hoạt nào ngày {day} (trong tháng có: "
        "{held}).",
        "The Sinh hoạt sheet of {path} holds no meeting on {day} (that month: {held}).",
    ),
    "err.review-quota": (
        "xlkit.toml [review] quota_pct: '{value}' không phải tỷ lệ phần trăm từ 0 đến 100 (ví "
        "dụ 20; cho từng năm: xem README).",
        "xlkit.toml [review] quota_pct: '{value}' is not a percentage from 0 to 100 (e.g. 20; "
        "for each year: see the README).",
    ),
    "err.not-a-folder": (
        "{path} là một tệp, không phải thư mục: chọn tên thư mục khác cho các phiếu (-o).",
        "{path} is a file, not a folder: choose another folder for the forms (-o).",
    ),
    "done.forms": (
        "Đã ghi {count} phiếu kiểm điểm vào {path}",
        "Wrote {count} review forms to {path}",
    ),
    "done.made-with-year": (
        "xlkit: đã lập với {warnings} cảnh báo, {notes} ghi chú (cách sửa: xlkit check {path}):",
        "xlkit: made with {warnings} warnings, {notes} notes (hints: xlkit check {path}):",
    ),
}
