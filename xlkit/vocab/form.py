"""The party's rules of form (thể thức văn bản), dated like the party rules: which regulation sets
each part of a document's layout, from when, with the values xlkit takes from it.

Hướng dẫn 36-HD/VPTW (03/4/2018) applies to a document dated before 27/5/2026; Hướng dẫn
05-HD/VPTW (27/5/2026), reported as its successor, from that day. HD 05's text could not be read
here (../shared/notes/year-cycle.md §5): every value from it is marked unconfirmed, and a value
changes only where a source says so. Quy định 399-QĐ/TW (09/01/2026) replaced Quy định 66-QĐ/TW on
the kinds of document and who issues them; it sets no layout value xlkit prints.

`render/layout.py` takes the values in force on a document's date; `xlkit rules` lists them all;
`[layout]` in xlkit.toml still overrides any value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

HD36 = "Hướng dẫn 36-HD/VPTW (03/4/2018)"
HD05 = "Hướng dẫn 05-HD/VPTW (27/5/2026)"
HD05_FROM = date(2026, 5, 27)
HD36_TO = date(2026, 5, 26)
HD36_FROM = date(2018, 4, 3)


@dataclass(frozen=True)
class FormRule:
    """One dated entry of a rule of form: what it governs, its source, its days, its values."""

    code: str  # the catalogue's `form.<code>` says what it governs
    source: str
    valid_from: date
    valid_to: date | None = None
    values: Mapping[str, Any] = field(default_factory=dict)  # Layout field -> value
    said: str = ""  # what it asks that is not a number (a form of words)
    # values (or "valid_from", or "said") not confirmed against the regulation's text
    unconfirmed: tuple[str, ...] = ()

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


_HEADER = {
    "motto_size": 15,
    "superior_size": 14,
    "cell_size": 14,
    "number_size": 14,
    "place_date_size": 14,
    "title_size": 16,
    "summary_size": 14,
}

FORM_RULES: tuple[FormRule, ...] = (
    FormRule(
        "page",
        f"{HD36}, phần chung",
        HD36_FROM,
        HD36_TO,
        {"page_width": 210, "page_height": 297, "font": "Times New Roman"},
        "A4; phông Unicode TCVN 6909:2001",
    ),
    FormRule(
        "page",
        HD05,
        HD05_FROM,
        None,
        {"page_width": 210, "page_height": 297, "font": "Times New Roman"},
        "A4; phông Unicode TCVN 6909:2001",
        ("valid_from", "page_width", "page_height", "font"),
    ),
    FormRule(
        "margins",
        HD36,
        HD36_FROM,
        HD36_TO,
        # HD 36's own table was not read: the low ends of NĐ 30/2020's state ranges
        {"margin_top": 20, "margin_bottom": 20, "margin_left": 30, "margin_right": 15},
        unconfirmed=("margin_top", "margin_bottom", "margin_left", "margin_right"),
    ),
    FormRule(
        "margins",
        HD05,
        HD05_FROM,
        None,
        {"margin_top": 20, "margin_bottom": 20, "margin_left": 30, "margin_right": 15},
        unconfirmed=("valid_from", "margin_top", "margin_bottom", "margin_left", "margin_right"),
    ),
    FormRule(
        "header",
        f"{HD36}, Phụ lục 3",
        HD36_FROM,
        HD36_TO,
        _HEADER,
        "Số 01-KH/CB, không có dấu hai chấm; địa danh, ngày tháng năm in nghiêng",
    ),
    FormRule(
        "header",
        HD05,
        HD05_FROM,
        None,
        _HEADER,
        "Số 01-KH/CB, không có dấu hai chấm; địa danh, ngày tháng năm in nghiêng",
        ("valid_from", *_HEADER, "said"),
    ),
    FormRule(
        "body",
        f"{HD36}, Phụ lục 3",
        HD36_FROM,
        HD36_TO,
        # 14-15 pt is HD 36's; the indent and the spacing between lines are xlkit's choice
        {"body_size": 14, "first_line_indent": 10, "line_spacing": 1.2, "line_spacing_pt": 0},
        unconfirmed=("first_line_indent", "line_spacing"),
    ),
    FormRule(
        "body",
        HD05,
        HD05_FROM,
        None,
        {"body_size": 14, "first_line_indent": 10, "line_spacing_pt": 19},
        unconfirmed=("valid_from", "body_size", "first_line_indent", "line_spacing_pt"),
    ),
    FormRule(
        "numbering",
        f"{HD36}, điểm 1.3",
        HD36_FROM,
        HD36_TO,
        said="số ghi từ 01 cho mỗi tên loại văn bản trong một nhiệm kỳ cấp ủy",
    ),
    FormRule(
        "numbering",
        HD05,
        HD05_FROM,
        None,
        said="số ghi từ 01 cho mỗi tên loại văn bản trong một nhiệm kỳ; đại hội chi bộ đánh số "
        "riêng",
        unconfirmed=("valid_from", "said"),
    ),
    FormRule(
        "signing",
        f"{HD36}, điểm 1.7",
        HD36_FROM,
        HD36_TO,
        said="văn bản của tập thể ký thay mặt: T/M CHI BỘ, T/M CHI ỦY",
    ),
    FormRule(
        "signing",
        HD05,
        HD05_FROM,
        None,
        said="chi bộ không có dấu, ký T/M CHI BỘ; biên bản: NGƯỜI GHI BIÊN BẢN (trái), CHỦ TRÌ "
        "HỘI NGHỊ (phải)",
        unconfirmed=("valid_from", "said"),
    ),
    FormRule(
        "recipients",
        HD05,
        HD05_FROM,
        None,
        said="'Nơi nhận' gạch chân; dòng cuối 'Lưu Chi bộ.' (không có dấu hai chấm)",
        unconfirmed=("valid_from", "said"),
    ),
    FormRule(
        "kinds",
        "Quy định 66-QĐ/TW (06/02/2017)",
        date(2017, 2, 6),
        date(2026, 1, 8),
        said="thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
    ),
    FormRule(
        "kinds",
        "Quy định 399-QĐ/TW (09/01/2026), thay Quy định 66-QĐ/TW",
        date(2026, 1, 9),
        None,
        said="thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng, từ Trung ương đến chi "
        "bộ; bảng thể loại chi bộ được ban hành (Điều 11, 13) chưa đọc được",
        unconfirmed=("said",),
    ),
)


def values_on(day: date | None) -> dict[str, Any]:
    """The layout values of the rules of form in force on DAY (a document's date); none for no
    day."""
    if day is None:
        return {}
    chosen: dict[str, Any] = {}
    for rule in FORM_RULES:
        if rule.in_force_on(day):
            chosen.update(rule.values)
    return chosen
