"""Where a document is made, what it was made with: `đã lập với N cảnh báo, M ghi chú`, each
warning named (what the document lacks), the way to its hints; a year's target with no result
said so, never "not yet due"; a package's files each with what it is for."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from builders import EXAMPLE, SEED_004
from clirun import run

SECTIONS = ("Mở đầu", "Công tác xây dựng Đảng", "Công tác chính trị, tư tưởng",
            "Nhiệm vụ chính trị của đơn vị", "Chính quyền và đoàn thể", "Đánh giá chung",
            "Tồn tại, hạn chế", "Phương hướng, nhiệm vụ")  # fmt: skip


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    return Path(shutil.copy(SEED_004, tmp_path / "so-2023.xlsx"))


def test_a_year_report_says_what_it_was_made_with(seed: Path, tmp_path: Path) -> None:
    result = run("report", "2023", "so-2023.xlsx", "-o", "bc.docx", "--ngay", "10/01/2024",
                 cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0 and result.stdout == "Đã ghi: bc.docx\n"
    assert result.stderr.splitlines() == [
        "xlkit: đã lập với 10 cảnh báo, 0 ghi chú (cách sửa: xlkit check so-2023.xlsx --period 2023):",
        "  - Chỉ tiêu!I3: Chỉ tiêu CT02 chưa có kết quả cả năm: báo cáo năm ghi 'Chưa có kết quả'",
        "  - Chỉ tiêu!I4: Chỉ tiêu CT03 chưa có kết quả cả năm: báo cáo năm ghi 'Chưa có kết quả'",
        *(f"  - Nội dung báo cáo!B: Mục '{s}' của báo cáo 2023 chưa có nội dung" for s in SECTIONS),
    ]


def test_a_year_report_never_calls_a_missing_result_not_yet_due(seed: Path, tmp_path: Path) -> None:
    text = run("report", "2023", "so-2023.xlsx", "--ngay", "10/01/2024", cwd=tmp_path).stdout
    assert "Chưa đến kỳ đánh giá" not in text and "chưa đến kỳ đánh giá" not in text
    assert "Đạt và vượt 0/01 chỉ tiêu; 02 chỉ tiêu chưa có kết quả." in " ".join(text.split())
    half = run("report", "2023-H1", "so-2023.xlsx", "--ngay", "10/07/2023", cwd=tmp_path)
    assert "Chưa có kết quả" not in half.stdout  # in the half year a result may still be due
    checked = run("check", "so-2023.xlsx", "--period", "2023", cwd=tmp_path).stdout
    assert checked.count("chưa có kết quả cả năm") == 2


def test_a_plan_names_its_own_parts_not_the_reports(seed: Path, tmp_path: Path) -> None:
    result = run("plan", "2023", "so-2023.xlsx", "-o", "kh.docx", "--ngay", "20/12/2022",
                 cwd=tmp_path)  # fmt: skip
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "xlkit: đã lập với 6 cảnh báo, 3 ghi chú (cách sửa: xlkit check so-2023.xlsx --period "
        "KH-2023):"
    )
    assert len(lines) == 7 and not any("chưa có kết quả" in x for x in lines)


def test_a_clean_document_says_nothing_more(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    result = run("report", "2023-H1", "so.xlsx", "-o", "bc.docx", "--ngay", "10/07/2023",
                 cwd=tmp_path)  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")  # its notes (a badge due) lack nothing


def test_a_package_lists_what_each_file_is_for(seed: Path, tmp_path: Path) -> None:
    result = run("pack", "2023", "so-2023.xlsx", "--ngay", "10/01/2024", cwd=tmp_path)
    out = result.stdout.splitlines()
    assert out[0] == "Đã ghi: out/2023"
    listed = {
        line.split()[0]: " ".join(line.split()[1:]) for line in out[1:] if line.startswith("  ")
    }
    assert listed["so-2023.xlsx"] == "sổ chi bộ, để cấp ủy tổng hợp"
    assert listed["bao-cao-2023.docx"] == "báo cáo, bản Word để sửa và in"
    assert listed["chi-so-2023.xlsx"] == "biểu đồ và bảng chỉ số của kỳ, mỗi số kèm nguồn"
    assert out[-1] == "Dấu kiểm tra (SHA-256) của từng tệp ghi trong manifest.json và SHA256SUMS."
    assert not any(
        len(w) == 16 and all(c in "0123456789abcdef" for c in w) for w in result.stdout.split()
    )
    assert any(x.startswith("xlkit: đã lập với 10 cảnh báo") for x in result.stderr.splitlines())
