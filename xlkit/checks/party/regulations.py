"""The documents the party rules cite, by the day each took effect: a rule's entry runs from one to
the day before the next (notes/regulations.md)."""

from __future__ import annotations

from datetime import date


def dmy(day: int, month: int, year: int) -> date:
    return date(year, month, day)


def day_before(day: date) -> date:
    return date.fromordinal(day.toordinal() - 1)


DIEU_LE = dmy(19, 1, 2011)  # Điều lệ Đảng, as it is applied from the XI Congress
QD29 = dmy(25, 7, 2016)  # Quy định 29-QĐ/TW, thi hành Điều lệ
QD132 = dmy(8, 3, 2018)  # Quy định 132-QĐ/TW, kiểm điểm và đánh giá, xếp loại
HD12 = dmy(6, 7, 2018)  # Hướng dẫn 12-HD/BTCTW, sinh hoạt chi bộ
HD21 = dmy(18, 10, 2019)  # Hướng dẫn 21-HD/BTCTW, kiểm điểm và xếp loại
HD01_2021 = dmy(28, 9, 2021)  # Hướng dẫn 01-HD/TW, thi hành Điều lệ (huy hiệu: mục 18)
QD24 = dmy(30, 7, 2021)  # Quy định 24-QĐ/TW, thi hành Điều lệ
QD124 = dmy(4, 10, 2023)  # Quy định 124-QĐ/TW, kiểm điểm và đánh giá, xếp loại
QD232 = dmy(20, 1, 2025)  # Quy định 232-QĐ/TW, thi hành Điều lệ
QD294 = dmy(1, 7, 2025)  # Quy định 294-QĐ/TW, thi hành Điều lệ
QD366 = dmy(30, 8, 2025)  # Quy định 366-QĐ/TW, kiểm điểm và đánh giá, xếp loại
HD42 = dmy(28, 10, 2025)  # Hướng dẫn 42-HD/BTCTW, sinh hoạt chi bộ
