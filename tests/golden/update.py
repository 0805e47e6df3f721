"""Rewrite the golden reports from the example workbook: an explicit step, never part of a test run.

Run `python tests/golden/update.py`, then read `git diff tests/golden` line by line as a secretary
would before committing: the tests compare against these files and never write them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "documents")]  # conftest, builders; the cases

from test_plans import PLAN_CASES, render_plan  # noqa: E402
from test_report import CASES, render_case  # noqa: E402


def main() -> None:
    from xlkit.checks.listing import with_rules
    from xlkit.messages.table import with_codes

    for name in sorted(CASES):
        (HERE / name).write_text(render_case(name), encoding="utf-8")
        print(HERE / name)
    for name in sorted(PLAN_CASES):
        (HERE / name).write_text(render_plan(name), encoding="utf-8")
        print(HERE / name)
    readme = HERE.parent.parent / "README.md"
    readme.write_text(with_rules(with_codes(readme.read_text(encoding="utf-8"))), encoding="utf-8")
    print(readme)


if __name__ == "__main__":
    main()
