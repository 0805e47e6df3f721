"""The catalogue: every code and line renders in vi and en with what its call sites pass.

A missing key or argument must never reach a user (issue: nothing crashes, item 3), so every entry
is rendered here, and every call site in xlkit/ is read (ast) to check it passes what its template
needs.
"""

from __future__ import annotations

import ast
import inspect
import re
from datetime import date
from pathlib import Path

import pytest

from xlkit.checks import party
from xlkit.checks.listing import WHAT
from xlkit.deliver.mail import SEND_REASONS
from xlkit.messages import CODES, LINES, SEVERITY_LINES, placeholders, say
from xlkit.messages.findings import finding
from xlkit.messages.help import HELP
from xlkit.read.vetting import REASONS
from xlkit.vocab.formats import CheckFormat, IndicatorsFormat, RollupFormat, RulesFormat
from xlkit.vocab.schema import BY_NAME

PACKAGE = Path(__file__).resolve().parents[2] / "xlkit"
# the code that says catalogue entries: everything but the catalogue itself (the finding record
# says some)
SOURCES = {
    path: path.read_text(encoding="utf-8")
    for path in PACKAGE.rglob("*.py")
    # findings and the README's code table use the catalogue from inside messages/
    if "messages" not in path.parts or path.stem in ("findings", "table")
}
FINDING_GIVENS = {"sheet", "cell", "value"}  # every finding has these
# the functions and exceptions that take a catalogue key first; OutputRefused's path is passed on
# by the api
SINKS = {"finding", "say", "Problem", "fail", "OutputRefused", "SettingsError", "LayoutError"}
IMPLIED = {"OutputRefused": {"path"}}


def _calls() -> list[tuple[str, str, set[str] | None, str]]:
    """(key, function, keywords passed or None when **spread, where) for each literal catalogue key
    passed first."""
    found = []
    for path, text in SOURCES.items():
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and (first.value in CODES or first.value in LINES)
            ):
                name = ast.unparse(node.func).split(".")[-1]
                if name not in SINKS:
                    continue
                spread = any(k.arg is None for k in node.keywords)
                passed = (
                    None
                    if spread
                    else {k.arg for k in node.keywords if k.arg} | IMPLIED.get(name, set())
                )
                found.append((first.value, name, passed, f"{path.name}:{node.lineno}"))
    return found


CALLS = _calls()


def _needed(template: str) -> set[str]:
    return placeholders(template)


def _sample(names: set[str]) -> dict[str, str]:
    return {name: f"<{name}>" for name in names}


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_renders_in_both_languages(code: str) -> None:
    entry = CODES[code]
    needed = (
        set().union(*(_needed(t) for t in (entry.vi, entry.vi_hint, entry.en, entry.en_hint)))
        - FINDING_GIVENS
    )
    assert _needed(entry.vi) | _needed(entry.vi_hint) == _needed(entry.en) | _needed(
        entry.en_hint
    ), "vi and en take the same arguments"
    sample = _sample(needed)
    if "closest" in sample:
        sample["closest"] = "Nam"
    made = finding(code, "Đảng viên", "C3", "x", **sample)
    for lang in ("vi", "en"):
        assert (
            made.message(lang)
            and made.hint(lang)
            and "{" not in made.message(lang) + made.hint(lang)
        )


@pytest.mark.parametrize("key", sorted(LINES))
def test_every_line_renders_in_both_languages(key: str) -> None:
    vi, en = LINES[key]
    assert _needed(vi) == _needed(en), "vi and en take the same arguments"
    for lang in ("vi", "en"):
        assert "{" not in say(key, lang, **_sample(_needed(vi)))


def test_every_call_site_passes_what_its_template_needs() -> None:
    wrong = []
    for key, function, passed, where in CALLS:
        if passed is None:
            continue
        if key in CODES:
            entry = CODES[key]
            needed = set().union(*(_needed(t) for t in (entry.vi, entry.vi_hint))) - FINDING_GIVENS
        else:
            needed = _needed(LINES[key][0])
        said = {p.removesuffix("_say").removesuffix("_n") for p in passed}
        # a sub-phrase (`x_say`) may itself need arguments, passed beside it
        for name in passed:
            if name.endswith("_say"):
                said |= {n for n in passed}
        if not needed <= said:
            wrong.append(f"{where} {function}({key!r}) lacks {sorted(needed - said)}")
    assert wrong == []


def test_party_rule_findings_pass_what_their_codes_need() -> None:
    for rule in party.DECLARED:
        code, check = rule.code, rule.check
        entry = CODES[code]
        needed = (
            set().union(*(_needed(t) for t in (entry.vi, entry.vi_hint)))
            - FINDING_GIVENS
            - {"source"}
        )
        tree = ast.parse(inspect.getsource(check).strip())
        sites = [
            n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func) == "found"
        ]
        assert sites, code
        for site in sites:
            passed = {k.arg.removesuffix("_say").removesuffix("_n") for k in site.keywords if k.arg}
            assert needed <= passed, (code, needed, passed)


def _codes_named(function: object) -> set[str]:
    """The finding codes a function's body spells (its decorator left out)."""
    tree = ast.parse(inspect.getsource(function).strip())  # type: ignore[arg-type]
    body = tree.body[0]
    assert isinstance(body, ast.FunctionDef)
    return {
        node.value
        for statement in body.body
        for node in ast.walk(statement)
        if isinstance(node, ast.Constant) and node.value in CODES
    }


def test_each_party_rule_is_declared_once_with_its_catalogue_entries() -> None:
    declared = [code for rule in party.DECLARED for code in rule.codes]
    in_catalogue = [code for code, entry in CODES.items() if entry.group == "party"]
    assert sorted(declared) == sorted(in_catalogue)
    assert len(declared) == len(set(declared)), "a code is declared by two rules"
    assert list(WHAT) == [code for rule in party.DECLARED for code in rule.codes if code in WHAT]
    assert set(WHAT) == {entry.code for entry in party.RULES}
    for rule in party.DECLARED:
        # the codes its function finds are those it declares, no more, no fewer
        assert _codes_named(rule.check) == set(rule.codes), rule.code
        for sheet, header in rule.reads:
            assert header in [c.header for c in BY_NAME[sheet].columns], (rule.code, header)
        for code in dict.fromkeys(e.code for e in rule.entries):
            spans = sorted(
                (e.valid_from, e.valid_to or date.max) for e in rule.entries if e.code == code
            )
            # one entry in force on any day: each starts the day after the one before ends
            assert all(
                end < start for (_, end), (start, _) in zip(spans, spans[1:], strict=False)
            ), code
            assert all(e.source for e in rule.entries), code


@pytest.mark.parametrize(
    "table", [REASONS, SEND_REASONS], ids=["unreadable-reasons", "send-reasons"]
)
def test_closed_tables_of_phrases_render(table: dict[str, str]) -> None:
    for key in table.values():
        for lang in ("vi", "en"):
            assert "{" not in say(key, lang, seconds=30)
    for reason, key in REASONS.items():
        for code in ("file-unreadable", "file-encrypted", "file-legacy-format"):
            assert finding(code, value="so.xls", reason_say=key).message("en"), reason


def test_every_code_and_line_is_used_somewhere() -> None:
    text = "\n".join(SOURCES.values())
    tables = set(REASONS.values()) | set(SEND_REASONS.values()) | set(SEVERITY_LINES.values())
    unused_lines = [
        k for k in LINES if f'"{k}"' not in text and f"'{k}'" not in text and k not in tables
    ]
    unused_codes = [c for c in CODES if f'"{c}"' not in text]
    assert (unused_lines, unused_codes) == ([], [])


def test_every_help_text_is_in_both_languages() -> None:
    for key, (vi, en) in HELP.items():
        assert vi and en and vi != en or key.startswith("meta."), key


def test_severity_is_one_per_code_and_never_chosen_at_a_call_site() -> None:
    text = "\n".join(SOURCES.values())
    assert "Severity.ERROR," not in text.replace("Severity.ERROR: ", "")
    for code, entry in CODES.items():
        assert entry.severity.value in ("error", "warning", "note"), code


@pytest.mark.parametrize(
    ("key", "choices"),
    [
        ("opt.check.format", CheckFormat),
        ("opt.rules.format", RulesFormat),
        ("opt.indicators.format", IndicatorsFormat),
        ("opt.rollup.format", RollupFormat),
    ],
)
def test_each_format_help_names_exactly_its_commands_formats(key: str, choices: type) -> None:
    for text in HELP[key]:
        named = re.findall(r"\b[a-z]+\b", text.split("(")[0])
        assert [n for n in named if n not in ("hoặc", "or")] == [c.value for c in choices], text
