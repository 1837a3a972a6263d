"""The store's schema as ordered, versioned migrations.

A database records the versions applied in ``schema_migrations``; opening it applies the
missing ones in order, each in its own transaction, so a store made by an older readout is
brought up to date and one made by a newer readout is refused rather than misread.
New steps are appended with the next version number; applied steps never change.
"""

from __future__ import annotations

from dataclasses import dataclass

from readout.store.backends import Backend, StoreError
from readout.store.summaries import (
    DOCUMENT_FACTS,
    FILL_ALL_CELLS,
    FILL_ALL_DOCUMENTS,
    FILL_APPEARANCES,
    FILL_INTERACTIONS,
    FILL_PARTY_MONTHS,
    FIRST_GENERATION,
    FORGET_PARTY_MONTHS,
    INTERACTION_FACTS,
    PARTY_MONTHS,
    PARTY_TOPICS,
    PEOPLE_SUMMARY,
    PERSON_APPEARANCES,
    RECOUNTED,
    RECOUNTED_7,
    STANCE_CELLS,
    STANCE_EVIDENCE,
    STANCE_PAIR_YEARS,
    STANCE_TARGET_CELLS,
    STORE_GENERATION,
)

MIGRATION_LOCK = 7_300_001  # advisory lock key: one migrating process at a time (PostgreSQL)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    postgres: tuple[str, ...] = ()  # run on PostgreSQL only, after ``statements`` (indexes DuckDB does without)


_V1 = (
    "CREATE SEQUENCE IF NOT EXISTS coding_ids START 1",
    "CREATE SEQUENCE IF NOT EXISTS interaction_ids START 1",
    # One row per distinct content; a changed text under the same doc_id is version n+1.
    """CREATE TABLE documents (
        doc_key TEXT PRIMARY KEY, doc_id TEXT NOT NULL, version INTEGER NOT NULL,
        source TEXT, url TEXT, publisher TEXT, title TEXT, published DATE,
        text TEXT NOT NULL, ingested_at TIMESTAMP,
        UNIQUE (doc_id, version))""",
    "CREATE INDEX documents_doc_id ON documents (doc_id)",
    # One row per coding of a document by an engine; queries read only current codings.
    """CREATE TABLE codings (
        coding_id BIGINT PRIMARY KEY, doc_key TEXT NOT NULL, engine TEXT NOT NULL,
        coded_at TIMESTAMP, current BOOLEAN NOT NULL, is_readout BOOLEAN NOT NULL,
        title TEXT, publisher_country TEXT, published DATE)""",
    "CREATE INDEX codings_doc_key ON codings (doc_key)",
    """CREATE TABLE events (
        coding_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, kind TEXT NOT NULL, date DATE,
        location_name TEXT, location_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
        mode TEXT, cameo TEXT, plover_type TEXT, plover_mode TEXT,
        parties TEXT NOT NULL,
        PRIMARY KEY (coding_id, ordinal))""",
    """CREATE TABLE participants (
        coding_id BIGINT NOT NULL, event_ordinal INTEGER NOT NULL, ordinal INTEGER NOT NULL,
        name TEXT, country TEXT, org TEXT, title TEXT,
        PRIMARY KEY (coding_id, event_ordinal, ordinal))""",
    """CREATE TABLE stances (
        coding_id BIGINT NOT NULL, ordinal INTEGER NOT NULL,
        holder TEXT NOT NULL, target TEXT, issue TEXT NOT NULL, alignment TEXT NOT NULL,
        PRIMARY KEY (coding_id, ordinal))""",
    """CREATE TABLE topics (
        coding_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, issue TEXT NOT NULL,
        PRIMARY KEY (coding_id, ordinal))""",
    """CREATE TABLE statements (
        coding_id BIGINT NOT NULL, ordinal INTEGER NOT NULL,
        speaker TEXT, country TEXT, text TEXT NOT NULL,
        PRIMARY KEY (coding_id, ordinal))""",
    # claim: 'event' | 'stance' | 'topic' | 'statement'; claim_ordinal indexes that claim's table.
    """CREATE TABLE evidence (
        coding_id BIGINT NOT NULL, claim TEXT NOT NULL, claim_ordinal INTEGER NOT NULL,
        ordinal INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
        PRIMARY KEY (coding_id, claim, claim_ordinal, ordinal))""",
    # One interaction reported by one or more documents; parties: sorted codes joined by '|'.
    """CREATE TABLE interactions (
        interaction_id BIGINT PRIMARY KEY, kind TEXT NOT NULL, date DATE,
        parties TEXT NOT NULL, location_country TEXT)""",
    """CREATE TABLE interaction_reports (
        interaction_id BIGINT NOT NULL, coding_id BIGINT NOT NULL, event_ordinal INTEGER NOT NULL,
        PRIMARY KEY (coding_id, event_ordinal))""",
    "CREATE INDEX interaction_reports_interaction ON interaction_reports (interaction_id)",
    "CREATE INDEX interactions_parties ON interactions (kind, parties)",
)

# One identity per person (store/people.py): participants of current codings are resolved to
# people after each ingest or recode, so a store migrated from version 1 gets its people on
# the next `readout ingest` or `readout recode`.
_V2 = (
    "CREATE SEQUENCE IF NOT EXISTS person_ids START 1",
    # family: the last word of the name, folded; given: the words before it; holder: named as in office_holders.tsv.
    """CREATE TABLE people (
        person_id BIGINT PRIMARY KEY, name TEXT NOT NULL, side TEXT,
        family TEXT NOT NULL, given TEXT NOT NULL, holder BOOLEAN NOT NULL)""",
    "CREATE INDEX people_family ON people (family)",
    """CREATE TABLE participant_people (
        coding_id BIGINT NOT NULL, event_ordinal INTEGER NOT NULL, ordinal INTEGER NOT NULL,
        person_id BIGINT NOT NULL, side TEXT,
        PRIMARY KEY (coding_id, event_ordinal, ordinal))""",
    "CREATE INDEX participant_people_person ON participant_people (person_id)",
)

# The full-text index (store/search.py): the stems of each current coding's title and text,
# and which codings are indexed; filled after each ingest or recode, so a migrated store is
# indexed by its next writing command. DuckDB scans the term column; PostgreSQL gets a B-tree.
_V3 = (
    "CREATE TABLE search_terms (term TEXT NOT NULL, coding_id BIGINT NOT NULL)",
    "CREATE TABLE search_indexed (coding_id BIGINT NOT NULL)",
)
_V3_POSTGRES = (
    "CREATE INDEX search_terms_term ON search_terms (term, coding_id)",
    "CREATE INDEX search_terms_coding ON search_terms (coding_id)",
    "CREATE INDEX search_indexed_coding ON search_indexed (coding_id)",
)

# Summary tables the views read (store/summaries.py), filled here for the store as it is; and the
# search index again with pairs of adjacent stems (phrases), so it is emptied: the store's next
# writing command indexes every current coding anew. ``search_layout``: how many index rows are
# in term order (DuckDB keeps the index sorted by term, store/search.py).
_V4 = (
    DOCUMENT_FACTS,
    INTERACTION_FACTS,
    STANCE_CELLS,
    FILL_ALL_DOCUMENTS,
    FILL_INTERACTIONS,
    FILL_ALL_CELLS,
    "DELETE FROM search_terms",
    "DELETE FROM search_indexed",
    "CREATE TABLE search_layout (sorted_rows BIGINT NOT NULL)",
    "INSERT INTO search_layout (sorted_rows) VALUES (0)",
)
_V4_POSTGRES = (
    "CREATE INDEX document_facts_date ON document_facts (date)",
    "CREATE INDEX interaction_facts_date ON interaction_facts (date)",
    "CREATE INDEX document_facts_doc_key ON document_facts (doc_key)",
    "CREATE INDEX interaction_facts_kind ON interaction_facts (kind, parties)",
)

# Each appearance of a person in one table (store/summaries.py), filled for the store as it is (people
# resolved and events linked; the rest by the next linking); and the store's generation, which every
# write and linking increases (what the web app's cache checks).
_V5 = (
    PERSON_APPEARANCES,
    FILL_APPEARANCES,
    "CREATE INDEX person_appearances_person ON person_appearances (person_id)",
    STORE_GENERATION,
    FIRST_GENERATION,
)
_V5_POSTGRES = (
    "CREATE INDEX person_appearances_side ON person_appearances (side)",
    "CREATE INDEX person_appearances_interaction ON person_appearances (interaction_id)",
)

# Interactions counted per party, partner, kind and month, people over all their appearances, the stance
# matrix per target (store/summaries.py), filled for the store as it is; every linking computes them anew.
_V6 = (PARTY_MONTHS, PEOPLE_SUMMARY, STANCE_TARGET_CELLS, *RECOUNTED)
_V6_POSTGRES = (
    "CREATE INDEX party_months_party ON party_months (party, partner)",
    "CREATE INDEX people_summary_person ON people_summary (person_id)",
    "CREATE INDEX people_summary_side ON people_summary (appearing_for)",
    "CREATE INDEX stance_target_cells_target ON stance_target_cells (target)",
)

# The topics of documents per party and month, the stances between two parties per year (store/summaries.py),
# each stance with its document and evidence spans (a cell's sentences), filled for the store as it is; every
# linking computes them anew. The counts per month again, in party order.
_V7 = (PARTY_TOPICS, STANCE_PAIR_YEARS, STANCE_EVIDENCE, *RECOUNTED_7, FORGET_PARTY_MONTHS, FILL_PARTY_MONTHS)
_V7_POSTGRES = (
    "CREATE INDEX party_topics_party ON party_topics (party)",
    "CREATE INDEX stance_pair_years_holder ON stance_pair_years (holder, target)",
    "CREATE INDEX stance_evidence_cell ON stance_evidence (holder, issue)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "event store: documents, codings, claims, interactions", _V1),
    Migration(2, "people: one identity per person", _V2),
    Migration(3, "full-text index: stems of titles and texts", _V3, _V3_POSTGRES),
    Migration(4, "summary tables for the views; search index with stem pairs", _V4, _V4_POSTGRES),
    Migration(5, "people's appearances in one table; the store's generation", _V5, _V5_POSTGRES),
    Migration(6, "counts per party and month, people, stances per target", _V6, _V6_POSTGRES),
    Migration(7, "topics per party and month, stances between two parties per year", _V7, _V7_POSTGRES),
)

_BOOTSTRAP = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP)"""


def applied_versions(db: Backend) -> set[int]:
    return {int(v) for (v,) in db.query("SELECT version FROM schema_migrations")}


def migrate(db: Backend, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Apply the missing migrations in order; the versions applied now are returned."""
    with db.transaction():
        db.lock(MIGRATION_LOCK)
        db.execute(_BOOTSTRAP)
    known = migrations[-1].version if migrations else 0
    newest = max(applied_versions(db), default=0)
    if newest > known:
        raise StoreError(
            f"{db.where}: schema version {newest} is newer than this readout knows ({known}); upgrade readout"
        )
    done: list[int] = []
    already = applied_versions(db)
    for step in (m for m in migrations if m.version not in already):
        with db.transaction():
            db.lock(MIGRATION_LOCK)
            if step.version in applied_versions(db):
                continue
            for statement in step.statements + (step.postgres if db.kind == "postgres" else ()):
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                [step.version, step.name],
            )
        done.append(step.version)
    return done


def check_schema(db: Backend, migrations: tuple[Migration, ...] = MIGRATIONS) -> None:
    """Refuse, without writing, a store whose schema is not exactly the one this readout knows.

    Readers open stores read-only and cannot migrate: an older store needs one run of a
    writing command (``readout ingest`` or ``readout recode``) first.
    """
    try:
        versions = applied_versions(db)
    except db.errors:
        raise StoreError(f"{db.where}: not a readout store (no schema_migrations table)") from None
    known = migrations[-1].version if migrations else 0
    newest = max(versions, default=0)
    if newest > known:
        raise StoreError(
            f"{db.where}: schema version {newest} is newer than this readout knows ({known}); upgrade readout"
        )
    if versions != {m.version for m in migrations}:
        raise StoreError(
            f"{db.where}: schema version {newest} is older than this readout's ({known}); "
            "run `readout recode` once to upgrade it"
        )
