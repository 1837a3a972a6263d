"""``--format parquet -o DIR``: events, participants and stances of the current codings as Parquet files.

``DIR/events.parquet`` (one row per event per report, with its document and interaction),
``DIR/participants.parquet`` (one row per participant of each event) and
``DIR/stances.parquet``. DuckDB writes them: a DuckDB store copies each query straight to
its file (``COPY ... TO``); rows read from PostgreSQL go through an in-memory DuckDB (bound
as typed arrays, as the store writes rows), so both backends give the same files and no
Arrow or pandas is needed.
"""

from __future__ import annotations

from pathlib import Path

from readout.store.backends import Backend
from readout.store.rows import columns_of, unnest_select

_CURRENT = "JOIN codings c ON c.coding_id = {t}.coding_id AND c.current JOIN documents d ON d.doc_key = c.doc_key"

# name -> ((column, SQL type), ...), query: the same columns in that order, named so, and of
# those types in the store (so DuckDB's COPY and the PostgreSQL path give identical files).
TABLES: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    "events": (
        (
            ("doc_id", "TEXT"),
            ("event", "INTEGER"),
            ("interaction_id", "BIGINT"),
            ("kind", "TEXT"),
            ("date", "DATE"),
            ("location_name", "TEXT"),
            ("location_country", "TEXT"),
            ("lat", "DOUBLE"),
            ("lon", "DOUBLE"),
            ("mode", "TEXT"),
            ("cameo", "TEXT"),
            ("plover_type", "TEXT"),
            ("plover_mode", "TEXT"),
            ("parties", "TEXT"),
            ("publisher", "TEXT"),
            ("publisher_country", "TEXT"),
            ("published", "DATE"),
            ("url", "TEXT"),
            ("engine", "TEXT"),
        ),
        f"""SELECT d.doc_id, e.ordinal AS event, r.interaction_id, e.kind, e.date, e.location_name, e.location_country,
                  e.lat, e.lon, e.mode, e.cameo, e.plover_type, e.plover_mode, e.parties, d.publisher,
                  c.publisher_country, c.published, d.url, c.engine
           FROM events e {_CURRENT.format(t="e")}
           LEFT JOIN interaction_reports r ON r.coding_id = e.coding_id AND r.event_ordinal = e.ordinal
           ORDER BY d.doc_id, e.ordinal""",
    ),
    "participants": (
        (
            ("doc_id", "TEXT"),
            ("event", "INTEGER"),
            ("ordinal", "INTEGER"),
            ("interaction_id", "BIGINT"),
            ("name", "TEXT"),
            ("country", "TEXT"),
            ("org", "TEXT"),
            ("title", "TEXT"),
        ),
        f"""SELECT d.doc_id, p.event_ordinal AS event, p.ordinal, r.interaction_id, p.name, p.country, p.org, p.title
           FROM participants p {_CURRENT.format(t="p")}
           LEFT JOIN interaction_reports r ON r.coding_id = p.coding_id AND r.event_ordinal = p.event_ordinal
           ORDER BY d.doc_id, p.event_ordinal, p.ordinal""",
    ),
    "stances": (
        (
            ("doc_id", "TEXT"),
            ("ordinal", "INTEGER"),
            ("holder", "TEXT"),
            ("target", "TEXT"),
            ("issue", "TEXT"),
            ("alignment", "TEXT"),
            ("published", "DATE"),
        ),
        f"""SELECT d.doc_id, s.ordinal, s.holder, s.target, s.issue, s.alignment, c.published
           FROM stances s {_CURRENT.format(t="s")}
           ORDER BY d.doc_id, s.ordinal""",
    ),
}


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def write(db: Backend, folder: Path) -> str:
    """Write one Parquet file per table into ``folder`` (created); returns a summary."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = []
    for name, (columns, query) in TABLES.items():
        path = folder / f"{name}.parquet"
        if db.kind == "duckdb":
            db.execute(f"COPY ({query}) TO {_quoted(path)} (FORMAT parquet)")
            n = db.query(f"SELECT COUNT(*) FROM ({query}) AS q")[0][0]
        else:
            n = _via_duckdb(columns, db.query(query), path)
        counts.append(f"{n} {name}")
    return ", ".join(counts)


def _via_duckdb(columns: tuple[tuple[str, str], ...], rows: list[tuple[object, ...]], path: Path) -> int:
    """Rows read from another database, written to Parquet by an in-memory DuckDB."""
    import duckdb

    with duckdb.connect() as mem:
        select = unnest_select([t for _, t in columns], [n for n, _ in columns])
        mem.execute(f"CREATE TABLE t AS {select}", columns_of(rows, len(columns)))
        mem.execute(f"COPY t TO {_quoted(path)} (FORMAT parquet)")
    return len(rows)
