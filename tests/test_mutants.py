"""What mutation testing (mutmut) showed no test would notice, each now held by a test."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import pytest
from builders import book, cell, member, row
from conftest import MEMBERS

from xlkit.checks import check_path, document_findings
from xlkit.checks.party import check_party_rules
from xlkit.compute.collector import Indicator
from xlkit.read.opening import load
from xlkit.read.records import Row
from xlkit.read.values import _plain, type_value
from xlkit.vocab import schema, words
from xlkit.vocab.periods import Period
from xlkit.vocab.sections import SECTIONS_NEEDED
from xlkit.vocab.words import FEES, FIGURES, THEMATIC


def test_an_unreadable_file_names_itself_in_its_finding(tmp_path: Path) -> None:
    path = tmp_path / "hong.xlsx"
    path.write_bytes(b"PK\x03\x04 broken")
    (found,) = check_path(path).findings
    assert (found.code, found.value, found.message("en")) == (
        "file-unreadable",
        "",
        "The file cannot be read: the file is corrupt or truncated",
    )


def test_a_running_year_is_judged_as_far_as_today(make_book) -> None:
    path = make_book(Sinh_hoạt=[])  # no meetings at all
    early = check_path(path, today=d(2023, 3, 15)).flatten()
    assert [
        f for f in early if f[0] == "meeting-month-missing"
    ] == []  # the sheet is empty: nothing to judge
    rows = [{"Ngày": d(2023, 1, 5), "Loại": "Thường kỳ", "Có mặt": 5}]
    path = make_book(Sinh_hoạt=rows)
    months = [
        f
        for f in check_path(path, today=d(2023, 3, 15)).findings
        if f.code == "meeting-month-missing"
    ]
    assert [f.arg("month") for f in months] == [
        2
    ]  # January held, February missed, March still running


def test_indicator_labels_and_json_in_both_languages() -> None:
    item = Indicator("members.total", 18, "Đảng viên", (2, 3), "Tổng số đảng viên", "Members")
    assert (item.label(), item.label("vi"), item.label("en")) == (
        "Tổng số đảng viên",
        "Tổng số đảng viên",
        "Members",
    )
    assert item.as_dict("en") == {
        "key": "members.total",
        "label": "Members",
        "value": 18,
        "source": {"sheet": "Đảng viên", "rows": [2, 3]},
    }
    assert Indicator("x", 96.5789, "S").as_dict()["value"] == 96.58


def test_a_row_without_a_column_points_at_the_row() -> None:
    row = Row(words.MEMBERS, 7, {"Họ và tên": "A"}, {"Họ và tên": "B"})
    assert (row.cell("Họ và tên"), row.cell("Điểm")) == ("B7", "7")


def test_numbers_with_a_sign_and_both_separators() -> None:
    column = schema.BY_NAME[FIGURES].column("Số đạt")
    assert [
        type_value(column, text, "Số liệu", "D2")[0] for text in ("+5", "1.250,5", "+1,5", "5+")
    ] == [5, 1250.5, 1.5, None]
    assert (_plain(None), _plain(4.0), _plain(2.5)) == ("", "4", "2.5")
    _, (found,) = type_value(schema.BY_NAME[THEMATIC].column("Quý"), 5, "Chuyên đề", "A2")
    assert found.message("vi") == "'Quý' phải từ 1 đến 4"


def test_a_party_finding_names_the_member_and_cites_the_regulation_in_force() -> None:
    late = member(2, **{"Ngày vào Đảng": d(2022, 11, 17), "Ngày chính thức": None})
    (found,) = check_party_rules(book(late), Period.parse("2023"))
    assert (found.value, found.arg("source")) == (
        "Người 2",
        "Điều lệ Đảng, Điều 5 khoản 1; Quy định 24-QĐ/TW",
    )
    assert (
        found.message("vi")
        == "Người 2 hết thời gian dự bị từ 17/11/2023 nhưng chưa được công nhận chính thức"
    )
    assert (
        found.hint("en")
        == "Process the confirmation (Điều lệ Đảng, Điều 5 khoản 1; Quy định 24-QĐ/TW)."
    )


def test_a_document_refuses_legacy_text_it_prints_and_only_that(make_book) -> None:
    rows = [dict(m) for m in MEMBERS]
    rows[2]["Họ và tên"] = "Ph¹m ThÞ Cóc"
    prose = [
        {
            "Kỳ": "2023-H2",
            "Mục": "Mở đầu",
            "Nội dung": "Chi bé ®· hoµn thµnh",
        },  # another period: not printed
        {"Kỳ": "2023-H1", "Mục": "Mở đầu", "Nội dung": "Chi bé ®· hoµn thµnh"},
    ]
    figures = [{"Mã": "F1", "Nội dung": "TrÎ ®¹t chuÈn", "Kỳ": "2023-H1", "Số đạt": 5}]
    loaded, _ = load(make_book(Đảng_viên=rows, Nội_dung_báo_cáo=prose, Số_liệu=figures))
    found = document_findings(loaded, Period.parse("2023-H1"))
    assert [
        (f.code, f.sheet, f.cell, f.value, f.arg("header"), f.arg("converted")) for f in found
    ] == [
        ("document-legacy-text", "Đảng viên", "B4", "Ph¹m ThÞ Cóc", "Họ và tên", "Phạm Thị Cúc"),
        ("document-legacy-text", "Số liệu", "B2", "TrÎ ®¹t chuÈn", "Nội dung", "Trẻ đạt chuẩn"),
        (
            "document-legacy-text",
            "Nội dung báo cáo",
            "C3",
            "Chi bé ®· hoµn thµnh",
            "Nội dung",
            "Chi bộ đã hoàn thành",
        ),
    ]


def test_a_zero_fee_is_unpaid_and_any_amount_paid() -> None:
    from xlkit.compute.months import unpaid_months

    payer = member(2, **{"Họ và tên": "Ai Đó"})
    fees = [
        row(FEES, 2, **{"Họ và tên": "ai  đó", "Tháng": 1, "Số tiền": 0}),
        row(FEES, 3, **{"Họ và tên": "Ai Đó", "Tháng": 2, "Số tiền": 1}),
    ]
    assert unpaid_months(cell(payer, year=2026, Đảng_phí=fees), payer, 2026, (1, 2, 3)) == [1, 3]


def test_age_turns_on_the_birthday() -> None:
    from xlkit.compute.membership import age_at

    assert [
        age_at(d(2000, 5, 10), day) for day in (d(2018, 5, 9), d(2018, 5, 10), d(2018, 5, 11))
    ] == [17, 18, 18]


def test_indicators_say_where_they_come_from_in_both_languages(make_book) -> None:
    targets = [{"Mã": "CT1", "Nội dung": "Kết nạp", "Đơn vị tính": "đ/c", "Kế hoạch năm": 2}]
    loaded, _ = load(make_book(Chỉ_tiêu=targets))
    from xlkit.compute.indicators import compute

    items = {i.key: i for i in compute(loaded, Period.parse("2023"))}
    assert (items["target.CT1.plan"].label("en"), items["target.CT1.plan"].label("vi")) == (
        "CT1: plan",
        "Kết nạp: kế hoạch",
    )
    assert (items["members.total"].label("en"), items["members.women"].label("en")) == (
        "Members",
        "Women",
    )
    sheets = {
        "members": "Đảng viên",
        "ratings": "Đảng viên",
        "meetings": "Sinh hoạt",
        "development": "Phát triển Đảng",
        "inspection": "Kiểm tra giám sát",
    }
    for key, item in items.items():
        family = key.split(".")[0]
        if family in sheets:
            assert item.sheet == sheets[family], key


def test_figures_of_an_absent_column_or_an_empty_sheet_are_unknown(
    make_book, tmp_path: Path
) -> None:
    import openpyxl

    from xlkit.compute.indicators import compute

    path = make_book()
    book = openpyxl.load_workbook(path)
    sheet = book["Đảng viên"]
    for heading in sheet[1]:
        if heading.value in ("Giới tính", "Tôn giáo"):
            heading.value = None
            for below in sheet[heading.column_letter][1:]:
                below.value = None
    book.save(path)
    values = {i.key: i.value for i in compute(load(path)[0], Period.parse("2023"))}
    assert (values["members.women"], values["members.religious"], values["members.total"]) == (
        None,
        None,
        6,
    )
    empty = make_book(Đảng_viên=[])
    values = {i.key: i.value for i in compute(load(empty)[0], Period.parse("2023"))}
    assert (values["members.total"], values["members.official"], values["ratings.tot"]) == (
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    "header, keys",
    [
        ("Dân tộc", ("members.ethnic_minority",)),
        ("Tình trạng", ("members.exempt",)),
        ("Trình độ chuyên môn", ("members.education.dai_hoc", "members.education.thac_si")),
        ("Lý luận chính trị", ("members.theory.so_cap",)),
        ("Ngày sinh", ("members.age.31_40", "members.age.over_60")),
        ("Xếp loại", ("ratings.tot", "ratings.tot_tro_len_pct", "ratings.xuat_sac_of_tot_pct")),
        ("Ngày chính thức", ("members.official", "members.probationary", "members.confirmed")),
    ],
)
def test_each_figure_stands_aside_when_its_column_is_absent(
    make_book, header: str, keys: tuple[str, ...]
) -> None:
    import openpyxl

    from xlkit.compute.indicators import compute

    path = make_book()
    book = openpyxl.load_workbook(path)
    sheet = book["Đảng viên"]
    (column,) = [c.column_letter for c in sheet[1] if c.value == header]
    for each in sheet[column]:
        each.value = None
    book.save(path)
    values = {i.key: i.value for i in compute(load(path)[0], Period.parse("2023"))}
    assert {k: values[k] for k in keys} == dict.fromkeys(keys)
    assert values["members.total"] == 6  # the rest stands


def test_only_the_sections_left_unwritten_are_found(make_book) -> None:
    prose = [{"Kỳ": "2023-H1", "Mục": m, "Nội dung": "…"} for m in SECTIONS_NEEDED["report"][:-1]]
    prose.append(
        {"Kỳ": "2023-H2", "Mục": SECTIONS_NEEDED["report"][-1], "Nội dung": "…"}
    )  # another period's
    found = check_path(
        make_book(Nội_dung_báo_cáo=prose), period=Period.parse("2023-H1"), today=d(2026, 1, 1)
    )
    assert [(f.code, f.arg("section")) for f in found.findings if f.code == "section-empty"] == [
        ("section-empty", "Phương hướng, nhiệm vụ")
    ]


def test_a_rules_setting_must_be_a_table_and_name_what_exists() -> None:
    import pytest as _pytest

    from xlkit.checks.party.settings import RuleSettingError, with_settings

    with _pytest.raises(RuleSettingError) as raised:
        with_settings({"fee-unpaid": 3})
    assert (raised.value.key, raised.value.fields) == ("err.rule-value", {"name": "fee-unpaid"})
    with _pytest.raises(RuleSettingError) as raised:
        with_settings({"badge-du": {"years": [30]}})
    assert raised.value.fields == {"name": "badge-du", "closest": "badge-due"}
    assert with_settings({}) == with_settings(None)


def test_the_rules_json_is_indented_and_vietnamese_as_written() -> None:
    from xlkit.checks.listing import as_json, listed

    text = as_json([i for i in listed(2026) if i.rule.code == "cell-too-small"], "vi")
    assert (
        text.startswith('[\n  {\n    "code": "cell-too-small",')
        and '"checks": "chi bộ có dưới 3 đảng viên chính thức"' in text
    )


def test_committee_expected_points_at_the_signing_item(make_book) -> None:
    official = [member(2 + i) for i in range(6)]
    book = cell(*official, info={"Ký thay mặt": "T/M CHI BỘ"})
    book.info_cells["Ký thay mặt"] = "B13"
    (found,) = check_party_rules(book, Period.parse("2023"))
    assert (found.code, found.sheet, found.cell, found.value, found.arg("official")) == (
        "committee-expected",
        "Thông tin",
        "B13",
        "T/M CHI BỘ",
        9,
    )
    assert (
        found.message("vi") == "Chi bộ có 9 đảng viên chính thức: bầu chi ủy, văn bản ký T/M CHI ỦY"
    )


def test_every_target_indicator_is_labelled_and_sourced(make_book) -> None:
    from xlkit.compute.indicators import compute

    targets = [
        {
            "Mã": "CT1",
            "Nội dung": "Kết nạp",
            "Đơn vị tính": "đ/c",
            "Kế hoạch năm": 2,
            "Thực hiện cả năm": 3,
        }
    ]
    items = {i.key: i for i in compute(load(make_book(Chỉ_tiêu=targets))[0], Period.parse("2023"))}
    labels = {
        k: (items[k].label("vi"), items[k].label("en"), items[k].sheet, items[k].rows)
        for k in items
        if k.startswith("target.CT1")
    }
    assert labels == {
        "target.CT1.plan": ("Kết nạp: kế hoạch", "CT1: plan", "Chỉ tiêu", (2,)),
        "target.CT1.actual": ("Kết nạp: thực hiện", "CT1: actual", "Chỉ tiêu", (2,)),
        "target.CT1.pct": ("Kết nạp: tỷ lệ (%)", "CT1: percent", "Chỉ tiêu", (2,)),
        "target.CT1.status": ("Kết nạp: đánh giá", "CT1: status", "Chỉ tiêu", (2,)),
    }
    assert (items["target.CT1.pct"].value, items["target.CT1.status"].value) == (150.0, "Vượt")
