#!/usr/bin/env python3
"""Checks on coded records that need no gold: where the engine says something no text can support.

    .venv/bin/python tools/sanity.py INPUT... [--show N]

INPUT is anything ``readout code`` reads (JSONL, folders, .txt, .html). For every document the
record is checked against its own text:
- a participant with neither a name nor a state or organisation;
- a person's name that is a common word of the genre (a title, a month, "Meeting", "Majesty");
- a state in a record (a participant's, a location's, a stance's) that the text never names or implies
  (by its name, a demonym or a large city of it; the publisher's own state is implied);
- an event with a single party.
It prints the count of each kind and the first few cases, so a change can be judged on text no
one annotated (e.g. real readouts collected outside the repository).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from readout import gazetteer
from readout.extract.actors import NAME_STOP, NOT_NAME
from readout.extract.pipeline import code_document
from readout.ingest import read_documents
from readout.model import Document, Record


def states_named(text: str) -> set[str]:
    """States a text names: by name or demonym, or by a city of theirs."""
    named = {hit.code for _s, _e, hit in gazetteer.polities().find(text) if not hit.is_org}
    places = gazetteer.places()
    words = [w.strip(".;:()\"'’") for w in text.replace(",", " ").split()]
    phrases = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    for phrase in phrases:
        city = places.city(phrase) if phrase[:1].isupper() else None
        if city is not None and city.population >= 500_000:
            named.add(city.iso3)
    return named


def problems(doc: Document, record: Record) -> Iterator[tuple[str, str]]:
    """(kind, detail) for every check the record fails."""
    title_words = gazetteer.offices().title_words
    text = f"{doc.title or ''}\n{doc.text}"
    named = states_named(text) | {record.publisher_country or ""}  # the publisher's side is implied
    for e in record.events:
        parties = {p.country or p.org for p in e.participants}
        if len(parties) < 2:
            yield "one party", f"{e.kind} {sorted(map(str, parties))}"
        for p in e.participants:
            if p.name is None and p.country is None and p.org is None:
                yield "no name, no state", f"{e.kind} {p.title}"
            if p.name and all(w in NOT_NAME or w in NAME_STOP or w in title_words for w in p.name.split()):
                yield "common word as name", p.name
            if p.country and p.country not in named:
                yield "state not in text", f"{p.name}/{p.country}"
        if e.location and e.location.country and e.location.country not in named:
            yield "state not in text", f"location {e.location.name}/{e.location.country}"
    for s in record.stances:
        for code in (s.holder, s.target):
            if code and code in gazetteer.polities().countries and code not in named:
                yield "state not in text", f"stance {s.holder}->{s.target} {s.issue}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--show", type=int, default=5, help="cases printed per kind")
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    cases: dict[str, list[str]] = {}
    docs = events = 0
    for doc in read_documents(args.inputs):
        if not isinstance(doc, Document):
            continue
        record = code_document(doc)
        docs += 1
        events += len(record.events)
        for kind, detail in problems(doc, record):
            counts[kind] += 1
            cases.setdefault(kind, []).append(f"{doc.id}: {detail}")
    print(f"{docs} documents, {events} events")
    for kind in ("no name, no state", "common word as name", "state not in text", "one party"):
        print(f"{kind:22} {counts[kind]}")
        for case in cases.get(kind, [])[: args.show]:
            print(f"    {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
