"""What calamine does not say, read from the sheets' XML: the formulas never computed (no cached
value) and the values cached as errors (#N/A), which part is which sheet, and the cells shown as
percentages (calamine gives 0.98 for a cell shown 98%; only the styles say which)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from typing import Any, TypeVar

from xlkit.read.vetting import (
    UnreadableWorkbook,
    Where,
    open_zip,
)

T = TypeVar("T")


def _scanned(scan: Callable[..., T], *args: Any) -> T:
    """SCAN(ElementTree, *ARGS) over the parts of a vetted workbook, its XML errors said as the
    file's: an entity defusedxml refuses is hostile, a part that does not parse is corrupt."""
    from defusedxml import DefusedXmlException, ElementTree

    try:
        return scan(ElementTree, *args)
    except DefusedXmlException:
        raise UnreadableWorkbook("hostile-xml") from None
    except (ElementTree.ParseError, KeyError, zipfile.BadZipFile):
        raise UnreadableWorkbook("corrupt") from None


Unknown = tuple[dict[str, list[str]], dict[str, dict[str, str]]]


def unknown_values(path: Where, parts: set[str]) -> Unknown:
    """Cells of PARTS whose value is unknown, by sheet: those holding a formula whose value was
    never computed (no cached <v>), and those whose cached value is an error (`#N/A` from a
    failed VLOOKUP, `#REF!`), with it; calamine reads both as blank."""
    return _scanned(_scan_formulas, path, parts)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def part_names(path: Where) -> dict[str, str]:
    """Worksheet part -> the sheet's name, from the workbook and its relationships (vetted: no
    DTD)."""
    from defusedxml import ElementTree

    try:
        with open_zip(path) as archive:
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    names = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        names[target] = sheet.get("name", "")
    return names


def _scan_formulas(ElementTree: Any, path: Where, parts: set[str]) -> Unknown:
    main = _MAIN
    found: dict[str, list[str]] = {}
    errors: dict[str, dict[str, str]] = {}
    names = part_names(path)
    with open_zip(path) as archive:
        for part in sorted(parts):
            with archive.open(part) as stream:
                for _, cell in ElementTree.iterparse(stream):
                    if cell.tag != f"{main}c":
                        continue
                    formula = cell.find(f"{main}f")
                    value = cell.find(f"{main}v")
                    if cell.get("t") == "e":
                        text = (value.text or "").strip() if value is not None else ""
                        errors.setdefault(names.get(part, part), {})[cell.get("r", "")] = (
                            text[:16] or "#?"
                        )
                    elif formula is not None and (value is None or not (value.text or "").strip()):
                        found.setdefault(names.get(part, part), []).append(cell.get("r", ""))
                    cell.clear()
    return found, errors


_BUILTIN_PERCENT = {"9": 0, "10": 2}  # numFmtId 9 is 0%, 10 is 0.00%


_QUOTED = re.compile(r'"[^"]*"|\\.')


def _percent_decimals(code: str) -> int | None:
    """Decimals of a number format that shows a percentage (`0.0%` -> 1); None when it shows
    none."""
    bare = _QUOTED.sub("", code).split(";")[0]
    if "%" not in bare:
        return None
    return len(bare.partition(".")[2].partition("%")[0].replace("#", "0").strip("_ )"))


def _percent_styles(archive: zipfile.ZipFile, ElementTree: Any) -> dict[str, int]:
    """Cell style index -> decimals, for the styles that show a percentage."""
    try:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return {}
    formats = dict(_BUILTIN_PERCENT)
    for fmt in styles.iter(f"{_MAIN}numFmt"):
        decimals = _percent_decimals(fmt.get("formatCode", ""))
        if decimals is not None:
            formats[fmt.get("numFmtId", "")] = decimals
    found: dict[str, int] = {}
    xfs = styles.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(() if xfs is None else xfs.iterfind(f"{_MAIN}xf")):
        if xf.get("numFmtId") in formats:
            found[str(index)] = formats[xf.get("numFmtId", "")]
    return found


def percent_cells(path: Where, sheets: frozenset[str]) -> dict[str, dict[str, int]]:
    return _scanned(_scan_percent_cells, path, sheets)


def _scan_percent_cells(
    ElementTree: Any, path: Where, sheets: frozenset[str]
) -> dict[str, dict[str, int]]:
    from xlkit.vocab.columns import fold

    found: dict[str, dict[str, int]] = {}
    with open_zip(path) as archive:
        styles = _percent_styles(archive, ElementTree)
        if not styles:
            return found
        parts = set(archive.namelist())
        for part, name in part_names(path).items():
            if fold(name) not in sheets or part not in parts:
                continue
            with archive.open(part) as stream:
                for _, cell in ElementTree.iterparse(stream):
                    if cell.tag == f"{_MAIN}c":
                        if cell.get("s") in styles and cell.find(f"{_MAIN}v") is not None:
                            found.setdefault(name, {})[cell.get("r", "")] = styles[
                                cell.get("s", "")
                            ]
                        cell.clear()
    return found
