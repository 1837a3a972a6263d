"""`readout recode`: new codings with the current engine; the old ones stay current until the new commit."""

from __future__ import annotations

from pathlib import Path

import pytest

import readout
from readout.cli import main
from readout.ingest import read_documents
from readout.store import Backend, open_store
from readout.store import rows as rows_module
from readout.store.ingest import ingest
from readout.store.recode import recode

from ._support import DATA, EXAMPLES, problems, row_counts


def _claims(db: Backend) -> list[tuple[object, ...]]:
    """The current codings' claims, without coding ids: what queries see."""
    return db.query(
        "SELECT d.doc_id, e.ordinal, e.kind, e.date, e.parties, e.location_country FROM events e "
        "JOIN codings c ON c.coding_id = e.coding_id AND c.current JOIN documents d ON d.doc_key = c.doc_key "
        "ORDER BY 1, 2"
    )


def _ingest(db: Backend) -> None:
    assert ingest(db, read_documents([str(EXAMPLES[1]), str(DATA)])).failed == 0


def test_recode_replaces_codings_of_an_older_engine(db: Backend) -> None:
    _ingest(db)
    before, claims = row_counts(db), _claims(db)
    interactions = db.query("SELECT interaction_id, kind, parties FROM interactions ORDER BY 1")
    db.execute("UPDATE codings SET engine = 'readout-rules-0.0.1'")
    counts = recode(db)
    assert (counts.coded, counts.skipped, counts.failed) == (before["codings"], 0, 0)
    after = row_counts(db)
    assert after["codings"] == 2 * before["codings"]  # the old codings are kept, no longer current
    assert after["events"] == 2 * before["events"]
    engines = db.query("SELECT engine, current, COUNT(*) FROM codings GROUP BY engine, current ORDER BY 1")
    assert engines == [
        ("readout-rules-0.0.1", False, before["codings"]),
        (readout.ENGINE_VERSION, True, before["codings"]),
    ]
    assert _claims(db) == claims
    # Interactions survive a recode under the same ids, now reported by the new codings.
    assert db.query("SELECT interaction_id, kind, parties FROM interactions ORDER BY 1") == interactions
    assert after["interaction_reports"] == before["interaction_reports"]
    assert problems(db) == {}


def test_recode_skips_documents_coded_by_this_engine_unless_all(db: Backend) -> None:
    _ingest(db)
    n = row_counts(db)["codings"]
    assert (recode(db).coded, recode(db).skipped) == (0, n)
    assert recode(db, everything=True).coded == n
    assert row_counts(db)["codings"] == 2 * n
    assert problems(db) == {}


def test_old_rows_stay_current_when_the_new_ones_fail_to_commit(db: Backend, monkeypatch: pytest.MonkeyPatch) -> None:
    _ingest(db)
    before, claims = row_counts(db), _claims(db)
    db.execute("UPDATE codings SET engine = 'old'")

    def broken(store: Backend, table: str, rows: object) -> None:
        if table == "evidence":  # the last statement of the transaction, after the old codings were retired
            store.query("SELECT CAST('x' AS INTEGER)")

    monkeypatch.setattr(rows_module, "insert_rows", broken)
    import readout.store.writer as writer

    monkeypatch.setattr(writer, "insert_rows", broken)
    counts = recode(db)
    assert counts.coded == 0 and counts.failed == before["codings"]
    assert row_counts(db) == before
    assert db.query("SELECT DISTINCT engine, current FROM codings") == [("old", True)]
    assert _claims(db) == claims
    assert problems(db) == {}


def test_cli_recode(store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    assert main(["recode", "--db", store_url]) == 0
    assert "readout: recode: 0 recoded, 3 skipped" in capsys.readouterr().err
    assert main(["recode", "--all", "--db", store_url, "-v"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert sorted(err[:3]) == [f"readout: coded {p.stem}" for p in sorted(DATA.glob("*.txt"))]
    assert err[-1].startswith("readout: recode: 3 recoded, 0 skipped")
    with open_store(store_url) as db:
        assert row_counts(db)["codings"] == 6


def test_cli_recode_needs_an_existing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.duckdb"
    assert main(["recode", "--db", str(missing)]) == 2
    assert "no such database" in capsys.readouterr().err
    assert not missing.exists()
