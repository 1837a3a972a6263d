"""`readout people`: who represented whom, with titles, first and last seen."""

from __future__ import annotations

from typing import Any

import pytest

from reading import csv_of, json_of, run


def _people(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json_of(capsys, "people", "--db", db, *argv)["people"]
    return rows


def test_one_row_per_person(
    corpus_store: str, engine_records: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _people(capsys, corpus_store)
    assert all(r["name"] for r in rows)  # unnamed officials are left out
    assert len({r["person_id"] for r in rows}) == len(rows)
    (wang,) = [r for r in rows if "Wang Yi" in r["names"]]
    assert wang["represents"] == "CHN" and "State Councilor and Foreign Minister" in wang["titles"]
    # The corpus names Antony Blinken more than one way: one person, named as the office-holder table names him.
    (blinken,) = [r for r in rows if any("Blinken" in n for n in r["names"])]
    assert blinken["name"] == "Antony Blinken" and len(blinken["names"]) >= 2
    # Every (name, side) the records hold is a name of a person of that side, seen on the dates of its events.
    expected: dict[tuple[Any, Any], list[str]] = {}
    titles: dict[tuple[Any, Any], set[str]] = {}
    for rec in engine_records:
        for ev in rec["events"]:
            for p in ev["participants"]:
                if p["name"]:
                    key = (p["name"], p["country"] or p["org"])
                    date = ev["date"] or rec["published"]
                    expected.setdefault(key, []).extend([date] if date else [])
                    titles.setdefault(key, set()).update([p["title"]] if p["title"] else [])
    for (name, side), dates in expected.items():
        found = [r for r in rows if name in r["names"] and r["represents"] == side]
        assert found, (name, side)
        assert titles[(name, side)] <= {t for r in found for t in r["titles"]}
        if dates:
            assert min(r["first_seen"] for r in found) <= min(dates) and max(r["last_seen"] for r in found) >= max(
                dates
            )
    (han,) = [r for r in rows if "Han Zheng" in r["names"]]
    assert (han["represents"], han["last_seen"]) == ("CHN", "2023-09-18") and "Vice President" in han["titles"]


def test_filters_csv_and_table(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    usa = _people(capsys, corpus_store, "--country", "United States")
    assert usa and {r["represents"] for r in usa} == {"USA"}
    assert any("Blinken" in r["name"] for r in usa)
    blinken = _people(capsys, corpus_store, "--person", "blinken", "--since", "2023")
    assert len(blinken) == 1 and blinken[0]["last_seen"] >= "2023-01-01"  # one person, however named
    rows = csv_of(capsys, "people", "--country", "AUS", "--db", corpus_store)
    assert list(rows[0]) == [
        "person_id",
        "name",
        "represents",
        "title",
        "titles",
        "names",
        "first_seen",
        "last_seen",
        "interactions",
        "documents",
    ]
    assert {r["name"] for r in rows} >= {"Penny Wong"}
    assert "Penny Wong" in run(capsys, "people", "--country", "AUS", "--db", corpus_store)
