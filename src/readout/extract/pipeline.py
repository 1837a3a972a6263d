"""The extraction pipeline: named components run in order over one parsed document.

Like a spaCy pipeline, each layer has one job and reads what earlier layers left; every
layer is a pure function of the parsed document (and earlier layers' output), so it can
be tested alone.
"""

from __future__ import annotations

import re

from readout import ENGINE_VERSION, gazetteer
from readout.extract.actors import extract_actors
from readout.extract.document import parse
from readout.extract.events import extract_events, is_readout_title
from readout.extract.stances import extract_stances
from readout.extract.statements import extract_statements
from readout.extract.topics import extract_topics
from readout.model import Document, Record

COMPONENTS = ("document", "actors", "events", "stances", "topics", "statements")


ORG_SUBJECT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:reforms?|engagement|agenda|charter|system|mechanisms?|summits?|assembly|membership|integration|"
    r"(?:is|was|has been) playing|plays)\b",
    re.I,
)
ORG_SUBJECT_BEFORE = re.compile(
    r"\b(?:(?:reform|agenda|charter|role|centrality|strengthening|work|activities|future|development) of|"
    r"role (?:that|which)|(?:cooperation|coordination) within|agreement between) (?:the )?$",
    re.I,
)


def _org_as_subject(text: str, a: int, b: int) -> bool:
    return bool(ORG_SUBJECT_AFTER.match(text, b) or ORG_SUBJECT_BEFORE.search(text, max(0, a - 40), a))


def code_document(doc: Document) -> Record:
    """One document in, one record out (``spec/record.md``)."""
    pd = parse(doc)
    actors = extract_actors(pd)
    events = extract_events(pd, actors)
    event_sentences = {s.index for s in pd.sentences for e in events for a, b in e.evidence if s.start <= a < s.end}
    actor_spans = [(m.start, m.end) for m in actors.mentions if not m.in_headline and (m.title or m.group)]
    # An organisation taking part ("the UN will continue its support") is an actor, not a topic.
    orgs = {p.org for e in events for p in e.participants if p.org}
    # "UN reform" and "the agenda of the AU" are the organisation as a subject, not as the one met.
    actor_spans += [
        (a, b)
        for a, b, hit in gazetteer.polities().find(pd.norm)
        if hit.is_org and hit.code in orgs and not _org_as_subject(pd.norm, a, b)
    ]
    parties = frozenset(p.country for e in events for p in e.participants if p.country)
    topic_spans = extract_topics(pd, actor_spans, event_sentences, parties)
    stances = extract_stances(pd, actors, events)
    for st in stances:  # a position taken on an issue is that issue discussed (spec: topics), wherever it is worded
        topic_spans.setdefault(st.issue, list(st.evidence))
    topic_spans = dict(sorted(topic_spans.items()))
    statements = extract_statements(pd, actors)
    return Record(
        doc_id=doc.id,
        title=pd.title,
        is_readout=bool(events) or (bool(pd.cache.get("interaction_told")) and is_readout_title(pd.title)),
        events=events,
        stances=stances,
        topics=sorted(topic_spans),
        statements=statements,
        publisher=doc.publisher,
        publisher_country=pd.publisher_country or pd.publisher_org,
        published=pd.published.isoformat() if pd.published else None,
        url=doc.url,
        engine=ENGINE_VERSION,
        topic_evidence=topic_spans,
    )
