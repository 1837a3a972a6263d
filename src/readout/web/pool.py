"""A small pool of open store connections shared by the app's worker threads.

FastAPI runs each (synchronous) request in a thread; a DuckDB or psycopg connection serves
one thread at a time, so each request borrows one from the pool and gives it back. DuckDB
connections to one file in one process share the database; PostgreSQL gets a connection
each. Read-only by default; with ``writable`` (``--allow-ingest``) the connections may write
and writers take turns on one lock (DuckDB allows one writer per database).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from readout.store import Backend, open_store

POOL_SIZE = 4


class StorePool:
    """Up to ``size`` connections to ``target``, opened on demand and kept open until ``close``."""

    def __init__(self, target: str, *, writable: bool = False, size: int = POOL_SIZE) -> None:
        self.target = target
        self.writable = writable
        self.size = max(1, size)
        self.write_lock = threading.Lock()
        self._idle: queue.LifoQueue[Backend] = queue.LifoQueue()
        self._opened: list[Backend] = []
        self._guard = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.size)
        self._idle.put(self._open())  # fail now (StoreError) rather than on the first request

    def _open(self) -> Backend:
        db = open_store(self.target, create=False, read_only=not self.writable)
        with self._guard:
            self._opened.append(db)
        return db

    @contextmanager
    def connection(self) -> Iterator[Backend]:
        """Borrow a connection for the length of the block (opened when none is idle)."""
        with self._slots:
            try:
                db = self._idle.get_nowait()
            except queue.Empty:
                db = self._open()
            try:
                yield db
            except db.errors:
                self._discard(db)  # a database error may have broken the connection: the next request opens another
                raise
            except BaseException:
                self._idle.put(db)
                raise
            self._idle.put(db)

    def _discard(self, db: Backend) -> None:
        with self._guard:
            if db in self._opened:
                self._opened.remove(db)
        with suppress(Exception):
            db.close()

    def close(self) -> None:
        """Close every connection (at shutdown, when none is borrowed); later requests open new ones."""
        with self._guard:
            opened, self._opened = self._opened, []
            while not self._idle.empty():
                self._idle.get_nowait()
        for db in opened:
            with suppress(Exception):  # closing at shutdown: nothing left to do about a failure
                db.close()
