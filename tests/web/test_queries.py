"""The web app's own queries against the analyses they stand for, on each backend."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from readout.analyse.stances import stance_cells
from readout.store import open_store
from readout.web import views
from readout.web.queries import stance_matrix_json


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
