"""Find the user's workbooks: the ones named, else those in ./workbooks/, else those in ./."""

from __future__ import annotations

from pathlib import Path

from xlkit.guard.files import xlkit_role

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


def workbooks_in(folder: Path) -> list[Path]:
    """The workbooks in FOLDER, lock files and xlkit's own marked copies (`-kiem-tra`, `chi-so-`)
    left out."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if is_workbook(p) and xlkit_role(p) not in NOT_WORKBOOKS
    )


def find_workbooks(named: list[Path] | None = None, *, cwd: Path | None = None) -> list[Path]:
    """The workbooks to work on: NAMED files (or folders' workbooks), else the default places."""
    if named:
        found: list[Path] = []
        for path in named:
            if path.is_dir():
                found += workbooks_in(path)
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
