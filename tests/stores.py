"""Fresh stores for tests on both backends: a DuckDB file, or a PostgreSQL schema of its own.

PostgreSQL stores need READOUT_TEST_PG (an admin URL; ``.ci/run`` starts a server and sets it):
each store is a new schema, reached through the URL's search_path, dropped afterwards.
Without it the PostgreSQL cases skip with that reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ENV = "READOUT_TEST_PG"
BACKENDS = ("duckdb", "postgres")
ROOT = Path(__file__).resolve().parents[1]
# What the analyst and export tests read: the bundled examples, and the readouts of one
# meeting by both sides (plus a later meeting) that the store tests use.
CORPUS = (
    ROOT / "examples" / "readouts.jsonl",
    ROOT / "examples" / "txt",
    ROOT / "examples" / "html",
    ROOT / "tests" / "store" / "data",
)


@contextmanager
def fresh_store(kind: str, folder: Path) -> Iterator[str]:
    """The URL of a new, empty store of ``kind`` ('duckdb' in ``folder``, or 'postgres')."""
    if kind == "duckdb":
        yield str(folder / "readout.duckdb")
        return
    admin = os.environ.get(PG_ENV)
    if not admin:
        pytest.skip(f"PostgreSQL store tests need {PG_ENV}=postgresql://... (.ci/run starts a server and sets it)")
    import psycopg

    schema = f"readout_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]
    sep = "&" if "?" in admin else "?"
    try:
        yield f"{admin}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")  # type: ignore[arg-type]
