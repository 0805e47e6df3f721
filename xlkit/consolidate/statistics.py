"""`Thống kê`: the tables a committee compiles from its cells, summed over the cells counted.

Part I, the increases and decreases of members, follows Biểu 1-BTCTW (HD 11-HD/BTCTW,
13/12/2021) as a public implementation of the form lays it out (notes/year-cycle.md §4): members
at the start, increases (admitted, transferred in), decreases (deceased, left the party,
transferred out), at the end. That it matches HD 11's own text is unconfirmed, and the form's
"cùng kỳ năm trước" column is left out: a workbook holds one year. The members' make-up, the
development of the party and the ratings follow the indicators of spec/indicators.md, as a
committee's report counts them; no published form for them was found.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xlkit.consolidate.overview import capital, put
from xlkit.consolidate.rows import AT_START
from xlkit.vocab.keys import AGE_BANDS, BY_KEY
from xlkit.vocab.words import EDUCATION_LEVELS, RATING_KEYS, THEORY_LEVELS

if TYPE_CHECKING:
    from xlkit.consolidate.run import RolledUp
    from xlkit.consolidate.styles import Styles

SOURCE_NOTE = (
    "Phần I theo khuôn Biểu 1-BTCTW (Hướng dẫn 11-HD/BTCTW ngày 13/12/2021) như một phần mềm "
    "công khai dựng lại, chưa đối chiếu được với văn bản gốc; không có cột “cùng kỳ năm trước” "
    "vì mỗi sổ chỉ giữ một năm. Phần II-IV theo các chỉ số của sổ chi bộ."
)


@dataclass(frozen=True)
class Line:
    number: str  # "I", "1", "2.1", "-"
    text: str
    value: float | None = None
    of: float | None = None  # the whole a share is taken of; None: no share
    heading: bool = False


def lines(totals: Mapping[str, float | None]) -> list[Line]:
    t = totals.get
    total = t("members.total")
    increases = _sum(t("members.admitted"), t("members.transferred_in"))
    decreases = _sum(t("members.deceased"), t("members.removed"), t("members.transferred_out"))
    rated = _sum(*(t(f"ratings.{k}") for k in RATING_KEYS if k != "chua_xep_loai"))
    out = [
        Line("I", "TĂNG, GIẢM ĐẢNG VIÊN", heading=True),
        Line("1", "Đảng viên đầu kỳ", t(AT_START)),
        Line("2", "Tăng trong kỳ", increases),
        Line("2.1", "Kết nạp", t("members.admitted")),
        Line("2.2", "Chuyển đến", t("members.transferred_in")),
        Line("3", "Giảm trong kỳ", decreases),
        Line("3.1", "Từ trần", t("members.deceased")),
        Line("3.2", "Ra khỏi Đảng (khai trừ, xóa tên, xin ra)", t("members.removed")),
        Line("3.3", "Chuyển đi", t("members.transferred_out")),
        Line("4", "Đảng viên cuối kỳ", total),
        Line("-", "Trong đó đảng viên dự bị", t("members.probationary"), total),
        Line("II", "CƠ CẤU ĐẢNG VIÊN CUỐI KỲ", heading=True),
        Line("1", "Nữ", t("members.women"), total),
        Line("2", "Dân tộc thiểu số", t("members.ethnic_minority"), total),
        Line("3", "Có đạo", t("members.religious"), total),
        Line("4", "Miễn sinh hoạt", t("members.exempt"), total),
        Line("5", "Độ tuổi", heading=True),
        *(
            Line(f"5.{i}", vi, t(f"members.age.{k}"), total)
            for i, (k, (vi, *_)) in enumerate(AGE_BANDS.items(), start=1)
        ),
        Line("6", "Trình độ chuyên môn", heading=True),
        *(
            Line(f"6.{i}", v, t(f"members.education.{k}"), total)
            for i, (k, v) in enumerate(EDUCATION_LEVELS.items(), start=1)
        ),
        Line("7", "Lý luận chính trị", heading=True),
        *(
            Line(f"7.{i}", v, t(f"members.theory.{k}"), total)
            for i, (k, v) in enumerate(THEORY_LEVELS.items(), start=1)
        ),
        Line("III", "PHÁT TRIỂN ĐẢNG", heading=True),
        *(
            Line(str(i), BY_KEY[k].vi, t(k))
            for i, k in enumerate(
                (
                    "development.trained",
                    "development.dossiers",
                    "members.admitted",
                    "members.confirmed",
                ),
                start=1,
            )
        ),
        Line("IV", "XẾP LOẠI ĐẢNG VIÊN", heading=True),
        *(
            Line(str(i), v, t(f"ratings.{k}"), rated if k != "chua_xep_loai" else None)
            for i, (k, v) in enumerate(RATING_KEYS.items(), start=1)
        ),
    ]
    return out


def _sum(*values: float | None) -> float | None:
    known = [v for v in values if v is not None]
    return float(sum(known)) if known else None


HEADER = ["TT", "Nội dung", "Số lượng", "Tỷ lệ", "Ghi chú"]


def write_statistics(sheet: Any, styles: Styles, rolled: RolledUp) -> None:
    counted = sum(1 for r in rolled.rows if r.counted)
    sheet.merge_range(0, 0, 0, 4, "THỐNG KÊ ĐẢNG VIÊN CỦA CÁC CHI BỘ", styles.title)
    sheet.merge_range(
        1,
        0,
        1,
        4,
        f"{capital(rolled.period.label())} · số liệu của {counted} chi bộ có sổ hợp lệ",
        styles.subtitle,
    )
    for i, (text, width) in enumerate(zip(HEADER, (6, 52, 11, 9, 22), strict=True)):
        sheet.set_column(i, i, width)
        sheet.write(3, i, text, styles.header)
    r = 4
    for line in lines(rolled.totals):
        style = styles.total if line.heading else styles.count
        put(sheet, r, 0, line.number, styles.total if line.heading else styles.text)
        put(sheet, r, 1, line.text, styles.total if line.heading else styles.text)
        put(sheet, r, 2, line.value, style)
        share = line.value / line.of if line.value is not None and line.of else None
        put(sheet, r, 3, share, styles.share)
        put(sheet, r, 4, None, styles.text)
        r += 1
    sheet.merge_range(r + 1, 0, r + 1, 4, SOURCE_NOTE, styles.note)
    sheet.set_row(r + 1, 48)
    sheet.set_paper(9)
    sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(3)
    sheet.print_area(0, 0, r + 1, 4)
