"""The full-text index: every current document's words as stems, so search finds "sanctioned" for "sanctions".

A query is words and "quoted phrases". A document matches when it holds every word's stem
(Snowball's English stemmer, the Porter 2 algorithm of PostgreSQL's ``english`` config) in
its title or text, and every phrase as written (any case). The index is a table of
(term, coding) rows, filled for the current codings that lack theirs at the start of each
linking (so after every ingest, recode or upload, and once for a store migrated to it);
the phrases are checked on the few documents the index selects. The same table and SQL
serve DuckDB (scanned column-wise) and PostgreSQL (a B-tree index on the term).

Why not DuckDB's ``fts`` extension: it builds a whole-table index that must be rebuilt after
each write and, offline, loads only from the ``duckdb-ext-fts`` wheels, which exist for
DuckDB 1.4 only (this project runs on 2.x).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer

from readout.store.backends import Backend

INDEX_LOCK = 7_300_005  # advisory lock key: one indexing transaction at a time (PostgreSQL)
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # letters and digits, with inner apostrophes (China's)
MAX_TERMS = 8  # words and phrases of one query that are used
MAX_WORD = 40

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """The index term of one word: lower case, possessive dropped, Snowball English stem."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return str(_stemmer.stemWord(w))[:MAX_WORD]


def terms_of(text: str) -> set[str]:
    """The distinct index terms of a text."""
    return {stem(w) for w in WORD.findall(text)}


@dataclass(frozen=True)
class Query:
    """A parsed query: the stems every match holds, and the phrases it holds as written."""

    words: tuple[str, ...]  # as typed, for highlighting
    stems: tuple[str, ...]
    phrases: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.stems or self.phrases)


def parse_query(text: str | None) -> Query:
    """Words and "quoted phrases" of a query (at most MAX_TERMS of them)."""
    text = text or ""
    phrases = [" ".join(p.split()) for p in re.findall(r'"([^"]*)"', text)]
    phrases = [p for p in phrases if WORD.search(p)][:MAX_TERMS]
    loose = re.sub(r'"[^"]*"?', " ", text)
    words = [w for w in WORD.findall(loose)][:MAX_TERMS]
    every = words + [w for p in phrases for w in WORD.findall(p)]
    stems = tuple(dict.fromkeys(stem(w) for w in every))[: MAX_TERMS * 2]
    return Query(tuple(every), stems, tuple(phrases))


def conditions(q: Query, coding: str = "c.coding_id") -> list[tuple[str, list[Any]]]:
    """SQL conditions (and parameters) for documents matching ``q``: each stem indexed, each phrase in the text."""
    found: list[tuple[str, list[Any]]] = []
    for s in q.stems:
        found.append((f"{coding} IN (SELECT st.coding_id FROM search_terms st WHERE st.term = ?)", [s]))
    for phrase in q.phrases:
        # The phrase is looked for only in the documents holding its longest (likely rarest) word's stem.
        key = max((stem(w) for w in WORD.findall(phrase)), key=len)
        pattern = "%" + re.sub(r"([%_\\])", r"\\\1", phrase.lower()) + "%"
        found.append(
            (
                f"""{coding} IN (SELECT pt.coding_id FROM search_terms pt
                    JOIN codings pc ON pc.coding_id = pt.coding_id JOIN documents pd ON pd.doc_key = pc.doc_key
                    WHERE pt.term = ? AND (lower(pd.text) LIKE ? ESCAPE '\\'
                                           OR lower(COALESCE(pc.title, pd.title, '')) LIKE ? ESCAPE '\\'))""",
                [key, pattern, pattern],
            )
        )
    return found


_PENDING = """
SELECT c.coding_id, COALESCE(c.title, d.title), d.text
FROM codings c JOIN documents d ON d.doc_key = c.doc_key
WHERE c.current AND NOT EXISTS (SELECT 1 FROM search_indexed si WHERE si.coding_id = c.coding_id)
ORDER BY c.coding_id
LIMIT ?
"""
_TERMS = "INSERT INTO search_terms (term, coding_id) SELECT unnest(CAST(? AS TEXT[])), unnest(CAST(? AS BIGINT[]))"
_DONE = "INSERT INTO search_indexed (coding_id) SELECT unnest(CAST(? AS BIGINT[]))"
_FORGET = """DELETE FROM {table} WHERE coding_id IN (
    SELECT coding_id FROM codings WHERE NOT current
    AND coding_id IN (SELECT coding_id FROM search_indexed))"""
CHUNK = 2000  # documents read and indexed per query


def index_documents(db: Backend) -> int:
    """Index the current codings not indexed yet and drop the terms of retired ones; how many were indexed.

    Runs inside the caller's transaction (``link_interactions``).
    """
    db.lock(INDEX_LOCK)
    for table in ("search_terms", "search_indexed"):
        db.execute(_FORGET.format(table=table))
    done = 0
    while True:
        rows = db.query(_PENDING, [CHUNK])
        if not rows:
            return done
        terms: list[str] = []
        codings: list[int] = []
        for coding_id, title, text in rows:
            found = terms_of(f"{title or ''}\n{text or ''}")
            terms.extend(found)
            codings.extend([int(coding_id)] * len(found))
        if terms:
            db.execute(_TERMS, [terms, codings])
        db.execute(_DONE, [[int(r[0]) for r in rows]])
        done += len(rows)
