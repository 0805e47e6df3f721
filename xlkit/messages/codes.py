"""Finding codes (spec/rules.md): one entry per code with its one severity, message and hint.

Codes are part of the interface: add freely, never reuse or rename one. `source` names the rule's
authority for the party rules (the dated entry in checks/party.py names the exact regulation).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return ("error", "warning", "note").index(self.value)


@dataclass(frozen=True)
class Entry:
    code: str
    severity: Severity
    vi: str
    vi_hint: str
    en: str
    en_hint: str
    group: str  # file, cells, relations, party, document
    source: str = ""

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi

    def hint(self, lang: str) -> str:
        return self.en_hint if lang == "en" else self.vi_hint


E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
# fmt: off
_ENTRIES = (
    # --- the file ---------------------------------------------------------------------------
    Entry(
        "file-unreadable",
        E,
        "Không đọc được tệp: {reason}",
        "Mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.",
        "The file cannot be read: {reason}",
        "Open it in Excel or LibreOffice and save it as .xlsx.",
        "file",
    ),
    Entry(
        "file-encrypted",
        E,
        "Tệp được đặt mật khẩu",
        "Gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.",
        "The file is password-protected",
        "Remove the password (File › Info › Protect Workbook) and save.",
        "file",
    ),
    Entry(
        "file-legacy-format",
        E,
        "Tệp ở định dạng Excel cũ (.xls)",
        "Mở bằng Excel hoặc LibreOffice và lưu thành .xlsx (Lưu thành › Sổ làm việc Excel).",
        "The file is in the old Excel format (.xls)",
        "Open it and save it as .xlsx (Save As › Excel Workbook).",
        "file",
    ),
    Entry(
        "sheet-missing",
        E,
        "Thiếu trang tính '{sheet}'",
        "Thêm trang '{sheet}' đúng tên, hoặc tạo sổ mới bằng: xlkit new",
        "The sheet '{sheet}' is missing",
        "Add a sheet named '{sheet}', or start from: xlkit new",
        "file",
    ),
    Entry(
        "sheet-optional-missing",
        N,
        "Không có trang '{sheet}'; các văn bản sẽ không có phần này",
        "Thêm trang '{sheet}' nếu cần (xlkit new tạo đủ các trang).",
        "There is no sheet '{sheet}'; the documents will leave that part out",
        "Add the sheet '{sheet}' if needed (xlkit new makes them all).",
        "file",
    ),
    Entry(
        "sheet-unknown",
        N,
        "Trang tính '{sheet}' không thuộc mẫu chuẩn, được giữ nguyên và bỏ qua",
        "Không cần làm gì.",
        "The sheet '{sheet}' is not part of the standard; it is kept and ignored",
        "Nothing to do.",
        "file",
    ),
    Entry(
        "sheet-empty",
        E,
        "Trang '{sheet}' chưa có dòng nào",
        "Ghi mỗi đảng viên một dòng, từ dòng ngay dưới tiêu đề.",
        "The sheet '{sheet}' has no rows",
        "Write one row per member below the header.",
        "file",
    ),
    Entry(
        "header-missing",
        E,
        "Thiếu cột bắt buộc '{header}'",
        "Thêm cột có tiêu đề '{header}' ở dòng tiêu đề.",
        "The required column '{header}' is missing",
        "Add a column headed '{header}' to the header row.",
        "file",
    ),
    Entry(
        "header-optional-missing",
        W,
        "Thiếu cột '{header}'; các số liệu dựa vào cột này sẽ để trống",
        "Thêm cột có tiêu đề '{header}' ở dòng tiêu đề.",
        "The column '{header}' is missing; figures that need it are left blank",
        "Add a column headed '{header}' to the header row.",
        "file",
    ),
    Entry(
        "header-duplicate",
        E,
        "Cột '{header}' xuất hiện hai lần (lần đầu ở {first})",
        "Xóa hoặc đổi tên một trong hai cột.",
        "The column '{header}' appears twice (first at {first})",
        "Delete or rename one of them.",
        "file",
    ),
    Entry(
        "header-merged",
        E,
        "Ô tiêu đề '{header}' bị gộp với các cột bên cạnh ({merged})",
        "Bỏ gộp ô ở dòng tiêu đề (Trang đầu › Gộp và Căn giữa) để mỗi cột có tiêu đề riêng.",
        "The header cell '{header}' is merged with its neighbours ({merged})",
        "Unmerge the header row (Home › Merge & Center) so that each column has its own header.",
        "file",
    ),
    Entry(
        "column-no-header",
        E,
        "Cột {column} có dữ liệu nhưng không có tiêu đề; xlkit không đọc cột này",
        "Ghi tiêu đề đúng cho cột này, hoặc xóa dữ liệu thừa; xlkit đọc mỗi cột theo tiêu đề.",
        "Column {column} holds data but has no header; xlkit does not read it",
        "Write the right header for it, or delete the stray data; xlkit reads columns by their header.",
        "file",
    ),
    Entry(
        "column-unknown",
        N,
        "Cột '{header}' không thuộc mẫu chuẩn, được giữ nguyên và bỏ qua",
        "Không cần làm gì.",
        "The column '{header}' is not part of the standard; it is kept and ignored",
        "Nothing to do.",
        "file",
    ),
    Entry(
        "info-item-missing",
        E,
        "Thiếu mục '{header}'",
        "Thêm một dòng: cột A ghi '{header}', cột B ghi giá trị.",
        "The item '{header}' is missing",
        "Add a row: '{header}' in column A, its value in column B.",
        "file",
    ),
    # --- cells ------------------------------------------------------------------------------
    Entry("value-required", E, "Chưa ghi '{header}'", "Ô này bắt buộc phải có giá trị.", "'{header}' is empty", "This cell is required.", "cells"),
    Entry(
        "value-not-date",
        E,
        "'{header}' không phải là ngày hợp lệ",
        "Ghi ngày dạng dd/mm/yyyy (ngày/tháng/năm), ví dụ 04/07/2023.",
        "'{header}' is not a valid date",
        "Write the date as dd/mm/yyyy (day/month/year), e.g. 04/07/2023.",
        "cells",
    ),
    Entry(
        "date-as-text",
        W,
        "'{header}' là ngày viết dạng chữ, đã đọc là {read}",
        "Định dạng ô là Ngày (dd/mm/yyyy) và nhập lại.",
        "'{header}' is a date typed as text, read as {read}",
        "Format the cell as a date and type it again.",
        "cells",
    ),
    Entry(
        "value-not-number",
        E,
        "'{header}' không phải là số",
        "Ghi số, ví dụ 12 hoặc 96,6 (không kèm chữ hay đơn vị).",
        "'{header}' is not a number",
        "Write a number, e.g. 12 or 96.6 (no words or units).",
        "cells",
    ),
    Entry(
        "value-not-integer",
        E,
        "'{header}' phải là số nguyên",
        "Ghi số nguyên, ví dụ 12.",
        "'{header}' must be a whole number",
        "Write a whole number, e.g. 12.",
        "cells",
    ),
    Entry("value-negative", E, "'{header}' không được âm", "Ghi số từ 0 trở lên.", "'{header}' cannot be negative", "Write 0 or more.", "cells"),
    Entry(
        "value-out-of-range",
        E,
        "'{header}' phải từ {low} đến {high}",
        "Ghi một số từ {low} đến {high}.",
        "'{header}' must be from {low} to {high}",
        "Write a number from {low} to {high}.",
        "cells",
    ),
    Entry(
        "value-not-allowed",
        E,
        "'{header}' không thuộc danh sách cho phép",
        "Chọn trong danh sách thả xuống{closest}.",
        "'{header}' is not one of the allowed values",
        "Pick one from the dropdown list{closest}.",
        "cells",
    ),
    Entry(
        "value-not-period",
        E,
        "'{header}' không phải là kỳ hợp lệ",
        "Ghi kỳ dạng {accepted}.",
        "'{header}' is not a valid period",
        "Write the period as {accepted}.",
        "cells",
    ),
    Entry(
        "value-duplicate",
        E,
        "'{header}' bị trùng (đã có ở {first})",
        "Mỗi giá trị chỉ được ghi một lần; sửa hoặc xóa dòng trùng.",
        "'{header}' is repeated (already at {first})",
        "Each value may appear once; fix or delete the repeat.",
        "cells",
    ),
    Entry(
        "formula-no-value",
        W,
        "Công thức chưa được tính giá trị; xlkit coi ô này là chưa biết",
        "Mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để tính công thức.",
        "A formula whose value was never computed; xlkit treats the cell as unknown",
        "Open the file in Excel or LibreOffice and save it.",
        "cells",
    ),
    Entry(
        "text-legacy-encoding",
        W,
        "'{header}' có vẻ gõ bằng bảng mã cũ (TCVN3 hoặc VNI)",
        "Chuyển sang Unicode; đọc theo bảng mã cũ là: '{converted}'.",
        "'{header}' looks typed in a legacy encoding (TCVN3 or VNI)",
        "Convert it to Unicode; read as legacy text it says: '{converted}'.",
        "cells",
    ),
    Entry(
        "text-not-nfc",
        N,
        "'{header}': {count} ô dùng Unicode tổ hợp (ô đầu tiên {cell}); xlkit đã chuẩn hóa khi đọc",
        "Nên gõ bằng Unicode dựng sẵn (Unikey: bảng mã Unicode).",
        "'{header}': {count} cells use decomposed Unicode (the first is {cell}); normalised on reading",
        "Prefer precomposed Unicode (Unikey: the Unicode charset).",
        "cells",
    ),
    Entry(
        "text-spaces",
        N,
        "'{header}' có dấu cách thừa",
        "Xóa dấu cách ở đầu, cuối hoặc dấu cách đôi.",
        "'{header}' has extra spaces",
        "Remove leading, trailing or double spaces.",
        "cells",
    ),
    # --- between cells and sheets -----------------------------------------------------------
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
    # --- party rules --------------------------------------------------------------------------
    Entry(
        "probation-overdue",
        W,
        "{value} hết thời gian dự bị từ {due} nhưng chưa được công nhận chính thức",
        "Làm thủ tục công nhận chính thức ({source}).",
        "{value}'s probation ended on {due} but they are not yet official",
        "Process the confirmation ({source}).",
        "party",
        "Điều lệ Đảng, Điều 5",
    ),
    Entry("admission-age", W, "{value} chưa đủ 18 tuổi khi chi bộ xét kết nạp ({age} tuổi, {basis})", "Kiểm tra ngày sinh và ngày chi bộ xét ({source}).",
          "{value} was under 18 when the cell considered the admission ({age}, {basis})", "Check the dates of birth and consideration ({source}).", "party", "Điều lệ Đảng, Điều 1"),
    Entry("admission-over-60", W, "{value} đã quá 60 tuổi khi chi bộ xét kết nạp ({age} tuổi, {basis})",
          "Kết nạp người trên 60 tuổi do cấp ủy trực thuộc Trung ương xem xét, quyết định: lưu quyết định đó ({source}).",
          "{value} was over 60 when the cell considered the admission ({age}, {basis})",
          "Admitting someone over 60 is decided by the committee directly under the Central Committee: keep that decision ({source}).", "party", "Điều lệ Đảng, Điều 1"),
    Entry("excellent-share-high", N, "{excellent} đảng viên xuất sắc, quá {limit}% số hoàn thành tốt nhiệm vụ ({good}) của chi bộ",
          "Tỷ lệ này tính chung cho cả đảng bộ cơ sở: báo cấp ủy cơ sở khi xét ({source}).",
          "{excellent} rated excellent, over {limit}% of the cell's {good} rated good",
          "The quota counts over the whole grassroots organisation: tell its committee ({source}).", "party", "Hướng dẫn 21-HD/BTCTW"),
    Entry("rating-score-mismatch", E, "{value} xếp loại '{rating}' nhưng điểm {score} chỉ cho phép đến '{allowed}'",
          "Sửa xếp loại hoặc điểm cho khớp: xuất sắc từ 90 điểm, tốt từ 70, hoàn thành từ 50 ({source}).",
          "{value} is rated '{rating}' but a score of {score} allows at most '{allowed}'",
          "Make the rating and the score agree: excellent from 90 points, good from 70, done from 50 ({source}).", "party", "Quy định 366-QĐ/TW"),
    Entry("meeting-too-short", W, "Buổi sinh hoạt chỉ {value} phút, cần ít nhất {needed} phút", "Ghi đúng thời lượng, hoặc bảo đảm thời lượng tối thiểu ({source}).",
          "The meeting lasted {value} minutes; at least {needed} are needed", "Record the real length, or hold the minimum ({source}).", "party", "Hướng dẫn 42-HD/BTCTW"),
    Entry("committee-expected", N, "Chi bộ có {official} đảng viên chính thức: bầu chi ủy, văn bản ký T/M CHI ỦY",
          "Ghi 'T/M CHI ỦY' ở mục 'Ký thay mặt' của trang 'Thông tin' khi chi bộ đã bầu chi ủy ({source}).",
          "The cell has {official} official members: it elects a chi ủy, which signs T/M CHI ỦY",
          "Write 'T/M CHI ỦY' as 'Ký thay mặt' in 'Thông tin' once the chi ủy is elected ({source}).", "party", "Điều lệ Đảng, Điều 24"),
    Entry("fee-unpaid", W, "{value} chưa đóng đảng phí {count} tháng trong năm (tháng {months})",
          "Ghi các tháng đã đóng ở trang 'Đảng phí'; chi bộ xem xét đề nghị xóa tên nếu không có lý do chính đáng ({source}).",
          "{value} has paid no party fee for {count} months of the year (months {months})",
          "Record the months paid in 'Đảng phí'; without good reason the cell proposes removal ({source}).", "party", "Quy định 01-QĐ/TW"),
    Entry(
        "excellent-over-quota",
        W,
        "{excellent} đảng viên xuất sắc, vượt {limit}% số hoàn thành tốt nhiệm vụ ({good})",
        "Xem lại xếp loại ({source}).",
        "{excellent} rated excellent, over {limit}% of those rated good ({good})",
        "Review the ratings ({source}).",
        "party",
        "Quy định về kiểm điểm, đánh giá, xếp loại",
    ),
    Entry(
        "rated-but-exempt",
        W,
        "{value} được xếp loại nhưng {why}",
        "Để trống hoặc ghi 'Chưa xếp loại' ({source}).",
        "{value} is rated but {why}",
        "Leave it empty or write 'Chưa xếp loại' ({source}).",
        "party",
        "Quy định về kiểm điểm, đánh giá, xếp loại",
    ),
    Entry(
        "meeting-month-missing",
        W,
        "Tháng {month} không có buổi sinh hoạt thường kỳ",
        "Ghi buổi sinh hoạt của tháng {month} vào trang 'Sinh hoạt' ({source}).",
        "Month {month} has no regular meeting",
        "Record that month's meeting in 'Sinh hoạt' ({source}).",
        "party",
        "Điều lệ Đảng, Điều 24",
    ),
    Entry(
        "thematic-quarter-missing",
        W,
        "Quý {quarter} không có buổi sinh hoạt chuyên đề",
        "Ghi buổi sinh hoạt chuyên đề của quý {quarter} ({source}).",
        "Quarter {quarter} has no thematic meeting",
        "Record that quarter's thematic meeting ({source}).",
        "party",
        "Hướng dẫn 12-HD/BTCTW",
    ),
    Entry(
        "cell-too-small",
        W,
        "Chi bộ chỉ có {official} đảng viên chính thức (cần ít nhất 3)",
        "Báo cáo cấp ủy cấp trên ({source}).",
        "The cell has only {official} official members (3 needed)",
        "Tell the superior committee ({source}).",
        "party",
        "Điều lệ Đảng, Điều 24",
    ),
    Entry(
        "badge-due",
        N,
        "{value} đủ {years} năm tuổi Đảng trong năm {year}",
        "Đề nghị trao tặng Huy hiệu {years} năm tuổi Đảng ({source}).",
        "{value} reaches {years} years of membership in {year}",
        "Propose the {years}-year party badge ({source}).",
        "party",
        "Điều lệ Đảng, Điều 5",
    ),
    # --- a document about to be made -----------------------------------------------------------
    Entry(
        "document-legacy-text",
        E,
        "'{header}' gõ bằng bảng mã cũ sẽ in sai trong văn bản",
        "Sửa ô thành chữ Unicode: '{converted}'.",
        "'{header}' is in a legacy encoding and would print garbled in the document",
        "Retype the cell in Unicode: '{converted}'.",
        "document",
    ),
)

# fmt: on
CODES: dict[str, Entry] = {e.code: e for e in _ENTRIES}
assert len(CODES) == len(_ENTRIES), "a code is declared twice"
