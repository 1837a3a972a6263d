"""Typed records that flow through the pipeline: a Document in, a Record out.

The field names follow ``spec/record.md`` (the contract with the gold sets and scorer).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]
EventKind = Literal["meeting", "call", "video_call", "message"]
Mode = Literal["host", "third_location", "remote"]
Alignment = Literal["supports", "opposes"]


@dataclass(frozen=True)
class Document:
    """One input document, as read from a file, a JSONL line or a URL."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    publisher: str | None = None
    url: str | None = None
    source: str | None = None  # file path (and line) it came from


@dataclass(frozen=True)
class IngestError:
    """A document that could not be read; ``where`` names the file and, for JSONL, the line."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class Participant:
    name: str | None
    country: str | None
    org: str | None
    title: str | None


@dataclass
class Location:
    name: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    kind: EventKind
    date: str | None
    location: Location | None
    participants: list[Participant]
    mode: Mode | None
    cameo: str
    plover: dict[str, str | None]  # PLOVER type and mode (visit, third-party, multilateral, phone)
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Stance:
    holder: str
    target: str | None
    issue: str
    alignment: Alignment
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Statement:
    speaker: str | None
    country: str | None
    text: str
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Record:
    """The output record of one document (spec/record.md)."""

    doc_id: str
    title: str | None
    is_readout: bool
    events: list[Event]
    stances: list[Stance]
    topics: list[str]
    statements: list[Statement]
    publisher: str | None = None
    publisher_country: str | None = None
    published: str | None = None
    url: str | None = None
    engine: str = ""
    topic_evidence: dict[str, list[Span]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for ev in out["events"]:
            ev["evidence"] = [list(s) for s in ev["evidence"]]
        for key in ("stances", "statements"):
            for item in out[key]:
                item["evidence"] = [list(s) for s in item["evidence"]]
        out["topic_evidence"] = {k: [list(s) for s in v] for k, v in out["topic_evidence"].items()}
        return out
