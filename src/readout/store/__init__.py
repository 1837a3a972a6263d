"""The event store: ingest a corpus once into DuckDB or PostgreSQL, recode it, compare reports.

Design and schema: ``docs/store.md``.
"""

from __future__ import annotations

from readout.store.backends import DEFAULT_DB, Backend, StoreError, connect
from readout.store.migrations import check_schema, migrate

__all__ = ["DEFAULT_DB", "Backend", "StoreError", "open_store"]


def open_store(target: str = DEFAULT_DB, create: bool = True, read_only: bool = False, files: bool = True) -> Backend:
    """Open a store (a DuckDB file or a ``postgresql://`` URL) with its schema up to date.

    ``read_only`` opens an existing store for queries only (the analyst commands and exports):
    nothing is written, not even a migration, and several readers may share a DuckDB file.
    ``files=False`` also keeps SQL away from other files (``readout sql``; see ``backends.connect``).
    """
    db = connect(target, create, read_only, files)
    try:
        if read_only:
            check_schema(db)
        else:
            migrate(db)
    except BaseException:
        db.close()
        raise
    return db
