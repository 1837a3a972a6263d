"""Link events of different documents that report one interaction.

Both governments publish a readout of a meeting, a ministry publishes one twice: each is an
event in its own document, and analysts count and compare interactions, not documents.
Every current event belongs to exactly one interaction. Two events are one interaction
when they have the same kind, the same set of participant states/orgs (two or more), dates
at most one day apart and compatible places (the same country, or one unknown), compatible
participants, and come from different documents. Participants are compatible unless, for
some side, both name people of that side and no one in common (people as resolved by
``store/people.py``): the Secretary of State's meeting with a minister and the President's
with the same minister the next day are two interactions. Events with no date or fewer
than two parties stand alone.

Linking is incremental and runs in SQL after each ingest or recode: a new coding of a
document takes over the interactions of the coding it replaces, links of codings no longer
current are dropped, new events join a matching interaction already stored (so interaction
ids stay stable), and the rest are clustered among themselves into new interactions. Then
the summaries of the interactions that gained or lost a report are recomputed
(``store/summaries.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from readout.store.backends import Backend
from readout.store.people import resolve_people
from readout.store.search import index_documents
from readout.store.summaries import FORGET_RETIRED_INTERACTIONS, refresh_interactions

LINK_LOCK = 7_300_003  # advisory lock key: one linking transaction at a time (PostgreSQL)


@dataclass(frozen=True)
class LinkStats:
    attached: int  # new events that joined an interaction already stored
    created: int  # new interactions


_DROP_TEMP = ("DROP TABLE IF EXISTS link_pending", "DROP TABLE IF EXISTS link_groups")

_FORGET_RETIRED = "DELETE FROM interaction_reports WHERE coding_id IN (SELECT coding_id FROM codings WHERE NOT current)"

# Current events not linked yet, with the document id (versions of one id are one source).
_PENDING = """
CREATE TEMP TABLE link_pending AS
SELECT e.coding_id, e.ordinal, e.kind, e.date, e.parties, e.location_country, d.doc_id,
       (e.date IS NOT NULL AND e.parties LIKE '%|%') AS linkable
FROM events e
JOIN codings c ON c.coding_id = e.coding_id
JOIN documents d ON d.doc_key = c.doc_key
WHERE c.current AND NOT EXISTS (
    SELECT 1 FROM interaction_reports r WHERE r.coding_id = e.coding_id AND r.event_ordinal = e.ordinal)
"""

# A new coding of a document (recoded, or a new version of its id) keeps the interactions of
# the coding it replaces, for events of the same kind and parties at (about) the same date.
_INHERIT = """
INSERT INTO interaction_reports (interaction_id, coding_id, event_ordinal)
SELECT interaction_id, coding_id, ordinal FROM (
    SELECT m.interaction_id, m.coding_id, m.ordinal,
           ROW_NUMBER() OVER (PARTITION BY m.interaction_id ORDER BY m.same_place, m.coding_id, m.ordinal) AS per_doc
    FROM (
        SELECT r.interaction_id, p.coding_id, p.ordinal,
               CASE WHEN e.ordinal = p.ordinal THEN 0 ELSE 1 END AS same_place,
               ROW_NUMBER() OVER (PARTITION BY p.coding_id, p.ordinal
                                  ORDER BY CASE WHEN e.ordinal = p.ordinal THEN 0 ELSE 1 END, r.interaction_id)
                   AS choice
        FROM link_pending p
        JOIN documents od ON od.doc_id = p.doc_id
        JOIN codings old ON old.doc_key = od.doc_key AND NOT old.current
        JOIN interaction_reports r ON r.coding_id = old.coding_id
        JOIN events e ON e.coding_id = r.coding_id AND e.ordinal = r.event_ordinal
        WHERE e.kind = p.kind AND e.parties = p.parties
          AND (abs(e.date - p.date) <= 1 OR (e.date IS NULL AND p.date IS NULL))
    ) AS m
    WHERE m.choice = 1
) AS a
WHERE a.per_doc = 1
"""

# A side that the pending event ``p`` and the interaction ``i`` both name people of, with no one in common.
_OTHER_PEOPLE = """
SELECT 1 FROM participant_people a
WHERE a.coding_id = p.coding_id AND a.event_ordinal = p.ordinal
  AND EXISTS (SELECT 1 FROM interaction_reports rb
              JOIN participant_people b ON b.coding_id = rb.coding_id AND b.event_ordinal = rb.event_ordinal
              WHERE rb.interaction_id = i.interaction_id AND b.side = a.side)
  AND NOT EXISTS (SELECT 1 FROM participant_people a2
                  JOIN participant_people b ON b.side = a2.side AND b.person_id = a2.person_id
                  JOIN interaction_reports rb ON rb.coding_id = b.coding_id AND rb.event_ordinal = b.event_ordinal
                  WHERE a2.coding_id = p.coding_id AND a2.event_ordinal = p.ordinal AND a2.side = a.side
                    AND rb.interaction_id = i.interaction_id)
"""

# Each pending event joins the closest matching interaction that no event of its document is in yet;
# of two events of one document matching the same interaction, the closer one joins.
_ATTACH = f"""
INSERT INTO interaction_reports (interaction_id, coding_id, event_ordinal)
SELECT interaction_id, coding_id, ordinal FROM (
    SELECT m.interaction_id, m.coding_id, m.ordinal,
           ROW_NUMBER() OVER (PARTITION BY m.interaction_id, m.doc_id ORDER BY m.gap, m.coding_id, m.ordinal) AS per_doc
    FROM (
        SELECT i.interaction_id, p.coding_id, p.ordinal, p.doc_id, abs(p.date - i.date) AS gap,
               ROW_NUMBER() OVER (PARTITION BY p.coding_id, p.ordinal
                                  ORDER BY abs(p.date - i.date), i.interaction_id) AS choice
        FROM link_pending p
        JOIN interactions i
          ON i.kind = p.kind AND i.parties = p.parties AND abs(p.date - i.date) <= 1
         AND (p.location_country IS NULL OR i.location_country IS NULL OR p.location_country = i.location_country)
        WHERE p.linkable AND NOT EXISTS (
            SELECT 1 FROM interaction_reports r
            JOIN codings c ON c.coding_id = r.coding_id
            JOIN documents d ON d.doc_key = c.doc_key
            WHERE r.interaction_id = i.interaction_id AND d.doc_id = p.doc_id)
          AND NOT EXISTS ({_OTHER_PEOPLE})
    ) AS m
    WHERE m.choice = 1
) AS a
WHERE a.per_doc = 1
"""

# The events still unlinked, clustered: within one (kind, parties), sorted by date, a gap of
# more than a day starts a new cluster; an event with no known place takes the cluster's
# place when the cluster has only one; a second event of one document starts another group.
# Unlinkable events (no date, one party) each start a cluster of their own.
_GROUPS = """
CREATE TEMP TABLE link_groups AS
WITH rest AS (
    SELECT p.* FROM link_pending p WHERE NOT EXISTS (
        SELECT 1 FROM interaction_reports r WHERE r.coding_id = p.coding_id AND r.event_ordinal = p.ordinal)
), stepped AS (
    SELECT rest.*,
           CASE WHEN NOT linkable OR LAG(date) OVER w IS NULL OR date - LAG(date) OVER w > 1 THEN 1 ELSE 0 END
               AS starts
    FROM rest
    WINDOW w AS (PARTITION BY kind, parties ORDER BY date NULLS LAST, coding_id, ordinal)
), clustered AS (
    SELECT stepped.*,
           SUM(starts) OVER (PARTITION BY kind, parties ORDER BY date NULLS LAST, coding_id, ordinal
                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cluster
    FROM stepped
), placed AS (
    SELECT clustered.*,
           COALESCE(location_country,
                    CASE WHEN MIN(location_country) OVER c = MAX(location_country) OVER c
                         THEN MIN(location_country) OVER c END) AS place
    FROM clustered
    WINDOW c AS (PARTITION BY kind, parties, cluster)
), deduped AS (
    SELECT placed.*,
           ROW_NUMBER() OVER (PARTITION BY kind, parties, cluster, place, doc_id ORDER BY coding_id, ordinal) AS dup
    FROM placed
)
SELECT coding_id, ordinal, kind, date, parties, place,
       DENSE_RANK() OVER (ORDER BY kind, parties, cluster, place NULLS LAST, dup) AS g
FROM deduped
"""

_IDS = "SELECT unnest(CAST(? AS BIGINT[])) AS interaction_id, unnest(CAST(? AS BIGINT[])) AS g"

_CREATE = f"""
INSERT INTO interactions (interaction_id, kind, date, parties, location_country)
SELECT n.interaction_id, MIN(l.kind), MIN(l.date), MIN(l.parties), MIN(l.place)
FROM link_groups l JOIN ({_IDS}) AS n ON n.g = l.g
GROUP BY n.interaction_id
"""

_REPORT = f"""
INSERT INTO interaction_reports (interaction_id, coding_id, event_ordinal)
SELECT n.interaction_id, l.coding_id, l.ordinal
FROM link_groups l JOIN ({_IDS}) AS n ON n.g = l.g
"""

# Interactions that gained a report in this linking: their summaries are recomputed.
_GAINED = """SELECT r.interaction_id FROM interaction_reports r
             JOIN link_pending p ON p.coding_id = r.coding_id AND p.ordinal = r.event_ordinal"""

_FORGET_EMPTY = "DELETE FROM interactions WHERE interaction_id NOT IN (SELECT interaction_id FROM interaction_reports)"


def link_interactions(db: Backend) -> LinkStats:
    """Bring interactions up to date with the current codings, in one transaction."""
    with db.transaction():
        db.lock(LINK_LOCK)
        resolve_people(db)
        index_documents(db)
        for sql in _DROP_TEMP:
            db.execute(sql)
        db.execute(_PENDING)
        reports = "SELECT COUNT(*) FROM interaction_reports"
        before = _count(db, reports)
        db.execute(_INHERIT)
        attached = _count(db, reports) - before
        db.execute(FORGET_RETIRED_INTERACTIONS)
        db.execute(_FORGET_RETIRED)
        before = _count(db, reports)
        db.execute(_ATTACH)
        attached += _count(db, reports) - before
        db.execute(_GROUPS)
        _split_groups(db)
        groups = _count(db, "SELECT COALESCE(MAX(g), 0) FROM link_groups")
        if groups:
            rows = db.query("SELECT nextval('interaction_ids') FROM generate_series(1, ?)", [groups])
            ids = [sorted(int(r[0]) for r in rows), list(range(1, groups + 1))]
            db.execute(_CREATE, ids)
            db.execute(_REPORT, ids)
        db.execute(_FORGET_EMPTY)
        refresh_interactions(db, changed=_GAINED)
        for sql in _DROP_TEMP:
            db.execute(sql)
    return LinkStats(attached, groups)


# The members of groups of more than one event, in date order, each with the people it names per side.
_MEMBERS = """
SELECT l.g, l.coding_id, l.ordinal, pp.side, pp.person_id
FROM link_groups l
LEFT JOIN participant_people pp ON pp.coding_id = l.coding_id AND pp.event_ordinal = l.ordinal
WHERE l.g IN (SELECT g FROM link_groups GROUP BY g HAVING COUNT(*) > 1)
ORDER BY l.g, l.date, l.coding_id, l.ordinal
"""
People = dict[str, set[int]]


def compatible(a: People, b: People) -> bool:
    """Reports whose people can be of one meeting: no side that both name people of has no one in common."""
    return all(a[side] & b[side] for side in a.keys() & b.keys())


def _split_groups(db: Backend) -> None:
    """Split each new group into groups of compatible participants (first come, first placed), numbering new ones."""
    members: dict[int, dict[tuple[int, int], People]] = {}
    for g, coding_id, ordinal, side, person in db.query(_MEMBERS):
        people = members.setdefault(int(g), {}).setdefault((int(coding_id), int(ordinal)), {})
        if side is not None and person is not None:
            people.setdefault(side, set()).add(int(person))
    moves: list[tuple[int, int, int]] = []
    last = _count(db, "SELECT COALESCE(MAX(g), 0) FROM link_groups")
    for event_people in members.values():
        parts: list[tuple[int, People]] = []  # (new group number, 0 for the group's own; the people so far)
        for (coding_id, ordinal), people in event_people.items():
            home = next((part for part in parts if compatible(part[1], people)), None)
            if home is None:
                if parts:
                    last += 1
                home = (last if parts else 0, {})
                parts.append(home)
            for side, ids in people.items():
                home[1].setdefault(side, set()).update(ids)
            if home[0]:
                moves.append((home[0], coding_id, ordinal))
    for g, coding_id, ordinal in moves:
        db.execute("UPDATE link_groups SET g = ? WHERE coding_id = ? AND ordinal = ?", [g, coding_id, ordinal])


def _count(db: Backend, sql: str) -> int:
    return int(db.query(sql)[0][0])


def interaction_counts(db: Backend) -> tuple[int, int]:
    """(interactions, of which reported by more than one document)."""
    sql = """SELECT COUNT(*), COALESCE(SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END), 0)
             FROM (SELECT interaction_id, COUNT(*) AS n FROM interaction_reports GROUP BY interaction_id) AS r"""
    total, shared = db.query(sql)[0]
    return int(total), int(shared)
