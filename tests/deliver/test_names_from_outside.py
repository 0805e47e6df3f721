"""A file named with CR or LF (possible on Linux, and in a Maildir): one line in the package, its
SHA256SUMS, the e-mail's headers and the roll-up's table, never a second header."""

from __future__ import annotations

import email
import shutil
from email import policy
from pathlib import Path

from builders import EXAMPLE
from clirun import run

from xlkit.consolidate.run import roll_up
from xlkit.vocab.periods import Period

ODD = "so\r\nBcc: x@y.vn.xlsx"


def test_pack_and_mail_make_the_name_one_line(tmp_path: Path) -> None:
    workbook = tmp_path / ODD
    shutil.copy(EXAMPLE, workbook)
    result = run(
        "pack", "2023-H1", str(workbook), "-o", str(tmp_path / "goi"), "--ngay", "04/07/2023"
    )
    assert result.returncode == 0, result.stderr
    assert "so Bcc: x@y.vn.xlsx" in {p.name for p in (tmp_path / "goi").iterdir()}
    sums = (tmp_path / "goi" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert [line.split("  ", 1)[1] for line in sums][0] == "so Bcc: x@y.vn.xlsx"
    eml = tmp_path / "thu.eml"
    mailed = run(
        "mail", "2023-H1", str(workbook), "--to", "vp@example.vn", "--eml", str(eml), cwd=tmp_path
    )
    assert mailed.returncode == 0, mailed.stderr
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["Bcc"] is None
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names[0] == "so Bcc: x@y.vn.xlsx"
    rows = roll_up(Period.parse("2023-H1"), [eml, tmp_path / "goi"], jobs=1).rows
    assert [(r.status, r.origin.rsplit(" › ", 1)[1]) for r in rows][:1] == [
        ("ok", "so Bcc: x@y.vn.xlsx")
    ]


def test_the_roll_up_table_keeps_one_line_a_cell(tmp_path: Path) -> None:
    folder = tmp_path / "den"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "a\r\nb.xlsx")
    result = run("rollup", "2023-H1", str(folder))
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 3  # header, the cell, the totals
    assert result.stdout.splitlines()[1].endswith(f"| {folder}/a b.xlsx")
