"""``POST /api/documents`` with ``--allow-ingest``: a readout is coded and stored; anything else is refused."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from readout.ingest import read_documents
from readout.web.app import create_app
from stores import BACKENDS, fresh_store

from ._support import PAIRS, build_store

LIMIT = 20_000
READOUT = (
    "Foreign Minister Meets Counterpart\n\n"
    "On May 4, 2023, Foreign Minister Penny Wong of Australia held talks with Foreign Minister "
    "Yoshimasa Hayashi of Japan in Tokyo. The two ministers discussed trade, energy security and "
    "regional stability, and agreed to deepen cooperation between their countries.\n"
)


@pytest.fixture(scope="module", params=BACKENDS)
def writable(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An app that accepts uploads (at most LIMIT bytes), over a small store of its own (shared by this module)."""
    with fresh_store(request.param, tmp_path_factory.mktemp("upload")) as url:
        build_store(url, read_documents([PAIRS]))
        with TestClient(create_app(url, allow_ingest=True, max_upload=LIMIT)) as client:
            yield client


def stored(client: TestClient) -> int:
    return int(client.get("/api/summary").json()["documents"])


def test_upload_a_readout(writable: TestClient) -> None:
    before = stored(writable)
    response = writable.post("/api/documents", content=READOUT.encode(), headers={"content-type": "text/plain"})
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["stored"] and data["events"] == 1 and data["doc_id"].startswith("upload-")
    doc = writable.get(f"/api/documents/{data['doc_id']}").json()
    assert doc["text"] == READOUT and doc["document"]["interactions"]
    assert writable.get(data["url"]).status_code == 200
    again = writable.post("/api/documents", content=READOUT.encode(), headers={"content-type": "text/plain"})
    assert again.status_code == 200 and again.json()["stored"] is False
    assert stored(writable) == before + 1


def test_upload_json_and_html(writable: TestClient) -> None:
    body = {"id": "my-readout", "text": READOUT, "title": "Wong meets Hayashi", "published": "2023-05-04"}
    response = writable.post("/api/documents", json=body)
    assert response.status_code == 201 and response.json()["doc_id"] == "my-readout"
    assert writable.get("/api/documents/my-readout").json()["document"]["published"] == "2023-05-04"
    clash = writable.post("/api/documents", json={**body, "text": READOUT + "\nMore."})
    assert clash.status_code == 409 and "taken" in clash.json()["detail"]
    page = f"<html><head><title>Talks</title></head><body><article><p>{READOUT}</p></article></body></html>"
    html = writable.post("/api/documents?id=from-html", content=page.encode(), headers={"content-type": "text/html"})
    assert html.status_code == 201 and html.json()["doc_id"] == "from-html"


@pytest.mark.parametrize(
    ("body", "content_type", "status", "message"),
    [
        (b"x" * (LIMIT + 1), "text/plain", 413, "over the limit"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "image/png", 415, "binary"),
        (b"\x00\x01\x02 readout", "text/plain", 415, "binary"),
        (b"\xff\xfe caf\xe9 talks " * 20, "text/plain", 415, "UTF-8"),
        (
            "Le ministre des Affaires étrangères a rencontré son homologue à Paris pour discuter de la "
            "coopération entre les deux pays dans les domaines du commerce et de la culture.".encode(),
            "text/plain",
            422,
            "English",
        ),
        (
            b"The weather in the capital was mild on Tuesday, with light winds from the west and a few "
            b"showers in the afternoon. Temperatures will rise over the weekend across the whole region.",
            "text/plain",
            422,
            "not a readout",
        ),
        (b"   \n  ", "text/plain", 422, "empty"),
        (b'{"text": 5}', "application/json", 422, "'text' must be a string"),
        (b"[1, 2]", "application/json", 422, "object"),
        (b"{nope", "application/json", 422, "not valid JSON"),
        (json.dumps({"text": READOUT, "published": "2023-02-30"}).encode(), "application/json", 422, "published"),
        (READOUT.encode(), "application/pdf", 415, "unsupported type"),
    ],
)
def test_refused_uploads(writable: TestClient, body: bytes, content_type: str, status: int, message: str) -> None:
    before = stored(writable)
    response = writable.post("/api/documents", content=body, headers={"content-type": content_type})
    assert response.status_code == status, response.text
    assert message in response.json()["detail"]
    assert stored(writable) == before  # nothing stored


def test_declared_size_is_refused_before_reading(writable: TestClient) -> None:
    response = writable.post(
        "/api/documents", content=b"tiny", headers={"content-type": "text/plain", "content-length": str(LIMIT * 10)}
    )
    assert response.status_code in (400, 413)
