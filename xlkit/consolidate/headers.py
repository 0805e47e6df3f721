"""The roll-up workbook's sheets and headers: written by table.py, read back by readback.py (a
figure's header carries its key, which is what is read back)."""

from __future__ import annotations

from xlkit.vocab.keys import BY_KEY

SUMMARY, FINDINGS, ABOUT = "Tổng hợp", "Lỗi", "Thông tin"
NAME, SUPERIOR, SOURCE, STATUS, NOTE, TARGETS = (
    "Chi bộ",
    "Đảng bộ cấp trên",
    "Nguồn",
    "Tình trạng",
    "Ghi chú",
    "Chỉ tiêu đạt",
)
TOTAL = "Tổng cộng"
PERIOD_LABEL = "Kỳ"  # in ABOUT: the period a roll-up was made for, checked one level up


HIDDEN_LABELS = {
    "meetings.present": "Lượt đảng viên có mặt sinh hoạt",
    "meetings.called": "Lượt đảng viên phải dự sinh hoạt",
    "targets.assessed": "Số chỉ tiêu đã đến kỳ đánh giá",
}


def label(key: str) -> str:
    """A figure's column header: its Vietnamese label with the key, which is what is read back."""
    return f"{BY_KEY[key].vi if key in BY_KEY else HIDDEN_LABELS[key]} [{key}]"
