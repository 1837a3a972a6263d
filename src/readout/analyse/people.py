"""``readout people``: who represented whom, with which titles, first and last seen.

One row per person, side (state or organisation) and title, so a minister who became
president shows as two rows in date order. "Seen" is the date of an event the person took
part in (the document's publication date when the event has none). Names are as the
readouts give them; unnamed officials ("the Prime Minister") are left out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from readout.analyse.filters import Where, like_pattern, name_like
from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend

_PEOPLE = """
SELECT p.name, COALESCE(p.country, p.org) AS side, p.title,
       MIN(COALESCE(e.date, c.published)) AS first_seen, MAX(COALESCE(e.date, c.published)) AS last_seen,
       COUNT(DISTINCT r.interaction_id) AS interactions, COUNT(DISTINCT c.coding_id) AS documents
FROM participants p
JOIN codings c ON c.coding_id = p.coding_id AND c.current
JOIN events e ON e.coding_id = p.coding_id AND e.ordinal = p.event_ordinal
LEFT JOIN interaction_reports r ON r.coding_id = p.coding_id AND r.event_ordinal = p.event_ordinal
{where}
GROUP BY p.name, COALESCE(p.country, p.org), p.title
ORDER BY side NULLS LAST, p.name, first_seen NULLS LAST, p.title NULLS LAST
"""


def people_rows(
    db: Backend,
    side: str | None = None,
    person: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[dict[str, Any]]:
    """(name, side, title) with first and last dates seen and how many interactions and documents."""
    where = Where().add("p.name IS NOT NULL")
    if side:
        where.add("COALESCE(p.country, p.org) = ?", side)
    if person:
        where.add(name_like("p.name"), like_pattern(person))
    if since:
        where.add("COALESCE(e.date, c.published) >= ?", since)
    if until:
        where.add("COALESCE(e.date, c.published) <= ?", until)
    return [
        {
            "name": name,
            "represents": rep,
            "title": title,
            "first_seen": first,
            "last_seen": last,
            "interactions": int(n_int),
            "documents": int(n_doc),
        }
        for name, rep, title, first, last, n_int, n_doc in db.query(_PEOPLE.format(where=where.sql()), where.params)
    ]


COLUMNS = (
    Column("name", "name"),
    Column("represents", "represents"),
    Column("title", "title"),
    Column("first_seen", "first seen"),
    Column("last_seen", "last seen"),
    Column("interactions", "interactions", numeric=True),
    Column("documents", "documents", numeric=True),
)


def people(
    db: Backend,
    side: str | None = None,
    person: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Result:
    rows = people_rows(db, side, person, since, until)
    bits = [f"for {side}" if side else "", f"named like {person!r}" if person else ""]
    what = ", ".join(b for b in bits if b)
    title = f"{len({(r['name'], r['represents']) for r in rows})} people{f' ({what})' if what else ''}"
    return Result(
        data={"filter": {"country": side, "person": person, "since": since, "until": until}, "people": rows},
        tables=[Table(title, COLUMNS, rows)],
    )
