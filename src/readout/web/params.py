"""Query parameters shared by the API and the pages: filters, paging, output format.

Values are checked as the command line checks them (``readout.analyse``: parties by code or
name, periods as a year, month or day, issue codes of issues.tsv); a bad one is a 422 with
FastAPI's usual error body, naming the parameter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import Query
from fastapi.exceptions import RequestValidationError

from readout.analyse.filters import KINDS, BadPeriod, InteractionFilter, period_end, period_start
from readout.analyse.names import UnknownParty, party_code

Kind = Literal["meeting", "call", "video_call", "message"]
# What a form sends: its "any" option is blank (or the word), meaning no filter.
KindChoice = Literal["", "any", "meeting", "call", "video_call", "message"]
Format = Literal["json", "csv"]
MAX_LIMIT = 500
PERIOD = r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD (checked as a date after)
PERIOD_OR_BLANK = r"^(\d{4}(-\d{1,2}(-\d{1,2})?)?)?$"  # the same, or left blank (no filter)
assert set(KINDS) == set(Kind.__args__)  # type: ignore[attr-defined]


def invalid(name: str, value: Any, message: str) -> RequestValidationError:
    """A 422 for query parameter ``name``, shaped like FastAPI's own validation errors."""
    return RequestValidationError([{"type": "value_error", "loc": ("query", name), "msg": message, "input": value}])


def parse_party(name: str, text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    try:
        return party_code(text)
    except UnknownParty as err:
        raise invalid(name, text, str(err)) from None


def parse_since(name: str, text: str | None) -> dt.date | None:
    if text is None or not text.strip():
        return None
    try:
        return period_start(text)
    except BadPeriod as err:
        raise invalid(name, text, str(err)) from None


def parse_until(name: str, text: str | None) -> dt.date | None:
    if text is None or not text.strip():
        return None
    try:
        return period_end(text)
    except BadPeriod as err:
        raise invalid(name, text, str(err)) from None


@cache
def issue_codes() -> dict[str, str]:
    """Issue code -> what counts as that issue (issues.tsv), in file order; read once (pages ask per row).
    Callers must not change it."""
    from readout.gazetteer import data_rows

    return {row["code"]: row["what counts"] for row in data_rows("issues.tsv")}


def parse_issue(name: str, text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    code = text.strip().upper()
    if code not in issue_codes():
        raise invalid(name, text, f"{text!r} is not an issue code (see /api/topics or issues.tsv)")
    return code


@dataclass(frozen=True)
class Filters:
    """The filters of the command line's ``events``, plus a free-text query for documents."""

    country: str | None = None
    with_: str | None = None
    kind: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    person: str | None = None
    issue: str | None = None
    q: str | None = None
    publisher: str | None = None  # the state (or organisation) whose readout reports it
    person_id: int | None = None  # one person (however named) took part
    place: str | None = None  # took place there (a place name as the map lists it)

    @property
    def dated(self) -> bool:
        """A date filter is set: records with no date are left out (and counted apart)."""
        return bool(self.since or self.until)

    def interaction_filter(self) -> InteractionFilter:
        parties = tuple(dict.fromkeys(p for p in (self.country, self.with_) if p))
        return InteractionFilter(
            parties=parties,
            kind=self.kind,
            since=self.since,
            until=self.until,
            person=self.person,
            issue=self.issue,
            publisher=self.publisher,
            person_id=self.person_id,
            place=self.place,
        )

    def as_query(self) -> dict[str, str]:
        """The filters as query parameters (for links that keep them)."""
        pairs = {
            "q": self.q,
            "country": self.country,
            "with": self.with_,
            "kind": self.kind,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "person": self.person,
            "issue": self.issue,
            "publisher": self.publisher,
            "person_id": str(self.person_id) if self.person_id is not None else None,
            "place": self.place,
        }
        return {k: v for k, v in pairs.items() if v}


def parse_kind(name: str, text: str | None) -> str | None:
    """A kind of interaction; blank or "any" is no filter."""
    value = (text or "").strip().lower().replace(" ", "_")
    if value in ("", "any"):
        return None
    if value not in KINDS:
        raise invalid(name, text, f"{text!r} is not a kind of interaction (any, {', '.join(KINDS)})")
    return value


def parse_text(text: str | None) -> str | None:
    """Words as typed, spaces collapsed; blank is None."""
    words = " ".join((text or "").split())
    return words or None


def build_filters(values: Mapping[str, str | None]) -> Filters:
    """The filters from raw values (query parameters as typed), checked; a blank field is no filter."""
    since, until = values.get("since"), values.get("until")
    start, end = parse_since("since", since), parse_until("until", until)
    if start and end and start > end:
        raise invalid("until", until, f"until ({until}) is before since ({since})")
    return Filters(
        country=parse_party("country", values.get("country")),
        with_=parse_party("with", values.get("with")),
        kind=parse_kind("kind", values.get("kind")),
        since=start,
        until=end,
        person=parse_text(values.get("person")),
        issue=parse_issue("issue", values.get("issue")),
        q=parse_text(values.get("q")),
        publisher=parse_party("publisher", values.get("publisher")),
        person_id=parse_person_id("person_id", values.get("person_id")),
        place=parse_text(values.get("place")),
    )


def parse_person_id(name: str, text: str | None) -> int | None:
    """A person's id (as /api/people gives it); blank is None."""
    if text is None or not text.strip():
        return None
    if not text.strip().isdigit() or len(text.strip()) > 18:
        raise invalid(name, text, f"{text!r} is not a person id (a number from /api/people)")
    return int(text.strip())


def filters(
    country: Annotated[str | None, Query(description="a state or organisation took part (code or name)")] = None,
    with_: Annotated[str | None, Query(alias="with", description="a second party took part too")] = None,
    kind: Annotated[KindChoice | None, Query(description="kind of interaction (blank or any: every kind)")] = None,
    since: Annotated[
        str | None, Query(pattern=PERIOD_OR_BLANK, description="from this year, month or day (blank: no limit)")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=PERIOD_OR_BLANK, description="up to this year, month or day (blank: no limit)")
    ] = None,
    person: Annotated[str | None, Query(description="a participant's name contains this (any case)")] = None,
    issue: Annotated[
        str | None, Query(description="an issue code of issues.tsv, discussed or taken a stance on")
    ] = None,
    publisher: Annotated[
        str | None, Query(description="reported by this state's or organisation's readout (code or name)")
    ] = None,
    person_id: Annotated[
        int | None, Query(ge=0, le=10**18, description="one person took part, however named (ids: /api/people)")
    ] = None,
    place: Annotated[
        str | None, Query(max_length=200, description="took place there: a place's name as /api/places gives it")
    ] = None,
) -> Filters:
    """The common filters, checked (FastAPI dependency); blank means no filter."""
    raw = {"country": country, "with": with_, "kind": kind, "since": since, "until": until}
    more = {"person": person, "issue": issue, "publisher": publisher, "place": place}
    return build_filters({**raw, **more, "person_id": None if person_id is None else str(person_id)})


FORM_FIELDS = ("q", "country", "with", "kind", "since", "until", "person", "issue", "publisher", "person_id", "place")
MAX_FIELD = 200


@dataclass(frozen=True)
class Form:
    """A page's filter form as typed: its values (kept as typed), a plain message per wrong field, the filters.

    A page shows a wrong field's message beside it rather than an error page, so the analyst
    corrects that field and keeps the others.
    """

    values: dict[str, str]
    errors: dict[str, str]
    filters: Filters

    @property
    def ok(self) -> bool:
        return not self.errors


def read_form(query: Mapping[str, str], fields: tuple[str, ...] = FORM_FIELDS) -> Form:
    """The form ``fields`` of a query string, each checked alone; wrong fields are left out of the filters."""
    values = {k: str(query[k]) for k in fields if query.get(k) is not None}
    errors: dict[str, str] = {}
    kept: dict[str, str | None] = {}
    for name, value in values.items():
        if len(value) > MAX_FIELD:
            errors[name] = f"too long ({MAX_FIELD} characters at most)"
            continue
        try:
            build_filters({name: value})
        except RequestValidationError as err:
            errors[name] = _message(err)
            continue
        kept[name] = value
    try:
        f = build_filters(kept)
    except RequestValidationError as err:  # each right alone, not together: until before since
        errors["until"] = _message(err)
        f = build_filters({**kept, "since": None, "until": None})
    return Form(values, errors, f)


def _message(err: RequestValidationError) -> str:
    return str(err.errors()[0]["msg"])


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")] = 0,
) -> Paging:
    return Paging(limit, offset)
