"""`xlkit agenda`: every deadline class on both sides of its edge, and the command as she runs it."""

from __future__ import annotations

import json
import shutil
from datetime import date as d
from datetime import timedelta
from pathlib import Path

import pytest

from tests.builders import EXAMPLE, cell, member, row
from tests.clirun import run
from xlkit.checks.party import RULES
from xlkit.checks.party.days import add_months
from xlkit.documents.agenda import Agenda, Due, agenda
from xlkit.render.agenda import as_text
from xlkit.vocab.words import FEES, MEETINGS, MONTHLY, STATUS_EXEMPT, THEMATIC


def _keys(found: Agenda, group: str) -> list[tuple[str, dict]]:
    return [(i.key, i.fields) for i in found.of(group)]


def _regular(day: d, number: int = 2) -> object:
    return row(MEETINGS, number, **{"Ngày": day, "Loại": "Thường kỳ", "Có mặt": 5})


# --- probation: 12 months from admission, announced 90, 60 and 30 days ahead


@pytest.mark.parametrize(
    ("left", "band"),
    [
        (91, None),
        (90, "90"),
        (89, "90"),
        (61, "90"),
        (60, "60"),
        (31, "60"),
        (30, "30"),
        (0, "30"),
        (-1, "overdue"),
    ],
)
def test_a_probation_is_announced_by_the_days_left(left: int, band: str | None) -> None:
    day = d(2026, 5, 10)
    ends = day + timedelta(days=left)
    admitted = add_months(ends, -12)
    b = cell(member(2, **{"Ngày vào Đảng": admitted, "Ngày chính thức": None}), year=2026)
    items = agenda(b, day, RULES).of("probation")
    assert [i.band for i in items] == ([band] if band else [])
    if band:
        item = items[0]
        assert (item.sheet, item.cell, item.due, item.days) == ("Đảng viên", "H2", ends, left)
        assert item.key == ("agenda.probation-overdue" if left < 0 else "agenda.probation")
        assert item.source == "Điều lệ Đảng, Điều 5 khoản 1; Quy định 294-QĐ/TW"


def test_an_official_member_has_no_probation_to_announce() -> None:
    day = d(2026, 5, 10)
    admitted = add_months(day + timedelta(days=20), -12)
    b = cell(member(2, **{"Ngày vào Đảng": admitted, "Ngày chính thức": day}), year=2026)
    assert agenda(b, day, RULES).of("probation") == []


def test_the_cell_decides_within_30_working_days_after_the_end() -> None:
    # ends Friday 15/5/2026: 30 working days later is Friday 26/6/2026
    b = cell(member(2, **{"Ngày vào Đảng": d(2025, 5, 15), "Ngày chính thức": None}), year=2026)
    (item,) = agenda(b, d(2026, 5, 1), RULES).of("probation")
    assert item.fields == {"name": "Người 2", "ends": "15/05/2026", "days": 14, "by": "26/06/2026"}


# --- badges: the first round on or after the day the years are reached


@pytest.mark.parametrize(
    ("admitted", "round_day"),
    [
        (d(1996, 9, 2), d(2026, 9, 2)),  # reached on the round's day: that round
        (d(1996, 9, 3), d(2026, 11, 7)),  # a day after: the next
        (d(1996, 5, 20), d(2026, 9, 2)),
        (d(1996, 5, 19), d(2026, 5, 19)),
    ],
)
def test_a_badge_goes_into_the_first_round_on_or_after_its_day(admitted, round_day) -> None:
    b = cell(member(2, **{"Ngày vào Đảng": admitted}), year=2026)
    items = agenda(b, d(2026, 4, 1), RULES).of("badge")
    assert [(i.fields["years"], i.due, i.cell) for i in items] == [(30, round_day, "G2")]
    assert items[0].unconfirmed == ("cut_off",)


def test_months_outside_the_party_move_the_badge_on() -> None:
    b = cell(
        member(2, **{"Ngày vào Đảng": d(1996, 5, 1), "Thời gian không sinh hoạt (tháng)": 4}),
        year=2026,
    )
    (item,) = agenda(b, d(2026, 4, 1), RULES).of("badge")
    assert (item.fields["reached"], item.due) == ("01/09/2026", d(2026, 9, 2))


def test_rounds_a_year_ahead_at_most_and_none_already_past() -> None:
    b = cell(
        member(2, **{"Ngày vào Đảng": d(1996, 2, 3)}),  # round 3/2/2026: past on 1/4/2026
        member(3, **{"Ngày vào Đảng": d(1997, 2, 3)}),  # round 3/2/2027: within the year
        member(4, **{"Ngày vào Đảng": d(1997, 5, 19)}),  # round 19/5/2027: beyond it
        year=2026,
    )
    items = agenda(b, d(2026, 4, 1), RULES).of("badge")
    assert [(i.fields["name"], i.due) for i in items] == [("Người 3", d(2027, 2, 3))]


def test_the_rounds_are_settable() -> None:
    b = cell(member(2, **{"Ngày vào Đảng": d(1996, 9, 3)}), year=2026)
    items = agenda(b, d(2026, 4, 1), RULES, settings={"badge_rounds": ["1/10"]}).of("badge")
    assert [i.due for i in items] == [d(2026, 10, 1)]


# --- fees: the months ended with no fee recorded; three and the cell considers removal


def _fee(number: int, name: str, month: int) -> object:
    return row(FEES, number, **{"Họ và tên": name, "Tháng": month, "Số tiền": 20000})


def test_fees_in_arrears_by_member_and_month() -> None:
    paid = [_fee(2 + m, "Người 2", m) for m in range(1, 5)]
    paid += [_fee(10, "Người 3", 1), _fee(11, "Người 3", 2), _fee(12, "Người 3", 3)]
    b = cell(member(2), member(3), year=2026, **{FEES: paid})
    found = agenda(b, d(2026, 6, 1), RULES)  # May has ended, June not
    plain = {i.fields["name"]: (i.key, i.fields["months"]) for i in found.of("fee")}
    assert plain["Người 2"] == ("agenda.fee", "5")
    assert plain["Người 3"] == ("agenda.fee", "4, 5")
    assert plain["Người 50"] == ("agenda.fee-removal", "1, 2, 3, 4, 5")


def test_no_fees_sheet_no_arrears() -> None:
    assert agenda(cell(member(2), year=2026), d(2026, 6, 1), RULES).of("fee") == []


# --- meetings


def test_the_months_meeting_and_earlier_missing_ones() -> None:
    b = cell(year=2026, **{MEETINGS: [_regular(d(2026, 1, 5)), _regular(d(2026, 3, 5), 3)]})
    found = agenda(b, d(2026, 3, 20), RULES)
    assert [(i.key, i.fields.get("month")) for i in found.of("meeting")] == [
        ("agenda.meeting-missing", 2),
        ("agenda.thematic", None),
    ]
    found = agenda(b, d(2026, 4, 2), RULES)
    assert ("agenda.meeting", {"month": 4, "end": "30/04/2026"}) in _keys(found, "meeting")


def test_the_quarters_thematic_meeting_with_its_planned_subject() -> None:
    plan = row(
        THEMATIC,
        2,
        **{"Quý": 2, "Chủ đề": "Học tập và làm theo Bác", "Người chuẩn bị": "Đ/c Hà"},
    )
    b = cell(year=2026, **{THEMATIC: [plan], MEETINGS: [_regular(d(2026, 4, 3))]})
    found = agenda(b, d(2026, 4, 20), RULES).of("meeting")
    (item,) = [i for i in found if i.key.startswith("agenda.thematic")]
    assert (item.key, item.sheet, item.cell, item.due) == (
        "agenda.thematic-planned",
        "Chuyên đề",
        "B2",
        d(2026, 6, 30),
    )
    assert item.fields["subject"] == "Học tập và làm theo Bác"
    held = row(MEETINGS, 3, **{"Ngày": d(2026, 4, 10), "Loại": "Chuyên đề", "Có mặt": 5})
    b = cell(year=2026, **{THEMATIC: [plan], MEETINGS: [_regular(d(2026, 4, 3)), held]})
    assert [i.key for i in agenda(b, d(2026, 4, 20), RULES).of("meeting")] == [
        "agenda.meeting-missing"
    ] * 3


def test_the_months_planned_tasks_not_marked_done() -> None:
    tasks = [
        row(MONTHLY, 2, **{"Tháng": 4, "Nội dung hoạt động": "Thăm hỏi", "Kết quả": None}),
        row(MONTHLY, 3, **{"Tháng": 4, "Nội dung hoạt động": "Dự giờ", "Kết quả": "Đã thực hiện"}),
        row(MONTHLY, 4, **{"Tháng": 5, "Nội dung hoạt động": "Tổng kết", "Kết quả": None}),
    ]
    b = cell(year=2026, **{MONTHLY: tasks, MEETINGS: [_regular(d(2026, 4, 3))]})
    items = [i for i in agenda(b, d(2026, 4, 20), RULES).of("meeting") if i.sheet == MONTHLY]
    assert [(i.fields["task"], i.cell) for i in items] == [("Thăm hỏi", "D2")]


# --- the review season, from 1 December


def test_the_review_season_opens_on_the_first_of_december() -> None:
    b = cell(
        member(2, **{"Xếp loại": "Hoàn thành tốt nhiệm vụ"}),
        member(3, **{"Tình trạng": STATUS_EXEMPT}),  # not rated: not counted
        member(4, **{"Ngày vào Đảng": d(2026, 9, 1), "Ngày chính thức": None}),  # too new
        year=2026,
    )
    assert agenda(b, d(2026, 11, 30), RULES).of("review") == []
    (item,) = agenda(b, d(2026, 12, 1), RULES).of("review")
    assert (item.fields["unrated"], item.fields["members"]) == (3, 4)
    assert item.fields["names"] == " (Người 50, Người 51, Người 52)"
    assert item.source == "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW"


# --- the period's reports


@pytest.mark.parametrize(
    ("day", "due"),
    [
        (d(2026, 6, 14), []),
        (d(2026, 6, 15), ["2026-H1"]),
        (d(2026, 12, 14), ["2026-H1"]),
        (d(2026, 12, 15), ["2026-H1", "2026"]),
    ],
)
def test_the_reports_are_due_from_the_fifteenth(day: d, due: list[str]) -> None:
    b = cell(year=2026)
    assert [i.fields["period"] for i in agenda(b, day, RULES).of("document")] == due
    made = agenda(b, day, RULES, made=["2026-H1"]).of("document")
    assert [i.fields["period"] for i in made] == [p for p in due if p != "2026-H1"]


# --- the command, as she runs it


def test_agenda_of_the_example_before_a_badge_round(tmp_path: Path) -> None:
    ran = run("agenda", str(EXAMPLE), "--ngay", "20/01/2023", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "VIỆC SẮP ĐẾN HẠN — CHI BỘ TRƯỜNG MẦM NON HOA SEN — ngày 20/01/2023",
        f"Sổ: {EXAMPLE}",
        "",
        "1. Huy hiệu Đảng, theo đợt trao",
        "  - [còn 14 ngày] Phạm Thị Lan: đủ 30 năm tuổi Đảng ngày 03/02/2023, vào đợt trao ngày "
        "03/02/2023.",
        "    Ở Đảng viên!G5 · Căn cứ: Điều lệ Đảng, Điều 5 khoản 4; Hướng dẫn 01-HD/TW "
        "(28/9/2021), mục 18 (*)",
        "",
        "(*) Có mốc hoặc tham số chưa xác nhận được từ văn bản gốc (hạn chót của đợt huy hiệu, "
        "mùa kiểm điểm, ngày báo cáo, số ngày làm việc để xét): kiểm tra với cấp ủy.",
    ]


def test_agenda_as_json_in_english(tmp_path: Path) -> None:
    ran = run(
        "--lang", "en", "agenda", str(EXAMPLE), "--ngay", "20/12/2023", "--format", "json",
        cwd=tmp_path,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    data = json.loads(ran.stdout)
    assert [(i["group"], i["code"], i["due"], i["days_left"]) for i in data["items"]] == [
        ("probation", "probation", "2024-03-15", 86),
        ("review", "review", "2023-12-31", 11),
        ("document", "report", None, None),
        ("document", "report", None, None),
    ]
    assert data["items"][3]["message"].startswith("The report of 2023 is not yet made")


def test_a_report_made_beside_the_workbook_is_not_asked_again(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    ran = run("agenda", "so.xlsx", "--ngay", "20/12/2023", cwd=tmp_path)
    assert "Báo cáo 2023 chưa làm" in ran.stdout
    (tmp_path / "bao-cao-2023.docx").write_bytes(b"x")
    ran = run("agenda", "so.xlsx", "--ngay", "20/12/2023", cwd=tmp_path)
    assert "Báo cáo 2023 chưa làm" not in ran.stdout


def test_badge_rounds_in_xlkit_toml_are_checked(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "xlkit.toml").write_text('[agenda]\nbadge_rounds = ["3/2", "31/2"]\n')
    ran = run("agenda", "so.xlsx", "--ngay", "20/01/2023", cwd=tmp_path)
    assert (ran.returncode, ran.stderr.strip()) == (
        2,
        "xlkit: xlkit.toml [agenda] badge_rounds: '31/2' không phải ngày/tháng (ví dụ \"19/5\").",
    )
    (tmp_path / "xlkit.toml").write_text('[agenda]\nbadge_rounds = ["1/2"]\n')
    ran = run("agenda", "so.xlsx", "--ngay", "20/01/2023", cwd=tmp_path)
    assert "vào đợt trao ngày 01/02/2023" not in ran.stdout  # reached 3/2: the next year's round
    assert as_text(Agenda(d(2023, 1, 1), "X"), "vi").endswith("Không có việc nào sắp đến hạn.\n")


def test_the_annotated_copy_has_the_agenda_sheet_of_its_year(tmp_path: Path) -> None:
    import openpyxl

    import xlkit

    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (report,) = xlkit.check([tmp_path / "so.xlsx"])
    written, _ = xlkit.annotate(report, today=d(2023, 12, 20))
    sheet = openpyxl.load_workbook(written)["Việc sắp đến hạn"]
    got = [r for r in sheet.iter_rows(values_only=True) if any(r)]
    assert got[0] == ("Việc", "Hạn", "Còn", "Nội dung", "Ở đâu", "Căn cứ")
    assert [(r[0], r[1], r[4]) for r in got[1:3]] == [
        ("Đảng viên dự bị sắp hết thời gian dự bị", "15/03/2024", "Đảng viên!H18"),
        ("Kiểm điểm, đánh giá, xếp loại cuối năm", "31/12/2023", "Đảng viên"),
    ]
    assert sheet["E2"].hyperlink.location == "'Đảng viên'!H18"
    assert got[-1][0].startswith("(*) Có mốc")
    written, _ = xlkit.annotate(report, today=d(2024, 1, 2), force=True)  # another year's
    assert "Việc sắp đến hạn" not in openpyxl.load_workbook(written).sheetnames


@pytest.mark.parametrize(
    ("day", "months", "key"),
    [
        (d(2026, 3, 31), "1, 2", "agenda.fee"),  # March still running: not in arrears
        (d(2026, 4, 1), "1, 2, 3", "agenda.fee-removal"),  # three months: removal considered
    ],
)
def test_a_months_fee_is_in_arrears_once_the_month_has_ended(day, months, key) -> None:
    b = cell(member(2), year=2026, **{FEES: [_fee(9, "Người 50", 1)]})
    (item,) = [i for i in agenda(b, day, RULES).of("fee") if i.fields["name"] == "Người 2"]
    assert (item.fields["months"], item.key) == (months, key)


def test_a_report_numbered_in_the_register_is_made(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "xlkit.toml").write_text('[register]\nfile = "so-dang-ky.json"\n')
    ran = run("report", "2023-H1", "so.xlsx", "-o", "out-h1.md", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    ran = run("agenda", "so.xlsx", "--ngay", "20/12/2023", "--format", "json", cwd=tmp_path)
    periods = [
        i["fields"]["period"] for i in json.loads(ran.stdout)["items"] if i["group"] == "document"
    ]
    assert periods == ["2023"]


# --- each kind of item whole: what it says, where from, when due, which rule


def test_meeting_items_whole() -> None:
    b = cell(year=2026, **{MEETINGS: [_regular(d(2026, 1, 5)), _regular(d(2026, 3, 5), 3)]})
    found = agenda(b, d(2026, 3, 20), RULES).of("meeting")
    monthly = "Điều lệ Đảng, Điều 24 khoản 2"
    assert found == [
        Due(
            "meeting",
            "agenda.meeting-missing",
            {"month": 2, "end": "28/02/2026"},
            MEETINGS,
            "A3",  # above March's row: where February's would go
            d(2026, 2, 28),
            -20,
            monthly,
        ),
        Due(
            "meeting",
            "agenda.thematic",
            {"quarter": 1, "end": "31/03/2026", "subject": "", "who": "", "when": "—"},
            MEETINGS,
            None,
            d(2026, 3, 31),
            11,
            "Hướng dẫn 42-HD/BTCTW",
            ("per_quarter",),
        ),
    ]
    empty = agenda(cell(year=2026), d(2026, 1, 10), RULES).of("meeting")
    assert [(i.key, i.cell, i.days) for i in empty] == [
        ("agenda.meeting", None, 21),
        ("agenda.thematic", None, 80),
    ]


def test_a_planned_thematic_meeting_whole() -> None:
    plan = row(
        THEMATIC,
        4,
        **{
            "Quý": 1,
            "Chủ đề": "Nghị quyết",
            "Người chuẩn bị": None,
            "Thời gian dự kiến": d(2026, 3, 9),
        },
    )
    b = cell(year=2026, **{THEMATIC: [plan], MEETINGS: [_regular(d(2026, 1, 5))]})
    (item,) = [i for i in agenda(b, d(2026, 1, 20), RULES).of("meeting") if i.sheet == THEMATIC]
    assert item == Due(
        "meeting",
        "agenda.thematic-planned",
        {
            "quarter": 1,
            "end": "31/03/2026",
            "subject": "Nghị quyết",
            "who": "—",
            "when": "09/03/2026",
        },
        THEMATIC,
        "B4",
        d(2026, 3, 31),
        70,
        "Hướng dẫn 42-HD/BTCTW",
        ("per_quarter",),
    )


def test_month_task_whole() -> None:
    task = row(
        MONTHLY, 5, **{"Tháng": 1, "Nội dung hoạt động": "Thăm hỏi", "Kết quả": "Chưa thực hiện"}
    )
    b = cell(year=2026, **{MONTHLY: [task], MEETINGS: [_regular(d(2026, 1, 5))]})
    (item,) = [i for i in agenda(b, d(2026, 1, 20), RULES).of("meeting") if i.sheet == MONTHLY]
    assert item == Due(
        "meeting",
        "agenda.month-task",
        {"task": "Thăm hỏi", "who": "—", "month": 1},
        MONTHLY,
        "D5",
        d(2026, 1, 31),
        11,
        "",
    )


def test_fee_items_whole() -> None:
    b = cell(member(2), year=2026, **{FEES: [_fee(9, "Người 50", 1)]})
    items = {i.fields["name"]: i for i in agenda(b, d(2026, 4, 2), RULES).of("fee")}
    assert items["Người 2"] == Due(
        "fee",
        "agenda.fee-removal",
        {"name": "Người 2", "months": "1, 2, 3", "count": 3, "most": 3},
        "Đảng viên",
        "B2",
        d(2026, 1, 31),
        -61,
        "Quy định 01-QĐ/TW (2026)",
        ("valid_from",),
    )
    assert items["Người 50"].fields == {"name": "Người 50", "months": "2, 3", "count": 2, "most": 3}
    assert items["Người 50"].key == "agenda.fee"
    # before QĐ 01-QĐ/TW (2026) no rule says three months: arrears only, no rule cited
    (early,) = [
        i for i in agenda(b, d(2026, 2, 2), RULES).of("fee") if i.fields["name"] == "Người 2"
    ]
    assert (early.key, early.source, early.unconfirmed, early.fields["most"]) == (
        "agenda.fee",
        "",
        (),
        0,
    )


def test_review_item_whole() -> None:
    b = cell(member(2, **{"Xếp loại": "Hoàn thành tốt nhiệm vụ"}), year=2026)
    (item,) = agenda(b, d(2026, 12, 1), RULES).of("review")
    assert item == Due(
        "review",
        "agenda.review",
        {
            "year": 2026,
            "unrated": 3,
            "members": 4,
            "names": " (Người 50, Người 51, Người 52)",
        },
        "Đảng viên",
        "O50",  # the first member without a rating
        d(2026, 12, 31),
        30,
        "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW",
        ("from",),
    )
    rated = [member(50 + i, **{"Xếp loại": "Hoàn thành nhiệm vụ"}) for i in range(6)]
    b = cell(*rated, year=2026)
    b.tables["Đảng viên"] = rated
    (item,) = agenda(b, d(2026, 12, 31), RULES).of("review")
    assert (item.fields["unrated"], item.fields["names"], item.cell, item.days) == (0, "", None, 0)
    many = [member(60 + i) for i in range(6)]
    b = cell(*many, year=2026)
    b.tables["Đảng viên"] = many
    (item,) = agenda(b, d(2026, 12, 2), RULES).of("review")
    assert item.fields["names"] == " (Người 60, Người 61, Người 62, Người 63, Người 64, …)"
    assert agenda(b, d(2024, 12, 2), RULES).of("review")[0].source == (
        "Quy định 124-QĐ/TW; Hướng dẫn 25-HD/BTCTW"
    )


def test_badge_and_document_items_whole() -> None:
    b = cell(member(2, **{"Ngày vào Đảng": d(1996, 9, 2)}), year=2026)
    (item,) = agenda(b, d(2026, 8, 1), RULES).of("badge")
    assert item == Due(
        "badge",
        "agenda.badge",
        {"name": "Người 2", "years": 30, "reached": "02/09/2026", "round": "02/09/2026"},
        "Đảng viên",
        "G2",
        d(2026, 9, 2),
        32,
        "Điều lệ Đảng, Điều 5 khoản 4; Hướng dẫn 01-HD/TW (28/9/2021), mục 18",
        ("cut_off",),
    )
    (report,) = agenda(b, d(2026, 6, 15), RULES).of("document")
    assert report == Due(
        "document",
        "agenda.report",
        {"period": "2026-H1", "since": "15/06/2026"},
        None,
        None,
        None,
        None,
        "Báo cáo sơ kết 6 tháng, tổng kết năm (đề cương của cấp ủy cấp trên)",
        ("half_year_from", "year_from"),
    )


def test_edges_a_round_today_a_year_ahead_five_names_another_quarters_plan() -> None:
    today = cell(member(2, **{"Ngày vào Đảng": d(1996, 9, 2)}), year=2026)
    assert [i.days for i in agenda(today, d(2026, 9, 2), RULES).of("badge")] == [0]
    # the round of 3/2/2027 is 366 days after 2/2/2026 (listed), 367 after 1/2/2026 (not)
    ahead = cell(member(2, **{"Ngày vào Đảng": d(1997, 2, 3)}), year=2026)
    assert [i.days for i in agenda(ahead, d(2026, 2, 2), RULES).of("badge")] == [366]
    assert agenda(ahead, d(2026, 2, 1), RULES).of("badge") == []
    five = [member(60 + i) for i in range(5)]
    b = cell(*five, year=2026)
    b.tables["Đảng viên"] = five
    (item,) = agenda(b, d(2026, 12, 2), RULES).of("review")
    assert item.fields["names"] == " (Người 60, Người 61, Người 62, Người 63, Người 64)"
    other = row(THEMATIC, 2, **{"Quý": 3, "Chủ đề": "Quý ba"})
    b = cell(year=2026, **{THEMATIC: [other], MEETINGS: [_regular(d(2026, 4, 3))]})
    keys = [i.key for i in agenda(b, d(2026, 4, 20), RULES).of("meeting") if "thematic" in i.key]
    assert keys == ["agenda.thematic"]
