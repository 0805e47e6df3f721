"""What arrives at the committee's door, hostile or only odd: packages, e-mails and folders that
must never be counted as verified, never hang and never crash. Each input is built here, small."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest
from builders import EXAMPLE

from xlkit.consolidate.cells import assess
from xlkit.consolidate.run import roll_up
from xlkit.consolidate.sources import gather
from xlkit.vocab.periods import Period

H1 = Period.parse("2023-H1")
BOOK = EXAMPLE.read_bytes()
NAME = "vi-du-2023.xlsx"


def package(folder: Path, files: dict[str, bytes] | None = None, **manifest: object) -> Path:
    """A package as `xlkit pack` writes it: the example's workbook, its manifest and SHA256SUMS;
    MANIFEST's fields override the ones written."""
    folder.mkdir(parents=True)
    files = {NAME: BOOK} if files is None else files
    listed = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        listed.append({"name": name, "sha256": hashlib.sha256(data).hexdigest()})
    written = {"xlkit": "0.1.0", "period": "2023-H1", "workbook": NAME, "files": listed}
    (folder / "manifest.json").write_text(json.dumps({**written, **manifest}), encoding="utf-8")
    sums = "".join(f"{e['sha256']}  {e['name']}\n" for e in listed)
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return folder


def rows(*sources: Path) -> list[tuple[str, str, str]]:
    """(origin's last part, status, note) of each row; the roll-up of one process, then two."""
    found = [
        (Path(r.origin.split(" › ")[-1]).name, r.status, r.note)
        for r in roll_up(H1, [*sources], jobs=1).rows
    ]
    assert [
        (Path(r.origin.split(" › ")[-1]).name, r.status, r.note)
        for r in roll_up(H1, [*sources], jobs=2).rows
    ] == found
    return found


def test_an_intact_package_is_counted(tmp_path: Path) -> None:
    assert rows(package(tmp_path / "goi")) == [(NAME, "ok", "")]


def test_a_workbook_missing_from_both_lists_and_changed_is_tampered(tmp_path: Path) -> None:
    folder = package(tmp_path / "goi", {"bao-cao.txt": b"report"})
    (folder / NAME).write_bytes(BOOK)  # listed nowhere: nothing vouches for it
    assert rows(folder) == [("goi", "tampered", NAME)]


@pytest.mark.parametrize(
    "manifest",
    [None, "{not json", "[]", '{"xlkit": "0.1.0", "files": "vi-du-2023.xlsx", "workbook": "x"}'],
    ids=["deleted", "not-json", "not-an-object", "files-a-string"],
)
def test_a_package_whose_manifest_is_gone_or_broken_is_tampered(
    tmp_path: Path, manifest: str | None
) -> None:
    folder = package(tmp_path / "goi")
    (folder / NAME).write_bytes(BOOK + b"changed")  # SHA256SUMS fails too
    if manifest is None:
        (folder / "manifest.json").unlink()
    else:
        (folder / "manifest.json").write_text(manifest, encoding="utf-8")
    assert rows(folder) == [("goi", "tampered", "manifest.json")]


def test_a_workbook_named_as_a_list_is_tampered(tmp_path: Path) -> None:
    assert rows(package(tmp_path / "goi", workbook=[NAME])) == [
        ("goi", "tampered", "manifest.json")
    ]


@pytest.mark.parametrize(
    "name", ["../khac.xlsx", "/etc/passwd", "sub/../../khac.xlsx", "C:/khac.xlsx"]
)
def test_a_workbook_outside_the_package_is_never_read(tmp_path: Path, name: str) -> None:
    outside = Path(name) if name.startswith("/") else tmp_path / "khac.xlsx"
    if not name.startswith("/"):
        outside.write_bytes(BOOK)
    digest = hashlib.sha256(outside.read_bytes()).hexdigest()
    folder = package(tmp_path / "goi")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["workbook"] = name
    manifest["files"].append({"name": name, "sha256": digest})  # its true SHA-256
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert rows(folder) == [("goi", "tampered", Path(name).name)]


def test_a_workbook_linked_out_of_the_package_is_never_read(tmp_path: Path) -> None:
    (tmp_path / "khac.xlsx").write_bytes(BOOK)
    folder = package(tmp_path / "goi")
    (folder / NAME).unlink()
    (folder / NAME).symlink_to(tmp_path / "khac.xlsx")
    assert rows(folder) == [("goi", "tampered", NAME)]


def test_a_workbook_changed_after_its_check_is_not_counted_as_checked(tmp_path: Path) -> None:
    folder = package(tmp_path / "goi")
    (item,) = gather([folder])
    (folder / NAME).write_bytes(BOOK[:-10] + b"0123456789")  # between the check and the reading
    assert [(r.status, r.note) for r in assess(item, H1)] == [("tampered", NAME)]


def test_a_named_pipe_in_a_package_is_not_waited_for(tmp_path: Path) -> None:
    folder = package(tmp_path / "goi")
    (folder / NAME).unlink()
    os.mkfifo(folder / NAME)
    assert rows(folder) == [("goi", "tampered", NAME)]
    (item,) = gather([package(tmp_path / "goi2")])
    (Path(str(item.path))).unlink()
    os.mkfifo(str(item.path))  # made a pipe after the check: still no wait
    assert [(r.status, r.note) for r in assess(item, H1)] == [("tampered", NAME)]


def test_a_folder_linked_to_itself_is_walked_once(tmp_path: Path) -> None:
    folder = tmp_path / "thu-den"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / NAME)
    (folder / "vong").symlink_to(folder)
    (folder / "tren").symlink_to(tmp_path)
    assert [item.origin for item in gather([folder])] == [str(folder / NAME)]


def message(*parts: EmailMessage | tuple[str, bytes], subject: str = "Báo cáo") -> EmailMessage:
    """A message carrying PARTS: attachments (name, bytes) and messages forwarded whole."""
    out = EmailMessage()
    out["Subject"], out["From"], out["To"] = subject, "chibo@example.vn", "vp@example.vn"
    out.set_content("Kính gửi Văn phòng.")
    for part in parts:
        if isinstance(part, EmailMessage):
            out.add_attachment(part)  # message/rfc822
        else:
            name, data = part
            out.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return out


def saved(folder: Path, name: str, mail: EmailMessage | bytes) -> Path:
    path = folder / name
    path.write_bytes(mail if isinstance(mail, bytes) else mail.as_bytes())
    return path


def test_a_workbook_forwarded_or_nested_is_found(tmp_path: Path) -> None:
    forwarded = message(message((NAME, BOOK)), subject="Fwd: Báo cáo")
    nested = message()
    wrapper = EmailMessage()
    wrapper.add_attachment(BOOK, maintype="application", subtype="octet-stream", filename=NAME)
    nested.make_mixed()
    inner = EmailMessage()
    inner.make_mixed()
    inner.attach(wrapper)
    nested.attach(inner)
    assert rows(saved(tmp_path, "fwd.eml", forwarded)) == [(NAME, "ok", "")]
    assert rows(saved(tmp_path, "nested.eml", nested)) == [(NAME, "ok", "")]


def test_two_workbooks_of_one_name_are_two_rows(tmp_path: Path) -> None:
    """Two cells' workbooks attached under `xlkit new`'s default name: neither is dropped (the
    example twice: one cell, its copies both named)."""
    name = "so-chi-bo-2023.xlsx"
    path = saved(tmp_path, "hai.eml", message((name, BOOK), (name, BOOK)))
    origins = [r.origin for item in gather([path]) for r in assess(item, H1)]
    assert origins == [f"{path} › {name}", f"{path} › {name} (2)"]


def test_a_message_without_a_workbook_is_a_row(tmp_path: Path) -> None:
    path = saved(tmp_path, "quen.eml", message(("ghi-chu.txt", b"quen dinh kem")))
    assert rows(path) == [("quen.eml", "unreadable", "thư không đính kèm sổ nào")]


def test_an_unknown_charset_or_endless_nesting_is_a_row(tmp_path: Path) -> None:
    charset = (
        b"Subject: =?x-unknown?B?QsOhbyBjw6Fv?=\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        b"Content-Type: text/plain; charset=x-unknown\n\nxin chao\n--b\n"
        b"Content-Type: application/octet-stream; name*=x-unknown''so.xlsx\n"
        b"Content-Disposition: attachment; filename*=x-unknown''so%FF.xlsx\n"
        b"Content-Transfer-Encoding: base64\n\nUEsDBA==\n--b--\n"
    )
    deep = b"MIME-Version: 1.0\n"
    for level in range(400):
        deep += f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n'.encode()
    deep += b"Content-Type: text/plain\n\nx\n"
    folder = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True)
    saved(folder / "new", "1.host", charset)
    saved(folder / "cur", "2.host:2,S", deep)
    found = rows(folder)
    assert [(status) for _, status, _ in found] == ["unreadable", "unreadable"]
    assert found[1][2] == "thư không tách được (bảng mã lạ hoặc lồng quá sâu)"


def test_a_name_with_line_breaks_is_one_line(tmp_path: Path) -> None:
    import base64

    raw = (
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n'
        b"Content-Type: application/octet-stream\n"
        b"Content-Disposition: attachment; filename*=utf-8''so%0D%0ABcc%3A%20x%40y.vn.xlsx\n"
        b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(BOOK) + b"--b--\n"
    )
    path = saved(tmp_path, "thu.eml", raw)
    (row,) = roll_up(H1, [path], jobs=1).rows
    assert row.origin == f"{path} › so Bcc: x@y.vn.xlsx" and "\n" not in row.origin


@pytest.mark.parametrize(
    "manifest",
    [b"{broken", json.dumps({"xlkit": "0.1.0", "workbook": [NAME], "files": []}).encode()],
    ids=["not-json", "workbook-a-list"],
)
def test_a_message_whose_manifest_is_broken_is_tampered(tmp_path: Path, manifest: bytes) -> None:
    path = saved(tmp_path, "thu.eml", message((NAME, BOOK), ("manifest.json", manifest)))
    assert rows(path) == [(NAME, "tampered", "manifest.json")]


def test_a_message_whose_manifest_does_not_list_its_workbook_is_tampered(tmp_path: Path) -> None:
    listed = {"xlkit": "0.1.0", "workbook": NAME, "files": []}
    path = saved(
        tmp_path, "thu.eml", message((NAME, BOOK), ("manifest.json", json.dumps(listed).encode()))
    )
    assert rows(path) == [(NAME, "tampered", NAME)]


def test_a_part_no_one_reads_is_passed_over_whatever_it_holds(tmp_path: Path) -> None:
    """The video beside the workbook is never held; a text part whose lines begin with `--` (a
    signature) does not lose the workbook after it; the Date is read from the headers alone."""
    mail = message(("hop.mp4", b"\x00" * 300_000), (NAME, BOOK))
    mail["Date"] = "Mon, 10 Jul 2023 09:00:00 +0700"
    mail.get_payload()[0].set_content("Kính gửi.\n-- \n--chữ ký\n---\n")
    path = saved(tmp_path, "thu.eml", mail)
    assert rows(path) == [(NAME, "ok", "")]
    (item,) = gather([path])
    assert item.sent == 1688954400.0


def test_a_report_changed_in_a_package_sent_by_mail_is_named(tmp_path: Path) -> None:
    """The manifest vouches for the report too: a PDF changed on the way is the message's row,
    tampered, though its figures come from the workbook alone."""
    report = b"%PDF-1.7 bao cao"
    listed = {
        "xlkit": "0.1.0",
        "workbook": NAME,
        "files": [
            {"name": NAME, "sha256": hashlib.sha256(BOOK).hexdigest()},
            {"name": "bao-cao.pdf", "sha256": hashlib.sha256(report).hexdigest()},
        ],
    }
    manifest = ("manifest.json", json.dumps(listed).encode())
    intact = saved(tmp_path, "a.eml", message((NAME, BOOK), ("bao-cao.pdf", report), manifest))
    changed = saved(
        tmp_path, "b.eml", message((NAME, BOOK), ("bao-cao.pdf", report + b"!"), manifest)
    )
    assert rows(intact) == [(NAME, "ok", "")]
    assert rows(changed) == [(NAME, "tampered", "bao-cao.pdf")]


def test_the_file_being_written_is_no_source_under_any_name(tmp_path: Path) -> None:
    """The roll-up's own output, in the folder it reads, is passed over by what it is, not by its
    name: reached through a link, or a second hard link, it is still the same file; before it
    exists, nothing is passed over."""
    folder = tmp_path / "thu-den"
    folder.mkdir()
    (folder / "a.xlsx").write_bytes(BOOK)
    output = folder / "tong-hop.xlsx"
    every = [str(folder / "a.xlsx")]
    assert [i.origin for i in gather([folder], (output,))] == every
    output.write_bytes(BOOK)
    os.link(output, folder / "ban-sao.xlsx")
    (folder / "lien-ket.xlsx").symlink_to(output)
    assert [i.origin for i in gather([folder], (output,))] == every
    assert [i.origin for i in gather([folder], (folder / "lien-ket.xlsx",))] == every
    assert len(list(gather([folder]))) == 4
