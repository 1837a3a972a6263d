"""Store fixtures: every store test runs on DuckDB and, when READOUT_TEST_PG is set, on PostgreSQL.

``store_url`` (a new, empty store per test, on each backend) lives in ``tests/conftest.py``,
shared with the analyst and export tests; see ``tests/stores.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from readout.store import Backend, open_store


@pytest.fixture
def db(store_url: str) -> Iterator[Backend]:
    """The store of ``store_url``, open with its schema applied."""
    store = open_store(store_url)
    try:
        yield store
    finally:
        store.close()
