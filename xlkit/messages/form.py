"""What each rule of form governs (`xlkit rules`, vocab/form.py), key -> (vi, en)."""

from __future__ import annotations

FORM_LINES: dict[str, tuple[str, str]] = {
    "form.page": ("khổ giấy và phông chữ", "paper size and typeface"),
    "form.margins": (
        "lề trang: trên, dưới, trái, phải (mm)",
        "page margins: top, bottom, left, right (mm)",
    ),
    "form.header": (
        "cỡ chữ của tiêu đề, tên cơ quan, số, địa danh và ngày, tên loại và trích yếu",
        "sizes of the motto, the organs, the number, the place and date, the title and summary",
    ),
    "form.body": (
        "cỡ chữ, thụt đầu dòng và khoảng cách dòng của nội dung",
        "the body's size, first-line indent and line spacing",
    ),
    "form.numbering": ("đánh số văn bản", "how documents are numbered"),
    "form.signing": ("thẩm quyền ký, chức vụ người ký", "who signs, and as what"),
    "form.recipients": ("nơi nhận", "the recipients block"),
    "form.kinds": (
        "thể loại văn bản và thẩm quyền ban hành",
        "the kinds of document and who may issue them",
    ),
    "rules.form-heading": (
        "QUY TẮC THỂ THỨC VĂN BẢN (văn bản xlkit lập theo ngày của văn bản)",
        "RULES OF FORM (the documents xlkit makes, by the document's date)",
    ),
    "rules.values": ("Giá trị", "Values"),
    "rules.said-unconfirmed": ("chưa đối chiếu được văn bản", "not confirmed against the text"),
    "rules.asks": ("Quy định", "Asks"),
}
