"""Fuzzing: spoiled workbooks (tests/mutants.py), read, checked and counted as the roll-up does,
must never end in an internal error, and a figure may move only where a finding says so: an
error anywhere (nothing is counted or written without --force), or a finding on the spoiled row.

The suite runs a few hundred; `XLKIT_FUZZ=10000 pytest tests/consolidate/test_fuzz.py` runs more
(the closing note of the issue gives the figures of 10,000).
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pytest
from mutants import EXAMPLE, Mutant, mutants

from xlkit.consolidate.cells import assess
from xlkit.consolidate.sources import Item
from xlkit.vocab.periods import Period

H1 = Period.parse("2023-H1")
COUNT = int(os.environ.get("XLKIT_FUZZ", "300"))
SEED = int(os.environ.get("XLKIT_FUZZ_SEED", "20261204"))


def figures(path: Path) -> tuple[str, Mapping[str, float | None], list[tuple[str, ...]]]:
    (row,) = assess(Item(str(path), path=path), H1)
    return row.status, row.values, [tuple(f) for f in row.findings]


BASELINE = figures(EXAMPLE)[1]


def moved(values: Mapping[str, float | None]) -> list[str]:
    def same(a: float | None, b: float | None) -> bool:
        return a == b or (a is not None and b is not None and math.isclose(a, b))

    return [k for k in BASELINE if not same(BASELINE[k], values.get(k))]


def trial(mutant: Mutant, folder: Path) -> str | None:
    """None when MUTANT is held; else what went wrong, in a line."""
    path = folder / "so.xlsx"
    path.write_bytes(mutant.data)
    try:
        status, values, findings = figures(path)
    except Exception as exc:  # noqa: BLE001 - the very thing looked for
        return f"{mutant.name}: internal error {type(exc).__name__}: {exc}"
    if status not in ("ok", "warnings"):
        return None  # unreadable, errors, another year: said, and not counted
    keys = moved(values)
    if not keys:
        return None
    named = [
        f
        for f in findings
        if mutant.sheet is not None
        and f[2] == mutant.sheet
        and f[3].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == mutant.row
    ]
    if named:
        return None
    return f"{mutant.name}: {', '.join(keys)} moved, {status}, nothing said on that row"


def test_spoiled_workbooks_never_crash_nor_move_a_figure_silently() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        failures = [f for m in mutants(SEED, COUNT) if (f := trial(m, Path(tmp)))]
    assert failures == []


@pytest.mark.parametrize("seed", range(3))
def test_the_mutator_spoils_what_it_says(seed: int) -> None:
    """A mutant differs from the example, and names a cell unless it damaged the file."""
    for mutant in mutants(seed, 20):
        assert mutant.data != EXAMPLE.read_bytes() or mutant.name == "no cell"
        assert (mutant.sheet is None) == mutant.name.startswith("file ")
