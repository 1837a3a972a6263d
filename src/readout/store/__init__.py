"""The event store: ingest a corpus once into DuckDB or PostgreSQL, recode it, compare reports.

Design and schema: ``docs/store.md``.
"""

from __future__ import annotations

from readout.store.backends import DEFAULT_DB, Backend, StoreError, connect
from readout.store.migrations import migrate

__all__ = ["DEFAULT_DB", "Backend", "StoreError", "open_store"]


def open_store(target: str = DEFAULT_DB, create: bool = True) -> Backend:
    """Open a store (a DuckDB file or a ``postgresql://`` URL) with its schema up to date."""
    db = connect(target, create)
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db
