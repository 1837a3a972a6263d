"""Write coded documents: a document, its coding and every claim row commit together.

A transaction holds whole documents only (a batch of them, one statement per table), so a
crash, a kill or a failed statement leaves each document either fully stored or absent.
Older codings of the same document stop being ``current`` in the same transaction that
makes the new one current, so a reader never sees a document with none or two; the summary
tables (``store/summaries.py``) follow in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readout.model import Document, Record
from readout.store.backends import Backend
from readout.store.documents import insert_documents
from readout.store.rows import CLAIM_TABLES, as_date, claim_rows, insert_rows, unnest_select
from readout.store.summaries import written

WRITE_LOCK = 7_300_002  # advisory lock key: writers take turns (PostgreSQL; coding runs outside it)


@dataclass(frozen=True)
class Coded:
    """A document, its content key and its record, ready to be written."""

    doc: Document
    key: str
    record: Record


def store_new(db: Backend, batch: Sequence[Coded]) -> list[Coded]:
    """Store new documents with their codings; returns those stored (not stored meanwhile by another writer)."""
    if not batch:
        return []
    with db.transaction():
        db.lock(WRITE_LOCK)
        inserted = insert_documents(db, [(c.key, c.doc) for c in batch])
        stored = [c for c in batch if c.key in inserted]
        _write_codings(db, stored, supersede_by_id=True)
    return stored


def store_recoded(db: Backend, batch: Sequence[Coded]) -> list[Coded]:
    """Store new codings of stored documents, each replacing that document's current coding."""
    if not batch:
        return []
    with db.transaction():
        db.lock(WRITE_LOCK)
        _write_codings(db, batch, supersede_by_id=False)
    return list(batch)


_SUPERSEDE_BY_ID = """UPDATE codings SET current = FALSE WHERE current AND doc_key IN (
    SELECT doc_key FROM documents WHERE doc_id IN (SELECT unnest(CAST(? AS TEXT[]))))"""
_SUPERSEDE_BY_KEY = "UPDATE codings SET current = FALSE WHERE current AND doc_key IN (SELECT unnest(CAST(? AS TEXT[])))"
_CODING_TYPES = ("BIGINT", "TEXT", "TEXT", "BOOLEAN", "BOOLEAN", "TEXT", "TEXT", "DATE")
_INSERT_CODINGS = (
    "INSERT INTO codings (coding_id, doc_key, engine, current, is_readout, title, publisher_country, published, "
    "coded_at) SELECT *, CURRENT_TIMESTAMP FROM (" + unnest_select(_CODING_TYPES) + ") AS c"
)


def _write_codings(db: Backend, items: Sequence[Coded], supersede_by_id: bool) -> None:
    """Insert one current coding per item with its claim rows, retiring the codings they replace.

    A new document supersedes every version of its id; a recoding only its own document.
    Within a batch, the last document of an id is its current one.
    """
    if not items:
        return
    if supersede_by_id:
        db.execute(_SUPERSEDE_BY_ID, [sorted({c.doc.id for c in items})])
    else:
        db.execute(_SUPERSEDE_BY_KEY, [sorted({c.key for c in items})])
    ids = reserve_coding_ids(db, len(items))
    last = {c.doc.id: i for i, c in enumerate(items)} if supersede_by_id else {}
    codings = [
        (
            coding_id,
            c.key,
            c.record.engine,
            not supersede_by_id or last[c.doc.id] == i,
            c.record.is_readout,
            c.record.title,
            c.record.publisher_country,
            as_date(c.record.published),
        )
        for i, (coding_id, c) in enumerate(zip(ids, items, strict=True))
    ]
    db.execute(_INSERT_CODINGS, [list(col) for col in zip(*codings, strict=True)])
    tables: dict[str, list[tuple[object, ...]]] = {name: [] for name in CLAIM_TABLES}
    for coding_id, c in zip(ids, items, strict=True):
        for name, rows in claim_rows(coding_id, c.record).items():
            tables[name].extend(rows)
    for name in CLAIM_TABLES:
        insert_rows(db, name, tables[name])
    written(db, [row[0] for row in codings if row[3]])  # the summaries (store/summaries.py) follow


def reserve_coding_ids(db: Backend, n: int) -> list[int]:
    """``n`` new coding ids from the database's sequence (unique across concurrent writers)."""
    rows = db.query("SELECT nextval('coding_ids') AS id FROM generate_series(1, ?)", [n])
    return sorted(int(r[0]) for r in rows)
