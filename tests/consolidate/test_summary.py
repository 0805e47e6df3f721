"""The committee's summary of a roll-up is a document like the others: numbered from the register
(or --so), dated --ngay (or today, said when long after the period), its place and signer from
the options or xlkit.toml (else a line naming what is missing), its header aligned."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest
from clirun import run
from conftest import EXAMPLE

NO_PLACE = (
    "xlkit: báo cáo tổng hợp chưa có địa danh trước ngày tháng; ghi bằng --dia-danh hoặc "
    "dia_danh trong [rollup] của xlkit.toml"
)
NO_SIGNER = (
    "xlkit: báo cáo tổng hợp chưa có tên người ký; ghi bằng --nguoi-ky hoặc nguoi_ky trong "
    "[rollup] của xlkit.toml"
)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "thu-den"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "hoa-sen.xlsx")
    return folder


def header(path: Path) -> tuple[list[str], list[str]]:
    left, right = docx.Document(str(path)).tables[0].rows[0].cells
    return [p.text for p in left.paragraphs], [p.text for p in right.paragraphs]


def test_number_and_date_from_the_options(inbox: Path, tmp_path: Path) -> None:
    result = run(
        "rollup", "2023-H1", str(inbox), "--tom-tat", "th.docx", "--ten", "Đảng ủy xã Hòa Bình",
        "--so", "7", "--ngay", "10/07/2023", "--dia-danh", "Hòa Bình", "--nguoi-ky",
        "Nguyễn Văn An", cwd=tmp_path,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "xlkit: Đã ghi: th.docx\n")
    left, right = header(tmp_path / "th.docx")
    # no superior committee known: the issuer stands level with the motto
    assert left == ["ĐẢNG ỦY XÃ HÒA BÌNH", "*", "Số 07-BC/ĐU"]
    assert right == ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hòa Bình, ngày 10 tháng 7 năm 2023"]
    closing = docx.Document(str(tmp_path / "th.docx")).tables[-1].rows[0].cells[1]
    assert [p.text for p in closing.paragraphs if p.text] == [
        "T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn An",
    ]  # fmt: skip


def test_numbered_from_the_register_and_settings_from_xlkit_toml(
    inbox: Path, tmp_path: Path
) -> None:
    (tmp_path / "xlkit.toml").write_text(
        '[register]\n[rollup]\nten = "Đảng ủy xã Hòa Bình"\ncap_tren = "Đảng bộ huyện Tân Lạc"\n'
        'dia_danh = "Hòa Bình"\nnguoi_ky = "Nguyễn Văn An"\nnhiem_ky = "2020-2025"\n',
        encoding="utf-8",
    )
    for name, period, day in (
        ("a.docx", "2023-H1", "10/07/2023"),
        ("b.docx", "2023", "10/01/2024"),
    ):
        result = run("rollup", period, str(inbox), "--tom-tat", name, "--ngay", day, cwd=tmp_path)
        assert (result.returncode, result.stderr) == (0, f"xlkit: Đã ghi: {name}\n")
    assert header(tmp_path / "a.docx")[0] == [
        "ĐẢNG BỘ HUYỆN TÂN LẠC", "ĐẢNG ỦY XÃ HÒA BÌNH", "*", "Số 01-BC/ĐU",
    ]  # fmt: skip
    assert header(tmp_path / "b.docx")[0][-1] == "Số 02-BC/ĐU"
    ledger = json.loads((tmp_path / "so-van-ban.json").read_text())
    assert ledger["2020-2025"]["BC"] == [
        {"number": 1, "document": "tong-hop-2023-H1", "day": "2023-07-10"},
        {"number": 2, "document": "tong-hop-2023", "day": "2024-01-10"},
    ]
    # printed, not issued: no number taken
    printed = run("rollup", "2023-H1", str(inbox), "--ten", "Đảng ủy xã Hòa Bình", cwd=tmp_path)
    assert "Số    -BC/ĐU" in printed.stdout
    assert len(json.loads((tmp_path / "so-van-ban.json").read_text())["2020-2025"]["BC"]) == 2


def test_what_the_summary_lacks_is_said(inbox: Path, tmp_path: Path) -> None:
    result = run("rollup", "2023-H1", str(inbox), "--tom-tat", "th.txt", cwd=tmp_path)
    lines = result.stderr.splitlines()
    assert lines[:2] == [NO_PLACE, NO_SIGNER] and lines[3:] == ["xlkit: Đã ghi: th.txt"]
    # today, long after the period: said, whatever day the test runs
    assert lines[2].startswith("xlkit: văn bản ghi ngày hôm nay (")
    assert lines[2].endswith(
        "đã quá cuối kỳ 2023-H1 hơn 60 ngày; ghi ngày khác bằng --ngay dd/mm/yyyy"
    )
    text = (tmp_path / "th.txt").read_text(encoding="utf-8").splitlines()
    assert text[0].split() == ["ĐẢNG", "ỦY", "ĐẢNG", "CỘNG", "SẢN", "VIỆT", "NAM"]
    assert text[2].split()[-6] == "Ngày"  # no place: the date opens with its capital
    dated = run("rollup", "2023-H1", str(inbox), "--tom-tat", "d.txt", "--ngay", "10/07/2023",
                "--dia-danh", "Hòa Bình", "--nguoi-ky", "Nguyễn Văn An", cwd=tmp_path)  # fmt: skip
    assert dated.stderr == "xlkit: Đã ghi: d.txt\n"
    assert "Hòa Bình, ngày 10 tháng 7 năm 2023" in (tmp_path / "d.txt").read_text(encoding="utf-8")


def test_a_bad_number_is_refused_before_the_work(inbox: Path, tmp_path: Path) -> None:
    result = run("rollup", "2023-H1", str(inbox), "--tom-tat", "th.docx", "--so", "abc",
                 cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2 and not (tmp_path / "th.docx").exists()
    assert result.stderr.count("\n") == 1 and "abc" in result.stderr
