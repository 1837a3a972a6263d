"""The current events of the store with everything the event exports need, read in chunks.

One row per event of a current coding (per report: two readouts of one meeting are two
rows that share an ``interaction_id``), in date order, with its document, participants
and, on request, the text of its evidence spans (cut out in SQL, so texts stay in the store).
Participants and evidence are read for a chunk of events at a time, so memory stays bounded
by the chunk, not the store.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from readout.store.backends import Backend

_EVENTS = """
SELECT e.coding_id, e.ordinal, d.doc_id, d.version, d.url, d.publisher, c.title, c.publisher_country, c.published,
       c.engine, c.coded_at, e.kind, e.date, e.location_name, e.location_country, e.lat, e.lon, e.mode, e.cameo,
       e.plover_type, e.plover_mode, e.parties, r.interaction_id
FROM events e
JOIN codings c ON c.coding_id = e.coding_id AND c.current
JOIN documents d ON d.doc_key = c.doc_key
LEFT JOIN interaction_reports r ON r.coding_id = e.coding_id AND r.event_ordinal = e.ordinal
ORDER BY e.date NULLS LAST, d.doc_id, e.ordinal
"""

CHUNK = 2000  # events whose participants and evidence are read together

_PARTICIPANTS = """
SELECT p.coding_id, p.event_ordinal, p.name, p.country, p.org, p.title
FROM participants p
WHERE p.coding_id IN (SELECT unnest(CAST(? AS BIGINT[])))
ORDER BY p.coding_id, p.event_ordinal, p.ordinal
"""

# Offsets are code points into the text as given; substr counts code points on both backends.
_EVIDENCE = """
SELECT v.coding_id, v.claim_ordinal, substr(d.text, v.start_offset + 1, v.end_offset - v.start_offset)
FROM evidence v
JOIN codings c ON c.coding_id = v.coding_id
JOIN documents d ON d.doc_key = c.doc_key
WHERE v.claim = 'event' AND v.coding_id IN (SELECT unnest(CAST(? AS BIGINT[])))
ORDER BY v.coding_id, v.claim_ordinal, v.ordinal
"""


@dataclass
class EventRow:
    coding_id: int
    ordinal: int
    doc_id: str
    version: int
    url: str | None
    publisher: str | None
    title: str | None
    publisher_country: str | None
    published: dt.date | None
    engine: str
    coded_at: dt.datetime | None
    kind: str
    date: dt.date | None
    location_name: str | None
    location_country: str | None
    lat: float | None
    lon: float | None
    mode: str | None
    cameo: str
    plover_type: str | None
    plover_mode: str | None
    parties: list[str]
    interaction_id: int | None
    participants: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Unique in the store: the document id and the event's ordinal in its record."""
        return f"{self.doc_id}#{self.ordinal}"


def event_rows(db: Backend, evidence: bool = False) -> Iterator[EventRow]:
    """Every current event, by date (undated last), then document and ordinal."""
    rows = []
    for row in db.query(_EVENTS):
        values = list(row)
        values[21] = values[21].split("|") if values[21] else []
        rows.append(EventRow(*values))
    while rows:  # rows already written are dropped, so memory holds one chunk's participants and evidence
        chunk, rows = rows[:CHUNK], rows[CHUNK:]
        ids = [sorted({r.coding_id for r in chunk})]
        people: defaultdict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
        for cid, ordinal, name, country, org, title in db.query(_PARTICIPANTS, ids):
            people[cid, ordinal].append({"name": name, "country": country, "org": org, "title": title})
        spans: defaultdict[tuple[int, int], list[str]] = defaultdict(list)
        if evidence:
            for cid, ordinal, text in db.query(_EVIDENCE, ids):
                spans[cid, ordinal].append(text)
        for r in chunk:
            r.participants = people[r.coding_id, r.ordinal]
            r.evidence = spans[r.coding_id, r.ordinal]
            yield r
