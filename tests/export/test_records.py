"""`readout export --format jsonl|csv|parquet`: the current codings as records, flat rows and Parquet tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from reading import json_of, run
from readout.cli import main
from readout.store import open_store


def test_jsonl_is_what_readout_code_writes(
    corpus_store: str, engine_records: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    lines = run(capsys, "export", "--format", "jsonl", "--db", corpus_store).splitlines()
    exported = [json.loads(line) for line in lines]
    assert [r["doc_id"] for r in exported] == sorted(r["doc_id"] for r in exported)
    assert {r["doc_id"]: r for r in exported} == {r["doc_id"]: r for r in engine_records}
    assert list(exported[0]) == list(engine_records[0])  # same fields, same order


def test_csv_one_row_per_event(
    corpus_store: str, engine_records: list[dict[str, Any]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    assert main(["export", "--format", "csv", "-o", str(out), "--db", corpus_store]) == 0
    assert f"to {out}" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == sum(len(r["events"]) for r in engine_records)
    (han,) = [r for r in rows if r["doc_id"] == "ex-001"]
    assert (han["event"], han["kind"], han["date"], han["location_name"], han["location_country"]) == (
        "0",
        "meeting",
        "2023-09-18",
        "New York",
        "USA",
    )
    assert (han["mode"], han["cameo"], han["plover_type"], han["plover_mode"], han["parties"]) == (
        "host",
        "042",
        "CONSULT",
        "visit",
        "CHN|USA",
    )
    assert han["participants"] == "Han Zheng (CHN, Vice President); Antony Blinken (USA, Secretary of State)"
    assert han["publisher"] == "China MFA" and han["url"].startswith("https://www.fmprc.gov.cn/")
    events = json_of(capsys, "events", "--db", corpus_store)["interactions"]
    by_doc = {d: e["interaction_id"] for e in events for d in e["documents"]}
    assert int(han["interaction_id"]) == by_doc["ex-001"]
    talks = {
        r["interaction_id"]
        for r in rows
        if r["doc_id"] in ("au-dfat-wong-visit-to-china", "cn-mfa-wang-yi-penny-wong-talks")
    }
    assert len(talks) == 1  # two reports, one interaction


def test_parquet_reads_back(corpus_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "parquet"
    assert main(["export", "--format", "parquet", "-o", str(folder), "--db", corpus_store]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["events.parquet", "participants.parquet", "stances.parquet"]
    with open_store(corpus_store, create=False, read_only=True) as db:
        current = "JOIN codings c ON c.coding_id = t.coding_id AND c.current"
        counts = {
            t: db.query(f"SELECT COUNT(*) FROM {t} t {current}")[0][0] for t in ("events", "participants", "stances")
        }
    con = duckdb.connect()
    for table, n in counts.items():
        assert con.execute(f"SELECT COUNT(*) FROM '{folder / table}.parquet'").fetchone() == (n,)
    han = con.execute(
        f"SELECT kind, date, location_name, lat, parties, interaction_id FROM '{folder}/events.parquet' "
        "WHERE doc_id = 'ex-001'"
    ).fetchall()
    assert [r[:5] for r in han] == [("meeting", dt.date(2023, 9, 18), "New York", 40.7143, "CHN|USA")]
    types = {
        name: kind for name, kind, *_ in con.execute(f"DESCRIBE SELECT * FROM '{folder}/events.parquet'").fetchall()
    }
    assert (types["date"], types["lat"], types["event"], types["interaction_id"]) == (
        "DATE",
        "DOUBLE",
        "INTEGER",
        "BIGINT",
    )
    people = con.execute(
        f"SELECT name, country, title FROM '{folder}/participants.parquet' WHERE doc_id = 'ex-001' ORDER BY ordinal"
    ).fetchall()
    assert people == [("Han Zheng", "CHN", "Vice President"), ("Antony Blinken", "USA", "Secretary of State")]
    xinjiang = con.execute(
        f"SELECT holder, target, alignment FROM '{folder}/stances.parquet' "
        "WHERE doc_id = 'au-dfat-wong-visit-to-china' AND issue = 'XINJIANG'"
    ).fetchall()
    assert ("AUS", "CHN", "opposes") in xinjiang


def test_parquet_needs_a_folder(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "parquet", "--db", corpus_store]) == 2
    assert "give -o DIR" in capsys.readouterr().err
