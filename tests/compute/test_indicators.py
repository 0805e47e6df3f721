"""Indicators on a small workbook built here; every expectation computed by hand
(spec/indicators.md)."""

from __future__ import annotations

from datetime import date as d
from pathlib import Path

import pytest
from conftest import INFO, fill

from xlkit.checks import check_path
from xlkit.compute.collector import Indicator
from xlkit.compute.indicators import as_mapping, compute
from xlkit.read.opening import load
from xlkit.vocab import keys
from xlkit.vocab.periods import Period
from xlkit.workbooks.template import write_workbook

XS, TOT, HT = "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"


def m(
    name,
    sex,
    born,
    joined,
    official,
    edu,
    theory,
    rating=None,
    nation="Kinh",
    religion=None,
    status=None,
    changed=None,
):
    return {
        "Họ và tên": name,
        "Giới tính": sex,
        "Ngày sinh": born,
        "Dân tộc": nation,
        "Tôn giáo": religion,
        "Ngày vào Đảng": joined,
        "Ngày chính thức": official,
        "Trình độ chuyên môn": edu,
        "Lý luận chính trị": theory,
        "Xếp loại": rating,
        "Tình trạng": status,
        "Ngày thay đổi": changed,
    }


MEMBERS = [
    m("An", "Nữ", d(1980, 1, 1), d(2000, 1, 1), d(2001, 1, 1), "Đại học", "Trung cấp", XS),
    m(
        "Bình",
        "Nam",
        d(1990, 6, 15),
        d(2015, 3, 1),
        d(2016, 3, 1),
        "Cao đẳng",
        "Sơ cấp",
        TOT,
        nation="Tày",
        religion="Phật giáo",
    ),
    m(
        "Cúc",
        "Nữ",
        d(1995, 2, 2),
        d(2023, 2, 10),
        None,
        "Đại học",
        "Chưa qua đào tạo",
        TOT,
        religion="Không",
    ),  # admitted in H1
    m(
        "Dung", "Nữ", d(1985, 7, 1), d(2022, 4, 1), d(2023, 4, 5), "Thạc sĩ", "Sơ cấp", HT
    ),  # confirmed in H1
    m(
        "Em",
        "Nam",
        d(1982, 2, 2),
        d(2010, 1, 1),
        d(2011, 1, 1),
        "Đại học",
        "Sơ cấp",
        status="Chuyển đi",
        changed=d(2023, 5, 10),
    ),  # left mid-period
    m(
        "Giang",
        "Nữ",
        d(1960, 3, 3),
        d(1993, 5, 5),
        d(1994, 5, 5),
        "Trung cấp",
        "Sơ cấp",
        status="Miễn sinh hoạt",
    ),  # exempt, 30 years
    m(
        "Hà",
        "Nữ",
        d(1975, 12, 31),
        d(2012, 1, 1),
        d(2013, 1, 1),
        None,
        "Cao cấp",
        TOT,
        status="Chuyển đến",
        changed=d(2023, 3, 15),
    ),
]


def meeting(day, kind, present, excused=0, absent=0):
    return {
        "Ngày": day,
        "Loại": kind,
        "Có mặt": present,
        "Vắng có lý do": excused,
        "Vắng không lý do": absent,
    }


MEETINGS = [
    meeting(d(2023, 1, 5), "Thường kỳ", 4, 1),
    meeting(d(2023, 1, 20), "Thường kỳ", 4, 1),
    meeting(d(2023, 2, 6), "Thường kỳ", 5),
    meeting(d(2023, 3, 20), "Chuyên đề", 5, 1, 1),
    meeting(d(2023, 5, 5), "Thường kỳ", 6),
    meeting(d(2023, 7, 3), "Thường kỳ", 6),
]
DEVELOPMENT = [
    {
        "Họ và tên": "Xuân",
        "Ngày học lớp nhận thức": d(2023, 3, 1),
        "Ngày hoàn thiện hồ sơ": d(2023, 7, 1),
    },
    {
        "Họ và tên": "Cúc",
        "Ngày học lớp nhận thức": d(2022, 10, 1),
        "Ngày hoàn thiện hồ sơ": d(2023, 1, 5),
        "Ngày kết nạp": d(2023, 2, 10),
    },
]
INSPECTIONS = [
    {
        "Ngày": d(2023, 4, 1),
        "Hình thức": "Kiểm tra",
        "Đối tượng": "Bình",
        "Kết luận": "Không vi phạm",
    },
    {"Ngày": d(2023, 5, 1), "Hình thức": "Giám sát thường xuyên", "Đối tượng": "Dung"},
    {"Ngày": d(2023, 6, 1), "Hình thức": "Giám sát chuyên đề", "Đối tượng": "Chi bộ"},
    {
        "Ngày": d(2023, 6, 15),
        "Hình thức": "Kiểm tra",
        "Đối tượng": "An",
        "Kết luận": "Có vi phạm",
        "Kỷ luật": "Khiển trách",
    },
    {"Ngày": d(2023, 8, 1), "Hình thức": "Kiểm tra", "Đối tượng": "Cúc"},
]
AWARDS = [
    {
        "Kỳ": "2023-H1",
        "Đối tượng": "An",
        "Danh hiệu": "Chiến sĩ thi đua cơ sở",
        "Trạng thái": "Đề nghị",
    },
    {
        "Kỳ": "2023-H1",
        "Đối tượng": "Bình",
        "Danh hiệu": "Chiến sĩ thi đua cơ sở",
        "Trạng thái": "Đề nghị",
    },
    {"Kỳ": "2023", "Đối tượng": "Tập thể trường", "Danh hiệu": "Tập thể lao động tiên tiến"},
    {"Kỳ": "2023-Q2", "Đối tượng": "Dung", "Danh hiệu": "Lao động tiên tiến"},
]
TARGETS = [
    {
        "Mã": "T1",
        "Nội dung": "Kết nạp",
        "Đơn vị tính": "đ/c",
        "Kế hoạch năm": 2,
        "Kế hoạch 6 tháng": 1,
        "Nguồn số liệu": "members.admitted",
    },
    {
        "Mã": "T2",
        "Nội dung": "Sáng kiến",
        "Đơn vị tính": "lượt",
        "Kế hoạch năm": 10,
        "Thực hiện 6 tháng đầu": 12,
    },
    {
        "Mã": "T3",
        "Nội dung": "Trẻ bỏ học",
        "Đơn vị tính": "%",
        "Chiều": "Tối đa",
        "Kế hoạch năm": 1,
        "Thực hiện 6 tháng đầu": 2,
    },
    {"Mã": "T4", "Nội dung": "Chưa có số", "Đơn vị tính": "lớp", "Kế hoạch năm": 3},
]
FIGURES = [
    {"Mã": "F1", "Nội dung": "Trẻ đạt chuẩn", "Kỳ": "2023-H1", "Số đạt": 45, "Tổng số": 50},
    {"Mã": "F1", "Nội dung": "Trẻ đạt chuẩn", "Kỳ": "2023", "Số đạt": 90, "Tổng số": 100},
]

H1 = {
    "members.total": 6,
    "members.official": 5,
    "members.probationary": 1,
    "members.women": 5,
    "members.ethnic_minority": 1,
    "members.religious": 1,
    "members.exempt": 1,
    "members.education.tien_si": 0,
    "members.education.thac_si": 1,
    "members.education.dai_hoc": 2,
    "members.education.cao_dang": 1,
    "members.education.trung_cap": 1,
    "members.education.so_cap": 0,
    "members.education.chua_dao_tao": 0,
    "members.theory.cu_nhan": 0,
    "members.theory.cao_cap": 1,
    "members.theory.trung_cap": 1,
    "members.theory.so_cap": 3,
    "members.theory.chua_dao_tao": 1,
    "members.age.under_31": 1,
    "members.age.31_40": 2,
    "members.age.41_50": 2,
    "members.age.51_60": 0,
    "members.age.over_60": 1,
    "members.admitted": 1,
    "members.confirmed": 1,
    "members.transferred_in": 1,
    "members.transferred_out": 1,
    "members.deceased": 0,
    "members.removed": 0,
    "members.badge_due": 1,
    "ratings.xuat_sac": 1,
    "ratings.tot": 3,
    "ratings.hoan_thanh": 1,
    "ratings.khong_hoan_thanh": 0,
    "ratings.chua_xep_loai": 0,
    "ratings.tot_tro_len_pct": 80.0,
    "ratings.xuat_sac_of_tot_pct": 100 / 3,
    "cell.rating": "Hoàn thành tốt nhiệm vụ",
    "meetings.regular": 4,
    "meetings.months_expected": 6,
    "meetings.months_covered": 3,
    "meetings.thematic": 1,
    "meetings.quarters_covered": 1,
    "meetings.attendance_pct": 24 * 100 / 28,
    "development.trained": 1,
    "development.dossiers": 1,
    "development.admitted": 1,
    "inspection.kiem_tra": 2,
    "inspection.giam_sat": 2,
    "inspection.violations": 1,
    "inspection.discipline": 1,
    "awards.total": 3,
    "fees.collected": None,  # no Đảng phí sheet: unknown, not 0
    "fees.members_paid_full": None,
    "targets.total": 4,
    "targets.reached": 2,
    "target.T1.plan": 1,
    "target.T1.actual": 1,
    "target.T1.pct": 100.0,
    "target.T1.status": "Đạt",
    "target.T2.plan": 10,
    "target.T2.actual": 12,
    "target.T2.pct": 120.0,
    "target.T2.status": "Vượt",
    "target.T3.plan": 1,
    "target.T3.actual": 2,
    "target.T3.pct": None,
    "target.T3.status": "Chưa đạt",
    "target.T4.plan": 3,
    "target.T4.actual": None,
    "target.T4.pct": None,
    "target.T4.status": None,
    "figure.F1.value": 45,
    "figure.F1.total": 50,
    "figure.F1.pct": 90.0,
}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("ind") / "so.xlsx"
    write_workbook(path, year=2023)
    fill(
        path,
        INFO,
        {
            "Đảng viên": MEMBERS,
            "Sinh hoạt": MEETINGS,
            "Phát triển Đảng": DEVELOPMENT,
            "Kiểm tra giám sát": INSPECTIONS,
            "Thi đua khen thưởng": AWARDS,
            "Chỉ tiêu": TARGETS,
            "Số liệu": FIGURES,
        },
    )
    assert not check_path(path).errors, check_path(path).flatten()
    return load(path)[0]


def test_every_key_of_h1_by_hand(book) -> None:
    values = as_mapping(compute(book, Period.parse("2023-H1")))
    assert values.keys() == H1.keys()
    for key, expected in H1.items():
        assert (
            values[key] == pytest.approx(expected)
            if isinstance(expected, float)
            else values[key] == expected
        ), key


def test_every_spec_key_is_computed(book) -> None:
    values = as_mapping(compute(book, Period.parse("2023")))
    assert {k.key for k in keys.KEYS} <= values.keys()


def test_year_and_quarter(book) -> None:
    year = as_mapping(compute(book, Period.parse("2023")))
    assert (
        year["members.total"] == 6
        and year["meetings.regular"] == 5
        and year["meetings.months_covered"] == 4
    )
    assert (
        year["meetings.months_expected"] == 12
        and year["awards.total"] == 4
        and year["inspection.kiem_tra"] == 3
    )
    assert (
        year["development.dossiers"] == 2
        and year["figure.F1.pct"] == 90.0
        and year["figure.F1.value"] == 90
    )
    assert year["target.T2.actual"] is None  # no typed result for the year
    q1 = as_mapping(compute(book, Period.parse("2023-Q1")))
    assert q1["members.total"] == 7  # Em still there on 31 March; Hà arrived on 15 March
    assert (
        q1["meetings.months_expected"] == 3
        and q1["meetings.thematic"] == 1
        and q1["members.transferred_out"] == 0
    )


def test_sources_name_sheet_and_rows(book) -> None:
    items = {i.key: i for i in compute(book, Period.parse("2023-H1"))}
    assert (items["members.probationary"].sheet, items["members.probationary"].rows) == (
        "Đảng viên",
        (4,),
    )
    assert items["members.transferred_out"].rows == (6,)
    assert (items["meetings.thematic"].sheet, items["meetings.thematic"].rows) == (
        "Sinh hoạt",
        (5,),
    )
    assert items["members.total"].as_dict()["source"] == {
        "sheet": "Đảng viên",
        "rows": [2, 3, 4, 5, 7, 8],
    }


def test_empty_sheets_are_null_not_zero(tmp_path) -> None:
    path = tmp_path / "so.xlsx"
    write_workbook(path, year=2023)
    fill(path, INFO, {"Đảng viên": MEMBERS[:2]})
    values = as_mapping(compute(load(path)[0], Period.parse("2023-H1")))
    for key in (
        "meetings.regular",
        "meetings.months_covered",
        "meetings.thematic",
        "meetings.attendance_pct",
        "development.admitted",
        "inspection.kiem_tra",
        "awards.total",
        "fees.collected",
        "fees.members_paid_full",
        "targets.total",
        "targets.reached",
    ):
        assert values[key] is None, key
    assert values["meetings.months_expected"] == 6
    assert values["members.total"] == 2 and values["members.deceased"] == 0


def test_count_at_agrees_with_members_at_on_every_day(make_book) -> None:
    """The fast count of the attendance check says what the list says, odd rows included."""
    from datetime import date, timedelta

    from conftest import MEMBERS

    from xlkit.compute.membership import count_at, members_at
    from xlkit.read.opening import load

    rows = [dict(m) for m in MEMBERS]
    rows[0].update({"Tình trạng": "Chuyển đi", "Ngày thay đổi": date(2023, 5, 15)})
    rows[1].update({"Tình trạng": "Chuyển đến", "Ngày thay đổi": date(2023, 3, 1)})
    rows[2].update(
        {"Tình trạng": "Từ trần", "Ngày thay đổi": date(1990, 1, 1)}
    )  # "left" before admitted: never counted
    rows[3].update({"Tình trạng": "Ra khỏi Đảng", "Ngày thay đổi": None})
    book, _ = load(make_book(Đảng_viên=rows))
    days = [date(1989, 12, 31) + timedelta(days=n) for n in range(0, 13000, 7)] + [
        date(2023, 3, 1),
        date(2023, 5, 14),
        date(2023, 5, 15),
    ]
    assert [count_at(book, day) for day in days] == [len(members_at(book, day)) for day in days]


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
