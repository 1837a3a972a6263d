"""The summary tables (store/summaries.py) kept up to date by writes and linking: always what
computing them from scratch gives, also after a document's new version retires its coding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from readout.cli import main
from readout.store import Backend, open_store
from readout.store.summaries import FILL_ALL_DOCUMENTS, refresh_interactions

from ._support import DATA

TABLES = {
    "document_facts": "coding_id",
    "interaction_facts": "interaction_id",
    "stance_cells": "holder, issue",
}


def _rows(db: Backend, table: str) -> list[tuple[Any, ...]]:
    return db.query(f"SELECT * FROM {table} ORDER BY {TABLES[table]}")


def _from_scratch(db: Backend) -> dict[str, list[tuple[Any, ...]]]:
    """Each summary recomputed from the claim tables (in a transaction rolled back)."""
    found: dict[str, list[tuple[Any, ...]]] = {}

    class Undo(Exception):
        pass

    try:
        with db.transaction():
            for table in TABLES:
                db.execute(f"DELETE FROM {table}")
            db.execute(FILL_ALL_DOCUMENTS)
            refresh_interactions(db)  # every interaction and stance cell missing
            found = {table: _rows(db, table) for table in TABLES}
            raise Undo
    except Undo:
        pass
    return found


def _check(store_url: str) -> dict[str, list[tuple[Any, ...]]]:
    db = open_store(store_url)
    try:
        kept = {table: _rows(db, table) for table in TABLES}
        assert kept == _from_scratch(db)
        current = db.query("SELECT COUNT(*) FROM codings WHERE current")[0][0]
        assert len(kept["document_facts"]) == current
        return kept
    finally:
        db.close()


def test_summaries_follow_writes_and_links(store_url: str, tmp_path: Path) -> None:
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    first = _check(store_url)
    assert first["interaction_facts"] and first["stance_cells"]
    # A new version of one readout (its last paragraph dropped) retires its coding.
    source = DATA / "cn-mfa-wang-yi-penny-wong-talks.txt"
    text = source.read_text(encoding="utf-8").rsplit("\n\n", 1)[0]
    changed = tmp_path / "v2.jsonl"
    changed.write_text(json.dumps({"id": "cn-mfa-wang-yi-penny-wong-talks", "text": text}) + "\n", encoding="utf-8")
    assert main(["ingest", str(changed), "--db", store_url, "-q"]) == 0
    second = _check(store_url)
    assert second != first
