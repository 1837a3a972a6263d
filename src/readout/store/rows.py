"""A coded document as table rows, and bulk inserts of those rows.

Rows go in as one statement per table per batch: each column is bound as one array
parameter and ``unnest``-ed back into rows by the database, which both backends accept and
which costs a fraction of row-by-row ``executemany`` (DuckDB pays per statement).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from readout.model import Record, Span
from readout.store.backends import Backend

# Column name and SQL type, in insert order, of each claim table.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (
        ("coding_id", "BIGINT"),
        ("ordinal", "INTEGER"),
        ("kind", "TEXT"),
        ("date", "DATE"),
        ("location_name", "TEXT"),
        ("location_country", "TEXT"),
        ("lat", "DOUBLE PRECISION"),
        ("lon", "DOUBLE PRECISION"),
        ("mode", "TEXT"),
        ("cameo", "TEXT"),
        ("plover_type", "TEXT"),
        ("plover_mode", "TEXT"),
        ("parties", "TEXT"),
    ),
    "participants": (
        ("coding_id", "BIGINT"),
        ("event_ordinal", "INTEGER"),
        ("ordinal", "INTEGER"),
        ("name", "TEXT"),
        ("country", "TEXT"),
        ("org", "TEXT"),
        ("title", "TEXT"),
    ),
    "stances": (
        ("coding_id", "BIGINT"),
        ("ordinal", "INTEGER"),
        ("holder", "TEXT"),
        ("target", "TEXT"),
        ("issue", "TEXT"),
        ("alignment", "TEXT"),
    ),
    "topics": (("coding_id", "BIGINT"), ("ordinal", "INTEGER"), ("issue", "TEXT")),
    "statements": (
        ("coding_id", "BIGINT"),
        ("ordinal", "INTEGER"),
        ("speaker", "TEXT"),
        ("country", "TEXT"),
        ("text", "TEXT"),
    ),
    "evidence": (
        ("coding_id", "BIGINT"),
        ("claim", "TEXT"),
        ("claim_ordinal", "INTEGER"),
        ("ordinal", "INTEGER"),
        ("start_offset", "INTEGER"),
        ("end_offset", "INTEGER"),
    ),
}

CLAIM_TABLES = tuple(COLUMNS)


def as_date(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` string as a date, for DATE columns (both drivers bind date objects)."""
    return dt.date.fromisoformat(value) if value else None


def parties(codes: Sequence[str | None]) -> str:
    """The sorted set of participant states/orgs joined by '|': the key interactions match on."""
    return "|".join(sorted({c for c in codes if c}))


def claim_rows(coding_id: int, rec: Record) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every claim table for one coding of a document."""
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in COLUMNS}
    evidence = rows["evidence"]

    def spans(claim: str, index: int, found: Sequence[Span]) -> None:
        evidence.extend((coding_id, claim, index, k, a, b) for k, (a, b) in enumerate(found))

    for i, ev in enumerate(rec.events):
        loc = ev.location
        rows["events"].append(
            (
                coding_id,
                i,
                ev.kind,
                as_date(ev.date),
                loc.name if loc else None,
                loc.country if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                ev.mode,
                ev.cameo,
                ev.plover.get("type"),
                ev.plover.get("mode"),
                parties([p.country or p.org for p in ev.participants]),
            )
        )
        rows["participants"].extend(
            (coding_id, i, j, p.name, p.country, p.org, p.title) for j, p in enumerate(ev.participants)
        )
        spans("event", i, ev.evidence)
    for i, st in enumerate(rec.stances):
        rows["stances"].append((coding_id, i, st.holder, st.target, st.issue, st.alignment))
        spans("stance", i, st.evidence)
    for i, topic in enumerate(rec.topics):
        rows["topics"].append((coding_id, i, topic))
        spans("topic", i, rec.topic_evidence.get(topic, []))
    for i, sm in enumerate(rec.statements):
        rows["statements"].append((coding_id, i, sm.speaker, sm.country, sm.text))
        spans("statement", i, sm.evidence)
    return rows


def unnest_select(types: Sequence[str], names: Sequence[str] | None = None) -> str:
    """``SELECT unnest(CAST(? AS T[])) [AS name], ...``: array parameters back into rows."""
    parts = [f"unnest(CAST(? AS {t}[]))" + (f" AS {names[i]}" if names else "") for i, t in enumerate(types)]
    return "SELECT " + ", ".join(parts)


def columns_of(rows: Sequence[Sequence[Any]], width: int) -> list[list[Any]]:
    """Rows transposed into one list per column (the array parameters of ``unnest_select``)."""
    return [list(col) for col in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


def insert_rows(db: Backend, table: str, rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` into a claim table in one statement (nothing to do for no rows)."""
    if not rows:
        return
    spec = COLUMNS[table]
    names = ", ".join(name for name, _ in spec)
    sql = f"INSERT INTO {table} ({names}) " + unnest_select([t for _, t in spec])
    db.execute(sql, columns_of(rows, len(spec)))
