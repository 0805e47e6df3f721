"""`plan` and `check --period` of a plan as she runs them: what a plan lacks, said before it is
made; who signs it (`--ky`, the kind's own default); the term's workbook found in her folder."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from clirun import run
from conftest import EXAMPLE


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    return tmp_path


def _finding_lines(stdout: str) -> list[str]:
    return [
        line.strip() for line in stdout.splitlines() if line.startswith("  ") and "→" not in line
    ]


def test_check_says_what_a_plan_lacks_and_which_default_it_says(folder: Path, make_book) -> None:
    # the example's annual plan lacks no part: notes say its opening and closing are xlkit's
    full = run("check", "--period", "KH-2023", cwd=folder)
    assert full.returncode == 0
    assert [x for x in _finding_lines(full.stdout) if "KH-2023" in x or "Kế hoạch tháng" in x] == [
        f"ghi chú   'Nội dung báo cáo'!B  Mục '{part}' của kế hoạch hoạt động (KH-2023) dùng câu "
        "mặc định của xlkit"
        for part in ("Mở đầu", "Kết thúc")
    ]
    # a workbook with no plan at all: each part it needs, and each default it would say
    empty = make_book(Nội_dung_báo_cáo=[], Kế_hoạch_tháng=[])
    result = run("check", str(empty), "--period", "kh-2023")
    plan_lines = [x for x in _finding_lines(result.stdout) if "KH-2023" in x or "tháng'" in x]
    name = "của kế hoạch hoạt động (KH-2023)"
    assert plan_lines == [
        "cảnh báo  'Kế hoạch tháng'!B  Trang 'Kế hoạch tháng' chưa có hoạt động nào: kế hoạch "
        "hoạt động bỏ mục Kế hoạch cụ thể hàng tháng",
        *(
            f"cảnh báo  'Nội dung báo cáo'!B  Mục '{part}' {name} chưa có nội dung: kế hoạch bỏ "
            "mục này, các mục sau đánh số lại"
            for part in ("Thuận lợi", "Khó khăn", "Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Giải pháp")
        ),
        *(
            f"ghi chú   'Nội dung báo cáo'!B  Mục '{part}' {name} dùng câu mặc định của xlkit"
            for part in ("Căn cứ", "Mở đầu", "Kết thúc")
        ),
    ]
    # the term programme opens with no sentence of xlkit's: no note for its opening
    term = run("check", str(empty), "--period", "CT")
    assert "Mở đầu" not in term.stdout and "'Chương trình công tác'" in term.stdout
    # a thematic plan with no theme says so
    themes = run("check", str(empty), "--period", "CD-2023")
    assert "Trang 'Chuyên đề' chưa có chủ đề nào" in themes.stdout
    assert "Mục 'Mục đích' của kế hoạch sinh hoạt chuyên đề (CD-2023)" in themes.stdout


@pytest.mark.parametrize("typed", ["KH-20", "XX-2023", "CT-2023", "NV2023"])
def test_a_period_that_is_neither_a_report_nor_a_plan_is_one_line(typed: str) -> None:
    result = run("check", str(EXAMPLE), "--period", typed)
    assert result.returncode == 2 and result.stderr.startswith(f"xlkit: Kỳ không hợp lệ: {typed}")
    assert "KH-2024, NV-2024, CD-2024, CT" in result.stderr


def test_a_plan_is_checked_for_its_own_parts_not_the_years_report(make_book) -> None:
    import xlkit

    prose = [{"Kỳ": "KH-2023", "Mục": "Nhiệm vụ chung", "Nội dung": "A."}]
    book = make_book(Nội_dung_báo_cáo=prose)
    result = xlkit.plan(2023, book, day=date(2023, 1, 10), today=date(2023, 1, 10))
    codes = [f.code for f in result.prepared.report.findings]
    assert "plan-section-empty" in codes and "plan-default-sentence" in codes
    assert "section-empty" not in codes  # the year's report is another document


@pytest.mark.parametrize(
    ("args", "signs"),
    [
        ((), "T/M CHI BỘ"),  # a plan the cell adopts, though Ký thay mặt says T/M CHI ỦY
        (("--ky", "T/M CHI ỦY"), "T/M CHI ỦY"),
        (("--ky", "tm chi uy"), "T/M CHI ỦY"),  # as she types it in a hurry
        (("--ky", "T/M CẤP ỦY"), "T/M CẤP ỦY"),
    ],
)
def test_who_signs_a_plan(args: tuple[str, ...], signs: str) -> None:
    result = run("plan", "2023", str(EXAMPLE), "--ngay", "10/01/2023", *args)
    closing = next(line for line in result.stdout.splitlines() if line.startswith("Nơi nhận:"))
    assert closing.split()[-3:] == signs.split()


def test_the_plans_own_signing_item_and_the_reports(make_book) -> None:
    book = make_book({"Ký thay mặt": "T/M CHI ỦY", "Ký thay mặt kế hoạch": "T/M CHI ỦY"})
    plan = run("plan", "2023", str(book), "--ngay", "10/01/2023").stdout
    assert "T/M CHI ỦY" in plan
    report = run("report", "2023-H1", str(book), "--ky", "T/M CHI BỘ", "--force").stdout
    assert "T/M CHI BỘ" in report and "T/M CHI ỦY" not in report


def test_a_signing_the_rule_does_not_know_is_refused_in_one_line() -> None:
    result = run("plan", "2023", str(EXAMPLE), "--ky", "T/M BAN CHI ỦY CHI BỘ")
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        "xlkit: --ky 'T/M BAN CHI ỦY CHI BỘ' không theo mẫu ký; chọn một trong: T/M CHI BỘ, "
        "T/M CHI ỦY, T/M CẤP ỦY\n",
    )
    english = run("report", "2023-H1", str(EXAMPLE), "--ky", "x", "--lang", "en")
    assert english.stderr == (
        "xlkit: --ky 'x' is not a form of signing; choose one of: T/M CHI BỘ, T/M CHI ỦY, "
        "T/M CẤP ỦY\n"
    )


def test_the_term_programme_finds_the_workbook_of_its_term_in_her_folder(folder: Path) -> None:
    """The README's command: no workbook named, a term in which today's year has no workbook."""
    result = run("plan", "2020-2025", "--kind", "toan-khoa", "--ngay", "10/01/2023", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "CHƯƠNG TRÌNH" in result.stdout and "Nhiệm kỳ 2020-2025" in result.stdout
    outside = run("plan", "2010-2015", "--kind", "toan-khoa", cwd=folder)
    assert outside.returncode == 2 and "2015" in outside.stderr
