"""The app's connection pool: bounded, a connection that failed is replaced, usable again after a shutdown."""

from __future__ import annotations

import threading

import pytest

from readout.store import StoreError
from readout.web.pool import StorePool


def test_pool_replaces_a_failed_connection_and_reopens_after_close(duck_store: str) -> None:
    pool = StorePool(duck_store, size=2)
    with pool.connection() as db:
        first = db
        assert db.query("SELECT COUNT(*) FROM documents")[0][0] > 0
    with pytest.raises(first.errors), pool.connection() as db:
        assert db is first
        db.query("SELECT * FROM no_such_table")
    with pool.connection() as db:
        assert db is not first and db.query("SELECT 1")[0][0] == 1
    pool.close()
    with pool.connection() as db:  # after a shutdown (the app's lifespan), requests open new connections
        assert db.query("SELECT 1")[0][0] == 1
    pool.close()


def test_pool_is_bounded(duck_store: str) -> None:
    pool = StorePool(duck_store, size=2)
    inside = 0
    most = 0
    lock = threading.Lock()

    def borrow() -> None:
        nonlocal inside, most
        with pool.connection() as db:
            with lock:
                inside += 1
                most = max(most, inside)
            db.query("SELECT COUNT(*) FROM events")
            with lock:
                inside -= 1

    threads = [threading.Thread(target=borrow) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert 1 <= most <= 2 and len(pool._opened) <= 2
    pool.close()


def test_pool_refuses_a_missing_store(tmp_path: object) -> None:
    with pytest.raises(StoreError):
        StorePool(f"{tmp_path}/missing.duckdb")
