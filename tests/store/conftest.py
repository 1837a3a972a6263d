"""Store fixtures: every store test runs on DuckDB and, when READOUT_TEST_PG is set, on PostgreSQL.

PostgreSQL tests get a fresh schema each (through the URL's search_path), dropped afterwards;
without READOUT_TEST_PG they skip with that reason (``.ci/run`` starts a server and sets it).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from readout.store import Backend, open_store

PG_ENV = "READOUT_TEST_PG"


@pytest.fixture(params=["duckdb", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty store: a DuckDB file in tmp_path, or a fresh PostgreSQL schema."""
    if request.param == "duckdb":
        yield str(tmp_path / "readout.duckdb")
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


@pytest.fixture
def db(store_url: str) -> Iterator[Backend]:
    """The store of ``store_url``, open with its schema applied."""
    store = open_store(store_url)
    try:
        yield store
    finally:
        store.close()
