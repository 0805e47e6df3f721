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
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # calamine's panics are BaseExceptions: the very thing looked for
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


def test_check_and_report_of_spoiled_workbooks_exit_0_1_or_2() -> None:
    """As she runs them: `check` and `report` of a spoiled workbook end in 0, 1 or 2, with no
    traceback (an exception inside would fail the in-process run itself)."""
    from clirun import run

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "so.xlsx"
        for mutant in mutants(SEED + 1, max(COUNT // 10, 30)):
            path.write_bytes(mutant.data)
            for args in (
                ("check", str(path)),
                ("report", "2023-H1", str(path), "--ngay", "04/07/2023"),
            ):
                result = run(*args)
                assert result.returncode in (0, 1, 2), (mutant.name, args, result)
                said = result.stderr + result.stdout
                assert "Traceback" not in said and "lỗi nội bộ" not in said, mutant.name


@pytest.mark.parametrize("seed", range(3))
def test_the_mutator_spoils_what_it_says(seed: int) -> None:
    """A mutant differs from the example, and names a cell unless it damaged the file."""
    for mutant in mutants(seed, 20):
        assert mutant.data != EXAMPLE.read_bytes()
        assert (mutant.sheet is None) == mutant.name.startswith("file ")


def _message(book: bytes) -> bytes:
    import hashlib
    import json
    from email.message import EmailMessage

    manifest = {
        "xlkit": "0.1.0",
        "workbook": "so.xlsx",
        "files": [{"name": "so.xlsx", "sha256": hashlib.sha256(book).hexdigest()}],
    }
    out = EmailMessage()
    out["Subject"], out["Date"] = "Báo cáo", "Mon, 10 Jul 2023 09:00:00 +0700"
    out.set_content("Kính gửi.")
    out.add_attachment(book, maintype="application", subtype="octet-stream", filename="so.xlsx")
    out.add_attachment(
        json.dumps(manifest).encode(),
        maintype="application",
        subtype="json",
        filename="manifest.json",
    )
    return out.as_bytes()


def test_spoiled_e_mails_and_packages_never_crash_nor_count_a_wrong_figure() -> None:
    """An e-mail's or a package's bytes damaged anywhere: a row for each, and a cell counted only
    with the example's own figures."""
    import hashlib
    import json
    import random

    from mutants import file_mutant

    from xlkit.consolidate.run import roll_up

    rng = random.Random(SEED)
    book = EXAMPLE.read_bytes()
    raw = _message(book)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(max(COUNT // 5, 20)):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            (folder / "thu.eml").write_bytes(file_mutant(rng, raw).data)
            package = folder / "goi"
            package.mkdir()
            files = {"so.xlsx": book}
            manifest = {
                "xlkit": "0.1.0",
                "workbook": "so.xlsx",
                "files": [
                    {"name": k, "sha256": hashlib.sha256(v).hexdigest()} for k, v in files.items()
                ],
            }
            spoiled = rng.choice(["so.xlsx", "manifest.json", "SHA256SUMS"])
            contents = {
                "so.xlsx": book,
                "manifest.json": json.dumps(manifest).encode(),
                "SHA256SUMS": f"{manifest['files'][0]['sha256']}  so.xlsx\n".encode(),
            }
            contents[spoiled] = file_mutant(rng, contents[spoiled]).data
            for name, data in contents.items():
                (package / name).write_bytes(data)
            try:
                rows = roll_up(H1, [folder], jobs=1).rows
            except Exception as exc:  # noqa: BLE001 - the very thing looked for
                failures.append(f"{n}: internal error {type(exc).__name__}: {exc}")
                continue
            failures += [
                f"{n}: {r.origin} counted with {moved(r.values)} moved"
                for r in rows
                if r.counted and moved(r.values)
            ]
    assert failures == []
