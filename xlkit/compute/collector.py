"""An indicator with its provenance (its sheet and rows), and the collector figures are added to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any, NamedTuple

from xlkit.read.records import Row
from xlkit.vocab import keys


class Indicator(NamedTuple):
    key: str
    value: Any
    sheet: str
    rows: tuple[int, ...] = ()
    label_vi: str = ""
    label_en: str = ""

    def label(self, lang: str = "vi") -> str:
        return self.label_en if lang == "en" else self.label_vi

    def as_dict(self, lang: str = "vi") -> dict[str, Any]:
        value = round(self.value, 2) if isinstance(self.value, float) else self.value
        return {
            "key": self.key,
            "label": self.label(lang),
            "value": value,
            "source": {"sheet": self.sheet, "rows": list(self.rows)},
        }


_NUMBER = attrgetter("number")


class Collector:
    def __init__(self) -> None:
        self.items: dict[str, Indicator] = {}

    def add(
        self,
        key: str,
        value: Any,
        sheet: str,
        rows: Iterable[Row] = (),
        vi: str = "",
        en: str = "",
        numbers: Iterable[int] = (),
    ) -> None:
        """The figure KEY from ROWS of SHEET (or the rows NUMBERS, of a sheet of fields): their
        numbers gathered in one pass of C, for the ~120 figures of every workbook a roll-up
        reads.
        """
        found = tuple(sorted({*map(_NUMBER, rows), *numbers}))
        known = keys.BY_KEY.get(key)
        self.items[key] = Indicator(
            key,
            value,
            sheet,
            found,
            vi or (known.vi if known else key),
            en or (known.en if known else key),
        )

    def value(self, key: str) -> Any:
        item = self.items.get(key)
        return item.value if item else None


Test = Callable[[Row], bool]


def count_rows(
    out: Collector, key: str, sheet: str, rows: list[Row], test: Test, empty: bool = False
) -> None:
    chosen = [r for r in rows if test(r)]
    out.add(key, None if empty else len(chosen), sheet, chosen)
