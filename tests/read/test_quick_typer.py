"""The quick typer of text takes a value as it stands only when typing would leave it so."""

from __future__ import annotations

import sys

import pytest

from xlkit.read.values import SLOW, quick_typer, type_value
from xlkit.vocab.columns import Column

NAME = Column("Họ và tên")
SPACES = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()]


def test_every_kind_of_space_but_one_between_words_is_left_to_the_typer() -> None:
    quick = quick_typer(NAME)
    assert len(SPACES) > 20  # tab, breaks, NBSP, the ideographic space …
    for space in SPACES:
        inside = quick(f"Lê{space}An")
        assert inside == "Lê An" if space == " " else inside is SLOW, repr(space)
        for text in (f"{space}Lê", f"Lê{space}", f"Lê {space}An"):
            assert quick(text) is SLOW, repr(text)


@pytest.mark.parametrize("value", ["Lê Văn An", "Le Van An", "Giáo viên", "a", "Tổ 3 - Khối 9"])
def test_a_tidy_value_is_what_the_typer_gives(value: str) -> None:
    assert quick_typer(NAME)(value) == type_value(NAME, value, "Đảng viên", "B2")[0] == value


@pytest.mark.parametrize("value", ["", "Lê  An", "Le\u0302 An", "Hµ Néi"])
def test_empty_untidy_decomposed_or_legacy_text_is_left_to_the_typer(value: str) -> None:
    assert quick_typer(NAME)(value) is SLOW
