"""Topics: every issue code of ``spec/issues.tsv`` that the document discusses.

A code counts when a sentence matches one of its patterns in ``data/topics.tsv`` outside
names of actors (titles, "missions to the United Nations") and outside phrases that only
place or date the meeting ("on the sidelines of the G7 Summit", "since the pandemic began").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readout import gazetteer
from readout.extract.document import ParsedDoc
from readout.extract.spans import SpanSet
from readout.model import Span

# Forum names right after these only say where the meeting was, or recall an earlier one.
# Before a forum's name in any sentence, these make it a venue or a date, not a subject.
VENUE_BEFORE = re.compile(
    r"\b(?:sidelines of|margins of|attend(?:ing|ed|ance at)?|on the occasion of|in the framework of|since|"
    r"ahead of|on the eve of|in the run-up to|forward to|upcoming|next)\s+(?:the\s+)?(?:\S+\s+){0,10}[(“\"]?$",
    re.I,
)
# A forum whose meeting is attended or taken part in, however long the meeting's name ("to participate in the 44th
# Regular Meeting of the Conference of Heads of Government of the Caribbean Community (CARICOM)").
TAKING_PART_BEFORE = re.compile(
    r"\b(?:sidelines of|margins of|attend(?:ing|ed|ance at)?|on the occasion of|participat(?:e|es|ed|ing|ion) in|"
    r"t(?:ake|akes|aking|ook) part in)\s+(?:the\s+)?(?:\S+\s+){0,16}[(“\"]?$",
    re.I,
)
# In the sentence that reports the meeting, "at"/"during"/"in" a forum also only place it.
VENUE_BEFORE_EVENT = re.compile(r"\b(?:at|during|in)\s+(?:the\s+)?(?:\S+\s+){0,6}$", re.I)
PASSING = re.compile(r"\bsince\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
VENUE_CODES = {"MULTILATERALISM"}
# An alliance's name is a forum too: "on the margins of the NATO Foreign Ministers' Meeting" places the meeting.
FORUM_NAME = re.compile(r"(?-i:NATO|AUKUS)")
# The pandemic as the background of something else ("despite difficulties caused by the COVID-19
# pandemic", "due to the pandemic") is no subject.
BACKGROUND = re.compile(
    r"\b(?:due to|because of|caused by|despite|amid|in spite of|since)\s+(?:the\s+)?(?:\S+\s+){0,2}$", re.I
)
BACKGROUND_CODES = {"COVID19"}
# Infrastructure, ports and roads destroyed, attacked or blockaded in a war are the war's damage, not a subject.
WAR_DAMAGE = re.compile(
    r"\b(?:destr(?:oy|oyed|oys|oying|uction)|attack(?:s|ed|ing)?|strikes|struck|shell(?:ed|ing)|bomb(?:ed|ing|ardment)|"
    r"blockad(?:e|ed|ing)|damag(?:e|ed|ing)|wreck(?:ed|s|ing)?|looted|vandali[sz]ed)\b",
    re.I,
)
DAMAGE_CODES = {"INFRASTRUCTURE"}
# Region codes named only by a state in a list of states ("counterparts from Iran, Bulgaria and Turkey")
NAME_CODES = {"IRAN", "AFGHANISTAN", "MIDDLE_EAST", "MYANMAR", "KOREAN_PENINSULA", "UKRAINE"}
# Codes that are a state's own question ("Iran, its nuclear programme"): when that state takes part, its name
# alone ("Pakistan-Iran relations", "aid sent by Iran") is who met, not the question; "the situation in
# Myanmar", "the Iranian nuclear issue" still are.
PARTY_CODES = {"IRAN": "IRN", "MYANMAR": "MMR", "KOREAN_PENINSULA": "PRK"}
BARE_NAME = re.compile(
    r"(?:iran(?:ian|'s|’s)?|tehran|myanmar|burma|dprk(?:'s|’s)?|north korean?(?:'s|’s)?|pyongyang|"
    r"democratic people's republic of korea)",
    re.I,
)
QUESTION_BEFORE = re.compile(
    r"\b(?:situation|crisis|question|issue|developments|events|peoples?)\s+(?:in|of|on|around)\s+(?:the\s+)?$", re.I
)
QUESTION_AFTER = re.compile(r"\s+(?:nuclear|issue|question|crisis|situation|deal|file)\b", re.I)
# A forum's meeting that a sentence only places something at ("will visit Hanoi for the ASEAN Summit",
# "during the G7 Foreign Ministers Meeting") is a venue in any sentence.
AT_FORUM_BEFORE = re.compile(
    r"\b(?:at|during|for|in)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+)?$",
    re.I,
)
FORUM_MEETING_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:summits?|(?:ministerial\s+)?meetings?|conferences?|sessions?|dinner|forum|week|"
    r"dialogue|retreat|ministerial|games)\b",
    re.I,
)
LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")


@dataclass(frozen=True)
class TopicHit:
    code: str
    start: int
    end: int


@cache
def topic_patterns() -> tuple[list[tuple[str, re.Pattern[str]]], list[re.Pattern[str]]]:
    """One compiled alternation per code (one scan per code and sentence), and the masking patterns."""
    rows = gazetteer.cue_table("topics.tsv")
    by_code: dict[str, list[str]] = {}
    for code, pattern in rows:
        if code != "-":
            by_code.setdefault(code, []).append(f"(?:{pattern.pattern})")
    merged = [(code, re.compile("|".join(parts), re.I)) for code, parts in by_code.items()]
    return merged, [p for c, p in rows if c == "-"]


def mask(text: str, spans: list[Span] | SpanSet, offset: int = 0) -> str:
    """``text`` with the given document spans blanked out (lengths kept)."""
    chars = list(text)
    if isinstance(spans, SpanSet):
        spans = spans.touching(offset, offset + len(text))
    for s, e in spans:
        for i in range(max(s - offset, 0), min(e - offset, len(chars))):
            chars[i] = "X" if chars[i].isalnum() else " "  # letters stay letters: "Israel's security" keeps its "'s"
    return "".join(chars)


def find_topics(
    text: str, offset: int = 0, event_sentence: bool = False, lists: bool = False, parties: frozenset[str] = frozenset()
) -> list[TopicHit]:
    """Topic hits in one sentence (already masked for actor names); with ``lists``, not a region named
    only inside a list of mostly other states (who met, not what was discussed); ``parties``: the states
    taking part, whose own name alone is not their question."""
    patterns, exclusions = topic_patterns()
    for ex in exclusions:
        text = ex.sub(lambda m: " " * len(m.group(0)), text)
    hits = []
    for code, pattern in patterns:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 80) : m.start()]
            if PASSING.search(before):
                continue
            if code in BACKGROUND_CODES and BACKGROUND.search(before):
                continue
            if code in DAMAGE_CODES and WAR_DAMAGE.search(text):
                continue  # "Russia has destroyed Ukraine's agricultural infrastructure": damage in a war
            if (code in VENUE_CODES or FORUM_NAME.fullmatch(m.group(0))) and (
                VENUE_BEFORE.search(before)
                or TAKING_PART_BEFORE.search(text, max(0, m.start() - 160), m.start())
                or (event_sentence and VENUE_BEFORE_EVENT.search(before))
                or (AT_FORUM_BEFORE.search(before) and FORUM_MEETING_AFTER.match(text, m.end()))
            ):
                continue
            if (
                PARTY_CODES.get(code) in parties
                and BARE_NAME.fullmatch(m.group(0))
                and not QUESTION_BEFORE.search(before)
                and not QUESTION_AFTER.match(text, m.end())
            ):
                continue
            hits.append(TopicHit(code, offset + m.start(), offset + m.end()))
    if lists:
        spans = _state_lists(text)
        hits = [h for h in hits if not (h.code in NAME_CODES and any(a <= h.start - offset < b for a, b in spans))]
    return _most_specific(hits, text, offset)


def _state_lists(text: str) -> list[tuple[int, int]]:
    """Spans of three or more state names listed together ("Iran, Bulgaria, Turkey and the Netherlands")."""
    names = sorted((a, b) for a, b, hit in gazetteer.polities().find(text) if not hit.is_org)
    runs: list[list[tuple[int, int]]] = []
    for a, b in names:
        if runs and LIST_GAP.fullmatch(text[runs[-1][-1][1] : a]):
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    regions = topic_patterns()[0]
    named = [
        (r, sum(1 for a, b in r if any(c in NAME_CODES and p.fullmatch(text[a:b]) for c, p in regions))) for r in runs
    ]
    return [(r[0][0], r[-1][1]) for r, n in named if len(r) >= 3 and 2 * n < len(r)]


# "Human rights in Xinjiang" is one claim, about Xinjiang: a general sovereignty code directly
# qualified by a named place gives way to the place's code.
GENERAL_CODES = {"HUMAN_RIGHTS", "TERRITORIAL_INTEGRITY", "NON_INTERFERENCE"}
PLACE_CODES = {"TAIWAN", "HONG_KONG", "XINJIANG", "TIBET", "SOUTH_CHINA_SEA"}
NUCLEAR_OWNERS = {"IRAN", "KOREAN_PENINSULA"}
DISPUTED_REGION = re.compile(r"(?:jammu and )?kashmir", re.I)


def _most_specific(hits: list[TopicHit], text: str, offset: int) -> list[TopicHit]:
    places = [h for h in hits if h.code in PLACE_CODES]
    if any(h.code in NUCLEAR_OWNERS for h in hits):  # "Iran's pursuit of nuclear weapons" is one claim, IRAN
        hits = [h for h in hits if h.code != "NONPROLIFERATION"]
    out = []
    for h in hits:
        if (
            h.code == "TERRITORIAL_INTEGRITY"
            and DISPUTED_REGION.fullmatch(text[h.start - offset : h.end - offset])
            and any(g.code == "HUMAN_RIGHTS" and 0 <= h.start - g.end <= 60 for g in hits)
        ):
            continue  # "violations of human rights in Jammu and Kashmir": the place of the human-rights claim
        if (
            h.code in GENERAL_CODES
            and any(
                0 <= p.start - h.end <= 40
                and re.fullmatch(  # "human rights abuses in Xinjiang"
                    r"\s+(?:(?:situation|abuses|violations|record|issues?)\s+)?(?:in|of|on|concerning)\s+(?:the\s+)?",
                    text[h.end - offset : p.start - offset],
                )
                for p in places
            )
        ):
            continue
        out.append(h)
    return out


def extract_topics(
    pd: ParsedDoc, actor_spans: list[Span], event_sentences: set[int], parties: frozenset[str] = frozenset()
) -> dict[str, list[Span]]:
    """Codes with the spans that evidence them, over the body and (for codes only) the headline."""
    found: dict[str, list[Span]] = {}
    index = SpanSet(actor_spans)
    for s in pd.sentences:
        text = mask(s.text, index, s.start)
        for h in find_topics(text, s.start, s.index in event_sentences, lists=True, parties=parties):
            found.setdefault(h.code, []).append((h.start, h.end))
    return dict(sorted(found.items()))
