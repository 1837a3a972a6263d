"""The REST API on the web corpus, on DuckDB and (with READOUT_TEST_PG) PostgreSQL: answers, paging, errors."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient

from readout.analyse.events import interactions as analyse_interactions
from readout.analyse.filters import InteractionFilter
from readout.analyse.network import network_of
from readout.analyse.output import plain
from readout.store import open_store
from readout.store.records import load_record
from readout.web import queries

from ._support import HOSTILE, SCRIPT_ID, SEED, SEED_ID, SEED_SKIP

PAIR = ("cn-mfa-wang-yi-penny-wong-talks", "au-dfat-wong-visit-to-china")


def get(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:500])
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def rows_of(client: TestClient, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(response.text)))


def test_summary(client: TestClient) -> None:
    data = get(client, "/api/summary")
    assert data["documents"] >= 31 and data["interactions"] > 0 and data["allow_ingest"] is False


def test_documents_page_and_search(client: TestClient) -> None:
    everything = get(client, "/api/documents?limit=500")
    assert everything["total"] == len(everything["documents"]) >= 31
    dates = [d["date"] for d in everything["documents"] if d["date"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    first, second = get(client, "/api/documents?limit=3"), get(client, "/api/documents?limit=3&offset=3")
    assert [d["doc_id"] for d in first["documents"] + second["documents"]] == [
        d["doc_id"] for d in everything["documents"][:6]
    ]
    assert get(client, "/api/documents?offset=100000")["documents"] == []
    # full text: title and text any case, and participants' names
    blinken = get(client, "/api/documents?q=BLINKEN&limit=500")
    assert blinken["total"] >= 3 and all("blinken" in d["snippet"].lower() for d in blinken["documents"])
    assert get(client, "/api/documents?q=penny%20wong")["total"] >= 3
    assert get(client, "/api/documents?q=zzzqqq")["total"] == 0
    assert get(client, "/api/documents?q=100%25")["total"] == 0  # % is a literal, not a wildcard


def test_document_filters(client: TestClient) -> None:
    calls = get(client, "/api/documents?kind=call&limit=500")["documents"]
    assert calls and all(d["events"] >= 1 for d in calls)
    kgz = {d["doc_id"] for d in get(client, "/api/documents?country=Kyrgyzstan&limit=500")["documents"]}
    assert kgz == {d["doc_id"] for d in get(client, "/api/documents?country=KGZ&limit=500")["documents"]}
    assert "ex-026" in kgz
    year = get(client, "/api/documents?since=2022&until=2022&limit=500")["documents"]
    assert year and all(d["date"].startswith("2022") for d in year)
    taiwan = get(client, "/api/documents?issue=taiwan&limit=500")
    assert taiwan["total"] >= 3 and taiwan["filter"]["issue"] == "TAIWAN"
    both = get(client, "/api/documents?country=AUS&with=CHN&limit=500")["documents"]
    assert {PAIR[0], PAIR[1]} <= {d["doc_id"] for d in both}


def test_document_with_record_and_claims(client: TestClient, web_store: str) -> None:
    data = get(client, f"/api/documents/{PAIR[0]}")
    doc = data["document"]
    assert doc["doc_id"] == PAIR[0] and doc["version"] == 1 and doc["interactions"]
    with open_store(web_store, create=False, read_only=True) as db:
        assert data["record"] == plain(load_record(db, doc["coding_id"]).to_dict())
    text = data["text"]
    stances = [c for c in data["claims"] if c["kind"] == "stance"]
    assert stances and all(0 <= a < b <= len(text) for c in data["claims"] for a, b in c["spans"])
    rows = rows_of(client, f"/api/documents/{PAIR[0]}?format=csv")
    assert rows and all(text[int(r["start"]) : int(r["end"])] == r["quote"] for r in rows)
    assert {r["kind"] for r in rows} >= {"event", "stance", "topic"}


def test_document_text_is_returned_as_given(client: TestClient) -> None:
    data = get(client, f"/api/documents/{SCRIPT_ID}")
    assert data["text"] == HOSTILE.text and data["document"]["title"] == HOSTILE.title


def test_events_are_the_command_lines(client: TestClient, web_store: str) -> None:
    data = get(client, "/api/events?country=CHN&limit=500")
    with open_store(web_store, create=False, read_only=True) as db:
        expected = plain(analyse_interactions(db, InteractionFilter(parties=("CHN",))))
    assert data["interactions"] == expected and data["total"] == len(expected)
    page = get(client, "/api/events?country=CHN&limit=2&offset=1")
    assert page["interactions"] == expected[1:3] and page["total"] == len(expected)
    calls = get(client, "/api/events?kind=call&since=2022-01&until=2024-12-31")["interactions"]
    assert calls and all(i["kind"] == "call" and "2022" <= i["date"][:4] <= "2024" for i in calls)
    wang = get(client, "/api/events?person=wang%20yi&limit=500")["interactions"]
    assert wang and all(any("Wang Yi" in (p["name"] or "") for p in i["participants"]) for i in wang)
    rows = rows_of(client, "/api/events?country=CHN&limit=500&format=csv")
    assert len(rows) == len(expected) and rows[0]["interaction_id"] == str(expected[0]["interaction_id"])


def _pair_interaction(client: TestClient) -> int:
    found = get(client, "/api/interactions?country=AUS&with=CHN&kind=meeting&since=2022-12-21&until=2022-12-21")
    (one,) = found["interactions"]
    assert one["reports"] == 3
    return int(one["interaction_id"])


def test_interactions_side_by_side(client: TestClient) -> None:
    listed = get(client, "/api/interactions?limit=500")
    assert listed["total"] == len(listed["interactions"]) > 0
    number = _pair_interaction(client)
    data = get(client, f"/api/interactions/{number}")
    assert data["parties"] == ["AUS", "CHN"] and len(data["reports"]) == 3
    assert {r["doc_id"] for r in data["reports"]} >= set(PAIR)
    # the reports differ in how they title Penny Wong and in what they raise
    assert any(d["field"] == "title" and d["person"] == "Penny Wong" for d in data["differences"])
    assert any(p["title_differs"] for r in data["reports"] for p in r["participants"])
    assert any(r["only_here"] for r in data["reports"]) and "TRADE" in data["shared_topics"]
    rows = rows_of(client, f"/api/interactions/{number}?format=csv")
    assert len(rows) == 3 and all(r["interaction_id"] == str(number) for r in rows)


def test_interaction_table(client: TestClient) -> None:
    every = get(client, "/api/interactions?limit=500")["interactions"]
    events = {i["interaction_id"]: i for i in get(client, "/api/events?limit=500")["interactions"]}
    assert {i["interaction_id"] for i in every} == set(events)
    for row in every:  # the same place, participants and documents as `readout events`
        event = events[row["interaction_id"]]
        people = [{k: v for k, v in p.items() if k != "person_id"} for p in row["participants"]]
        assert (row["place"], people, row["documents"]) == (event["place"], event["participants"], event["documents"])
        assert row["reports"] == len(row["documents"])
    by_reports = [i["reports"] for i in get(client, "/api/interactions?sort=-reports&limit=500")["interactions"]]
    assert by_reports == sorted(by_reports, reverse=True) and by_reports[0] == 3
    newest = [i["date"] for i in get(client, "/api/interactions?sort=-date&limit=500")["interactions"] if i["date"]]
    assert newest == sorted(newest, reverse=True)
    by_place = get(client, "/api/interactions?sort=place&limit=500")["interactions"]
    places = [i["place"] for i in by_place if i["place"]]
    assert places == sorted(places)
    pair = get(client, "/api/interactions?country=AUS&with=CHN&publisher=Australia&limit=500")["interactions"]
    assert pair and all({"AUS", "CHN"} <= set(i["parties"]) for i in pair)
    assert all(any(d.startswith("au-") for d in i["documents"]) for i in pair)
    assert any(p["title"] for i in pair for p in i["participants"])
    blank = get(client, "/api/interactions?country=&with=&kind=&since=&until=&person=&issue=&publisher=&limit=500")
    assert blank["interactions"] == every and blank["undated"] == 0
    dated = get(client, "/api/interactions?since=1900&limit=500")
    assert dated["undated"] == sum(1 for i in every if i["date"] is None) > 0
    assert dated["total"] + dated["undated"] == len(every)
    rows = rows_of(client, "/api/interactions?sort=-reports&format=csv&limit=500")
    assert [int(r["reports"]) for r in rows] == by_reports and "participants" in rows[0]


def test_one_person_across_name_variants(client: TestClient) -> None:
    (blinken,) = get(client, "/api/people?q=blinken")["people"]
    assert blinken["name"] == "Antony Blinken" and {"Antony Blinken", "Antony J. Blinken"} <= set(blinken["names"])
    one = get(client, f"/api/people/{blinken['person_id']}")
    assert one["person"] == blinken and {o["title"] for o in one["offices"]} == set(blinken["titles"])
    met = one["interactions"]
    assert len(met) == one["interactions_total"] == blinken["interactions"]
    # every interaction names him, under one name or another, and the table filter gives the same list
    assert all(any(p["person_id"] == blinken["person_id"] for p in i["participants"]) for i in met)
    named = {p["name"] for i in met for p in i["participants"] if p["person_id"] == blinken["person_id"]}
    assert named == set(blinken["names"])
    table = get(client, f"/api/interactions?person_id={blinken['person_id']}&limit=500")["interactions"]
    assert [i["interaction_id"] for i in table] == [i["interaction_id"] for i in met]
    assert all(s["speaker"] in blinken["names"] for s in one["statements"])
    # per year: what the table filtered to that year lists (undated ones counted apart)
    assert sum(y["interactions"] for y in one["years"]) == len(met)
    for y in one["years"]:
        if y["year"] is None:
            assert y["interactions"] == sum(1 for i in met if i["date"] is None)
            continue
        url = f"/api/interactions?person_id={blinken['person_id']}&since={y['year']}&until={y['year']}"
        assert (
            get(client, url)["total"]
            == y["interactions"]
            == sum(1 for i in met if str(i["date"]).startswith(str(y["year"])))
        )
    get(client, "/api/people/987654321", 404)
    rows = rows_of(client, f"/api/people/{blinken['person_id']}?format=csv")
    assert len(rows) == len(met)


def test_pair_stances(client: TestClient) -> None:
    stances = get(client, "/api/timeline?a=CHN&b=USA")["stances"]
    assert stances and all({s["holder"], s["target"]} == {"CHN", "USA"} for s in stances)
    totals: dict[tuple[str, str, str, str], int] = {}
    for s in stances:
        key = (s["holder"], s["target"], s["issue"], s["alignment"])
        totals[key] = totals.get(key, 0) + s["documents"]
    for (holder, target, issue, alignment), n in totals.items():  # the same documents as the cell's sentences
        url = f"/api/stances/sentences?holder={holder}&issue={issue}&target={target}&alignment={alignment}"
        assert len({x["doc_id"] for x in get(client, url)["stances"]}) == n


def test_people(client: TestClient) -> None:
    wang = get(client, "/api/people?q=wang")
    assert wang["people"] and all("wang" in p["name"].lower() for p in wang["people"])
    aus = get(client, "/api/people?country=AUS&limit=500")["people"]
    assert aus and all(p["represents"] == "AUS" for p in aus)
    assert get(client, "/api/people?limit=1&offset=1")["people"] != get(client, "/api/people?limit=1")["people"]


def test_stances_matrix_and_sentences(client: TestClient) -> None:
    matrix = get(client, "/api/stances")
    assert matrix["holders"] and matrix["issues"]
    cell = next(c for c in matrix["cells"] if c["holder"] == "USA" and c["issue"] == "TAIWAN")
    found = get(client, "/api/stances/sentences?holder=USA&issue=TAIWAN")
    docs = {s["doc_id"] for s in found["stances"]}
    assert len(docs) == cell["supports"] + cell["opposes"] or len(docs) >= max(cell["supports"], cell["opposes"])
    for stance in found["stances"]:
        text = get(client, f"/api/documents/{stance['doc_id']}")["text"]
        for e in stance["evidence"]:
            assert text[e["start"] : e["end"]] == e["quote"]
            assert e["before"] + e["quote"] + e["after"] in text
    only = get(client, "/api/stances?holder=USA")
    assert only["holders"] == ["USA"]
    received = get(client, "/api/stances?target=CHN")["cells"]
    assert received and all("CHN" in c["targets"] for c in received)
    assert rows_of(client, "/api/stances/sentences?holder=USA&issue=TAIWAN&format=csv")


def test_topics_network_timeline(client: TestClient, web_store: str) -> None:
    topics = get(client, "/api/topics")["topics"]
    counts = [t["documents"] for t in topics]
    assert counts == sorted(counts, reverse=True) and all(t["description"] for t in topics)
    net = get(client, "/api/network?since=2022&until=2023")
    with open_store(web_store, create=False, read_only=True) as db:
        from readout.analyse.filters import period_end, period_start

        flt = InteractionFilter(since=period_start("2022"), until=period_end("2023"))
        expected = network_of(db, flt)
    assert net["nodes"] == plain(expected.nodes) and net["edges"] == plain(expected.edges)
    assert rows_of(client, "/api/network?format=csv")[0].keys() >= {"source", "target", "weight"}
    tl = get(client, "/api/timeline?a=China&b=usa")
    assert (tl["a"], tl["b"], tl["a_name"]) == ("CHN", "USA", "China") and tl["total"] == len(tl["interactions"]) >= 3


def test_country(client: TestClient) -> None:
    kgz = get(client, "/api/countries/KGZ")
    assert kgz["name"] == "Kyrgyzstan" and kgz["interactions"] >= 3
    assert {p["partner"] for p in kgz["partners_by_year"]} >= {"KAZ", "USA"}
    assert kgz["recent_interactions"] and kgz["top_issues"]
    assert get(client, "/api/countries/china")["code"] == "CHN"
    rows = rows_of(client, "/api/countries/KGZ?format=csv")
    assert rows and rows[0].keys() == {"year", "partner", "interactions"}
    # Partners by year: per year, the interactions of the country's that each other party took part in.
    for code in ("KGZ", "CHN", "USA"):
        answer = get(client, f"/api/interactions?country={code}&limit=500")
        listed = answer["interactions"]
        assert answer["total"] == len(listed)
        counted: dict[tuple[Any, str], int] = {}
        for i in listed:
            year = int(i["date"][:4]) if i["date"] else None
            for partner in i["parties"]:
                if partner != code:
                    counted[year, partner] = counted.get((year, partner), 0) + 1
        found = get(client, f"/api/countries/{code}")["partners_by_year"]
        assert {(p["year"], p["partner"]): p["interactions"] for p in found} == counted and counted


def test_seed_stances(client: TestClient) -> None:
    if not SEED.is_file():
        pytest.skip(SEED_SKIP)
    data = get(client, f"/api/documents/{SEED_ID}")
    labels = {c["label"] for c in data["claims"] if c["kind"] == "stance"}
    assert "KGZ supports CHN on TAIWAN" in labels
    kgz = get(client, "/api/countries/KGZ")
    assert any(c["issue"] == "TAIWAN" for c in kgz["stances_held"])


@pytest.mark.parametrize(
    "url",
    [
        "/api/documents/no-such-document",
        "/api/interactions/987654321",
        "/api/countries/Atlantis",
        "/api/no-such-route",
    ],
)
def test_unknown_ids_are_404_json(client: TestClient, url: str) -> None:
    assert "detail" in get(client, url, 404)


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/events?since=2022-13", "since"),
        ("/api/events?until=yesterday", "until"),
        ("/api/events?since=2023&until=2022", "until"),
        ("/api/events?country=Atlantis", "country"),
        ("/api/events?kind=party", "kind"),
        ("/api/events?issue=WEATHER", "issue"),
        ("/api/events?limit=0", "limit"),
        ("/api/documents?limit=100000", "limit"),
        ("/api/documents?offset=-1", "offset"),
        ("/api/documents?format=xml", "format"),
        ("/api/interactions/abc", "interaction_id"),
        ("/api/timeline?a=CHN", "b"),
        ("/api/timeline?a=CHN&b=China", "b"),
        ("/api/stances/sentences?holder=USA", "issue"),
        ("/api/stances?target=Narnia", "target"),
    ],
)
def test_malformed_filters_are_422(client: TestClient, url: str, param: str) -> None:
    detail = get(client, url, 422)["detail"]
    assert any(e["loc"][-1] == param for e in detail), detail


def test_upload_refused_when_read_only(client: TestClient) -> None:
    response = client.post("/api/documents", content=HOSTILE.text, headers={"content-type": "text/plain"})
    assert response.status_code == 403 and "--allow-ingest" in response.json()["detail"]


def test_openapi_spec(client: TestClient) -> None:
    spec = get(client, "/api/openapi.json")
    paths = set(spec["paths"])
    for path in (
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/interactions",
        "/api/interactions/{interaction_id}",
        "/api/people",
        "/api/stances",
        "/api/stances/sentences",
        "/api/topics",
        "/api/network",
        "/api/timeline",
        "/api/countries/{code}",
    ):
        assert path in paths, path
    assert not any(p == "/" or p.startswith("/documents") for p in paths)  # pages are not API
    assert "post" in spec["paths"]["/api/documents"]


def test_a_method_not_allowed_says_which_are(client: TestClient) -> None:
    answer = client.request("TRACE", "/api/summary")
    assert answer.status_code == 405 and answer.json() == {"detail": "Method Not Allowed"}
    assert answer.headers["allow"] == "GET, HEAD"
    assert client.request("PUT", "/api/documents").headers["allow"] == "GET, HEAD, POST"  # POST: --allow-ingest
    page = client.request("DELETE", "/interactions")
    assert page.status_code == 405 and page.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    "path", ["/api/summary", "/api/interactions?format=csv", "/", "/interactions", "/countries/CHN", "/static/app.css"]
)
def test_head_is_answered_as_get_without_a_body(client: TestClient, path: str) -> None:
    """HEAD (link checkers, monitors, ``curl -I``) answers what GET would, headers only (RFC 9110: GET and HEAD)."""
    get, head = client.get(path), client.head(path)
    assert get.status_code == head.status_code == 200, (path, head.status_code)
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-security-policy"] == get.headers["content-security-policy"]
    assert client.head("/documents/no-such-document").status_code == 404


def test_timestamps_are_described_as_what_they_are(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    meta = spec["components"]["schemas"]["DocumentMeta"]["properties"]
    for name in ("coded_at", "ingested_at"):  # no time zone: not RFC 3339 date-times
        assert "date-time" not in str(meta[name]) and "no time zone" in meta[name]["description"]


def test_documents_of_a_person_or_a_place(client: TestClient) -> None:
    """person_id and place filter documents too (they were taken, shown in ``filter``, and ignored)."""
    (blinken,) = get(client, "/api/people?q=blinken")["people"]
    pid = blinken["person_id"]
    theirs = get(client, f"/api/documents?person_id={pid}&limit=500")
    met = get(client, f"/api/interactions?person_id={pid}&limit=500")["interactions"]
    assert theirs["total"] == blinken["documents"] < get(client, "/api/documents")["total"]
    assert {d["doc_id"] for d in theirs["documents"]} == {doc for i in met for doc in i["documents"]}
    held = get(client, "/api/interactions?place=Beijing&limit=500")["interactions"]
    there = get(client, "/api/documents?place=Beijing&limit=500")["documents"]
    assert held and {d["doc_id"] for d in there} == {doc for i in held for doc in i["documents"]}


def test_a_pairs_interactions_by_level(client: TestClient) -> None:
    """A pair's interactions per year by level (the highest office present) count each interaction once."""
    data = get(client, "/api/timeline?a=CHN&b=USA")
    levels = data["levels"]
    assert levels and {r["level"] for r in levels} <= set(queries.LEVELS)
    assert sum(r["n"] for r in levels) == data["total"]
    per_year: dict[Any, int] = {}
    for r in data["counts"]:
        if r["kind"] != "total":
            per_year[r["year"]] = per_year.get(r["year"], 0) + r["n"]
    for year, n in per_year.items():
        assert sum(r["n"] for r in levels if r["year"] == year) == n, year


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("President", 0),
        ("Prime Minister", 0),
        ("King", 0),
        ("Deputy Prime Minister", 1),
        ("Vice President", 1),
        ("State Councilor and Foreign Minister", 1),
        ("Secretary of State", 1),
        ("Minister of Trade", 1),
        ("Secretary-General", 1),
        ("Ambassador", 2),
        ("Director", 2),
        (None, 2),
    ],
)
def test_the_level_of_a_title(title: str | None, level: int) -> None:
    assert queries.title_level(title) == level


def test_where_a_state_hosts_and_where_it_travels(client: TestClient) -> None:
    """With one state filtered, each place says whether it was at home, abroad or a third location."""
    places = get(client, "/api/places?country=CHN")["places"]
    met = get(client, "/api/interactions?country=CHN&limit=500")["interactions"]
    for side, held in [
        ("home", lambda i: i["location_country"] == "CHN"),
        ("abroad", lambda i: i["location_country"] not in (None, "CHN") and i["location_country"] in i["parties"]),
    ]:
        on_map = sum(p["interactions"] for p in places if p["side"] == side)
        assert on_map == sum(1 for i in met if i["place"] and held(i)) > 0, side
    assert all(p["side"] is None for p in get(client, "/api/places")["places"])  # no state: host or third only
