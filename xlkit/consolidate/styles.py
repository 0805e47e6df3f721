"""The consolidated workbook's cell formats, made once per workbook: a status's colour, a level's
colour, counts, shares as 0,0 % (the separator is the reader's locale's: a comma in Vietnamese)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from xlkit.consolidate.rows import (
    ERRORS,
    MISSING,
    OK,
    OTHER_PERIOD,
    OTHER_YEAR,
    TAMPERED,
    UNREADABLE,
    WARNINGS,
)

# Excel's own "good", "neutral" and "bad" fills, which a clerk recognises
GREEN, YELLOW, RED, GREY, ORANGE = "#C6EFCE", "#FFEB9C", "#FFC7CE", "#D9D9D9", "#F8CBAD"
STATUS_FILLS = {
    OK: GREEN,
    WARNINGS: YELLOW,
    ERRORS: RED,
    UNREADABLE: RED,
    TAMPERED: RED,
    MISSING: GREY,
    OTHER_YEAR: ORANGE,
    OTHER_PERIOD: ORANGE,
}
LEVEL_FILLS = {"error": RED, "warning": YELLOW, "note": GREY}
SHARE = "0.0%"
COUNT = "#,##0"


@dataclass(frozen=True)
class Styles:
    title: Any
    subtitle: Any
    header: Any
    header_top: Any
    header_bottom: Any
    text: Any
    count: Any
    share: Any
    decimal: Any
    total: Any
    total_share: Any
    status: dict[str, Any]
    level: dict[str, Any]
    wrapped: Any
    heading: Any
    note: Any


def styles(book: Any) -> Styles:
    base = {"font_name": "Times New Roman", "font_size": 11, "valign": "vcenter"}

    def made(**extra: Any) -> Any:
        return book.add_format({**base, **extra})

    cell = {"border": 1}
    return Styles(
        title=made(bold=True, font_size=14, align="center"),
        subtitle=made(italic=True, align="center"),
        header=made(bold=True, align="center", text_wrap=True, bg_color="#DDEBF7", **cell),
        header_top=made(bg_color="#DDEBF7", top=1, left=1, right=1),
        header_bottom=made(
            bold=True, align="center", text_wrap=True, bg_color="#DDEBF7", bottom=1, left=1, right=1
        ),
        text=made(text_wrap=True, **cell),
        count=made(num_format=COUNT, **cell),
        share=made(num_format=SHARE, **cell),
        decimal=made(num_format="0.0", **cell),
        total=made(bold=True, num_format=COUNT, text_wrap=True, bg_color="#F2F2F2", **cell),
        total_share=made(bold=True, num_format=SHARE, bg_color="#F2F2F2", **cell),
        status={k: made(text_wrap=True, bg_color=v, **cell) for k, v in STATUS_FILLS.items()},
        level={k: made(bg_color=v, **cell) for k, v in LEVEL_FILLS.items()},
        wrapped=made(text_wrap=True, valign="top", **cell),
        heading=made(bold=True),
        note=made(italic=True, text_wrap=True, valign="top"),
    )
