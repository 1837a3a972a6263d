"""`readout timeline A B`: every interaction between two parties, counted by year and kind."""

from __future__ import annotations

import pytest

from reading import csv_of, json_of, run


def test_china_and_the_united_states(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = json_of(capsys, "timeline", "CHN", "United States", "--db", corpus_store)
    assert (out["a"], out["b"]) == ("CHN", "USA")
    listed = out["interactions"]
    (han,) = [r for r in listed if r["date"] == "2023-09-18"]
    assert han["kind"] == "meeting" and han["place"] == "New York" and han["documents"] == ["ex-001"]
    assert {p["name"] for p in han["participants"]} == {"Han Zheng", "Antony Blinken"}
    # The counts are those of the list, by year and kind.
    counted = {(c["year"], c["kind"]): c["n"] for c in out["counts"]}
    expected: dict[tuple[int | None, str], int] = {}
    for r in listed:
        key = (int(r["date"][:4]) if r["date"] else None, r["kind"])
        expected[key] = expected.get(key, 0) + 1
    assert counted == expected and out["total"] == len(listed)
    assert counted[2023, "meeting"] >= 2 and counted[2024, "call"] == 1
    # Same as `events` with both parties.
    events = json_of(capsys, "events", "--country", "USA", "--with", "CHN", "--db", corpus_store)["interactions"]
    assert [r["interaction_id"] for r in events] == [r["interaction_id"] for r in listed]


def test_multilateral_meetings_count_for_each_pair(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = json_of(capsys, "timeline", "KGZ", "USA", "--db", corpus_store)
    (c5,) = out["interactions"]
    assert c5["date"] == "2023-02-28" and len(c5["parties"]) == 6
    assert json_of(capsys, "timeline", "KGZ", "USA", "--kind", "call", "--db", corpus_store)["total"] == 0


def test_table_and_csv(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = " ".join(run(capsys, "timeline", "CHN", "USA", "--db", corpus_store).split())  # titles wrap
    assert "CHN - USA:" in out and "by year and kind" in out and "2024" in out
    rows = csv_of(capsys, "timeline", "CHN", "USA", "--db", corpus_store)
    assert {r["year"] for r in rows} >= {"2023", "2024"}
    assert any(r["date"] == "2023-09-18" and "Antony Blinken" in r["participants"] for r in rows)
