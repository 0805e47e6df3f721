"""A figure typed with its unit ("04 đ/c", "80 em") or a percentage with its base ("85%/TSGV đăng
ký") is read as the figure and printed back as typed; a unit she types is kept."""

from __future__ import annotations

import pytest

from xlkit.documents.phrases import stated
from xlkit.read.values import type_value
from xlkit.text.vn import quantity
from xlkit.vocab import schema
from xlkit.vocab.words import TARGETS


@pytest.mark.parametrize(
    ("typed", "value", "unit", "base", "printed"),
    [
        ("04 đ/c", 4.0, "đ/c", "", "04"),
        ("80 em", 80.0, "em", "", "80"),
        ("2-3 giáo viên", 2.0, "giáo viên", "", "2-3"),
        ("trên 85%/TSGV đăng ký", 85.0, "", "TSGV đăng ký", "trên 85%/TSGV đăng ký"),
        ("85 % / tổng số", 85.0, "", "tổng số", "85%/tổng số"),
    ],
)
def test_a_figure_typed_with_its_unit_or_base(
    typed: str, value: float, unit: str, base: str, printed: str
) -> None:
    column = schema.BY_NAME[TARGETS].column("Kế hoạch năm")
    read, findings = type_value(column, typed, TARGETS, "F2")
    assert (findings, float(read), read.unit, read.base) == ([], value, unit, base)
    assert quantity(read, unit) == printed


@pytest.mark.parametrize("typed", ["12 tháng 5", "04 đ/c 5", "98% đạt", "85%/", "04 /c"])
def test_words_with_a_digit_or_a_stray_mark_are_not_a_unit(typed: str) -> None:
    column = schema.BY_NAME[TARGETS].column("Kế hoạch năm")
    read, findings = type_value(column, typed, TARGETS, "F2")
    assert read is None and [f.code for f in findings] == ["value-not-amount"]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("khối", "khối"), ("  quần   chúng ", "quần chúng"), ("cuộc", "cuộc"), ("Đ/C", "đ/c")],
)
def test_a_unit_she_types_is_kept(typed: str, kept: str) -> None:
    column = schema.BY_NAME[TARGETS].column("Đơn vị tính")
    assert type_value(column, typed, TARGETS, "D2") == (kept, [])


def test_her_unit_wins_over_the_columns_when_the_figure_is_said() -> None:
    column = schema.BY_NAME[TARGETS].column("Kế hoạch năm")
    read, _ = type_value(column, "04 đ/c", TARGETS, "F2")
    assert (stated(read, "người"), stated(read, "")) == ("04 đ/c", "04 đ/c")
    share, _ = type_value(column, "trên 85%/TSGV đăng ký", TARGETS, "F2")
    assert stated(share, "%") == "trên 85%/TSGV đăng ký"
