"""Helpers for the store tests: the corpora they ingest, row counts, and consistency checks."""

from __future__ import annotations

from pathlib import Path

from readout.store import Backend

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [ROOT / "examples" / "readouts.jsonl", ROOT / "examples" / "txt", ROOT / "examples" / "html"]
DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"
DATA = Path(__file__).resolve().parent / "data"
TABLES = (
    "documents",
    "codings",
    "events",
    "participants",
    "stances",
    "topics",
    "statements",
    "evidence",
    "interactions",
    "interaction_reports",
)


def corpus() -> list[str]:
    """The bundled examples, plus the dev set when ../shared is present."""
    return [str(p) for p in EXAMPLES] + ([str(DEV)] if DEV.is_file() else [])


def row_counts(db: Backend) -> dict[str, int]:
    return {t: int(db.query(f"SELECT COUNT(*) FROM {t}")[0][0]) for t in TABLES}


# Each query lists what breaks an invariant; a consistent store gives no rows for any.
INVARIANTS = {
    "document without a coding": "SELECT doc_key FROM documents d WHERE NOT EXISTS "
    "(SELECT 1 FROM codings c WHERE c.doc_key = d.doc_key)",
    "coding without a document": "SELECT coding_id FROM codings c WHERE NOT EXISTS "
    "(SELECT 1 FROM documents d WHERE d.doc_key = c.doc_key)",
    "doc id without exactly one current coding": "SELECT d.doc_id FROM documents d "
    "LEFT JOIN codings c ON c.doc_key = d.doc_key AND c.current GROUP BY d.doc_id HAVING COUNT(c.coding_id) <> 1",
    "current coding of an older version": "SELECT c.coding_id FROM codings c JOIN documents d ON d.doc_key = c.doc_key "
    "WHERE c.current AND d.version < (SELECT MAX(version) FROM documents o WHERE o.doc_id = d.doc_id)",
    "participant without its event": "SELECT p.coding_id FROM participants p WHERE NOT EXISTS "
    "(SELECT 1 FROM events e WHERE e.coding_id = p.coding_id AND e.ordinal = p.event_ordinal)",
    "current event in no interaction": "SELECT e.coding_id FROM events e JOIN codings c ON c.coding_id = e.coding_id "
    "WHERE c.current AND NOT EXISTS (SELECT 1 FROM interaction_reports r "
    "WHERE r.coding_id = e.coding_id AND r.event_ordinal = e.ordinal)",
    "report of a missing or retired event": "SELECT r.coding_id FROM interaction_reports r WHERE NOT EXISTS "
    "(SELECT 1 FROM events e JOIN codings c ON c.coding_id = e.coding_id "
    "WHERE c.current AND e.coding_id = r.coding_id AND e.ordinal = r.event_ordinal)",
    "report of an unknown interaction": "SELECT r.interaction_id FROM interaction_reports r WHERE NOT EXISTS "
    "(SELECT 1 FROM interactions i WHERE i.interaction_id = r.interaction_id)",
    "interaction without reports": "SELECT interaction_id FROM interactions i WHERE NOT EXISTS "
    "(SELECT 1 FROM interaction_reports r WHERE r.interaction_id = i.interaction_id)",
}
for _table in ("events", "stances", "topics", "statements", "evidence"):
    INVARIANTS[f"{_table} row without a coding"] = (
        f"SELECT t.coding_id FROM {_table} t WHERE NOT EXISTS (SELECT 1 FROM codings c WHERE c.coding_id = t.coding_id)"
    )


def problems(db: Backend, linked: bool = True) -> dict[str, int]:
    """Invariants the store breaks, with the number of offending rows (empty when consistent).

    ``linked=False`` leaves out the check that every current event is linked: a killed ingest
    stores documents but does not get to link them, which the next run does.
    """
    found = {}
    for name, sql in INVARIANTS.items():
        if not linked and name == "current event in no interaction":
            continue
        n = len(db.query(sql))
        if n:
            found[name] = n
    return found
