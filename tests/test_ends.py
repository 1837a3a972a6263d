"""How a run ends when it is cut short: Ctrl-C, a reader that closes the pipe, a full disk.

Each gives one line on stderr (never a traceback), leaves no half-written output, and leaves
the store consistent. Run as real processes: signals and pipes are the point.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readout.cli import main
from texts import READOUT

READOUT_CMD = [sys.executable, "-m", "readout.cli"]


def _batch(folder: Path, n: int) -> Path:
    path = folder / "many.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": f"{READOUT} Ref {i}."}) + "\n" for i in range(n)),
        encoding="utf-8",
    )
    return path


def _wait_for(found: object, proc: subprocess.Popen[str]) -> None:
    """Poll until ``found()`` is true (the run got going), or fail if the run ended first."""
    for _ in range(1200):
        if found():  # type: ignore[operator]
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("the run never got going")


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    src = _batch(tmp_path, 40)
    proc = subprocess.Popen([*READOUT_CMD, "code", str(src), "--workers", "1", "-q"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None and proc.stdout.read(10)
    proc.stdout.close()  # `| head -c 10`
    err = proc.communicate(timeout=300)[1]
    assert proc.returncode == 0 and err == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="a full disk is simulated with /dev/full")
def test_a_full_disk_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _batch(tmp_path, 2)
    assert main(["code", str(src), "-o", "/dev/full", "--workers", "1", "-q"]) == 2
    assert capsys.readouterr().err == "readout: error: code: /dev/full: No space left on device\n"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_during_code_is_one_line_and_no_output(tmp_path: Path, workers: str) -> None:
    """SIGINT to the whole process group, as a terminal sends it: workers included."""
    src = _batch(tmp_path, 400)
    out = tmp_path / "out.jsonl"
    out.write_text("the previous run\n", encoding="utf-8")
    proc = subprocess.Popen([*READOUT_CMD, "code", str(src), "-o", str(out), "--workers", workers, "-q"],
                            stderr=subprocess.PIPE, text=True, start_new_session=True)  # fmt: skip
    _wait_for(lambda: any(p.name.endswith(".part") and p.stat().st_size for p in tmp_path.iterdir()), proc)
    os.killpg(proc.pid, signal.SIGINT)
    err = proc.communicate(timeout=300)[1]
    assert (proc.returncode, err) == (130, "readout: code: interrupted\n")
    assert out.read_text(encoding="utf-8") == "the previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.jsonl", "out.jsonl"]


def test_ctrl_c_during_ingest_leaves_a_consistent_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _batch(tmp_path, 400)
    store = tmp_path / "s.duckdb"
    proc = subprocess.Popen([*READOUT_CMD, "ingest", str(src), "--db", str(store), "--workers", "1", "--batch", "8",
                             "-v"], stderr=subprocess.PIPE, text=True, start_new_session=True)  # fmt: skip
    assert proc.stderr is not None
    _wait_for(lambda: "coded" in proc.stderr.readline(), proc)  # the first whole documents are stored
    os.killpg(proc.pid, signal.SIGINT)
    err = proc.communicate(timeout=300)[1]
    assert proc.returncode == 130 and err.endswith("readout: ingest: interrupted\n") and "Traceback" not in err
    orphans = (
        "SELECT COUNT(*) AS n FROM documents d WHERE NOT EXISTS"
        " (SELECT 1 FROM codings c WHERE c.doc_key = d.doc_key AND c.current)"
    )
    assert main(["sql", orphans, "--db", str(store), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 0}]
    unlinked = (
        "SELECT COUNT(*) AS n FROM events e JOIN codings c ON c.coding_id = e.coding_id AND c.current"
        " WHERE NOT EXISTS (SELECT 1 FROM interaction_reports r"
        " WHERE r.coding_id = e.coding_id AND r.event_ordinal = e.ordinal)"
    )
    assert main(["sql", unlinked, "--db", str(store), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 0}]  # every stored event is in an interaction
    assert main(["ingest", str(src), "--db", str(store), "--workers", "1", "-q"]) == 0
    assert main(["sql", "SELECT COUNT(*) AS n FROM documents", "--db", str(store), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 400}]
