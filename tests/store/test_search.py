"""The full-text index: stems, phrases, only current codings, and stores migrated to it."""

from __future__ import annotations

from readout.model import Document, Record
from readout.store import Backend, open_store
from readout.store.backends import connect
from readout.store.documents import doc_key
from readout.store.interactions import link_interactions
from readout.store.migrations import MIGRATIONS, applied_versions, migrate
from readout.store.search import conditions, keep_sorted, parse_query, stem, terms_of
from readout.store.writer import Coded, store_new


def _store(db: Backend, doc_id: str, text: str, title: str | None = None) -> None:
    doc = Document(doc_id, text, title=title)
    store_new(db, [Coded(doc, doc_key(doc), Record(doc_id, title, True, [], [], [], [], engine="test"))])


def _search(db: Backend, q: str) -> set[str]:
    clauses = conditions(parse_query(q))
    where = " AND ".join(f"({c})" for c, _ in clauses) or "TRUE"
    params = [p for _, ps in clauses for p in ps]
    sql = f"SELECT d.doc_id FROM documents d JOIN codings c ON c.doc_key = d.doc_key AND c.current WHERE {where}"
    return {doc_id for (doc_id,) in db.query(sql, params)}


TEXTS = {
    "sanctioned": "The ministers discussed the re-export of sanctioned goods through Central Asia.",
    "sanctions": "China opposes unilateral sanctions and long-arm jurisdiction.",
    "policy": "Australia adheres to the one-China policy, the minister said.",
    "policies": "The two sides compared their China policies and trade policy.",
}


def test_stems_and_phrases(db: Backend) -> None:
    for doc_id, text in TEXTS.items():
        _store(db, doc_id, text, title=f"Readout {doc_id}")
    link_interactions(db)
    assert _search(db, "sanctions") == _search(db, "SANCTIONED") == {"sanctioned", "sanctions"}
    assert _search(db, "sanction goods") == {"sanctioned"}  # every word must match
    assert _search(db, "policy") == {"policy", "policies"}
    assert _search(db, '"one-China policy"') == {"policy"}  # a phrase: its words in that order
    assert _search(db, '"China policy" minister') == {"policy"}
    assert _search(db, '"policy minister"') == set()
    assert _search(db, '"China policies"') == {"policy", "policies"}  # each word by its stem, as phraseto_tsquery
    assert _search(db, '"policy China"') == set()
    assert _search(db, "China's") == {"sanctions", "policy", "policies"}
    assert _search(db, "readout") == set(TEXTS)  # titles are indexed too


def test_only_current_codings_are_indexed(db: Backend) -> None:
    _store(db, "a", "The leaders spoke about sanctions.")
    link_interactions(db)
    _store(db, "a", "The leaders spoke about fisheries.")  # version 2 replaces version 1
    link_interactions(db)
    assert _search(db, "sanctions") == set() and _search(db, "fishery") == {"a"}
    indexed = db.query("SELECT COUNT(DISTINCT coding_id) FROM search_terms")[0][0]
    assert indexed == 1 and db.query("SELECT COUNT(*) FROM search_indexed")[0][0] == 1


def test_a_store_before_the_index_gets_indexed(store_url: str) -> None:
    db = connect(store_url)
    try:
        migrate(db, MIGRATIONS[:2])
        _store(db, "old", "Talks on sanctions relief.")
    finally:
        db.close()
    db = open_store(store_url)
    try:
        assert applied_versions(db) == {m.version for m in MIGRATIONS}
        assert _search(db, "sanctioned") == set()  # not indexed before its next writing command
        link_interactions(db)
        assert _search(db, "sanctioned") == {"old"}
    finally:
        db.close()


def test_terms() -> None:
    assert stem("sanctions") == stem("sanctioned") == stem("Sanctioning")
    assert stem("China's") == stem("China") and stem("China’s") == "china"
    pairs = {"one china", "china polici", "polici polici"}  # adjacent stems: the phrases
    assert terms_of("One-China policy; policies.") == {"one", "china", "polici"} | pairs
    q = parse_query('  "one-China  policy" sanctions "" ')
    assert q.phrases == ("one-China policy",) and set(q.stems) == {"sanction", "one", "china", "polici"}
    assert q.terms == ("sanction", "one china", "china polici")  # what every match holds in the index
    assert not parse_query("  ") and not parse_query('""')


def test_the_index_kept_in_term_order(db: Backend) -> None:
    for doc_id, text in TEXTS.items():
        _store(db, doc_id, text)
    link_interactions(db)
    if db.kind == "duckdb":  # DuckDB reads a term's rows from the few row groups holding it
        assert keep_sorted(db, force=True)
        terms = [t for (t,) in db.query("SELECT term FROM search_terms")]
        assert terms == sorted(terms) and db.query("SELECT sorted_rows FROM search_layout")[0][0] == len(terms)
        assert not keep_sorted(db)  # nothing appended since
    assert _search(db, "sanctions") == {"sanctioned", "sanctions"} and _search(db, '"one-China policy"') == {"policy"}
