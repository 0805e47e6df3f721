"""Findings as text lines for the terminal: grouped by sheet, errors first, hint under each.

Each line starts with its severity as a word (LỖI, cảnh báo, ghi chú), so that errors and
warnings are told apart without colour too (piped, redirected, or read by someone who cannot see
red).
"""

from __future__ import annotations

from xlkit.messages import SEVERITY_LINES, say
from xlkit.messages.findings import Report, Severity

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


def report_lines(report: Report, lang: str = "vi") -> list[tuple[str, str]]:
    """(text, style) lines of one workbook's findings; style is a rich style name or ''."""
    lines: list[tuple[str, str]] = [(str(report.path), "bold")]
    findings = report.sorted()
    width = max(len(say(k, lang)) for k in SEVERITY_LINES.values())
    for sheet in dict.fromkeys(f.sheet for f in findings):
        for f in (f for f in findings if f.sheet == sheet):
            where = (
                f"'{f.sheet}'!{f.cell}"
                if f.sheet and f.cell
                else (f"'{f.sheet}'" if f.sheet else "")
            )
            parts = [
                say(SEVERITY_LINES[f.severity], lang).ljust(width),
                where,
                f'"{f.value}"' if f.value else "",
                f.message(lang),
            ]
            lines.append(("  " + "  ".join(p for p in parts if p), STYLE[f.severity]))
            lines.append((f"      → {f.hint(lang)}", "dim"))
    lines.append((f"  {report.summary(lang)}" if findings else f"  {say('clean', lang)}", "bold"))
    return lines
