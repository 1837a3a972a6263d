"""``readout serve`` as a command: it listens on the given loopback port and answers over the store."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_readout_serve_answers(duck_store: str) -> None:
    port = _free_port()
    code = "import sys; from readout.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", code, "serve", "--db", duck_store, "--host", "127.0.0.1", "--port", str(port), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        answer = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert answer is not None, proc.stderr.read() if proc.poll() is not None and proc.stderr else "no answer"
        assert answer.status_code == 200 and answer.json()["allow_ingest"] is False
        page = httpx.get(f"http://127.0.0.1:{port}/network", timeout=5)
        assert page.status_code == 200 and "svg" in page.text
        refused = httpx.post(f"http://127.0.0.1:{port}/api/documents", content=b"text", timeout=5)
        assert refused.status_code == 403
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode in (0, -15)
