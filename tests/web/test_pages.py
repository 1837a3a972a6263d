"""The pages as HTML: each loads at its stable URL with its downloads, text is escaped, errors are pages."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

import pytest
from fastapi.testclient import TestClient

from readout.cli import main
from readout.web.pages import cameo_labels

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


def test_codes_have_human_labels(client: TestClient) -> None:
    listed = client.get("/api/interactions?country=AUS&with=CHN&since=2022-12-21&until=2022-12-21").json()
    number = listed["interactions"][0]["interaction_id"]
    data = client.get(f"/api/interactions/{number}").json()
    page = html(client, f"/interactions/{number}")
    cameo = data["reports"][0]["event"]["cameo"]
    assert cameo and cameo_labels()[cameo] in unescape(page)  # CAMEO codes with what they mean (cameo.tsv)
    assert "a visit" in page and "Australia" in page and "China" in page  # the mode and the states in words
    search = html(client, "/?country=AUS")
    assert "TAIWAN · Taiwan question" in unescape(search)  # issue codes with their description (issues.tsv)


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


def test_person_page(client: TestClient) -> None:
    (blinken,) = client.get("/api/people?q=blinken").json()["people"]
    page = html(client, f"/people/{blinken['person_id']}")
    assert "Antony J. Blinken" in page and "Offices held" in page
    assert page.count('class="interaction-link"') == blinken["interactions"]
    search = html(client, "/?q=blinken")
    assert f'href="/people/{blinken["person_id"]}"' in search
    assert f'href="/people/{blinken["person_id"]}"' in html(client, "/interactions?person=blinken")
    html(client, "/people/987654321", 404)


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
    ],
)
def test_errors_are_pages(client: TestClient, url: str, status: int) -> None:
    page = html(client, url, status)
    assert f"Error {status}" in page


# Every form as a browser sends it with nothing filled in: every field present and blank.
BLANK_FORMS = [
    "/?q=&country=&with=&kind=&since=&until=&person=&issue=&publisher=",
    "/countries/AUS?kind=&since=&until=&person=&issue=&publisher=",
    "/network?country=&kind=&since=&until=&person=&issue=&publisher=",
    "/timeline?a=CHN&b=USA&kind=&since=&until=",
    "/stances?target=&since=&until=",
    "/interactions?country=&with=&kind=&since=&until=&person=&issue=&publisher=",
]


@pytest.mark.parametrize("url", BLANK_FORMS)
def test_blank_fields_are_no_filter(client: TestClient, url: str) -> None:
    blank = html(client, url)
    bare = html(client, url.split("?")[0] + ("?a=CHN&b=USA" if url.startswith("/timeline") else ""))
    assert 'class="field-error"' not in blank
    main = re.compile(r"<main>(.*)</main>", re.S)
    assert _results(main.search(blank)[1]) == _results(main.search(bare)[1])  # the same results as no form at all


def _results(main: str) -> list[str]:
    """The links a page lists (to documents, interactions, countries), in order."""
    return re.findall(r'href="/(?:documents|interactions|countries)/[^"]*"', main)


@pytest.mark.parametrize(
    ("url", "field", "message"),
    [
        ("/?q=sanctions&since=2022-13&country=AUS", "since", "is not a date"),
        ("/?since=2023&until=2022", "until", "is before since"),
        ("/network?kind=party&since=2022", "kind", "is not a kind of interaction"),
        ("/countries/KGZ?issue=NOPE", "issue", "is not an issue code"),
        ("/timeline?a=CHN&b=CHN", "b", "two different parties"),
        ("/stances?holder=Narnia&issue=TAIWAN", "holder", "is not a known state"),
        ("/interactions?publisher=Narnia&kind=call", "publisher", "is not a known state"),
    ],
)
def test_a_wrong_field_is_marked_and_values_kept(client: TestClient, url: str, field: str, message: str) -> None:
    page = html(client, url, 422)
    assert "Error 422" not in page
    label = re.search(
        rf'<label class="field has-error">[^<]*<(?:input|select)[^>]* name="{field}"(.*?)</label>', page, re.S
    )
    assert label is not None, page
    assert message in unescape(label[1])
    for name, value in re.findall(r"[?&]([a-z]+)=([^&]*)", url):
        if name != "issue" and name != "kind":
            assert f'name="{name}" value="{value}"' in page  # every typed value is kept, the wrong one too


def test_date_filter_counts_undated_records(client: TestClient) -> None:
    every = client.get("/api/documents?limit=1").json()["total"]
    dated = client.get("/api/documents?since=1900&limit=1").json()["total"]
    assert dated < every  # the corpus holds undated documents (a readout without a date)
    page = html(client, "/?since=1900")
    note = re.search(r'<p class="undated">(\d+) documents? with no known date', page)
    assert note is not None and int(note[1]) == every - dated
    assert 'class="undated"' not in html(client, "/")


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


def test_the_page_pieces_escape_stored_text() -> None:
    from readout.web.pages import kind, matrix_rows, parties, partner_chips, party, stance_cell

    bad = '<b onclick="x">&'
    for piece in (
        party(bad),
        parties([bad, "CHN", None]),
        kind(bad),
        partner_chips(bad, [{"partner": bad, "interactions": 2}]),
        matrix_rows(
            {"holders": [bad], "issues": [bad, "TAIWAN"]},
            {(bad, bad): {"supports": 1, "opposes": 2}},
            {bad: "%3Cb", "TAIWAN": "TAIWAN"},
            "?target=<i>&",
            bad,
            bad,
        ),
    ):
        assert "<b" not in piece and "<i>" not in piece and "&lt;b onclick=&#34;x&#34;&gt;&amp;" in piece
    assert party(None) == "?" and parties(["CHN", None]).endswith(", ?")
    assert stance_cell({"supports": 0, "opposes": 3}) == ' <span class="opp">−3</span>'


def test_every_page_escapes_stored_text(client: TestClient) -> None:
    """The hostile readout's title and text are on many pages: nowhere as markup."""
    doc = client.get(f"/api/documents/{SCRIPT_ID}").json()
    record = doc["record"]
    wang = client.get("/api/people?q=wang yi").json()["people"][0]
    urls = ["/", "/?q=wang", f"/?q={SCRIPT}", "/interactions", "/network", "/map", "/stances", "/countries/CHN"]
    urls += ["/timeline?a=CHN&b=AUS", f"/people/{wang['person_id']}", f"/documents/{SCRIPT_ID}"]
    urls += [f"/interactions/{i}" for i in doc["document"]["interactions"]]
    urls += [f"/stances?holder={s['holder']}&issue={s['issue']}" for s in record["stances"]]
    shown = []
    for url in urls:
        page = html(client, url)
        main = page.split("<main>")[1].split("</main>")[0] if "<main>" in page else page
        assert SCRIPT not in page and "<img src=x" not in page and "<script>alert" not in main, url
        if "&lt;script&gt;alert(" in page:
            shown.append(url)
    assert len(shown) >= 4, shown  # the text is there, escaped


def test_a_place_of_the_map_lists_its_interactions(client: TestClient) -> None:
    """The map's table links each place to the interactions that took place there, the map's filters kept."""
    places = client.get("/api/places?country=CHN").json()["places"]
    counts: dict[str, int] = {}
    for p in places:
        if p["place"]:
            counts[p["place"]] = counts.get(p["place"], 0) + p["interactions"]
    assert len(counts) >= 2
    page = html(client, "/map?country=CHN")
    for place, n in counts.items():
        link = f'href="/interactions?country=CHN&amp;place={quote_plus(place)}"'
        assert link in page, place
        listed = client.get(f"/api/interactions?country=CHN&place={quote_plus(place)}&limit=500").json()
        assert listed["total"] == n and {i["place"] for i in listed["interactions"]} == {place}
        assert all("CHN" in i["parties"] for i in listed["interactions"])


def test_a_filter_from_a_link_is_named_and_kept_by_the_form(client: TestClient) -> None:
    """A person (from their page) or a place (from the map) narrows the table: the page says so, links to the
    table without it, and the form keeps it (a hidden field) with the table's order when other fields change."""
    (blinken,) = client.get("/api/people?q=blinken").json()["people"]
    pid = blinken["person_id"]
    page = html(client, f"/interactions?person_id={pid}&sort=-reports")
    form = page.split('<form class="filters"')[1].split("</form>")[0]
    assert f'<input type="hidden" name="person_id" value="{pid}">' in form
    assert '<input type="hidden" name="sort" value="-reports">' in form
    note = page.split('<p class="scope">')[1].split("</p>")[0]
    assert "Antony Blinken" in note and 'href="/interactions?sort=-reports"' in note
    page = html(client, "/interactions?place=Beijing")
    assert '<input type="hidden" name="place" value="Beijing">' in page and "took place in <b>Beijing</b>" in page
    assert "no such person" in html(client, "/interactions?person_id=987654321")
    assert 'class="scope"' not in html(client, "/interactions")


def _stance_years(client: TestClient, url: str) -> dict[str, Any]:
    page = html(client, url)
    return dict(json.loads(unescape(page.split('id="stance-years-data">')[1].split("</script>")[0])))


@pytest.mark.parametrize("which", ["holder", "issue"])
def test_stances_over_time_for_a_holder_or_an_issue(client: TestClient, which: str) -> None:
    """A holder alone (or an issue alone) gets their stances per year, by issue (by holder): the documents the
    cells' sentences give, counted per year and alignment (the busiest six series, the rest as "other")."""
    holder, issue = ("USA", None) if which == "holder" else (None, "TAIWAN")
    years = _stance_years(client, f"/stances?{which}={holder or issue}")
    assert years["by"] == ("issue" if holder else "holder") and years["rows"]
    cells = client.get("/api/stances" + (f"?holder={holder}" if holder else "")).json()["cells"]
    cells = [c for c in cells if (c["holder"] == holder if holder else c["issue"] == issue)]
    expected: dict[tuple[int, str, str], set[str]] = {}
    for cell in cells:
        said = client.get(f"/api/stances/sentences?holder={cell['holder']}&issue={cell['issue']}").json()["stances"]
        series = cell["issue"] if holder else cell["holder"]
        series = series if series in years["series"] else "other"
        for s in said:
            if s["date"]:
                expected.setdefault((int(s["date"][:4]), series, s["alignment"]), set()).add(s["doc_id"])
    got = {(r["year"], r["series"], r["alignment"]): r["documents"] for r in years["rows"]}
    assert got == {k: len(v) for k, v in expected.items()}
    assert "stances over time" in html(client, f"/stances?{which}={holder or issue}")
    assert 'id="stance-years-data"' not in html(client, "/stances")  # the whole matrix: no chart


def test_a_pairs_page_has_levels_and_topics(client: TestClient) -> None:
    page = html(client, "/timeline?a=CHN&b=USA")
    assert 'id="pair-levels-data"' in page and "By level" in page
    topics = client.get("/api/topics?country=CHN&with=USA").json()["topics"]
    assert topics and f'href="/?country=CHN&amp;with=USA&amp;issue={topics[0]["issue"]}"' in page
