"""The event store's costs: ingest throughput against ``readout code``, and query latency at 100,000 documents.

**Ingest.** Documents per second of ``readout ingest`` into DuckDB, and into PostgreSQL when
``--pg URL`` or ``READOUT_TEST_PG`` gives a server, against ``readout code`` writing JSONL, on
the same documents: the dev set (``../shared/gold/dev.jsonl``) repeated to at least
``--docs`` (default 2000) with distinct ids (``<id>#r<k>``) and texts that differ slightly
(copy k ends in k spaces) so that every content hash differs and nothing is skipped. The
documents are written to a JSONL file first; each phase reads that file, as the commands do:

* code: ``code_documents(read_documents([file]))`` and one ``json.dumps`` line per record
  into a file (``readout code -o OUT.jsonl --workers 1``);
* duckdb / postgres: ``store.ingest.ingest(db, read_documents([file]))`` into a new store
  (a new file; a new schema, dropped afterwards), linking interactions at the end
  (``readout ingest``).

Each phase runs in its own process, coding in that one process (so the ratio is the
store's cost, not a difference in parallelism), after loading the engine and coding a
warm-up document; interpreter start-up and loading are not timed. The overhead is
code rate / ingest rate - 1.

**Queries.** Median and 95th-percentile latency (``--runs`` timed runs after one warm-up)
of the analyst views ``events``, ``timeline``, ``network`` and ``stances`` (the view
functions the commands call: SQL plus building the rows, not printing) on a DuckDB store
of ``--store-docs`` (default 100,000) documents generated from the dev set. The coding
step is shared: the 32 distinct texts are coded once, and every generated document is a
variant of one of them (its own id, its dates shifted to a random day of 2013-2025, and in
70% of variants its states swapped for others by a random one-to-one mapping, applied to
participants, places, stances and statements alike; a swapped place keeps only its
country) whose record is derived, not coded again. The variants are written through the
store's own writer (``store.writer.store_new``, the transaction ``readout ingest`` uses after
coding) in large batches, then linked once; so the build rate printed is not an ingest rate.
``--store PATH`` keeps the store (and reuses it when it already holds the documents).

Usage (from the project root)::

    .venv/bin/python bench/ingest.py [--docs 2000] [--pg URL] [--store-docs 100000] [--runs 20] [--json]
    .venv/bin/python bench/ingest.py --no-queries        # ingest throughput only
    .venv/bin/python bench/ingest.py --no-ingest         # query latency only

Figures, not assertions: nothing here fails on a slow machine. Exit status 2 when the dev
set is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readout.model import Document, Record

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "dev.jsonl"
PHASES = ("code", "duckdb", "postgres", "queries")
FIRST_DAY, LAST_DAY = dt.date(2013, 1, 1), dt.date(2025, 12, 31)
SWAP_SHARE = 0.7  # share of generated documents whose states are swapped for others
WRITE_BATCH = 5000  # generated documents per write transaction


# ---------------------------------------------------------------------------------------------
# documents


def dev_documents(gold: Path) -> list[Document]:
    from readout.ingest import read_documents
    from readout.model import Document

    docs = [d for d in read_documents([str(gold)]) if isinstance(d, Document)]
    if not docs:
        raise SystemExit(f"bench: no readable document in {gold}")
    return docs


def repeated(distinct: list[Document], at_least: int) -> list[Document]:
    """Whole copies of the dev set, copy k with ids ``<id>#r<k>`` and k trailing spaces (new hashes)."""
    copies = max(1, -(-at_least // len(distinct)))
    return [replace(d, id=f"{d.id}#r{k}", text=d.text + " " * k) for k in range(copies) for d in distinct]


def write_jsonl(docs: list[Document], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for d in docs:
            row = {"id": d.id, "text": d.text, "title": d.title, "published": d.published, "publisher": d.publisher}
            out.write(json.dumps({**row, "url": d.url}, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------
# ingest phases (child processes)


def _pg_schema_url(admin: str, schema: str) -> str:
    sep = "&" if "?" in admin else "?"
    return f"{admin}{sep}options=-csearch_path%3D{schema}"


def run_phase(phase: str, docs_file: Path, pg: str | None) -> dict[str, Any]:
    """Load the engine, then time one phase over the documents file."""
    from readout.engines.local import code_documents
    from readout.extract.pipeline import code_document
    from readout.ingest import read_documents
    from readout.model import Document, Record

    first = next(d for d in read_documents([str(docs_file)]) if isinstance(d, Document))
    code_document(first)  # load the engine (gazetteers, patterns) before timing
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        if phase == "code":
            n = 0
            with (Path(tmp) / "out.jsonl").open("w", encoding="utf-8") as out:
                for rec in code_documents(read_documents([str(docs_file)])):
                    if isinstance(rec, Record):
                        out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
                        n += 1
            seconds = time.perf_counter() - start
            return {"phase": phase, "documents": n, "seconds": seconds}
        from readout.store import open_store
        from readout.store.ingest import ingest

        if phase == "duckdb":
            db = open_store(str(Path(tmp) / "bench.duckdb"))
            start = time.perf_counter()  # opening a new store (migrations) is not per-document work
            counts = ingest(db, read_documents([str(docs_file)]))
            seconds = time.perf_counter() - start
            db.close()
            return {"phase": phase, "documents": counts.coded, "failed": counts.failed, "seconds": seconds}
        import psycopg

        assert pg is not None
        schema = f"readout_bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(pg, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]
        try:
            db = open_store(_pg_schema_url(pg, schema))
            start = time.perf_counter()
            counts = ingest(db, read_documents([str(docs_file)]))
            seconds = time.perf_counter() - start
            db.close()
        finally:
            with psycopg.connect(pg, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")  # type: ignore[arg-type]
        return {"phase": phase, "documents": counts.coded, "failed": counts.failed, "seconds": seconds}


def spawn_phase(phase: str, docs_file: Path, pg: str | None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--docs-file", str(docs_file)]
    if pg:
        cmd += ["--pg", pg]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"bench: the {phase} phase failed (exit status {proc.returncode})")
    result: dict[str, Any] = json.loads(lines[-1])
    result["docs_per_s"] = result["documents"] / result["seconds"]
    return result


def bench_ingest(args: argparse.Namespace) -> dict[str, Any]:
    distinct = dev_documents(args.gold)
    docs = repeated(distinct, args.docs)
    phases = ["code", "duckdb"] + (["postgres"] if args.pg else [])
    runs: dict[str, list[dict[str, Any]]] = {p: [] for p in phases}
    with tempfile.TemporaryDirectory() as tmp:
        docs_file = Path(tmp) / "docs.jsonl"
        write_jsonl(docs, docs_file)
        for _ in range(args.repeat):
            for phase in phases:  # one after the other: phases never share the cores
                runs[phase].append(spawn_phase(phase, docs_file, args.pg))
    best = {p: max(runs[p], key=lambda r: r["docs_per_s"]) for p in phases}
    out: dict[str, Any] = {"documents": len(docs), "distinct": len(distinct), "repeat": args.repeat, "phases": best}
    for p in phases[1:]:
        out[f"overhead_{p}"] = best["code"]["docs_per_s"] / best[p]["docs_per_s"] - 1
    return out


# ---------------------------------------------------------------------------------------------
# the 100,000-document store


def _state_codes() -> list[str]:
    from readout.analyse.names import is_org
    from readout.gazetteer import data_rows

    return sorted(r["iso3"] for r in data_rows("countries.tsv") if not is_org(r["iso3"]))


def _states_of(rec: Record, states: set[str]) -> list[str]:
    codes = {rec.publisher_country}
    for ev in rec.events:
        codes |= {p.country for p in ev.participants} | {ev.location.country if ev.location else None}
    for s in rec.stances:
        codes |= {s.holder, s.target}
    codes |= {st.country for st in rec.statements}
    return sorted(c for c in codes if c in states)


def variant(doc: Document, rec: Record, k: int, rng: random.Random, states: list[str]) -> tuple[Document, Record]:
    """Generated document k from a coded dev document: new id, dates shifted, states (maybe) swapped."""
    from readout.model import Location

    mine = _states_of(rec, set(states))
    swap = dict(zip(mine, rng.sample(states, len(mine)), strict=True)) if rng.random() < SWAP_SHARE else {}
    dates = [e.date for e in rec.events if e.date]
    base = dt.date.fromisoformat(rec.published or (min(dates) if dates else "2021-06-01"))
    shift = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days)) - base

    def day(value: str | None) -> str | None:
        return (dt.date.fromisoformat(value) + shift).isoformat() if value else None

    def c(code: str | None) -> str | None:
        return swap.get(code, code) if code else code

    def place(loc: Location | None) -> Location | None:
        if loc is None or loc.country not in swap:
            return loc
        return Location(None, c(loc.country))  # a city of the old country would be wrong: keep the country

    new_id = f"{doc.id}~v{k}"
    events = [
        replace(
            ev,
            date=day(ev.date),
            location=place(ev.location),
            participants=[replace(p, country=c(p.country)) for p in ev.participants],
        )
        for ev in rec.events
    ]
    stances = [replace(s, holder=c(s.holder) or s.holder, target=c(s.target)) for s in rec.stances]
    statements = [replace(s, country=c(s.country)) for s in rec.statements]
    record = replace(
        rec,
        doc_id=new_id,
        events=events,
        stances=stances,
        statements=statements,
        publisher_country=c(rec.publisher_country),
        published=day(rec.published),
    )
    document = replace(doc, id=new_id, text=f"{doc.text}\n\n(bench variant {k})", published=day(doc.published))
    return document, record


def build_store(path: Path, n: int, gold: Path, seed: int = 7) -> dict[str, Any]:
    """A DuckDB store of ``n`` generated documents (coding shared: 32 texts coded once)."""
    from readout.extract.pipeline import code_document
    from readout.store import open_store
    from readout.store.documents import doc_key
    from readout.store.interactions import link_interactions
    from readout.store.writer import Coded, store_new

    distinct = dev_documents(gold)
    start = time.perf_counter()
    coded = [(d, code_document(d)) for d in distinct]
    coding_s = time.perf_counter() - start
    rng = random.Random(seed)
    states = _state_codes()
    db = open_store(str(path))
    start = time.perf_counter()
    for first in range(0, n, WRITE_BATCH):
        batch = []
        for k in range(first, min(n, first + WRITE_BATCH)):
            doc, rec = coded[k % len(coded)]
            vdoc, vrec = variant(doc, rec, k, rng, states)
            batch.append(Coded(vdoc, doc_key(vdoc), vrec))
        store_new(db, batch)
    write_s = time.perf_counter() - start
    start = time.perf_counter()
    link_interactions(db)
    link_s = time.perf_counter() - start
    db.close()
    return {"coding_s": coding_s, "write_s": write_s, "link_s": link_s, "documents": n}


def _stored(path: Path) -> int:
    from readout.store import StoreError, open_store

    try:
        with open_store(str(path), create=False, read_only=True) as db:
            return int(db.query("SELECT COUNT(*) FROM documents")[0][0])
    except StoreError:
        return 0


def _queries() -> list[tuple[str, Callable[[Any], object]]]:
    from readout.analyse.events import interactions
    from readout.analyse.filters import InteractionFilter
    from readout.analyse.network import network_of
    from readout.analyse.stances import stance_cells
    from readout.analyse.timeline import timeline

    def flt(**kw: Any) -> InteractionFilter:
        return InteractionFilter(**kw)

    y2020, y2024, end2024 = dt.date(2020, 1, 1), dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    return [
        ("events --country CHN --with USA", lambda db: interactions(db, flt(parties=("CHN", "USA")))),
        ("events --country CHN --since 2024", lambda db: interactions(db, flt(parties=("CHN",), since=y2024))),
        ("events --kind call --since 2024", lambda db: interactions(db, flt(kind="call", since=y2024))),
        ("events --person wang --since 2024", lambda db: interactions(db, flt(person="wang", since=y2024))),
        ("events --limit 100", lambda db: interactions(db, flt(), limit=100)),
        ("events (all)", lambda db: interactions(db, flt())),
        ("timeline CHN USA", lambda db: timeline(db, "CHN", "USA")),
        ("timeline RUS IND", lambda db: timeline(db, "RUS", "IND")),
        ("network --since 2024 --until 2024", lambda db: network_of(db, flt(since=y2024, until=end2024))),
        ("network (all)", lambda db: network_of(db, flt())),
        ("stances (all)", lambda db: stance_cells(db)),
        ("stances --target CHN --since 2020", lambda db: stance_cells(db, "CHN", y2020)),
    ]


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]  # nearest rank


def measure_queries(path: Path, runs: int) -> dict[str, Any]:
    """Child side: time each query on the store at ``path`` (a fresh process, as a command runs in)."""
    from readout.store import open_store

    results = []
    with open_store(str(path), create=False, read_only=True) as db:
        sizes = {t: int(db.query(f"SELECT COUNT(*) FROM {t}")[0][0]) for t in ("events", "interactions", "stances")}
        for label, query in _queries():
            found = query(db)  # warm-up, and the result's size
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                query(db)
                times.append((time.perf_counter() - start) * 1000)
            n = len(found) if isinstance(found, list) else None
            results.append({"query": label, "median_ms": statistics.median(times), "p95_ms": _p95(times), "rows": n})
    return {"sizes": sizes, "queries": results}


def bench_queries(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.store) if args.store else Path(tmp) / "bench-100k.duckdb"
        build = None
        if _stored(path) != args.store_docs:
            if path.exists():
                path.unlink()
            build = build_store(path, args.store_docs, args.gold)
        cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", "queries", "--store", str(path)]
        proc = subprocess.run([*cmd, "--runs", str(args.runs)], stdout=subprocess.PIPE, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"bench: the query phase failed (exit status {proc.returncode})")
        measured: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        size_mb = path.stat().st_size / 2**20
    return {"documents": args.store_docs, "store_mb": size_mb, "build": build, **measured}


# ---------------------------------------------------------------------------------------------
# report


def report(res: dict[str, Any], runs: int) -> str:
    lines = []
    if "ingest" in res:
        ing = res["ingest"]
        lines.append(
            f"ingest: {ing['documents']} documents ({ing['documents'] // ing['distinct']} x {ing['distinct']} dev "
            f"documents, distinct hashes), one process each, best of {ing['repeat']}"
        )
        code_rate = ing["phases"]["code"]["docs_per_s"]
        for name, ph in ing["phases"].items():
            label = {"code": "readout code -> JSONL", "duckdb": "ingest -> DuckDB", "postgres": "ingest -> PostgreSQL"}
            extra = (
                ""
                if name == "code"
                else f"   overhead {ing[f'overhead_{name}']:+.1%} ({code_rate / ph['docs_per_s']:.2f}x the time)"
            )
            lines.append(f"  {label[name]:<22} {ph['docs_per_s']:7.1f} docs/s  {ph['seconds']:6.2f} s{extra}")
        if "postgres" not in ing["phases"]:
            lines.append("  PostgreSQL: not measured (give --pg URL or set READOUT_TEST_PG)")
    if "queries" in res:
        q = res["queries"]
        lines.append("")
        sizes = q["sizes"]
        lines.append(
            f"queries: DuckDB store of {q['documents']:,} generated documents ({sizes['events']:,} events, "
            f"{sizes['interactions']:,} interactions, {sizes['stances']:,} stances; {q['store_mb']:.0f} MB), "
            f"{runs} runs after a warm-up"
        )
        if q["build"]:
            b = q["build"]
            lines.append(
                f"  built in {b['coding_s'] + b['write_s'] + b['link_s']:.1f} s: coding the distinct texts once "
                f"{b['coding_s']:.1f} s (shared by all variants), writing {b['write_s']:.1f} s "
                f"({b['documents'] / b['write_s']:,.0f} docs/s through store_new; not an ingest rate), "
                f"linking {b['link_s']:.1f} s"
            )
        lines.append(f"  {'query':<38} {'median':>9} {'p95':>9} {'rows':>8}")
        for r in q["queries"]:
            rows = "" if r["rows"] is None else f"{r['rows']:,}"
            lines.append(f"  {r['query']:<38} {r['median_ms']:7.1f}ms {r['p95_ms']:7.1f}ms {rows:>8}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description="Ingest throughput against readout code, and query latency at scale.")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="dev set JSONL (default: %(default)s)")
    ap.add_argument("--docs", type=int, default=2000, help="at least this many documents to ingest (default: 2000)")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs of each ingest phase; the best is reported")
    ap.add_argument(
        "--pg", default=os.environ.get("READOUT_TEST_PG"), help="PostgreSQL admin URL (default: $READOUT_TEST_PG)"
    )
    ap.add_argument("--store-docs", type=int, default=100_000, help="documents in the query store (default: 100000)")
    ap.add_argument("--store", help="keep the query store at this DuckDB path (reused when it holds --store-docs)")
    ap.add_argument("--runs", type=int, default=20, help="timed runs of each query (default: 20)")
    ap.add_argument("--no-ingest", action="store_true", help="skip the ingest throughput")
    ap.add_argument("--no-queries", action="store_true", help="skip the query latency")
    ap.add_argument("--json", action="store_true", help="print one JSON object with all figures")
    ap.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)  # child process side
    ap.add_argument("--docs-file", type=Path, help=argparse.SUPPRESS)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.phase == "queries":
        print(json.dumps(measure_queries(Path(args.store), args.runs)))
        return 0
    if args.phase:
        print(json.dumps(run_phase(args.phase, args.docs_file, args.pg)))
        return 0
    if not args.gold.is_file():
        print(f"bench: no dev set at {args.gold} (is ../shared present?) or pass --gold PATH", file=sys.stderr)
        return 2
    res: dict[str, Any] = {}
    if not args.no_ingest:
        res["ingest"] = bench_ingest(args)
    if not args.no_queries:
        res["queries"] = bench_queries(args)
    print(json.dumps(res, indent=2, default=str) if args.json else report(res, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
