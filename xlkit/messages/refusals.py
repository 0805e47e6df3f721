"""The lines that refuse to write: over her workbook, a file or folder of hers, a file of xlkit's
she has changed since, a package she added to; and what a packing killed mid-swap left behind.
Part of the catalogue (`lines.LINES`): key -> (vi, en)."""

from __future__ import annotations

REFUSALS: dict[str, tuple[str, str]] = {
    "err.exists": (
        "Tệp {path} đã có; thêm --force để ghi đè",
        "{path} exists; add --force to overwrite",
    ),
    "err.not-ours": (
        "Không ghi đè {path}: tệp này không do xlkit tạo ra; chọn tên khác",
        "Will not write over {path}: xlkit did not make it; choose another name",
    ),
    "err.edited-since": (
        "Không ghi đè {path}: tệp đã được sửa sau khi xlkit ghi ra; chọn tên khác",
        "Will not write over {path}: it was changed after xlkit wrote it; choose another name",
    ),
    "err.unrecorded": (
        "Không ghi đè {path}: xlkit không có ghi chép rằng tệp vẫn như khi xlkit ghi ra (có thể đã được sửa); chọn tên khác, hoặc tự xoá tệp nếu không cần nữa",
        "Will not write over {path}: xlkit has no record that it still holds what xlkit wrote (it may have been edited); choose another name, or delete it yourself if it is not needed",
    ),
    "err.spreadsheet-not-ours": (
        "Không ghi đè bảng tính {path}: đây không phải tệp xlkit tạo ra; chọn tên khác",
        "Will not write over the spreadsheet {path}: xlkit did not make it; choose another name",
    ),
    "err.same-as-input": (
        "Không ghi đè lên tệp đang đọc: {path}",
        "Will not write over a file being read: {path}",
    ),
    "err.inside-package": (
        "Không ghi vào tệp của gói đang gửi: {path}",
        "Will not write over a file of the package being sent: {path}",
    ),
    "err.folder-not-package": (
        "Không thay thế thư mục {path}: đây không phải gói do xlkit pack tạo ra; chọn thư mục khác với -o",
        "Will not replace the folder {path}: it is not a package made by xlkit pack; choose another folder with -o",
    ),
    "err.folder-holds-input": (
        "Không thay thế thư mục {path}: thư mục chứa sổ đang đọc",
        "Will not replace {path}: it holds the workbook being read",
    ),
    "err.is-folder": (
        "{path} là thư mục; hãy ghi tên tệp, ví dụ {path}/bao-cao.docx",
        "{path} is a folder; name a file, e.g. {path}/bao-cao.docx",
    ),
    "err.package-holds-hers": (
        "Không làm lại gói {path}: trong gói có tệp không do xlkit pack ghi ra hoặc đã được sửa ({names}); chuyển chúng ra chỗ khác, hoặc chọn thư mục khác với -o",
        "Will not rebuild the package {path}: it holds files xlkit pack did not write, or changed since ({names}); move them elsewhere, or choose another folder with -o",
    ),
    "err.package-exists": (
        "Gói {path} đã có; thêm --force để làm lại",
        "The package {path} exists; add --force to rebuild it",
    ),
    "note.package-restored": (
        "xlkit: lần đóng gói trước bị ngắt giữa chừng; đã đặt lại gói cũ vào {path}",
        "xlkit: the last packing was interrupted; the previous package is back in {path}",
    ),
    "note.package-leftovers": (
        "xlkit: đã dọn {count} thư mục tạm của lần đóng gói bị ngắt bên cạnh {path}",
        "xlkit: removed {count} temporary folders of an interrupted packing beside {path}",
    ),
}
