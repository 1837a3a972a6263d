"""The full-text index: every current document's words as stems, so search finds "sanctioned" for "sanctions".

A query is words and "quoted phrases". A document matches when it holds every word's stem
(the snowballstemmer package's English stemmer, Porter 2; PostgreSQL 15's ``english`` config
stems 11 of 3,856 words of the real texts otherwise, see docs/web.md) in
its title or text, and every phrase's words in that order, each by its stem (as
PostgreSQL's ``phraseto_tsquery``): the index holds each pair of adjacent stems too
("one china", "china polici"), so a phrase is found from the index alone, without reading
texts. The index is a table of (term, coding) rows, filled for the current codings that
lack theirs at the start of each linking (so after every ingest, recode or upload, and
once for a store migrated to it). The same table and SQL serve both backends: PostgreSQL
looks terms up in a B-tree; DuckDB keeps the table in term order (rewritten in order when
the rows appended since the last rewrite exceed an eighth of it), so its min/max statistics
per row group skip all but the few groups that hold a term.

Why not DuckDB's ``fts`` extension: offline it loads only from the ``duckdb-ext-fts`` wheels,
which exist for DuckDB 1.4 only, while this project runs on 2.x (stores written by 2.x are
not readable by 1.4); its index is rebuilt whole after each write (minutes at 100,000
documents, on every upload); and it is DuckDB's alone, where this index gives PostgreSQL
the same matches.
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
    """The distinct index terms of a text: its stems and each pair of adjacent stems ("china polici")."""
    stems = [stem(w) for w in WORD.findall(text)]
    return set(stems) | {f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)}


def phrase_terms(phrase: str) -> list[str]:
    """The index terms a phrase's documents hold: its pairs of adjacent stems (its stem, for one word)."""
    stems = [stem(w) for w in WORD.findall(phrase)]
    if len(stems) == 1:
        return stems
    return [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)]


@dataclass(frozen=True)
class Query:
    """A parsed query: its words' stems (for marking matches), its phrases, and the index terms every match holds."""

    words: tuple[str, ...]  # as typed, for highlighting
    stems: tuple[str, ...]
    phrases: tuple[str, ...]
    terms: tuple[str, ...] = ()  # the index terms every match holds

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
    terms = [stem(w) for w in words] + [t for p in phrases for t in phrase_terms(p)]
    return Query(tuple(every), stems, tuple(phrases), tuple(dict.fromkeys(terms))[: MAX_TERMS * 2])


def conditions(q: Query, coding: str = "c.coding_id") -> list[tuple[str, list[Any]]]:
    """SQL conditions (and parameters) for documents matching ``q``: each of its terms indexed."""
    return [(f"{coding} IN (SELECT st.coding_id FROM search_terms st WHERE st.term = ?)", [t]) for t in q.terms]


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
UNSORTED_SHARE = 8  # DuckDB: the index is rewritten in term order when more than 1/8 of its rows are not
UNSORTED_MIN = 200_000  # ... and more than this many (a few uploads are not worth a rewrite)


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
            if db.kind == "duckdb":
                keep_sorted(db)
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


def keep_sorted(db: Backend, force: bool = False) -> bool:
    """DuckDB: rewrite the index in term order when too many rows were appended since the last rewrite.

    A term's rows are then in one or two row groups, which DuckDB's min/max statistics find
    without reading the others. Whether the rewrite happened is returned.
    """
    total = int(db.query("SELECT COUNT(*) FROM search_terms")[0][0])
    ordered = int(db.query("SELECT COALESCE(MAX(sorted_rows), 0) FROM search_layout")[0][0])
    unsorted = total - ordered
    if not force and (unsorted <= UNSORTED_MIN or unsorted * UNSORTED_SHARE <= total):
        return False
    db.execute("DROP TABLE IF EXISTS search_sorting")
    db.execute("CREATE TEMP TABLE search_sorting AS SELECT term, coding_id FROM search_terms")
    db.execute("DELETE FROM search_terms")
    db.execute("INSERT INTO search_terms (term, coding_id) SELECT term, coding_id FROM search_sorting ORDER BY term")
    db.execute("DROP TABLE search_sorting")
    db.execute("UPDATE search_layout SET sorted_rows = ?", [total])
    return True
