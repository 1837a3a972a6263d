"""``readout events``: the interactions of the store, one row each, filtered.

A row is an interaction (the reports of one meeting or call linked together, see
``docs/store.md``), not a document: its date, kind, place, parties, the participants its
reports name (with the titles they give) and the ids of the documents that report it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from readout.analyse.filters import InteractionFilter
from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend

# The selected interactions are chosen (and limited) first; both queries below start from them.
_CHOSEN = """
WITH chosen AS (
    SELECT i.interaction_id, i.date, i.kind, i.location_country, i.parties FROM interactions i
    {where}
    ORDER BY i.date NULLS LAST, i.interaction_id
    {limit}
)
"""

# Each chosen interaction with its place (as its reports name it) and the ids of its current reports.
_INTERACTIONS = (
    _CHOSEN
    + """
SELECT ch.interaction_id, ch.date, ch.kind, MIN(e.location_name) AS place, ch.location_country, ch.parties,
       string_agg(DISTINCT d.doc_id, chr(31) ORDER BY d.doc_id) AS documents
FROM chosen ch
JOIN interaction_reports r ON r.interaction_id = ch.interaction_id
JOIN codings c ON c.coding_id = r.coding_id AND c.current
JOIN documents d ON d.doc_key = c.doc_key
JOIN events e ON e.coding_id = r.coding_id AND e.ordinal = r.event_ordinal
GROUP BY ch.interaction_id, ch.date, ch.kind, ch.location_country, ch.parties
ORDER BY ch.date NULLS LAST, ch.interaction_id
"""
)

# One row per participant of each chosen interaction (as its current reports name them), titles merged.
_PARTICIPANTS = (
    _CHOSEN
    + """
SELECT r.interaction_id, p.name, p.country, p.org,
       string_agg(DISTINCT p.title, ' / ' ORDER BY p.title) AS titles, MIN(p.ordinal) AS pos
FROM chosen ch
JOIN interaction_reports r ON r.interaction_id = ch.interaction_id
JOIN codings c ON c.coding_id = r.coding_id AND c.current
JOIN participants p ON p.coding_id = r.coding_id AND p.event_ordinal = r.event_ordinal
GROUP BY r.interaction_id, p.name, p.country, p.org
ORDER BY r.interaction_id, pos, p.name NULLS LAST
"""
)
SEPARATOR = chr(31)  # joins document ids in SQL (a string is read faster than a list; ids hold no control characters)


def participant_label(p: dict[str, Any]) -> str:
    """'Han Zheng (CHN, Vice President)': who, for whom, as what."""
    side = p.get("country") or p.get("org") or "?"
    title = f", {p['title']}" if p.get("title") else ""
    return f"{p.get('name') or '(unnamed)'} ({side}{title})"


def _place(row: dict[str, Any]) -> str | None:
    if row["place"] and row["location_country"]:
        return f"{row['place']} ({row['location_country']})"
    return row["place"] or row["location_country"]


def screen_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for SCREEN_COLUMNS: the place and its country in one cell."""
    return [{**row, "where": _place(row)} for row in rows]


def interactions(db: Backend, flt: InteractionFilter, limit: int | None = None) -> list[dict[str, Any]]:
    """The interactions that ``flt`` selects, by date, each with its participants and documents."""
    where = flt.where()
    clauses = {"where": where.sql(), "limit": "LIMIT ?" if limit is not None else ""}
    params = [*where.params, *([limit] if limit is not None else [])]
    rows = [
        {
            "interaction_id": iid,
            "date": date,
            "kind": kind,
            "place": place,
            "location_country": country,
            "parties": parties.split("|") if parties else [],
            "participants": [],
            "documents": docs.split(SEPARATOR),
        }
        for iid, date, kind, place, country, parties, docs in db.query(_INTERACTIONS.format(**clauses), params)
    ]
    people: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
    if rows:
        for iid, name, country, org, titles, _ in db.query(_PARTICIPANTS.format(**clauses), params):
            people[iid].append({"name": name, "country": country, "org": org, "title": titles})
    for row in rows:
        row["participants"] = people[row["interaction_id"]]
    return rows


COLUMNS = (
    Column("interaction_id", "#", numeric=True),
    Column("date", "date"),
    Column("kind", "kind"),
    Column("place", "place"),
    Column("location_country", "country"),
    Column("parties", "parties"),
    Column("participants", "participants", show=lambda ps: [participant_label(p) for p in ps]),
    Column("documents", "documents"),
)
# On a terminal the place and its country share a column (see screen_rows).
SCREEN_COLUMNS = tuple(
    Column("where", "place") if c.key == "place" else c for c in COLUMNS if c.key != "location_country"
)


def events(db: Backend, flt: InteractionFilter, limit: int | None = None) -> Result:
    rows = interactions(db, flt, limit)
    what = flt.describe()
    title = f"{len(rows)} interaction{'s' if len(rows) != 1 else ''}" + (f" ({what})" if what else "")
    return Result(
        data={"filter": flt.as_json(), "interactions": rows},
        tables=[Table(title, SCREEN_COLUMNS, screen_rows(rows))],
        flat=Table(title, COLUMNS, rows),
    )
