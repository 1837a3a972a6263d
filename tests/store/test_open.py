"""Opening a store: migrations applied once, in order; files that are not DuckDB refused untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout.cli import main
from readout.store import StoreError, open_store
from readout.store.backends import redact
from readout.store.migrations import MIGRATIONS, Migration, applied_versions, migrate

from ._support import DATA, TABLES


def test_a_new_store_has_the_whole_schema(store_url: str) -> None:
    with open_store(store_url) as db:
        assert applied_versions(db) == {m.version for m in MIGRATIONS}
        for table in TABLES:
            assert db.query(f"SELECT COUNT(*) FROM {table}") == [(0,)]
    with open_store(store_url) as db:  # reopening applies nothing
        assert migrate(db) == []


def test_a_later_migration_is_applied_once(store_url: str) -> None:
    step = Migration(MIGRATIONS[-1].version + 1, "test step", ("CREATE TABLE test_extra (x INTEGER)",))
    with open_store(store_url) as db:
        assert migrate(db, (*MIGRATIONS, step)) == [step.version]
        assert migrate(db, (*MIGRATIONS, step)) == []
        assert db.query("SELECT COUNT(*) FROM test_extra") == [(0,)]
    # The store is now newer than this readout: refused, not misread.
    with pytest.raises(StoreError, match=f"schema version {step.version} is newer"):
        open_store(store_url)


def test_a_file_that_is_not_duckdb_is_refused_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    before = notes.read_bytes()
    assert main(["ingest", str(DATA), "--db", str(notes)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"readout: error: {notes}: not a DuckDB database (left untouched)"
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    with pytest.raises(StoreError, match="not a DuckDB database"):
        open_store(str(notes))


def test_other_unusable_stores(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        open_store(str(tmp_path))
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "folder.duckdb"))
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(tmp_path / "absent.duckdb"), create=False)
    assert not (tmp_path / "absent.duckdb").exists()


def test_an_unreachable_postgres_is_one_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://someone:secret@127.0.0.1:9/nothing?connect_timeout=2"
    assert main(["compare", "x", "--db", url]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("readout: error: postgresql://someone:***@127.0.0.1:9/nothing")
    assert "cannot connect to PostgreSQL" in line and "secret" not in line
    assert redact("postgresql://u@h/db") == "postgresql://u@h/db"
