"""The code's shape (ARCHITECTURE.md): one folder per stage, data flows one way, no import cycles,
small modules, and only the CLI prints, exits or reads the clock's 'today' for a command."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "xlkit"

# The stages, upstream to downstream: a module imports only from a lower rank or its own folder.
RANKS = {
    "version": 0,
    "vocab": 1,
    "text": 2,
    "messages": 3,
    "guard": 4,
    "read": 5,
    "compute": 6,
    "checks": 7,
    "documents": 8,
    "render": 9,
    "workbooks": 10,
    "deliver": 11,
    "consolidate": 12,
    "commands": 13,
    "cli": 14,
    "__main__": 15,
}
# the package facade offers the commands by name, lazily (import_module): nothing imports it
LOOSE = {"__init__", "__main__", "version"}
MAX_LINES = 400


def modules() -> list[tuple[Path, tuple[str, ...]]]:
    return [
        (path, path.relative_to(PACKAGE).with_suffix("").parts)
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def module_of(dotted: list[str]) -> tuple[str, ...]:
    """The module file a dotted name inside xlkit names: a module, or a package's __init__."""
    parts = tuple(dotted)
    if (PACKAGE.joinpath(*parts)).with_suffix(".py").exists():
        return parts
    return (*parts, "__init__")


def imported(path: Path) -> set[tuple[str, ...]]:
    """Every xlkit module PATH imports, at the top or inside a function (lazy imports count)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.split(".")[0] == "xlkit"
        ):
            base = node.module.split(".")[1:]
            for alias in node.names:
                as_module = module_of([*base, alias.name])
                found.add(
                    as_module
                    if PACKAGE.joinpath(*as_module).with_suffix(".py").exists()
                    else module_of(base)
                )
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "xlkit":
                    found.add(module_of(alias.name.split(".")[1:]))
    return found


def graph() -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    return {parts: imported(path) - {parts} for path, parts in modules()}


def test_every_folder_is_a_stage_and_few_modules_are_loose() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    loose = {p.stem for p in PACKAGE.glob("*.py")}
    assert folders == set(RANKS) - LOOSE
    assert loose == LOOSE
    assert sorted(set(RANKS.values())) == list(range(len(RANKS)))


def test_data_flows_one_way() -> None:
    wrong = []
    for parts, targets in graph().items():
        if parts == ("__init__",):  # the facade: the version, and the commands by name on first use
            wrong += [f"the facade imports {'.'.join(t)}" for t in targets - {("version",)}]
            continue
        for target in targets:
            if target == ("__init__",):
                if parts[0] != "cli":  # the CLI calls the library by its facade, as a script would
                    wrong.append(f"{'/'.join(parts)} imports the facade")
            elif target[0] != parts[0] and RANKS[target[0]] >= RANKS[parts[0]]:
                wrong.append(f"{'/'.join(parts)} imports {'.'.join(target)}")
    assert wrong == []


def test_no_import_cycles() -> None:
    edges = graph()
    cycles = []
    state: dict[tuple[str, ...], str] = {}

    def visit(node: tuple[str, ...], trail: list[tuple[str, ...]]) -> None:
        state[node] = "open"
        for nxt in sorted(edges.get(node, set())):
            if state.get(nxt) == "open":
                loop = trail[trail.index(nxt) :] + [nxt]
                cycles.append(" → ".join(".".join(p) for p in loop))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = "done"

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_the_cycle_finder_finds_a_cycle(monkeypatch) -> None:
    fake = {("a",): {("b",)}, ("b",): {("c",)}, ("c",): {("a",)}}
    monkeypatch.setattr(f"{__name__}.graph", lambda: fake)
    try:
        test_no_import_cycles()
    except AssertionError as exc:
        assert "a → b → c → a" in str(exc)
    else:
        raise AssertionError("a cycle went unseen")


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
    libraries = {
        "docx",
        "openpyxl",
        "xlsxwriter",
        "jinja2",
        "babel",
        "typer",
        "pandas",
        "smtplib",
        "email",
    }
    assert not names & libraries


def test_modules_stay_small() -> None:
    sizes = {"/".join(parts): len(path.read_text().splitlines()) for path, parts in modules()}
    assert {name: size for name, size in sizes.items() if size > MAX_LINES} == {}


# the command layer decides "today" once per command and hands it down
CLOCK = {
    "date.today",
    "datetime.now",
    "datetime.today",
    "datetime.utcnow",
    "time.time",
    "time.localtime",
    "datetime.date.today",
}


def test_nothing_below_the_commands_reads_the_clock() -> None:
    offenders = []
    for path, parts in modules():
        if parts[0] in ("commands", "cli", "__main__"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in CLOCK:
                offenders.append(f"{'/'.join(parts)}:{node.lineno}: {ast.unparse(node.func)}")
    assert offenders == []
