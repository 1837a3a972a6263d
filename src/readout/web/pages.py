"""The web pages: server-rendered (Jinja2), each at a stable URL with its JSON and CSV downloads.

A page takes the same query parameters as its API route and renders the same ``views``
data; its download links are that route with the page's own query string. Pages are left
out of the OpenAPI spec.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from readout.analyse.names import party_name
from readout.analyse.output import plain
from readout.web import views
from readout.web.api import Filter, Party, Period, Store, Text, country_code, with_q
from readout.web.highlight import segments
from readout.web.params import Paging, invalid, issue_codes, parse_issue, parse_party, parse_since, parse_until

HERE = FilePath(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)


def qs(params: dict[str, Any] | None = None, **more: Any) -> str:
    """A query string (with its '?') from the non-empty values of ``params`` and ``more``."""
    merged = {**(params or {}), **more}
    clean = {k: v for k, v in merged.items() if v not in (None, "", [], ())}
    return "?" + urlencode(clean, doseq=True) if clean else ""


@cache
def party_options() -> list[tuple[str, str]]:
    """(code, name) of every state and organisation, for the pickers."""
    from readout.extract.gazetteer import data_rows

    rows = [(r["iso3"], r["name"]) for r in data_rows("countries.tsv")]
    rows += [(r["code"], r["name"]) for r in data_rows("orgs.tsv")]
    return sorted(rows, key=lambda r: r[1])


def marked(text: str | None, q: str | None) -> Markup:
    """``text`` HTML-escaped, with each word of the query ``q`` wrapped in <mark> (any case)."""
    words = [re.escape(w) for w in (q or "").split() if w]
    if not text or not words:
        return escape(text or "")
    parts = re.split("(" + "|".join(words) + ")", text, flags=re.IGNORECASE)
    return Markup("").join(Markup("<mark>{}</mark>").format(p) if i % 2 else escape(p) for i, p in enumerate(parts))


templates.env.filters["marked"] = marked
templates.env.globals.update(qs=qs, party_name=party_name, party_options=party_options, issue_codes=issue_codes)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("allow_ingest", request.app.state.allow_ingest)
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/", response_class=HTMLResponse)
def search(
    request: Request, db: Store, f: Filter, q: Text = None, offset: int = Query(0, ge=0, le=10_000_000)
) -> Response:
    f = with_q(f, q)
    page = Paging(20, offset)
    docs = views.documents(db, f, page)
    people = views.people(db, f, Paging(12, 0)) if f.q or f.person else None
    topics = views.topics(db, f).data["topics"][:16]
    query = f.as_query()
    return render(
        request,
        "search.html",
        title="Search",
        f=f,
        query=query,
        docs=docs.data,
        people=people.data if people else None,
        topics=topics,
        downloads=("/api/documents", query),
        prev_offset=max(0, offset - page.limit) if offset else None,
        next_offset=offset + page.limit if offset + page.limit < docs.data["total"] else None,
    )


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, db: Store, doc_id: str) -> Response:
    view = views.document(db, doc_id)
    claims = view.extra["claims"]
    return render(
        request,
        "document.html",
        title=view.data["document"]["title"] or doc_id,
        doc=view.data["document"],
        record=view.extra["record"],
        claims=claims,
        segments=segments(view.data["text"], claims),
        event_interactions={int(k): v for k, v in view.data["event_interactions"].items()},
        downloads=(f"/api/documents/{doc_id}", {}),
    )


@router.get("/interactions/{interaction_id}", response_class=HTMLResponse)
def interaction(request: Request, db: Store, interaction_id: Annotated[int, Path(ge=0, le=2**63 - 1)]) -> Response:
    view = views.interaction(db, interaction_id)
    data = view.data
    return render(
        request,
        "interaction.html",
        title=f"Interaction {interaction_id}",
        it=data,
        downloads=(f"/api/interactions/{interaction_id}", {}),
    )


@router.get("/countries/{code}", response_class=HTMLResponse)
def country(request: Request, db: Store, f: Filter, code: str) -> Response:
    party = country_code(code)
    if party != code:
        return RedirectResponse(f"/countries/{party}{qs(f.as_query())}", status_code=307)
    view = views.country(db, party, f)
    query = {k: v for k, v in f.as_query().items() if k != "country"}
    years: dict[Any, list[dict[str, Any]]] = {}
    for row in view.data["partners_by_year"]:
        years.setdefault(row["year"], []).append(row)
    return render(
        request,
        "country.html",
        title=view.data["name"],
        c=view.data,
        f=f,
        years=years,
        query=query,
        downloads=(f"/api/countries/{party}", query),
    )


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, db: Store, f: Filter) -> Response:
    view = views.network(db, f)
    query = f.as_query()
    return render(
        request,
        "network.html",
        title="Network",
        f=f,
        query=query,
        net=view.data,
        net_json=plain(view.data),
        downloads=("/api/network", query),
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, db: Store, f: Filter, a: Party = None, b: Party = None) -> Response:
    code_a, code_b = parse_party("a", a), parse_party("b", b)
    data = None
    query: dict[str, Any] = {}
    f = replace(f, country=None, with_=None)
    if code_a and code_b:
        if code_a == code_b:
            raise invalid("b", b, f"give two different parties, not {code_a} twice")
        data = views.timeline(db, code_a, code_b, f).data
        query = {"a": code_a, "b": code_b, **f.as_query()}
    years = _timeline_years(data["counts"]) if data else []
    return render(
        request,
        "timeline.html",
        title=f"Timeline {code_a} - {code_b}" if data else "Timeline",
        a=code_a,
        b=code_b,
        f=f,
        t=data,
        years=years,
        downloads=("/api/timeline", query) if data else None,
    )


def _timeline_years(counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per year (undated last): the count of each kind and the total."""
    years: dict[Any, dict[str, Any]] = {}
    for c in counts:
        row = years.setdefault(c["year"], {"year": c["year"], "kinds": {}, "total": 0})
        row["kinds"][c["kind"]] = c["n"]
        row["total"] += c["n"]
    return sorted(years.values(), key=lambda r: (r["year"] is None, r["year"] or 0))


@router.get("/stances", response_class=HTMLResponse)
def stances(
    request: Request,
    db: Store,
    holder: Party = None,
    issue: Annotated[str | None, Query(max_length=60)] = None,
    target: Party = None,
    since: Period = None,
    until: Period = None,
) -> Response:
    code, issue_code = parse_party("holder", holder), parse_issue("issue", issue)
    target_code, start, end = parse_party("target", target), parse_since("since", since), parse_until("until", until)
    matrix = views.stances(db, None, target_code, start, end).data
    cells = {(c["holder"], c["issue"]): c for c in matrix["cells"]}
    query = {k: v for k, v in {"target": target_code, "since": since, "until": until}.items() if v}
    picked = None
    if code and issue_code:
        picked = views.sentences(db, code, issue_code, None, target_code, start, end).data
    return render(
        request,
        "stances.html",
        title="Stances",
        m=matrix,
        cells=cells,
        query=query,
        holder=code,
        issue=issue_code,
        picked=picked,
        labels=issue_codes(),
        downloads=("/api/stances", query),
        cell_downloads=("/api/stances/sentences", {**query, "holder": code, "issue": issue_code}) if picked else None,
    )


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> Response:
    return render(request, "upload.html", title="Upload", max_upload=request.app.state.max_upload, downloads=None)
