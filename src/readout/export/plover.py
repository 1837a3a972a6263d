"""``--format plover``: PLOVER JSON, one event object per line (the PLOVER manual's JSON data fields).

PLOVER codes a consultation once, with lists of actors: "where one side is hosting and one
is visiting, the visitor [is] the source actor and the host the recipient"; otherwise every
participant is a source and there is no recipient. One actor object per participant that
represents a state or organisation (code, sector, actor_text, office); participants who
represent neither are left out of the lists. PLOVER requires a date: undated events are left
out. The fields, in order, are ``data/plover_fields.tsv``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import IO, Any

from readout.analyse.names import is_org
from readout.export.cameo import host_of
from readout.export.events import EventRow, event_rows
from readout.export.geo import iso2_code
from readout.gazetteer import data_rows
from readout.store.backends import Backend

QUAD_CODES = {"CONSULT": 1}  # PLOVER quad categories: CONSULT is verbal cooperation


@cache
def fields() -> tuple[str, ...]:
    return tuple(r["field"] for r in data_rows("plover_fields.tsv"))


def actor(p: dict[str, Any]) -> dict[str, Any] | None:
    """A participant as a PLOVER actor object; None for one who represents no state or organisation."""
    code = p["country"] or p["org"]
    if not code:
        return None
    return {"code": code, "sector": "IGO" if is_org(code) else "GOV", "actor_text": p["name"], "office": p["title"]}


def _location(ev: EventRow) -> dict[str, Any] | None:
    if not (ev.location_name or ev.location_country):
        return None
    return {
        "name": ev.location_name,
        "latitude": ev.lat,
        "longitude": ev.lon,
        "country code": iso2_code(ev.location_country) if ev.location_country else None,
        "cc3": ev.location_country,
    }


def plover_event(ev: EventRow) -> dict[str, Any]:
    """The PLOVER object of one event (its date must be known)."""
    assert ev.date is not None
    host = host_of(ev)
    source: list[dict[str, Any]] = []
    recipient: list[dict[str, Any]] = []
    for p in ev.participants:
        a = actor(p)
        if a is None:
            continue
        (recipient if host is not None and a["code"] == host else source).append(a)
    if not source:  # only the host's people named: nobody visits, all are sources
        source, recipient = recipient, []
    values = {
        "id": ev.key,
        "has_event": True,
        "date": ev.date.isoformat(),
        "source": source,
        "recipient": recipient,
        "event": [ev.plover_type] if ev.plover_type else [],
        "mode": ev.plover_mode,
        "quad_code": QUAD_CODES.get(ev.plover_type or ""),
        "event_loc": _location(ev),
        "link": f"interaction:{ev.interaction_id}" if ev.interaction_id is not None else None,
        "text": " ".join(ev.evidence) or None,
        "cite_info": {
            "url": ev.url,
            "title": ev.title,
            "publication": ev.publisher,
            "citation": ev.doc_id,
            "language": "en",
            "coder": ev.engine,
        },
        "coder": ev.engine,
        "coded_date": ev.coded_at.date().isoformat() if ev.coded_at else None,
    }
    return {f: values[f] for f in fields()}


def write(db: Backend, out: IO[str]) -> str:
    """Write one PLOVER object per line; returns a summary of what was written and left out."""
    n = skipped = 0
    for ev in event_rows(db, evidence=True):
        if ev.date is None:
            skipped += 1
            continue
        out.write(json.dumps(plover_event(ev), ensure_ascii=False) + "\n")
        n += 1
    return f"{n} events" + (f" ({skipped} without a date left out)" if skipped else "")
