"""Scaling: documents per second of the local engine on 1 and 2 worker processes and of Spark local[2].

What it measures, on one machine, over the same JSONL file of at least ``--docs`` documents
(the dev set ``../shared/gold/dev.jsonl`` repeated in whole copies, each copy with distinct
ids ``<id>#r<k>``, written to a temporary folder):

* **local, N workers**: ``readout.engines.local.code_documents(read_documents([file]), N)``
  with ``json.dumps`` of each record, which is ``readout code --workers N`` without the
  output file. The wall time includes reading the file and, for N > 1, starting the pool
  (its workers load the engine in parallel); for N = 1 the engine is loaded before timing.
* **spark local[2]**: ``read_inputs`` (Spark's JSON reader) -> ``code_dataframe_with_errors``
  -> Parquet written to OUT/records and OUT/errors, which is ``readout code --engine spark``
  without starting the session. The session start is reported apart; the first run (cold:
  Python workers start and load the engine) and a second, warm run are both timed.

Speed-up per core = (rate on N cores / rate on 1 core) / N. The figures feed the cluster
projection in ``docs/scaling.md``.

Usage (from the project root)::

    .venv/bin/python bench/scale.py [--docs 5000] [--repeat 1] [--no-spark] [--json]

Exit status 2 when the dev set is missing, 1 when an engine reported errors on it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "dev.jsonl"


def write_corpus(gold: Path, at_least: int, folder: Path) -> tuple[Path, int, int]:
    """The dev set repeated to at least ``at_least`` lines with distinct ids; (file, documents, distinct)."""
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        raise SystemExit(f"bench: {gold} holds no documents")
    copies = max(1, -(-at_least // len(lines)))
    out = folder / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for obj in lines:
                fh.write(json.dumps({**obj, "id": f"{obj['id']}#r{k}"}, ensure_ascii=False) + "\n")
    return out, copies * len(lines), len(lines)


def run_local(corpus: Path, workers: int) -> dict[str, Any]:
    """One timed pass of the local engine with ``workers`` processes."""
    from readout.engines.local import code_documents, warm_up
    from readout.ingest import read_documents
    from readout.model import IngestError

    if workers == 1:
        warm_up()
    coded = failed = 0
    start = time.perf_counter()
    for item in code_documents(read_documents([corpus]), workers):
        if isinstance(item, IngestError):
            failed += 1
        else:
            json.dumps(item.to_dict(), ensure_ascii=False)
            coded += 1
    seconds = time.perf_counter() - start
    return {"coded": coded, "failed": failed, "seconds": seconds, "docs_per_s": coded / seconds}


def run_spark(spark: Any, corpus: Path, out: Path) -> dict[str, Any]:
    """One timed pass of the Spark engine: JSONL in, Parquet records and errors out."""
    from readout.engines.spark import code_dataframe_with_errors, read_inputs

    start = time.perf_counter()
    docs = read_inputs(spark, [str(corpus)])
    records, errors = code_dataframe_with_errors(docs, partitions=4 * spark.sparkContext.defaultParallelism)
    records.write.mode("overwrite").parquet(str(out / "records"))
    errors.write.mode("overwrite").parquet(str(out / "errors"))
    seconds = time.perf_counter() - start
    spark.catalog.clearCache()
    coded = spark.read.parquet(str(out / "records")).count()
    failed = spark.read.parquet(str(out / "errors")).count()
    return {"coded": coded, "failed": failed, "seconds": seconds, "docs_per_s": coded / seconds}


def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return max(runs, key=lambda r: r["docs_per_s"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--docs", type=int, default=5000, help="at least this many documents (default 5000)")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes per engine; the best is kept")
    ap.add_argument("--no-spark", action="store_true", help="local engine only")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.gold.is_file():
        print(f"bench: the dev set is missing: {args.gold}", file=sys.stderr)
        return 2
    result: dict[str, Any] = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "load_average_before": os.getloadavg()[0],
    }
    with tempfile.TemporaryDirectory(prefix="readout-scale-") as tmp:
        corpus, n, distinct = write_corpus(args.gold, args.docs, Path(tmp))
        result["documents"], result["distinct"] = n, distinct
        runs: dict[str, dict[str, Any]] = {}
        for workers in (1, 2):
            runs[f"local, {workers} worker(s)"] = best([run_local(corpus, workers) for _ in range(args.repeat)])
            print(f"bench: local {workers}: {runs[f'local, {workers} worker(s)']}", file=sys.stderr)
        if not args.no_spark:
            from readout.engines.spark import session

            start = time.perf_counter()
            conf = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"}
            spark = session("local[2]", app_name="readout-bench", conf=conf)
            result["spark_session_start_s"] = time.perf_counter() - start
            try:
                runs["spark local[2], cold"] = run_spark(spark, corpus, Path(tmp) / "out")
                warm = [run_spark(spark, corpus, Path(tmp) / "out") for _ in range(args.repeat)]
                runs["spark local[2], warm"] = best(warm)
            finally:
                spark.stop()
        one = runs["local, 1 worker(s)"]["docs_per_s"]
        for name, r in runs.items():
            cores = 1 if name.startswith("local, 1") else 2
            r["speedup"] = r["docs_per_s"] / one
            r["speedup_per_core"] = r["speedup"] / cores
        result["runs"] = runs
    result["load_average_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{n} documents ({distinct} distinct dev readouts repeated), {os.cpu_count()} cores")
        print(f"{'engine':<26}{'docs/s':>9}{'seconds':>9}{'speed-up':>10}{'per core':>10}{'failed':>8}")
        for name, r in runs.items():
            print(
                f"{name:<26}{r['docs_per_s']:>9.1f}{r['seconds']:>9.1f}{r['speedup']:>10.2f}"
                f"{r['speedup_per_core']:>10.2f}{r['failed']:>8}"
            )
        print(
            f"load average (1 min) before {result['load_average_before']:.2f}, after {result['load_average_after']:.2f}"
            " (this bench alone keeps it near 2; higher means other work shared the cores)"
        )
        if "spark_session_start_s" in result:
            print(f"spark session start: {result['spark_session_start_s']:.1f} s (not in the spark times)")
    return 1 if any(r["failed"] for r in result["runs"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
