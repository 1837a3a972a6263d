"""The pages as HTML: each loads at its stable URL with its downloads, text is escaped, errors are pages."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from readout.cli import main

from ._support import SCRIPT, SCRIPT_ID

PAGES = {
    "/": "/api/documents",
    "/?q=wong&country=AUS&kind=meeting&since=2022&until=2023": "/api/documents",
    "/documents/cn-mfa-wang-yi-penny-wong-talks": "/api/documents/cn-mfa-wang-yi-penny-wong-talks",
    "/countries/KGZ": "/api/countries/KGZ",
    "/network": "/api/network",
    "/network?since=2022&kind=meeting": "/api/network",
    "/timeline?a=CHN&b=USA": "/api/timeline",
    "/stances": "/api/stances",
    "/stances?holder=USA&issue=TAIWAN": "/api/stances",
}


def html(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


@pytest.mark.parametrize("url", list(PAGES))
def test_page_loads_with_downloads(client: TestClient, url: str) -> None:
    page = html(client, url)
    links = {kind: unescape(href) for href, kind in re.findall(r'href="([^"]+)" data-download="(json|csv)"', page)}
    json_link, csv_link = links["json"], links["csv"]
    assert json_link.startswith(PAGES[url]) and csv_link.startswith(PAGES[url])
    assert client.get(json_link).status_code == 200
    download = client.get(csv_link)
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    assets = re.findall(r'<script[^>]* src="([^"]+)"|<link[^>]* href="([^"]+)"', page)
    assert {a or b for a, b in assets} >= {"/static/app.css", "/static/app.js"}
    assert all((a or b).startswith("/static/") for a, b in assets)  # everything served locally, no CDN


def test_interaction_page_marks_differences(client: TestClient) -> None:
    listed = client.get("/api/interactions?country=AUS&with=CHN&since=2022-12-21&until=2022-12-21").json()
    number = listed["interactions"][0]["interaction_id"]
    page = html(client, f"/interactions/{number}")
    assert page.count('class="doc-link"') == 3
    assert "title-differs" in page and "only-here" in page
    assert f'href="/api/interactions/{number}?format=csv"' in page


def test_document_page_highlights_claims(client: TestClient) -> None:
    page = html(client, "/documents/cn-mfa-wang-yi-penny-wong-talks")
    assert re.search(r'<span class="hl [^"]*stance[^"]*" data-claims="[^"]*s0', page)
    assert 'data-claim="s0"' in page and "interaction-link" in page


def test_text_is_escaped(client: TestClient) -> None:
    page = html(client, f"/documents/{SCRIPT_ID}")
    assert SCRIPT not in page and "<img src=x" not in page and "<b>Ministry" not in page
    assert "&lt;script&gt;alert(" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    search = html(client, "/?q=%3Cscript%3E")
    assert SCRIPT not in search and "&lt;script&gt;" in search
    assert (
        "<script>" not in html(client, "/?q=%3Cscript%3Ealert(1)%3C/script%3E").split("<main>")[1].split("</main>")[0]
    )


def test_country_names_redirect_to_codes(client: TestClient) -> None:
    response = client.get("/countries/Kyrgyzstan?since=2021", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/countries/KGZ?since=2021-01-01"


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/documents/no-such-document", 404),
        ("/interactions/987654321", 404),
        ("/countries/Atlantis", 404),
        ("/no-such-page", 404),
        ("/?since=2022-13", 422),
        ("/network?kind=party", 422),
        ("/timeline?a=CHN&b=CHN", 422),
        ("/stances?holder=Narnia&issue=TAIWAN", 422),
    ],
)
def test_errors_are_pages(client: TestClient, url: str, status: int) -> None:
    page = html(client, url, status)
    assert f"Error {status}" in page


def test_timeline_form_without_parties(client: TestClient) -> None:
    assert "Pick two states" in html(client, "/timeline")


def test_upload_page_says_read_only(client: TestClient) -> None:
    assert "read-only" in html(client, "/upload")


def test_static_files(client: TestClient) -> None:
    for name in ("app.css", "app.js", "network.js", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200


def test_serve_refuses_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.duckdb"), "--port", "0"]) == 2
    assert "no such database" in capsys.readouterr().err
