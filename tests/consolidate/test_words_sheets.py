"""The roll-up reads the sheets its figures and rules read, and leaves her words (the report's
prose, the monthly plan, the themes) to her own check: a mistake there keeps no figure out of the
totals, and every figure and finding of the sheets read is what a whole reading gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, set_cell

from xlkit.checks import check_book, check_path
from xlkit.checks.party import RULES
from xlkit.compute.indicators import Computed
from xlkit.consolidate.run import roll_up
from xlkit.documents.review import review
from xlkit.read.opening import load, read, typed
from xlkit.vocab.periods import Period
from xlkit.vocab.schema import FIGURE_SHEETS, SHEETS
from xlkit.vocab.words import MONTHLY, PROSE, THEMATIC

H1, YEAR = Period.parse("2023-H1"), Period.parse("2023")


def test_the_sheets_of_words_are_the_three_no_figure_reads() -> None:
    assert [s.name for s in SHEETS if s.words] == [THEMATIC, MONTHLY, PROSE]
    assert len(FIGURE_SHEETS) == len(SHEETS) - 3


@pytest.mark.parametrize("period", [H1, YEAR], ids=str)
def test_the_sheets_read_give_every_figure_and_rule_a_whole_reading_gives(period) -> None:
    whole, _ = load(EXAMPLE)
    figures, found = typed(read(EXAMPLE, sheets=FIGURE_SHEETS))
    assert found == []
    assert figures.rows(PROSE) == figures.rows(MONTHLY) == figures.rows(THEMATIC) == []
    assert whole.rows(PROSE) and whole.rows(MONTHLY) and whole.rows(THEMATIC)  # left, not absent
    assert Computed(figures).values(period) == Computed(whole).values(period)
    words = {PROSE, MONTHLY, THEMATIC}
    assert check_book(figures, period=period, sections=False) == [
        f for f in check_book(whole, period=period, sections=False) if f.sheet not in words
    ]
    assert review(figures, 2023, RULES, today=YEAR.end) == review(
        whole, 2023, RULES, today=YEAR.end
    )


def test_a_mistake_in_her_words_keeps_no_figure_out_of_the_totals(
    make_book, tmp_path: Path
) -> None:
    path = make_book(
        Kế_hoạch_tháng=[{"Tháng": 13, "Nội dung hoạt động": "Họp chi bộ"}],
        Chuyên_đề=[{"Quý": 5, "Chủ đề": "Học tập và làm theo tư tưởng"}],
    )
    set_cell(path, MONTHLY, "C2", '="Tổ "&A2')  # a formula never computed
    # her check says where they are
    assert [(f.severity.value, f.code, f.sheet, f.cell) for f in check_path(path).findings] == [
        ("error", "value-out-of-range", THEMATIC, "A2"),
        ("error", "value-out-of-range", MONTHLY, "A2"),
        ("warning", "formula-no-value", MONTHLY, "C2"),
    ]
    folder = tmp_path / "thu-den"
    folder.mkdir()
    shutil.copy(path, folder / "a.xlsx")
    rolled = roll_up(H1, [folder], jobs=1)
    [row] = rolled.rows
    assert (row.status, row.findings, row.counted) == ("ok", [], True)
    assert row.values["members.total"] == Computed(load(path)[0]).values(H1)["members.total"]
