"""The web app's own queries against the analyses they stand for, on each backend."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from readout.analyse.stances import stance_cells
from readout.store import open_store
from readout.store.search import parse_query
from readout.web import views
from readout.web.queries import document, snippet, stance_matrix_json


def test_stance_matrix_json_is_the_cells(web_store: str) -> None:
    with open_store(web_store, create=False, read_only=True) as db:
        cells = stance_cells(db)
        holders, issues, text = stance_matrix_json(db)
        assert cells and json.loads(text) == cells
        assert holders == sorted({c["holder"] for c in cells}) and issues == sorted({c["issue"] for c in cells})
        holder = cells[-1]["holder"]
        assert json.loads(stance_matrix_json(db, holder)[2]) == stance_cells(db, holder=holder)
        assert stance_matrix_json(db, "NOWHERE") == ([], [], "[]")


def test_the_matrix_api_serves_the_view(web_store: str, client: TestClient) -> None:
    """/api/stances (its JSON written by the database) says what the stance view says."""
    with open_store(web_store, create=False, read_only=True) as db:
        for holder in (None, "USA"):
            want = json.loads(json.dumps(views.stances(db, holder, None, None, None).data, default=str))
            assert json.loads(views.stance_matrix_body(db, holder)) == want
            assert client.get("/api/stances", params={"holder": holder or ""}).json() == want


def test_a_document_in_one_query_has_its_versions_and_interactions(web_store: str) -> None:
    with open_store(web_store, create=False, read_only=True) as db:
        linked = db.query(
            "SELECT d.doc_id, r.coding_id FROM interaction_reports r JOIN codings c ON c.coding_id = r.coding_id "
            "AND c.current JOIN documents d ON d.doc_key = c.doc_key ORDER BY d.doc_id LIMIT 1"
        )
        assert linked
        doc_id, coding_id = linked[0]
        doc = document(db, doc_id)
        assert doc is not None and doc["coding_id"] == coding_id
        links = db.query(
            "SELECT event_ordinal, interaction_id FROM interaction_reports WHERE coding_id = ?", [coding_id]
        )
        assert doc["event_interactions"] == {int(o): int(i) for o, i in links}
        assert doc["interactions"] == sorted({int(i) for _, i in links})
        versions = db.query("SELECT version FROM documents WHERE doc_id = ? ORDER BY version", [doc_id])
        assert doc["versions"] == [int(v) for (v,) in versions]
        assert document(db, "no such document") is None


def test_a_phrases_snippet_is_around_the_phrase_as_search_finds_it() -> None:
    text = "One of the first visits. " + "Filler words here. " * 30 + "Both reaffirmed the one-China policy's weight."
    cut = snippet(text, parse_query('"one China policy"'), width=80)
    assert "one-China policy" in cut and "One of the first" not in cut
    assert "first visits" in snippet(text, parse_query("visited"), width=40)
