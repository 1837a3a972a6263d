"""`readout sql`: an analyst's own query, read-only by construction on both backends.

The corpus of bypass attempts runs through the command on DuckDB and PostgreSQL alike: each
must end with one error line, and the store, the files around it and the server must be as
they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import csv_of, json_of, run
from readout.analyse.sql import Refused, check_read_only
from readout.cli import main
from readout.store import open_store

KINDS = ("duckdb", "postgres")


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
    percent = json_of(capsys, "sql", "SELECT 'a%b' AS s, COUNT(*) > 0 AS any FROM documents", "--db", corpus_store)
    assert percent == [{"s": "a%b", "any": True}]
    cte = "WITH d AS (SELECT doc_id FROM documents) SELECT COUNT(*) AS n FROM d;"
    assert json_of(capsys, "sql", cte, "--db", corpus_store)[0]["n"] > 10


# Attempts to write, reach files or the server, or run a second statement. {leak} and {marker}
# are files that must not appear; each attempt is tried on both backends.
BYPASSES = (
    "DELETE FROM events",
    "SELECT 1; DELETE FROM events",
    "select 1 /* harmless */ ; drop table documents",
    "SELECT $$;$$; DELETE FROM events",
    "SELECT $a$ $$ $a$; DELETE FROM events; SELECT $b$",
    "SELECT E'\\''; DELETE FROM events; SELECT ''",
    "SELECT '\\'; DELETE FROM events; --'",
    "-- a comment\nDELETE FROM events",
    "/* SELECT */ DELETE FROM events",
    "WITH gone AS (DELETE FROM events RETURNING *) SELECT COUNT(*) FROM gone",
    "EXPLAIN ANALYZE DELETE FROM events",
    "INSERT INTO topics VALUES (1, 99, 'X')",
    "UPDATE codings SET current = FALSE",
    "CREATE TABLE x AS SELECT 1",
    "SELECT * INTO stolen FROM events",
    "SELECT * FROM events FOR UPDATE",
    "BEGIN READ WRITE; DELETE FROM events; COMMIT",
    "SET TRANSACTION READ WRITE",
    "SET default_transaction_read_only = off",
    "SELECT set_config('default_transaction_read_only', 'off', false)",
    "DO $$BEGIN DELETE FROM events; END$$",
    "PREPARE p AS DELETE FROM events",
    "COPY documents TO '{leak}'",
    "COPY (SELECT 1) TO PROGRAM 'touch {marker}'",
    "COPY events FROM '/etc/hostname'",
    "SELECT pg_read_file('/etc/hostname')",
    "SELECT * FROM pg_ls_dir('.')",
    "SELECT \"pg_read_file\"('/etc/hostname')",
    "SELECT U&\"pg_read_fil\\0065\"('/etc/hostname')",
    "SELECT pg_catalog.pg_stat_file('/etc/hostname')",
    "SELECT lo_export(lo_from_bytea(0, 'x'), '{leak}')",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
    "SELECT pg_cancel_backend(1)",
    "SELECT pg_reload_conf()",
    "SELECT pg_advisory_lock(1)",
    "SELECT pg_notify('x', 'y')",
    "SELECT query_to_xml('DELETE FROM events RETURNING 1', true, true, '')",
    "SELECT dblink_exec('dbname=readout', 'DELETE FROM events')",
    "SELECT nextval('coding_ids')",
    "ATTACH '{leak}' AS other",
    "SELECT * FROM read_csv('/etc/hostname')",
    "SELECT * FROM read_text('/etc/hostname')",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "PRAGMA enable_profiling",
    "EXPORT DATABASE '{leak}'",
    "CHECKPOINT",
    "VACUUM",
    "CALL pragma_version()",
    "SELECT 1\x00; DELETE FROM events",
    "",
    " ; ",
)


def _one_query_by_its_form(sql: str) -> bool:
    """One SELECT, WITH or EXPLAIN: what DuckDB's parser lets through to its read-only, file-less store."""
    return sql.startswith(("SELECT", "WITH", "EXPLAIN")) and ";" not in sql and "\x00" not in sql


def test_the_statement_check_refuses_bypasses_before_the_store() -> None:
    """Without a store at all, each backend's own parser refuses: on PostgreSQL every attempt but
    DuckDB's own file functions (unknown there), on DuckDB everything but one query."""
    for sql in BYPASSES:
        if "read_csv" not in sql and "read_text" not in sql:
            with pytest.raises(Refused):
                check_read_only(sql, "postgres")
        if not _one_query_by_its_form(sql):
            with pytest.raises(Refused):
                check_read_only(sql, "duckdb")


def test_bypasses_change_nothing_on_either_backend(
    corpus_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    leak, marker = tmp_path / "leak.csv", tmp_path / "marker"
    state = (
        "SELECT (SELECT COUNT(*) FROM events) AS e, (SELECT COUNT(*) FROM documents) AS d,"
        " (SELECT COUNT(*) FROM codings WHERE current) AS c, (SELECT COUNT(*) FROM topics) AS t"
    )
    before = json_of(capsys, "sql", state, "--db", corpus_store)
    for template in BYPASSES:
        sql = template.replace("{leak}", str(leak)).replace("{marker}", str(marker))
        assert main(["sql", sql, "--db", corpus_store]) == 1, sql
        err = capsys.readouterr().err
        assert err.startswith("readout: error: sql: ") and err.count("\n") == 1, (sql, err)
        assert "Traceback" not in err
    assert json_of(capsys, "sql", state, "--db", corpus_store) == before
    assert not leak.exists() and not marker.exists()


def test_the_store_itself_refuses_writes(corpus_store: str) -> None:
    """Past the statement check, the read-only store is the second guard."""
    with open_store(corpus_store, create=False, read_only=True, files=False) as db:
        for sql in ("DELETE FROM events", "SELECT nextval('coding_ids')"):
            with pytest.raises(db.errors):
                db.user_query(sql, 5)
        assert db.user_query("SELECT COUNT(*) FROM events", 5)[1][0][0] > 0


def test_postgres_runs_one_statement_per_call(corpus_store: str) -> None:
    """The extended protocol: a second statement is refused by the server, not only by the check."""
    if not corpus_store.startswith("postgres"):
        pytest.skip("the wire protocol is a PostgreSQL question")
    with open_store(corpus_store, create=False, read_only=True, files=False) as db:
        for sql in ("SELECT 1; SELECT 2", "SELECT $$;$$; SET default_transaction_read_only = off"):
            with pytest.raises(db.errors, match="multiple commands"):
                db.user_query(sql, 5)
        with pytest.raises(db.errors, match="read-only|read-write mode must be set before"):
            db.user_query("SELECT set_config('transaction_read_only', 'off', true), nextval('coding_ids')", 5)
        assert db.user_query("SHOW transaction_read_only", 5)[1] == [("on",)]


def test_duckdb_queries_cannot_reach_other_files(tmp_path: Path, corpus_store: str) -> None:
    if corpus_store.startswith("postgres"):
        pytest.skip("file access is a DuckDB question")
    leak = tmp_path / "leak.csv"
    with open_store(corpus_store, create=False, read_only=True, files=False) as db:
        with pytest.raises(db.errors):
            db.query(f"COPY (SELECT * FROM documents) TO '{leak}'")
        with pytest.raises(db.errors):
            db.query("SELECT * FROM read_csv('/etc/hostname')")
        with pytest.raises(db.errors):
            db.query("SET enable_external_access = true")
    assert not leak.exists()


SLOW = {
    "duckdb": "SELECT SUM(a.range * b.range) AS s FROM range(1000000) a, range(1000000) b",
    "postgres": "SELECT pg_sleep(60) AS s",
}


def test_a_slow_query_is_stopped_at_its_timeout(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    kind = "postgres" if corpus_store.startswith("postgres") else "duckdb"
    assert main(["sql", SLOW[kind], "--db", corpus_store, "--timeout", "0.3"]) == 1
    assert capsys.readouterr().err == "readout: error: sql: query stopped after 0.3 s (--timeout)\n"
    if kind == "postgres":  # the limit is the server's own, so it holds when the client is gone
        setting = json_of(capsys, "sql", "SELECT current_setting('statement_timeout') AS t", "--db", corpus_store)
        assert setting == [{"t": "10s"}]
        assert json_of(capsys, "sql", "SHOW statement_timeout", "--db", corpus_store, "--timeout", "2.5") == [
            {"statement_timeout": "2500ms"}
        ]
    with pytest.raises(SystemExit) as usage:
        main(["sql", "SELECT 1", "--db", corpus_store, "--timeout", "0"])
    assert usage.value.code == 2
    assert "--timeout" in capsys.readouterr().err


def test_literals_and_comments_are_not_statements() -> None:
    for kind in KINDS:
        check_read_only("SELECT 'INSERT INTO x' AS a, \"delete\" FROM events -- DROP TABLE events", kind)
        check_read_only("  with x as (select 1) select * from x;  ", kind)
        check_read_only("SELECT $$; DELETE FROM events$$ AS s" if kind == "postgres" else "FROM events LIMIT 1", kind)
        check_read_only("SELECT pg_typeof(1), count(*) FROM events", kind)
