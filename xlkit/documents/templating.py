"""jinja2 templates -> markup -> the document model. One template feeds every output format.

Templates come from `templates/` in the user's working folder first (a file of the same name
overrides ours), then from the templates packaged with xlkit. Undefined names are errors.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from xlkit.documents.model import Document, escape_cell, escape_line, parse
from xlkit.text import vn
from xlkit.vocab.sections import leads_in

PACKAGED = Path(__file__).resolve().parent.parent / "templates"  # inside the installed wheel
SOURCE = Path(__file__).resolve().parent.parent.parent / "templates"  # a source checkout


def template_dirs(cwd: Path | None = None) -> list[Path]:
    own = (cwd or Path.cwd()) / "templates"
    shipped = PACKAGED if PACKAGED.is_dir() else SOURCE
    return [d for d in (own, shipped) if d.is_dir()]


def _prose(text: Any) -> str:
    """User text as markup lines: each line literal; blank lines inside a cell do not split
    blocks."""
    lines = [line.strip() for line in str(text).replace("\r\n", "\n").split("\n") if line.strip()]
    return "\n".join(escape_line(line) for line in lines)


_DASH = re.compile(r"^\s*[-–—+•*]\s+")


def _item(text: Any) -> str:
    """User text for a line the template already opens with a dash: a dash she typed herself
    (pasted from Word) is not printed twice (`- - …`)."""
    return _prose(_DASH.sub("", str(text), count=1))


# the letters of lettered parts (A, B, C …): the Vietnamese alphabet has no F, J, W, Z
LETTERS = "ABCDEGHIKLMNOPQRSTUVXY"


def letter(number: int) -> str:
    """1 -> A, 6 -> G, 22 -> Y; past Y the letters doubled (AA, BB …), never an error."""
    times, index = divmod(number - 1, len(LETTERS))
    return LETTERS[index] * (times + 1)


def _roman(number: int) -> str:
    """1 -> I, 4 -> IV, 9 -> IX: a plan's parts, numbered on when an empty one is left out."""
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


COMPILED_DIR = "mau-da-dich"  # in xlkit's state folder, beside the ledger


def compiled_cache() -> Any:
    """Where jinja2 keeps the templates it compiled, so a report does not compile its template
    again each run (a third of `report`'s own time): xlkit's state folder, never beside her
    files. The cache is keyed by the template's source: her own `templates/report.j2`, or one she
    edits, is compiled afresh. A folder that cannot be made or written only costs the saving."""
    import jinja2

    from xlkit.guard.files import ledger_dir

    class Kept(jinja2.FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Any) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass

    folder = ledger_dir().parent / COMPILED_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return Kept(str(folder))


def environment(cwd: Path | None = None) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(cwd)]),
        bytecode_cache=compiled_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        count=vn.count,
        pct=vn.percent,
        number=vn.number,
        ratio=vn.ratio,
        long_date=vn.long_date,
        qty=vn.quantity,
        prose=_prose,
        item=_item,
        cell=lambda value: escape_cell("" if value is None else str(value)),
        upper_vi=lambda text: str(text).upper(),
        roman=_roman,
        letter=letter,
        leads_in=leads_in,
    )
    return env


def render_markup(name: str, context: dict[str, Any], cwd: Path | None = None) -> str:
    return environment(cwd).get_template(name).render(**context)


def render(name: str, context: dict[str, Any], cwd: Path | None = None) -> Document:
    return parse(render_markup(name, context, cwd))
