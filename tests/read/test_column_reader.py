"""The reader types a sheet column by column (each distinct value once); it must say and read
exactly what typing every cell on its own says and reads. The reference below is that cell-by-cell
reading."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime
from typing import Any

import pytest

from xlkit.messages.findings import Finding
from xlkit.read import values
from xlkit.read.known import KNOWN, KNOWN_TEXT
from xlkit.read.records import Row
from xlkit.read.tables import _parse_table, find_header
from xlkit.read.values import is_filled, type_value
from xlkit.read.workbook import BLANK, RawSheet
from xlkit.text import amounts
from xlkit.vocab import schema, words
from xlkit.vocab.columns import Column, Sheet, Type, column_letter, fold
from xlkit.vocab.words import TARGETS, THEMATIC

# the codes the header pass says; the rest are the data's, which both readings must say alike
HEADER_CODES = {
    "header-missing",
    "header-optional-missing",
    "header-merged",
    "header-duplicate",
    "column-unknown",
    "column-no-header",
    "sheet-empty",
}


def cell_by_cell(
    spec: Sheet, sheet: RawSheet, formulas: set[str], percents: dict[str, int]
) -> tuple[list[tuple[Any, ...]], list[Finding]]:
    """Every cell typed on its own, in reading order: the rows (number, values, cells, unknown) and
    findings."""
    header_index = find_header(sheet, spec)
    assert header_index is not None
    by_fold = {fold(c.header): c for c in spec.columns}
    positions: dict[str, int] = {}
    for index, value in enumerate(sheet.rows[header_index]):
        column = by_fold.get(fold(str(value))) if is_filled(value) else None
        if column is not None and column.header not in positions:
            positions[column.header] = index
    rows, findings = [], []
    seen: dict[str, dict[str, str]] = {c.header: {} for c in spec.columns if c.unique}
    for index in range(header_index + 1, len(sheet.rows)):
        cells, number = sheet.rows[index], index + 1
        refs = {h: f"{column_letter(i)}{number}" for h, i in positions.items()}
        pending = {h for h, ref in refs.items() if ref in formulas}
        raw = {h: cells[i] if i < len(cells) else "" for h, i in positions.items()}
        if not pending and not any(is_filled(v) for v in raw.values()):
            continue
        values: dict[str, Any] = {}
        unknown: set[str] = set(pending)
        row_findings: list[Finding] = []
        for header, value in raw.items():
            column = spec.column(header)
            if header in pending:
                values[header] = None
                continue
            if (
                column.type is Type.AMOUNT
                and refs[header] in percents
                and isinstance(value, (int, float))
            ):
                value = amounts.of_number(value, percents[refs[header]])
            typed, found = type_value(column, value, spec.name, refs[header])
            if column.unless and is_filled(raw.get(column.unless)):
                found = [f for f in found if f.code != "value-required"]
            values[header] = typed
            row_findings += found
            if typed is None and is_filled(value):
                unknown.add(header)
            if column.unique and typed is not None:
                folded = fold(str(typed))
                if folded in seen[header]:
                    row_findings.append(
                        _duplicate(spec.name, refs[header], value, header, seen[header][folded])
                    )
                else:
                    seen[header][folded] = refs[header]
        findings += sorted(row_findings, key=lambda f: _column_index(f.cell))
        rows.append((number, values, raw, frozenset(unknown)))
    return rows, findings


def _duplicate(sheet: str, ref: str, value: Any, header: str, first: str) -> Finding:
    from xlkit.messages.findings import finding

    return finding("value-duplicate", sheet, ref, value, header=header, first=first)


def _column_index(ref: str) -> int:
    letters = "".join(ch for ch in ref if ch.isalpha())
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index


def column_wise(
    spec: Sheet, sheet: RawSheet, formulas: set[str], percents: dict[str, int]
) -> tuple[list[tuple[Any, ...]], list[Finding]]:
    rows, _, findings = _parse_table(spec, sheet, formulas, percents)
    read = [(r.number, r.values, r.raw, r.unknown) for r in rows]
    return read, [f for f in findings if f.code not in HEADER_CODES]


def same_reading(
    spec: Sheet,
    rows: list[list[Any]],
    formulas: set[str] = frozenset(),
    percents: dict[str, int] | None = None,
) -> list[Finding]:  # type: ignore[assignment]
    sheet = RawSheet(spec.name, [list(r) if r else BLANK for r in rows])
    expected = cell_by_cell(spec, sheet, set(formulas), percents or {})
    for _ in (
        "cold",
        "warm",
    ):  # the second reading takes the values the first one kept (KNOWN)
        got = column_wise(spec, sheet, set(formulas), percents or {})
        assert got[0] == expected[0]
        assert got[1] == expected[1]
    return got[1]


MEMBERS = schema.BY_NAME[words.MEMBERS]
HEADERS = [c.header for c in MEMBERS.columns]


def member_row(**values: Any) -> list[Any]:
    base = {
        "STT": 1.0,
        "Họ và tên": "Nguyễn Văn An",
        "Ngày sinh": date(1985, 3, 4),
        "Giới tính": "Nam",
        "Dân tộc": "Kinh",
        "Ngày vào Đảng": date(2010, 5, 6),
    }
    return [values.get(h, base.get(h, "")) for h in HEADERS]


def test_a_value_repeated_with_a_finding_is_said_at_each_cell_and_shared_when_clean() -> None:
    rows = [
        HEADERS,
        *(
            member_row(
                **{"Họ và tên": f"Người {i}", "Ngày sinh": "31/02/1985" if i % 2 else "05/03/1990"}
            )
            for i in range(6)
        ),
    ]
    found = same_reading(MEMBERS, rows)
    birth = column_letter(HEADERS.index("Ngày sinh"))
    assert [(f.code, f.cell) for f in found if f.code in ("value-not-date", "date-as-text")] == [
        ("date-as-text", f"{birth}2"),
        ("value-not-date", f"{birth}3"),
        ("date-as-text", f"{birth}4"),
        ("value-not-date", f"{birth}5"),
        ("date-as-text", f"{birth}6"),
        ("value-not-date", f"{birth}7"),
    ]


def test_true_is_not_one_in_a_number_column() -> None:
    # True == 1 in Python: a column holding booleans is typed cell by cell, never by a shared value
    rows = [
        HEADERS,
        member_row(**{"Thời gian không sinh hoạt (tháng)": 1.0}),
        member_row(**{"Họ và tên": "B", "Thời gian không sinh hoạt (tháng)": True}),
    ]
    found = same_reading(MEMBERS, rows)
    letter = column_letter(HEADERS.index("Thời gian không sinh hoạt (tháng)"))
    assert [(f.code, f.cell) for f in found] == [("value-not-number", f"{letter}3")]
    rows = [
        HEADERS,
        member_row(**{"Thời gian không sinh hoạt (tháng)": 0.0}),
        member_row(**{"Họ và tên": "B", "Thời gian không sinh hoạt (tháng)": False}),
    ]
    found = same_reading(MEMBERS, rows)  # FALSE == 0 too, and a set keeps only one of them
    assert [(f.code, f.cell) for f in found] == [("value-not-number", f"{letter}3")]


def test_duplicates_whatever_the_case_and_spacing_name_the_first() -> None:
    nfd = unicodedata.normalize("NFD", "Lê Thị Hoa")
    rows = [
        HEADERS,
        member_row(**{"Họ và tên": "Lê Thị Hoa"}),
        member_row(**{"Họ và tên": "lê  thị hoa"}),
        member_row(**{"Họ và tên": nfd}),
        member_row(**{"Họ và tên": "Lê Hoa"}),
    ]
    found = same_reading(MEMBERS, rows)
    assert [(f.code, f.cell, f.arg("first")) for f in found if f.code == "value-duplicate"] == [
        ("value-duplicate", "B3", "B2"),
        ("value-duplicate", "B4", "B2"),
    ]


def test_blank_rows_whitespace_rows_and_short_rows() -> None:
    rows = [
        HEADERS,
        member_row(),
        [],
        ["  ", " ", ""],
        member_row(**{"Họ và tên": "C"})[:3],
        [None] * len(HEADERS),
        member_row(**{"Họ và tên": "D"}),
    ]
    same_reading(MEMBERS, rows)
    read, _ = column_wise(
        MEMBERS, RawSheet(MEMBERS.name, [list(r) if r else BLANK for r in rows]), set(), {}
    )
    assert [number for number, *_ in read] == [2, 5, 7]


def test_formulas_never_computed_and_percentages_are_typed_on_their_own() -> None:
    targets = schema.BY_NAME[TARGETS]
    headers = [c.header for c in targets.columns]
    plan = column_letter(headers.index("Kế hoạch năm"))

    def target(code: str, plan_value: Any) -> list[Any]:
        base = {"Mã": code, "Nội dung": "Tỷ lệ", "Đơn vị tính": "%", "Kế hoạch năm": plan_value}
        return [base.get(h, "") for h in headers]

    rows = [
        headers,
        target("CT01", 0.98),
        target("CT02", 0.98),
        target("CT03", ""),
        target("CT04", 95),
        [],
        [],
        [],
    ]
    formulas = {
        f"{plan}4",
        f"{plan}6",
        "A7",
        "Z8",
    }  # CT03's plan, blank rows holding a formula in A (and in no column of ours)
    found = same_reading(targets, rows, formulas, {f"{plan}2": 0})
    read, _ = column_wise(
        targets,
        RawSheet(targets.name, [list(r) if r else BLANK for r in rows]),
        formulas,
        {f"{plan}2": 0},
    )
    plans = {number: values["Kế hoạch năm"] for number, values, _, _ in read}
    assert (plans[2], plans[2].percent, plans[3], plans[4], plans[5]) == (98, True, 0.98, None, 95)
    unknown = {number: sorted(unknown) for number, _, _, unknown in read if unknown}
    assert [number for number, *_ in read] == [2, 3, 4, 5, 6, 7]
    assert unknown == {4: ["Kế hoạch năm"], 6: ["Kế hoạch năm"], 7: ["Mã"]}
    assert all(f.cell != f"{plan}4" for f in found)


@pytest.mark.parametrize("seed", range(40))
def test_random_sheets_read_alike(seed: int) -> None:
    """Sheets of every kind, filled from each column's good and bad values at random."""
    rng = random.Random(seed)
    spec = schema.SHEETS[1 + seed % (len(schema.SHEETS) - 1)]
    headers = [c.header for c in spec.columns]
    rng.shuffle(headers)
    rows: list[list[Any]] = [headers]
    for _ in range(rng.randint(0, 30)):
        if rng.random() < 0.1:
            rows.append([])
            continue
        rows.append([rng.choice(_POOL[spec.column(h).type] + ["", None, " "]) for h in headers])
    letters = [column_letter(i) for i in range(len(headers))]
    formulas = {
        f"{rng.choice(letters)}{rng.randint(2, len(rows) + 1)}" for _ in range(rng.randint(0, 3))
    }
    percents = {
        f"{rng.choice(letters)}{rng.randint(2, len(rows) + 1)}": rng.choice((0, 1))
        for _ in range(rng.randint(0, 3))
    }
    same_reading(spec, rows, formulas, percents)


_POOL: dict[Type, list[Any]] = {
    Type.TEXT: [
        "Nguyễn Văn An",
        "nguyễn văn an",
        "  Lê  Hoa ",
        "Hµ Néi",
        unicodedata.normalize("NFD", "Hà Nội"),
        "Kinh",
        "a\nb",
        5.0,
        2.5,
        date(2023, 1, 2),
        True,
    ],
    Type.DATE: [
        date(2023, 1, 2),
        datetime(2020, 5, 6, 0, 0),
        "05/03/2023",
        "31/02/2023",
        "hôm qua",
        45000.0,
        True,
    ],
    Type.INTEGER: [1.0, 2.0, 0.0, -1.0, 1.5, "3", "1.250", "ba", True, False, 12.0, 13.0, 2024.0],
    Type.NUMBER: [1.0, 2.5, -3.0, "1.250,5", "x", True, 0.0, 100000.0],
    Type.AMOUNT: [1.0, 0.98, "98%", "trên 400", "01-02", "95,0%", "nhiều", -2.0, True, 12.0],
    Type.CHOICE: [
        "Nam",
        "Nữ",
        "nữ",
        "Đang sinh hoạt",
        "Chính thức",
        "HTXSNV",
        "Hoàn thành tốt nhiệm vụ",
        "Khác lạ",
        "%",
        "Sinh hoạt thường kỳ",
        "Tối thiểu",
        1.0,
    ],
    Type.PERIOD: [
        "2023-H1",
        "2023",
        "6 tháng đầu năm 2023",
        "Năm học 2022-2023",
        "2023-Q5",
        2023.0,
    ],
    Type.DOC_KEY: ["2023-H1", "KH-2023", "kh-2024", "CT", "NV-2023", "2023-Q2", "lạ"],
    Type.DATE_OR_TEXT: [date(2023, 1, 2), "tháng 3", "05/03/2023", 4.0],
}


def test_what_typing_says_names_the_cell_the_value_and_the_reading() -> None:
    from xlkit.messages.findings import finding

    birth = MEMBERS.column("Ngày sinh")
    assert type_value(birth, "05/03/1990", words.MEMBERS, "C2") == (
        date(1990, 3, 5),
        [
            finding(
                "date-as-text",
                words.MEMBERS,
                "C2",
                "05/03/1990",
                header="Ngày sinh",
                read="05/03/1990",
            )
        ],
    )
    plan = schema.BY_NAME[TARGETS].column("Kế hoạch năm")
    assert type_value(plan, "nhiều", TARGETS, "F3") == (
        None,
        [finding("value-not-amount", TARGETS, "F3", "nhiều", header="Kế hoạch năm")],
    )
    assert type_value(plan, -2.0, TARGETS, "F4") == (
        None,
        [finding("value-negative", TARGETS, "F4", -2.0, header="Kế hoạch năm")],
    )


def test_a_goal_in_words_spares_the_number_only_where_its_column_is() -> None:
    targets = schema.BY_NAME[TARGETS]
    plan = "Kế hoạch năm"
    with_goal = [
        ["Mã", "Nội dung", "Đơn vị tính", plan, "Mục tiêu"],
        ["CT01", "Giữ vững", "", "", "Giữ vững chi bộ trong sạch"],
        ["CT02", "Tỷ lệ", "%", "", ""],
    ]
    found = same_reading(targets, with_goal)
    assert [(f.code, f.cell) for f in found if f.code == "value-required"] == [
        ("value-required", "D3")
    ]
    without = [
        row[:4] for row in with_goal
    ]  # an earlier workbook: no `Mục tiêu` column, nothing spared
    found = same_reading(targets, without)
    assert [(f.code, f.cell) for f in found if f.code == "value-required"] == [
        ("value-required", "C2"),
        ("value-required", "D2"),
        ("value-required", "D3"),
    ]


def test_a_row_made_by_hand_and_a_row_read_say_the_same() -> None:
    from xlkit.read.records import Row

    made = Row(
        words.MEMBERS,
        2,
        {"Họ và tên": "Lê Hoa", "STT": 1},
        {"Họ và tên": "B", "STT": "A"},
        raw={"Họ và tên": " Lê  Hoa", "STT": 1.0},
        unknown=frozenset({"STT"}),
    )
    assert (
        made["Họ và tên"],
        made["Ngày sinh"],
        made.get("Ngày sinh", "—"),
        made.cell("STT"),
        made.cell("Ngày sinh"),
    ) == ("Lê Hoa", None, "—", "A2", "2")
    assert made.raw == {"Họ và tên": " Lê  Hoa", "STT": 1.0} and made.values == {
        "Họ và tên": "Lê Hoa",
        "STT": 1,
    }
    assert (made.known("Họ và tên"), made.known("Họ và tên", "STT")) == (True, False)
    read = Row.of_columns(
        words.MEMBERS,
        2,
        {"Họ và tên": "B", "STT": "A"},
        {"Họ và tên": ["x", "Lê Hoa"], "STT": [0, 1]},
        {"Họ và tên": ["", " Lê  Hoa"], "STT": [0.0, 1.0]},
        1,
        frozenset({"STT"}),
    )
    assert (
        read == made
        and read != Row(words.MEMBERS, 3, made.values, made.letters, made.raw, made.unknown)
        and read != "row"
    )
    assert repr(read) == "Row('Đảng viên', 2, {'Họ và tên': 'Lê Hoa', 'STT': 1})"


def test_a_missing_sheet_leaves_the_others_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import EXAMPLE

    from xlkit.read.tables import parse_book
    from xlkit.read.workbook import read_raw

    raw = read_raw(EXAMPLE)
    del raw.sheets[THEMATIC]
    book, found = parse_book(raw)
    assert book.path == EXAMPLE and THEMATIC not in book.present
    assert [s.name for s in schema.SHEETS if s.name in book.present] == [
        s.name for s in schema.SHEETS if s.name != THEMATIC
    ]
    assert [(f.code, f.sheet) for f in found] == [
        (
            "sheet-missing" if schema.BY_NAME[THEMATIC].required else "sheet-optional-missing",
            THEMATIC,
        )
    ]


def test_each_distinct_value_is_typed_once_and_plain_values_not_at_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader's promise, counted: the slow typing runs once per distinct value that needs it,
    never for plain text or a number in range (bounds included), and not at all for values kept from
    before."""
    from collections import Counter

    from xlkit.read import column_typing

    calls: Counter[tuple[str, Any]] = Counter()
    slow = values.type_value

    def counted(column: Column, value: Any, sheet: str, ref: str) -> Any:
        calls[(column.header, value)] += 1
        return slow(column, value, sheet, ref)

    monkeypatch.setattr(column_typing, "type_value", counted)
    plain = {"Dân tộc": "Kinh", "Thời gian không sinh hoạt (tháng)": 0.0}
    rows = [
        HEADERS,
        *(
            member_row(
                **plain,
                **{
                    "STT": float(i),
                    "Họ và tên": f"Nguyễn Thị Hoa {i}",
                    "Điểm": (100.0, 85.5, 0.0)[i % 3],
                },
            )
            for i in range(60)
        ),
    ]
    same_reading(MEMBERS, rows)  # cold, then warm: the reference types each cell itself
    calls.clear()
    sheet = RawSheet(MEMBERS.name, rows)
    KNOWN.clear()
    column_wise(MEMBERS, sheet, set(), {})
    assert max(calls.values()) == 1
    # once each: the dates, the choice, and the empty cell of each column (its default, or nothing)
    assert {header for header, value in calls if value != ""} == {
        "Ngày sinh",
        "Giới tính",
        "Ngày vào Đảng",
    }
    assert (
        len([value for _, value in calls if value == ""]) == len(HEADERS) - 8
    )  # eight columns filled
    calls.clear()
    column_wise(MEMBERS, sheet, set(), {})
    assert calls == Counter()


def test_what_a_process_keeps_across_workbooks_is_what_repeats_from_cell_to_cell_never_prose() -> (
    None
):

    spec = schema.BY_NAME[words.MEMBERS]
    short, prose = "Tổ trưởng chuyên môn", "Đảng viên gương mẫu " + "x" * (KNOWN_TEXT - 19)
    assert len(prose) == KNOWN_TEXT + 1
    edge = prose[:-1]
    sheet = RawSheet(
        spec.name,
        [
            HEADERS,
            *(
                member_row(**{"Họ và tên": f"Người {i}", "Chức vụ chính quyền": v})
                for i, v in enumerate((short, prose, edge))
            ),
        ],
    )
    rows, _, _ = _parse_table(spec, sheet, set(), {})
    assert [r["Chức vụ chính quyền"] for r in rows] == [short, prose, edge]
    kept = KNOWN[(spec.name, "Chức vụ chính quyền")]
    assert (short in kept, edge in kept, prose in kept) == (True, True, False)


@pytest.mark.parametrize(
    ("index", "letters"),
    [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")],
)
def test_a_column_letter_from_the_table_and_beyond_it(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_a_row_without_a_column_points_at_the_row() -> None:
    row = Row(words.MEMBERS, 7, {"Họ và tên": "A"}, {"Họ và tên": "B"})
    assert (row.cell("Họ và tên"), row.cell("Điểm")) == ("B7", "7")
