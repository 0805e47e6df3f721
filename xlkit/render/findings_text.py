"""Findings as text lines for the terminal: grouped by sheet, errors first, hint under each.

Each line starts with its severity as a word (LỖI, cảnh báo, ghi chú), so that errors and
warnings are told apart without colour too (piped, redirected, or read by someone who cannot see
red).
"""

from __future__ import annotations

from xlkit.messages import SEVERITY_LINES, say
from xlkit.messages.findings import Finding, Report, Severity

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


def report_lines(report: Report, lang: str = "vi") -> list[tuple[str, str]]:
    """(text, style) lines of one workbook's findings; style is a rich style name or ''."""
    lines: list[tuple[str, str]] = [(str(report.path), "bold")]
    findings = report.sorted()
    width = max(len(say(k, lang)) for k in SEVERITY_LINES.values())
    words = {severity: say(key, lang).ljust(width) for severity, key in SEVERITY_LINES.items()}
    by_sheet: dict[str, list[Finding]] = {}
    for f in findings:
        by_sheet.setdefault(f.sheet, []).append(f)
    for sheet, found in by_sheet.items():
        for f in found:
            where = f"'{sheet}'!{f.cell}" if sheet and f.cell else (f"'{sheet}'" if sheet else "")
            message, hint = f.said(lang)
            parts = [words[f.severity], where, f'"{f.value}"' if f.value else "", message]
            lines.append(("  " + "  ".join(p for p in parts if p), STYLE[f.severity]))
            lines.append((f"      → {hint}", "dim"))
    lines.append((f"  {report.summary(lang)}" if findings else f"  {say('clean', lang)}", "bold"))
    return lines
