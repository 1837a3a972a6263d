"""Documents in the store: content keys, versions, and reading them back for recoding.

A document is keyed by a hash of its content (text, title, publisher, publication date),
not by its id or where it was read from, so re-ingesting a corpus from another folder,
or a mirror of a page under another URL, stores nothing new. A changed text under an id
already stored is the next version of that id.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from readout.model import Document
from readout.store.backends import Backend
from readout.store.rows import as_date, columns_of, unnest_select


def doc_key(doc: Document) -> str:
    """sha256 (hex) of the document's content as given; the id and source are not content."""
    payload = json.dumps([doc.text, doc.title, doc.publisher, doc.published], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def known_keys(db: Backend, keys: Sequence[str]) -> set[str]:
    """Which of ``keys`` are stored already (one query for a batch)."""
    if not keys:
        return set()
    sql = "SELECT doc_key FROM documents WHERE doc_key IN (SELECT unnest(CAST(? AS TEXT[])))"
    return {k for (k,) in db.query(sql, [list(keys)])}


_DOC_TYPES = (
    ("doc_key", "TEXT"),
    ("doc_id", "TEXT"),
    ("pos", "INTEGER"),
    ("source", "TEXT"),
    ("url", "TEXT"),
    ("publisher", "TEXT"),
    ("title", "TEXT"),
    ("published", "DATE"),
    ("text", "TEXT"),
)

# Versions are numbered in SQL: the highest stored version of the id, plus the document's
# rank among the batch's documents of that id (a batch may hold two texts of one id).
_INSERT_DOCUMENTS = f"""
INSERT INTO documents (doc_key, doc_id, version, source, url, publisher, title, published, text, ingested_at)
SELECT b.doc_key, b.doc_id,
       COALESCE(m.version, 0) + ROW_NUMBER() OVER (PARTITION BY b.doc_id ORDER BY b.pos),
       b.source, b.url, b.publisher, b.title, b.published, b.text, CURRENT_TIMESTAMP
FROM ({unnest_select([t for _, t in _DOC_TYPES], [n for n, _ in _DOC_TYPES])}) AS b
LEFT JOIN (SELECT doc_id, MAX(version) AS version FROM documents
           WHERE doc_id IN (SELECT unnest(CAST(? AS TEXT[]))) GROUP BY doc_id) AS m
       ON m.doc_id = b.doc_id
ON CONFLICT DO NOTHING
RETURNING doc_key
"""


def insert_documents(db: Backend, docs: Sequence[tuple[str, Document]]) -> set[str]:
    """Insert (key, document) pairs not stored yet; returns the keys inserted now."""
    if not docs:
        return set()
    rows = [
        (key, d.id, pos, d.source, d.url, d.publisher, d.title, as_date(d.published), d.text)
        for pos, (key, d) in enumerate(docs)
    ]
    params = [*columns_of(rows, len(_DOC_TYPES)), sorted({d.id for _, d in docs})]
    return {k for (k,) in db.query(_INSERT_DOCUMENTS, params)}


def load_documents(db: Backend, keys: Sequence[str]) -> dict[str, Document]:
    """The stored documents of ``keys``, as the Documents they were read as."""
    if not keys:
        return {}
    sql = (
        "SELECT doc_key, doc_id, text, title, published, publisher, url, source FROM documents "
        "WHERE doc_key IN (SELECT unnest(CAST(? AS TEXT[])))"
    )
    found: dict[str, Document] = {}
    for key, doc_id, text, title, published, publisher, url, source in db.query(sql, [list(keys)]):
        iso = published.isoformat() if published else None
        found[key] = Document(doc_id, text, title, iso, publisher, url, source)
    return found
