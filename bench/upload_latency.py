"""Reads while an upload is coded: the latency of ``GET /api/summary`` during a large upload.

``readout serve --allow-ingest`` codes an upload in a worker process (``readout.web.upload.Coder``),
so the server keeps answering reads meanwhile. This starts the server on 127.0.0.1 (a free
port) over a store of the bundled examples, uploads one document of ``--bytes`` (at most the
1 MB upload limit) of a ``--shape`` of ``long_document.py`` (default: the first example
readout repeated; ``names`` is one that used to freeze the server), and, while it is coded, asks for
``/api/summary`` every ``--every`` seconds. Printed: the upload's status and time, and the
median and worst latency of the reads made while it ran (the bar: worst under 1 s).

    .venv/bin/python bench/upload_latency.py [--bytes 200000] [--shape repeated|names|...] [--every 0.1]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "readouts.jsonl"
TOKEN = "bench-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bytes", type=int, default=200_000, help="size of the uploaded document (at most 1,000,000)")
    ap.add_argument("--shape", default="repeated", help="a shape of bench/long_document.py")
    ap.add_argument("--every", type=float, default=0.1, help="seconds between reads")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from long_document import SHAPES

    first = json.loads(EXAMPLES.read_text(encoding="utf-8").splitlines()[0])
    unit = first["text"].rstrip() + "\n\n"
    body = SHAPES[args.shape](unit, args.bytes).encode("utf-8")[: args.bytes]
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "bench.duckdb")
        readout = [sys.executable, "-m", "readout.cli"]
        subprocess.run([*readout, "ingest", str(EXAMPLES), "--db", store, "-q"], check=True)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [*readout, "serve", "--db", store, "--port", str(port), "--allow-ingest", "-q"],
            env={**os.environ, "READOUT_TOKEN": TOKEN},
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(600):
                try:
                    httpx.get(f"{base}/api/summary", timeout=5)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            outcome: dict[str, object] = {}

            def upload() -> None:
                start = time.perf_counter()
                answer = httpx.post(
                    f"{base}/api/documents",
                    content=body,
                    headers={"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"},
                    timeout=600,
                )
                outcome.update(status=answer.status_code, seconds=time.perf_counter() - start)

            thread = threading.Thread(target=upload)
            thread.start()
            latencies = []
            with httpx.Client(timeout=60) as client:
                while thread.is_alive():
                    start = time.perf_counter()
                    client.get(f"{base}/api/summary")
                    latencies.append(time.perf_counter() - start)
                    time.sleep(args.every)
            thread.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"upload of {len(body):,} bytes ({args.shape}): status {outcome['status']} after {outcome['seconds']:.1f} s")
    if latencies:
        print(
            f"GET /api/summary meanwhile: {len(latencies)} reads, median {statistics.median(latencies) * 1000:.0f} ms,"
            f" worst {max(latencies) * 1000:.0f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
