"""The API's response shapes, for the OpenAPI spec (``/api/openapi.json``).

Routes return their JSON directly (``views.View.data``); these models document it. Records
and comparisons keep the shapes of ``spec/record.md`` and ``readout compare --json``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

# The store's timestamps carry no time zone (the storing machine's clock), so they are not RFC 3339 date-times.
_LOCAL_TIME = "YYYY-MM-DDTHH:MM:SS[.ffffff], the storing machine's local time, no time zone"


class Error(BaseModel):
    detail: str | list[dict[str, Any]] = Field(description="what was wrong (a list for malformed parameters)")


class Paged(BaseModel):
    total: int = Field(description="items matching the filters")
    limit: int
    offset: int


class DocumentRow(BaseModel):
    doc_id: str
    version: int
    title: str | None
    publisher: str | None
    publisher_country: str | None
    date: dt.date | None = Field(description="publication date, else the date of the first event")
    is_readout: bool
    url: str | None
    events: int
    stances: int
    snippet: str


class DocumentPage(Paged):
    filter: dict[str, str]
    documents: list[DocumentRow]


class DocumentMeta(BaseModel):
    doc_id: str
    version: int
    versions: list[int]
    doc_key: str
    source: str | None
    url: str | None
    publisher: str | None
    title: str | None
    published: dt.date | None
    ingested_at: str | None = Field(description=_LOCAL_TIME)
    coding_id: int
    engine: str
    coded_at: str | None = Field(description=_LOCAL_TIME)
    interactions: list[int]


class ClaimOut(BaseModel):
    id: str = Field(description="e<n> event, s<n> stance, t-<ISSUE> topic, q<n> statement")
    kind: str
    label: str
    spans: list[list[int]]


class DocumentOut(BaseModel):
    document: DocumentMeta
    text: str
    record: dict[str, Any] = Field(description="the record (spec/record.md) of the current coding")
    event_interactions: dict[str, int] = Field(description="event ordinal -> interaction id")
    claims: list[ClaimOut]


class Participant(BaseModel):
    name: str | None
    country: str | None
    org: str | None
    title: str | None
    person_id: int | None = Field(None, description="the person (store/people.py), when named")


class InteractionRow(BaseModel):
    interaction_id: int
    date: dt.date | None
    kind: str
    place: str | None
    location_country: str | None
    parties: list[str]
    participants: list[Participant]
    documents: list[str]


class EventPage(Paged):
    filter: dict[str, Any]
    interactions: list[InteractionRow]


class InteractionBrief(BaseModel):
    interaction_id: int
    date: dt.date | None
    kind: str
    place: str | None = Field(description="the place its reports name")
    location_country: str | None
    parties: list[str]
    participants: list[Participant] = Field(description="as its reports name them, titles merged")
    reports: int = Field(description="how many current documents report it")
    documents: list[str]


class InteractionPage(Paged):
    filter: dict[str, Any]
    sort: str
    undated: int = Field(description="interactions left out by the date filter for having no date")
    interactions: list[InteractionBrief]


class Comparison(BaseModel):
    interaction_id: int
    kind: str
    date: dt.date | None
    parties: list[str]
    location_country: str | None
    shared_topics: list[str]
    reports: list[dict[str, Any]] = Field(description="one per report, as `readout compare --json`, differences marked")
    differences: list[dict[str, Any]]


class Person(BaseModel):
    person_id: int = Field(description="one person however readouts name them (stable)")
    name: str
    represents: str | None
    title: str | None = Field(description="the latest title given")
    titles: list[str] = Field(description="every title given, in the order first seen")
    names: list[str] = Field(description="every name readouts use for this person")
    first_seen: dt.date | None
    last_seen: dt.date | None
    interactions: int
    documents: int


class Office(BaseModel):
    title: str
    first_seen: dt.date | None
    last_seen: dt.date | None
    documents: int


class Quote(BaseModel):
    doc_id: str
    title: str | None
    date: dt.date | None
    statement: int
    speaker: str | None
    text: str


class PersonYear(BaseModel):
    year: int | None = Field(description="null: interactions with no known date")
    interactions: int


class PersonOut(BaseModel):
    person: Person
    offices: list[Office] = Field(description="titles given over time")
    interactions_total: int
    interactions: list[InteractionBrief] = Field(description="every interaction the person took part in (500 at most)")
    years: list[PersonYear] = Field(description="how many of the person's interactions fall in each year, oldest first")
    statements: list[Quote] = Field(description="what readouts quote the person as saying")


class PeoplePage(Paged):
    filter: dict[str, str]
    people: list[Person]


class StanceCell(BaseModel):
    holder: str
    issue: str
    supports: int = Field(description="documents reporting support")
    opposes: int = Field(description="documents reporting opposition")
    targets: list[str]


class StanceMatrix(BaseModel):
    filter: dict[str, Any]
    holders: list[str]
    issues: list[str]
    cells: list[StanceCell]


class Sentences(BaseModel):
    holder: str
    issue: str
    filter: dict[str, Any]
    stances: list[dict[str, Any]] = Field(description="each stance with its evidence and the sentence around it")


class Topic(BaseModel):
    issue: str
    documents: int
    description: str


class Topics(BaseModel):
    filter: dict[str, str]
    topics: list[Topic]


class Node(BaseModel):
    id: str
    label: str
    type: str
    interactions: int
    first: dt.date | None
    last: dt.date | None


class Edge(BaseModel):
    source: str
    target: str
    weight: int
    first: dt.date | None
    last: dt.date | None


class Network(BaseModel):
    filter: dict[str, Any]
    nodes: list[Node]
    edges: list[Edge]


class Timeline(BaseModel):
    a: str
    b: str
    a_name: str
    b_name: str
    filter: dict[str, Any]
    total: int
    counts: list[dict[str, Any]] = Field(description="year, kind, n")
    interactions: list[dict[str, Any]] = Field(description="the newest 200, newest first (total: how many in all)")
    stances: list[dict[str, Any]] = Field(
        description="each one's stances on the other's positions: holder, target, issue, alignment, year, documents"
    )
    levels: list[dict[str, Any]] = Field(
        description="interactions per year (null: no date) by level, the highest office present: "
        "heads of state or government, ministers (deputies, vice presidents too), other officials: year, level, n"
    )


class Country(BaseModel):
    code: str
    name: str
    type: str
    filter: dict[str, str]
    interactions: int
    first: dt.date | None
    last: dt.date | None
    partners_by_year: list[dict[str, Any]]
    top_issues: list[dict[str, Any]]
    stances_held: list[StanceCell]
    stances_received: list[StanceCell]
    recent_interactions: list[InteractionBrief]
    partner_series: dict[str, Any] = Field(
        description="interactions per month (per year over a long span) with the top partners, the rest as 'other'"
    )


class Place(BaseModel):
    place: str | None
    country: str | None
    lat: float
    lon: float
    mode: str | None = Field(description="host: in one party's country; third_location: elsewhere")
    side: str | None = Field(
        None,
        description="with a country filter: home (it hosted), abroad (it travelled to the host's country), "
        "third_location; else null",
    )
    interactions: int


class Places(BaseModel):
    filter: dict[str, Any]
    places: list[Place]


class Summary(BaseModel):
    documents: int
    interactions: int
    engines: list[str]
    allow_ingest: bool


class Uploaded(BaseModel):
    doc_id: str
    version: int
    stored: bool = Field(description="false when the same content was stored already")
    url: str = Field(description="the document's page")
    events: int
    stances: int
    topics: list[str]
