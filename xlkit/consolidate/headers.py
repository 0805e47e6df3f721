"""The consolidated workbook's sheets and the words a clerk reads in them: written by table.py and
its sheets, read back by readback.py.

A person reads `Tổng hợp` (the figures a committee's report uses), `Chỉ số` (every figure),
`Thống kê`, `Biểu đồ`, `Lỗi` and `Thông tin`. What a roll-up one level up reads is the key of each
column of `Chỉ số`, in its first row, hidden: never in a header a person reads. A roll-up made
before (keys in brackets in the headers of `Tổng hợp`) still reads.
"""

from __future__ import annotations

from xlkit.messages import say
from xlkit.vocab.keys import BY_KEY

SUMMARY, FIGURES, STATISTICS, CHARTS, FINDINGS, ABOUT = (
    "Tổng hợp",
    "Chỉ số",
    "Thống kê",
    "Biểu đồ",
    "Lỗi",
    "Thông tin",
)
# a year's roll-up: every member of every cell counted, with the rating the cell proposes
RATED = "Xếp loại đảng viên"
RATED_HEADER = ["Chi bộ", "Đảng bộ cấp trên", "Họ và tên", "Điểm", "Xếp loại đề nghị", "Ghi chú"]
NAME, SUPERIOR, UNIT, SOURCE, STATUS, NOTE, TARGETS = (
    "Chi bộ",
    "Đảng bộ cấp trên",
    "Đơn vị",
    "Nguồn",
    "Tình trạng",
    "Ghi chú",
    "Chỉ tiêu đạt",
)
TOTAL = "Tổng cộng"
PERIOD_LABEL = "Kỳ"  # in ABOUT: the period a roll-up was made for, checked one level up

# `Chỉ số`'s hidden first row: the key of each column a roll-up one level up reads
CELL_KEYS = {
    "cell.name": NAME,
    "cell.superior": SUPERIOR,
    "cell.unit": UNIT,
    "cell.symbol": "Ký hiệu",
    "cell.source": SOURCE,
    "cell.status": STATUS,
    "cell.note": NOTE,
}

HIDDEN_LABELS = {
    "meetings.present": "Lượt đảng viên có mặt sinh hoạt",
    "meetings.called": "Lượt đảng viên phải dự sinh hoạt",
    "targets.assessed": "Số chỉ tiêu đã đến kỳ đánh giá",
    "members.at_start": "Đảng viên đầu kỳ",
}

FINDINGS_HEADER = [NAME, "Tệp", "Mức", "Mã", "Trang tính", "Ô", "Nội dung"]


def label(key: str) -> str:
    """A figure's column header: its Vietnamese label."""
    return BY_KEY[key].vi if key in BY_KEY else HIDDEN_LABELS[key]


def bracketed(key: str) -> str:
    """A figure's header in a roll-up made before the keys were hidden: `Tổng số đảng viên
    [members.total]`."""
    return f"{label(key)} [{key}]"


LEVEL_LINES = {
    "error": "rollup.level.error",
    "warning": "rollup.level.warning",
    "note": "rollup.level.note",
}
LEVELS = tuple(LEVEL_LINES)


def level_words(severity: str) -> str:
    """`error` -> `Lỗi`: a finding's level as the `Lỗi` sheet says it (and reads it back)."""
    return _LEVEL_WORDS.get(severity, severity)


_LEVEL_WORDS = {severity: say(line, "vi") for severity, line in LEVEL_LINES.items()}
