"""Query parameters shared by the API and the pages: filters, paging, output format.

Values are checked as the command line checks them (``readout.analyse``: parties by code or
name, periods as a year, month or day, issue codes of issues.tsv); a bad one is a 422 with
FastAPI's usual error body, naming the parameter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Query
from fastapi.exceptions import RequestValidationError

from readout.analyse.filters import BadPeriod, InteractionFilter, period_end, period_start
from readout.analyse.names import UnknownParty, party_code
from readout.analyse.parsers import KINDS

Kind = Literal["meeting", "call", "video_call", "message"]
Format = Literal["json", "csv"]
MAX_LIMIT = 500
PERIOD = r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD (checked as a date after)
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


def issue_codes() -> dict[str, str]:
    """Issue code -> what counts as that issue (issues.tsv), in file order."""
    from readout.extract.gazetteer import data_rows

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

    def interaction_filter(self) -> InteractionFilter:
        parties = tuple(dict.fromkeys(p for p in (self.country, self.with_) if p))
        return InteractionFilter(
            parties=parties,
            kind=self.kind,
            since=self.since,
            until=self.until,
            person=self.person,
            issue=self.issue,
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
        }
        return {k: v for k, v in pairs.items() if v}


def filters(
    country: Annotated[str | None, Query(description="a state or organisation took part (code or name)")] = None,
    with_: Annotated[str | None, Query(alias="with", description="a second party took part too")] = None,
    kind: Annotated[Kind | None, Query(description="kind of interaction")] = None,
    since: Annotated[str | None, Query(pattern=PERIOD, description="from this year, month or day")] = None,
    until: Annotated[str | None, Query(pattern=PERIOD, description="up to this year, month or day")] = None,
    person: Annotated[str | None, Query(description="a participant's name contains this (any case)")] = None,
    issue: Annotated[
        str | None, Query(description="an issue code of issues.tsv, discussed or taken a stance on")
    ] = None,
) -> Filters:
    """The common filters, checked (FastAPI dependency)."""
    start, end = parse_since("since", since), parse_until("until", until)
    if start and end and start > end:
        raise invalid("until", until, f"until ({until}) is before since ({since})")
    return Filters(
        country=parse_party("country", country),
        with_=parse_party("with", with_),
        kind=kind,
        since=start,
        until=end,
        person=person.strip() if person and person.strip() else None,
        issue=parse_issue("issue", issue),
    )


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")] = 0,
) -> Paging:
    return Paging(limit, offset)
