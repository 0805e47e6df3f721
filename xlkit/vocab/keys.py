"""Every indicator key of spec/indicators.md with its labels: the contract, as data.

The schema offers the numeric keys as the `Nguồn số liệu` dropdown; the indicators module
computes exactly these keys (plus the per-target and per-figure keys built from the workbook's
own codes).
"""

from __future__ import annotations

from typing import NamedTuple

from xlkit.vocab.words import EDUCATION_LEVELS, RATING_KEYS, THEORY_LEVELS


class Key(NamedTuple):
    key: str
    vi: str
    en: str
    numeric: bool = True


def _k(key: str, vi: str, en: str, numeric: bool = True) -> Key:
    return Key(key, vi, en, numeric)


AGE_BANDS = {
    "under_31": ("Dưới 31 tuổi", "under 31", 0, 30),
    "31_40": ("Từ 31 đến 40 tuổi", "31 to 40", 31, 40),
    "41_50": ("Từ 41 đến 50 tuổi", "41 to 50", 41, 50),
    "51_60": ("Từ 51 đến 60 tuổi", "51 to 60", 51, 60),
    "over_60": ("Trên 60 tuổi", "over 60", 61, 200),
}
KEYS: tuple[Key, ...] = (
    _k("members.total", "Tổng số đảng viên", "Members"),
    _k("members.official", "Đảng viên chính thức", "Official members"),
    _k("members.probationary", "Đảng viên dự bị", "Probationary members"),
    _k("members.women", "Đảng viên nữ", "Women"),
    _k("members.ethnic_minority", "Đảng viên dân tộc thiểu số", "Ethnic minority"),
    _k("members.religious", "Đảng viên có đạo", "Religious"),
    _k("members.exempt", "Đảng viên miễn sinh hoạt", "Exempt from meetings"),
    *(
        _k(f"members.education.{k}", f"Trình độ chuyên môn: {v}", f"Education: {k}")
        for k, v in EDUCATION_LEVELS.items()
    ),
    *(
        _k(f"members.theory.{k}", f"Lý luận chính trị: {v}", f"Political theory: {k}")
        for k, v in THEORY_LEVELS.items()
    ),
    *(
        _k(f"members.age.{k}", f"Tuổi: {vi}", f"Age: {en}")
        for k, (vi, en, _, _) in AGE_BANDS.items()
    ),
    _k("members.admitted", "Kết nạp trong kỳ", "Admitted in the period"),
    _k("members.confirmed", "Công nhận chính thức trong kỳ", "Confirmed official in the period"),
    _k("members.transferred_in", "Chuyển đến trong kỳ", "Transferred in"),
    _k("members.transferred_out", "Chuyển đi trong kỳ", "Transferred out"),
    _k("members.deceased", "Từ trần trong kỳ", "Deceased"),
    _k("members.removed", "Ra khỏi Đảng trong kỳ", "Left the party"),
    _k("members.badge_due", "Đến hạn Huy hiệu Đảng", "Due a party badge"),
    *(_k(f"ratings.{k}", v, f"Rated {k}") for k, v in RATING_KEYS.items()),
    _k(
        "ratings.tot_tro_len_pct",
        "Tỷ lệ hoàn thành tốt nhiệm vụ trở lên (%)",
        "Rated good or better (%)",
    ),
    _k("ratings.xuat_sac_of_tot_pct", "Tỷ lệ xuất sắc so với tốt (%)", "Excellent per good (%)"),
    _k("cell.rating", "Chi bộ tự xếp loại", "The cell's own rating", numeric=False),
    _k("meetings.regular", "Số buổi sinh hoạt thường kỳ", "Regular meetings"),
    _k("meetings.months_expected", "Số tháng của kỳ", "Months in the period"),
    _k(
        "meetings.months_covered",
        "Số tháng có sinh hoạt thường kỳ",
        "Months with a regular meeting",
    ),
    _k("meetings.thematic", "Số buổi sinh hoạt chuyên đề", "Thematic meetings"),
    _k(
        "meetings.quarters_covered",
        "Số quý có sinh hoạt chuyên đề",
        "Quarters with a thematic meeting",
    ),
    _k("meetings.attendance_pct", "Tỷ lệ đảng viên dự sinh hoạt (%)", "Attendance (%)"),
    _k("development.trained", "Quần chúng học lớp nhận thức về Đảng", "Candidates trained"),
    _k("development.dossiers", "Hồ sơ đề nghị kết nạp hoàn thiện", "Dossiers completed"),
    _k("development.admitted", "Quần chúng được kết nạp", "Candidates admitted"),
    _k("inspection.kiem_tra", "Số cuộc kiểm tra", "Inspections"),
    _k("inspection.giam_sat", "Số cuộc giám sát", "Supervisions"),
    _k("inspection.violations", "Số trường hợp vi phạm", "Violations"),
    _k("inspection.discipline", "Số trường hợp bị kỷ luật", "Disciplined"),
    _k("awards.total", "Số lượt khen thưởng", "Awards"),
    _k("fees.collected", "Đảng phí đã thu (đồng)", "Party fees collected"),
    _k("fees.members_paid_full", "Đảng viên đóng đủ đảng phí", "Members who paid every month"),
    _k("targets.total", "Tổng số chỉ tiêu", "Targets"),
    _k("targets.reached", "Số chỉ tiêu đạt và vượt", "Targets reached"),
)

BY_KEY = {k.key: k for k in KEYS}
NUMERIC_KEYS = tuple(k.key for k in KEYS if k.numeric and not k.key.startswith("targets."))
