"""The store's command-line commands: ``readout ingest``, ``readout recode``, ``readout compare``.

Output follows ``readout code``: one ``readout: error: WHERE: reason`` line per failure on
stderr, a progress bar on a terminal, a summary line at the end; exit status 1 when a
document failed and 2 when the store itself cannot be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from readout.store import StoreError, open_store
from readout.store.backends import Backend
from readout.store.ingest import Counts, Outcome
from readout.store.interactions import interaction_counts


class Reporter:
    """Reports each document's outcome: error lines always, a line per document when verbose, a bar on a terminal."""

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose
        self.counts = Counts()
        self._bar: Any = None
        self._task: Any = None

    def notify(self, outcome: Outcome, where: str, reason: str | None) -> None:
        self.counts.note(outcome)
        if outcome == "failed":
            print(f"readout: error: {where}: {reason}", file=sys.stderr, flush=True)
        elif self.verbose:
            note = " (already stored)" if outcome == "skipped" else ""
            print(f"readout: {outcome} {where}{note}", file=sys.stderr, flush=True)
        if self._bar is not None:
            c = self.counts
            self._bar.update(self._task, advance=1, tally=f"coded {c.coded} · skipped {c.skipped} · failed {c.failed}")

    def set_total(self, total: int | None) -> None:
        if self._bar is not None:
            self._bar.update(self._task, total=total)

    @contextmanager
    def bar(self, label: str, total: int | None, enabled: bool) -> Iterator[Reporter]:
        if not enabled:
            yield self
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[tally]}")]
        with Progress(*columns, TimeRemainingColumn(), transient=True, console=Console(stderr=True)) as bar:
            self._bar, self._task = bar, bar.add_task(label, total=total, tally="")
            try:
                yield self
            finally:
                self._bar = None


def _open(args: argparse.Namespace, create: bool) -> Backend | None:
    try:
        return open_store(args.db, create=create)
    except StoreError as err:
        print(f"readout: error: {err}", file=sys.stderr)
        return None


def _links_summary(db: Backend) -> str:
    total, shared = interaction_counts(db)
    return f"{total} interaction(s), {shared} reported by several documents"


def cmd_ingest(args: argparse.Namespace) -> int:
    from readout.cli import _count_inputs
    from readout.engines.local import default_workers
    from readout.ingest import read_documents
    from readout.store.ingest import ingest

    db = _open(args, create=True)
    if db is None:
        return 2
    with db:
        show = sys.stderr.isatty() and not args.quiet
        reporter = Reporter(args.verbose)
        with reporter.bar("ingesting", _count_inputs(args.paths) if show else None, show):
            counts = ingest(
                db,
                read_documents(args.paths),
                reporter.notify,
                batch_size=args.batch,
                workers=args.workers or default_workers(),
            )
        if not args.quiet:
            print(
                f"readout: ingest: {counts.coded} coded, {counts.skipped} skipped (already stored), "
                f"{counts.failed} failed; {_links_summary(db)}; store {db.where}",
                file=sys.stderr,
            )
    return 1 if counts.failed else 0


def cmd_recode(args: argparse.Namespace) -> int:
    import readout
    from readout.store.recode import recode

    db = _open(args, create=False)
    if db is None:
        return 2
    with db:
        show = sys.stderr.isatty() and not args.quiet
        reporter = Reporter(args.verbose)
        with reporter.bar("recoding", None, show):
            counts = recode(db, args.all, reporter.notify, reporter.set_total, batch_size=args.batch)
        if not args.quiet:
            print(
                f"readout: recode: {counts.coded} recoded, {counts.skipped} skipped (already coded by "
                f"{readout.ENGINE_VERSION}), {counts.failed} failed; {_links_summary(db)}; store {db.where}",
                file=sys.stderr,
            )
    return 1 if counts.failed else 0


def cmd_compare(args: argparse.Namespace) -> int:
    from readout.store.compare import NotFound, comparison, resolve

    db = _open(args, create=False)
    if db is None:
        return 2
    with db:
        try:
            ids = resolve(db, args.id)
        except NotFound as err:
            print(f"readout: error: {err} in {db.where}", file=sys.stderr)
            return 1
        found = [comparison(db, i) for i in ids]
    if args.json:
        print(json.dumps({"query": args.id, "interactions": found}, ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console

    from readout.store.render import comparison_table

    console = Console()
    for cmp in found:
        console.print(comparison_table(cmp))
    return 0
