"""``readout people``: who represented whom, with which titles, first and last seen.

One row per person: the name variants readouts use ("Antony Blinken", "Antony J. Blinken",
"Blinken") are one person, resolved in the store (``store/people.py``) and named as the
office-holder table names them. The row lists every name used, every title given (in the
order first seen; ``title`` is the latest), the dates first and last seen (an event's date,
else its document's publication date) and how many interactions and documents. Unnamed
officials ("the Prime Minister") are left out. ``people_and_offices`` also gives each person's titles over
time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from readout.analyse.filters import Where, like_pattern, name_like
from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend

# Each appearance of a person: as which name, with which title, when, in which coding and interaction
# (``person_appearances``, store/summaries.py: named participants of current codings, resolved and linked).
_SEEN = """
SELECT a.person_id, a.variant, a.title, a.seen, a.coding_id, a.interaction_id
FROM person_appearances a
"""
# Both at once (one pass over the appearances): a row per person (``per_title`` 1) and a row per
# person and title (``per_title`` 0), with the person's name and side.
_BOTH = f"""
WITH seen AS ({_SEEN} {{where}})
SELECT s.person_id, pe.name, pe.side, s.title, GROUPING(s.title) AS per_title,
       MIN(s.seen) AS first_seen, MAX(s.seen) AS last_seen,
       COUNT(DISTINCT s.interaction_id), COUNT(DISTINCT s.coding_id),
       string_agg(DISTINCT s.variant, chr(31) ORDER BY s.variant)
FROM seen s JOIN people pe ON pe.person_id = s.person_id
GROUP BY GROUPING SETS ((s.person_id, pe.name, pe.side), (s.person_id, pe.name, pe.side, s.title))
"""
# The people one of whose names (as stored, or as a readout gives it) matches: found first,
# so that the rest reads only their appearances (and nothing when no one matches). The names readouts give are
# those of their appearances, kept per person in ``people_summary`` (store/summaries.py): one small table read
# rather than every participant joined to its person.
_NAMED = """SELECT person_id FROM people WHERE {people}
UNION SELECT a.person_id FROM people_summary a WHERE a.all_sides = 1 AND a.per_title = 1 AND {variants}"""
SEPARATOR = chr(31)
# Without a period, the same rows from their summary (store/summaries.py), over every side or per side.
_SUMMARY = """
SELECT a.person_id, a.name, a.side, a.title, a.per_title, a.first_seen, a.last_seen, a.interactions, a.documents,
       a.variants
FROM people_summary a {where}
"""


def named(db: Backend, person: str) -> list[int]:
    """The ids of the people one of whose names holds ``person`` (any case)."""
    pattern = like_pattern(person)
    sql = _NAMED.format(people=name_like("name"), variants=name_like("a.variants"))
    return sorted(int(pid) for (pid,) in db.query(sql, [pattern, pattern]))


def _where(
    side: str | None, person: list[int] | None, since: dt.date | None, until: dt.date | None, person_id: int | None
) -> Where:
    where = Where()
    if side:
        where.add("a.side = ?", side)
    if person is not None:
        where.add("a.person_id IN (SELECT unnest(CAST(? AS BIGINT[])))", person)
    if person_id is not None:
        where.add("a.person_id = ?", person_id)
    if since:
        where.add("a.seen >= ?", since)
    if until:
        where.add("a.seen <= ?", until)
    return where


def people_rows(
    db: Backend,
    side: str | None = None,
    person: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    person_id: int | None = None,
) -> list[dict[str, Any]]:
    """One row per person: names used, titles, first and last seen, how many interactions and documents."""
    return people_and_offices(db, side, person, since, until, person_id)[0]


def people_and_offices(
    db: Backend,
    side: str | None = None,
    person: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    person_id: int | None = None,
) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """``people_rows`` and each person's titles over time (first and last seen, documents), from one pass
    over the appearances."""
    ids = named(db, person) if person else None
    if ids == []:
        return [], {}
    if since is None and until is None:
        where = _where(None, ids, None, None, person_id)
        if side:
            where.add("a.all_sides = 0 AND a.appearing_for = ?", side)
        else:
            where.add("a.all_sides = 1")
        found = db.query(_SUMMARY.format(where=where.sql()), where.params)
    else:
        where = _where(side, ids, since, until, person_id)
        found = db.query(_BOTH.format(where=where.sql()), where.params)
    titles: dict[int, list[dict[str, Any]]] = {}
    for pid, _, _, title, per_title, first, last, _, docs, _ in found:
        if not per_title and title is not None:
            titles.setdefault(int(pid), []).append(
                {"title": title, "first_seen": first, "last_seen": last, "documents": int(docs)}
            )
    for held in titles.values():
        held.sort(key=lambda t: (t["first_seen"] is None, t["first_seen"] or dt.date.min, t["last_seen"] is None,
                                 t["last_seen"] or dt.date.min, t["title"]))  # fmt: skip
    rows = []
    for pid, name, rep, _, per_title, first, last, n_int, n_doc, variants in found:
        if not per_title:
            continue
        held = titles.get(int(pid), [])
        latest = max(held, key=lambda t: (t["last_seen"] is not None, t["last_seen"] or dt.date.min), default=None)
        rows.append(
            {
                "person_id": int(pid),
                "name": name,
                "represents": rep,
                "title": latest["title"] if latest else None,
                "titles": [t["title"] for t in held],
                "names": variants.split(SEPARATOR) if variants else [],
                "first_seen": first,
                "last_seen": last,
                "interactions": int(n_int),
                "documents": int(n_doc),
            }
        )
    rows.sort(
        key=lambda r: (r["represents"] is None, r["represents"] or "", r["name"], r["first_seen"] is None,
                       r["first_seen"] or dt.date.min, r["person_id"])
    )  # fmt: skip
    return rows, titles


COLUMNS = (
    Column("person_id", "id", numeric=True),
    Column("name", "name"),
    Column("represents", "represents"),
    Column("title", "title"),
    Column("titles", "titles"),
    Column("names", "names used"),
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
    title = f"{len(rows)} {'person' if len(rows) == 1 else 'people'}{f' ({what})' if what else ''}"
    return Result(
        data={"filter": {"country": side, "person": person, "since": since, "until": until}, "people": rows},
        tables=[Table(title, COLUMNS, rows)],
    )
