"""Statements: clauses attributed to a speaker ("He said that ...", "Wang Yi noted ...").

The speaker is resolved to a person of the document: a name or surname mention, a bare
office ("The Secretary"), or "he"/"she" for the last person named before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from readout import gazetteer
from readout.extract.actors import Actors, Person
from readout.extract.document import ParsedDoc
from readout.model import Statement

SPEECH = (
    r"said|says|stated|states|noted|notes|stressed|stresses|emphasized|emphasised|emphasizes|pointed out|"
    r"expressed|expresses|added|underscored|underlined|reiterated|reaffirmed|highlighted|indicated|"
    r"told|remarked|welcomed|hoped|hopes|believed|believes|agreed|affirmed|conveyed|asked|urged|called on|"
    r"congratulated|thanked|briefed|introduced|appreciated|condemned|raised|discussed"
)
SPEECH_RE = re.compile(rf"\b(?:{SPEECH})\b")
PRONOUN = re.compile(r"^\s*(?:He|She)\b")


@dataclass
class Attribution:
    """Who speaks in a sentence: the person, and where the reported content starts."""

    person: Person | None
    group: bool  # "The two sides", "They", "The leaders"
    content_start: int


def speaker_of(
    pd: ParsedDoc, actors: Actors, sentence_start: int, sentence_end: int, last: Person | None
) -> Attribution | None:
    text = pd.norm[sentence_start:sentence_end]
    verb = SPEECH_RE.search(text)
    if verb is None:
        return None
    subject = text[: verb.start()]
    inside = [m for m in actors.in_span(sentence_start, sentence_start + verb.start()) if m.person is not None]
    if inside:
        return Attribution(inside[0].person, False, sentence_start + verb.end())
    if PRONOUN.match(subject) and last is not None:
        return Attribution(last, False, sentence_start + verb.end())
    if re.search(
        r"\b(?:two sides|both sides|the sides|they|the leaders|the two leaders|the ministers|both)\b",
        subject,
        re.I,
    ):
        return Attribution(None, True, sentence_start + verb.end())
    return None


def extract_statements(pd: ParsedDoc, actors: Actors) -> list[Statement]:
    """Attributed clauses, and the sentences that carry a speaker's words on in the same paragraph
    ("He said that Kyrgyzstan ... . Kyrgyzstan highly appreciates ...")."""
    out: list[Statement] = []
    last: Person | None = None
    speaker: Person | None = None
    paragraph = -1
    for s in pd.sentences:
        if s.paragraph != paragraph:
            speaker, paragraph = None, s.paragraph
        attr = speaker_of(pd, actors, s.start, s.end, last)
        people_here = [m.person for m in actors.in_span(s.start, s.end) if m.person is not None]
        if attr is not None and attr.person is not None:
            content = re.sub(r"^that\s+", "", pd.text[attr.content_start : s.end].strip(" ,:"))
            if len(content) > 15:
                p = attr.person
                out.append(Statement(p.name, p.country or p.org, content, [(s.start, s.end)]))
            last = speaker = attr.person
        elif speaker is not None and not people_here and _carries_on(pd, s.text, speaker):
            out.append(Statement(speaker.name, speaker.country or speaker.org, s.text, [(s.start, s.end)]))
        elif people_here:
            last = people_here[0]
    return out


def _carries_on(pd: ParsedDoc, text: str, speaker: Person) -> bool:
    """A sentence whose subject is the speaker's own state or side goes on with the speaker's words."""
    side = speaker.country or speaker.org
    if side is None:
        return False
    m = re.match(
        r"\s*(?:The\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)(?:\s+side)?\s+(?:is|are|will|has|have|"
        r"always|firmly|highly|stands|supports|opposes|appreciates|hopes|welcomes|values|attaches|"
        r"regards|should|would|can|must|remains|looks|[a-z]+s)\b",
        text,
    )
    if not m:
        return False
    hit = gazetteer.polities().lookup(m.group(1))
    return hit is not None and hit.code == side
