"""`readout export --format plover`: PLOVER JSON, field by field."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reading import json_of, run
from readout.gazetteer import data_rows

FIELDS = [r["field"] for r in data_rows("plover_fields.tsv")]


@pytest.fixture
def plover(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    lines = run(capsys, "export", "--format", "plover", "--db", corpus_store).splitlines()
    objects = [json.loads(line) for line in lines]
    assert all(list(o) == FIELDS for o in objects)
    by_id = {o["id"]: o for o in objects}
    assert len(by_id) == len(objects)
    return by_id


def test_a_visit(plover: dict[str, dict[str, Any]], corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    han = plover["ex-001#0"]
    assert han["has_event"] is True and han["date"] == "2023-09-18"
    # The visitor is the source, the host the recipient (PLOVER's CONSULT rule).
    assert han["source"] == [{"code": "CHN", "sector": "GOV", "actor_text": "Han Zheng", "office": "Vice President"}]
    assert han["recipient"] == [
        {"code": "USA", "sector": "GOV", "actor_text": "Antony Blinken", "office": "Secretary of State"}
    ]
    assert (han["event"], han["mode"], han["quad_code"]) == (["CONSULT"], "visit", 1)
    assert han["event_loc"] == {
        "name": "New York",
        "latitude": 40.7143,
        "longitude": -74.006,
        "country code": "US",
        "cc3": "USA",
    }
    events = json_of(capsys, "events", "--country", "CHN", "--with", "USA", "--db", corpus_store)["interactions"]
    (meeting,) = [e for e in events if e["documents"] == ["ex-001"]]
    assert han["link"] == f"interaction:{meeting['interaction_id']}"
    assert "Han Zheng met with US Secretary of State Antony Blinken in New York" in han["text"]
    cite = han["cite_info"]
    assert cite["url"] == "https://www.fmprc.gov.cn/eng/wjdt_665385/wshd_665389/202309/t20230919_11144127.html"
    assert (cite["title"], cite["publication"], cite["citation"], cite["language"]) == (
        "Vice President Han Zheng Meets with US Secretary of State Antony Blinken",
        "China MFA",
        "ex-001",
        "en",
    )
    assert han["coder"].startswith("readout-") and cite["coder"] == han["coder"]
    assert len(han["coded_date"]) == 10


def test_a_call_and_an_organisation(plover: dict[str, dict[str, Any]]) -> None:
    call = plover["ex-010#0"]
    assert (call["event"], call["mode"], call["event_loc"], call["recipient"]) == (["CONSULT"], "phone", None, [])
    assert {(a["code"], a["actor_text"]) for a in call["source"]} == {("USA", "Joseph R. Biden"), ("CHN", "Xi Jinping")}
    un = plover["ex-003#0"]  # Xi Jinping receives the UN Secretary-General in Beijing
    assert [a["code"] for a in un["recipient"]] == ["CHN"]
    assert [(a["code"], a["sector"]) for a in un["source"]] == [("UN", "IGO")]
    third = plover["ex-005#0"]  # Blinken and Wang Yi in Jakarta: nobody hosts
    assert third["mode"] == "third-party" and third["recipient"] == []
    assert {a["code"] for a in third["source"]} == {"CHN", "USA"} and third["event_loc"]["cc3"] == "IDN"


def test_two_reports_of_one_meeting_share_a_link(plover: dict[str, dict[str, Any]]) -> None:
    cn, au = plover["cn-mfa-wang-yi-penny-wong-talks#0"], plover["au-dfat-wong-visit-to-china#0"]
    assert cn["link"] == au["link"] and cn["id"] != au["id"]
    assert [a["code"] for a in cn["recipient"]] == [a["code"] for a in au["recipient"]] == ["CHN"]


def test_undated_events_are_left_out(plover: dict[str, dict[str, Any]], engine_records: list[dict[str, Any]]) -> None:
    dated = {f"{r['doc_id']}#{i}" for r in engine_records for i, e in enumerate(r["events"]) if e["date"]}
    assert set(plover) == dated
    assert len(dated) < sum(len(r["events"]) for r in engine_records)  # the corpus has undated events
    assert all(o["date"] for o in plover.values())
