"""The `Thông tin` sheet: one value per label (the year, the cell, the signer …), not a table."""

from __future__ import annotations

from xlkit.vocab.columns import InfoItem, fold
from xlkit.vocab.words import (
    CELL_BRANCH,
    CELL_GRASSROOTS,
    ON_BEHALF,
    RATINGS,
    SIGNER_ROLES,
)
from xlkit.vocab.words import (
    FIRST_YEAR as FIRST_YEAR,
)
from xlkit.vocab.words import LAST_YEAR as LAST_YEAR

INFO: tuple[InfoItem, ...] = (
    InfoItem("Năm", True, "Năm của sổ, ví dụ 2023"),
    InfoItem("Đảng bộ cấp trên", True, "Ví dụ: ĐẢNG BỘ XÃ SƠN PHÚ"),
    InfoItem("Tên chi bộ", True, "Ví dụ: CHI BỘ TRƯỜNG MẦM NON SƠN PHÚ"),
    InfoItem("Ký hiệu chi bộ", True, "Phần sau dấu gạch chéo trong Số 03-BC/CB, ví dụ CB"),
    InfoItem("Địa danh", True, "Địa danh ghi trước ngày tháng, ví dụ Sơn Phú"),
    InfoItem("Bí thư", True, "Họ và tên người ký văn bản"),
    InfoItem("Nhiệm kỳ", False, "Ví dụ 2020-2025"),
    InfoItem("Đơn vị", False, "Ví dụ: Trường Mầm non Sơn Phú"),
    InfoItem("Nơi nhận", False, "Mỗi nơi nhận một dòng (Alt+Enter để xuống dòng)"),
    InfoItem("Chi bộ tự xếp loại", False, "Kết quả chi bộ tự đánh giá cuối năm", RATINGS),
    InfoItem(
        "Loại chi bộ",
        False,
        "Chi bộ cơ sở, hoặc chi bộ trực thuộc đảng ủy cơ sở (mặc định)",
        (CELL_GRASSROOTS, CELL_BRANCH),
    ),
    InfoItem(
        "Ký thay mặt",
        False,
        "T/M CHI BỘ (mặc định), T/M CHI ỦY khi chi bộ có chi ủy, hoặc T/M CẤP ỦY",
        ON_BEHALF,
    ),
    InfoItem(
        "Ký thay mặt kế hoạch",
        False,
        "Kế hoạch, chương trình chi bộ thông qua ký T/M CHI BỘ (mặc định); T/M CHI ỦY khi chi ủy "
        "ban hành",
        ON_BEHALF,
    ),
    InfoItem(
        "Chức vụ người ký",
        False,
        "BÍ THƯ (mặc định), hoặc PHÓ BÍ THƯ khi phó bí thư ký",
        SIGNER_ROLES,
    ),
    InfoItem(
        "Đại hội lần thứ",
        False,
        "Lần thứ của đại hội chi bộ bầu ra nhiệm kỳ này, ví dụ IX hoặc 9 (chương trình toàn khóa)",
    ),
)


INFO_BY_LABEL = {fold(i.label): i for i in INFO}
