"""`readout export --format cameo`: GDELT-style CAMEO rows, field by field."""

from __future__ import annotations

import csv
import io
import itertools
from typing import Any

import pytest

from reading import run
from readout.gazetteer import data_rows

COLUMNS = [r["column"] for r in data_rows("gdelt_columns.tsv")]
# The CAMEO Goldstein scores of the consult codes (CAMEO/GDELT Goldstein table).
GOLDSTEIN = {"040": "1.0", "041": "1.0", "042": "1.9", "043": "2.8", "044": "2.5"}


@pytest.fixture
def cameo(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    text = run(capsys, "export", "--format", "cameo", "--db", corpus_store)
    assert text.splitlines()[0].split("\t") == COLUMNS
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


def _actors(row: dict[str, str]) -> tuple[str, str]:
    """(Actor1, Actor2): a state's country code or an organisation's known-group code."""
    first = row["Actor1CountryCode"] or row["Actor1KnownGroupCode"]
    return first, row["Actor2CountryCode"] or row["Actor2KnownGroupCode"]


def _rows(cameo: list[dict[str, str]], source: str) -> dict[tuple[str, str], dict[str, str]]:
    """The rows of the document whose URL contains ``source``, by (Actor1, Actor2)."""
    return {_actors(r): r for r in cameo if source in r["SOURCEURL"]}


def test_a_visit_is_two_dyads(cameo: list[dict[str, str]]) -> None:
    rows = _rows(cameo, "t20230919_11144127")  # ex-001: Han Zheng visits Blinken in New York
    assert set(rows) == {("CHN", "USA"), ("USA", "CHN")}
    visit, host = rows["CHN", "USA"], rows["USA", "CHN"]
    assert (visit["EventCode"], visit["GoldsteinScale"], host["EventCode"], host["GoldsteinScale"]) == (
        "042",
        "1.9",
        "043",
        "2.8",
    )
    for r in (visit, host):
        assert r["SQLDATE"] == "20230918"
        assert (r["EventRootCode"], r["QuadClass"]) == ("04", "1")
        assert r["ActionGeo_FullName"] == "New York, United States"
        assert (r["ActionGeo_CountryCode"], r["ActionGeo_Lat"], r["ActionGeo_Long"]) == ("US", "40.7143", "-74.006")
        assert r["SOURCEURL"] == "https://www.fmprc.gov.cn/eng/wjdt_665385/wshd_665389/202309/t20230919_11144127.html"
        assert r["Actor1KnownGroupCode"] == r["Actor2KnownGroupCode"] == ""


def test_calls_third_places_organisations_and_groups(cameo: list[dict[str, str]]) -> None:
    call = _rows(cameo, "readout-of-president-joe-bidens-call-with-president-xi-jinping")
    assert {(k, r["EventCode"], r["GoldsteinScale"], r["ActionGeo_FullName"]) for k, r in call.items()} == {
        (("USA", "CHN"), "041", "1.0", ""),
        (("CHN", "USA"), "041", "1.0", ""),
    }
    jakarta = [
        r
        for r in cameo
        if r["SQLDATE"] == "20230713" and {r["Actor1CountryCode"], r["Actor2CountryCode"]} == {"CHN", "USA"}
    ]
    assert len(jakarta) == 2 and {r["EventCode"] for r in jakarta} == {"044"}
    assert {(r["GoldsteinScale"], r["ActionGeo_CountryCode"]) for r in jakarta} == {("2.5", "ID")}  # FIPS: Indonesia ID
    un = [
        r
        for r in cameo
        if "UN" in (r["Actor1KnownGroupCode"], r["Actor2KnownGroupCode"]) and r["SQLDATE"] == "20220205"
    ]
    guest = [r for r in un if r["Actor1KnownGroupCode"] == "UN"]
    assert [(r["Actor1CountryCode"], r["Actor2CountryCode"], r["EventCode"]) for r in guest] == [("", "CHN", "042")]
    assert {r["ActionGeo_CountryCode"] for r in un} == {"CH"}  # FIPS: China CH
    c5 = [r for r in cameo if r["SQLDATE"] == "20230228"]
    assert len(c5) == 6 * 5  # six parties, every ordered pair
    pairs = {(r["Actor1CountryCode"], r["Actor2CountryCode"]): r["EventCode"] for r in c5}
    assert (pairs["USA", "KAZ"], pairs["KAZ", "USA"], pairs["USA", "KGZ"]) == ("042", "043", "044")


def test_every_row(cameo: list[dict[str, str]], engine_records: list[dict[str, Any]]) -> None:
    assert [int(r["GLOBALEVENTID"]) for r in cameo] == list(range(1, len(cameo) + 1))
    for r in cameo:
        assert r["EventRootCode"] == r["EventCode"][:2] == "04" and r["QuadClass"] == "1"
        assert r["GoldsteinScale"] == GOLDSTEIN[r["EventCode"]]
        assert len(r["SQLDATE"]) == 8 and r["SQLDATE"].isdigit()
        assert _actors(r)[0] != _actors(r)[1]
    expected = 0
    for rec in engine_records:
        for ev in rec["events"]:
            parties = {p["country"] or p["org"] for p in ev["participants"]} - {None}
            if ev["date"] and len(parties) > 1:
                expected += len(list(itertools.permutations(parties, 2)))
    assert len(cameo) == expected


def test_the_goldstein_table_is_data() -> None:
    table = {r["code"]: r for r in data_rows("cameo.tsv")}
    assert {c: table[c]["goldstein"] for c in GOLDSTEIN} == GOLDSTEIN
    assert {r["root"] for r in table.values()} == {"04"} and {r["quad_class"] for r in table.values()} == {"1"}
