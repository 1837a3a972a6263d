"""`readout sql`: an analyst's own query, run read-only; statements that write are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import csv_of, json_of, run
from readout.analyse.sql import Refused, check_read_only
from readout.cli import main
from readout.store import open_store


def test_a_query(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    query = "SELECT kind, COUNT(*) AS n FROM interactions GROUP BY kind ORDER BY n DESC, kind"
    rows = json_of(capsys, "sql", query, "--db", corpus_store)
    assert rows[0] == {"kind": "meeting", "n": rows[0]["n"]} and rows[0]["n"] > 10
    events = json_of(capsys, "events", "--db", corpus_store)["interactions"]
    assert sum(r["n"] for r in rows) >= len(events)
    assert csv_of(capsys, "sql", query, "--db", corpus_store)[0]["kind"] == "meeting"
    out = run(capsys, "sql", "SELECT doc_id, version FROM documents WHERE doc_id = 'ex-001'", "--db", corpus_store)
    assert "ex-001" in out and "1 row" in out
    same = json_of(capsys, "sql", "SELECT 1 AS x, 2 AS x, 'DROP TABLE events; --' AS y", "--db", corpus_store)
    assert same == [{"x": 1, "x_2": 2, "y": "DROP TABLE events; --"}]


WRITES = (
    "DELETE FROM events",
    "INSERT INTO topics VALUES (1, 99, 'X')",
    "UPDATE codings SET current = FALSE",
    "DROP TABLE events",
    "CREATE TABLE x AS SELECT 1",
    "WITH gone AS (DELETE FROM events RETURNING *) SELECT COUNT(*) FROM gone",
    "SELECT 1; DELETE FROM events",
    "COPY documents TO '/tmp/readout-leak.csv'",
    "ATTACH '/tmp/other.duckdb' AS other",
    "SELECT nextval('coding_ids')",
    "SET search_path = public",
    "select 1 /* harmless */ ; drop table documents",
    "",
)


@pytest.mark.parametrize("sql", WRITES)
def test_statements_that_write_are_refused(sql: str) -> None:
    with pytest.raises(Refused):
        check_read_only(sql)


def test_refused_on_both_backends_and_nothing_changes(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    count = "SELECT COUNT(*) AS n FROM events"
    before = json_of(capsys, "sql", count, "--db", corpus_store)
    for sql in WRITES[:4]:
        assert main(["sql", sql, "--db", corpus_store]) == 1
        assert capsys.readouterr().err.startswith("readout: error: sql: refused:")
    assert json_of(capsys, "sql", count, "--db", corpus_store) == before
    assert main(["sql", "SELECT no_such_column FROM events", "--db", corpus_store]) == 1
    assert "query failed" in capsys.readouterr().err


def test_the_store_itself_refuses_writes(corpus_store: str) -> None:
    """Past the statement check, the read-only store is the second guard."""
    with open_store(corpus_store, create=False, read_only=True, files=False) as db:
        for sql in ("DELETE FROM events", "SELECT nextval('coding_ids')"):
            with pytest.raises(db.errors):
                db.query(sql)
        assert db.query("SELECT COUNT(*) FROM events")[0][0] > 0


def test_duckdb_queries_cannot_reach_other_files(tmp_path: Path, corpus_store: str) -> None:
    if corpus_store.startswith("postgres"):
        pytest.skip("file access is a DuckDB question")
    leak = tmp_path / "leak.csv"
    with open_store(corpus_store, create=False, read_only=True, files=False) as db:
        with pytest.raises(db.errors):
            db.query(f"COPY (SELECT * FROM documents) TO '{leak}'")
        with pytest.raises(db.errors):
            db.query("SELECT * FROM read_csv('/etc/hostname')")
    assert not leak.exists()


def test_literals_and_comments_are_not_statements() -> None:
    check_read_only("SELECT 'INSERT INTO x' AS a, \"delete\" FROM events -- DROP TABLE events")
    check_read_only("  with x as (select 1) select * from x;  ")
    check_read_only("FROM events LIMIT 1")
