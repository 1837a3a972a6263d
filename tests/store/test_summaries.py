"""The summary tables (store/summaries.py) kept up to date by writes and linking: always what
computing them from scratch gives, also after a document's new version retires its coding."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from readout.analyse.events import interactions, newest_from
from readout.analyse.filters import InteractionFilter, Where, like_pattern
from readout.analyse.network import network_of
from readout.analyse.people import _BOTH, _where, named, people_and_offices
from readout.analyse.people import _SUMMARY as _PEOPLE_SUMMARY
from readout.analyse.stances import _CELLS, stance_cells
from readout.analyse.timeline import year_counts
from readout.cli import main
from readout.store import Backend, open_store
from readout.store.backends import connect
from readout.store.migrations import MIGRATIONS, migrate
from readout.store.summaries import FILL_ALL_DOCUMENTS, GENERATION, refresh_interactions
from readout.web import queries
from readout.web.params import Filters, Paging

from ._support import DATA

TABLES = {
    "document_facts": "coding_id",
    "interaction_facts": "interaction_id",
    "stance_cells": "holder, issue",
    "person_appearances": "coding_id, event_ordinal, ordinal",
    "party_months": "party, partner, kind, year, month",
    "people_summary": "person_id, all_sides, appearing_for, per_title, title",
    "stance_target_cells": "target, holder, issue",
    "party_topics": "party, issue, year, month",
    "stance_pair_years": "holder, target, issue, alignment, year",
    "stance_evidence": "coding_id, ordinal",
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


def test_a_store_of_version_5_gets_the_counts_of_version_6(store_url: str) -> None:
    db = connect(store_url)
    try:
        migrate(db, MIGRATIONS[:5])
    finally:
        db.close()
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0  # migrated to the last version, then written
    kept = _check(store_url)
    assert kept["party_months"] and kept["people_summary"] and kept["stance_target_cells"]
    db = connect(store_url)  # the same store left at version 5, then migrated: the migration fills the tables
    try:
        with db.transaction():
            for table in ("party_months", "people_summary", "stance_target_cells"):
                db.execute(f"DROP TABLE {table}")
            db.execute("DELETE FROM schema_migrations WHERE version = 6")
        assert migrate(db) == [6]
    finally:
        db.close()
    assert _check(store_url) == kept


# Filters the counts per month answer, each read from them and from the interactions themselves.
_FILTERS = [
    InteractionFilter(),
    InteractionFilter(kind="meeting"),
    InteractionFilter(since=dt.date(2023, 1, 1)),
    InteractionFilter(since=dt.date(2022, 3, 1), until=dt.date(2024, 2, 29), kind="call"),
    InteractionFilter(until=dt.date(2023, 6, 30)),
]


def _without_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(InteractionFilter, "month_where", lambda self: None)


def test_views_read_from_the_counts_give_what_the_interactions_give(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    with open_store(store_url) as db:
        parties = [p for (p,) in db.query("SELECT party FROM party_months WHERE partner = '*' ORDER BY party")]
        pairs = db.query(
            "SELECT DISTINCT party, partner FROM party_months WHERE partner NOT IN ('', '*') ORDER BY 1, 2"
        )
        assert parties and pairs
        assert all(flt.month_where() is not None for flt in _FILTERS)

        def everything() -> list[Any]:
            found: list[Any] = []
            for flt in _FILTERS:
                found += [network_of(db, flt), network_of(db, flt, 3)]
                found += [year_counts(db, replace(flt, parties=(a, b))) for a, b in pairs]
                found += [year_counts(db, replace(flt, parties=(p,))) for p in parties]
            return found

        counted = everything()
        monkeypatch.setattr(InteractionFilter, "month_where", lambda self: None)  # read the interactions instead
        assert counted == everything()
        assert any(isinstance(c, list) and c for c in counted)


def test_people_and_target_cells_read_from_their_summaries(store_url: str) -> None:
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    with open_store(store_url) as db:
        sides = [s for (s,) in db.query("SELECT DISTINCT side FROM person_appearances WHERE side IS NOT NULL")]
        pid = db.query("SELECT MIN(person_id) FROM person_appearances")[0][0]
        for side, person_id in [(None, None), (None, pid), *((s, None) for s in sides)]:
            where = _where(side, None, None, None, person_id)
            joined = db.query(_BOTH.format(where=where.sql()), where.params)
            summary = _where(None, None, None, None, person_id)
            summary.add("a.all_sides = 0 AND a.appearing_for = ?", side) if side else summary.add("a.all_sides = 1")
            kept = db.query(_PEOPLE_SUMMARY.format(where=summary.sql()), summary.params)
            assert joined and sorted(kept, key=repr) == sorted(joined, key=repr)
            assert people_and_offices(db, side, person_id=person_id)[0]
        targets = [t for (t,) in db.query("SELECT DISTINCT target FROM stances WHERE target IS NOT NULL")]
        assert targets
        for target in targets:
            where = Where().add("s.target = ?", target)
            counted = [
                {"holder": h, "issue": i, "supports": int(sup), "opposes": int(opp), "targets": list(t or [])}
                for h, i, sup, opp, t in db.query(_CELLS.format(where=where.sql()), where.params)
            ]
            assert counted and stance_cells(db, target) == counted


def test_a_store_of_version_6_gets_the_counts_of_version_7(store_url: str) -> None:
    db = connect(store_url)
    try:
        migrate(db, MIGRATIONS[:6])
    finally:
        db.close()
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0  # migrated to the last version, then written
    kept = _check(store_url)
    assert kept["party_topics"] and kept["stance_pair_years"] and kept["stance_evidence"]
    db = connect(store_url)  # the same store left at version 6, then migrated: the migration fills the tables
    try:
        with db.transaction():
            for table in ("party_topics", "stance_pair_years", "stance_evidence"):
                db.execute(f"DROP TABLE {table}")
            db.execute("DELETE FROM schema_migrations WHERE version = 7")
        assert migrate(db) == [7]
    finally:
        db.close()
    assert _check(store_url) == kept


# Periods the counts per month (topics) or per year (stances) answer, and one they do not.
_PERIODS = [
    (None, None),
    (dt.date(2023, 1, 1), None),
    (None, dt.date(2023, 12, 31)),
    (dt.date(2022, 3, 1), dt.date(2024, 2, 29)),
    (dt.date(2022, 3, 15), None),
]


def test_topics_and_pair_stances_read_from_their_summaries_give_what_the_claims_give(store_url: str) -> None:
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    with open_store(store_url) as db:
        parties = [p for (p,) in db.query("SELECT DISTINCT party FROM party_topics ORDER BY party")]
        pairs = db.query("SELECT DISTINCT holder, target FROM stance_pair_years ORDER BY 1, 2")
        assert parties and pairs
        for since, until in _PERIODS:
            for party in parties:
                f = Filters(country=party, since=since, until=until)
                where = queries.document_where(f)
                claimed = db.query(queries._TOPICS.format(where=where.sql()), where.params)
                assert queries.topic_counts(db, f) == [{"issue": i, "documents": int(n)} for i, n in claimed]
            for a, b in pairs:
                f = Filters(since=since, until=until)
                w = Where().add("(s.holder = ? AND s.target = ?) OR (s.holder = ? AND s.target = ?)", a, b, b, a)
                claimed = db.query(queries._PAIR_STANCES.format(where=w.period(since, until).sql()), w.params)
                expected = [
                    {"holder": h, "target": t, "issue": i, "alignment": al, "year": y, "documents": int(n)}
                    for h, t, i, al, y, n in claimed
                ]
                assert queries.pair_stances(db, a, b, f) == expected
        assert any(queries.topic_counts(db, Filters(country=p)) for p in parties)


# Who one of whose names holds a text, as found before the names readouts give were read from people_summary
# (participants who appear in no interaction aside: the people views list no one for them).
_NAMED_JOINED = """SELECT person_id FROM people WHERE lower(name) LIKE ? ESCAPE '\\'
UNION SELECT nn.person_id FROM participant_people nn
      JOIN participants np ON np.coding_id = nn.coding_id AND np.event_ordinal = nn.event_ordinal
                          AND np.ordinal = nn.ordinal
      JOIN person_appearances a
        ON a.coding_id = np.coding_id AND a.event_ordinal = np.event_ordinal AND a.ordinal = np.ordinal
      WHERE lower(np.name) LIKE ? ESCAPE '\\'"""


def test_people_named_like_a_text_are_found_in_the_summary(store_url: str) -> None:
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    with open_store(store_url) as db:
        variants = [v for (v,) in db.query("SELECT DISTINCT variant FROM person_appearances ORDER BY variant")]
        texts = [*variants, *(v.split()[-1].upper() for v in variants), "blinken", "wang", "sanctions", "a%b_c"]
        for text in texts:
            pattern = like_pattern(text)
            joined = sorted(int(p) for (p,) in db.query(_NAMED_JOINED, [pattern, pattern]))
            assert named(db, text) == joined, text
        assert named(db, variants[0])


def test_the_newest_interactions_read_from_a_date_the_counts_give_are_the_newest(store_url: str) -> None:
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    with open_store(store_url) as db:
        parties = [p for (p,) in db.query("SELECT DISTINCT party FROM party_months WHERE partner = '*' ORDER BY 1")]
        pairs = db.query("SELECT DISTINCT party, partner FROM party_months WHERE partner NOT IN ('', '*') ORDER BY 1")
        bounded = 0
        for n in (1, 2, 5):
            for party in parties:
                f = Filters(country=party)
                found = queries.party_months(db, party, f)
                assert found is not None
                after = newest_from(found[2], n)
                bounded += after is not None
                newest = queries.interaction_list(db, f, Paging(n, 0), newest_first=True, after=after)
                assert newest == queries.interaction_list(db, f, Paging(n, 0), newest_first=True)
            for a, b in pairs:
                flt = InteractionFilter(parties=(a, b))
                after = newest_from([(c["year"], None, c["n"]) for c in year_counts(db, flt)], n)
                assert interactions(db, flt, n, True, after) == interactions(db, flt, n, True)
        assert bounded


# A cell's stances with the text around each evidence span, as read before their summary: the claim tables joined.
_SENTENCES_JOINED = """
WITH chosen AS (
    SELECT s.coding_id, s.ordinal, s.alignment, s.target, df.doc_key, df.doc_id, df.date, df.publisher_country
    FROM stances s JOIN document_facts df ON df.coding_id = s.coding_id
    WHERE s.holder = ? AND s.issue = ?
    ORDER BY df.date NULLS LAST, df.doc_id, s.ordinal
)
SELECT ch.doc_id, COALESCE(c.title, d.title), ch.date, ch.ordinal, ch.alignment, ch.target, ev.start_offset,
       ev.end_offset,
       substr(d.text, GREATEST(ev.start_offset - 300, 0) + 1, ev.end_offset - GREATEST(ev.start_offset - 300, 0) + 300)
FROM chosen ch
JOIN codings c ON c.coding_id = ch.coding_id
JOIN documents d ON d.doc_key = ch.doc_key
LEFT JOIN evidence ev ON ev.claim = 'stance' AND ev.coding_id = ch.coding_id AND ev.claim_ordinal = ch.ordinal
ORDER BY ch.date NULLS LAST, ch.doc_id, ch.ordinal, ev.ordinal
"""


def test_a_cells_sentences_read_from_their_summary_are_those_of_the_claims(store_url: str) -> None:
    assert main(["ingest", str(DATA), "--db", store_url, "-q"]) == 0
    with open_store(store_url) as db:
        cells = db.query("SELECT holder, issue FROM stance_cells ORDER BY holder, issue")
        assert cells
        for holder, issue in cells:
            expected: dict[tuple[str, int], dict[str, Any]] = {}
            for doc_id, title, date, ordinal, align, target, start, end, window in db.query(
                _SENTENCES_JOINED, [holder, issue]
            ):
                row = expected.setdefault(
                    (doc_id, ordinal),
                    {"doc_id": doc_id, "title": title, "date": date, "stance": ordinal, "alignment": align,
                     "target": target, "evidence": []},
                )  # fmt: skip
                if start is not None:
                    offset = max(start - queries.CONTEXT, 0)
                    row["evidence"].append(queries.sentence_around(window, start - offset, end - offset))
            found = queries.stance_sentences(db, holder, issue, limit=10_000)
            assert [
                {**{k: s[k] for k in ("doc_id", "title", "date", "stance", "alignment", "target")},
                 "evidence": [(e["before"], e["quote"], e["after"]) for e in s["evidence"]]}
                for s in found
            ] == list(expected.values())  # fmt: skip
