"""``readout sql "..."``: an analyst's own query, read-only by construction.

Not a text guard (quoting tricks defeat those): the statement is parsed by the database's
own parser -- DuckDB's, or PostgreSQL's (libpg_query, through pglast) -- and refused unless
it is exactly one query. On PostgreSQL the parse tree is also searched for writes hidden in
a CTE, ``SELECT ... INTO``, row locks and functions that reach files, other sessions or the
server (``pg_read_file``, ``pg_terminate_backend``, ``lo_export``, ``set_config``,
``query_to_xml`` that would run a second statement, ...). Then the database itself refuses
what the check might miss: DuckDB is opened read-only with access to other files turned off
and its configuration locked; PostgreSQL runs the statement alone (extended protocol: one
statement per call) in a read-only transaction that is rolled back. Both stop the query
after ``timeout`` seconds, on the server (PostgreSQL ``statement_timeout``) so that a client
that goes away leaves nothing running past it.
"""

from __future__ import annotations

import json
from typing import Any

from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend

DEFAULT_TIMEOUT = 10.0  # seconds; readout sql --timeout

# DuckDB statement types that only read (DESCRIBE, SHOW, SUMMARIZE and FROM-first queries parse as SELECT).
DUCKDB_READS = frozenset({"SELECT", "EXPLAIN"})

# PostgreSQL statements that only read; any other statement node anywhere in the tree is refused.
PG_READS = frozenset({"SelectStmt", "ExplainStmt", "VariableShowStmt"})

# pg_* functions a read-only analyst may call; every other pg_* function is refused (they read
# server files, signal backends, take advisory locks, change replication, ...).
PG_ALLOWED = frozenset(
    {
        "pg_typeof", "pg_sleep", "pg_column_size", "pg_size_pretty", "pg_size_bytes", "pg_relation_size",
        "pg_total_relation_size", "pg_table_size", "pg_indexes_size", "pg_database_size", "pg_backend_pid",
        "pg_get_viewdef", "pg_get_indexdef", "pg_get_constraintdef", "pg_get_expr", "pg_get_functiondef",
        "pg_get_function_arguments", "pg_get_function_result", "pg_get_userbyid", "pg_get_serial_sequence",
        "pg_table_is_visible", "pg_type_is_visible", "pg_function_is_visible", "pg_postmaster_start_time",
        "pg_encoding_to_char", "pg_client_encoding", "pg_input_is_valid", "pg_jsonschema_validate",
    }
)  # fmt: skip

# Other functions refused: large objects (lo_export writes a server file), writes to sequences
# and settings, other connections, and functions that run a query given as a string.
PG_REFUSED = frozenset(
    {
        "loread", "lowrite", "nextval", "setval", "set_config", "txid_current", "query_to_xml",
        "query_to_xmlschema", "query_to_xml_and_xmlschema", "cursor_to_xml", "cursor_to_xmlschema", "ts_stat",
        "database_to_xml", "database_to_xmlschema", "database_to_xml_and_xmlschema", "schema_to_xml",
        "schema_to_xmlschema", "schema_to_xml_and_xmlschema",
    }
)  # fmt: skip
PG_REFUSED_PREFIXES = ("lo_", "dblink", "binary_upgrade_")


class Refused(ValueError):
    """A statement that is not one read-only query; the message says why."""


def check_read_only(sql: str, kind: str) -> None:
    """Raise Refused unless ``sql`` is exactly one statement that only reads, on backend ``kind``."""
    if not sql.strip(" \t\r\n;"):
        raise Refused("no statement given")
    if "\x00" in sql:
        raise Refused("the query holds a NUL character")
    if kind == "postgres":
        _check_postgres(sql)
    else:
        _check_duckdb(sql)


def _check_duckdb(sql: str) -> None:
    import duckdb

    with duckdb.connect(":memory:", config={"enable_external_access": False}) as parser:
        try:
            statements = parser.extract_statements(sql)
        except duckdb.Error as err:
            raise Refused(f"not valid SQL: {_first_line(err)}") from None
    _one(len(statements))
    kind = statements[0].type.name
    if kind not in DUCKDB_READS:
        raise Refused(f"only queries may run (SELECT, WITH, FROM, EXPLAIN, SHOW, DESCRIBE, SUMMARIZE), not {kind}")


def _check_postgres(sql: str) -> None:
    from pglast.parser import ParseError, parse_sql_json

    try:
        tree = json.loads(parse_sql_json(sql))
    except ParseError as err:
        raise Refused(f"not valid SQL: {err}") from None
    statements = tree.get("stmts", [])
    _one(len(statements))
    top = next(iter(statements[0]["stmt"]))
    if top not in PG_READS:
        raise Refused(f"only queries may run (SELECT, WITH, VALUES, TABLE, EXPLAIN, SHOW), not {_statement(top)}")
    _walk_postgres(statements[0]["stmt"])


def _walk_postgres(node: Any) -> None:
    """Refuse writes and unsafe functions anywhere in a PostgreSQL parse tree."""
    if isinstance(node, list):
        for item in node:
            _walk_postgres(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key.endswith("Stmt") and key not in PG_READS:
            raise Refused(f"the query would write ({_statement(key)})")
        if key == "intoClause":
            raise Refused("the query would write (SELECT ... INTO)")
        if key == "lockingClause":
            raise Refused("the query would lock rows (FOR UPDATE/SHARE)")
        if key == "FuncCall":
            name = value["funcname"][-1]["String"]["sval"].lower()
            if _pg_function_refused(name):
                raise Refused(f"function {name} is not allowed in a read-only query")
        _walk_postgres(value)


def _pg_function_refused(name: str) -> bool:
    if name.startswith("pg_"):
        return name not in PG_ALLOWED
    return name in PG_REFUSED or name.startswith(PG_REFUSED_PREFIXES)


def _statement(node: str) -> str:
    """``DeleteStmt`` -> ``DELETE``, ``CopyStmt`` -> ``COPY``: the word a user wrote."""
    return node.removesuffix("Stmt").upper()


def _one(count: int) -> None:
    if count == 0:
        raise Refused("no statement given")
    if count > 1:
        raise Refused(f"one statement at a time ({count} given)")


def _first_line(err: Exception) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def _unique(names: list[str]) -> list[str]:
    """Column names made unique (``x``, ``x_2``) so each row can be an object."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def run_sql(db: Backend, sql: str, timeout: float = DEFAULT_TIMEOUT) -> Result:
    """The rows of a checked read-only query, with its column names."""
    check_read_only(sql, db.kind)
    names, rows = db.user_query(sql, timeout)
    keys = _unique(names)
    objects: list[dict[str, Any]] = [dict(zip(keys, row, strict=True)) for row in rows]
    columns = [Column(k, k) for k in keys]
    title = f"{len(objects)} row{'s' if len(objects) != 1 else ''}"
    return Result(data=objects, tables=[Table(title, columns, objects)])
