"""The ``readout`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Any

from readout import __version__
from readout.engines.local import code_documents, default_workers
from readout.files import OutputRefused, check_output, replace_when_done
from readout.ingest import read_documents
from readout.ingest.readers import SUFFIXES
from readout.model import Document, IngestError, Record


def _count_inputs(paths: list[str]) -> int | None:
    """Number of documents, when cheap to know (files and JSONL lines), for the progress bar."""
    total = 0
    for p in map(Path, paths):
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() == ".jsonl" and f.is_file():
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif f.suffix.lower() in (".txt", ".html", ".htm") and f.is_file():
                total += 1
    return total or None


def _progress(
    items: Iterator[Record | IngestError], total: int | None, enabled: bool
) -> Iterator[Record | IngestError]:
    if not enabled:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = [TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    with Progress(*columns, transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("coding", total=total)
        for item in items:
            bar.advance(task)
            yield item


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def format_table(rec: Record) -> str:
    """A human summary of one record: events, participants, stances, topics."""
    lines = [f"== {rec.doc_id}: {rec.title or '(no title)'}"]
    if not rec.is_readout:
        lines.append("   not a readout (no interaction reported)")
    for e in rec.events:
        where = ""
        if e.location:
            where = f" in {e.location.name or '?'} ({e.location.country})"
        lines.append(f"   {e.kind} {e.date or 'date?'}{where} mode={e.mode} CAMEO {e.cameo}")
        for p in e.participants:
            side = p.country or p.org or "?"
            lines.append(f"     - {p.name or '(unnamed)'} [{side}] {p.title or ''}".rstrip())
    for s in rec.stances:
        lines.append(f"   stance: {s.holder} {s.alignment} {s.target} on {s.issue}")
    if rec.topics:
        lines.append("   topics: " + ", ".join(rec.topics))
    return "\n".join(lines)


def cmd_code(args: argparse.Namespace) -> int:
    if args.engine == "spark":
        return _code_spark(args)
    if args.output:
        try:
            check_output(args.output, args.paths, SUFFIXES)
        except OutputRefused as err:
            print(f"readout: error: {err}", file=sys.stderr)
            return 2
    out_ctx: Any = replace_when_done(args.output) if args.output else nullcontext(sys.stdout)
    failed = coded = 0
    show = sys.stderr.isatty() and not args.quiet
    total = _count_inputs(args.paths) if show else None
    docs: Iterator[Document | IngestError] = read_documents(args.paths)
    with out_ctx as out:
        out_io: IO[str] = out
        for item in _progress(code_documents(docs, args.workers or default_workers()), total, show):
            if isinstance(item, IngestError):
                failed += 1
                print(f"readout: error: {item}", file=sys.stderr)
                continue
            coded += 1
            if args.format == "table":
                out_io.write(format_table(item) + "\n\n")
            else:
                out_io.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    if not args.quiet:
        print(f"readout: coded {coded} document(s), {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _code_spark(args: argparse.Namespace) -> int:
    """``readout code --engine spark``: Parquet at OUT/records and OUT/errors (pyspark imported only here)."""
    if not args.output or args.format != "jsonl":
        print("readout: error: --engine spark needs -o OUT/ (a folder for Parquet) and no --format", file=sys.stderr)
        return 2
    try:
        from readout.engines import spark
    except ImportError as err:
        print(f"readout: error: --engine spark needs pyspark (pip install 'readout[spark]'): {err}", file=sys.stderr)
        return 2
    return spark.run(args.paths, args.output, master=args.master, quiet=args.quiet)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="readout", description="Turn diplomatic readouts into evidenced event data.")
    ap.add_argument("--version", action="version", version=f"readout {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    code = sub.add_parser("code", help="code readouts (.txt, .html, .jsonl or folders) into records")
    code.add_argument("paths", nargs="+", metavar="PATH")
    code.add_argument("-o", "--output", metavar="OUT.jsonl", help="write records here (default: stdout)")
    code.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    code.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary line")
    code.add_argument("--engine", choices=["local", "spark"], default="local", help="local processes or Apache Spark")
    code.add_argument(
        "--workers", type=int, metavar="N", help="local engine: processes (default: all cores; 1 = in this process)"
    )
    code.add_argument(
        "--master", default="local[*]", metavar="URL", help="spark engine: master URL (default: local[*])"
    )
    code.set_defaults(func=cmd_code)
    _add_store_commands(sub)
    return ap


def _add_store_commands(sub: Any) -> None:
    """``ingest``, ``recode`` and ``compare``: the event store (readout.store, docs/store.md)."""
    from readout.store.backends import DEFAULT_DB
    from readout.store.ingest import BATCH

    def store_parser(name: str, helptext: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = sub.add_parser(name, help=helptext)
        p.add_argument(
            "--db",
            default=DEFAULT_DB,
            metavar="FILE|postgresql://...",
            help=f"DuckDB file or PostgreSQL URL (default: {DEFAULT_DB} in the working directory)",
        )
        return p

    def progress_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--batch", type=int, default=BATCH, metavar="N", help="documents per transaction")
        p.add_argument("-v", "--verbose", action="store_true", help="a line per document")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary line")

    ingest = store_parser("ingest", "code readouts into the event store, skipping those stored already")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument(
        "--workers", type=int, default=None, metavar="N", help="coding processes (default: all cores; 1 = this one)"
    )
    progress_options(ingest)
    ingest.set_defaults(func=_store_command("cmd_ingest"))
    recode = store_parser("recode", "recode stored documents with this engine")
    recode.add_argument("--all", action="store_true", help="also documents already coded by this engine")
    progress_options(recode)
    recode.set_defaults(func=_store_command("cmd_recode"))
    compare = store_parser("compare", "what each report of one interaction says, side by side")
    compare.add_argument("id", metavar="ID", help="a document id, or an interaction number (interaction:N)")
    compare.add_argument("--json", action="store_true", help="JSON instead of tables")
    compare.set_defaults(func=_store_command("cmd_compare"))
    # events, timeline, network, stances, people, sql, export: read-only (readout.analyse, docs/analyse.md)
    from readout.analyse.parsers import add_reader_commands

    add_reader_commands(sub, store_parser)
    # serve: the web app and REST API (readout.web, docs/web.md)
    from readout.web.cli import add_serve_command

    add_serve_command(sub, store_parser)


def _store_command(name: str) -> Any:
    """The store command ``name``, imported when run (``readout code`` never loads a database driver)."""

    def run(args: argparse.Namespace) -> int:
        from readout.store import commands

        return int(getattr(commands, name)(args))

    return run


def main(argv: list[str] | None = None) -> int:
    """Run one command. However it ends -- Ctrl-C, a reader that closed the pipe, a full disk --
    the user sees one line, not a traceback (transactions roll back as the exception passes)."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print(f"readout: {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        from readout.analyse.output import stdout_closed

        stdout_closed()  # `| head`: the reader has what it wanted
        return 0
    except OSError as err:
        where = err.filename or getattr(args, "output", None) or "output"
        print(f"readout: error: {args.command}: {where}: {err.strerror or err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
