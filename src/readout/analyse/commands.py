"""The analyst commands: ``events``, ``timeline``, ``network``, ``stances``, ``people``, ``sql``.

Each opens the store read-only, runs its view and prints it: rich tables, or ``--json`` /
``--csv`` for pipes. Exit status 0 on success (an empty result too), 1 when a query fails
or is refused, 2 when the store cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from readout.analyse.filters import InteractionFilter
from readout.analyse.output import Format, Result, emit, stdout_closed
from readout.store import StoreError, open_store
from readout.store.backends import Backend, QueryTimeout


def _format(args: argparse.Namespace) -> Format:
    return "json" if args.json else "csv" if args.csv else "table"


def _run(args: argparse.Namespace, view: Callable[[Backend], Result], files: bool = True) -> int:
    """Open the store read-only, build the view, print it; errors as one line on stderr."""
    try:
        db = open_store(args.db, create=False, read_only=True, files=files)
    except StoreError as err:
        print(f"readout: error: {err}", file=sys.stderr)
        return 2
    with db:
        try:
            result = view(db)
        except db.errors as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            print(f"readout: error: {args.command}: query failed: {first}", file=sys.stderr)
            return 1
        except QueryTimeout as err:
            print(f"readout: error: {args.command}: query {err}", file=sys.stderr)
            return 1
    print_result(result, _format(args))
    return 0


def print_result(result: Result, fmt: Format) -> None:
    """Print to stdout; a reader that stops early (``| head``) is not an error."""
    try:
        emit(result, fmt, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_closed()


def _interaction_filter(args: argparse.Namespace, parties: tuple[str, ...] = ()) -> InteractionFilter:
    return InteractionFilter(
        parties=parties,
        kind=getattr(args, "kind", None),
        since=args.since,
        until=args.until,
        person=getattr(args, "person", None),
        issue=getattr(args, "issue", None),
        publisher=getattr(args, "publisher", None),
    )


def cmd_events(args: argparse.Namespace) -> int:
    from readout.analyse.events import events

    parties = tuple(dict.fromkeys(p for p in (args.country, args.with_) if p))
    flt = _interaction_filter(args, parties)
    return _run(args, lambda db: events(db, flt, args.limit))


def cmd_timeline(args: argparse.Namespace) -> int:
    from readout.analyse.timeline import timeline

    if args.a == args.b:
        print(f"readout: error: timeline: give two different parties, not {args.a} twice", file=sys.stderr)
        return 1
    flt = _interaction_filter(args)
    return _run(args, lambda db: timeline(db, args.a, args.b, flt))


def cmd_network(args: argparse.Namespace) -> int:
    from readout.analyse.network import network

    flt = _interaction_filter(args)
    return _run(args, lambda db: network(db, flt))


def cmd_stances(args: argparse.Namespace) -> int:
    from readout.analyse.stances import stances

    return _run(args, lambda db: stances(db, args.target, args.since, args.until))


def cmd_people(args: argparse.Namespace) -> int:
    from readout.analyse.people import people

    return _run(args, lambda db: people(db, args.country, args.person, args.since, args.until))


def cmd_sql(args: argparse.Namespace) -> int:
    from readout.analyse.sql import Refused, check_read_only, run_sql
    from readout.store.backends import is_postgres

    try:
        check_read_only(args.query, "postgres" if is_postgres(args.db) else "duckdb")
    except Refused as err:
        print(f"readout: error: sql: refused: {err}", file=sys.stderr)
        return 1
    return _run(args, lambda db: run_sql(db, args.query, args.timeout), files=False)
