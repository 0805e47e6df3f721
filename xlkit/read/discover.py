"""Find the user's workbooks: the ones named, else those in ./workbooks/, else those in ./."""

from __future__ import annotations

from pathlib import Path

from xlkit.guard.files import xlkit_role
from xlkit.messages.findings import Finding, finding

SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")


class NothingFound(Exception):
    """No workbook where we looked; `places` says where."""

    def __init__(self, places: list[Path]) -> None:
        super().__init__(places)
        self.places = places


class NoSuchPath(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.path = path


def is_lock_file(path: Path) -> bool:
    """Excel's lock file (`~$x.xlsx`), LibreOffice's (`.~lock.x.xlsx#`), or one of our own
    temporaries."""
    return path.name.startswith(("~$", ".")) or path.name.endswith("#")


def is_workbook(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SUFFIXES and not is_lock_file(path)


# copies xlkit writes for reading, never to work from: a folder's search passes over them
NOT_WORKBOOKS = ("annotated", "indicators")
FIXED = "fixed"  # `fix`'s copy: passed over beside her workbook while it is as xlkit wrote it


class Found(list[Path]):
    """The workbooks found, and `copies`: fix's copies passed over beside them (xlkit's, unchanged
    since: the original stays the workbook of the year; once she edits a copy, it is hers)."""

    def __init__(self, paths: list[Path] | None = None, copies: list[Path] | None = None) -> None:
        super().__init__(paths or [])
        self.copies: list[Path] = copies or []


def _untouched_copy(path: Path) -> bool:
    from xlkit.guard.files import standing

    return xlkit_role(path) == FIXED and standing(path)[1] == FIXED


def workbooks_in(folder: Path) -> Found:
    """The workbooks in FOLDER, lock files and xlkit's own marked copies (`-kiem-tra`, `chi-so-`)
    left out; fix's untouched copies too when a workbook of hers is beside them."""
    if not folder.is_dir():
        return Found()
    found = sorted(
        p for p in folder.iterdir() if is_workbook(p) and xlkit_role(p) not in NOT_WORKBOOKS
    )
    copies = [p for p in found if _untouched_copy(p)]
    hers = [p for p in found if p not in copies]
    return Found(hers, copies) if hers else Found(found)


def find_workbooks(named: list[Path] | None = None, *, cwd: Path | None = None) -> Found:
    """The workbooks to work on: NAMED files (or folders' workbooks), else the default places."""
    if named:
        found = Found()
        for path in named:
            if path.is_dir():
                inside = workbooks_in(path)
                found += inside
                found.copies += inside.copies
            elif path.exists():
                found.append(path)
            else:
                raise NoSuchPath(path)
        if not found:
            raise NothingFound([p for p in named if p.is_dir()])
        return found
    # relative: the names she sees
    places = [cwd / "workbooks", cwd] if cwd else [Path("workbooks"), Path(".")]
    for place in places:
        found = workbooks_in(place)
        if found:
            return found
    raise NothingFound(places)


def copy_notes(path: Path, found: Found) -> list[Finding]:
    """A note on the workbook at PATH for each of fix's copies passed over beside it (its own
    copy, `<name>-da-sua.xlsx`; a copy named otherwise, on the first workbook of its folder)."""
    notes = []
    for copy in found.copies:
        same_folder = [p for p in found if p.parent == copy.parent]
        own = [p for p in same_folder if copy.stem.startswith(p.stem + "-")]
        if path in (own or same_folder[:1]):
            notes.append(finding("file-copy-beside", "", "", "", copy=copy.name, name=path.name))
    return notes
