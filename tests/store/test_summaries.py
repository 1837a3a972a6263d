"""The summary tables (store/summaries.py) kept up to date by writes and linking: always what
computing them from scratch gives, also after a document's new version retires its coding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from readout.analyse.people import people_and_offices
from readout.cli import main
from readout.store import Backend, open_store
from readout.store.backends import connect
from readout.store.migrations import MIGRATIONS, migrate
from readout.store.summaries import FILL_ALL_DOCUMENTS, GENERATION, refresh_interactions

from ._support import DATA

TABLES = {
    "document_facts": "coding_id",
    "interaction_facts": "interaction_id",
    "stance_cells": "holder, issue",
    "person_appearances": "coding_id, event_ordinal, ordinal",
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
    with open_store(store_url) as db:
        generation, made = db.query(GENERATION)[0]
    assert main(["ingest", str(changed), "--db", store_url, "-q"]) == 0
    second = _check(store_url)
    assert second != first
    assert second["person_appearances"] != first["person_appearances"]
    with open_store(store_url) as db:  # the write and the linking each count a generation
        assert db.query(GENERATION) == [(generation + 2, made)]


# What ``readout people`` read before the appearances had a table: the claim tables joined.
_JOINED = """
SELECT pp.person_id, p.name, p.title, COALESCE(e.date, c.published), c.coding_id, r.interaction_id
FROM participants p
JOIN codings c ON c.coding_id = p.coding_id AND c.current
JOIN events e ON e.coding_id = p.coding_id AND e.ordinal = p.event_ordinal
JOIN participant_people pp
  ON pp.coding_id = p.coding_id AND pp.event_ordinal = p.event_ordinal AND pp.ordinal = p.ordinal
LEFT JOIN interaction_reports r ON r.coding_id = p.coding_id AND r.event_ordinal = p.event_ordinal
WHERE p.name IS NOT NULL ORDER BY 5, 1, 2, 3
"""
_APPEARANCES = """SELECT person_id, variant, title, seen, coding_id, interaction_id FROM person_appearances
ORDER BY 5, 1, 2, 3"""


def test_a_store_of_version_4_gets_the_appearances_of_its_people(store_url: str) -> None:
    db = connect(store_url)
    try:
        migrate(db, MIGRATIONS[:4])
    finally:
        db.close()
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0  # migrated to the last version, then written
    with open_store(store_url) as db:
        joined = db.query(_JOINED)
        assert joined and db.query(_APPEARANCES) == joined
    db = connect(store_url)  # the same store left at version 4, then migrated: the migration fills the table
    try:
        with db.transaction():
            db.execute("DELETE FROM person_appearances")
            db.execute("DROP TABLE person_appearances")
            db.execute("DROP TABLE store_generation")
            db.execute("DELETE FROM schema_migrations WHERE version = 5")
        assert migrate(db) == [5]
        assert db.query(_APPEARANCES) == joined and db.query(GENERATION)[0][0] == 1
        people, titles = people_and_offices(db)
        assert people and titles and sum(p["documents"] for p in people) >= len({r[4] for r in joined})
    finally:
        db.close()
