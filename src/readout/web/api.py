"""The REST API under ``/api``: documents, events, interactions, people, stances, topics, network, timeline.

Every list takes the command line's filters (``params.filters``) and pages (``limit``,
``offset``); every route answers JSON, or CSV with ``format=csv``. Unknown ids are 404 and
malformed parameters 422, both with a JSON body. The store is read-only unless the app was
made with ``allow_ingest`` (``POST /api/documents``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from readout.store.backends import Backend
from readout.web import models, upload, views
from readout.web.params import (
    PERIOD,
    Filters,
    Format,
    Paging,
    filters,
    invalid,
    paging,
    parse_issue,
    parse_party,
    parse_since,
    parse_until,
)
from readout.web.responses import json_response, raw_json_response, view_response

router = APIRouter(prefix="/api")

FormatQuery = Annotated[Format, Query(alias="format", description="json, or csv for a flat table")]
CSV: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "JSON, or CSV with format=csv"}
}
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": models.Error, "description": "no such item"},
    422: {"model": models.Error, "description": "malformed parameter"},
}
LIST_ERRORS: dict[int | str, dict[str, Any]] = {422: ERRORS[422]}
MAX_ID = 2**63 - 1
Sort = Literal[
    "date",
    "-date",
    "kind",
    "-kind",
    "place",
    "-place",
    "country",
    "-country",
    "parties",
    "-parties",
    "reports",
    "-reports",
]
SortQuery = Annotated[Sort, Query(description="sort by this column; '-' first for descending")]


def store(request: Request) -> Iterator[Backend]:
    """A connection from the app's pool for the length of one request."""
    with request.app.state.pool.connection() as db:
        yield db


Store = Annotated[Backend, Depends(store)]
Filter = Annotated[Filters, Depends(filters)]
Page = Annotated[Paging, Depends(paging)]
Text = Annotated[str | None, Query(max_length=200, description="words to find in titles, texts and people's names")]


def with_q(f: Filters, q: str | None) -> Filters:
    """The filters with the free-text query ``q`` (blank: none)."""
    text = " ".join((q or "").split())
    return replace(f, q=text or None)


@router.get("/summary", response_model=models.Summary, summary="What the store holds")
def summary(request: Request, db: Store) -> Response:
    docs = db.query("SELECT COUNT(*) FROM codings WHERE current")[0][0]
    inter = db.query("SELECT COUNT(*) FROM interactions")[0][0]
    engines = [e for (e,) in db.query("SELECT DISTINCT engine FROM codings WHERE current ORDER BY engine")]
    data = {
        "documents": docs,
        "interactions": inter,
        "engines": engines,
        "allow_ingest": request.app.state.allow_ingest,
    }
    return json_response(data)


@router.get(
    "/documents", response_model=models.DocumentPage, responses={**CSV, **LIST_ERRORS}, summary="Search documents"
)
def list_documents(db: Store, f: Filter, page: Page, fmt: FormatQuery = "json", q: Text = None) -> Response:
    """Current documents, newest first: full text over titles, texts and participants' names, and the filters."""
    return view_response(views.documents(db, with_q(f, q), page), fmt, "documents")


@router.get(
    "/documents/{doc_id:path}",
    response_model=models.DocumentOut,
    responses={**CSV, **ERRORS},
    summary="One document with its text, record and claims",
)
def get_document(db: Store, doc_id: Annotated[str, Path(max_length=500)], fmt: FormatQuery = "json") -> Response:
    """The current version of a document; CSV: one row per evidence span of each claim."""
    return view_response(views.document(db, doc_id), fmt, f"document-{doc_id}")


@router.post(
    "/documents",
    response_model=models.Uploaded,
    status_code=201,
    responses={
        200: {"model": models.Uploaded, "description": "stored already"},
        403: {"model": models.Error, "description": "the server is read-only"},
        409: {"model": models.Error, "description": "the id is another document's"},
        413: {"model": models.Error, "description": "too big"},
        415: {"model": models.Error, "description": "binary or unsupported type"},
        422: {"model": models.Error, "description": "not English, empty, or not a readout"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {
                            k: {"type": "string"} for k in ("id", "text", "title", "published", "publisher", "url")
                        },
                    }
                },
            },
        }
    },
    summary="Upload a document for coding (readout serve --allow-ingest)",
)
async def post_document(request: Request, id: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    """Code a readout and store it; refused when too big, binary, not English or not a readout."""
    state = request.app.state
    if not state.allow_ingest:
        raise HTTPException(403, "this server is read-only: start it with `readout serve --allow-ingest` to upload")
    try:
        body = await _read_limited(request, state.max_upload)
        doc = upload.parse(body, request.headers.get("content-type"), id.strip() if id and id.strip() else None)
        record = await state.coder.code(doc)  # in a worker process, within its time limit
        result = await run_in_threadpool(_store_upload, request, doc, record)
    except upload.Refused as err:
        return json_response({"detail": err.message}, err.status)
    data = {**upload.summary(result), "url": f"/documents/{quote(result.doc_id, safe='/')}"}
    return json_response(data, 201 if result.stored else 200)


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise upload.too_big(int(declared), limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise upload.too_big(size, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _store_upload(request: Request, doc: Any, record: Any) -> upload.Stored:
    pool = request.app.state.pool
    with pool.write_lock, pool.connection() as db:
        return upload.store(db, doc, record)


@router.get(
    "/events",
    response_model=models.EventPage,
    responses={**CSV, **LIST_ERRORS},
    summary="Interactions, as `readout events`",
)
def list_events(db: Store, f: Filter, page: Page, fmt: FormatQuery = "json") -> Response:
    """Interactions by date with their participants and reporting documents (the command line's `events`)."""
    return view_response(views.events(db, f, page), fmt, "events")


@router.get(
    "/interactions", response_model=models.InteractionPage, responses={**CSV, **LIST_ERRORS}, summary="Interactions"
)
def list_interactions(
    db: Store, f: Filter, page: Page, fmt: FormatQuery = "json", sort: SortQuery = "date"
) -> Response:
    """Interactions (one meeting or call, however many documents report it): date, kind, place, parties,
    participants with their titles, the reporting documents; sorted by ``sort`` ('-' first: descending)."""
    return view_response(views.interactions(db, f, page, sort), fmt, "interactions")


@router.get(
    "/interactions/{interaction_id}",
    response_model=models.Comparison,
    responses={**CSV, **ERRORS},
    summary="One interaction: its reports side by side",
)
def get_interaction(
    db: Store, interaction_id: Annotated[int, Path(ge=0, le=MAX_ID)], fmt: FormatQuery = "json"
) -> Response:
    """Every report of the interaction, what each says, and where they differ (`readout compare`)."""
    return view_response(views.interaction(db, interaction_id), fmt, f"interaction-{interaction_id}")


@router.get("/people", response_model=models.PeoplePage, responses={**CSV, **LIST_ERRORS}, summary="People")
def list_people(db: Store, f: Filter, page: Page, fmt: FormatQuery = "json", q: Text = None) -> Response:
    """Who represented whom with which titles, first and last seen (``q`` or ``person``: part of a name)."""
    return view_response(views.people(db, with_q(f, q), page), fmt, "people")


@router.get(
    "/people/{person_id}",
    response_model=models.PersonOut,
    responses={**CSV, **ERRORS},
    summary="One person: names, offices over time, interactions, statements",
)
def get_person(db: Store, person_id: Annotated[int, Path(ge=0, le=MAX_ID)], fmt: FormatQuery = "json") -> Response:
    """One person however readouts name them; CSV: their interactions."""
    return view_response(views.person(db, person_id), fmt, f"person-{person_id}")


@router.get("/places", response_model=models.Places, responses={**CSV, **LIST_ERRORS}, summary="Meeting places")
def get_places(db: Store, f: Filter, fmt: FormatQuery = "json") -> Response:
    """Where interactions took place (geocoded places), host or third location, with how many each."""
    return view_response(views.places(db, f), fmt, "places")


Party = Annotated[str | None, Query(max_length=200, description="a state or organisation (code or name)")]
Period = Annotated[str | None, Query(pattern=PERIOD, description="YYYY, YYYY-MM or YYYY-MM-DD")]


@router.get("/stances", response_model=models.StanceMatrix, responses={**CSV, **LIST_ERRORS}, summary="Stance matrix")
def get_stances(
    db: Store,
    holder: Party = None,
    target: Party = None,
    since: Period = None,
    until: Period = None,
    fmt: FormatQuery = "json",
) -> Response:
    """Holder x issue cells: documents reporting support and opposition, and whose positions (targets)."""
    if fmt != "csv" and not (target or since or until):  # the whole matrix (or a row): JSON written in SQL
        return raw_json_response(views.stance_matrix_body(db, parse_party("holder", holder)))
    view = views.stances(
        db,
        parse_party("holder", holder),
        parse_party("target", target),
        parse_since("since", since),
        parse_until("until", until),
    )
    return view_response(view, fmt, "stances")


@router.get(
    "/stances/sentences",
    response_model=models.Sentences,
    responses={**CSV, **LIST_ERRORS},
    summary="The sentences behind a stance-matrix cell",
)
def get_sentences(
    db: Store,
    holder: Annotated[str, Query(max_length=200, description="the stance holder (code or name)")],
    issue: Annotated[str, Query(max_length=60, description="an issue code")],
    alignment: Annotated[Literal["supports", "opposes"] | None, Query()] = None,
    target: Party = None,
    since: Period = None,
    until: Period = None,
    fmt: FormatQuery = "json",
) -> Response:
    """Each stance of the holder on the issue, with its evidence quoted in its sentence and its document."""
    code = parse_party("holder", holder)
    issue_code = parse_issue("issue", issue)
    if code is None:
        raise invalid("holder", holder, "give a state or organisation")
    if issue_code is None:
        raise invalid("issue", issue, "give an issue code")
    view = views.sentences(
        db,
        code,
        issue_code,
        alignment,
        parse_party("target", target),
        parse_since("since", since),
        parse_until("until", until),
    )
    return view_response(view, fmt, f"stances-{code}-{issue_code}")


@router.get("/topics", response_model=models.Topics, responses={**CSV, **LIST_ERRORS}, summary="Topics")
def get_topics(db: Store, f: Filter, fmt: FormatQuery = "json", q: Text = None) -> Response:
    """Issues discussed, with how many current documents discuss each (the document filters apply)."""
    return view_response(views.topics(db, with_q(f, q)), fmt, "topics")


@router.get("/network", response_model=models.Network, responses={**CSV, **LIST_ERRORS}, summary="Meeting network")
def get_network(db: Store, f: Filter, fmt: FormatQuery = "json") -> Response:
    """States and organisations as nodes, interactions between them as weighted edges; CSV: the edges."""
    return view_response(views.network(db, f), fmt, "network")


@router.get(
    "/timeline", response_model=models.Timeline, responses={**CSV, **LIST_ERRORS}, summary="Timeline of two parties"
)
def get_timeline(
    db: Store,
    f: Filter,
    a: Annotated[str, Query(max_length=200, description="one state or organisation (code or name)")],
    b: Annotated[str, Query(max_length=200, description="the other")],
    fmt: FormatQuery = "json",
) -> Response:
    """Every interaction between ``a`` and ``b``: counts by year and kind, and the list."""
    code_a, code_b = parse_party("a", a), parse_party("b", b)
    if code_a is None or code_b is None:
        raise invalid("a" if code_a is None else "b", a if code_a is None else b, "give a state or organisation")
    if code_a == code_b:
        raise invalid("b", b, f"give two different parties, not {code_a} twice")
    return view_response(views.timeline(db, code_a, code_b, f), fmt, f"timeline-{code_a}-{code_b}")


@router.get(
    "/countries/{code}",
    response_model=models.Country,
    responses={**CSV, **ERRORS},
    summary="One state or organisation: partners, issues, stances",
)
def get_country(
    db: Store, f: Filter, code: Annotated[str, Path(max_length=200)], fmt: FormatQuery = "json"
) -> Response:
    """Partners by year, top issues, stances held and received, recent interactions; CSV: partners by year."""
    party = country_code(code)
    return view_response(views.country(db, party, f), fmt, f"country-{party}")


def country_code(text: str) -> str:
    """The code of a state or organisation by code or name; 404 when there is none."""
    from readout.analyse.names import UnknownParty, party_code

    try:
        return party_code(text)
    except UnknownParty as err:
        raise views.NotFound(str(err)) from None
