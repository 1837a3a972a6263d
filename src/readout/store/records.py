"""Stored codings read back as Records: the store loses nothing the engine produced.

Used to export or re-serve records without coding again, and by the tests to check that
every stored coding is exactly the record the engine gives for its document.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from readout.model import Event, Location, Participant, Record, Span, Stance, Statement
from readout.store.backends import Backend


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def load_record(db: Backend, coding_id: int) -> Record:
    """The Record of one coding, rebuilt from its rows."""
    head = db.query(
        """SELECT d.doc_id, c.title, c.is_readout, d.publisher, c.publisher_country, c.published, d.url, c.engine
           FROM codings c JOIN documents d ON d.doc_key = c.doc_key WHERE c.coding_id = ?""",
        [coding_id],
    )
    if not head:
        raise KeyError(f"no coding {coding_id}")
    doc_id, title, is_readout, publisher, publisher_country, published, url, engine = head[0]
    spans = _evidence(db, coding_id)
    people: dict[int, list[Participant]] = defaultdict(list)
    for ev_ord, name, country, org, ptitle in db.query(
        "SELECT event_ordinal, name, country, org, title FROM participants WHERE coding_id = ? "
        "ORDER BY event_ordinal, ordinal",
        [coding_id],
    ):
        people[ev_ord].append(Participant(name, country, org, ptitle))
    events = [
        Event(
            kind,
            _iso(date),
            Location(loc_name, loc_country, lat, lon) if (loc_name, loc_country, lat, lon) != (None,) * 4 else None,
            people[i],
            mode,
            cameo,
            {"type": p_type, "mode": p_mode},
            spans["event", i],
        )
        for i, kind, date, loc_name, loc_country, lat, lon, mode, cameo, p_type, p_mode in db.query(
            "SELECT ordinal, kind, date, location_name, location_country, lat, lon, mode, cameo, plover_type, "
            "plover_mode FROM events WHERE coding_id = ? ORDER BY ordinal",
            [coding_id],
        )
    ]
    stances = [
        Stance(holder, target, issue, alignment, spans["stance", i])
        for i, holder, target, issue, alignment in db.query(
            "SELECT ordinal, holder, target, issue, alignment FROM stances WHERE coding_id = ? ORDER BY ordinal",
            [coding_id],
        )
    ]
    topics = [
        (i, t)
        for i, t in db.query("SELECT ordinal, issue FROM topics WHERE coding_id = ? ORDER BY ordinal", [coding_id])
    ]
    statements = [
        Statement(speaker, country, text, spans["statement", i])
        for i, speaker, country, text in db.query(
            "SELECT ordinal, speaker, country, text FROM statements WHERE coding_id = ? ORDER BY ordinal", [coding_id]
        )
    ]
    return Record(
        doc_id=doc_id,
        title=title,
        is_readout=bool(is_readout),
        events=events,
        stances=stances,
        topics=[t for _, t in topics],
        statements=statements,
        publisher=publisher,
        publisher_country=publisher_country,
        published=_iso(published),
        url=url,
        engine=engine,
        topic_evidence={t: spans["topic", i] for i, t in topics},
    )


def _evidence(db: Backend, coding_id: int) -> defaultdict[tuple[str, int], list[Span]]:
    found: defaultdict[tuple[str, Any], list[Span]] = defaultdict(list)
    for claim, claim_ordinal, start, end in db.query(
        "SELECT claim, claim_ordinal, start_offset, end_offset FROM evidence WHERE coding_id = ? "
        "ORDER BY claim, claim_ordinal, ordinal",
        [coding_id],
    ):
        found[claim, claim_ordinal].append((start, end))
    return found
