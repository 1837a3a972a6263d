"""What each view shows, as plain data: one function per view, shared by the API and the pages.

Each returns a ``View``: the JSON document the API serves (and the page renders) and the
flat table its CSV download holds. The queries are ``readout.analyse``'s where it has them
(events, network, timeline, stances, people) and ``queries.py``'s otherwise. The views that
summarise many rows are kept while the store's data stays the same (``cache.py``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from readout.analyse.events import interactions as analyse_interactions
from readout.analyse.events import newest_from
from readout.analyse.names import is_org, party_name
from readout.analyse.network import network_of
from readout.analyse.people import people_and_offices, people_rows
from readout.analyse.stances import stance_cells
from readout.analyse.timeline import timeline as analyse_timeline
from readout.store.backends import Backend
from readout.store.compare import comparison
from readout.store.records import load_record
from readout.web import queries
from readout.web.cache import cached
from readout.web.highlight import Claim, claims_of
from readout.web.params import Filters, Paging, issue_codes


class NotFound(LookupError):
    """No such document, interaction, state or organisation; the message says which."""


@dataclass
class View:
    data: dict[str, Any]
    columns: list[str] = field(default_factory=list)  # the CSV download: these keys of each row
    rows: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # what pages need beyond the JSON (not served)
    # The CSV rows made on demand instead (``table()``): a page never asks, and 500 interactions'
    # participants made into text cost it milliseconds.
    make_rows: Callable[[], list[dict[str, Any]]] | None = None

    def table(self) -> list[dict[str, Any]]:
        """The CSV download's rows."""
        return self.make_rows() if self.make_rows is not None else self.rows


def _page(total: int, page: Paging, **items: Any) -> dict[str, Any]:
    return {"total": total, "limit": page.limit, "offset": page.offset, **items}


def _filter_json(f: Filters) -> dict[str, Any]:
    return f.as_query()


def documents(db: Backend, f: Filters, page: Paging) -> View:
    total, rows = queries.documents(db, f, page)
    columns = [
        "doc_id",
        "version",
        "date",
        "title",
        "publisher",
        "publisher_country",
        "is_readout",
        "events",
        "stances",
    ]
    columns += ["url", "snippet"]
    return View(_page(total, page, filter=_filter_json(f), documents=rows), columns, rows)


def claim_json(c: Claim) -> dict[str, Any]:
    return {"id": c.id, "kind": c.kind, "label": c.label, "spans": [list(s) for s in c.spans]}


def document(db: Backend, doc_id: str) -> View:
    doc = queries.document(db, doc_id)
    if doc is None:
        raise NotFound(f"no document with id {doc_id!r}")
    record = load_record(db, doc["coding_id"])
    claims = claims_of(record)
    text = doc.pop("text")
    by_event: dict[int, int] = doc.pop("event_interactions")
    data = {
        "document": doc,
        "text": text,
        "record": record.to_dict(),
        "event_interactions": {str(k): v for k, v in sorted(by_event.items())},
        "claims": [claim_json(c) for c in claims],
    }
    rows = [
        {"claim": c.id, "kind": c.kind, "label": c.label, "start": a, "end": b, "quote": text[a:b]}
        for c in claims
        for a, b in c.spans
    ]
    return View(data, ["claim", "kind", "label", "start", "end", "quote"], rows, {"claims": claims, "record": record})


def events(db: Backend, f: Filters, page: Paging) -> View:
    """The command line's ``readout events`` (interactions with participants and documents), paged."""
    flt = f.interaction_filter()
    total = queries.interaction_count(db, f)
    rows = analyse_interactions(db, flt, page.offset + page.limit)[page.offset :] if page.offset < total else []
    columns = ["interaction_id", "date", "kind", "place", "location_country", "parties", "participants", "documents"]
    return View(_page(total, page, filter=flt.as_json(), interactions=rows), columns, make_rows=lambda: _flat(rows))


def _flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Interaction rows for a CSV cell each: participants as text."""
    return [{**r, "participants": [_participant(p) for p in r["participants"]]} for r in rows]


def _participant(p: dict[str, Any]) -> str:
    side = p.get("country") or p.get("org") or "?"
    return f"{p.get('name') or '(unnamed)'} ({side}{', ' + p['title'] if p.get('title') else ''})"


def interactions(db: Backend, f: Filters, page: Paging, sort: str = "date") -> View:
    """Interactions as a table: date, kind, place, parties, participants with titles, reports; sorted, paged."""
    total, rows = queries.interaction_list(db, f, page, sort=sort)
    undated = queries.undated_interactions(db, f)
    columns = ["interaction_id", "date", "kind", "place", "location_country", "parties", "participants", "reports"]
    columns += ["documents"]
    data = _page(total, page, filter=f.interaction_filter().as_json(), sort=sort, undated=undated, interactions=rows)
    return View(data, columns, make_rows=lambda: _flat(rows))


def interaction(db: Backend, interaction_id: int) -> View:
    if not queries.interaction_exists(db, interaction_id):
        raise NotFound(f"no interaction {interaction_id}")
    data = comparison(db, interaction_id)
    data["differences"] = mark_differences(data["reports"])
    rows = []
    for r in data["reports"]:
        ev = r["event"]
        place = ev["location"] or {}
        rows.append(
            {
                "interaction_id": interaction_id,
                "doc_id": r["doc_id"],
                "publisher": r["publisher"],
                "publisher_country": r["publisher_country"],
                "published": r["published"],
                "title": r["title"],
                "date": ev["date"],
                "place": place.get("name"),
                "place_country": place.get("country"),
                "mode": ev["mode"],
                "cameo": ev["cameo"],
                "participants": [_participant(p) for p in r["participants"]],
                "topics": r["topics"],
                "only_here": r["only_here"],
                "stances": [_stance_label(s) for s in r["stances"]],
            }
        )
    return View(data, list(rows[0]) if rows else ["interaction_id"], rows)


def _stance_label(s: dict[str, Any]) -> str:
    target = f" {s['target']}" if s.get("target") else ""
    return f"{s['holder']} {s['alignment']}{target} on {s['issue']}" + (" (only here)" if s.get("only_here") else "")


_EVENT_FIELDS = ("date", "location", "mode", "cameo")


def mark_differences(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mark, in place, what the reports of one interaction disagree on; return the list of differences.

    Each report gets ``differs`` (event fields whose value is not the same in every report);
    each participant gets ``only_here`` (named by this report alone) and ``title_differs``.
    """
    several = len(reports) > 1
    found: list[dict[str, Any]] = []
    for key in _EVENT_FIELDS:
        values = [r["event"].get(key) for r in reports]
        if several and any(v != values[0] for v in values[1:]):
            found.append({"field": key, "values": values})
    differing = {d["field"] for d in found}
    names = [{p["name"] for p in r["participants"] if p.get("name")} for r in reports]
    titles: dict[str, set[Any]] = {}
    for r in reports:
        for p in r["participants"]:
            if p.get("name"):
                titles.setdefault(p["name"], set()).add(p.get("title"))
    for r in reports:
        r["differs"] = sorted(differing)
        for p in r["participants"]:
            name = p.get("name")
            p["only_here"] = bool(several and name and sum(name in other for other in names) == 1)
            p["title_differs"] = bool(several and name and len(titles.get(name, ())) > 1)
    for name in sorted(titles):
        if several and len(titles[name]) > 1:
            found.append({"field": "title", "person": name, "values": sorted(t for t in titles[name] if t is not None)})
    return found


@cached
def people(db: Backend, f: Filters, page: Paging) -> View:
    rows = people_rows(db, f.country, f.person or f.q, f.since, f.until)
    part = rows[page.offset : page.offset + page.limit]
    columns = ["person_id", "name", "represents", "title", "titles", "names", "first_seen", "last_seen"]
    columns += ["interactions", "documents"]
    return View(_page(len(rows), page, filter=_filter_json(f), people=part), columns, part)


PERSON_INTERACTIONS = 500


@cached
def person(db: Backend, person_id: int) -> View:
    """One person: names used, offices held over time, every interaction, what readouts quote them saying."""
    found, titles = people_and_offices(db, person_id=person_id)
    if not found:
        raise NotFound(f"no person {person_id}")
    row = found[0]
    held = titles.get(person_id, [])
    # How many: what the person's summary row counts (their appearances' interactions), not counted again.
    total, met = queries.interaction_list(
        db, Filters(person_id=person_id), Paging(PERSON_INTERACTIONS, 0), total=row["interactions"]
    )
    said = queries.statements_of(db, row["names"], row["represents"])
    years = [{"year": y, "interactions": n} for y, n in queries.person_years(db, person_id)]
    data = {
        "person": row,
        "offices": held,
        "interactions_total": total,
        "interactions": met,
        "years": years,
        "statements": said,
    }
    columns = ["interaction_id", "date", "kind", "place", "location_country", "parties", "participants", "reports"]
    return View(data, [*columns, "documents"], make_rows=lambda: _flat(met))


def issue_labels() -> dict[str, str]:
    return issue_codes()


@cached
def stances(db: Backend, holder: str | None, target: str | None, since: dt.date | None, until: dt.date | None) -> View:
    cells = stance_cells(db, target, since, until, holder)
    holders = sorted({c["holder"] for c in cells})
    issues = sorted({c["issue"] for c in cells})
    data = {
        "filter": {"holder": holder, "target": target, "since": since, "until": until},
        "holders": holders,
        "issues": issues,
        "cells": cells,
    }
    return View(data, ["holder", "issue", "supports", "opposes", "targets"], cells)


@cached
def stance_years(
    db: Backend,
    holder: str | None,
    issue: str | None,
    target: str | None,
    since: dt.date | None,
    until: dt.date | None,
) -> View:
    """A holder's stances by issue, or an issue's by holder, per year (``queries.stance_years``)."""
    series, rows = queries.stance_years(db, holder, issue, target, since, until)
    data = {"by": "issue" if holder else "holder", "series": series, "rows": rows}
    return View(data, ["year", "series", "alignment", "documents"], rows)


@cached
def stance_matrix_body(db: Backend, holder: str | None) -> str:
    """``stances(db, holder, None, None, None)``'s JSON, the cells written by the database (``queries``)."""
    holders, issues, cells = queries.stance_matrix_json(db, holder)
    head = {"filter": {"holder": holder, "target": None, "since": None, "until": None}}
    return f'{json.dumps(head)[:-1]},"holders":{json.dumps(holders)},"issues":{json.dumps(issues)},"cells":{cells}}}'


@cached
def sentences(
    db: Backend,
    holder: str,
    issue: str,
    alignment: str | None,
    target: str | None,
    since: dt.date | None,
    until: dt.date | None,
) -> View:
    found = queries.stance_sentences(db, holder, issue, alignment=alignment, target=target, since=since, until=until)
    rows = [
        {
            "doc_id": s["doc_id"],
            "date": s["date"],
            "holder": s["holder"],
            "alignment": s["alignment"],
            "target": s["target"],
            "issue": s["issue"],
            "start": e["start"],
            "end": e["end"],
            "sentence": f"{e['before']}{e['quote']}{e['after']}",
        }
        for s in found
        for e in s["evidence"]
    ]
    data = {
        "holder": holder,
        "issue": issue,
        "filter": {"alignment": alignment, "target": target, "since": since, "until": until},
        "stances": found,
    }
    return View(data, list(rows[0]) if rows else ["doc_id"], rows)


@cached
def topics(db: Backend, f: Filters) -> View:
    labels = issue_labels()
    rows = [{**t, "description": labels.get(t["issue"], "")} for t in queries.topic_counts(db, f)]
    return View({"filter": _filter_json(f), "topics": rows}, ["issue", "documents", "description"], rows)


@cached
def network(db: Backend, f: Filters, top: int | None = None) -> View:
    """Nodes and edges; ``top``: the ``top`` most active parties only, and the edges between them."""
    net = network_of(db, f.interaction_filter(), top)
    data = {"filter": f.interaction_filter().as_json(), "nodes": net.nodes, "edges": net.edges}
    return View(data, ["source", "target", "weight", "first", "last"], net.edges)


TIMELINE_LATEST = 200  # interactions listed by a pair's timeline, newest first (its counts cover all)


@cached
def timeline(db: Backend, a: str, b: str, f: Filters) -> View:
    flt = replace(f, country=None, with_=None).interaction_filter()
    result = analyse_timeline(db, a, b, flt, latest=TIMELINE_LATEST)
    data = dict(result.data)
    data["a_name"], data["b_name"] = party_name(a), party_name(b)
    data["stances"] = queries.pair_stances(db, a, b, f)
    data["levels"] = queries.pair_levels(db, a, b, f)
    columns = ["year", "interaction_id", "date", "kind", "place", "location_country", "parties", "participants"]
    columns += ["documents"]
    return View(data, columns, make_rows=lambda: [{c: r[c] for c in columns} for r in _flat(data["interactions"])])


RECENT = 25


@cached
def country(db: Backend, code: str, f: Filters) -> View:
    f = replace(f, country=code, with_=None)
    read = queries.party_months(db, code, f)  # read once: partners by year, the chart, the count, the latest
    if read is not None:
        monthly, counted, own = read
        after = newest_from(own, RECENT)
    else:
        monthly, counted, after = queries.partners_monthly(db, code, f), None, None
    profile = queries.country_profile(db, code, f, monthly, counted)
    held = stance_cells(db, None, f.since, f.until, holder=code)
    received = stance_cells(db, code, f.since, f.until)
    _, recent = queries.interaction_list(
        db, f, Paging(RECENT, 0), newest_first=True, total=profile["interactions"] if counted else None, after=after
    )
    data = {
        "code": code,
        "name": party_name(code),
        "type": "organisation" if is_org(code) else "state",
        "filter": _filter_json(f),
        **profile,
        "stances_held": held,
        "stances_received": received,
        "recent_interactions": recent,
        "partner_series": queries.partner_series(db, code, f, monthly=monthly),
    }
    return View(data, ["year", "partner", "interactions"], profile["partners_by_year"])


@cached
def places(db: Backend, f: Filters) -> View:
    """Where the interactions of the filters took place, with coordinates, for a map."""
    rows = [{**p, "side": _side(p, f.country)} for p in queries.places(db, f)]
    data = {"filter": f.interaction_filter().as_json(), "places": rows}
    return View(data, ["place", "country", "lat", "lon", "mode", "side", "interactions"], rows)


def _side(place: dict[str, Any], country: str | None) -> str | None:
    """Where ``country`` was (one state filtered): ``home`` (it hosted), ``abroad`` (it travelled to the host's
    country) or ``third_location``; None without a country or when the record does not say."""
    if not country or place["mode"] not in ("host", "third_location"):
        return None
    if place["mode"] == "third_location":
        return "third_location"
    return "home" if place["country"] == country else "abroad"
