"""The two database backends behind one small interface.

All SQL in the store is written once, with ``?`` placeholders, in the subset DuckDB and
PostgreSQL share; this module holds every difference between them: how to connect, the
placeholder style, transactions, and locks between concurrent writers (PostgreSQL only;
DuckDB allows one writing process per file).
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_DB = "readout.duckdb"
_DUCKDB_MAGIC = b"DUCK"  # bytes 8-12 of every DuckDB database file
_PG_PREFIXES = ("postgresql://", "postgres://")

Row = tuple[Any, ...]


class StoreError(Exception):
    """A store that cannot be opened or used; the message is the one line the CLI prints."""


class QueryTimeout(Exception):
    """A user's query stopped (on the server) when its time limit ran out."""


class Backend(ABC):
    """One open database: run SQL, read rows, group statements into a transaction."""

    kind: str
    where: str  # the file or the URL without its password, for messages
    errors: tuple[type[Exception], ...]  # the driver's database errors

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    @abstractmethod
    def query_named(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Row]]:
        """The rows of ``sql`` and the names of its columns (for queries written by users)."""

    @abstractmethod
    def user_query(self, sql: str, timeout: float) -> tuple[list[str], list[Row]]:
        """``readout sql``: one statement written by a user, read-only, stopped after ``timeout`` s."""

    @abstractmethod
    def transaction(self) -> Any:
        """A context manager: commit on success, roll back on any exception."""

    def lock(self, key: int) -> None:  # noqa: B027 - a no-op where one process owns the database
        """Serialise writers on ``key`` until the transaction ends."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_postgres(target: str) -> bool:
    return target.startswith(_PG_PREFIXES)


def connect(target: str, create: bool = True, read_only: bool = False, files: bool = True) -> Backend:
    """Open ``target``: a ``postgresql://`` URL, else a DuckDB file (created when ``create``).

    ``read_only``: the database refuses every write (readers may then share a DuckDB file);
    ``files=False`` (DuckDB) also denies SQL any access to other files: no COPY TO, ATTACH, read_csv.
    """
    if is_postgres(target):
        return PostgresBackend(target, read_only)
    return DuckDBBackend(Path(target), create and not read_only, read_only, files)


@contextmanager
def _ctrl_c_is_interrupt() -> Iterator[None]:
    """Ctrl-C during a DuckDB statement reaches Python as ``RuntimeError: Query interrupted``, not as
    KeyboardInterrupt: give it back as the KeyboardInterrupt it is, so that a command stops with one line
    (exit 130) and an ingest links what it stored, whichever statement the signal lands in."""
    try:
        yield
    except RuntimeError as err:
        if str(err) != "Query interrupted":
            raise
        raise KeyboardInterrupt from err


class DuckDBBackend(Backend):
    kind = "duckdb"

    def __init__(self, path: Path, create: bool, read_only: bool = False, files: bool = True) -> None:
        import duckdb

        self.where = str(path)
        self.errors = (duckdb.Error,)
        _check_duckdb_file(path, create)
        config: dict[str, str | bool | int | float | list[str]] = {}
        if not files:  # no file access, and no SET that could loosen it or anything else
            config = {"enable_external_access": False, "lock_configuration": True}
        try:
            self._conn = duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.Error as err:
            raise StoreError(_duckdb_reason(path, err)) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with _ctrl_c_is_interrupt():
            self._conn.execute(sql, list(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with _ctrl_c_is_interrupt():
            return self._conn.execute(sql, list(params)).fetchall()

    def query_named(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Row]]:
        with _ctrl_c_is_interrupt():
            cursor = self._conn.execute(sql, list(params))
            names = [d[0] for d in cursor.description or []]
            return names, cursor.fetchall() if names else []

    def user_query(self, sql: str, timeout: float) -> tuple[list[str], list[Row]]:
        import duckdb

        timer = threading.Timer(timeout, self._conn.interrupt)
        timer.daemon = True
        timer.start()
        try:
            return self.query_named(sql)
        except duckdb.InterruptException:
            raise QueryTimeout(f"stopped after {timeout:g} s (--timeout)") from None
        finally:
            timer.cancel()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._conn.begin()
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()


def _check_duckdb_file(path: Path, create: bool) -> None:
    """Refuse, before DuckDB opens (and so writes) anything, a path that is not a database."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a DuckDB database")
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no such database (run `readout ingest` first)")
        if not path.parent.is_dir():
            raise StoreError(f"{path}: folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError as err:
        raise StoreError(f"{path}: cannot read: {err.strerror or err}") from None
    if head and head[8:12] != _DUCKDB_MAGIC:
        raise StoreError(f"{path}: not a DuckDB database (left untouched)")


def _duckdb_reason(path: Path, err: Exception) -> str:
    text = str(err).splitlines()[0] if str(err) else type(err).__name__
    if "lock" in text.lower():
        return f"{path}: the database is in use by another process"
    if "not a valid DuckDB database" in text:
        return f"{path}: not a DuckDB database (left untouched)"
    return f"{path}: cannot open DuckDB database: {text}"


class PostgresBackend(Backend):
    kind = "postgres"

    def __init__(self, url: str, read_only: bool = False) -> None:
        import psycopg

        self.where = redact(url)
        self.errors = (psycopg.Error,)
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
            if read_only:  # every statement then runs in a read-only transaction
                self._conn.execute("SET default_transaction_read_only = on")
        except psycopg.Error as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise StoreError(f"{self.where}: cannot connect to PostgreSQL: {first}") from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._run(sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self._run(sql, params).fetchall()

    def query_named(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Row]]:
        cursor = self._run(sql, params)
        names = [d.name for d in cursor.description or []]
        return names, cursor.fetchall() if names else []

    def user_query(self, sql: str, timeout: float) -> tuple[list[str], list[Row]]:
        """In a read-only transaction that is rolled back, with a server-side statement timeout;
        ``prepare=True`` sends it by the extended protocol, which refuses a second statement."""
        import psycopg

        try:
            with self._conn.transaction(force_rollback=True):
                self._conn.execute("SET TRANSACTION READ ONLY")
                limit = str(max(1, round(timeout * 1000)))
                self._conn.execute("SELECT set_config('statement_timeout', %s, true)", [limit])
                cursor = self._conn.cursor()
                cursor.execute(sql, prepare=True)  # a user's text: no placeholders, sent as it is
                names = [d.name for d in cursor.description or []]
                return names, cursor.fetchall() if names else []
        except psycopg.errors.QueryCanceled:
            raise QueryTimeout(f"stopped after {timeout:g} s (--timeout)") from None

    def _run(self, sql: str, params: Sequence[Any]) -> Any:
        if params:
            return self._conn.execute(_pg_sql(sql), list(params))
        return self._conn.execute(sql)  # type: ignore[arg-type]  # no parameters: no placeholder syntax

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def lock(self, key: int) -> None:
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", [key])

    def close(self) -> None:
        self._conn.close()


@lru_cache(maxsize=256)
def _pg_sql(sql: str) -> str:
    """The store's ``?`` placeholders in psycopg's ``%s`` style (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def redact(url: str) -> str:
    """A database URL without its password, safe to print."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
