"""Command-line parsers of the commands that read the store: the analyst views and ``export``.

Kept apart from ``readout.cli`` so that it stays small; like the store commands, each
command's code (and the database driver) is imported only when that command runs, and the
argument types here load nothing until used (``readout code`` never pays for them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
from collections.abc import Callable
from functools import cache
from typing import Any

from readout.analyse.filters import KINDS, BadPeriod, period_end, period_start

StoreParser = Callable[[str, str], argparse.ArgumentParser]


def party(text: str) -> str:
    """argparse type: a state or organisation by code or name, as its code."""
    from readout.analyse.names import UnknownParty, party_code

    try:
        return party_code(text)
    except UnknownParty as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def since(text: str) -> dt.date:
    """argparse type: the first day of a year, month or day."""
    try:
        return period_start(text)
    except BadPeriod as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def until(text: str) -> dt.date:
    """argparse type: the last day of a year, month or day."""
    try:
        return period_end(text)
    except BadPeriod as err:
        raise argparse.ArgumentTypeError(str(err)) from None


@cache
def _issue_codes() -> frozenset[str]:
    from readout.gazetteer import data_rows

    return frozenset(row["code"] for row in data_rows("issues.tsv"))


def issue(text: str) -> str:
    """argparse type: an issue code of issues.tsv (any case)."""
    code = text.strip().upper()
    if code not in _issue_codes():
        raise argparse.ArgumentTypeError(f"{text!r} is not an issue code (see src/readout/data/issues.tsv)")
    return code


def positive(text: str) -> int:
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def seconds(text: str) -> float:
    try:
        n = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < n <= 86400:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 86400 seconds, not {text}")
    return n


def lazy(module: str, name: str) -> Any:
    """The command ``module.name``, imported when it runs."""

    def run(args: argparse.Namespace) -> int:
        return int(getattr(importlib.import_module(module), name)(args))

    return run


def _outputs(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="JSON instead of tables")
    group.add_argument("--csv", action="store_true", help="CSV (one flat table) instead of tables")


def _period(p: argparse.ArgumentParser, what: str = "interactions") -> None:
    p.add_argument("--since", type=since, metavar="DATE", help=f"{what} from this year, month or day on")
    p.add_argument("--until", type=until, metavar="DATE", help=f"{what} up to this year, month or day")


def add_reader_commands(sub: Any, store_parser: StoreParser) -> None:
    """Add ``events``, ``timeline``, ``network``, ``stances``, ``people``, ``sql`` and ``export``."""
    commands = "readout.analyse.commands"
    events = store_parser("events", "the interactions in the store, one row each, filtered")
    events.add_argument("--country", type=party, metavar="X", help="X took part (a code or a name)")
    events.add_argument("--with", dest="with_", type=party, metavar="Y", help="Y took part too")
    events.add_argument("--kind", choices=KINDS)
    _period(events)
    events.add_argument("--person", metavar="NAME", help="a participant's name contains NAME (any case)")
    events.add_argument("--issue", type=issue, metavar="CODE", help="a report discusses or takes a stance on CODE")
    events.add_argument("--publisher", type=party, metavar="P", help="a readout of P's government reports it")
    events.add_argument("--limit", type=positive, metavar="N", help="the first N interactions by date")
    _outputs(events)
    events.set_defaults(func=lazy(commands, "cmd_events"))

    timeline = store_parser("timeline", "every interaction between two states, by year and kind")
    timeline.add_argument("a", type=party, metavar="A")
    timeline.add_argument("b", type=party, metavar="B")
    timeline.add_argument("--kind", choices=KINDS)
    _period(timeline)
    _outputs(timeline)
    timeline.set_defaults(func=lazy(commands, "cmd_timeline"))

    network = store_parser("network", "states and organisations as nodes, interactions as weighted edges")
    network.add_argument("--kind", choices=KINDS)
    _period(network)
    _outputs(network)
    network.set_defaults(func=lazy(commands, "cmd_network"))

    stances = store_parser("stances", "holder x issue matrix of supports and opposes")
    stances.add_argument("--target", type=party, metavar="X", help="only stances on X's positions")
    _period(stances, "documents")
    _outputs(stances)
    stances.set_defaults(func=lazy(commands, "cmd_stances"))

    people = store_parser("people", "who represented whom, with titles, first and last seen")
    people.add_argument("--country", type=party, metavar="X", help="people representing X")
    people.add_argument("--person", metavar="NAME", help="names containing NAME (any case)")
    _period(people, "appearances")
    _outputs(people)
    people.set_defaults(func=lazy(commands, "cmd_people"))

    sql = store_parser("sql", "run one read-only SQL query on the store (schema: docs/store.md)")
    sql.add_argument("query", metavar="QUERY", help='e.g. "SELECT kind, COUNT(*) FROM interactions GROUP BY kind"')
    sql.add_argument(
        "--timeout", type=seconds, default=10.0, metavar="S", help="stop the query after S seconds (default: 10)"
    )
    _outputs(sql)
    sql.set_defaults(func=lazy(commands, "cmd_sql"))

    from readout.export import FORMATS

    export = store_parser("export", "write the store's current codings in a data format")
    export.add_argument("--format", required=True, choices=FORMATS, help="see docs/analyse.md")
    export.add_argument("-o", "--output", metavar="OUT", help="file (folder for parquet); default: stdout")
    export.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    export.set_defaults(func=lazy("readout.export.commands", "cmd_export"))
