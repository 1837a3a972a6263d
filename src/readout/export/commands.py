"""``readout export --format FORMAT [-o OUT] [--db ...]``: the store's current codings in a data format.

Text formats go to OUT or stdout; parquet writes a folder (``-o`` required). A summary line
on stderr says what was written and what a format had to leave out (``-q``: none). Exit
status 0, 1 when the export failed, 2 when the store cannot be opened or OUT is unusable.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Any

from readout.analyse.output import stdout_closed
from readout.files import OutputRefused, check_output, replace_when_done
from readout.store import Backend, StoreError, open_store
from readout.store.backends import is_postgres

MODULES = {
    "jsonl": "readout.export.jsonl",
    "csv": "readout.export.flat_csv",
    "parquet": "readout.export.parquet",
    "plover": "readout.export.plover",
    "cameo": "readout.export.cameo",
    "graphml": "readout.export.graphml",
}


def export(db: Backend, fmt: str, output: str | None, stdout: IO[str] | None = None) -> str:
    """Write the store ``db`` in ``fmt`` to ``output`` (stdout when None); returns the summary."""
    module = importlib.import_module(MODULES[fmt])
    if fmt == "parquet":
        if not output:
            raise ValueError("parquet writes a folder of files: give -o DIR")
        return str(module.write(db, Path(output)))
    newline = "" if fmt in ("csv", "cameo") else None
    target: Any = replace_when_done(output, newline) if output else nullcontext(stdout or sys.stdout)
    with target as out:
        return str(module.write(db, out))


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        print("readout: error: export: parquet writes a folder of files: give -o DIR", file=sys.stderr)
        return 2
    if args.output and args.format != "parquet":
        try:  # the store itself, or a file beside it that DuckDB keeps open (its write-ahead log)
            check_output(args.output, [] if is_postgres(args.db) else [args.db, f"{args.db}.wal"])
        except OutputRefused as err:
            print(f"readout: error: export: {err}", file=sys.stderr)
            return 2
    try:
        db = open_store(args.db, create=False, read_only=True)
    except StoreError as err:
        print(f"readout: error: {err}", file=sys.stderr)
        return 2
    with db:
        try:
            summary = export(db, args.format, args.output)
        except BrokenPipeError:
            stdout_closed()
            return 0
        except OSError as err:
            print(f"readout: error: export: {args.output}: {err.strerror or err}", file=sys.stderr)
            return 2
        except db.errors as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            print(f"readout: error: export: {first}", file=sys.stderr)
            return 1
    if not args.quiet:
        where = args.output or "stdout"
        print(f"readout: export: {args.format}: {summary} to {where}; store {db.where}", file=sys.stderr)
    return 0
