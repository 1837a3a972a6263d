"""Stored codings read back as Records: the store loses nothing the engine produced.

Used to export or re-serve records without coding again (``readout export --format jsonl``),
and by the tests to check that every stored coding is exactly the record the engine gives
for its document. Codings are read in batches: one query per table for many codings, since
a query per coding and table would make exporting a large store slow.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from readout.model import Event, Location, Participant, Record, Span, Stance, Statement
from readout.store.backends import Backend

_IDS = "coding_id IN (SELECT unnest(CAST(? AS BIGINT[])))"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def load_record(db: Backend, coding_id: int) -> Record:
    """The Record of one coding, rebuilt from its rows."""
    found = load_records(db, [coding_id])
    if not found:
        raise KeyError(f"no coding {coding_id}")
    return found[0]


def load_records(db: Backend, coding_ids: Sequence[int]) -> list[Record]:
    """The Records of ``coding_ids``, in that order (ids with no coding are left out)."""
    if not coding_ids:
        return []
    ids = [list(coding_ids)]
    heads = {
        row[0]: row[1:]
        for row in db.query(
            "SELECT c.coding_id, d.doc_id, c.title, c.is_readout, d.publisher, c.publisher_country, c.published, "
            "d.url, c.engine FROM codings c JOIN documents d ON d.doc_key = c.doc_key WHERE c." + _IDS,
            ids,
        )
    }
    spans = _evidence(db, ids)
    people: defaultdict[tuple[int, int], list[Participant]] = defaultdict(list)
    for cid, ev_ord, name, country, org, ptitle in db.query(
        f"SELECT coding_id, event_ordinal, name, country, org, title FROM participants WHERE {_IDS} "
        "ORDER BY coding_id, event_ordinal, ordinal",
        ids,
    ):
        people[cid, ev_ord].append(Participant(name, country, org, ptitle))
    events: defaultdict[int, list[Event]] = defaultdict(list)
    for cid, i, kind, date, loc_name, loc_country, lat, lon, mode, cameo, p_type, p_mode in db.query(
        "SELECT coding_id, ordinal, kind, date, location_name, location_country, lat, lon, mode, cameo, "
        f"plover_type, plover_mode FROM events WHERE {_IDS} ORDER BY coding_id, ordinal",
        ids,
    ):
        place = (loc_name, loc_country, lat, lon)
        events[cid].append(
            Event(
                kind,
                _iso(date),
                Location(*place) if place != (None,) * 4 else None,
                people[cid, i],
                mode,
                cameo,
                {"type": p_type, "mode": p_mode},
                spans[cid, "event", i],
            )
        )
    stances: defaultdict[int, list[Stance]] = defaultdict(list)
    for cid, i, holder, target, issue, alignment in db.query(
        f"SELECT coding_id, ordinal, holder, target, issue, alignment FROM stances WHERE {_IDS} "
        "ORDER BY coding_id, ordinal",
        ids,
    ):
        stances[cid].append(Stance(holder, target, issue, alignment, spans[cid, "stance", i]))
    topics: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for cid, i, issue in db.query(
        f"SELECT coding_id, ordinal, issue FROM topics WHERE {_IDS} ORDER BY coding_id, ordinal", ids
    ):
        topics[cid].append((i, issue))
    statements: defaultdict[int, list[Statement]] = defaultdict(list)
    for cid, i, speaker, country, text in db.query(
        f"SELECT coding_id, ordinal, speaker, country, text FROM statements WHERE {_IDS} ORDER BY coding_id, ordinal",
        ids,
    ):
        statements[cid].append(Statement(speaker, country, text, spans[cid, "statement", i]))
    records = []
    for cid in coding_ids:
        if cid not in heads:
            continue
        doc_id, title, is_readout, publisher, publisher_country, published, url, engine = heads[cid]
        records.append(
            Record(
                doc_id=doc_id,
                title=title,
                is_readout=bool(is_readout),
                events=events[cid],
                stances=stances[cid],
                topics=[t for _, t in topics[cid]],
                statements=statements[cid],
                publisher=publisher,
                publisher_country=publisher_country,
                published=_iso(published),
                url=url,
                engine=engine,
                topic_evidence={t: spans[cid, "topic", i] for i, t in topics[cid]},
            )
        )
    return records


def _evidence(db: Backend, ids: list[Any]) -> defaultdict[tuple[int, str, int], list[Span]]:
    found: defaultdict[tuple[int, str, int], list[Span]] = defaultdict(list)
    for cid, claim, claim_ordinal, start, end in db.query(
        f"SELECT coding_id, claim, claim_ordinal, start_offset, end_offset FROM evidence WHERE {_IDS} "
        "ORDER BY coding_id, claim, claim_ordinal, ordinal",
        ids,
    ):
        found[cid, claim, claim_ordinal].append((start, end))
    return found
