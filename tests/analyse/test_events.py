"""`readout events`: one row per interaction, filtered, on both backends, current codings only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reading import csv_of, json_of, run
from readout.cli import main
from readout.store import open_store

WONG_TALKS = {"cn-mfa-wang-yi-penny-wong-talks", "au-dfat-wong-visit-to-china"}


def _events(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json_of(capsys, "events", "--db", db, *argv)["interactions"]
    return rows


def test_china_and_the_united_states(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _events(capsys, corpus_store, "--country", "China", "--with", "USA")
    assert all({"CHN", "USA"} <= set(r["parties"]) for r in rows)
    (han,) = [r for r in rows if r["date"] == "2023-09-18"]
    assert (han["kind"], han["place"], han["location_country"], han["documents"]) == (
        "meeting",
        "New York",
        "USA",
        ["ex-001"],
    )
    people = {(p["name"], p["country"], p["title"]) for p in han["participants"]}
    assert people == {("Han Zheng", "CHN", "Vice President"), ("Antony Blinken", "USA", "Secretary of State")}
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    call = [r for r in rows if r["kind"] == "call"]
    assert [(r["date"], r["place"], r["documents"]) for r in call] == [("2024-04-02", None, ["ex-010"])]


def test_the_reports_of_one_meeting_are_one_row(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _events(capsys, corpus_store, "--country", "AUS", "--since", "2022-12-21", "--until", "2022-12-21")
    (talks,) = rows
    assert set(talks["documents"]) >= WONG_TALKS and talks["place"] == "Beijing"
    assert {p["name"] for p in talks["participants"]} == {"Wang Yi", "Penny Wong"}
    # Each side's title for Penny Wong, merged: China's "Foreign Minister" and her own readout's (its wording is
    # the engine's: "Minister", or since 92738ba the byline's "Minister for Foreign Affairs, Senator for ...").
    (wong,) = [p for p in talks["participants"] if p["name"] == "Penny Wong"]
    titles = wong["title"].split(" / ")
    assert len(titles) == len(set(titles)) >= 2 and "Foreign Minister" in titles
    assert any(t != "Foreign Minister" and t.startswith("Minister") for t in titles)


def test_filters(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    everything = _events(capsys, corpus_store)
    assert len(everything) == len({r["interaction_id"] for r in everything}) > 25
    calls = _events(capsys, corpus_store, "--kind", "call")
    assert calls and {r["kind"] for r in calls} == {"call"}
    assert len(calls) == sum(r["kind"] == "call" for r in everything)
    year = _events(capsys, corpus_store, "--since", "2023", "--until", "2023")
    assert year and all(r["date"].startswith("2023-") for r in year)
    assert len(year) == sum(bool(r["date"]) and r["date"].startswith("2023-") for r in everything)
    march = _events(capsys, corpus_store, "--since", "2022-03", "--until", "2022-03")
    assert {r["date"] for r in march} >= {"2022-03-01", "2022-03-10", "2022-03-30"}
    assert all("2022-03-01" <= r["date"] <= "2022-03-31" for r in march)
    wong = _events(capsys, corpus_store, "--person", "WONG")
    assert {r["date"] for r in wong} == {"2022-12-21", "2023-07-13"}
    xinjiang = _events(capsys, corpus_store, "--issue", "xinjiang")
    assert any(set(r["documents"]) >= WONG_TALKS for r in xinjiang)
    assert len(xinjiang) < len(everything)
    assert [r["interaction_id"] for r in _events(capsys, corpus_store, "--limit", "3")] == [
        r["interaction_id"] for r in everything[:3]
    ]
    assert _events(capsys, corpus_store, "--country", "CHN", "--with", "ATG") == []
    # reported by a readout of Australia's government: the interactions one of its documents reports
    db = open_store(corpus_store, create=False, read_only=True)
    try:
        rows = db.query(
            "SELECT d.doc_id FROM documents d JOIN codings c ON c.doc_key = d.doc_key AND c.current "
            "WHERE c.publisher_country = 'AUS'"
        )
    finally:
        db.close()
    australian = {doc_id for (doc_id,) in rows}
    by_aus = _events(capsys, corpus_store, "--publisher", "Australia")
    assert by_aus == [r for r in everything if australian & set(r["documents"])] and by_aus


def test_csv_and_table(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = csv_of(capsys, "events", "--db", corpus_store, "--country", "CHN", "--with", "USA")
    (han,) = [r for r in rows if r["date"] == "2023-09-18"]
    assert han["parties"] == "CHN; USA" and han["documents"] == "ex-001"
    assert "Han Zheng (CHN, Vice President)" in han["participants"]
    out = run(capsys, "events", "--db", corpus_store, "--country", "CHN", "--with", "USA")
    assert "interactions (CHN and USA)" in out and "2023-09-18" in out


def test_bad_filters_are_usage_errors(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv, message in (
        (["--since", "2023-13"], "is not a date"),
        (["--country", "Narnia"], "not a known state or organisation"),
        (["--issue", "NOT_AN_ISSUE"], "is not an issue code"),
    ):
        with pytest.raises(SystemExit) as stop:
            main(["events", "--db", corpus_store, *argv])
        assert stop.value.code == 2 and message in capsys.readouterr().err


def test_a_missing_store_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.duckdb"
    for command in (["events"], ["network"], ["stances"], ["people"], ["timeline", "CHN", "USA"], ["sql", "SELECT 1"]):
        assert main([*command, "--db", str(missing)]) == 2
        assert (
            capsys.readouterr().err.strip()
            == f"readout: error: {missing}: no such database (run `readout ingest` first)"
        )
    assert not missing.exists()
