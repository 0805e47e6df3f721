"""Finding codes of the family `relations`: between cells, rows and sheets."""

from __future__ import annotations

from xlkit.messages.codes.entry import Entry, Severity

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE

# fmt: off
ENTRIES = (
    Entry(
        "date-order",
        E,
        "Ngày không hợp lý: {what}",
        "Kiểm tra lại các ngày của dòng này.",
        "Dates out of order: {what}",
        "Check the dates of this row.",
        "relations",
    ),
    Entry(
        "date-outside-year",
        E,
        "Ngày nằm ngoài năm {year} của sổ",
        "Ghi đúng ngày, hoặc ghi vào sổ của năm đó.",
        "The date lies outside the workbook's year {year}",
        "Fix the date, or record it in that year's workbook.",
        "relations",
    ),
    Entry(
        "period-outside-year",
        E,
        "Kỳ không thuộc năm {year} của sổ",
        "Ghi kỳ của năm {year}, ví dụ {year}-H1.",
        "The period is not inside the workbook's year {year}",
        "Use a period of {year}, e.g. {year}-H1.",
        "relations",
    ),
    Entry(
        "member-unknown",
        W,
        "'{value}' không có trong danh sách đảng viên",
        "Ghi đúng họ tên như ở trang 'Đảng viên', hoặc ghi 'Chi bộ'.",
        "'{value}' is not in the member list",
        "Write the name as in 'Đảng viên', or 'Chi bộ'.",
        "relations",
    ),
    Entry(
        "admitted-not-member",
        W,
        "'{value}' đã kết nạp nhưng chưa có trong trang 'Đảng viên'",
        "Thêm đảng viên mới vào trang 'Đảng viên'.",
        "'{value}' was admitted but is not in 'Đảng viên'",
        "Add the new member to 'Đảng viên'.",
        "relations",
    ),
    Entry(
        "attendance-too-high",
        E,
        "Có mặt và vắng cộng lại là {counted}, nhiều hơn {members} đảng viên của chi bộ ngày đó",
        "Kiểm tra số có mặt, số vắng.",
        "Present and absent add up to {counted}, more than the {members} members on that day",
        "Check the counts.",
        "relations",
    ),
    Entry(
        "status-date-missing",
        E,
        "Tình trạng '{status}' cần có Ngày thay đổi",
        "Ghi ngày có hiệu lực vào cột 'Ngày thay đổi'.",
        "The status '{status}' needs a date of change",
        "Write the effective date in 'Ngày thay đổi'.",
        "relations",
    ),
    Entry(
        "target-computed-mismatch",
        W,
        "Kết quả ghi {value} khác kết quả tính từ sổ là {computed} ({key})",
        "Sửa kết quả, hoặc bỏ Nguồn số liệu nếu ghi tay.",
        "The typed result {value} differs from the computed {computed} ({key})",
        "Fix the result, or clear Nguồn số liệu.",
        "relations",
    ),
    Entry(
        "result-above-total",
        E,
        "Số đạt lớn hơn tổng số ({total})",
        "Kiểm tra lại Số đạt và Tổng số.",
        "The result exceeds the total ({total})",
        "Check both figures.",
        "relations",
    ),
    Entry(
        "section-empty",
        W,
        "Mục '{section}' của báo cáo {period} chưa có nội dung",
        "Thêm dòng Kỳ {period}, Mục '{section}' ở trang 'Nội dung báo cáo'.",
        "The section '{section}' of the {period} report has no text",
        "Add a row with Kỳ {period} and Mục '{section}'.",
        "relations",
    ),
    Entry(
        "recipients-no-archive",
        W,
        "'Nơi nhận' chưa có dòng 'Lưu'",
        "Thêm một dòng cuối như 'Lưu Chi bộ.' (mỗi nơi nhận một dòng, Alt+Enter để xuống dòng).",
        "'Nơi nhận' has no 'Lưu' (file copy) line",
        "Add a last line such as 'Lưu Chi bộ.' (one recipient per line, Alt+Enter for a new line).",
        "relations",
    ),
    Entry(
        "rollup-row-disagrees",
        E,
        "Số liệu của chi bộ trong bảng tổng hợp cấp dưới không hợp lệ: [{key}] = {value} {detail}",
        "Lập lại bảng tổng hợp cấp dưới bằng xlkit rollup; không sửa tay các số của nó.",
        "A cell's figures in the roll-up one level down cannot be right: [{key}] = {value} {detail}",
        "Make that roll-up again with xlkit rollup; never edit its figures by hand.",
        "relations",
    ),
)
# fmt: on
