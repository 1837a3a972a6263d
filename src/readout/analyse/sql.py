"""``readout sql "..."``: an analyst's own query, read-only.

Two guards, so that a query can neither change the store nor write files: the statement is
checked before it is sent (one statement, starting as a query does, and no word that writes
outside string literals and quoted names), and the store is opened read-only (DuckDB also
with its access to other files turned off; PostgreSQL runs it in a read-only transaction),
which refuses whatever the check cannot see.
"""

from __future__ import annotations

import re
from typing import Any

from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend

# How a read-only statement may start (DuckDB also accepts FROM-first queries and SUMMARIZE).
READ_STARTS = frozenset({"SELECT", "WITH", "VALUES", "TABLE", "FROM", "EXPLAIN", "SHOW", "DESCRIBE", "SUMMARIZE"})

# Words that change a database or files anywhere in a statement (a CTE can hold an INSERT;
# a SELECT can call nextval or lo_export), refused wherever they stand outside literals.
WRITE_WORDS = frozenset(
    {
        "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "CREATE", "DROP", "ALTER", "TRUNCATE", "COPY",
        "ATTACH", "DETACH", "INSTALL", "LOAD", "EXPORT", "IMPORT", "PRAGMA", "CALL", "VACUUM", "CHECKPOINT",
        "GRANT", "REVOKE", "NEXTVAL", "SETVAL", "SET_CONFIG", "LO_IMPORT", "LO_EXPORT", "LO_UNLINK",
        "LO_FROM_BYTEA", "PG_FILE_WRITE", "DBLINK_EXEC",
    }
)  # fmt: skip

_LITERAL = re.compile(
    r"""'(?:[^']|'')*'?            # 'string' ('' inside)
      | "(?:[^"]|"")*"?            # "quoted name"
      | \$([A-Za-z_]\w*)?\$.*?(?:\$\1\$|$)  # $$dollar-quoted$$ (PostgreSQL)
      | --[^\n]*                   # -- comment
      | /\*.*?(?:\*/|$)            # /* comment */
    """,
    re.VERBOSE | re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9$]*|;")


class Refused(ValueError):
    """A statement that is not one read-only query; the message says why."""


def check_read_only(sql: str) -> None:
    """Raise Refused unless ``sql`` is exactly one statement that only reads."""
    masked = _LITERAL.sub(" ", sql)
    tokens = _WORD.findall(masked)
    statements: list[list[str]] = [[]]
    for token in tokens:
        if token == ";":
            statements.append([])
        else:
            statements[-1].append(token.upper())
    statements = [s for s in statements if s]
    if not statements:
        raise Refused("no statement given")
    if len(statements) > 1:
        raise Refused(f"one statement at a time ({len(statements)} given)")
    words = statements[0]
    if words[0] not in READ_STARTS:
        raise Refused(f"only queries may run ({', '.join(sorted(READ_STARTS))}), not {words[0]}")
    writes = sorted(set(words) & WRITE_WORDS)
    if writes:
        raise Refused(f"the query would write ({', '.join(writes)})")


def _unique(names: list[str]) -> list[str]:
    """Column names made unique (``x``, ``x_2``) so each row can be an object."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def run_sql(db: Backend, sql: str) -> Result:
    """The rows of a checked read-only query, with its column names."""
    check_read_only(sql)
    names, rows = db.query_named(sql)
    keys = _unique(names)
    objects: list[dict[str, Any]] = [dict(zip(keys, row, strict=True)) for row in rows]
    columns = [Column(k, k) for k in keys]
    title = f"{len(objects)} row{'s' if len(objects) != 1 else ''}"
    return Result(data=objects, tables=[Table(title, columns, objects)])
