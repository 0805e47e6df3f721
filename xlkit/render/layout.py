"""Every layout value of a party document (.docx), in one place (spec/format.md).

The defaults are Hướng dẫn 36-HD/VPTW's (2018); a document takes the values of the rules of form
in force on its date (vocab/form.py: HD 05-HD/VPTW from 27/5/2026), then those of the `[layout]`
table of `xlkit.toml`, so that a successor regulation changes values, not code. Lengths are
millimetres, sizes points.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from xlkit.vocab.form import values_on


@dataclass(frozen=True)
class Layout:
    font: str = "Times New Roman"
    page_width: float = 210
    page_height: float = 297
    # margins: the state-document ranges (NĐ 30/2020: 20-25 / 20-25 / 30-35 / 15-20 mm); HD 36's own
    # table could not be confirmed, so these are defaults to set in xlkit.toml [layout]
    margin_top: float = 20
    margin_bottom: float = 20
    margin_left: float = 30
    margin_right: float = 15
    page_numbers_from: int = 2  # [?] centred at the top, from page 2
    header_left_width: float = 75  # the two columns of the header block
    superior_size: float = 14
    cell_size: float = 14
    number_size: float = 14
    motto_size: float = 15
    place_date_size: float = 14
    title_size: float = 16  # 15-16
    summary_size: float = 14  # 14-15
    body_size: float = 14  # HD 36 Phụ lục 3: 14-15
    first_line_indent: float = 10  # about 1 cm
    line_spacing: float = 1.2  # about 1.15 to 1.5
    line_spacing_pt: float = 0  # an exact line height in points (HD 05: 19); 0: line_spacing
    space_after: float = 6
    table_size: float = 13  # 12-13
    recipients_label_size: float = 14
    recipients_size: float = 12
    signature_size: float = 14
    signature_room_lines: int = 4  # empty lines left to sign

    @property
    def text_width(self) -> float:
        return self.page_width - self.margin_left - self.margin_right


class LayoutError(ValueError):
    """A `[layout]` setting that is not one: `key` is the catalogue line, `fields` what it says."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key, args)
        self.key, self.fields = key, args


def layout_from(settings: dict[str, Any] | None = None, day: date | None = None) -> Layout:
    """The default layout with the rules of form in force on DAY (the document's date), then the
    values of SETTINGS (xlkit.toml › [layout]), put in.

    A misspelled key is refused with the closest valid one, never silently ignored.
    """
    names = [f.name for f in fields(Layout)]
    chosen: dict[str, Any] = {}
    for key, value in (settings or {}).items():
        name = key.replace("-", "_")
        if name not in names:
            closest = difflib.get_close_matches(name, names, n=1, cutoff=0.0)[0]
            raise LayoutError("err.config-key", table="layout", name=key, closest=closest)
        default = getattr(Layout(), name)
        if isinstance(default, str):
            chosen[name] = str(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            chosen[name] = (
                type(default)(value)
                if isinstance(default, int) and float(value).is_integer()
                else value
            )
        else:
            raise LayoutError("err.layout-value", name=key)
    return replace(replace(Layout(), **values_on(day)), **chosen)
