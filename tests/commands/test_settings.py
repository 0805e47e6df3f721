"""xlkit.toml: every table and key is declared once; a misspelled one is refused with the closest
name, whichever command reads the file (commands/settings.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from clirun import run
from conftest import EXAMPLE

from xlkit.commands.settings import TABLES, SettingError, checked


@pytest.mark.parametrize(
    ("toml", "line"),
    [
        (
            '[smtp]\nhots = "smtp.example.vn"\n',
            "xlkit: xlkit.toml › [smtp]: không có mục 'hots' (gần nhất: 'host')\n",
        ),
        (
            '[register]\nfiel = "so.json"\n',
            "xlkit: xlkit.toml › [register]: không có mục 'fiel' (gần nhất: 'file')\n",
        ),
        (
            '[rollup]\nnguoiky = "Nguyễn Văn A"\n',
            "xlkit: xlkit.toml › [rollup]: không có mục 'nguoiky' (gần nhất: 'nguoi_ky')\n",
        ),
        (
            "[layout]\nmargin_lfet = 35\n",
            "xlkit: xlkit.toml › [layout]: không có mục 'margin_lfet' (gần nhất: 'margin_left')\n",
        ),
        (
            '[smpt]\nhost = "smtp.example.vn"\n',
            "xlkit: xlkit.toml: không có bảng [smpt] (gần nhất: [smtp])\n",
        ),
        ('register = "so.json"\n', "xlkit: xlkit.toml: 'register' phải là một bảng [register]\n"),
    ],
    ids=["smtp-key", "register-key", "rollup-key", "layout-key", "table", "not-a-table"],
)
def test_a_misspelled_setting_is_refused_by_every_command(
    tmp_path: Path, toml: str, line: str
) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "xlkit.toml").write_text(toml, encoding="utf-8")
    for args in (("check", "so.xlsx"), ("report", "2023-H1", "so.xlsx")):
        result = run(*args, cwd=tmp_path)
        assert (result.returncode, result.stdout, result.stderr) == (2, "", line), args


def test_every_declared_key_is_accepted() -> None:
    config = {
        name: {} if callable(keys) else dict.fromkeys(keys, "x") for name, keys in TABLES.items()
    }
    config["layout"] = {"margin_left": 35, "body_size": 14}
    config["rules"] = {"excellent-over-quota": {"ratio_pct": 15}}
    assert checked(config) == config


def test_a_password_is_never_a_setting() -> None:
    with pytest.raises(SettingError) as raised:
        checked({"smtp": {"host": "smtp.example.vn", "password": "bí mật"}})
    assert (raised.value.key, raised.value.fields) == ("err.config-password", {})


def test_the_english_line(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "so.xlsx")
    (tmp_path / "xlkit.toml").write_text('[smtp]\nhots = "x"\n', encoding="utf-8")
    result = run("check", "so.xlsx", "--lang", "en", cwd=tmp_path)
    assert result.stderr == "xlkit: xlkit.toml › [smtp]: there is no 'hots' (closest: 'host')\n"
