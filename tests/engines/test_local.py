"""The local engine's process pool: the same results as one process, in the same order."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import readout.engines.local as local
from readout.engines.local import code_documents
from readout.ingest import read_documents
from readout.model import Document, IngestError
from texts import READOUT

from ._support import EXAMPLES, FRENCH, HELDOUT, always_die, canonical, code_or_die, code_or_raise


def _mixed_batch(folder: Path) -> list[Document | IngestError]:
    """Good documents with bad inputs and engine failures among them."""
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-latin1.txt").write_bytes("Caf\xe9 na\xefve r\xe9sum\xe9 ".encode("latin-1") * 20)
    (folder / "d-french.txt").write_text(FRENCH, encoding="utf-8")
    lines = [json.dumps({"id": "boom", "text": READOUT}), '{"id": "trunc', json.dumps({"id": "ok", "text": READOUT})]
    (folder / "e.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_documents([EXAMPLES, folder, HELDOUT]))


def test_pool_gives_the_results_of_one_process_in_order(tmp_path: Path) -> None:
    docs = _mixed_batch(tmp_path)
    one = canonical(code_documents(docs, 1, coder=code_or_raise))
    pool = canonical(code_documents(docs, 2, chunk=3, min_parallel=0, coder=code_or_raise))
    assert pool == one
    errors = [line for line in one if not line.startswith("{")]
    assert len(errors) == 5 and any(
        e.endswith("e.jsonl:1: could not be coded: RuntimeError: engine broke") for e in errors
    )
    assert len(one) == len(docs)


def test_small_input_is_coded_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*_args: object) -> None:
        raise AssertionError("no pool for a small input")

    monkeypatch.setattr(local, "_Pool", no_pool)
    docs = [Document(id=f"d{i}", text=READOUT) for i in range(3)]
    assert [r.doc_id for r in code_documents(docs, 4) if not isinstance(r, IngestError)] == ["d0", "d1", "d2"]


def test_a_dead_worker_costs_only_its_document() -> None:
    docs = [Document(id=f"d{i}", text=READOUT, source=f"s{i}") for i in range(10)]
    docs[6] = Document(id="die", text=READOUT, source="dying.jsonl:7")
    out = list(code_documents(docs, 2, chunk=2, min_parallel=0, coder=code_or_die))
    assert [getattr(r, "doc_id", None) for r in out] == [d.id if d.id != "die" else None for d in docs]
    (err,) = [r for r in out if isinstance(r, IngestError)]
    assert err.where == "dying.jsonl:7" and "worker process coding it died" in err.reason


def test_workers_that_always_die_stop_the_run() -> None:
    docs = [Document(id=f"d{i}", text=READOUT) for i in range(4)]
    with pytest.raises(RuntimeError, match="worker processes die on every document"):
        list(code_documents(docs, 2, chunk=2, min_parallel=0, coder=always_die))


def test_cli_workers_match_one_process(tmp_path: Path) -> None:
    from readout.cli import main

    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        assert main(["code", str(EXAMPLES), str(HELDOUT), "--workers", workers, "-q", "-o", str(out)]) == 0
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and outs[0].count("\n") == 57


def test_local_code_never_imports_pyspark(tmp_path: Path) -> None:
    script = (
        "import sys; from readout.cli import main; "
        f"main(['code', {str(EXAMPLES)!r}, '-q', '-o', {str(tmp_path / 'o.jsonl')!r}]); "
        "print('pyspark' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (Linux /proc): the fork server and the pool's workers."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def test_process_alive_tells_gone_zombie_and_reused() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    born = local.start_time(child.pid)
    assert local.process_alive(child.pid, born)
    if born is not None:
        assert not local.process_alive(child.pid, str(int(born) + 1))  # same number, another process
    child.kill()
    for _ in range(200):  # dead but not reaped: a zombie, which is not alive either
        if not local.process_alive(child.pid, born):
            break
        time.sleep(0.05)
    assert not local.process_alive(child.pid, born)
    child.wait()
    assert not local.process_alive(child.pid, born)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finding the workers reads Linux /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    """SIGKILL of `readout code` (no clean-up runs in it) still ends its fork server and workers."""
    src = tmp_path / "many.jsonl"
    src.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": f"{READOUT} Ref {i}."}) + "\n" for i in range(600)),
        encoding="utf-8",
    )
    cmd = [sys.executable, "-m", "readout.cli", "code", str(src), "--workers", "2", "-q", "-o", str(tmp_path / "o")]
    parent = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    for _ in range(600):  # until the pool's two workers run (start-up takes seconds on a busy machine)
        workers = _descendants(parent.pid)
        if len(workers) >= 4 or parent.poll() is not None:  # resource tracker, fork server, 2 workers
            break
        time.sleep(0.1)
    assert parent.poll() is None and len(workers) >= 4, workers
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    for _ in range(600):
        alive = {pid for pid in workers if local.process_alive(pid, local.start_time(pid))}
        if not alive:
            break
        time.sleep(0.1)
    for pid in alive:  # leave no orphans behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not alive, f"processes outlived their parent: {sorted(alive)}"
