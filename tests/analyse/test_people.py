"""`readout people`: who represented whom, with titles, first and last seen."""

from __future__ import annotations

from typing import Any

import pytest

from reading import csv_of, json_of, run


def _people(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json_of(capsys, "people", "--db", db, *argv)["people"]
    return rows


def test_titles_over_time(
    corpus_store: str, engine_records: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _people(capsys, corpus_store)
    assert all(r["name"] for r in rows)  # unnamed officials are left out
    wang = [r for r in rows if r["name"] == "Wang Yi"]
    assert {r["represents"] for r in wang} == {"CHN"}
    assert "State Councilor and Foreign Minister" in {r["title"] for r in wang}
    assert [r["first_seen"] for r in wang] == sorted(r["first_seen"] for r in wang)
    # Every (name, side, title) the records hold, with the dates of the events they took part in.
    expected: dict[tuple[Any, Any, Any], list[str]] = {}
    for rec in engine_records:
        for ev in rec["events"]:
            for p in ev["participants"]:
                if p["name"]:
                    key = (p["name"], p["country"] or p["org"], p["title"])
                    expected.setdefault(key, []).extend(
                        [ev["date"] or rec["published"]] if ev["date"] or rec["published"] else []
                    )
    got = {(r["name"], r["represents"], r["title"]): r for r in rows}
    assert set(got) == set(expected)
    for key, dates in expected.items():
        assert (got[key]["first_seen"], got[key]["last_seen"]) == ((min(dates), max(dates)) if dates else (None, None))
    (han,) = [r for r in rows if r["name"] == "Han Zheng"]
    assert (han["represents"], han["title"], han["last_seen"]) == ("CHN", "Vice President", "2023-09-18")


def test_filters_csv_and_table(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    usa = _people(capsys, corpus_store, "--country", "United States")
    assert usa and {r["represents"] for r in usa} == {"USA"}
    assert any("Blinken" in r["name"] for r in usa)
    blinken = _people(capsys, corpus_store, "--person", "blinken", "--since", "2023")
    assert blinken and all("Blinken" in r["name"] and r["last_seen"] >= "2023-01-01" for r in blinken)
    rows = csv_of(capsys, "people", "--country", "AUS", "--db", corpus_store)
    assert list(rows[0]) == ["name", "represents", "title", "first_seen", "last_seen", "interactions", "documents"]
    assert {r["name"] for r in rows} >= {"Penny Wong"}
    assert "Penny Wong" in run(capsys, "people", "--country", "AUS", "--db", corpus_store)
