"""A damaged register is one clear line naming the file and the entry, and nothing is numbered from
it; --so takes a number or nothing; runs at once never give a number twice or lose one."""

from __future__ import annotations

import json
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from clirun import run
from conftest import EXAMPLE

MARK = {"xlkit": "so-van-ban"}
ENTRY = {"number": 1, "document": "2023", "day": "2024-01-09"}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "xlkit.toml").write_text("[register]\n")
    return tmp_path


@pytest.mark.parametrize(
    "term, where",
    [
        ({"BC": [{**ENTRY, "number": "x"}]}, "2023 › BC › 1"),
        ([["BC", 1]], "2023"),
        ({"BC": [{"document": "2023", "day": "2024-01-09"}]}, "2023 › BC › 1"),
        ({"BC": [ENTRY, 7]}, "2023 › BC › 2"),
        ({"BC": [{**ENTRY, "number": float("inf")}]}, "2023 › BC › 1"),
        ({"BC": {"number": 1}}, "2023 › BC"),
        ({"BC": [{**ENTRY, "number": 0}]}, "2023 › BC › 1"),
        ({"BC": [{**ENTRY, "number": True}]}, "2023 › BC › 1"),
    ],
)
def test_a_damaged_register_names_the_entry_and_numbers_nothing(
    home: Path, term: object, where: str
) -> None:
    register = home / "so-van-ban.json"
    register.write_text(json.dumps({**MARK, "2023": term}))  # Infinity, as Python writes it
    before = register.read_bytes()
    result = run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        f"xlkit: Sổ đăng ký văn bản so-van-ban.json bị hỏng ở mục {where}; sửa lại mục đó (mỗi số "
        "là một số nguyên, có văn bản và ngày) rồi chạy lại — chưa cấp số nào từ sổ này\n",
    )
    assert register.read_bytes() == before and not (home / "bc.docx").exists()


def test_a_number_typed_as_text_by_an_earlier_hand_is_read(home: Path) -> None:
    assert run("report", "2023", "so.xlsx", "-o", "nam.docx", cwd=home).returncode == 0
    written = json.loads((home / "so-van-ban.json").read_text())
    (term,) = set(written) - {"xlkit"}  # the cell's term, as its workbook names it
    written[term]["BC"][0]["number"] = "03"
    (home / "so-van-ban.json").write_text(json.dumps(written))
    assert run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", cwd=home).returncode == 0
    issued = json.loads((home / "so-van-ban.json").read_text())[term]["BC"]
    assert [e["number"] for e in issued] == ["03", 4]


@pytest.mark.parametrize("asked", ["abc", "0", "-1", "١٢", "10000", "3.5"])
def test_so_takes_a_whole_number_or_nothing(home: Path, asked: str) -> None:
    result = run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", "--so", asked, cwd=home)
    assert (result.returncode, result.stderr) == (
        2,
        f"xlkit: Số văn bản '{asked}' không dùng được: --so nhận một số từ 1 đến 9999, "
        "ví dụ --so 03\n",
    )
    assert not (home / "so-van-ban.json").exists()


@pytest.mark.parametrize("asked", ["1", "9999"])
def test_so_at_its_bounds_is_taken(home: Path, asked: str) -> None:
    assert (
        run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", "--so", asked, cwd=home).returncode
        == 0
    )


def test_runs_at_once_never_give_a_number_twice_or_lose_one(tmp_path: Path) -> None:
    from datetime import date

    from xlkit.deliver.register import Register

    path = tmp_path / "so-van-ban.json"
    start = threading.Barrier(8)

    def issue(worker: int) -> list[str]:
        start.wait()  # all at once: each reads, changes and writes the register ten times
        return [
            Register(path).issue(
                term="2020-2025", kind="BC", document=f"{worker}-{n}", day=date(2024, 1, 9)
            )
            for n in range(10)
        ]

    with ThreadPoolExecutor(8) as pool:
        given = [number for numbers in pool.map(issue, range(8)) for number in numbers]
    assert sorted(given) == [f"{n:02d}" for n in range(1, 81)]
    issued = json.loads(path.read_text())["2020-2025"]["BC"]
    assert [e["number"] for e in issued] == list(range(1, 81))
    # the lock is kept in xlkit's state folder: nothing beside the register but the register
    assert [p.name for p in tmp_path.iterdir()] == ["so-van-ban.json"]
