"""Writing files the safe way: checked against what the user keeps, then a temporary file renamed
into place.

The user's files are sacred: an output never lands on an input of the command, on a file of the
package it reads, or on a file or folder xlkit did not make, whatever the flags. Files xlkit
writes carry its mark (a document property, a mail header, a package manifest), so it can tell
its own; the text files it writes, which cannot, are listed in a ledger with what they held (see
below).
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MARK = "xlkit"  # the property name (xlsx), keyword (docx, pdf) or mailer (eml) xlkit writes
SPREADSHEETS = (".xlsx", ".xlsm", ".ods", ".xls", ".xlsb")
# xlkit's own carry its mark inside: never judged by the ledger
MARKED = (
    *SPREADSHEETS,
    ".docx",
    ".pdf",
    ".eml",
)
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"  # beside the manifest: `sha256sum -c SHA256SUMS`
ROLLUP = "rollup"  # the role of a consolidated workbook: read again one level up, as cells
PROPERTIES_PART = "docProps/custom.xml"  # where an .xlsx carries the mark
EDITED = ("err.edited-since", "err.unrecorded")  # refusals of a file of xlkit's she has changed


class OutputRefused(Exception):
    """An output that would land on something the user keeps; `key` is the catalogue line saying
    why."""

    def __init__(self, key: str, path: Path, **args: str) -> None:
        super().__init__(key, path)
        self.key, self.path, self.fields = key, path, args


def xlkit_role(path: Path) -> str | None:
    """What xlkit wrote PATH as (`report`, `indicators`, `workbook`, `eml` …), or None if it did
    not."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm", ".docx"):
            with zipfile.ZipFile(path) as archive:
                part = PROPERTIES_PART if suffix != ".docx" else "docProps/core.xml"
                text = (
                    archive.read(part).decode("utf-8", "replace")
                    if part in archive.namelist()
                    else ""
                )
            return role_in(text)
        with path.open("rb") as handle:
            head = handle.read(1 << 16)
        if suffix == ".pdf":
            with path.open("rb") as handle:
                handle.seek(max(0, path.stat().st_size - (1 << 16)))
                tail = handle.read()
            blob = head + tail
            return (
                "report"
                if b"xlkit-report" in blob
                or "xlkit-report".encode("utf-16-be").hex().upper().encode() in blob.upper()
                else None
            )
        if head.startswith(b"X-Unsent: 1") and b"\nX-Mailer: xlkit" in head:
            return "eml"
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError, NotImplementedError):
        return None  # not a zip anyone can read: not one of ours
    return None


def role_in(text: str) -> str | None:
    """The role a file's mark gives (`xlkit-rollup` in its properties: `rollup`), or None."""
    at = text.find(f"{MARK}-")
    if at < 0:
        return None
    role = text[at + len(MARK) + 1 :].split("<", 1)[0].split('"', 1)[0].strip()
    return role or None


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The manifest of the package FOLDER as `xlkit pack` writes it, or None when there is none
    or it is not one (not JSON, not an object, no file list)."""
    import json  # a package's or the ledger's: not on check's path

    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and "files" in manifest else None


def well_formed(manifest: object) -> bool:
    """Whether MANIFEST has the shape xlkit writes: a workbook's name and a list of files, each
    a name and a SHA-256."""
    if not isinstance(manifest, dict) or not isinstance(manifest.get("workbook"), str):
        return False
    files = manifest.get("files")
    return isinstance(files, list) and all(
        isinstance(e, dict) and isinstance(e.get("name"), str) and isinstance(e.get("sha256"), str)
        for e in files
    )


def is_package(folder: Path) -> bool:
    """Whether FOLDER is a package `xlkit pack` made (it holds xlkit's manifest)."""
    manifest = read_manifest(folder)
    return manifest is not None and "xlkit" in manifest


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def guard_file(
    target: Path,
    *,
    inputs: Sequence[Path] = (),
    package: Sequence[Path] = (),
    roles: Sequence[str] = (),
    force: bool = False,
) -> None:
    """Refuse TARGET unless writing it loses nothing of the user's.

    INPUTS are the files the command reads, PACKAGE the files of the package it sends: never
    written. An existing TARGET is replaced only when xlkit wrote it as one of ROLES and it still
    holds what xlkit wrote (the ledger; for a workbook, a .docx, a PDF or an e-mail its mark too),
    and then only with FORCE; any other file never.
    """
    target = Path(target)
    if target.is_dir():
        raise OutputRefused("err.is-folder", target)
    for path in inputs:
        if _same(target, Path(path)):
            raise OutputRefused("err.same-as-input", target)
    for path in package:
        if _same(target, Path(path)):
            raise OutputRefused("err.inside-package", target)
    if not target.exists():
        return
    suffix = target.suffix.lower()
    listed, role = standing(target)
    if suffix in MARKED:
        mark = xlkit_role(target)
        # Excel and Word keep the mark when she saves: only the record of the bytes xlkit wrote
        # tells its file from hers
        if role != mark:
            role = None
        if role is None and mark in roles:
            raise OutputRefused(EDITED[0] if listed else EDITED[1], target)
    if role is not None and role in roles:
        if not force:
            raise OutputRefused("err.exists", target)
        return
    if suffix in SPREADSHEETS:
        raise OutputRefused("err.spreadsheet-not-ours", target)
    if listed and role is None:
        raise OutputRefused("err.edited-since", target)
    raise OutputRefused("err.not-ours", target)


def guard_folder(target: Path, *, inputs: Sequence[Path] = (), force: bool = False) -> None:
    """Refuse TARGET as a package folder unless it is new, empty, or a package xlkit made (with
    FORCE)."""
    target = Path(target)
    resolved = target.resolve()
    for path in inputs:
        if Path(path).resolve().is_relative_to(resolved):
            raise OutputRefused("err.folder-holds-input", target)
    if Path.cwd().resolve().is_relative_to(resolved):
        raise OutputRefused("err.folder-holds-input", target)
    if not target.exists():
        return
    if not target.is_dir():
        raise OutputRefused("err.not-ours", target)
    manifest = read_manifest(target)
    if manifest is not None and "xlkit" in manifest:  # a package of xlkit's (is_package)
        if not force:
            raise OutputRefused("err.package-exists", target)
        hers = package_changes(target, manifest)
        if hers:  # rebuilding swaps the folder whole: what she added or changed would go with it
            raise OutputRefused("err.package-holds-hers", target, names=", ".join(hers))
        return
    if any(target.iterdir()):
        raise OutputRefused("err.folder-not-package", target)


def package_changes(folder: Path, manifest: dict[str, Any] | None) -> list[str]:
    """What in the package FOLDER is not as `xlkit pack` wrote it (MANIFEST, as read_manifest
    gives it), by name: a file it does not list (her notes, a photo, a sub-folder) or a listed
    one whose bytes changed since."""
    files = manifest["files"] if manifest is not None else []
    listed = {
        f["name"]: f.get("sha256")
        for f in (files if isinstance(files, list) else [])
        if isinstance(f, dict) and isinstance(f.get("name"), str)
    }
    changed = []
    for entry in sorted(folder.iterdir()):
        if entry.name in (MANIFEST, SUMS):
            continue
        expected = listed.get(entry.name)
        if expected is None or entry.is_symlink() or not entry.is_file():
            changed.append(entry.name)
        elif sha256_of(entry) != expected:
            changed.append(entry.name)
    return changed


@contextmanager
def atomic_path(target: Path, *, role: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside TARGET; on success rename it to TARGET, on failure remove
    it. As ROLE (`report`, `fixed` …), an output xlkit may replace later: listed in the ledger."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when writing: check never pays for it

    handle, name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent
    )
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes 0600; the user expects her usual mode
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    if role is not None:
        record_written(target, role)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(
    target: Path, text: str, *, encoding: str = "utf-8", role: str | None = None
) -> None:
    """TEXT written whole to TARGET; as ROLE (`report`, `indicators`), an output xlkit may
    replace later, listed in the ledger."""
    with atomic_path(target, role=role) as temporary:
        temporary.write_text(text, encoding=encoding)


# --- the ledger of the files xlkit wrote
# A mark says xlkit made a file, not that she left it alone: Word and Excel keep it when she saves,
# and a text file (.txt, .md, .csv, .json) cannot carry one. xlkit lists every output it may
# replace later in the user's state folder, with its role and the SHA-256 of what was written. A
# file is xlkit's only while it is listed and holds exactly that: a file of hers of the same name,
# or one she edited since, is hers, and no flag replaces it.
# Each output is an entry of its own (a small file named by its path's digest): two runs at once
# never lose each other's entry, and a lookup reads one entry. An entry that cannot be read or
# written costs a refusal later (the safe side), never the command.
LEDGER_MARK = "xlkit-tep-da-ghi"  # an entry without it is not believed, and never rewritten
LEDGER_DIR = "tep-da-ghi"
LOCK_DIR = "khoa"  # the locks of files two commands may change at once (the register)
STATE_DIR = "XLKIT_STATE_DIR"  # where the ledger lives when set (a portable install, the tests)


def ledger_dir() -> Path:
    """The ledger: in $XLKIT_STATE_DIR when set, else the user's state folder (platformdirs)."""
    chosen = os.environ.get(STATE_DIR)
    if chosen:
        return Path(chosen) / LEDGER_DIR
    from platformdirs import user_state_dir

    return Path(user_state_dir("xlkit", appauthor=False)) / LEDGER_DIR


def _named(path: Path) -> tuple[str, str]:
    """PATH resolved, and the digest that names what the state folder keeps about it."""
    import hashlib

    key = str(Path(path).resolve())
    return key, hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _entry_path(path: Path) -> tuple[str, Path]:
    key, digest = _named(path)
    return key, ledger_dir() / f"{digest}.json"


def lock_path(path: Path) -> Path:
    """Where a lock on the file at PATH is kept: in xlkit's state folder, beside the ledger,
    never beside her file (a lock file there could take the name of one of hers)."""
    folder = ledger_dir().parent / LOCK_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{_named(path)[1]}.lock"


def _entry(place: Path, key: str) -> dict[str, str] | None:
    """The entry at PLACE for the output KEY, or None when there is none or it is not one to
    believe."""
    import json

    try:
        data = json.loads(place.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("xlkit") != LEDGER_MARK or data.get("path") != key:
        return None
    return data


def standing(path: Path) -> tuple[bool, str | None]:
    """Whether the ledger lists the file at PATH, and what xlkit wrote it as while it holds
    what xlkit wrote (None for a file xlkit did not write, or one changed since): one lookup for
    the guard."""
    key, place = _entry_path(path)
    entry = _entry(place, key)
    if entry is None:
        return False, None
    try:
        same = sha256_of(path) == entry.get("sha256")
    except OSError:
        return True, None
    role = entry.get("role")
    return True, role if same and isinstance(role, str) else None


def record_written(path: Path, role: str) -> None:
    """PATH, just written as ROLE, listed with the SHA-256 of what it holds."""
    import json

    key, place = _entry_path(path)
    try:
        if place.exists() and _entry(place, key) is None:
            return  # something else at the entry's place: never rewritten
        # ASCII: a name the file system holds undecoded (surrogates) is escaped, not a
        # failure to write
        text = (
            json.dumps({"xlkit": LEDGER_MARK, "path": key, "role": role, "sha256": sha256_of(path)})
            + "\n"
        )
        with atomic_path(place) as temporary:
            temporary.write_text(text, encoding="utf-8")
    except OSError:
        return


def sha256_of(path: Path) -> str:
    """The SHA-256 of the file at PATH, read a megabyte at a time."""
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
