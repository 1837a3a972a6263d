"""Builders shared by the extraction-layer tests: Documents written for these tests, run layer by layer.

Every readout text in this folder was written for the tests, in the style of the publishers
below, about real public meetings; none is copied from a government site.
"""

from __future__ import annotations

import itertools

from readout.extract.actors import Actors, Person, extract_actors
from readout.extract.document import ParsedDoc, parse
from readout.extract.events import extract_events
from readout.model import Document, Event

CHINA = "China MFA"
STATE = "US Department of State"
WHITE_HOUSE = "The White House"
NO10 = "UK Prime Minister's Office (10 Downing Street)"
JAPAN = "Japan MOFA"
INDIA = "India MEA"
RUSSIA = "Russia MFA"

_ids = itertools.count()


def make_doc(
    text: str, title: str | None = None, published: str | None = None, publisher: str | None = None
) -> Document:
    return Document(id=f"test-{next(_ids)}", text=text, title=title, published=published, publisher=publisher, url=None)


def events_of(
    text: str, title: str | None = None, published: str | None = None, publisher: str | None = None
) -> list[Event]:
    """The events of a text (with its headline as the first line, as pages print it)."""
    if title:
        text = f"{title}\n\n{text}"
    return layers(make_doc(text, title=title, published=published, publisher=publisher))[2]


def layers(doc: Document) -> tuple[ParsedDoc, Actors, list[Event]]:
    """Parse, actors and events of one document."""
    pd = parse(doc)
    actors = extract_actors(pd)
    return pd, actors, extract_events(pd, actors)


def person(actors: Actors, family_name: str) -> Person:
    """The one person whose name holds ``family_name``."""
    found = [p for p in actors.people if p.name and family_name.lower() in p.name.lower()]
    assert len(found) == 1, [(p.name, p.country, p.org) for p in actors.people]
    return found[0]


def parties(event: Event) -> set[str | None]:
    return {p.country or p.org for p in event.participants}
