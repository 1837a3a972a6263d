"""``readout events``: the interactions of the store, one row each, filtered.

A row is an interaction (the reports of one meeting or call linked together, see
``docs/store.md``), not a document: its date, kind, place, parties, the participants its
reports name (with the titles they give) and the ids of the documents that report it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from readout.analyse.filters import InteractionFilter
from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend
from readout.store.summaries import FIELDS, split_participants

# One row per interaction, from its summary (store/summaries.py): place, participants (titles
# merged over its reports) and the ids of its current reports' documents are stored with it.
# With a limit, the ids are chosen first and the wide columns read for those only.
_INTERACTIONS = """
SELECT i.interaction_id, i.date, i.kind, i.place, i.location_country, i.parties, i.documents, i.participants
FROM interaction_facts i
{where}
ORDER BY {order}
"""
_LIMITED = """
WITH chosen AS (SELECT i.interaction_id FROM interaction_facts i {where} ORDER BY {order} LIMIT ?)
SELECT i.interaction_id, i.date, i.kind, i.place, i.location_country, i.parties, i.documents, i.participants
FROM interaction_facts i
WHERE i.interaction_id IN (SELECT interaction_id FROM chosen)
ORDER BY {order}
"""
SEPARATOR = FIELDS  # joins document ids in SQL (a string is read faster than a list; ids hold no control characters)


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


def newest_from(counts: list[tuple[Any, Any, Any]], n: int) -> dt.date | None:
    """The first day of the latest month (``(year, month, count)`` rows; month None: counts of a whole year) from
    which on at least ``n`` interactions are dated: the newest ``n`` are all on or after it. None when fewer are."""
    seen = 0
    dated = sorted((c for c in counts if c[0] is not None), key=lambda c: (c[0], c[1] or 1), reverse=True)
    for year, month, k in dated:
        seen += int(k)
        if seen >= n:
            return dt.date(int(year), int(month or 1), 1)
    return None


def interactions(
    db: Backend,
    flt: InteractionFilter,
    limit: int | None = None,
    newest_first: bool = False,
    after: dt.date | None = None,
) -> list[dict[str, Any]]:
    """The interactions that ``flt`` selects, by date (the newest first if asked), with participants and documents
    (``after``: with ``newest_first`` and a limit, a date the rows asked for are all on or after, ``newest_from``:
    the database sorts only the rows from then on)."""
    where = flt.where()
    if after is not None and newest_first and limit is not None:
        where.add("i.date >= ?", after)
    order = "i.date DESC NULLS LAST, i.interaction_id DESC" if newest_first else "i.date NULLS LAST, i.interaction_id"
    sql = (_INTERACTIONS if limit is None else _LIMITED).format(where=where.sql(), order=order)
    params = [*where.params, *([limit] if limit is not None else [])]
    return _rows(db.query(sql, params))


def _rows(found: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [
        {
            "interaction_id": int(iid),
            "date": date,
            "kind": kind,
            "place": place,
            "location_country": country,
            "parties": parties.split("|") if parties else [],
            "participants": split_participants(people, with_person=False),
            "documents": docs.split(SEPARATOR),
        }
        for iid, date, kind, place, country, parties, docs, people in found
    ]


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
