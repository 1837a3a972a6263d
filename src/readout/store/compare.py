"""What each report of one interaction says, side by side.

Both governments' readouts of a meeting agree on who met, and differ on what they chose to
say: titles, topics raised, positions claimed. The comparison is assembled in SQL (what
another report also mentions is an ``EXISTS`` over the interaction's other reports) and
returned as plain dicts, the ``--json`` output and the input of the table renderer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from readout.store.backends import Backend

_PREFIX = "interaction:"


class NotFound(LookupError):
    """No interaction or document answers to the ID; the message says which was looked for."""


def resolve(db: Backend, ident: str) -> list[int]:
    """Interaction ids for ``ident``: a document id (its interactions) or an interaction number.

    A document id wins where both exist; ``interaction:N`` always means the interaction.
    """
    if not ident.startswith(_PREFIX) and db.query("SELECT 1 FROM documents WHERE doc_id = ? LIMIT 1", [ident]):
        rows = db.query(
            """SELECT DISTINCT r.interaction_id FROM interaction_reports r
               JOIN codings c ON c.coding_id = r.coding_id AND c.current
               JOIN documents d ON d.doc_key = c.doc_key
               WHERE d.doc_id = ? ORDER BY r.interaction_id""",
            [ident],
        )
        if not rows:
            raise NotFound(f"document {ident!r} reports no interaction")
        return [int(r[0]) for r in rows]
    number = ident.removeprefix(_PREFIX)
    if number.isdigit() and db.query("SELECT 1 FROM interactions WHERE interaction_id = ?", [int(number)]):
        return [int(number)]
    raise NotFound(f"no document or interaction with id {ident!r}")


_INTERACTION = "SELECT kind, date, parties, location_country FROM interactions WHERE interaction_id = ?"

_REPORTS = """
SELECT r.coding_id, d.doc_id, d.version, d.url, d.publisher, c.publisher_country, c.title, c.published, c.engine,
       e.date, e.location_name, e.location_country, e.mode, e.cameo
FROM interaction_reports r
JOIN codings c ON c.coding_id = r.coding_id AND c.current
JOIN documents d ON d.doc_key = c.doc_key
JOIN events e ON e.coding_id = r.coding_id AND e.ordinal = r.event_ordinal
WHERE r.interaction_id = ?
ORDER BY c.published NULLS LAST, d.doc_id
"""

_PARTICIPANTS = """
SELECT p.coding_id, p.name, p.title, p.country, p.org
FROM participants p
JOIN interaction_reports r ON r.coding_id = p.coding_id AND r.event_ordinal = p.event_ordinal
JOIN codings c ON c.coding_id = r.coding_id AND c.current
WHERE r.interaction_id = ?
ORDER BY p.coding_id, p.ordinal
"""

# Only current codings count: a recode interrupted before relinking leaves links to retired ones.
# A topic or stance is "elsewhere" when another report of the same interaction has it too: the
# interaction's reports are chosen first, so the comparison reads only their claims.
_REPORTED = """WITH reps AS (
    SELECT r.coding_id FROM interaction_reports r JOIN codings c ON c.coding_id = r.coding_id AND c.current
    WHERE r.interaction_id = ?
), claims AS (
    SELECT {columns} FROM {table} x WHERE x.coding_id IN (SELECT coding_id FROM reps)
)
"""
_TOPICS = (
    _REPORTED.format(columns="x.coding_id, x.ordinal, x.issue", table="topics")
    + """SELECT t.coding_id, t.issue,
       EXISTS (SELECT 1 FROM claims t2 WHERE t2.coding_id <> t.coding_id AND t2.issue = t.issue) AS elsewhere
FROM claims t
ORDER BY t.coding_id, t.ordinal
"""
)
_STANCES = (
    _REPORTED.format(columns="x.coding_id, x.ordinal, x.holder, x.alignment, x.target, x.issue", table="stances")
    + """SELECT s.coding_id, s.holder, s.alignment, s.target, s.issue, EXISTS (
    SELECT 1 FROM claims s2
    WHERE s2.coding_id <> s.coding_id AND s2.holder = s.holder AND s2.issue = s.issue AND s2.alignment = s.alignment
      AND (s2.target = s.target OR (s2.target IS NULL AND s.target IS NULL))) AS elsewhere
FROM claims s
ORDER BY s.coding_id, s.ordinal
"""
)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def comparison(db: Backend, interaction_id: int) -> dict[str, Any]:
    """One interaction and, per report, its event, participants, topics and stances."""
    kind, date, parties, place = db.query(_INTERACTION, [interaction_id])[0]
    reports: dict[int, dict[str, Any]] = {}
    for row in db.query(_REPORTS, [interaction_id]):
        cid, doc_id, version, url, publisher, pub_country, title, published, engine = row[:9]
        ev_date, loc_name, loc_country, mode, cameo = row[9:]
        reports[cid] = {
            "doc_id": doc_id,
            "version": version,
            "title": title,
            "publisher": publisher,
            "publisher_country": pub_country,
            "published": _iso(published),
            "url": url,
            "engine": engine,
            "event": {
                "date": _iso(ev_date),
                "location": {"name": loc_name, "country": loc_country} if loc_name or loc_country else None,
                "mode": mode,
                "cameo": cameo,
            },
            "participants": [],
            "topics": [],
            "only_here": [],
            "stances": [],
        }
    for cid, name, ptitle, country, org in db.query(_PARTICIPANTS, [interaction_id]):
        reports[cid]["participants"].append({"name": name, "title": ptitle, "country": country, "org": org})
    several = len(reports) > 1
    topic_reports: dict[str, int] = {}
    for cid, issue, elsewhere in db.query(_TOPICS, [interaction_id]):
        reports[cid]["topics"].append(issue)
        topic_reports[issue] = topic_reports.get(issue, 0) + 1
        if several and not elsewhere:
            reports[cid]["only_here"].append(issue)
    for cid, holder, alignment, target, issue, elsewhere in db.query(_STANCES, [interaction_id]):
        stance = {"holder": holder, "alignment": alignment, "target": target, "issue": issue}
        reports[cid]["stances"].append({**stance, "only_here": several and not elsewhere})
    shared = sorted(t for t, n in topic_reports.items() if several and n == len(reports))
    return {
        "interaction_id": interaction_id,
        "kind": kind,
        "date": _iso(date),
        "parties": parties.split("|") if parties else [],
        "location_country": place,
        "shared_topics": shared,
        "reports": list(reports.values()),
    }
