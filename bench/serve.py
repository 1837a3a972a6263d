"""The web API under load: requests per second and latency of the main routes on a 100,000-document store.

The store is the one ``bench/ingest.py`` builds for its query latencies (its ``build_store``:
the 32 dev texts coded once, 100,000 generated variants written through the store's writer,
then linked); ``--store PATH`` keeps it and reuses it on the next run (of either script).
``readout serve`` runs it in a child process on 127.0.0.1 on a free port, read-only, as an
analyst would start it; this process is the load generator: ``--concurrency`` threads, each
with its own HTTP connection, send one route's request over and over until ``--requests``
answers have come back or ``--seconds`` have passed, route after route, after a few warm-up
requests each. Every request goes to loopback only, and every loop is bounded in count and
time.

The pages (server-rendered HTML) are measured after the API routes, the same way.

Printed per route: requests per second (answers / wall time), median and 95th-percentile
latency, and any answer that was not 200. Figures, not assertions.

Usage (from the project root)::

    .venv/bin/python bench/serve.py [--docs 100000] [--store PATH] [--requests 200] [--seconds 15]
                                    [--concurrency 4] [--no-cache | --both] [--json]
                                    [--baseline REF [--baseline-store PATH]]

``--no-cache`` starts the server with ``READOUT_VIEW_CACHE=0`` (the web app's view cache off: every
request is computed, as the first request after a write is); ``--both`` measures the server
with its cache, then without, and prints both.

``--baseline REF`` compares with an older version of the code under the same load: the
``src/`` of the git commit ``REF`` is extracted (``git archive``) to a temporary folder and
served in a second child process (``PYTHONPATH``), on ``--baseline-store PATH`` when that
code reads an older schema (default: the same store); each route is then measured on the
baseline server and on the current one alternately, so both see the same machine load, and
the p95 and median of each are printed with their ratio (current / baseline).

Exit status 2 when the dev set is missing (it is in ../shared), 1 when the server fails.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WARM_UP = 3
START_TIMEOUT = 120.0  # seconds for the server to answer its first request


def _ingest_bench() -> Any:
    """bench/ingest.py as a module: its store builder and helpers."""
    spec = importlib.util.spec_from_file_location("bench_ingest", HERE / "ingest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def routes(sample: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, URL path) of the routes measured; ids come from the store (``sample``)."""
    return [
        ("summary", "/api/summary"),
        ("documents (newest 50)", "/api/documents?limit=50"),
        ("documents q=sanctions", "/api/documents?q=sanctions&limit=20"),
        ('documents q="one-China policy"', "/api/documents?q=%22one-China%20policy%22&limit=20"),
        ("documents country+kind+year", "/api/documents?country=CHN&kind=call&since=2024&until=2024&limit=50"),
        ("document (one, with record)", f"/api/documents/{sample['doc_id']}"),
        ("events country=CHN with=USA", "/api/events?country=CHN&with=USA&limit=50"),
        ("events since=2024 kind=call", "/api/events?kind=call&since=2024&limit=50"),
        ("interactions (page 1)", "/api/interactions?limit=50"),
        ("interactions CHN by reports", "/api/interactions?country=CHN&sort=-reports&limit=50"),
        ("places (map) 2024", "/api/places?since=2024&until=2024"),
        ("interaction (side by side)", f"/api/interactions/{sample['interaction_id']}"),
        ("people country=USA", "/api/people?country=USA&limit=50"),
        ("stances (matrix)", "/api/stances"),
        ("stances/sentences CHN TAIWAN", "/api/stances/sentences?holder=CHN&issue=TAIWAN"),
        ("topics", "/api/topics"),
        ("network 2024", "/api/network?since=2024&until=2024"),
        ("timeline CHN USA", "/api/timeline?a=CHN&b=USA"),
        ("country CHN", "/api/countries/CHN"),
        ("page: search", "/"),
        ("page: search q=sanctions", "/?q=sanctions"),
        ("page: interactions", "/interactions"),
        ("page: interaction", f"/interactions/{sample['interaction_id']}"),
        ("page: document", f"/documents/{sample['doc_id']}"),
        ("page: person", f"/people/{sample['person_id']}"),
        ("page: country CHN", "/countries/CHN"),
        ("page: network", "/network"),
        ("page: map", "/map"),
        ("page: timeline CHN USA", "/timeline?a=CHN&b=USA"),
        ("page: stances", "/stances"),
        ("page: stances CHN TAIWAN", "/stances?holder=CHN&issue=TAIWAN"),
        ("page: stances CHN over time", "/stances?holder=CHN"),
        ("page: stances TAIWAN over time", "/stances?issue=TAIWAN"),
        ("page: interactions at a place", "/interactions?country=CHN&place=Beijing"),
        ("page: a person's year", f"/interactions?person_id={sample['person_id']}&since=2024&until=2024"),
    ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(store: Path, cache: bool = True, source: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """``readout serve`` on the store, in a child process (``cache``: with the view cache, else without;
    ``source``: a ``src`` folder whose ``readout`` package is served instead of the installed one);
    returns it and its base URL once it answers."""
    import os

    import httpx

    port = _free_port()
    code = "import sys; from readout.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", code, "serve", "--db", str(store), "--port", str(port), "-q"]
    env = dict(os.environ)
    if not cache:
        env["READOUT_VIEW_CACHE"] = "0"
    if source is not None:
        env["PYTHONPATH"] = str(source)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"bench: readout serve exited with status {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/summary", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("bench: readout serve did not answer in time")


def load(base: str, path: str, requests: int, seconds: float, concurrency: int) -> dict[str, Any]:
    """Send ``path`` from ``concurrency`` threads until ``requests`` answers or ``seconds`` have passed."""
    import httpx

    with httpx.Client(base_url=base, timeout=120) as warm:
        for _ in range(WARM_UP):
            warm.get(path)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    issued = 0
    deadline = time.monotonic() + seconds

    def worker() -> None:
        nonlocal issued
        with httpx.Client(base_url=base, timeout=120) as client:
            while time.monotonic() < deadline:
                with lock:
                    if issued >= requests:
                        return
                    issued += 1
                start = time.perf_counter()
                status = client.get(path).status_code
                took = time.perf_counter() - start
                with lock:
                    latencies.append(took * 1000)
                    statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    ordered = sorted(latencies)
    return {
        "requests": len(latencies),
        "seconds": wall,
        "rps": len(latencies) / wall if wall else 0.0,
        "median_ms": statistics.median(ordered) if ordered else None,
        "p95_ms": ordered[max(0, -(-95 * len(ordered) // 100) - 1)] if ordered else None,
        "not_200": {str(k): v for k, v in statuses.items() if k != 200},
    }


def sample_ids(store: Path) -> dict[str, Any]:
    from readout.store import open_store

    with open_store(str(store), create=False, read_only=True) as db:
        (doc_id,) = db.query("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 1")[0]
        (iid,) = db.query(
            "SELECT interaction_id FROM interaction_reports GROUP BY interaction_id ORDER BY COUNT(*) DESC, "
            "interaction_id LIMIT 1"
        )[0]
        (person,) = db.query(
            "SELECT person_id FROM participant_people GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT 1"
        )[0]
        sizes = {t: int(db.query(f"SELECT COUNT(*) FROM {t}")[0][0]) for t in ("documents", "interactions", "stances")}
    return {"doc_id": doc_id, "interaction_id": int(iid), "person_id": int(person), "sizes": sizes}


def baseline_source(ref: str, into: Path) -> Path:
    """The ``src`` folder of git commit ``ref`` of this repository, extracted under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"bench: no baseline {ref!r}: {archive.stderr.decode(errors='replace').strip()}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def run(
    args: argparse.Namespace, store: Path, cache: bool = True, baseline: tuple[Path, Path] | None = None
) -> dict[str, Any]:
    """Measure every route (``baseline``: its ``src`` folder and store, measured alternately with the current code)."""
    ingest_bench = _ingest_bench()
    build = None
    if ingest_bench._stored(store) != args.docs:
        if store.exists():
            store.unlink()
        print(f"bench: building a store of {args.docs:,} documents at {store} ...", file=sys.stderr)
        build = ingest_bench.build_store(store, args.docs, args.gold)
    sample = sample_ids(store)
    servers: list[subprocess.Popen[bytes]] = []
    results = []
    try:
        old_base = None
        if baseline is not None:
            old, old_base = start_server(baseline[1], cache, source=baseline[0])
            servers.append(old)
        proc, base = start_server(store, cache)
        servers.append(proc)
        if not args.json:
            print(f"bench: view cache {'on' if cache else 'off (READOUT_VIEW_CACHE=0)'}", file=sys.stderr, flush=True)
        for label, path in routes(sample):
            if args.route and not any(part in label for part in args.route):
                continue
            row: dict[str, Any] = {"route": label, "path": path}
            if old_base is not None:
                row["baseline"] = load(old_base, path, args.requests, args.seconds, args.concurrency)
            row.update(load(base, path, args.requests, args.seconds, args.concurrency))
            results.append(row)
            if not args.json:
                print(_row(results[-1]), file=sys.stderr, flush=True)
    finally:
        for server in servers:
            _stop(server)
    return {
        "documents": args.docs,
        "sizes": sample["sizes"],
        "store_mb": store.stat().st_size / 2**20,
        "build": build,
        "concurrency": args.concurrency,
        "cache": cache,
        "baseline": args.baseline,
        "routes": results,
    }


def _ms(value: float | None) -> str:
    return f"{value:8.1f}ms" if value is not None else "         -"


def _ratio(new: float | None, old: float | None) -> str:
    return f"{new / old:6.2f}x" if new is not None and old else "      -"


def _row(r: dict[str, Any]) -> str:
    bad = f"  not 200: {r['not_200']}" if r["not_200"] else ""
    line = f"  {r['route']:<30} {r['rps']:8.1f}/s {_ms(r['median_ms'])} {_ms(r['p95_ms'])} {r['requests']:6d}"
    old = r.get("baseline")
    if old is not None:
        bad += f"  baseline not 200: {old['not_200']}" if old["not_200"] else ""
        line += f"   {_ms(old['p95_ms'])} {_ratio(r['p95_ms'], old['p95_ms'])} {_ms(old['median_ms'])}"
        line += f" {_ratio(r['median_ms'], old['median_ms'])}"
    return line + bad


def report(res: dict[str, Any]) -> str:
    s = res["sizes"]
    lines = [
        f"readout serve on a DuckDB store of {res['documents']:,} documents ({s['interactions']:,} interactions, "
        f"{s['stances']:,} stances; {res['store_mb']:.0f} MB), {res['concurrency']} client threads on loopback, "
        f"view cache {'on' if res['cache'] else 'off'}",
        f"  {'route':<30} {'req/s':>10} {'median':>10} {'p95':>10} {'n':>6}"
        + (f"   {'base p95':>10} {'ratio':>7} {'base med':>10} {'ratio':>7}" if res.get("baseline") else ""),
    ]
    if res.get("baseline"):
        lines.insert(1, f"  baseline: src/ of {res['baseline']} (ratio: current / baseline, same load)")
    lines += [_row(r) for r in res["routes"]]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    ingest_default = ROOT.parent / "shared" / "gold" / "dev.jsonl"
    ap = argparse.ArgumentParser(description="Requests per second and latency of readout serve's API at scale.")
    ap.add_argument("--gold", type=Path, default=ingest_default, help="dev set JSONL (default: %(default)s)")
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the store (default: 100000)")
    ap.add_argument("--store", type=Path, help="keep the store at this DuckDB path (reused when it holds --docs)")
    ap.add_argument("--requests", type=int, default=200, help="answers per route at most (default: 200)")
    ap.add_argument("--seconds", type=float, default=15.0, help="seconds per route at most (default: 15)")
    ap.add_argument("--concurrency", type=int, default=4, help="client threads (default: 4)")
    ap.add_argument("--route", action="append", help="only the routes whose label holds this (repeatable)")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--no-cache", action="store_true", help="serve with the view cache off (READOUT_VIEW_CACHE=0)")
    which.add_argument("--both", action="store_true", help="measure with the view cache, then without; print both")
    ap.add_argument("--json", action="store_true", help="print one JSON object with all figures")
    ap.add_argument("--baseline", metavar="REF", help="also serve the src/ of git commit REF; print ratios to it")
    ap.add_argument("--baseline-store", type=Path, help="the store the baseline serves (default: the same store)")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.gold.is_file():
        print(f"bench: no dev set at {args.gold} (is ../shared present?) or pass --gold PATH", file=sys.stderr)
        return 2
    args.requests, args.seconds, args.concurrency = (
        max(1, args.requests),
        max(0.1, args.seconds),
        max(1, args.concurrency),
    )
    caches = [True, False] if args.both else [not args.no_cache]
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "serve-bench.duckdb"
        baseline = None
        if args.baseline:
            baseline = (baseline_source(args.baseline, Path(tmp)), args.baseline_store or store)
        found = [run(args, store, cache, baseline) for cache in caches]
    if args.json:
        print(json.dumps(found[0] if len(found) == 1 else {"runs": found}, default=str))
    else:
        print("\n\n".join(report(res) for res in found))
        if len(found) == 2:
            print("\n" + side_by_side(*found))
    return 0


def side_by_side(cached: dict[str, Any], uncached: dict[str, Any]) -> str:
    """p95 per route with the view cache and without."""
    lines = [f"  {'route':<30} {'p95 cached':>11} {'p95 uncached':>13}"]
    for a, b in zip(cached["routes"], uncached["routes"], strict=True):
        lines.append(f"  {a['route']:<30} {a['p95_ms'] or 0:9.1f}ms {b['p95_ms'] or 0:11.1f}ms")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
