"""A killed ingest leaves the store consistent, and the next run completes it.

The ingest runs in a child process that is SIGKILLed (no cleanup, no atexit) once it has
reported some documents stored, so the kill lands mid-run and often mid-transaction.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from readout.extract.pipeline import code_document
from readout.ingest import read_documents
from readout.model import Document
from readout.store import open_store
from readout.store.backends import DuckDBBackend
from readout.store.documents import doc_key
from readout.store.ingest import ingest
from readout.store.records import load_record

from ._support import corpus, problems, row_counts

KILL_AFTER = 6  # documents reported stored before the kill


@pytest.fixture(scope="module")
def clean_counts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """Row counts of one uninterrupted ingest of the corpus (DuckDB; counts do not depend on the backend)."""
    with open_store(str(tmp_path_factory.mktemp("clean") / "clean.duckdb")) as db:
        assert ingest(db, read_documents(corpus())).failed == 0
        return row_counts(db)


def _ingest_until_killed(store_url: str) -> int:
    """Run `readout ingest` in a child, SIGKILL it after KILL_AFTER documents; the number it reported."""
    cmd = [sys.executable, "-m", "readout.cli", "ingest", *corpus(), "--db", store_url, "--batch", "2", "-v"]
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert child.stderr is not None
    stored = 0
    try:
        for line in child.stderr:
            if line.startswith("readout: coded "):
                stored += 1
                if stored == KILL_AFTER:
                    child.send_signal(signal.SIGKILL)
                    break
    finally:
        child.kill()
        child.wait(timeout=60)
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    return stored


def test_a_killed_ingest_leaves_a_consistent_store_that_a_rerun_completes(
    store_url: str, clean_counts: dict[str, int], tmp_path: Path
) -> None:
    reported = _ingest_until_killed(store_url)
    docs = {doc_key(d): d for d in read_documents(corpus()) if isinstance(d, Document)}
    with open_store(store_url) as db:
        assert problems(db, linked=False) == {}
        counts = row_counts(db)
        assert reported <= counts["documents"] < clean_counts["documents"]
        assert counts["documents"] == counts["codings"]
        # Each stored document holds all its rows: its coding reads back as the engine's record.
        for coding_id, key in db.query("SELECT coding_id, doc_key FROM codings"):
            assert load_record(db, coding_id).to_dict() == code_document(docs[key]).to_dict()
        again = ingest(db, read_documents(corpus()))
        assert again.failed == 0 and again.skipped == counts["documents"]
        assert row_counts(db) == clean_counts
        assert problems(db) == {}


def test_ctrl_c_during_a_duckdb_statement_is_a_keyboard_interrupt(tmp_path: Path) -> None:
    """DuckDB reports a SIGINT that lands in a running statement as ``RuntimeError: Query interrupted``; the
    backend gives it back as KeyboardInterrupt, so commands stop with one line and ingest links what it
    stored (a race the Ctrl-C tests met under load). Python's own SIGINT handler is set here because a
    process started in the background (as CI runs) inherits SIGINT ignored; the statement is bounded, so a
    signal that never arrives fails the test instead of hanging it."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    db = DuckDBBackend(tmp_path / "s.duckdb", create=True)
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT))
    try:
        with pytest.raises(KeyboardInterrupt):
            timer.start()
            db.query("SELECT count(*) FROM range(3000000000) t(x) WHERE x % 7 = 3")
    finally:
        timer.cancel()
        db.close()
        signal.signal(signal.SIGINT, previous)
