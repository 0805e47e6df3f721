"""Property-based: whatever is done to a valid workbook, check answers with findings, never a crash.

Random cells become random strings, numbers, dates, blanks or formulas; rows and columns are
inserted or deleted; sheets renamed or removed; XML parts truncated. For each: no exception escapes,
every finding names a sheet of the file (or of the standard) and a well-formed cell, the CLI exits 0
or 1, and the input's bytes are unchanged. A longer soak lives in bench/soak.py.
"""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from clirun import run
from conftest import EXAMPLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlkit.checks import check_path
from xlkit.vocab import schema
from xlkit.vocab.columns import fold
from xlkit.vocab.words import LISTS

CELL = re.compile(r"^([A-Z]{1,3}\d+|\d+|[A-Z]{1,3}|)$")
SHEETS = [s.name for s in schema.SHEETS if s.name != LISTS]
# text a spreadsheet program can hold (XML 1.0: no control characters)
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
values = st.one_of(
    texts,
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(date(1800, 1, 1), date(2200, 12, 31)).map(lambda d: datetime(d.year, d.month, d.day)),
    st.none(),
    st.sampled_from(
        [
            "=1/0",
            "=A1+B2",
            "=SUM(A:A)",
            '\'=HYPERLINK("x")',
            "31/02/1985",
            "6/20/2003",
            "Tr\xadêng",
            "1.250",
            "98%",
        ]
    ),
)
edits = st.one_of(
    st.tuples(
        st.just("cell"), st.sampled_from(SHEETS), st.integers(1, 40), st.integers(1, 20), values
    ),
    st.tuples(
        st.just("insert-rows"), st.sampled_from(SHEETS), st.integers(1, 30), st.integers(1, 3)
    ),
    st.tuples(
        st.just("delete-rows"), st.sampled_from(SHEETS), st.integers(1, 30), st.integers(1, 3)
    ),
    st.tuples(
        st.just("insert-cols"), st.sampled_from(SHEETS), st.integers(1, 16), st.integers(1, 2)
    ),
    st.tuples(
        st.just("delete-cols"), st.sampled_from(SHEETS), st.integers(1, 16), st.integers(1, 2)
    ),
    st.tuples(
        st.just("rename"),
        st.sampled_from(SHEETS),
        texts.filter(lambda t: t.strip() and not set(t) & set("[]:*?/\\'")),
    ),
    st.tuples(st.just("remove"), st.sampled_from(SHEETS)),
)


def _apply(book: openpyxl.Workbook, edit: tuple) -> None:
    kind, name = edit[0], edit[1]
    if name not in book.sheetnames:
        return
    sheet = book[name]
    if kind == "cell":
        _, _, row, column, value = edit
        cell = sheet.cell(row, column)
        cell.value = value
        if isinstance(value, str) and not value.startswith("="):
            cell.data_type = "s"
    elif kind == "insert-rows":
        sheet.insert_rows(edit[2], edit[3])
    elif kind == "delete-rows":
        sheet.delete_rows(edit[2], edit[3])
    elif kind == "insert-cols":
        sheet.insert_cols(edit[2], edit[3])
    elif kind == "delete-cols":
        sheet.delete_cols(edit[2], edit[3])
    elif (
        kind == "rename"
        and edit[2][:31].strip()
        and fold(edit[2][:31]) not in {fold(s) for s in book.sheetnames}
    ):
        sheet.title = edit[2][:31]
    elif kind == "remove" and len(book.sheetnames) > 1:
        book.remove(sheet)


def _holds(path: Path) -> None:
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    report = check_path(path)  # no exception may escape
    with zipfile.ZipFile(path) as archive:
        names = set()
        if "xl/workbook.xml" in archive.namelist():
            listed = re.findall(
                r'<sheet [^>]*name="([^"]*)"',
                archive.read("xl/workbook.xml").decode("utf-8", "replace"),
            )
            names = {fold(html.unescape(n)) for n in listed}  # names are XML-escaped in the part
    known = names | {fold(s.name) for s in schema.SHEETS}
    for finding in report.findings:
        assert finding.sheet == "" or fold(finding.sheet) in known, finding
        assert CELL.match(finding.cell), finding
        finding.message("vi"), finding.hint("en")  # every finding can be said
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(edits, min_size=1, max_size=6))
def test_any_edit_of_a_workbook_gives_findings_not_a_crash(changes: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "so.xlsx"
        shutil.copy(EXAMPLE, path)
        book = openpyxl.load_workbook(path)
        for change in changes:
            _apply(book, change)
        book.save(path)
        _holds(path)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["xl/workbook.xml", "xl/worksheets/sheet3.xml", "xl/sharedStrings.xml", "xl/styles.xml", "[Content_Types].xml",
                        "xl/_rels/workbook.xml.rels"]), st.floats(0.0, 0.99))  # fmt: skip
def test_a_truncated_part_is_a_finding(part: str, keep: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "so.xlsx"
        with (
            zipfile.ZipFile(EXAMPLE) as old,
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new,
        ):
            for info in old.infolist():
                data = old.read(info)
                new.writestr(
                    info.filename, data[: int(len(data) * keep)] if info.filename == part else data
                )
        _holds(path)
        result = run("check", str(path))
        assert result.returncode in {0, 1} and result.stderr == ""
