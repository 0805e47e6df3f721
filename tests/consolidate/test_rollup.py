"""`xlkit rollup`: totals that add up, ratios recomputed, every kind of source and of trouble a row."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import date as d
from pathlib import Path

import pytest
from clirun import run
from conftest import EXAMPLE, MEMBERS

from xlkit.consolidate.readback import read_rollup
from xlkit.consolidate.run import roll_up
from xlkit.consolidate.show import as_json
from xlkit.vocab.periods import Period

H1 = Period.parse("2023-H1")
ROOT = Path(__file__).resolve().parents[2]


def cell(make_book, name: str, members: int, present: int, called: int) -> Path:
    """A cell of MEMBERS members whose H1 meetings had PRESENT of CALLED attending."""
    rows = [
        dict(MEMBERS[i % len(MEMBERS)], **{"Họ và tên": f"Người {name} {i}"})
        for i in range(members)
    ]
    meetings = [
        {
            "Ngày": d(2023, m, 10),
            "Loại": "Thường kỳ",
            "Có mặt": present // 6,
            "Vắng có lý do": (called - present) // 6,
        }
        for m in range(1, 7)
    ]
    return make_book(
        {"Tên chi bộ": f"CHI BỘ {name}", "Đơn vị": ""}, Đảng_viên=rows, Sinh_hoạt=meetings
    )


@pytest.fixture
def inbox(make_book, tmp_path: Path) -> Path:
    folder = tmp_path / "thu-den"
    folder.mkdir()
    for name, members, present, called in (("A", 4, 24, 24), ("B", 6, 30, 36), ("C", 9, 36, 54)):
        shutil.copy(cell(make_book, name, members, present, called), folder / f"{name}.xlsx")
    return folder


def test_totals_are_the_sums_and_shares_are_recomputed(inbox: Path) -> None:
    rolled = roll_up(H1, [inbox], jobs=1)
    assert [(r.name, r.values["members.total"]) for r in rolled.rows] == [
        ("Chi bộ A", 4.0),
        ("Chi bộ B", 6.0),
        ("Chi bộ C", 9.0),
    ]
    assert all(r.counted for r in rolled.rows)
    text = as_json(rolled)
    data = json.loads(text)
    # counts are whole numbers, as a clerk's tool reads them
    assert '"members.total": 19,' in text and '"members.total": 19.0' not in text
    assert data["totals"]["members.total"] == 19
    assert data["totals"]["meetings.present"] == 90.0 and data["totals"]["meetings.called"] == 114.0
    # 90/114 = 78.9%, not the mean of 100%, 83.3% and 66.7% (83.3%), nor their sum
    assert round(data["totals"]["meetings.attendance_pct"], 1) == 78.9
    assert data["totals"]["meetings.months_expected"] is None  # not a count: never summed


def test_every_trouble_is_a_row_with_its_reason(make_book, inbox: Path, tmp_path: Path) -> None:
    (inbox / "cu.xls").write_bytes(
        (ROOT / "tests" / "data" / "hostile" / "cu-biff8.xls").read_bytes()
    )
    (inbox / "khoa.xlsx").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le")
    )
    (inbox / "rac.xlsx").write_bytes(b"not a workbook")
    shutil.copy(make_book({"Năm": "abc"}), inbox / "loi.xlsx")  # an error in Thông tin
    package = tmp_path / "goi"
    assert run("pack", "2023-H1", str(EXAMPLE), "-o", str(package)).returncode == 0
    (package / "chi-so-2023-H1.xlsx").write_bytes(b"changed on the way")
    shutil.move(str(package), inbox / "goi")
    (inbox / "~$A.xlsx").write_bytes(b"lock")  # Excel's lock file: not a source
    rolled = roll_up(H1, [inbox], jobs=2)
    found = {Path(r.origin.split(" › ")[0]).name: (r.status, r.note) for r in rolled.rows}
    assert (
        found["cu.xls"][0] == "unreadable"
        and found["khoa.xlsx"][0] == "unreadable"
        and found["rac.xlsx"][0] == "unreadable"
    )
    assert found["khoa.xlsx"][1] == "tệp được đặt mật khẩu"
    assert found["goi"] == ("tampered", "chi-so-2023-H1.xlsx")
    assert found["loi.xlsx"][0] in ("errors", "other-year")
    assert "~$A.xlsx" not in found and rolled.has_errors
    result = run("rollup", "2023-H1", str(inbox))
    assert (
        result.returncode == 1
        and "Gói bị thay đổi hoặc hỏng (chi-so-2023-H1.xlsx)" in result.stdout
    )


def test_packages_emails_and_maildir(tmp_path: Path) -> None:
    package = tmp_path / "goi"
    assert run("pack", "2023-H1", str(EXAMPLE), "-o", str(package)).returncode == 0
    eml = tmp_path / "thu.eml"
    assert (
        run(
            "mail",
            "2023-H1",
            str(EXAMPLE),
            "--to",
            "vp@example.vn",
            "--eml",
            str(eml),
            cwd=tmp_path,
        ).returncode
        == 0
    )
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    shutil.copy(eml, maildir / "cur" / "1700000000.1.host:2,S")
    for source in (package, eml, maildir):
        rolled = roll_up(H1, [source], jobs=1)
        assert [(r.name, r.status, r.values["members.total"]) for r in rolled.rows] == [
            ("Chi bộ Trường Mầm non Hoa Sen", "ok", 18.0)
        ], source
    assert rolled.rows[0].origin.endswith(" › vi-du-2023.xlsx")


def test_a_tampered_attachment_is_named(tmp_path: Path) -> None:
    import email
    from email import policy

    eml = tmp_path / "thu.eml"
    # in her folder: mail packs into out/ there first
    run("mail", "2023-H1", str(EXAMPLE), "--to", "vp@example.vn", "--eml", str(eml), cwd=tmp_path)
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    for part in message.iter_attachments():
        if part.get_filename() == "vi-du-2023.xlsx":
            part.set_content(
                b"PK changed",
                maintype="application",
                subtype="octet-stream",
                filename="vi-du-2023.xlsx",
            )
    eml.write_bytes(message.as_bytes())
    rows = roll_up(H1, [eml], jobs=1).rows
    assert [(r.status, r.note) for r in rows] == [("tampered", "vi-du-2023.xlsx")]


def test_expected_cells_that_sent_nothing(inbox: Path, tmp_path: Path) -> None:
    expected = tmp_path / "chi-bo.txt"
    expected.write_text("# các chi bộ\nChi bộ A\nchi bộ b\n\nChi bộ D\n", encoding="utf-8")
    rolled = roll_up(
        H1, [inbox], jobs=1, expected=[line for line in ["Chi bộ A", "chi bộ b", "Chi bộ D"]]
    )
    assert [(r.name, r.status) for r in rolled.rows if r.status == "missing"] == [
        ("Chi bộ D", "missing")
    ]
    result = run(
        "rollup", "2023-H1", str(inbox), "--expect", str(expected), "--ten", "Đảng ủy xã An Phú"
    )
    said = " ".join(result.stdout.split())
    assert (
        "Đảng bộ có 04 chi bộ; 03/04 chi bộ đã gửi báo cáo 6 tháng đầu năm 2023; chi bộ chưa gửi: Chi bộ D."
        in said
    )


def test_what_xlkit_wrote_beside_a_workbook_is_passed_over_unless_named(tmp_path: Path) -> None:
    """Found in a folder, an indicators workbook (its role read by the worker) is no cell; named, it
    is a row."""
    package = tmp_path / "goi"
    assert run("pack", "2023-H1", str(EXAMPLE), "-o", str(package)).returncode == 0
    folder = tmp_path / "thu"
    folder.mkdir()
    shutil.copy(package / "vi-du-2023.xlsx", folder)
    shutil.copy(package / "chi-so-2023-H1.xlsx", folder)
    rolled = roll_up(H1, [folder], jobs=1)
    assert [(Path(r.origin).name, r.status) for r in rolled.rows] == [("vi-du-2023.xlsx", "ok")]
    (row,) = roll_up(H1, [folder / "chi-so-2023-H1.xlsx"], jobs=1).rows
    assert (row.origin, row.status) == (str(folder / "chi-so-2023-H1.xlsx"), "errors")


def test_a_file_of_no_known_cell_is_not_counted_as_a_cell(inbox: Path, tmp_path: Path) -> None:
    """An unreadable file may be a cell expected as missing: it is named apart, never one more cell."""
    (inbox / "hong.xlsx").write_bytes(b"PK\x03\x04 broken")
    expected = tmp_path / "chi-bo.txt"
    expected.write_text("Chi bộ A\nChi bộ B\nChi bộ C\nChi bộ D\n", encoding="utf-8")
    said = " ".join(
        run(
            "rollup", "2023-H1", str(inbox), "--expect", str(expected), "--ten", "Đảng ủy xã An Phú"
        ).stdout.split()
    )
    assert (
        "Đảng bộ có 04 chi bộ; 03/04 chi bộ đã gửi báo cáo 6 tháng đầu năm 2023; chi bộ chưa gửi: Chi bộ D; "
        "ngoài ra 01 tệp chưa rõ của chi bộ nào (kể dưới)." in said
    )
    assert f"01 sổ không đọc được: {inbox / 'hong.xlsx'}." in said
    said = " ".join(
        run("rollup", "2023-H1", str(inbox), "--ten", "Đảng ủy xã An Phú").stdout.split()
    )
    assert (
        "Đảng bộ có 03 chi bộ; 03/03 chi bộ đã gửi báo cáo 6 tháng đầu năm 2023; ngoài ra 01 tệp chưa rõ của chi bộ nào (kể dưới)."
        in said
    )


def test_the_committee_summary_is_written_and_what_is_not_ours_is_kept(
    inbox: Path, tmp_path: Path
) -> None:
    """`--tom-tat` writes the summary (text or .docx) with the committee as issuer, and never over a
    file of the user's."""
    from docx import Document

    line = "Đảng bộ có 03 chi bộ; 03/03 chi bộ đã gửi báo cáo 6 tháng đầu năm 2023."
    text, word = tmp_path / "tong-hop.txt", tmp_path / "tong-hop.docx"
    for target in (text, word):
        result = run(
            "rollup", "2023-H1", str(inbox), "--tom-tat", str(target), "--ten", "Đảng ủy xã An Phú",
            "--ngay", "10/07/2023", "--dia-danh", "An Phú", "--nguoi-ky", "Trần Văn Bình",
        )  # fmt: skip
        assert (result.returncode, result.stderr) == (0, f"xlkit: Đã ghi: {target}\n")
    said = text.read_text(encoding="utf-8")
    assert "ĐẢNG ỦY XÃ AN PHÚ" in said and line in " ".join(said.split())
    assert line in " ".join(" ".join(p.text for p in Document(str(word)).paragraphs).split())
    result = run("rollup", "2023-H1", str(inbox), "--tom-tat", str(word))
    assert (result.returncode, result.stderr) == (
        2,
        f"xlkit: Tệp {word} đã có; thêm --force để ghi đè\n",
    )
    assert (
        run("rollup", "2023-H1", str(inbox), "--tom-tat", str(word), "--force").returncode == 0
    )  # its own: replaced
    mine = tmp_path / "cua-toi.docx"
    shutil.copy(word, mine)
    hers = Document(str(mine))
    hers.core_properties.keywords = ""  # a .docx she keeps: no mark of xlkit's
    hers.save(str(mine))
    before = mine.read_bytes()
    result = run("rollup", "2023-H1", str(inbox), "--tom-tat", str(mine), "--force")
    assert (result.returncode, result.stderr) == (
        2,
        f"xlkit: Không ghi đè {mine}: tệp này không do xlkit tạo ra; chọn tên khác\n",
    )
    assert mine.read_bytes() == before


def test_the_newer_of_two_copies_counts(make_book, tmp_path: Path) -> None:
    folder = tmp_path / "hai-lan"
    folder.mkdir()
    old, new = folder / "a-cu.xlsx", folder / "a-moi.xlsx"
    shutil.copy(cell(make_book, "A", 4, 24, 24), old)
    shutil.copy(cell(make_book, "A", 5, 24, 24), new)
    os.utime(old, (1_600_000_000, 1_600_000_000))
    rolled = roll_up(H1, [folder], jobs=1)
    assert [(r.name, r.values["members.total"]) for r in rolled.rows] == [("Chi bộ A", 5.0)]
    assert [(x.kept, x.dropped) for x in rolled.duplicates] == [(str(new), str(old))]
    result = run("rollup", "2023-H1", str(folder))
    assert f"xlkit: Chi bộ A gửi hai lần: tính bản mới hơn {new}, bỏ bản {old}\n" in result.stderr


def test_a_rollup_of_rollups_adds_up(make_book, inbox: Path, tmp_path: Path) -> None:
    other = tmp_path / "xa-khac"
    other.mkdir()
    shutil.copy(cell(make_book, "E", 7, 42, 42), other / "E.xlsx")
    first, second = tmp_path / "xa-1.xlsx", tmp_path / "xa-2.xlsx"
    assert run("rollup", "2023-H1", str(inbox), "-o", str(first)).returncode == 0
    assert run("rollup", "2023-H1", str(other), "-o", str(second)).returncode == 0
    upper = roll_up(H1, [first, second], jobs=1)
    lower = [roll_up(H1, [inbox], jobs=1), roll_up(H1, [other], jobs=1)]
    up = json.loads(as_json(upper))["totals"]
    down = [json.loads(as_json(x))["totals"] for x in lower]
    for key in (
        "members.total",
        "members.admitted",
        "meetings.present",
        "meetings.called",
        "targets.reached",
    ):
        assert (up[key] or 0) == sum(t[key] or 0 for t in down), key
    assert round(up["meetings.attendance_pct"], 6) == round(
        up["meetings.present"] * 100 / up["meetings.called"], 6
    )
    assert [r.name for r in read_rollup(first, "x")] == ["Chi bộ A", "Chi bộ B", "Chi bộ C"]


def test_parallel_and_serial_give_the_same_roll_up(inbox: Path) -> None:
    assert as_json(roll_up(H1, [inbox], jobs=1)) == as_json(roll_up(H1, [inbox], jobs=2))


@pytest.mark.parametrize(
    ("count", "jobs", "sizes"),
    [
        (0, 2, []),
        (1, 2, [1]),
        (9, 2, [1] * 9),  # fewer than eight a worker: one at a time
        (20, 2, [2, 2, 2] + [1] * 14),
        (200, 4, [12, 11, 11, 10, 9, 9, 8, 8, 7, 7, 6]),
    ],
)
def test_items_go_to_the_workers_in_batches_that_shrink_towards_the_end(
    count: int, jobs: int, sizes: list[int]
) -> None:
    from xlkit.consolidate.run import BATCH_MOST, batches

    items = [str(i) for i in range(count)]
    sent = list(batches(items, jobs))  # type: ignore[arg-type]
    assert [x for batch in sent for x in batch] == items  # each once, in order
    assert [len(b) for b in sent][: len(sizes)] == sizes
    assert all(len(b) <= BATCH_MOST for b in sent)


def test_a_thousand_items_go_sixteen_at_a_time_then_fewer() -> None:
    from xlkit.consolidate.run import batches

    sizes = [len(b) for b in batches(list(range(1000)), 2)]  # type: ignore[arg-type]
    assert sizes[:55] == [16] * 55 and sizes[55] == 15  # until each worker has 4 x 16 left
    assert sizes[-8:] == [1] * 8 and sorted(sizes, reverse=True) == sizes


def test_the_consolidated_workbook_keeps_strings_as_strings(make_book, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    import openpyxl

    path = make_book()
    book = openpyxl.load_workbook(path)
    superior = next(
        row[1] for row in book["Thông tin"].iter_rows() if row[0].value == "Đảng bộ cấp trên"
    )
    superior.value, superior.data_type = (
        '=HYPERLINK("http://x","bấm")',
        "s",
    )  # text that looks like a formula
    book.save(folder / "x.xlsx")
    target = tmp_path / "tong-hop.xlsx"
    assert run("rollup", "2023-H1", str(folder), "-o", str(target)).returncode == 0
    superior = openpyxl.load_workbook(target)["Chỉ số"]["B3"]
    assert (superior.data_type, superior.value) == ("s", '=HYPERLINK("http://x","bấm")')
    csv = run("rollup", "2023-H1", str(folder), "--format", "csv").stdout
    assert ',"\'=HYPERLINK(""http://x"",""bấm"")",' in csv


def test_a_roll_up_never_writes_over_a_source(inbox: Path) -> None:
    source = inbox / "A.xlsx"
    before = source.read_bytes()
    result = run("rollup", "2023-H1", str(inbox), "-o", str(source), "--force")
    assert result.returncode == 2 and source.read_bytes() == before


def test_ctrl_c_leaves_nothing_behind(make_book, tmp_path: Path) -> None:
    import pty
    import select

    folder = tmp_path / "nhieu"
    folder.mkdir()
    one = cell(make_book, "A", 6, 30, 36)
    for i in range(4000):  # seconds of work however fast a roll-up gets: Ctrl-C comes while it runs
        os.link(one, folder / f"{i:04}.xlsx")  # links, not copies: 4,000 names cost no disk
    target = tmp_path / "ra" / "tong-hop.xlsx"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COV")}
    # stderr a terminal, as hers is: the roll-up draws its progress bar there once a cell is read
    screen, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "xlkit", "rollup", "2023-H1", str(folder), "-o", str(target), "--jobs", "2"], env=env,
                               stdout=subprocess.PIPE, stderr=terminal, start_new_session=True)  # fmt: skip
    os.close(terminal)
    drawn = b""
    while b"xlkit rollup" not in drawn and process.poll() is None:
        if select.select([screen], [], [], 60)[0]:
            drawn += os.read(screen, 4096)
    assert process.poll() is None, drawn  # still rolling up when the bar shows
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    process.communicate(timeout=60)
    with contextlib.suppress(OSError):  # the terminal reads EIO once the process has closed it
        while select.select([screen], [], [], 0)[0] and (more := os.read(screen, 4096)):
            drawn += more
    os.close(screen)
    assert process.returncode == 130, drawn
    assert not target.exists() and not (target.parent.exists() and list(target.parent.iterdir()))
    assert b"Traceback" not in drawn


def test_a_roll_up_that_cannot_be_read_is_a_row(tmp_path: Path) -> None:
    from xlkit.consolidate.readback import read_rollup

    broken = tmp_path / "x.xlsx"
    broken.write_bytes(b"broken")
    assert [(r.origin, r.status) for r in read_rollup(broken, "x")] == [("x", "unreadable")]
    assert [(r.origin, r.status) for r in read_rollup(EXAMPLE, "vd")] == [
        ("vd", "unreadable")
    ]  # no Tổng hợp sheet


def test_a_roll_up_written_into_a_source_folder_is_not_read_back(inbox: Path) -> None:
    target = inbox / "tong-hop.xlsx"
    first = run("rollup", "2023-H1", str(inbox), "-o", str(target))
    again = run("rollup", "2023-H1", str(inbox), "-o", str(target), "--force")
    assert (first.returncode, again.returncode) == (0, 0)
    assert (
        "gửi hai lần" not in again.stderr and again.stdout == first.stdout
    )  # the same three cells, once each
    other = run(
        "rollup", "2023-H1", str(inbox)
    )  # not being written now: a roll-up one level down, its cells again
    assert "gửi hai lần" in other.stderr


def test_the_terminal_table_speaks_the_users_language(inbox: Path) -> None:
    english = run("rollup", "2023-H1", str(inbox), "--lang", "en").stdout.splitlines()
    assert [c.strip() for c in english[0].split("|")] == [
        "Cell",
        "Members",
        "Admitted",
        "Attendance",
        "Targets reached",
        "Status",
        "Source",
    ]
    assert english[-1].startswith("Total ") and all(
        " | Fine " in line or " | Warnings " in line for line in english[1:-1]
    )
    vietnamese = run("rollup", "2023-H1", str(inbox)).stdout.splitlines()
    assert vietnamese[0].startswith("Chi bộ ") and vietnamese[-1].startswith("Tổng cộng ")


def test_the_cells_are_checked_by_the_committees_rule_settings(tmp_path: Path) -> None:
    """xlkit.toml's [rules] holds in the workers as in check (a lower quota: a note in each cell)."""

    def codes() -> list[str]:
        result = run(
            "rollup", "2023-H1", str(EXAMPLE), "--format", "json", "--jobs", "2", cwd=tmp_path
        )
        return sorted(f[1] for f in json.loads(result.stdout)["cells"][0]["findings"])

    assert codes() == ["badge-due"]
    (tmp_path / "xlkit.toml").write_text("[rules.excellent-over-quota]\nratio_pct = 1\n")
    assert codes() == ["badge-due", "excellent-share-high"]


def test_an_e_mail_is_taken_apart_by_its_worker_never_held(tmp_path: Path) -> None:
    """Memory flat in the number of e-mails: an item names its message; its worker parses it once
    and reads every workbook in it, in its turn."""
    from xlkit.consolidate.cells import assess
    from xlkit.consolidate.sources import gather

    eml = tmp_path / "thu.eml"
    # in her folder: mail packs into out/ there first
    run("mail", "2023-H1", str(EXAMPLE), "--to", "vp@example.vn", "--eml", str(eml), cwd=tmp_path)
    (item,) = gather([eml])
    assert (item.path, item.message, item.origin) == (eml, True, str(eml))
    (row,) = assess(item, H1)
    assert (row.origin, row.status) == (f"{eml} › vi-du-2023.xlsx", "ok")
    eml.write_bytes(b"Subject: gone\n\nnothing attached\n")  # changed since: said so
    (row,) = assess(item, H1)
    assert (row.status, row.note, row.findings[0][1]) == (
        "unreadable",
        "thư không đính kèm sổ nào",
        "file-unreadable",
    )


def test_what_is_kept_of_a_cell_is_small_and_whole(inbox: Path) -> None:
    """Figures packed as numbers, findings in a temporary file: read back, they are what the worker
    said."""
    from xlkit.consolidate.cells import assess
    from xlkit.consolidate.rows import FIGURE_KEYS
    from xlkit.consolidate.sources import gather
    from xlkit.consolidate.spool import Figures, Spooled

    (inbox / "hong.xlsx").write_bytes(b"broken")
    rolled = roll_up(H1, [inbox], jobs=1)
    direct = [row for item in gather([inbox]) for row in assess(item, H1)]
    assert [r.origin for r in rolled.rows] == [r.origin for r in direct]
    for kept, said in zip(rolled.rows, direct, strict=True):
        assert isinstance(kept.values, Figures) and dict(kept.values) == {
            k: said.values.get(k) for k in FIGURE_KEYS
        }
        assert [kept.values.get(k, 7) for k in FIGURE_KEYS] == [
            said.values.get(k) for k in FIGURE_KEYS
        ]  # a figure not known is None, as in the worker's dict; only a key not one is 7
        assert kept.values.get("khong.co", 7) == 7
        assert (
            isinstance(kept.findings, Spooled)
            and list(kept.findings) == list(said.findings)
            and len(kept.findings) == len(said.findings)
        )
        assert kept.findings[0] == said.findings[0]


def test_the_spool_closes_with_its_roll_up(inbox: Path) -> None:
    import gc

    rolled = roll_up(H1, [inbox], jobs=1)
    kept = rolled.spool._file
    assert not kept.closed
    del rolled
    gc.collect()
    assert kept.closed


def test_the_output_is_what_its_name_asks_for(inbox: Path, tmp_path: Path) -> None:
    """`-o` writes the consolidated workbook, or the table as CSV or JSON (what --format prints), by
    the name's extension; a name it cannot honour is refused before the roll-up runs, as is the
    summary's."""
    for suffix in ("csv", "json"):
        target = tmp_path / f"tong-hop.{suffix}"
        assert run("rollup", "2023-H1", str(inbox), "-o", str(target)).returncode == 0
        printed = run("rollup", "2023-H1", str(inbox), "--format", suffix).stdout
        assert target.read_text(encoding="utf-8") == printed
        again = run(
            "rollup", "2023-H1", str(inbox), "-o", str(target)
        )  # its own: replaced only with --force
        assert (again.returncode, again.stderr) == (
            2,
            f"xlkit: Tệp {target} đã có; thêm --force để ghi đè\n",
        )
        assert run("rollup", "2023-H1", str(inbox), "-o", str(target), "--force").returncode == 0
    for flag, name, accepted in (
        ("-o", "tong-hop.ods", "xlsx, csv, json"),
        ("--tom-tat", "tom-tat.xlsx", "txt, md, docx, pdf"),
    ):
        result = run("rollup", "2023-H1", str(inbox), flag, str(tmp_path / name))
        assert (result.returncode, result.stdout, result.stderr) == (
            2,
            "",
            f"xlkit: Định dạng không hỗ trợ: .{name.split('.')[1]} (chọn {accepted})\n",
        )
        assert not (tmp_path / name).exists()
