"""The code's shape: data flows one way, and only the CLI prints or exits."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "xlkit"

# upstream to downstream; a module imports only what has a lower rank (or its own package's peers)
RANKS = {
    "keys": 0.5,
    "messages": 0,
    "files": 0,
    "config": 0,
    "vn": 0,
    "periods": 0,
    "amounts": -0.5,
    "schema": 1,
    "findings": 1,
    "template": 2,
    "workbook": 2,
    "values": 2.5,
    "records": 3,
    "discover": 3,
    "indicators": 4,
    "checks": 5,
    "legacy_text": 0,
    "words": -1,
    "register": 0.5,
    "opening": 4,
    "documents": 7,
    "outputs": 8,
    "pipeline": 9,
    "rollup": 9.2,
    "api": 9.5,
    "cli": 10,
    "clicktext": 10,
    "cliprogress": 9.9,
    "__main__": 11,
    "__init__": 0,
}


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        yield path, parts


def rank_of(parts: tuple[str, ...]) -> int:
    return RANKS[parts[0]]


def imported(path: Path) -> set[tuple[str, ...]]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("xlkit"):
            names = node.module.split(".")[1:]
            found.add(tuple(names) if names else ("__init__",))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("xlkit."):
                    found.add(tuple(alias.name.split(".")[1:]))
    return found


def test_data_flows_one_way() -> None:
    wrong = []
    for path, parts in modules():
        for target in imported(path):
            same_package = len(parts) > 1 and target[0] == parts[0]
            if not same_package and rank_of(target) >= rank_of(parts) and target != ("__init__",):
                wrong.append(f"{'/'.join(parts)} imports {'.'.join(target)}")
    assert wrong == []


def test_only_the_cli_prints_or_exits() -> None:
    offenders = []
    for path, parts in modules():
        if parts[0] in ("cli", "__main__"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func)
                if name in ("print", "sys.exit", "exit", "typer.echo") or name.startswith("typer."):
                    offenders.append(f"{'/'.join(parts)}: {name}")
    assert offenders == []


def test_no_module_is_named_after_a_library() -> None:
    names = {p.stem for p in PACKAGE.rglob("*.py")}
    assert not names & {"docx", "openpyxl", "xlsxwriter", "jinja2", "babel", "typer", "pandas", "smtplib", "email"}


def test_modules_stay_small() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in PACKAGE.rglob("*.py")}
    assert max(sizes.values()) < 500, sizes


# the command layer decides "today" once per command and hands it down
COMMAND_LAYER = {("api",), ("pipeline",), ("cli",), ("rollup", "command")}
CLOCK = {"date.today", "datetime.now", "datetime.today", "datetime.utcnow", "time.time", "time.localtime", "datetime.date.today"}


def test_nothing_below_the_commands_reads_the_clock() -> None:
    offenders = []
    for path, parts in modules():
        if parts in COMMAND_LAYER or parts[0] == "__main__":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in CLOCK:
                offenders.append(f"{'/'.join(parts)}:{node.lineno}: {ast.unparse(node.func)}")
    assert offenders == []
