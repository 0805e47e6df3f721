"""jinja2's compiled templates kept in xlkit's state folder: a report does not compile its
template again each run, her own template is compiled afresh when she edits it, and a state
folder that cannot be written only costs the saving."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from xlkit.documents.templating import COMPILED_DIR, PACKAGED, SOURCE, render_markup


def _kept() -> list[Path]:
    return sorted((Path(os.environ["XLKIT_STATE_DIR"]) / COMPILED_DIR).glob("*.cache"))


def test_a_template_is_compiled_once_and_her_edit_is_seen(tmp_path: Path) -> None:
    shipped = PACKAGED if PACKAGED.is_dir() else SOURCE
    first = render_markup("mail-subject.j2", _subject(), cwd=tmp_path)
    kept = _kept()
    assert len(kept) == 1 and kept[0].stat().st_size > 0
    stamp = kept[0].stat().st_mtime_ns
    assert render_markup("mail-subject.j2", _subject(), cwd=tmp_path) == first
    assert _kept()[0].stat().st_mtime_ns == stamp  # read back, not written again
    # her own template of that name, in ./templates/: compiled afresh, its words printed
    (tmp_path / "templates").mkdir()
    hers = tmp_path / "templates" / "mail-subject.j2"
    shutil.copy(shipped / "mail-subject.j2", hers)
    hers.write_text("Của chị: " + hers.read_text(encoding="utf-8"), encoding="utf-8")
    assert render_markup("mail-subject.j2", _subject(), cwd=tmp_path) == "Của chị: " + first
    hers.write_text("Sửa lại: " + hers.read_text(encoding="utf-8")[9:], encoding="utf-8")
    assert render_markup("mail-subject.j2", _subject(), cwd=tmp_path) == "Sửa lại: " + first


def test_a_state_folder_that_cannot_be_written_costs_only_the_saving(
    tmp_path: Path, monkeypatch
) -> None:
    blocked = tmp_path / "state"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("XLKIT_STATE_DIR", str(blocked))
    assert render_markup("mail-subject.j2", _subject(), cwd=tmp_path)


def _subject() -> dict:
    from xlkit.vocab.periods import Period

    return {"period": Period.parse("2023-H1"), "cell_name": "Chi bộ Trường Mầm non Hoa Sen"}
