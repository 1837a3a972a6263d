"""`readout compare`: what each report of one interaction says, side by side."""

from __future__ import annotations

import json
from typing import Any

import pytest

from readout.cli import main

from ._support import DATA

CN, AU, LATER = "cn-mfa-wang-yi-penny-wong-talks", "au-dfat-wong-visit-to-china", "cn-mfa-wang-yi-penny-wong-2023"


@pytest.fixture
def stored(store_url: str) -> str:
    """A store holding both sides' readouts of the Wang Yi - Penny Wong talks, and a later meeting."""
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    return store_url


def _compare(store_url: str, ident: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["compare", ident, "--db", store_url, "--json"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def test_compare_by_document_shows_both_reports(stored: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _compare(stored, CN, capsys)
    assert out["query"] == CN
    (inter,) = out["interactions"]
    assert (inter["kind"], inter["date"], inter["parties"], inter["location_country"]) == (
        "meeting",
        "2022-12-21",
        ["AUS", "CHN"],
        "CHN",
    )
    reports = {r["doc_id"]: r for r in inter["reports"]}
    assert set(reports) == {CN, AU}
    cn, au = reports[CN], reports[AU]
    # Who took part, with the titles each side gives.
    assert {(p["name"], p["country"]) for p in cn["participants"]} == {("Wang Yi", "CHN"), ("Penny Wong", "AUS")}
    titles = {r: {p["name"]: p["title"] for p in reports[r]["participants"]} for r in reports}
    assert titles[CN]["Penny Wong"] == "Foreign Minister" and titles[AU]["Penny Wong"] == "Minister for Foreign Affairs"
    # Topics one side raised and the other left out; the shared ones are in neither list.
    assert "XINJIANG" in au["only_here"] and "XINJIANG" not in cn["topics"]
    assert "ENERGY" in cn["only_here"] and "ENERGY" not in au["topics"]
    assert {"TRADE", "CLIMATE_ENVIRONMENT"} <= set(inter["shared_topics"])
    assert not {"TRADE", "CLIMATE_ENVIRONMENT"} & set(cn["only_here"] + au["only_here"])
    for r in (cn, au):
        assert set(r["only_here"]) == set(r["topics"]) - set(inter["shared_topics"])
    # Stances: each side's own.
    assert {(s["holder"], s["alignment"], s["target"], s["issue"], s["only_here"]) for s in au["stances"]} >= {
        ("AUS", "opposes", "CHN", "XINJIANG", True)
    }
    assert [s["issue"] for s in cn["stances"]] == ["TAIWAN"]


def test_compare_by_interaction_number(stored: str, capsys: pytest.CaptureFixture[str]) -> None:
    number = _compare(stored, AU, capsys)["interactions"][0]["interaction_id"]
    for ident in (str(number), f"interaction:{number}"):
        (inter,) = _compare(stored, ident, capsys)["interactions"]
        assert inter["interaction_id"] == number and len(inter["reports"]) == 2
    (alone,) = _compare(stored, LATER, capsys)["interactions"]
    assert [r["doc_id"] for r in alone["reports"]] == [LATER]
    assert alone["reports"][0]["only_here"] == [] and alone["shared_topics"] == []


def test_compare_table_puts_reports_side_by_side(stored: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", CN, "--db", stored]) == 0
    out = capsys.readouterr().out
    assert "Interaction" in out and "meeting 2022-12-21, AUS - CHN, in CHN (2 reports)" in out
    assert CN[:20] in out and AU[:20] in out
    for label in ("participants", "topics only here", "stances", "Penny Wong [AUS]", "XINJIANG"):
        assert label in out


def test_compare_unknown_id(stored: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "no-such-doc", "--db", stored]) == 1
    assert "readout: error: no document or interaction with id 'no-such-doc'" in capsys.readouterr().err
    assert main(["compare", "interaction:999999", "--db", stored]) == 1


def test_compare_reads_only_current_codings(
    stored: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A recode interrupted before relinking: retired codings' links are not shown, nothing breaks."""
    from readout.store import open_store
    from readout.store import recode as recode_module

    number = _compare(stored, CN, capsys)["interactions"][0]["interaction_id"]
    monkeypatch.setattr(recode_module, "link_interactions", lambda db: None)
    with open_store(stored) as db:
        assert recode_module.recode(db, everything=True).coded == 3
    (inter,) = _compare(stored, str(number), capsys)["interactions"]
    assert inter["reports"] == []
    assert main(["compare", CN, "--db", stored]) == 1
    assert "reports no interaction" in capsys.readouterr().err
    monkeypatch.undo()
    with open_store(stored) as db:
        recode_module.link_interactions(db)
    (inter,) = _compare(stored, CN, capsys)["interactions"]
    assert inter["interaction_id"] == number and len(inter["reports"]) == 2
