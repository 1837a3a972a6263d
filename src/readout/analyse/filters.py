"""What analysts filter on (periods, parties, kinds, people, issues) as SQL conditions.

Conditions are written once, with ``?`` placeholders, in the SQL both backends accept, and
collected with their parameters in a ``Where``. Interactions are read from their summaries
(``interaction_facts``, store/summaries.py), which hold only interactions that a current
coding reports; documents' dates and filters from ``document_facts``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

KINDS = ("meeting", "call", "video_call", "message")  # the record's event kinds (spec/record.md)
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")

# The conditions on interactions read ``interaction_facts i`` (store/summaries.py): one row per
# interaction that a current coding reports, with its reports' names, people, issues and publishers.
_PERSON = "i.names LIKE ? ESCAPE '\\'"  # a participant's name (lower case) holds the pattern
_ISSUE = "i.issues LIKE ?"  # a report discusses the issue (a topic) or takes a stance on it
_PUBLISHER = "i.publishers LIKE ?"  # a report was published for the state or organisation
# A report names the person (a person id of store/people.py): the interactions of their appearances.
_PERSON_ID = "i.interaction_id IN (SELECT a.interaction_id FROM person_appearances a WHERE a.person_id = ?)"


class BadPeriod(ValueError):
    """A --since/--until value that is not a year, a month or a day."""


def _parts(text: str) -> tuple[int, int | None, int | None]:
    m = _PERIOD.match(text.strip())
    if not m:
        raise BadPeriod(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    try:  # month 0 or day 0 is no date (not January, not the 1st)
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        raise BadPeriod(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return year, month, day


def period_start(text: str) -> dt.date:
    """The first day of a year, month or day: ``--since 2022`` means from 1 January 2022."""
    year, month, day = _parts(text)
    return dt.date(year, month or 1, day or 1)


def period_end(text: str) -> dt.date:
    """The last day of a year, month or day: ``--until 2022-03`` means to 31 March 2022."""
    year, month, day = _parts(text)
    if month is None:
        return dt.date(year, 12, 31)
    return dt.date(year, month, day or calendar.monthrange(year, month)[1])


def name_like(column: str) -> str:
    """A condition: lower-cased ``column`` matches the ``like_pattern`` bound to ``?``."""
    return f"lower({column}) LIKE ? ESCAPE '\\'"


def like_pattern(text: str) -> str:
    """A LIKE pattern (``ESCAPE '\\'``) for lower-cased ``text`` anywhere in a value; ``%`` and ``_`` are literal."""
    return "%" + re.sub(r"([%_\\])", r"\\\1", text.lower()) + "%"


# A coded document's date: its publication date, else the date of its first event (a query
# using it joins ``document_facts df``, which holds current codings only).
DOC_DATE = "df.date"


@dataclass
class Where:
    """SQL conditions joined by AND, with their parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> Where:
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def period(self, since: dt.date | None, until: dt.date | None, expr: str | None = None) -> Where:
        """A document's date (``expr``, by default its publication or first event date) in [since, until]."""
        expr = expr or DOC_DATE
        if since:
            self.add(f"{expr} >= ?", since)
        if until:
            self.add(f"{expr} <= ?", until)
        return self

    def sql(self, keyword: str = "WHERE") -> str:
        if not self.clauses:
            return ""
        return f"{keyword} " + " AND ".join(f"({c})" for c in self.clauses)


def has_party(column: str) -> str:
    """A condition: the '|'-joined party codes in ``column`` include the code (``party_params``: two ``?``).

    The code anywhere in the text first, a test that makes no new string, so that the delimited test (which
    makes one per row) runs on the rows that may match only: a third less time on a scan of every interaction."""
    return f"{column} LIKE ? AND ('|' || {column} || '|') LIKE ?"


def party_param(code: str) -> str:
    return f"%|{code}|%"


def party_params(code: str) -> tuple[str, str]:
    """The parameters of ``has_party``."""
    return f"%{code}%", party_param(code)


@dataclass
class InteractionFilter:
    """Which interactions a view covers: parties, kind, period, a participant, an issue."""

    parties: tuple[str, ...] = ()  # every one of these codes took part
    kind: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    person: str | None = None  # part of a participant's name, any case
    issue: str | None = None  # an issue code of issues.tsv
    publisher: str | None = None  # a current report was published for this state or organisation
    person_id: int | None = None  # one person (store/people.py) took part, however named
    place: str | None = None  # took place there (the record's place name, as the map lists it)

    def where(self) -> Where:
        """The conditions on ``interaction_facts i`` (interactions that current codings report)."""
        w = Where()
        for code in self.parties:
            w.add(has_party("i.parties"), *party_params(code))
        if self.kind:
            w.add("i.kind = ?", self.kind)
        if self.since:
            w.add("i.date >= ?", self.since)
        if self.until:
            w.add("i.date <= ?", self.until)
        if self.person:
            w.add(_PERSON, like_pattern(self.person))
        if self.issue:
            w.add(_ISSUE, party_param(self.issue))
        if self.publisher:
            w.add(_PUBLISHER, party_param(self.publisher))
        if self.person_id is not None:
            w.add(_PERSON_ID, self.person_id)
        if self.place:
            w.add("i.place = ?", self.place)
        return w

    def month_where(self) -> Where | None:
        """The conditions on ``party_months p`` (store/summaries.py) that select what this filter selects,
        its parties aside; None when the counts per month cannot say (a person, an issue, a publisher,
        or a period that does not begin and end with a month)."""
        if self.person or self.issue or self.publisher or self.person_id is not None or self.place:
            return None
        if self.since and self.since.day != 1:
            return None
        if self.until and self.until.day != calendar.monthrange(self.until.year, self.until.month)[1]:
            return None
        w = Where()
        if self.kind:
            w.add("p.kind = ?", self.kind)
        if self.since:  # undated interactions (year NULL) are left out, as by a date filter
            w.add("p.year * 12 + p.month >= ?", self.since.year * 12 + self.since.month)
        if self.until:
            w.add("p.year * 12 + p.month <= ?", self.until.year * 12 + self.until.month)
        return w

    def describe(self) -> str:
        """The filter in words, for table titles."""
        bits = []
        if self.parties:
            bits.append(" and ".join(self.parties))
        if self.kind:
            bits.append(self.kind)
        if self.since or self.until:
            bits.append(f"{self.since or '...'} to {self.until or '...'}")
        if self.person:
            bits.append(f"with {self.person!r}")
        if self.issue:
            bits.append(f"on {self.issue}")
        if self.publisher:
            bits.append(f"reported by {self.publisher}")
        if self.person_id is not None:
            bits.append(f"with person {self.person_id}")
        if self.place:
            bits.append(f"in {self.place}")
        return ", ".join(bits)

    def as_json(self) -> dict[str, Any]:
        return {
            "parties": list(self.parties),
            "kind": self.kind,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "person": self.person,
            "issue": self.issue,
            "publisher": self.publisher,
            "person_id": self.person_id,
            "place": self.place,
        }
