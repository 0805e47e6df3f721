"""Targets said as the plan seeds say them, both sides of each choice, and said where she places
them (`Chỉ tiêu` › Mục con); figures typed with their unit or base; the units she types."""

from __future__ import annotations

from datetime import date as d

import pytest
from builders import row

from xlkit.documents.model import Heading, ListItem, Paragraph
from xlkit.documents.plan_targets import target_sentence
from xlkit.documents.plans import PlanIssue, PlanKind, plan_document
from xlkit.read.opening import load
from xlkit.text.amounts import parse
from xlkit.vocab.words import TARGETS

DAY = d(2023, 1, 10)


def target(content: str, plan: str | float | None, unit: str = "%", **more: object):
    typed = parse(plan) if isinstance(plan, str) else plan
    return row(
        TARGETS,
        2,
        **{"Mã": "X", "Nội dung": content, "Đơn vị tính": unit},
        **{"Kế hoạch năm": typed, **more},
    )


@pytest.mark.parametrize(
    ("content", "plan", "said"),
    [
        # a share of anything but the cell's own people: the figure after what it measures
        ("Huy động học sinh đến trường", "98%", "Huy động học sinh đến trường đạt 98%."),
        ("Vận động học sinh tham gia HBYT", "100%", "Vận động học sinh tham gia HBYT đạt 100%."),
        (
            "Giáo viên dạy giỏi cấp trường",
            "trên 85%",
            "Giáo viên dạy giỏi cấp trường đạt trên 85%.",
        ),
        # her own "đạt" is the verb: not said twice
        (
            "Đội ngũ cán bộ, đảng viên đạt chuẩn về chuyên môn",
            "100%",
            "Đội ngũ cán bộ, đảng viên đạt chuẩn về chuyên môn 100%.",
        ),
        # a share of the cell's own people: the figure first, as every seed writes it
        ("Đảng viên học tập nghị quyết", "100%", "100% đảng viên học tập nghị quyết."),
        ("Cán bộ, đảng viên được bồi dưỡng", "100%", "100% cán bộ, đảng viên được bồi dưỡng."),
        ("Quần chúng ưu tú được bồi dưỡng", "100%", "100% quần chúng ưu tú được bồi dưỡng."),
        # "Đảng viên" only as a word's start counts: "Đảng viên" yes, "Đảng ủy viên" no
        ("Đảng ủy viên dự sinh hoạt", "100%", "Đảng ủy viên dự sinh hoạt đạt 100%."),
        # the base of a percentage, as she typed it
        (
            "Giáo viên dạy giỏi cấp trường",
            "trên 85%/TSGV đăng ký",
            "Giáo viên dạy giỏi cấp trường đạt trên 85%/TSGV đăng ký.",
        ),
        # her words hold the figure: printed as she wrote them, figure where she put it
        (
            "Vận động 100% học sinh bỏ học trở lại trường",
            "100%",
            "Vận động 100% học sinh bỏ học trở lại trường.",
        ),
        # …but a different figure in her words is not the plan's: the plan's is said too
        ("Lớp 5 tuổi đi học đều", "98%", "Lớp 5 tuổi đi học đều đạt 98%."),
    ],
)
def test_a_share_stands_where_the_seeds_put_it(content: str, plan: str, said: str) -> None:
    assert target_sentence(target(content, plan)) == said


@pytest.mark.parametrize(
    ("content", "plan", "unit", "said"),
    [
        ("Bồi dưỡng kết nạp 02 quần chúng ưu tú vào đảng", "02", "người", None),
        ("Phấn đấu trong năm kết nạp 2 đảng viên mới", "2", "đ/c", None),
        # the same figure not in her words: after a colon, with its unit
        (
            "Tham gia lớp bồi dưỡng nhận thức về Đảng",
            "2",
            "quần chúng",
            "Tham gia lớp bồi dưỡng nhận thức về Đảng: 2 quần chúng.",
        ),
        # a unit typed with the figure wins over the column's
        ("Kết nạp đảng viên mới", "04 đ/c", "người", "Kết nạp đảng viên mới: 04 đ/c."),
        (
            "Học sinh lớp 9 được kết nạp đoàn viên",
            "80 em",
            "",
            "Học sinh lớp 9 được kết nạp đoàn viên: 80 em.",
        ),
        # a typed figure of 02 is not her words' 2: "02 quần chúng" and "2" differ in form only
        ("Bồi dưỡng 2 quần chúng", "02", "người", None),
    ],
)
def test_a_count_in_her_words_or_after_a_colon(
    content: str, plan: str, unit: str, said: str | None
) -> None:
    assert target_sentence(target(content, plan, unit)) == (said or content + ".")


def test_the_parts_of_a_target_in_brackets() -> None:
    people = target("Đảng viên được xếp loại Hoàn thành tốt nhiệm vụ", "100%")
    excellent = target("Đảng viên Hoàn thành xuất sắc nhiệm vụ", "04", "đ/c")
    assert target_sentence(people, [excellent]) == (
        "100% đảng viên được xếp loại Hoàn thành tốt nhiệm vụ (trong đó có 04 đảng viên Hoàn "
        "thành xuất sắc nhiệm vụ)."
    )
    # shares alone: as she named them, "; " between, no "trong đó" she did not write
    quality = target("Chất lượng học sinh từ khá, giỏi", "64%")
    parts = [target("giỏi:", "20%"), target("khá", "44%")]
    assert target_sentence(quality, parts) == (
        "Chất lượng học sinh từ khá, giỏi đạt 64% (giỏi: 20%; khá 44%)."
    )
    # her own "trong đó" is not said twice
    rated = target("Cuối năm 100% cán bộ, đảng viên được đánh giá hoàn thành tốt nhiệm vụ", "100%")
    own = [target("trong đó xếp loại xuất sắc", "15%")]
    assert target_sentence(rated, own) == (
        "Cuối năm 100% cán bộ, đảng viên được đánh giá hoàn thành tốt nhiệm vụ (trong đó xếp "
        "loại xuất sắc 15%)."
    )
    # a part with no plan says nothing; no part left, no brackets
    assert target_sentence(people, [target("Chưa rõ", None)]) == (
        "100% đảng viên được xếp loại Hoàn thành tốt nhiệm vụ."
    )


# --- where a target is said ------------------------------------------------------------------


def _texts(document) -> list[str]:
    out = []
    for block in document.blocks:
        if isinstance(block, Heading):
            out.append(f"# {block.text}")
        elif isinstance(block, (Paragraph, ListItem)):
            out.append(" ".join(block.lines))
    return out


def _plan(make_book, kind: PlanKind, prose: list[dict], targets: list[dict], year: int = 2023):
    book, _ = load(make_book(Chỉ_tiêu=targets, Nội_dung_báo_cáo=prose))
    return _texts(plan_document(book, kind, PlanIssue(year, None, DAY)))


def _t(code: str, content: str, plan: str, sub: str = "", field: str = "Xây dựng Đảng") -> dict:
    return {
        "Mã": code,
        "Lĩnh vực": field,
        "Nội dung": content,
        "Đơn vị tính": "%",
        "Kế hoạch năm": plan,
        "Mục con": sub,
    }


def test_a_target_is_said_in_the_part_she_names(make_book) -> None:
    prose = [
        {"Kỳ": "KH-2023", "Mục": "Nhiệm vụ cụ thể", "Mục con": "Công tác A", "Nội dung": "Việc A."},
        {"Kỳ": "KH-2023", "Mục": "Nhiệm vụ cụ thể", "Mục con": "Công tác B", "Nội dung": "Việc B."},
    ]
    targets = [
        _t("CT01", "Đảng viên học tập", "100%", "Công tác A › Các chỉ tiêu phấn đấu của chi bộ"),
        _t("CT02", "Huy động trẻ", "98%"),  # no place: the default list after the fields
    ]
    texts = _plan(make_book, PlanKind.YEAR, prose, targets)
    at = texts.index
    assert at("# Các chỉ tiêu phấn đấu của chi bộ") == at("Việc A.") + 1
    assert at("100% đảng viên học tập.") == at("# Các chỉ tiêu phấn đấu của chi bộ") + 1
    assert at("# 2. Công tác B") > at("100% đảng viên học tập.")
    assert at("# * Các chỉ tiêu phấn đấu của chi bộ") > at("Việc B.")
    assert texts[at("# * Các chỉ tiêu phấn đấu của chi bộ") + 1] == "Huy động trẻ đạt 98%."


def test_a_part_only_targets_make_stands_before_the_part_a_later_target_names(make_book) -> None:
    prose = [
        {"Kỳ": "NV-2023", "Mục": "Nhiệm vụ chính trị", "Nội dung": "Lời mở của phần II."},
        {
            "Kỳ": "NV-2023",
            "Mục": "Nhiệm vụ chính trị",
            "Mục con": "Chất lượng giáo dục",
            "Nội dung": "Lời của chất lượng giáo dục.",
        },
    ]
    field = "Nhiệm vụ chính trị"
    targets = [
        _t("CT01", "Vận động học sinh tham gia HBYT", "100%", "Nhiệm vụ chính trị", field),
        _t("CT02", "Huy động học sinh đến trường", "98%", "Về công tác huy động", field),
        _t("CT03", "Tỷ lệ học sinh tốt nghiệp", "100%", "Chất lượng giáo dục", field),
    ]
    texts = _plan(make_book, PlanKind.TASK, prose, targets)
    at = texts.index
    # her Mục con naming the part itself: its own paragraph
    assert at("Vận động học sinh tham gia HBYT đạt 100%.") == at("Lời mở của phần II.") + 1
    assert at("# * Về công tác huy động") < at("# * Chất lượng giáo dục")
    assert texts[at("# * Về công tác huy động") + 1] == "Huy động học sinh đến trường đạt 98%."
    assert texts[at("# * Chất lượng giáo dục") + 2] == "Tỷ lệ học sinh tốt nghiệp đạt 100%."
    # the targets of one part are one paragraph, as seed 001 writes them
    two = [*targets, _t("CT04", "Học sinh giỏi", "20%", "Chất lượng giáo dục", field)]
    texts = _plan(make_book, PlanKind.TASK, prose, two)
    assert "Tỷ lệ học sinh tốt nghiệp đạt 100%. Học sinh giỏi đạt 20%." in texts


def test_her_headings_win_and_an_empty_part_is_left_out(make_book) -> None:
    prose = [
        {"Kỳ": "NV-2023", "Mục": "Thuận lợi", "Nội dung": "Thuận lợi một."},
        {
            "Kỳ": "NV-2023",
            "Mục": "Nhiệm vụ chính trị",
            "Nội dung": "Kết quả một.",
            "Tiêu đề": "Kết quả thực hiện nhiệm vụ được giao trong năm.",
        },
        {"Kỳ": "NV-2023", "Mục": "Tổ chức thực hiện", "Nội dung": "Tổ chức một."},
    ]
    texts = _plan(make_book, PlanKind.TASK, prose, [])
    headings = [t for t in texts if t.startswith("# ")]
    assert headings == [
        "# A. ĐẶC ĐIỂM TÌNH HÌNH CHUNG",
        "# * Thuận lợi",
        "# B. NỘI DUNG, TIÊU CHÍ PHẤN ĐẤU",
        "# I. Kết quả thực hiện nhiệm vụ được giao trong năm.",
        "# II. Tổ chức thực hiện",
    ]


def test_the_annual_plan_numbers_on_past_an_empty_part(make_book) -> None:
    prose = [
        {"Kỳ": "KH-2023", "Mục": "Nhiệm vụ chung", "Nội dung": "Chung."},
        {"Kỳ": "KH-2023", "Mục": "Giải pháp", "Nội dung": "Giải pháp một."},
    ]
    book, _ = load(make_book(Chỉ_tiêu=[], Kế_hoạch_tháng=[], Nội_dung_báo_cáo=prose))
    texts = _texts(plan_document(book, PlanKind.YEAR, PlanIssue(2023, None, DAY)))
    assert [t for t in texts if t.startswith("# ") and "." in t[:6]] == [
        "# I. ĐẶC ĐIỂM TÌNH HÌNH",
        "# II. NHIỆM VỤ CHUNG",
        "# III. NHỮNG GIẢI PHÁP ĐỂ THỰC HIỆN KẾ HOẠCH",
    ]


@pytest.mark.parametrize(
    ("last_ground", "opening"),
    [
        ("Căn cứ tình hình thực tế, chi bộ xây dựng kế hoạch như sau:", False),
        ("Căn cứ Điều lệ Đảng;", True),
    ],
)
def test_a_ground_that_leads_into_the_plan_takes_the_opening_sentences_place(
    make_book, last_ground: str, opening: bool
) -> None:
    prose = [{"Kỳ": "KH-2023", "Mục": "Căn cứ", "Nội dung": last_ground}]
    texts = _plan(make_book, PlanKind.YEAR, prose, [])
    default = "Chi bộ Trường Tiểu học An Phú xây dựng kế hoạch hoạt động của chi bộ năm 2023 cụ thể như sau:"
    assert (default in texts) is opening


# --- the edges mutation testing found untested ------------------------------------------------


@pytest.mark.parametrize(
    ("content", "plan", "unit", "more", "said"),
    [
        # a share typed with its sign in a column whose unit is not %
        ("Huy động trẻ", "98%", "", {}, "Huy động trẻ đạt 98%."),
        # a maximum with a qualifier keeps it, without one says "không quá"
        ("Trẻ bỏ học", "khoảng 1%", "%", {"Chiều": "Tối đa"}, "Trẻ bỏ học khoảng 1%."),
        ("Trẻ bỏ học", "1%", "%", {"Chiều": "Tối đa"}, "Trẻ bỏ học không quá 1%."),
        ("Vụ vi phạm", "tối đa 02", "vụ", {"Chiều": "Tối đa"}, "Vụ vi phạm: tối đa 02 vụ."),
        ("Vụ vi phạm", "02", "vụ", {"Chiều": "Tối đa"}, "Vụ vi phạm: không quá 02 vụ."),
        # her final mark is not doubled
        ("Thực hiện tốt quy chế.", None, "", {"Mục tiêu": None}, "Thực hiện tốt quy chế."),
        ("Kết nạp đảng viên mới;", "02", "đ/c", {}, "Kết nạp đảng viên mới: 02 đ/c."),
        # the plan's figure in her words, with or without its sign
        ("Phấn đấu 98% trẻ đi học", "98%", "%", {}, "Phấn đấu 98% trẻ đi học."),
        ("Phấn đấu 98 trẻ đi học", "98%", "%", {}, "Phấn đấu 98 trẻ đi học đạt 98%."),
    ],
)
def test_a_target_at_its_edges(
    content: str, plan: str | None, unit: str, more: dict, said: str
) -> None:
    assert target_sentence(target(content, plan, unit, **more)) == said


def test_the_parts_of_a_target_at_their_edges() -> None:
    people = target("Đảng viên được xếp loại tốt", "100%")
    # a part's own typed unit wins over its column's; a share typed with its sign is a share
    assert target_sentence(people, [target("Đảng viên xuất sắc", "04 đ/c", "người")]) == (
        "100% đảng viên được xếp loại tốt (trong đó có 04 đảng viên xuất sắc)."
    )
    assert target_sentence(people, [target("xuất sắc", "15%", "")]) == (
        "100% đảng viên được xếp loại tốt (xuất sắc 15%)."
    )
    # a count of things, not people: its unit after the figure; her own "có" not doubled
    lessons = target("Sinh hoạt chi bộ", "12", "buổi")
    assert target_sentence(lessons, [target("chuyên đề", "04", "buổi")]) == (
        "Sinh hoạt chi bộ: 12 buổi (trong đó có 04 buổi chuyên đề)."
    )
    assert target_sentence(lessons, [target("có 04 buổi chuyên đề", "04", "buổi")]) == (
        "Sinh hoạt chi bộ: 12 buổi (trong đó có 04 buổi chuyên đề)."
    )
    # a share and a count together: one "trong đó có" for all, "; " between
    assert target_sentence(
        people, [target("Xuất sắc", "15%"), target("Đảng viên mới", "02", "đ/c")]
    ) == ("100% đảng viên được xếp loại tốt (trong đó có xuất sắc 15%; 02 đảng viên mới).")
    # her own "trong đó" in a count part is not said twice either
    assert (
        target_sentence(people, [target("trong đó 02 đảng viên mới", "02", "đ/c")])
        == "100% đảng viên được xếp loại tốt (trong đó 02 đảng viên mới)."
    )


def test_a_term_programme_of_many_parts_letters_them_all(make_book) -> None:
    """Past the twelfth part (N) the letters go on (O … Y, then AA): a 13th part once stopped the
    programme with an IndexError."""
    prose = [
        {"Kỳ": "CT", "Mục": "Nhiệm vụ", "Mục con": f"Phần {i}", "Nội dung": "Việc."}
        for i in range(1, 25)
    ]
    book, _ = load(make_book(Nội_dung_báo_cáo=prose))
    document = plan_document(book, PlanKind.TERM, PlanIssue(2023, None, DAY))
    letters = [h.text.split(".")[0] for h in document.of(Heading)][1:]  # after "1. Căn cứ:"
    assert letters == [*"ABCDEGHIKLMNOPQRSTUVXY", "AA", "BB"]
