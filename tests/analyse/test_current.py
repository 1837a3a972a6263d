"""The analyst commands and exports read only current codings: a newer version of a document
replaces the older one everywhere, and nothing is ever written by reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import json_of, run
from readout.cli import main
from readout.store import open_store
from store._support import DATA, row_counts

LATER = DATA / "cn-mfa-wang-yi-penny-wong-2023.txt"


def test_a_new_version_replaces_the_old_one(store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(LATER), "--db", store_url, "-q"]) == 0
    second = tmp_path / "v2" / LATER.name  # the same id, a changed text: version 2
    second.parent.mkdir()
    second.write_text(LATER.read_text(encoding="utf-8").replace("Penny Wong", "Penelope Wong"), encoding="utf-8")
    assert main(["ingest", str(second), "--db", store_url, "-q"]) == 0
    with open_store(store_url) as db:
        before = row_counts(db)
        assert before["documents"] == before["codings"] == 2
    (meeting,) = json_of(capsys, "events", "--db", store_url)["interactions"]
    assert meeting["documents"] == [LATER.stem]
    assert {p["name"] for p in meeting["participants"]} == {"Wang Yi", "Penelope Wong"}
    assert {r["name"] for r in json_of(capsys, "people", "--db", store_url)["people"]} == {"Wang Yi", "Penelope Wong"}
    assert json_of(capsys, "network", "--db", store_url)["edges"][0]["weight"] == 1
    assert all(c["supports"] + c["opposes"] <= 1 for c in json_of(capsys, "stances", "--db", store_url)["cells"])
    plover = run(capsys, "export", "--format", "plover", "--db", store_url, "-q")
    assert "Penelope Wong" in plover and "Penny Wong" not in plover and len(plover.splitlines()) == 1
    jsonl = run(capsys, "export", "--format", "jsonl", "--db", store_url, "-q")
    assert len(jsonl.splitlines()) == 1 and "Penelope Wong" in jsonl
    with open_store(store_url) as db:
        assert row_counts(db) == before  # reading wrote nothing
