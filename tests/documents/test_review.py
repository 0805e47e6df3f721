"""`xlkit review`: each member's form chosen from the posts, its header read back from the .docx
with and without a post, QĐ 366's thresholds both sides, the quota as set per year, the list's
counts, the forms' folder guarded, an earlier workbook, and the committee's list in a roll-up."""

from __future__ import annotations

import shutil
from datetime import date as d
from pathlib import Path

import pytest

from tests.builders import cell, member
from tests.clirun import run
from xlkit.checks.party import RULES
from xlkit.checks.party.declare import in_force
from xlkit.documents.review import form_of, proposed_rating, review

DATA = Path(__file__).resolve().parent.parent / "data"
CELL_2026 = DATA / "so-2026-thcs.xlsx"  # tests/data/year2026.py writes it
OLD = DATA / "so-chi-bo-v1-2023.xlsx"


@pytest.mark.parametrize(
    ("values", "form", "chosen"),
    [
        ({"Chức vụ Đảng": "Đảng viên", "Chức vụ chính quyền": "Giáo viên"}, "2A", False),
        ({"Chức vụ Đảng": "Chi ủy viên", "Chức vụ chính quyền": "Giáo viên"}, "2B", False),
        ({"Chức vụ Đảng": "Đảng viên", "Chức vụ chính quyền": "Phó Hiệu trưởng"}, "2B", False),
        ({"Chức vụ Đảng": "Đảng viên", "Chức vụ chính quyền": "Nghỉ hưu"}, "2C", False),
        ({"Chức vụ Đảng": None, "Chức vụ chính quyền": None}, "2A", False),
        ({"Chức vụ Đảng": "Bí thư", "Mẫu kiểm điểm": "2C"}, "2C", True),
    ],
)
def test_the_form_follows_the_posts_unless_she_chose(values, form, chosen) -> None:
    assert form_of(member(2, **values)) == (form, chosen)


@pytest.mark.parametrize(
    ("score", "rating"),
    [
        (90, "Hoàn thành xuất sắc nhiệm vụ"),
        (89.9, "Hoàn thành tốt nhiệm vụ"),
        (70, "Hoàn thành tốt nhiệm vụ"),
        (69.5, "Hoàn thành nhiệm vụ"),
        (50, "Hoàn thành nhiệm vụ"),
        (49.9, "Không hoàn thành nhiệm vụ"),
        (None, None),
    ],
)
def test_qd_366_thresholds_both_sides(score, rating) -> None:
    rule = in_force(RULES, "rating-score-mismatch", d(2026, 12, 31))
    assert proposed_rating(score, rule) == rating


def test_no_rating_from_a_score_before_qd_366() -> None:
    b = cell(member(2, **{"Điểm": 95}), year=2024)
    (first, *_) = review(b, 2024, RULES, today=d(2024, 12, 31)).members
    assert (first.score, first.proposed) == (95, None)


def _quota(excellent: int, good: int, pct: float | None) -> bool:
    rows = [member(2 + i, **{"Điểm": 95}) for i in range(excellent)]
    rows += [member(20 + i, **{"Điểm": 80}) for i in range(good - 3)]  # cell() adds three
    plain = [member(50 + i, **{"Điểm": 80}) for i in range(3)]
    b = cell(*rows, year=2026)
    b.tables["Đảng viên"] = [*rows, *plain]
    return review(b, 2026, RULES, today=d(2026, 12, 31), quota_pct=pct).counts()["over_quota"]


def test_the_excellent_quota_both_sides_and_as_set() -> None:
    assert _quota(1, 5, None) is False  # 20% of the good: at the quota
    assert _quota(1, 4, None) is True  # 25%: over 20%
    assert _quota(1, 4, 25) is False  # a commune's 25%
    assert _quota(2, 4, 25) is True


def test_the_quota_in_xlkit_toml_per_year(tmp_path: Path) -> None:
    shutil.copy(CELL_2026, tmp_path / "so.xlsx")
    (tmp_path / "xlkit.toml").write_text("[review]\nquota_pct = { 2026 = 40 }\n")
    ran = run("review", "2026", "so.xlsx", "--ngay", "05/12/2026", cwd=tmp_path)
    assert "(tối đa 40%, Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW)." in _joined(ran.stdout)
    (tmp_path / "xlkit.toml").write_text("[review]\nquota_pct = 0\n")
    ran = run("review", "2026", "so.xlsx", cwd=tmp_path)
    assert (ran.returncode, ran.stderr.strip()) == (
        2,
        "xlkit: xlkit.toml [review] quota_pct: '0' không phải tỷ lệ phần trăm từ 0 đến 100 (ví dụ "
        "20; cho từng năm: xem README).",
    )


def _joined(text: str) -> str:
    """The text output with its wrapping undone, to find a sentence in it."""
    return " ".join(text.split())


def test_the_list_and_its_counts_of_a_2026_cell(tmp_path: Path) -> None:
    ran = run("review", "2026", str(CELL_2026), "--ngay", "05/12/2026", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    said = _joined(ran.stdout)
    for sentence in (
        "Tổng số đảng viên của chi bộ: 11 đồng chí.",
        "Số đảng viên được kiểm điểm: 10 đồng chí; không kiểm điểm: 01 đồng chí (miễn công tác và "
        "sinh hoạt đảng: 01; đình chỉ sinh hoạt đảng: 0).",
        "Kiểm điểm nhưng không xếp loại (mới kết nạp chưa đủ 6 tháng): 01 đồng chí.",
        "Số đảng viên được xếp loại: 08 đồng chí, trong đó:",
        "Hoàn thành xuất sắc nhiệm vụ (HTXSNV): 02 đồng chí (25%);",
        "Hoàn thành tốt nhiệm vụ (HTTNV): 05 đồng chí (62,5%);",
        "Hoàn thành nhiệm vụ (HTNV): 01 đồng chí (12,5%);",
        "Không hoàn thành nhiệm vụ (KHTNV): 0 đồng chí (0%);",
        "Chưa có xếp loại: 01 đồng chí.",
        "Số hoàn thành xuất sắc nhiệm vụ bằng 40% số hoàn thành tốt nhiệm vụ (tối đa 20%, Quy định "
        "366-QĐ/TW; Hướng dẫn 43-HD/BTCTW): vượt tỷ lệ, chi bộ xem xét lại.",
    ):
        assert sentence in said, sentence
    assert "10 | Lý Thị Ngân | Giáo viên | | | mới kết nạp" in said


def _paragraphs(path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_each_form_and_its_header_with_and_without_a_post(tmp_path: Path) -> None:
    ran = run("review", "2026", str(CELL_2026), "--kind", "phieu", "--ngay", "05/12/2026",
              cwd=tmp_path)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    folder = tmp_path / "phieu-kiem-diem-2026"
    names = sorted(p.name for p in folder.iterdir())
    assert names[:3] == [
        "01-ho-van-nam-2B.docx",
        "02-le-thi-thanh-huong-2B.docx",
        "03-tran-quoc-bao-2A.docx",
    ]
    assert "08-mai-van-thanh-2C.docx" in names and len(names) == 10  # Tô Văn Khải: exempt
    assert ran.stdout.splitlines()[0] == "Đã ghi 10 phiếu kiểm điểm vào phieu-kiem-diem-2026"
    leader = _paragraphs(folder / "01-ho-van-nam-2B.docx")
    assert leader[:7] == [
        "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN",
        "Năm 2026\n(đảng viên giữ chức vụ lãnh đạo, quản lý)",
        "-----",
        "Họ và tên: Hồ Văn Nam\nNgày sinh: 02/03/1975\nChức vụ Đảng, chính quyền, đoàn thể: Bí thư, "
        "Hiệu trưởng\nĐơn vị công tác: Trường THCS Lê Lợi\nChi bộ: Chi bộ Trường THCS Lê Lợi",
        "A. NỘI DUNG KIỂM ĐIỂM",
        "I. Ưu điểm, kết quả đạt được",
        "1. Về phẩm chất chính trị, đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối "
        "làm việc:\n………………………………………………………………………………\n………………………………………………………………………………",
    ]
    assert "- Nhóm tiêu chí chung: 28/30 điểm." in leader
    assert "- Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 64/70 điểm." in leader
    assert "- [x] Hoàn thành xuất sắc nhiệm vụ" in leader
    plain = _paragraphs(folder / "03-tran-quoc-bao-2A.docx")
    assert plain[1] == "Năm 2026\n(đảng viên không giữ chức vụ lãnh đạo, quản lý)"
    assert plain[3] == (
        "Họ và tên: Trần Quốc Bảo\nNgày sinh: 20/01/1972\nChức vụ: Giáo viên\nĐơn vị công tác: "
        "Trường THCS Lê Lợi\nChi bộ: Chi bộ Trường THCS Lê Lợi"
    )
    assert "- Nhóm tiêu chí chung: ……/30 điểm." in plain  # no split in the workbook
    assert "- Tổng điểm: 85/100 điểm." in plain
    outside = _paragraphs(folder / "08-mai-van-thanh-2C.docx")
    assert outside[3] == (
        "Họ và tên: Mai Văn Thành\nNgày sinh: 12/12/1960\nĐơn vị công tác: …………\n"
        "Chi bộ: Chi bộ Trường THCS Lê Lợi"
    )


def test_the_forms_folder_never_loses_her_file(tmp_path: Path) -> None:
    folder = tmp_path / "phieu-kiem-diem-2026"
    folder.mkdir()
    hers = folder / "01-ho-van-nam-2B.docx"
    hers.write_bytes(b"her own form")
    ran = run("review", "2026", str(CELL_2026), "--kind", "phieu", "--force", cwd=tmp_path)
    assert ran.returncode == 2
    assert hers.read_bytes() == b"her own form"
    assert sorted(p.name for p in folder.iterdir()) == ["01-ho-van-nam-2B.docx"]  # none written
    hers.unlink()
    assert run("review", "2026", str(CELL_2026), "--kind", "phieu", cwd=tmp_path).returncode == 0
    again = run("review", "2026", str(CELL_2026), "--kind", "phieu", cwd=tmp_path)
    assert again.returncode == 2  # xlkit's own forms: replaced only with --force
    assert run("review", "2026", str(CELL_2026), "--kind", "phieu", "--force",
               cwd=tmp_path).returncode == 0  # fmt: skip


def test_the_collective_report_weaves_her_prose(tmp_path: Path) -> None:
    ran = run("review", "2026", str(CELL_2026), "--kind", "bao-cao", "--ngay", "10/12/2026",
              "--so", "9", "-o", "bc.docx", cwd=tmp_path)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    paragraphs = _paragraphs(tmp_path / "bc.docx")
    assert paragraphs[:4] == [
        "BÁO CÁO",
        "kiểm điểm, đánh giá, xếp loại chất lượng\ntập thể chi bộ năm 2026",
        "-----",
        "Thực hiện Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị và Hướng dẫn số "
        "43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương, Chi bộ Trường THCS Lê Lợi kiểm "
        "điểm, đánh giá, xếp loại chất lượng tập thể năm 2026 như sau:",
    ]
    assert "Chi bộ lãnh đạo nhà trường hoàn thành tốt nhiệm vụ năm học 2025-2026." in paragraphs
    assert "- Một buổi sinh hoạt tháng 4 chưa đủ thời lượng." in paragraphs
    assert "Chi bộ tự đánh giá, xếp loại: hoàn thành tốt nhiệm vụ." in paragraphs


def test_an_earlier_workbook_without_the_new_columns(tmp_path: Path) -> None:
    for kind in ("danh-sach", "bao-cao", "phieu"):
        ran = run("review", "2023", str(OLD), "--kind", kind, "--ngay", "20/12/2023", cwd=tmp_path)
        assert ran.returncode == 0, (kind, ran.stderr)
    ran = run("agenda", str(OLD), "--ngay", "20/12/2023", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr


def test_a_years_rollup_lists_every_member_with_the_proposed_rating(tmp_path: Path) -> None:
    import openpyxl

    inbox = tmp_path / "nhan"
    inbox.mkdir()
    shutil.copy(CELL_2026, inbox / "le-loi.xlsx")
    ran = run("rollup", "2026", str(inbox), "-o", "tong-hop.xlsx", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    book = openpyxl.load_workbook(tmp_path / "tong-hop.xlsx")
    rows = list(book["Xếp loại đảng viên"].iter_rows(values_only=True))
    assert rows[0] == (
        "Chi bộ",
        "Đảng bộ cấp trên",
        "Họ và tên",
        "Điểm",
        "Xếp loại đề nghị",
        "Ghi chú",
    )
    assert rows[1] == (
        "Chi bộ Trường THCS Lê Lợi",
        "ĐẢNG BỘ PHƯỜNG AN PHÚ",
        "Hồ Văn Nam",
        92,
        "Hoàn thành xuất sắc nhiệm vụ",
        "theo điểm",
    )
    assert len(rows) == 12
    # one level up: the committee above reads the list back with the counts
    upper = tmp_path / "len"
    upper.mkdir()
    shutil.copy(tmp_path / "tong-hop.xlsx", upper / "phuong-an-phu.xlsx")
    ran = run("rollup", "2026", str(upper), "-o", "huyen.xlsx", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    again = openpyxl.load_workbook(tmp_path / "huyen.xlsx")["Xếp loại đảng viên"]
    assert list(again.iter_rows(values_only=True)) == rows
    half = run("rollup", "2026-H1", str(inbox), "-o", "h1.xlsx", cwd=tmp_path)
    assert half.returncode == 0, half.stderr
    assert "Xếp loại đảng viên" not in openpyxl.load_workbook(tmp_path / "h1.xlsx").sheetnames


def test_who_is_rated_how_and_the_counts() -> None:
    from xlkit.documents.review import basis

    b = cell(
        member(2, **{"Xếp loại": "Hoàn thành xuất sắc nhiệm vụ", "Điểm": 60}),  # typed wins
        member(3, **{"Điểm": 70}),  # from the score
        member(4, **{"Tình trạng": "Đình chỉ sinh hoạt", "Xếp loại": "Hoàn thành nhiệm vụ"}),
        member(5, **{"Tình trạng": "Miễn công tác và sinh hoạt"}),
        member(6, **{"Ngày vào Đảng": d(2026, 7, 2), "Ngày chính thức": None, "Điểm": 95}),
        year=2026,
    )
    found = review(b, 2026, RULES, today=d(2026, 12, 31))
    assert [(m.name, m.why_not, m.rating, m.proposed, m.shown_rating) for m in found.members] == [
        ("Người 2", None, "Hoàn thành xuất sắc nhiệm vụ", None, "Hoàn thành xuất sắc nhiệm vụ"),
        ("Người 3", None, None, "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ"),
        ("Người 4", "why.suspended", None, None, ""),
        ("Người 5", "why.exempt", None, None, ""),
        ("Người 6", "why.too-new", None, None, ""),
        ("Người 50", None, None, None, ""),
        ("Người 51", None, None, None, ""),
        ("Người 52", None, None, None, ""),
    ]
    assert [m.reviewed for m in found.members[2:5]] == [False, False, True]
    counts = found.counts()
    assert {k: v for k, v in counts.items() if k not in ("by",)} == {
        "members": 8,
        "exempt": 1,
        "suspended": 1,
        "reviewed": 6,
        "too_new": 1,
        "rated": 2,
        "unrated": 3,
        "excellent_of_good": 100.0,
        "over_quota": True,
        "quota_pct": 20,
    }
    assert counts["by"] == [
        ("Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", 1, 50.0),
        ("Hoàn thành tốt nhiệm vụ", "HTTNV", 1, 50.0),
        ("Hoàn thành nhiệm vụ", "HTNV", 0, 0.0),
        ("Không hoàn thành nhiệm vụ", "KHTNV", 0, 0.0),
    ]
    nobody = review(cell(year=2026), 2026, RULES, today=d(2026, 12, 31)).counts()
    assert (nobody["by"][0][3], nobody["excellent_of_good"], nobody["over_quota"]) == (
        None,
        None,
        False,
    )
    assert [basis(y)[:22] for y in (2022, 2023, 2024, 2025, 2026)] == [
        "Quy định số 132-QĐ/TW ",
        "Quy định số 124-QĐ/TW ",
        "Quy định số 124-QĐ/TW ",
        "Quy định số 366-QĐ/TW ",
        "Quy định số 366-QĐ/TW ",
    ]
