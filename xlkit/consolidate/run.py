"""Roll up what arrived: gather the items, assess them in worker processes (a bounded window of
work in flight, results in the order of the items, so the parallel and the serial run give the
same table), keep the newer of two copies of a cell, add the cells expected but missing.
"""

from __future__ import annotations

import gc
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from xlkit.checks.party import RULES, Rule
from xlkit.consolidate.cells import assess
from xlkit.consolidate.identity import bare, key, names, same_cell, unmarked
from xlkit.consolidate.rows import BAD, FIGURE_KEYS, MISSING, CellRow
from xlkit.consolidate.sources import Item, gather
from xlkit.consolidate.spool import Figures, Spool
from xlkit.vocab.periods import Period

Rules = tuple[Rule, ...]
_POSITIONS = {key: i for i, key in enumerate(FIGURE_KEYS)}
# items sent to a worker at once, at most: each message between the processes costs the main
# process, which writes the workbook meanwhile, about half a millisecond (at N = 1,000, 0.18 s
# with batches of 4, 0.09 s with 16)
BATCH_MOST = 16
# batches each worker has left at least: a small roll-up spread over every worker, progress
# moving, the workers finishing together
BATCHES_PER_JOB = 4
# batches in flight per worker: one it works on and two waiting, so it never idles while the
# main process writes (or one item takes long); few enough to keep memory flat
IN_FLIGHT_PER_JOB = 3


@dataclass
class Duplicate:
    name: str
    kept: str  # the origin of the newer copy, which counts
    dropped: str


@dataclass
class RolledUp:
    period: Period
    rows: list[CellRow] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    expected: int | None = None  # how many cells were expected (--expect), else None
    # cells that sent but that no line of --expect names
    unexpected: list[CellRow] = field(default_factory=list)
    spool: Spool = field(default_factory=Spool, repr=False)  # the cells' findings, on disk

    @cached_property
    def totals(self) -> dict[str, float | None]:
        """The sums over the cells counted, shares recomputed (table.totals): once for the table,
        the workbook and the summary of one command, after the last row (a cell expected,
        missing) is in."""
        from xlkit.consolidate.rows import totals

        return totals(self.rows)

    @property
    def has_errors(self) -> bool:
        """A cell in trouble (cells.BAD): exit 1, as check does."""
        return any(r.status in BAD for r in self.rows)


def _worker_starts() -> None:
    """A worker leaves Ctrl-C to the main process, which stops them all and writes nothing; like
    the command (cli.main), it leaves the cycle collector off: each item's values die with it by
    refcount."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.disable()


def assessed(
    items: Sequence[Item], period: Period, jobs: int, lang: str = "vi", rules: Rules = RULES
) -> Iterator[list[CellRow]]:
    """The rows of each item, in order; JOBS worker processes (1: in this process); RULES as
    configured."""
    work = partial(assess, period=period, lang=lang, rules=rules)
    if jobs <= 1:
        for item in items:
            yield work(item)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_starts) as pool:
        pending: deque[Future[list[list[CellRow]]]] = deque()
        try:
            for batch in batches(items, jobs):
                pending.append(pool.submit(_assess_all, batch, period, lang, rules))
                if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:
            for future in pending:
                future.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _assess_all(
    batch: Sequence[Item], period: Period, lang: str, rules: Rules
) -> list[list[CellRow]]:
    return [assess(item, period, lang, rules) for item in batch]


def batches(items: Sequence[Item], jobs: int) -> Iterator[Sequence[Item]]:
    """ITEMS in order, in batches for JOBS workers: as many as BATCH_MOST while each worker
    still has BATCHES_PER_JOB of the items left, then smaller and smaller, so that the workers
    finish together (the last batches a few items each, not sixteen on one worker while the
    other idles)."""
    start = 0
    while start < len(items):
        size = max(1, min(BATCH_MOST, (len(items) - start) // (jobs * BATCHES_PER_JOB)))
        yield items[start : start + size]
        start += size


def default_jobs() -> int:
    return max(
        1,
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1),
    )


def roll_up(
    period: Period,
    sources: list[Path],
    *,
    jobs: int | None = None,
    expected: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    lang: str = "vi",
    writing: tuple[Path, ...] = (),
    rules: Rules = RULES,
    sink: Callable[[CellRow], None] | None = None,
) -> RolledUp:
    """Every cell of SOURCES for PERIOD, checked and counted; PROGRESS(done, total) as items
    finish; WRITING, the files this roll-up writes, are never read as sources; SINK is handed
    each cell's row as it arrives, in order (the consolidated workbook, written meanwhile)."""
    items = list(gather(sources, writing))
    result = RolledUp(period)
    newest: dict[tuple[str, str], list[int]] = {}
    for done, rows in enumerate(
        assessed(items, period, jobs or default_jobs(), lang, rules), start=1
    ):
        for row in rows:  # kept small while the others arrive: figures packed, findings on disk
            if sink is not None:
                # its figures and findings as they came, not unpacked nor read back from the disk
                sink(row)
            row.values = Figures(_POSITIONS, row.values)
            row.findings = result.spool.keep(row.findings)
            _add(result, newest, row)
        if progress:
            progress(done, len(items))
    if expected is not None:
        _expect(result, expected)
    return result


def _expect(result: RolledUp, expected: list[str]) -> None:
    """The cells expected and missing as rows; the cells that sent and no line names, said."""
    result.expected = len(expected)
    named = [r for r in result.rows if r.name]
    sent = {word for r in named for word in names(r)}
    # typed with no marks at all ("giao vien 2"): matched with the marks taken off
    plain = {unmarked(word) for word in sent}
    asked = set()
    for entry in expected:
        wanted = bare(entry)
        if wanted in sent:
            asked.add(wanted)
        elif wanted == unmarked(wanted) and wanted in plain:
            asked.update(word for word in sent if unmarked(word) == wanted)
        else:
            result.rows.append(CellRow("", entry, status=MISSING))
    result.unexpected = [r for r in named if not asked.intersection(names(r))]


def _add(result: RolledUp, newest: dict[tuple[str, str], list[int]], row: CellRow) -> None:
    """Add ROW; of two copies of one cell (identity.same_cell), the newer counts, both are
    named."""
    if not row.name:
        result.rows.append(row)
        return
    indices = newest.setdefault(key(row), [])
    index = next((i for i in indices if same_cell(result.rows[i], row)), None)
    if index is None:
        indices.append(len(result.rows))
        result.rows.append(row)
        return
    other = result.rows[index]
    kept, dropped = (row, other) if row.sent > other.sent else (other, row)
    result.duplicates.append(Duplicate(row.name, kept.origin, dropped.origin))
    kept.note = (kept.note + "; " if kept.note else "") + f"thay bản {dropped.origin}"
    result.rows[index] = kept


def expected_cells(path: Path) -> list[str]:
    """`--expect`: one cell name a line (blank lines and # comments left out), or an earlier
    roll-up."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        from xlkit.consolidate.readback import read_rollup

        return [r.name for r in read_rollup(path, str(path)) if r.name]
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
