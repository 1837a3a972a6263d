"""A document's text cut into segments, each knowing which claims' evidence covers it.

Every claim of a record (events, stances, topics, statements) carries character spans into
the text; spans overlap (a stance inside a statement, a topic word inside a stance), so the
text is cut at every span boundary and each piece lists the claims over it. The template
prints each piece HTML-escaped, wrapped in a span whose classes name the kinds of claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from readout.analyse.names import party_name
from readout.model import Record, Span


@dataclass
class Claim:
    """One claim: an id unique in its document (``e0``, ``s3``, ``t-TAIWAN``, ``q2``), what it says, its spans."""

    id: str
    kind: str  # event | stance | topic | statement
    label: str
    spans: list[Span]
    detail: dict[str, object] = field(default_factory=dict)


@dataclass
class Segment:
    text: str
    start: int
    kinds: list[str]
    claims: list[str]


def _party(code: str | None) -> str:
    return code or "?"


def claims_of(record: Record) -> list[Claim]:
    """The record's claims in reading order of kind: events, stances, topics, statements."""
    claims: list[Claim] = []
    for i, ev in enumerate(record.events):
        sides = sorted({p.country or p.org or "?" for p in ev.participants})
        where = ""
        if ev.location and (ev.location.name or ev.location.country):
            where = f" in {ev.location.name or party_name(ev.location.country or '')}"
        label = f"{ev.kind.replace('_', ' ')} {ev.date or '(no date)'}{where}: {', '.join(sides)}"
        claims.append(Claim(f"e{i}", "event", label, list(ev.evidence), {"cameo": ev.cameo, "mode": ev.mode}))
    for i, st in enumerate(record.stances):
        target = f" {st.target}" if st.target else ""
        label = f"{st.holder} {st.alignment}{target} on {st.issue}"
        claims.append(Claim(f"s{i}", "stance", label, list(st.evidence), {"alignment": st.alignment}))
    for issue in record.topics:
        claims.append(Claim(f"t-{issue}", "topic", issue, list(record.topic_evidence.get(issue, []))))
    for i, sm in enumerate(record.statements):
        who = sm.speaker or "(unnamed)"
        label = f"{who} ({_party(sm.country)}): {sm.text[:80]}{'…' if len(sm.text) > 80 else ''}"
        claims.append(Claim(f"q{i}", "statement", label, list(sm.evidence)))
    return claims


def segments(text: str, claims: list[Claim]) -> list[Segment]:
    """``text`` cut at every span boundary; each piece with the kinds and ids of the claims covering it."""
    n = len(text)
    spans = [(max(0, min(a, n)), max(0, min(b, n)), c) for c in claims for a, b in c.spans]
    spans = [(a, b, c) for a, b, c in spans if a < b]
    cuts = sorted({0, n, *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    starts: dict[int, list[tuple[int, Claim]]] = {}
    for a, b, c in spans:
        starts.setdefault(a, []).append((b, c))
    active: list[tuple[int, Claim]] = []
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [(b, c) for b, c in active if b > left] + starts.get(left, [])
        ids = list(dict.fromkeys(c.id for _, c in active))
        kinds = sorted({c.kind for _, c in active})
        out.append(Segment(text[left:right], left, kinds, ids))
    return out
