"""The `Hướng dẫn` sheet of the standard workbook: what the book is for, the commands of her year
in order, and what each sheet holds. It prints on one A4 page wide, every row as tall as its text
(xlsxwriter writes no heights of its own, and a wrapped row left at the default paints over the
next in print)."""

from __future__ import annotations

from typing import Any

from xlkit.vocab import schema, words
from xlkit.workbooks.formats import Styles, row_height

FIRST_WIDTH, SECOND_WIDTH = 18, 74  # 92 units: within A4 portrait's width at 100 %

# (kind, first column, second column); {year} is the workbook's year. A "wide" line spans both.
GUIDE: tuple[tuple[str, str, str], ...] = (
    ("title", "HƯỚNG DẪN GHI SỔ CHI BỘ NĂM {year}", ""),
    (
        "wide",
        "Sổ này dùng cho một chi bộ trong một năm. Ghi đúng tên trang và tên cột; có thể thêm "
        "trang, thêm cột riêng (xlkit bỏ qua).",
        "",
    ),
    (
        "step",
        "1. Ghi sổ",
        "Điền từng trang theo hướng dẫn dưới đây. Ô có danh sách thả xuống thì chọn trong danh "
        "sách; ngày ghi dạng dd/mm/yyyy.",
    ),
    (
        "step",
        "2. Kiểm tra",
        "Mở cửa sổ lệnh (Windows: Command Prompt; xem README) tại thư mục chứa sổ và gõ: xlkit "
        "check — mỗi lỗi kèm trang, ô và cách sửa. Thêm --annotate để có một bản sao của sổ tô "
        "màu các ô có lỗi, mỗi ô kèm lời nhắc; sửa trong sổ này, không sửa trong bản sao.",
    ),
    (
        "step",
        "3. Sửa nhanh",
        "Gõ: xlkit fix — ghi một bản sao đã sửa những lỗi máy sửa được (ngày hoặc số gõ dạng chữ, "
        "bảng mã cũ TCVN3/VNI, Unicode tổ hợp, dấu cách thừa). Xem lại bản sao; khi đã ưng, cất "
        "sổ này đi và đặt bản sao vào chỗ của nó.",
    ),
    (
        "step",
        "4. Báo cáo",
        "Gõ: xlkit report {year}-H1 (6 tháng đầu năm), {year}-H2, hoặc {year} (cả năm); thêm -o "
        "bao-cao.docx để có tệp Word.",
    ),
    (
        "step",
        "5. Gửi",
        "Gõ: xlkit pack {year}-H1 để đóng gói sổ và báo cáo, rồi xlkit mail {year}-H1 --to <địa "
        "chỉ> để gửi cấp ủy cấp trên.",
    ),
    (
        "step",
        "6. Kế hoạch",
        "Gõ: xlkit plan {year} (kế hoạch hoạt động năm); thêm --kind nhiem-vu, chuyen-de hoặc "
        "toan-khoa cho các kế hoạch khác. "
        "Lời văn ghi ở trang Nội dung báo cáo với Kỳ KH-{year}, NV-{year}, CD-{year} hoặc CT.",
    ),
    (
        "step",
        "7. Việc trong năm",
        "Đầu mỗi tháng, gõ: xlkit agenda — việc sắp đến hạn (dự bị, huy hiệu, đảng phí, sinh hoạt, "
        "báo cáo). Sau buổi sinh hoạt: xlkit meeting <ngày họp> để có dự thảo biên bản (thêm "
        "--kind nghi-quyet cho nghị quyết tháng). Tháng 12: xlkit review {year} cho danh sách xếp "
        "loại, --kind bao-cao và --kind phieu cho báo cáo kiểm điểm và phiếu từng đảng viên.",
    ),
    (
        "step",
        "8. Năm mới",
        "Cuối năm, gõ: xlkit new --from <sổ năm {year}> để tạo sổ năm sau, mang sang đảng viên, "
        "chỉ tiêu và chương trình toàn khóa.",
    ),
)


def write_guide(book: Any, styles: Styles, year: int) -> None:
    sheet = book.add_worksheet(words.GUIDE)
    sheet.set_paper(9)  # A4
    sheet.set_portrait()
    sheet.set_margins(left=0.5, right=0.4, top=0.6, bottom=0.6)
    sheet.fit_to_pages(1, 0)  # one page wide, as long as it takes
    sheet.set_column(0, 0, FIRST_WIDTH, styles.step)
    sheet.set_column(1, 1, SECOND_WIDTH, styles.text)
    whole = FIRST_WIDTH + SECOND_WIDTH
    row = 0
    for kind, first_text, second_text in GUIDE:
        first, second = first_text.format(year=year), second_text.format(year=year)
        if kind == "title":
            sheet.merge_range(row, 0, row, 1, first, styles.title)
            sheet.set_row(row, 24)
        elif kind == "wide":
            sheet.merge_range(row, 0, row, 1, first, styles.wide)
            sheet.set_row(row, row_height((first, whole)))
        else:
            sheet.write_string(row, 0, first, styles.step)
            sheet.write_string(row, 1, second, styles.text)
            sheet.set_row(row, row_height((first, FIRST_WIDTH), (second, SECOND_WIDTH)))
        row += 1
    row += 1
    sheet.merge_range(row, 0, row, 1, "Các trang của sổ", styles.title)
    sheet.set_row(row, 24)
    row += 1
    for spec in schema.SHEETS:
        required = [c.header for c in spec.columns if c.required]
        needed = f" Cột bắt buộc: {', '.join(required)}." if required else ""
        text = f"{spec.help}{needed}"
        sheet.write_string(row, 0, spec.name, styles.step)
        sheet.write_string(row, 1, text, styles.text)
        sheet.set_row(row, row_height((spec.name, FIRST_WIDTH), (text, SECOND_WIDTH)))
        row += 1
    sheet.print_area(0, 0, row - 1, 1)
