"""The locks on the web door: headers on every response, Host and Origin checks, the upload
token, malformed bodies and periods as 422s, formulas escaped in CSV, ids with ? and # in links,
and uploads coded in a worker within a time limit."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from readout.cli import main
from readout.ingest import read_documents
from readout.web.app import create_app
from readout.web.guard import allowed_hosts, host_name, is_loopback
from stores import BACKENDS, fresh_store

from ._support import PAIRS, build_store

TOKEN = "s3cret-token"
BASE = "http://127.0.0.1:8000"
READOUT = (
    "Foreign Minister Meets Counterpart\n\n"
    "On May 4, 2023, Foreign Minister Penny Wong of Australia held talks with Foreign Minister "
    "Yoshimasa Hayashi of Japan in Tokyo. The two ministers discussed trade, energy security and "
    "regional stability, and agreed to deepen cooperation between their countries.\n"
)
AUTH = {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_store(request.param, tmp_path_factory.mktemp("guard")) as url:
        build_store(url, read_documents([PAIRS]))
        yield url


@pytest.fixture(scope="module")
def guarded(store: str) -> Iterator[TestClient]:
    """What `readout serve --allow-ingest` on 127.0.0.1 runs: a token, loopback Host names only."""
    app = create_app(store, allow_ingest=True, token=TOKEN, hosts=allowed_hosts("127.0.0.1"))
    with TestClient(app, base_url=BASE) as client:
        yield client


def stored(client: TestClient) -> int:
    return int(client.get("/api/summary").json()["documents"])


def test_every_response_carries_the_security_headers(guarded: TestClient) -> None:
    responses = [
        guarded.get("/"),
        guarded.get("/api/summary"),
        guarded.get("/static/app.js"),
        guarded.get("/api/documents/no-such-document"),
        guarded.get("/api/events", params={"until": "2024-00"}),
        guarded.post("/api/documents", content=b"text"),
        guarded.get("/", headers={"host": "elsewhere.example"}),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 404, 422, 401, 400]
    for response in responses:
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"


def test_a_loopback_server_answers_loopback_names_only(guarded: TestClient) -> None:
    for host in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000", "localhost"):
        assert guarded.get("/api/summary", headers={"host": host}).status_code == 200, host
    for host in ("rebound.example:8000", "127.0.0.1.nip.io", "", "[::2]:8000"):
        refused = guarded.get("/api/summary", headers={"host": host})
        assert refused.status_code == 400 and "answers only to" in refused.json()["detail"], host
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("[::1]") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.org")
    assert allowed_hosts("0.0.0.0") is None and "localhost" in (allowed_hosts("::1") or ())
    assert host_name("[::1]:8000") == "::1" and host_name("Example.org:80") == "example.org"


def test_a_write_needs_the_token_and_this_site(guarded: TestClient) -> None:
    before = stored(guarded)
    plain = {"content-type": "text/plain"}
    for headers in ({}, {"authorization": "Bearer wrong"}, {"x-readout-token": "s3cret"}, {"authorization": TOKEN}):
        refused = guarded.post("/api/documents", content=READOUT.encode(), headers={**plain, **headers})
        assert refused.status_code == 401 and "token" in refused.json()["detail"], headers
    for headers in (
        {"origin": "http://evil.example"},  # the cross-origin text/plain form post
        {"origin": "null"},
        {"origin": "http://127.0.0.1:9999"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
    ):
        refused = guarded.post("/api/documents", content=READOUT.encode(), headers={**plain, **AUTH, **headers})
        assert refused.status_code == 403 and "another site" in refused.json()["detail"], headers
    assert stored(guarded) == before
    same_site = {"origin": BASE, "sec-fetch-site": "same-origin"}
    created = guarded.post("/api/documents", content=READOUT.encode(), headers={**plain, **AUTH, **same_site})
    assert created.status_code == 201, created.text
    again = guarded.post("/api/documents", content=READOUT.encode(), headers={**plain, "x-readout-token": TOKEN})
    assert again.status_code == 200 and stored(guarded) == before + 1


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ('{"text": "unterminated', 422, "not valid JSON"),
        ('{"text": "x", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}", 422, "nested too deeply"),
        ('{"id": ' + "1" * 5000 + ', "text": "x"}', 422, "'id' must be a non-empty string"),
        ('{"text": "\\ud800 and more"}', 422, "lone surrogate"),
        ('{"text": ' + json.dumps(READOUT) + ', "published": "2024-02-30"}', 422, "'published' is not a date"),
        ('{"text": ' + json.dumps(READOUT) + ', "title": "a\\u0000b"}', 422, "NUL"),
        ("[1, 2]", 422, "must be an object"),
        ('"just a string"', 422, "must be an object"),
    ],
)
def test_malformed_json_bodies_are_422(guarded: TestClient, body: str, status: int, detail: str) -> None:
    response = guarded.post(
        "/api/documents", content=body.encode(), headers={"content-type": "application/json", **AUTH}
    )
    assert response.status_code == status, response.text
    assert detail in response.json()["detail"]


def test_a_huge_number_in_an_ignored_field_costs_nothing(guarded: TestClient) -> None:
    body = '{"id": "huge-field", "text": ' + json.dumps(READOUT + "\nHuge.") + ', "n": ' + "9" * 5000 + "}"
    response = guarded.post(
        "/api/documents", content=body.encode(), headers={"content-type": "application/json", **AUTH}
    )
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("path", ["/api/events", "/api/documents", "/api/stances", "/api/network", "/api/people"])
@pytest.mark.parametrize("param", ["since", "until"])
@pytest.mark.parametrize("value", ["2024-00", "2024-00-10", "2024-02-30"])
def test_periods_that_are_no_date_are_422(guarded: TestClient, path: str, param: str, value: str) -> None:
    response = guarded.get(path, params={param: value})
    assert response.status_code == 422, (path, param, value, response.text)


@pytest.mark.parametrize("value", ["2024-00", "2024-02-30"])
def test_pages_never_fail_on_a_period(guarded: TestClient, value: str) -> None:
    for path in ("/", "/network", "/stances", "/interactions", "/map", "/countries/CHN"):
        for param in ("since", "until"):
            assert guarded.get(path, params={param: value}).status_code in (200, 422), (path, param)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/events", {"person": "x\x00"}),
        ("/api/people", {"person": "\x00"}),
        ("/api/documents", {"q": "a\x00b"}),
        ("/", {"q": "\x00"}),
        ("/", {"person": "\x00"}),
        ("/documents/a%00b", {}),
        ("/api/documents/a%00b", {}),
    ],
)
def test_a_nul_character_in_a_url_is_422_on_both_backends(
    guarded: TestClient, path: str, params: dict[str, str]
) -> None:
    response = guarded.get(path, params=params)
    if path.startswith("/api/"):
        assert response.status_code == 422 and "NUL" in response.json()["detail"], response.text
    else:  # a page answers with a page, as for its other errors (docs/web.md)
        assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")
        assert "NUL" in response.text and "<h1>Error 422</h1>" in response.text


def test_formulas_are_escaped_in_csv_and_odd_ids_are_linked(guarded: TestClient) -> None:
    doc = {"id": "odd?id#1", "title": '=HYPERLINK("http://evil.example")', "text": READOUT + "\nOdd."}
    created = guarded.post("/api/documents", json=doc, headers=AUTH)
    assert created.status_code == 201, created.text
    url = created.json()["url"]
    assert url == "/documents/odd%3Fid%231"
    page = guarded.get(url)
    assert page.status_code == 200 and 'href="/api/documents/odd%3Fid%231' in page.text
    rows: list[dict[str, Any]] = list(csv.DictReader(io.StringIO(guarded.get(f"/api{url}?format=csv").text)))
    assert rows
    listing = guarded.get("/api/documents", params={"format": "csv", "q": "Odd"}).text
    titles = [r["title"] for r in csv.DictReader(io.StringIO(listing)) if r.get("doc_id") == "odd?id#1"]
    assert titles == ['\'=HYPERLINK("http://evil.example")']


def test_a_slow_upload_is_refused_and_reads_go_on(store: str) -> None:
    """The coding worker's time limit (here far below what one document takes)."""
    app = create_app(store, allow_ingest=True, token=TOKEN, code_timeout=0.01)
    with TestClient(app) as client:
        before = stored(client)
        slow = client.post("/api/documents", content=(READOUT + "\nSlow.").encode(), headers=AUTH)
        assert slow.status_code == 422 and "took longer than the limit of 0.01 s" in slow.json()["detail"]
        assert stored(client) == before


def test_serve_refuses_uploads_on_an_open_address_without_a_token(
    duck_store: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append((app, kw)))
    monkeypatch.delenv("READOUT_TOKEN", raising=False)
    try:
        _serve_with_and_without_tokens(duck_store, capsys, monkeypatch, served)
    finally:  # the apps opened the store writable: close them, as uvicorn's shutdown would
        for app, _ in served:
            app.state.pool.close()
            app.state.coder.close()


def _serve_with_and_without_tokens(
    duck_store: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, served: list[Any]
) -> None:
    assert main(["serve", "--db", duck_store, "--host", "0.0.0.0", "--allow-ingest"]) == 2
    assert "refusing --allow-ingest on 0.0.0.0" in capsys.readouterr().err and not served
    assert main(["serve", "--db", duck_store, "--host", "0.0.0.0", "--allow-ingest", "--token", TOKEN]) == 0
    assert TOKEN not in capsys.readouterr().err
    assert main(["serve", "--db", duck_store, "--host", "127.0.0.1", "--allow-ingest"]) == 0
    err = capsys.readouterr().err
    token = err.split("upload token: ")[1].split()[0]
    assert len(token) >= 24 and f"/upload#token={token}" in err
    monkeypatch.setenv("READOUT_TOKEN", "from-the-environment")
    assert main(["serve", "--db", duck_store, "--host", "0.0.0.0", "--allow-ingest"]) == 0
    assert "upload token" not in capsys.readouterr().err
    with TestClient(served[-1][0]) as client:
        refused = client.post("/api/documents", content=READOUT.encode(), headers={"x-readout-token": TOKEN})
        assert refused.status_code == 401
