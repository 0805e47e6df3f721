"""Vietnamese formatting filters and name ordering."""

from __future__ import annotations

from datetime import date as d

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlkit.read.values import _plain, type_value
from xlkit.text import vn
from xlkit.text.legacy import from_legacy, looks_legacy
from xlkit.vocab import schema
from xlkit.vocab.words import FIGURES, THEMATIC


@pytest.mark.parametrize(
    "function, value, expected",
    [
        (vn.count, 1, "01"),
        (vn.count, 9, "09"),
        (vn.count, 10, "10"),
        (vn.count, 0, "0"),
        (vn.count, 1250, "1.250"),
        (vn.percent, 96.578, "96,6%"),
        (vn.percent, 100.0, "100%"),
        (vn.percent, 112.5, "112,5%"),
        (vn.percent, None, "—"),
        (vn.number, 1250, "1.250"),
        (vn.number, 171.5, "171,5"),
        (vn.number, 0.05, "0,1"),
        (vn.long_date, d(2023, 7, 4), "ngày 04 tháng 7 năm 2023"),
        (vn.long_date, d(2026, 1, 9), "ngày 09 tháng 01 năm 2026"),
        (vn.long_date, d(2018, 2, 20), "ngày 20 tháng 02 năm 2018"),
        (vn.long_date, d(2018, 4, 3), "ngày 03 tháng 4 năm 2018"),
        (vn.long_date, d(2023, 12, 31), "ngày 31 tháng 12 năm 2023"),
    ],
)
def test_filter_table(function, value, expected) -> None:
    assert function(value) == expected


def test_ratio() -> None:
    assert vn.ratio(367, 380) == "367/380 đạt 96,6%"
    assert vn.ratio(9, 9) == "09/09 đạt 100%"


def test_names_in_vietnamese_order() -> None:
    names = [
        "Nguyễn Văn Ánh",
        "Trần Thị Anh",
        "Lê Văn Ảnh",
        "Phạm Thị Ăn",
        "Vũ Thị Bình",
        "Hoàng Anh",
        "Đỗ Thị Đào",
        "Nguyễn Thị Dung",
        "Lê Thị Ân",
        "Bùi Văn Hà",
        "Bùi Thị Hà",
    ]
    assert vn.sort_names(names) == [
        "Hoàng Anh",
        "Trần Thị Anh",
        "Lê Văn Ảnh",
        "Nguyễn Văn Ánh",
        "Phạm Thị Ăn",
        "Lê Thị Ân",
        "Vũ Thị Bình",
        "Nguyễn Thị Dung",
        "Đỗ Thị Đào",
        "Bùi Thị Hà",
        "Bùi Văn Hà",
    ]


def test_syllable_by_syllable_not_whole_string() -> None:
    # whole-string tone comparison would put "Hà Anh" after "Ha Bình"; syllables decide first
    assert vn.sort_names(["Nguyễn Thị Hà", "Nguyễn Thị Ha"]) == ["Nguyễn Thị Ha", "Nguyễn Thị Hà"]
    assert vn.sort_names(["Lê Hà Bình", "Lê Ha Bình"]) == ["Lê Ha Bình", "Lê Hà Bình"]
    assert vn.sort_names(["A Ánh", "A Anh", "A Ảnh", "A Ãnh", "A Ành", "A Ạnh"]) == [
        "A Anh",
        "A Ành",
        "A Ảnh",
        "A Ãnh",
        "A Ánh",
        "A Ạnh",
    ]


@given(
    st.lists(
        st.sampled_from(
            [
                "An",
                "Ân",
                "Ấn",
                "Bình",
                "Đào",
                "Dung",
                "Hà",
                "Hạ",
                "Yến",
                "Thị",
                "Văn",
                "Nguyễn",
                "Lê",
            ]
        ),
        min_size=1,
        max_size=4,
    )
)
def test_order_is_total_and_stable_under_normalisation(words) -> None:
    import unicodedata

    name = " ".join(words)
    assert vn.name_key(name) == vn.name_key(unicodedata.normalize("NFD", name))


@pytest.mark.parametrize(
    "text, legacy, unicode",
    [
        ("Tr\xadêng", True, "Trường"),
        ("tröôøng", True, "trường"),
        ("Lª V¨n", True, "Lê Văn"),
        ("NguyÔn ThÞ Thu Hµ", True, "Nguyễn Thị Thu Hà"),  # TCVN3, as Excel shows a .VnTime cell
        ("Hßa B×nh", True, "Hòa Bình"),
        ("CHI Bé TR\xadêNG MÇM NON", True, "CHI BỘ TRƯỜNG MẦM NON"),  # the capital font .VnTimeH
        ("Nguyeãn Thò Thu Haø", True, "Nguyễn Thị Thu Hà"),  # VNI
        ("Vieät Nam", True, "Việt Nam"),
        ("Ñaûng boä xaõ", True, "Đảng bộ xã"),
        ("Nguyễn ThÞ Hµ", True, "Nguyễn Thị Hà"),  # Unicode and TCVN3 in one cell
        ("Trường", False, "Trường"),
        ("Nguyễn Thị Yến", False, "Nguyễn Thị Yến"),
        ("Hà Nội", False, "Hà Nội"),
        ("Bé Na", False, "Bé Na"),
        ("25°C, 100%", False, "25°C, 100%"),
    ],
)
def test_legacy_encoding_detected_and_converted(text, legacy, unicode) -> None:
    assert looks_legacy(text) is legacy
    assert from_legacy(text) == unicode


def test_numbers_with_a_sign_and_both_separators() -> None:
    column = schema.BY_NAME[FIGURES].column("Số đạt")
    assert [
        type_value(column, text, "Số liệu", "D2")[0] for text in ("+5", "1.250,5", "+1,5", "5+")
    ] == [5, 1250.5, 1.5, None]
    assert (_plain(None), _plain(4.0), _plain(2.5)) == ("", "4", "2.5")
    _, (found,) = type_value(schema.BY_NAME[THEMATIC].column("Quý"), 5, "Chuyên đề", "A2")
    assert found.message("vi") == "'Quý' phải từ 1 đến 4"
