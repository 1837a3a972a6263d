"""Events: the interactions a readout reports as having taken place.

A sentence reports an interaction when it holds an event cue ("met with", "held phone
talks", "spoke with", "exchanged messages") not marked as planned or recalled, and names
people. The first such sentence is the readout's own event; a later one with a new
counterpart is another event ("also met with ..."); "separate meetings with the ambassadors
of A, B and C" is one event per state. Kind, date, place, mode and the CAMEO/PLOVER codes
are settled per event.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import cast

from readout import gazetteer
from readout.extract.actors import (
    ENVOY_OF,
    Actors,
    Mention,
    Person,
    composition_groups,
    envoy_title,
    plausible_name,
    posted_state,
    residual_state,
    singular_office,
    title_initials,
    title_pattern,
    trim_title,
)
from readout.extract.dates import DateHit, find_dates, several_days
from readout.extract.document import ParsedDoc, Sentence
from readout.extract.places import (
    AGREED_EARLIER,
    BRACKETED_CREDIT,
    LAST_TIME,
    PlaceHit,
    capital_location,
    confirmed_place,
    dateline_place,
    dateline_state,
    listed_states,
    own_venue_in,
    participants_city,
    place_in,
    places_in,
    sidelines_place,
)
from readout.gazetteer import fold
from readout.model import Event, Location, Mode, Participant

KIND_PRIORITY = ["video_call", "call", "message", "meeting"]
WEAK_CALL = re.compile(r"\b(?:spoke|speaks|called)\b", re.I)
NOT_HAPPENED = re.compile(
    r"\b(?:will|would|shall|should|must|ought to|plans? to|planned|planning (?:to|an?|on)\b|"  # not "policy planning"
    r"looking forward to|look forward to|looks forward to|"
    r"hope to|hopes to|hoped to|expect(?:s|ed)? to|agreed to|"
    r"(?-i:no)|"  # "there is no separate sideline meeting between A and B planned"
    # a contact refused or not (yet) made: "refused to receive a phone call from"
    r"refus(?:e|ed|es|ing) (?:to|receiving|taking|accepting)|declin(?:e|ed|es|ing) (?:to|receiving|taking)|"
    r"did not|didn't|has not|have not|had not|not yet|never|"
    r"failed to|unable to|(?:is|are|was|were) (?:scheduled|slated|set|due) to|"
    r"expectations? of|hopes? of|prospects? of|eager(?:ness)? to|"
    r"keen to|intends? to|to be held|upcoming|next|since|last|likely to|"
    # a contact only weighed: "is considering holding his first talks with", "seeks to meet"
    r"consider(?:s|ing)|mull(?:s|ing)|weigh(?:s|ing)|seek(?:s|ing)? to|sought to|wants? to|wanted to|could|might|"
    r"(?-i:may)|"  # "may hold talks in Moscow next week" (not the month)
    r"I am|I'm|"  # "I am meeting him on the sidelines": a plan in the speaker's words"
    r"previous|ahead of|prior to|invited? \w+ to|invitation to|before the|to participate in|to take part in|"
    r"to attend|(?:programme|program|agenda) includes|described|characteri[sz]ed|press conference|news conference|"
    r"briefing|recall(?:s|ed|ing)?|"
    r"remind(?:s|ed|ing)?(?:\s+of)?|referring to|"
    r"reminisc\w*|arrang(?:e|es|ing)(?:\s+for)?)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "the meeting was most likely to take place online", "meeting in China was considered unlikely": not (yet) held
NOT_HAPPENED_AFTER = re.compile(
    r"[^.;,]{0,80}?\s(?:(?:was|is|are|were)\s+(?:most\s+|more\s+|very\s+)?(?:likely|expected|scheduled|set|due|planned|slated)"
    r"\s+to|(?:will|would|could|may|might|shall)\s+(?:be\s+held|take\s+place|happen)"
    r"|[^.;]{0,50}\b(?:was|is|were|are)\s+(?:considered\s+|seen\s+as\s+)?unlikely)\b"
)
# Another occasion told after the contact: "Kishida's remarks during the talks in Tokyo come as President Park
# reportedly criticized ...", "met his counterpart X at the Foreign Ministry before visiting President Y"
OTHER_OCCASION_AFTER = (
    r"\s+(?:comes?|came|coming)\s+(?:as|amid|after|days after|a day after|weeks after)\b"
    r"|\s+(?:before|after)\s+(?:visiting|meeting|calling on|receiving|holding talks with)\b"
)
ANOTHER_TIME_AFTER = re.compile(
    r",\s+(?:a|the|one|two|three|several)\s+(?:day|days|week|weeks)\s+(?:after|before)\b"
    rf"|{OTHER_OCCASION_AFTER}"
)
HOSTED_BY_BEFORE = re.compile(r"\b(?:hosted|chaired|organi[sz]ed|convened)\s+by\s+(?:\S+\s+){0,3}$")
SIDELINES_BEFORE = re.compile(r"\b(?:sidelines|margins)\s+of\b[^.;]*$")
OCCASION_DAY_BEFORE = re.compile(
    r"\b(?:commemorated|celebrated|observed|marked|falls|falling)(?:\s+on)?\s+(?:\w+,?\s+)?$"
)
# "during meeting with number of media figures": an audience of the public, no diplomatic interaction
PUBLIC_AUDIENCE = re.compile(
    r"\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:(?:large\s+|small\s+)?(?:number|group)\s+of\s+)?(?:[a-z]+\s+)?"
    r"(?:media figures|journalists|reporters|editors-in-chief|editors|students|scholars|academics|intellectuals|"
    r"businessmen|business leaders|religious leaders|youth|members of the public|residents|citizens|artists)\b"
)
RECALLED_AFTER = re.compile(
    r"^[^,;.]{0,90}?\b(?:last (?:year|month|week|[A-Z][a-z]+)|in \d{4}|earlier this year|years? ago|previously)\b"
)
# A sentence about the future: "he will be accompanied by ..., and hold talks with ..." (no past verb between).
FUTURE_SENTENCE = re.compile(
    r"\b(?:will|shall|is scheduled to|are scheduled to|is due to|are due to|is set to|are set to)\s"
    # a stop inside an abbreviation ("Washington, D.C., to hold talks") or after an initial ("Antony J. Blinken will
    # travel") does not end the sentence
    r"(?!(?:[^.]|\.(?=[\w,])|(?<=\b[A-Z])\.)*\b(?:held|met|received|had|spoke|said|says|discussed|was|were|has|have|"
    r"called|visited)\b)"
    r"(?:[^.]|\.(?=[\w,])|(?<=\b[A-Z])\.)*$",
    re.I,
)
# "A, B and C attended the meeting": they took part in the meeting already told.
ATTENDED = re.compile(
    # "Chinese Foreign Minister X hosted the talks": whoever hosts or chairs the talks told takes part in them
    r"\b(?:attended|took part in|participated in|were (?:also )?present at|hosted|chaired|co-chaired|mediated)"
    r"\s+the\s+(?:\w+\s+){0,2}"
    r"(?:meeting|talks|dialogue|summit|consultations?)\b"
    # not "attended the ninth meeting of the Turkish-Dutch Conference": an occasion of its own, named
    r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z0-9]))",
    re.I,
)
ATTENDED_BY = re.compile(
    r"^\s*(?:The|This|That)\s+(?:\w+\s+){0,2}(?:meeting|talks|call|conversation|dialogue|audience)\s+"
    r"(?:between\s+[^.;]{3,120}?\s+)?(?:was|were)\s+(?:also\s+)?attended\s+by\b"
    r"|^\s*(?:Also\s+)?[Pp]resent\s+(?:in|at|during)\s+the\s+(?:\w+\s+)?(?:meeting|talks|audience)\s+(?:were|was)\b"
)
# "thanked X for hosting Y for a trilateral meeting": courtesy for another occasion.
THANKED_FOR = re.compile(
    r"\bthank(?:ed|s|ing)?\b[^;]{0,80}?\bfor\b(?![^;]*\band\s+(?:then\s+)?(?:held|met|had|spoke)\b)[^;]*$", re.I
)
# A clause opened by these tells of another time: "Since X and Y met in Bali, ...".
OTHER_TIME_CLAUSE = re.compile(
    # "After a red carpet welcome at the airport -- named after X -- the prime minister met ...": a dash ends it
    r"(?:^|[,;:]\s*)(?:since|after|before|when|following|until|ahead of|builds? on)\b(?:(?!\s--\s|\s[–—]\s)[^,;])*$"
    r"|(?:^|[,;:])[^,;:]*\b(?:will|would|shall|plans? to|is scheduled to|are scheduled to|is expected to|"
    r"are expected to|is due to|are due to)\b[^,;:]*$",
    re.I,
)
# A headline announcing what is to come ("Ruto to host Widodo", "Foreign Minister to visit Belgium"): the story
# may still report a contact already made, in the past tense and at a time it names.
PREVIEW_WORDS = (
    r"to visit|will visit|to attend|to pay|will pay|"
    r"(?:to|will|set to|due to|expected to) (?:hold|meet|host|travel|speak|call)(?!s|ed|ing)|"
    r"(?:to|will) have (?:\w+ ){0,4}(?:talks|meetings?|discussions)"
)
PREVIEW_TITLE = re.compile(rf"\b(?:{PREVIEW_WORDS})\b", re.I)
NON_READOUT_TITLE = re.compile(
    r"\b(?:remarks by|remarks of|press conference|press briefing|answers? questions?|interview|statement by|"
    r"statement on|joint (?:press |media )?(?:statement|communiqu[eé]|declaration)|"
    r"op-ed|speech by|address by|transcript|"
    r"announces?|doorstop|media release|news conference|"
    r"sets? (?:\S+ ){0,3}(?:talks|meetings?|summit|visit)|"  # "Clinton Sets First High-Level Talks"
    r"tells? (?:the )?(?:\w+ ){0,3}(?:summit|assembly|conference|forum|parliament|congress|session)|"
    r"press release on(?![^.]*['’]s\s+(?:meeting|talks|telephone conversation|conversation|contacts?)\b)|"
    r"answers? to (?:\w+ )?questions|meets? the (?:press|media)|"
    rf"{PREVIEW_WORDS})\b",
    re.I,
)
GENERIC_MEETING = re.compile(r"\btalks\b|\bconsultations?\b|\bmeeting\b", re.I)
# Counterparts seen one by one: separate meetings, and envoys presenting credentials (spec).
SEPARATE = re.compile(
    r"\bseparate(?:ly)?\b|\brespectively\b|\bcredentials\b|\bletters? of credence\b|\bindividual audiences\b|"
    r"\bcourtesy calls\b|"
    r"\band (?:later|then|subsequently|afterwards) (?:also )?(?:with|an?|the)\b",  # "met with X, and later with Y"
    re.I,
)
# "..., Foreign Ministry Spokesman Ahmed Hafez said.": who tells of the interaction, not who took part.
ATTRIBUTION = re.compile(
    r"\s*(?:said|says|added|stated|noted|told|announced|reported|wrote|tweeted)\s*(?:[.,;]|$|(?:in|on|at)\b)"
)
LIST_GOES_ON = re.compile(
    r"\s*(?:The|These|Other)\s+(?:[\w-]+\s+){0,3}(?i:envoys|ambassadors|heads of (?:diplomatic )?missions?|diplomats|"
    r"guests|delegates|representatives)\s+(?:also\s+)?(?:included|include|were|are|comprised)\b"
)  # "These thirteen newly-appointed Ambassadors are X, Y, ..."
# "The Indian side was led by X ... and the Guyanese side by Y", "The Kenyan delegation was headed by X".
SIDES_LED = re.compile(r"\s*The\s+[A-Z][\w-]+\s+(?:side|delegation)\s+(?:was|were)\s+(?:led|headed)\s+by\b")
SIMILAR = re.compile(r"\bsent (?:similar|identical|the same) (?:cables?|messages?|letters?|telegrams?)\b")
# "over the death of the mother of Prince X", "about the health of the king": mourned or asked after, no party.
# "received an invitation for President X to attend the inauguration": invited to another occasion, no party.
INVITED = re.compile(r"\binvitations?\s+(?:for|to)\s+(?:\w+\s+){0,2}$")
PASSIVE_RECEIVED = re.compile(
    r"^\s*(?:The\s+)?(?:others?|also|other\s+\w+)\s+(?:\w+\s+)?(?:received|welcomed)\s+(?:were|was)\b"
    r"|^\s*Also\s+received\s+(?:were|was)\b",
    re.I,
)


def _receiver_before(pd: ParsedDoc, actors: Actors, s: Sentence) -> Person | None:
    """The named person who opens the last sentence before ``s`` that tells of receiving someone."""
    for prev in reversed(pd.sentences[: s.index]):
        verb = RECEIVES.search(prev.text) or CREDENTIALS.search(prev.text)
        if verb is None:
            continue
        people = [m.person for m in actors.in_span(prev.start, prev.end) if m.person is not None and m.person.name]
        hosts = [p for p in people if not p.envoy]
        return hosts[0] if hosts else None
    return None


PHOTO_CAPTION = re.compile(
    r"\s*(?:(?:FILE(?:[^\S\n]+PHOTO)?|(?i:file photo)|PHOTO|Photo)[^\S\n]*[-–—:|]"
    r"|(?:Caption|CAPTION)(?:[^\S\n]*[-–—:|]|[^\S\n]+(?=[A-Z])))"
)
CREDENTIALS = re.compile(r"\b(?:credentials|letters? of credence)\b", re.I)
# "on the sidelines of the SCO Foreign Ministers' meeting": the occasion, not who met
SIDELINES_OF = re.compile(r"\b(?:sidelines|side-lines|margins)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
MOURNED = re.compile(r"\b(?:death|passing|demise|loss|funeral|health|illness|recovery|surgery)\s+of\b[^.;]*$")
OCCASION_ON = re.compile(
    r"\b(?:visit|meeting|talks|call|conversation|audience)\s+on\s+(?=\S)"
    # "They met at the AU Headquarters, on Tuesday, 13 December 2016", "The colourful ceremony took place at ...,
    # on Friday, August 18, 2017": the occasion retold with its day
    r"|\b(?:[Tt]hey met|[Tt]he (?:\w+\s+){0,2}(?:ceremony|meeting|talks|audience|presentation)\s+"
    r"(?:took place|was held|were held))\b[^.;]{0,80}?\bon\s+(?=\S)"
)
ALSO_MET = re.compile(r"\balso (?:met|held (?:talks|a meeting)|received)\b")
# Clauses after the interaction that tell of other people: "..., who", "..., the day when X departed".
# "..., soon after the inauguration of U.S. President Joe Biden": the time of another event.
TIME_CLAUSE = re.compile(
    r",\s+(?:soon |shortly |just |right |days |weeks )?(?:after|before|following|ahead of) the (?:[\w-]+ ){0,2}of\b",
    re.I,
)
RELATIVE_CUT = re.compile(
    r",\s+(?:who|which|when|where|(?:the|a) (?:day|week|time) (?:when|that|on which|after))\b"
    r"|\s+when\s+(?=[^,.;]*?\b(?:last (?:year|month|week)|in (?:19|20)\d\d|previously|years? ago)\b)"
    r"|\s+accompanied by\b|\bwere present\b|\battended the\b"
    rf"|{OTHER_OCCASION_AFTER}"
    # "to discuss the issues to be addressed at an upcoming meeting between their two leaders, X and Y"
    r"|\b(?:an?|the) (?:upcoming|forthcoming|possible|planned|future|next) "
    r"(?:[\w-]+ ){0,2}(?:meeting|summit|visit|talks)\b"
    rf"|{TIME_CLAUSE.pattern}",
    re.I,
)


@cache
def event_cues() -> list[tuple[str, re.Pattern[str]]]:
    return gazetteer.cue_table("event_cues.tsv")


@dataclass
class Cue:
    kind: str
    start: int
    end: int
    weak: bool


@dataclass
class Draft:
    kind: str
    sentence: Sentence | None
    mentions: list[Mention]
    evidence: list[tuple[int, int]] = field(default_factory=list)


# "He also spoke to them separately": the people told just before.
THEM_AFTER_CUE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:to|with)?\s*them\b")
RECALL_OPENING = re.compile(
    r"\s*(?:recalling|referring to|it (?:is|was|is to be|should be) recalled|last (?:month|year|week|time)|"
    r"earlier (?:this|that) (?:year|month)|earlier that week|"
    r"previously|in the past|not long ago|some time ago|"
    r"in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?: (?:19|20)\d\d)?|during (?:his|her|their) (?:last|previous))\b",
    re.I,
)


def cues_in(text: str, offset: int = 0) -> list[Cue]:
    """Interaction cues in a sentence that report something that happened."""
    out: list[Cue] = []
    if RECALL_OPENING.match(text) or LAST_TIME.search(
        text
    ):  # "Last month, President Xi met with ..." tells of another time
        return out
    for kind, pattern in event_cues():
        for m in pattern.finditer(text):
            if m.start() > 0 and text[m.start() - 1] == "-":
                continue  # "U.S.-hosted event"
            # "At a press conference following their talks, ...": the talks the press conference came after
            told_after = kind == "meeting" and re.match(r"(?i:following|after|during) their\b", m.group(0))
            if NOT_HAPPENED.search(text[max(0, m.start() - 60) : m.start()]) and not told_after:
                continue
            if NOT_HAPPENED_AFTER.match(text, m.end()) or (kind == "meeting" and PUBLIC_AUDIENCE.match(text, m.end())):
                continue
            if RECALLED_AFTER.match(text[m.start() :]) and kind == "meeting":
                continue
            before = text[: m.start()]
            # "thanked X for the support during a phone call": the call is the frame the thanks were given in
            framed = re.search(r"\b(?:during|in|at|over|on)\s+(?:(?:a|an|the|their|his|her)\s+)?$", before)
            thanked = THANKED_FOR.search(before) and not framed
            if OTHER_TIME_CLAUSE.search(before) or FUTURE_SENTENCE.search(before) or thanked:
                continue
            weak = (kind == "call" and bool(WEAK_CALL.fullmatch(m.group(0).split()[0]))) or (
                kind == "meeting" and bool(GENERIC_MEETING.search(m.group(0)))
            )
            out.append(Cue(kind, offset + m.start(), offset + m.end(), weak))
    return sorted(out, key=lambda c: c.start)


def kind_of(cues: list[Cue], headline: list[Cue] | None = None) -> str | None:
    """The kind the body's cues report; a headline's call or video cue settles generic "talks"."""
    kinds = {c.kind for c in cues}
    if headline and all(c.weak for c in cues):
        specific = {c.kind for c in headline if c.kind in ("call", "video_call") and not c.weak}
        if specific:
            kinds = specific
    if "call" in kinds and "meeting" in kinds and all(c.weak for c in cues if c.kind == "call"):
        kinds.discard("call")
    for k in KIND_PRIORITY:
        if k in kinds:
            return k
    return None


def is_readout_title(title: str | None) -> bool:
    # "Media release 22 August 2018": a genre's label line over any release, whose text tells what it is
    return not (title and NON_READOUT_TITLE.search(title) and not GENRE_LABEL.fullmatch(title))


GENRE_LABEL = re.compile(r"\s*(?:Media|Press) [Rr]elease[\s,:|–-]*(?:[\w ,]{0,20}\d{4})?\s*")


DONE_AT_A_TIME = re.compile(
    r"\b(?:held|met|received|hosted|spoke|talked|discussed|had)\b.*\b(?:yesterday|today|earlier today|"
    r"over the weekend|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"|\b(?:yesterday|today|over the weekend|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),? "
    r"(?:[\w'’.-]+ ){1,10}(?:held|met|received|hosted|spoke|talked|discussed|had)\b",
    re.I,
)


THEY_ARE = re.compile(r"\s*(?:They|These)\s+(?:are|were|include|included)\b")
COUNTED_ENVOYS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\w-]+\s+){0,2}"
    r"(?:envoys|ambassadors|high commissioners|heads of (?:diplomatic )?missions?)\b",
    re.I,
)
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def _envoys_counted(pd: ParsedDoc, actors: Actors, s: Sentence) -> list[Mention]:
    """ "President X also received three new envoys ... They are Tanzania High Commissioner, A, Burundi High
    Commissioner, B and Pakistan High Commissioner, C": the envoys a sentence that received them counted, when
    the list right after it names exactly that many."""
    if s.index == 0 or not THEY_ARE.match(s.text):
        return []
    prev = pd.sentences[s.index - 1]
    counted = COUNTED_ENVOYS.search(prev.text)
    if counted is None or not RECEIVES.search(prev.text[: counted.start()]):
        return []
    word = counted.group(1).lower()
    number = int(word) if word.isdigit() else NUMBER_WORDS.index(word) + 2
    named = [
        m for m in actors.in_span(s.start, s.end) if m.person is not None and m.person.name and envoy_title(m.title)
    ]
    return named if len({id(m.person) for m in named}) == number else []


def _told_in_a_preview(pd: ParsedDoc, d: Draft) -> bool:
    """A contact a preview's story reports as made: a past verb and a day of its own in the sentence."""
    return d.sentence is not None and bool(DONE_AT_A_TIME.search(d.sentence.text))


GENRE_LINE = re.compile(
    r"(?im)^\s*(?:press statement|statement|remarks|speech|transcript|op-ed|interview|joint statement|"
    r"(?:weekly |daily |special )?(?:press|media) briefing|fact sheet)\W*$|\brush transcript\b"
    r"|^\s*(?:briefing|remarks|statement|press conference|interview|speech) by\b"
)


# A news page's links and labels ("READ: ...", "ALSO READ: ..."), not speakers of a transcript.
WEB_FURNITURE = re.compile(
    r"(?:ALSO |MUST )?READ(?: MORE| ALSO)?|WATCH|RELATED|SEE ALSO|PHOTO|VIDEO|UPDATE|SOURCE|TAGS|PRESS RELEASE|"
    r"BREAKING(?: NEWS)?|EXCLUSIVE"
)


def looks_like_transcript(pd: ParsedDoc) -> bool:
    """Remarks and press conferences print speakers in capitals ("PRESIDENT TRUMP: Thank you"); a
    statement or speech says so in a line of its own near the top ("Press Statement")."""
    if GENRE_LINE.search(pd.norm[:400]):
        return True
    # Horizontal space only after a line start: "\s*" would rescan a run of blank lines from each of them.
    labels = re.findall(r"(?m)^[^\S\n]*([A-Z][A-Z .'-]{3,}):\s", pd.norm)
    return len([x for x in labels if not WEB_FURNITURE.fullmatch(x.strip())]) >= 2


def extract_events(pd: ParsedDoc, actors: Actors) -> list[Event]:
    # A briefing titled "Readout of ..." reads out meetings, whatever its speakers' labels.
    called_readout = bool(pd.title and re.match(r"\s*readout\b", pd.title, re.I))
    preview = bool(pd.title and PREVIEW_TITLE.search(pd.title))
    if (not is_readout_title(pd.title) and not preview) or (looks_like_transcript(pd) and not called_readout):
        return []
    drafts = _drafts(pd, actors)
    if preview:
        drafts = [d for d in drafts if _told_in_a_preview(pd, d)]
    events: list[Event] = []
    for d in drafts:
        new = _finish(pd, actors, d)
        if events:
            # the first interaction told (not a headline's line repeated in the body naming one side)
            first = next((e for e in events if len(_parties_of(e)) > 1), events[0])
            own_date = d.sentence is not None and bool(find_dates(d.sentence.text, 0, pd.published))
            for e in new:  # a later event told without its own date or place shares the first one's
                if not own_date:
                    e.date = first.date
                desk = _only_the_desk(pd, e, first)
                # "... on the sidelines of the forum in Antalya. X also met Y": the same town, not just its state
                same_state = (
                    e.location is not None
                    and first.location is not None
                    and e.location.name is None
                    and first.location.name is not None
                    and e.location.country == first.location.country
                )
                if (
                    e.kind == "meeting" == first.kind
                    and (e.location is None or desk or same_state)
                    and first.location is not None
                ):
                    e.location = first.location
                    e.mode = _mode(e.kind, e.location, e.participants)
                    e.cameo, e.plover = _codes(pd, e.kind, e.mode, e.location, e.participants)
        events.extend(new)
    # An event must name who took part; an interaction told without anyone we can name still makes
    # the document a readout (the pipeline reads this mark).
    pd.cache["interaction_told"] = bool(events)
    events = [e for e in _merge_same(pd, events) if e.participants]
    if events:
        _complete_lone_party(pd, actors, events[0])
    # "Prime Minister X made a courtesy call on President Y": two officials of one state meeting is no diplomatic
    # interaction (more often, one of them is another side's whose state the text does not give: the text
    # stays a readout).
    return [e for e in events if not _domestic(e)]


def _office_held_by(pd: ParsedDoc, p: Person) -> str | None:
    """The office a person's title names, or the one the office-holder table gives on the document's date."""
    office = gazetteer.office_of(p.title)
    if office is None and p.name:
        when = pd.published.isoformat() if pd.published else None
        offices = {t.office for t in gazetteer.offices().holders(p.name, when)}
        office = offices.pop() if len(offices) == 1 else None
    return office


def _domestic(e: Event) -> bool:
    """Two or more participants, every one an official of the same state."""
    return (
        len(e.participants) >= 2
        and len({(p.country, p.org) for p in e.participants}) == 1
        and all(p.country and not p.org for p in e.participants)
    )


def _in_time_clause(pd: ParsedDoc, at: int) -> bool:
    """Whether ``at`` lies in a clause that times the sentence by another event (", soon after the
    inauguration of X")."""
    s = pd.sentence_at(at)
    return s is not None and TIME_CLAUSE.search(pd.norm, s.start, at) is not None


FOR_HIS_PART = re.compile(r",?\s+(?:for\s+(?:his|her|its|their)\s+part|in\s+(?:his|her)\s+turn)\b")
SUMMONED_TO = re.compile(
    r"\b(?:was|were|been|being)\s+summoned\s+to\s+the\s+(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry|MFA|"
    r"Foreign\s+Office|Ministry\s+of\s+External\s+Affairs|Department\s+of\s+Foreign\s+Affairs)"
    r"(?:\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))?"
)


def _complete_lone_party(pd: ParsedDoc, actors: Actors, event: Event) -> None:
    """An interaction has two sides: when the readout's own event names only one party ("during a video
    conference, Biden praised ..."), the other is the principal of another state that the headline or the
    lead names ("The president-elect of Brazil, Lula, and the American president, Joe Biden, had ...")."""
    parties = {p.country or p.org for p in event.participants}
    if len(parties) != 1 or None in parties:
        return
    lead_end = pd.sentences[min(1, len(pd.sentences) - 1)].end if pd.sentences else 0
    best: tuple[int, int, Person] | None = None
    for p in actors.people:
        if not p.name or p.party == "?" or p.party in parties:
            continue
        body = [m.start for m in p.mentions if not m.in_headline and not _in_time_clause(pd, m.start)]
        in_headline = any(m.in_headline for m in p.mentions)
        first = min(body, default=10**9)
        # "Egypt's Foreign Minister X, for his part, announced ...": the other side, answering, wherever told
        answering = any(FOR_HIS_PART.match(pd.norm, m.end) for m in p.mentions if not m.in_headline)
        if not in_headline and first >= lead_end and not answering:
            continue
        rank = (0 if in_headline else 1, first, p)
        if best is None or rank[:2] < best[:2]:
            best = rank
    if best is not None:
        event.participants.append(_participant(best[2]))
        event.mode = _mode(event.kind, event.location, event.participants)
        return
    summoned = SUMMONED_TO.search(pd.norm)
    if summoned is not None and event.kind == "meeting":
        # "X was summoned to the Ministry of Foreign Affairs of Lithuania": the ministry's state, no one named
        hit = gazetteer.polities().lookup(summoned["state"]) if summoned["state"] else None
        state = hit.code if hit is not None and not hit.is_org else pd.publisher_country
        if state is not None and state not in parties:
            event.participants.append(Participant(None, state, None, None))
            event.mode = _mode(event.kind, event.location, event.participants)


def _drafts(pd: ParsedDoc, actors: Actors) -> list[Draft]:
    drafts: list[Draft] = []
    headline_cues = cues_in(pd.headline) if pd.headline else []
    remote: str | None = None  # "The dialogue was held via video link." before the sentence naming who
    for s in pd.sentences:
        if PHOTO_CAPTION.match(s.text) or _credited_photo(pd, s):
            continue  # "FILE - X attends the ASEAN meeting in Phnom Penh, Aug. 4, 2022.": an old picture's caption
        cues = [c for c in cues_in(s.text, s.start) if not _in_another_month(pd, c)]
        if not cues:
            prev = pd.sentences[s.index - 1] if s.index > 0 else None
            held = cues_in(prev.text, prev.start) if prev is not None and SIDES_LED.match(s.text) else []
            if prev is not None and held and all(d.sentence is not prev for d in drafts):
                # "India and Guyana held consultations in Georgetown on 28 November. The Indian side was led by X
                # and the Guyanese side by Y": the heads of the two sides are the parties of what was held.
                heads = [m for m in actors.in_span(s.start, s.end) if m.person is not None and m.person.name]
                if len({id(m.person) for m in heads}) >= 2:
                    drafts.append(Draft(kind_of(held) or "meeting", prev, heads, [(prev.start, s.end)]))
                continue
            if drafts and LIST_GOES_ON.match(s.text):
                # "The envoys also included X the ambassador of A, Y ...": more of the first event's guests.
                more = [m for m in actors.in_span(s.start, s.end) if m.person is not None and m.person.name]
                drafts[0].mentions += [m for m in more if m not in drafts[0].mentions]
                drafts[0].evidence.append((s.start, s.end))
            elif counted := _envoys_counted(pd, actors, s):
                prev = pd.sentences[s.index - 1]
                if drafts and drafts[-1].sentence is prev:
                    drafts[-1].mentions += [m for m in counted if m not in drafts[-1].mentions]
                    drafts[-1].evidence.append((s.start, s.end))
                else:
                    hosts = [m for m in actors.in_span(prev.start, prev.end) if m.person is not None]
                    drafts.append(
                        Draft("meeting", prev, [*hosts, *counted], [(prev.start, prev.end), (s.start, s.end)])
                    )
            continue
        if drafts and all(RECALLED_AFTER.match(pd.norm[c.start : s.end]) for c in cues):
            continue  # after the interaction told, "In a phone call with X last week, Y changed tack": background
        told = kind_of(cues)
        if told == "video_call" and drafts and drafts[0].kind == "meeting" and _same_occasion(s.text):
            drafts[0].kind = told  # "The video conference discussed ...": the meeting was a video call
        cut = RELATIVE_CUT.search(s.text, cues[0].end - s.start)
        if cut and any(c.start >= s.start + cut.end() for c in cues):
            # "the city of X hosted a seminar of ..., which included a bilateral meeting between A and B": with
            # no one named before it, the relative clause tells the contact.
            named_before = [m for m in actors.in_span(s.start, s.start + cut.start()) if m.person is not None]
            cut = cut if named_before else None
        limit = s.start + cut.start() if cut else s.end
        mentions = [m for m in actors.in_span(s.start, limit) if m.person is not None or m.group]
        mentions = _outside_quotes(s, cues, mentions)
        them = THEM_AFTER_CUE.match(s.text, cues[0].end - s.start)
        prev = pd.sentences[s.index - 1] if s.index > 0 else None
        if them and prev is not None and not [m for m in mentions if m.start > cues[0].end]:
            # "X, Y and Z in Jakarta. He also spoke to them separately.": the people the sentence before lists
            listed = [m for m in actors.in_span(prev.start, prev.end) if m.person is not None and m.person.name]
            mentions += [m for m in listed if all(m.person is not x.person for x in mentions)]
            if places_in(prev.text, prev.start) and all(c.kind == "call" and c.weak for c in cues):
                cues = [Cue("meeting", c.start, c.end, c.weak) for c in cues]  # they were there: in person
                told = "meeting"
        # "sent a cable of condolences to X": X receives the message and takes part.
        sent = any(c.kind == "message" for c in cues)
        mentions = [
            m
            for m in mentions
            if (sent or not _only_possessive_object(pd, m))
            and not _in_other_talks(s, m, bool(drafts))
            and not (m.start > cues[-1].end and ATTRIBUTION.match(pd.norm, m.end))
            and not MOURNED.search(pd.norm, max(s.start, m.start - 80), m.start)
            and not INVITED.search(pd.norm, max(s.start, m.start - 40), m.start)
            and not SIDELINES_OF.search(pd.norm, max(s.start, m.start - 40), m.start)
            and not ENVOY_OF.search(pd.norm, max(s.start, m.start - 40), m.start)  # the principal who sent X
            and not _hosts_the_occasion(pd, s, m)
            and not any(a <= m.start - s.start < b for a, b in _aside_spans(s.text))
            and not (m.start > cues[0].end and _possessive(pd, m))
            and not (not sent and _greetings_of(pd, m))
            and not (m.title is None and NAME_AS_MODIFIER.match(pd.norm, m.end))
        ]
        # Spokespeople tell of interactions and take part in none; what they tell is the event already told.
        teller = any(_spokesperson(pd, m) for m in mentions)
        mentions = [m for m in mentions if not _spokesperson(pd, m)]
        if not mentions:
            # "... discussed cooperation. The meeting was organised on Sunday ...": told of the pair named before
            was_held = CONTACT_RETOLD.match(s.text) is not None
            joint = was_held or JOINT_SUBJECT.match(s.text) is not None
            named = _named_just_before(pd, actors, s) if not drafts and joint else []
            if named and told is not None and (was_held or not all(c.weak for c in cues)):
                # "X and his Saudi counterpart Y discussed on Thursday ... During a phone call, the two ministers
                # stressed ...": the pair the sentence before names is who took part.
                drafts.append(Draft(told, pd.sentences[s.index - 1], named, [(pd.sentences[s.index - 1].start, s.end)]))
            elif not drafts and told in ("video_call", "call"):
                remote = told  # "Japanese and US top diplomats held telephone talks": the kind told next
            elif drafts and (teller or (len(drafts) == 1 and BOTH_RETELL.match(s.text))):
                # "The two heads of state had a meeting on December 10 at State House Nairobi": the one event
                drafts[0].evidence.append((s.start, s.end))
            continue
        similar = SIMILAR.search(s.text)
        earlier = _last_message(drafts)
        if similar and earlier is not None:
            # "The Crown Prince and the Prime Minister sent similar cables": each sends one to the same people.
            to = [m for m in earlier.mentions[1:] if m.person is None or m.person is not earlier.mentions[0].person]
            for sender in (m for m in mentions if m.person is not None and m.start < s.start + similar.start()):
                drafts.append(Draft("message", s, [sender, *to], [(s.start, s.end)]))
            continue
        kind = kind_of(cues, headline_cues if not drafts else None)
        if kind is None:
            continue
        if not drafts and kind == "meeting" and remote is not None:
            kind = remote
        if first := re.search(r"(?:^|\W)(I)\W", s.text[: cues[0].start - s.start]):
            # "Today I met with ...": the publisher's own minister
            me = _first_person(pd, actors) or _publisher_office_holder(pd, s.start + first.start(1))
            if me is not None and all(m.person is not me.person for m in mentions):
                mentions = [me, *mentions]
        office_lead = _office_subject(drafts, s.text[: cues[0].start - s.start])
        if office_lead is not None and all(m.person is not office_lead.person for m in mentions):
            mentions = [office_lead, *mentions]  # "Secretary (East) called on President X": the one of that office
        elif _pronoun_subject(s.text, cues[0].start - s.start, any(m.start < cues[0].start for m in mentions)):
            # "He was talking to Ambassador X": he is the first event's lead, or before any event the
            # person who opens the sentence before.
            lead = (
                next((m for m in drafts[0].mentions if m.person is not None), None)
                if drafts
                else _antecedent(pd, actors, s)
            )
            nominal = NOMINAL_SUBJECT.match(s.text[: cues[0].start - s.start])
            said = gazetteer.polities().lookup(nominal.group("demonym")) if nominal and nominal["demonym"] else None
            if lead is not None and said is not None and lead.person is not None and lead.person.party != said.code:
                lead = None  # "The Serbian president also met ...": not the lead of another state
            initials = nominal["initials"] if nominal else None
            if initials and lead is not None and lead.person is not None:
                # "the CS held talks with ...": the Cabinet Secretary told before, no one else
                lead = lead if title_initials(lead.person.title or lead.title or "").startswith(initials) else None
            if lead is not None and all(m.person is not lead.person for m in mentions):
                mentions = [lead, *mentions]
        reply = _reply(drafts, mentions, cues[0].start, kind)
        if reply is not None:
            # "The Amir sent a reply message to President Trump": the addressee writes back, a message of its own.
            drafts.append(Draft("message", s, reply, [(s.start, s.end)]))
            continue
        if drafts and ATTENDED_BY.search(s.text):
            # "The meeting was also attended by X and Y": aides of the sides, not a new interaction. "The meeting
            # between A and B at the Office was also attended by X": A and B name the sides of the meeting told.
            attended = ATTENDED_BY.search(s.text)
            assert attended is not None
            before = s.start + attended.end()
            named = [m for m in mentions if m.person is not None and m.person.name and m.start < before]
            drafts[0].mentions += [m for m in named if all(m.person is not x.person for x in drafts[0].mentions)]
            drafts[0].evidence.append((s.start, s.end))
            continue
        if drafts and ATTENDED.search(s.text):
            # "A, B and C attended the meeting": other states' representatives join the event told.
            # A party the event has only unnamed members of gets its named one ("Li attended the meeting").
            first_parties = {_party(m) for m in drafts[0].mentions if m.person is not None}
            drafts[0].mentions += [
                m for m in mentions if m.person is not None and _party(m) not in first_parties | {"?"}
            ]
            drafts[0].evidence.append((s.start, s.end))
            continue
        # A bilateral meeting within a group meeting is an event of its own ("During the meeting, Li met with X
        # and Y respectively"); within a summary of separate meetings it names one of them.
        first_separate = bool(drafts and drafts[0].sentence and SEPARATE.search(drafts[0].sentence.text))
        if (
            drafts
            and _names_unnamed(drafts[0], mentions)
            and (first_separate or not _bilateral_within(drafts, mentions, s.text))
        ):
            # "The envoys who presented their credentials were Ambassador of France X, ...": names for the
            # unnamed representatives of the first event.
            drafts[0].mentions += [m for m in mentions if m.person is not None and m not in drafts[0].mentions]
            drafts[0].evidence.append((s.start, s.end))
            continue
        if drafts and not _new_interaction(drafts, mentions) and not _bilateral_within(drafts, mentions, s.text):
            if not any(m.name for m in drafts[0].mentions):
                # "The High Commissioner of A and Ambassadors of B and C took part in the meeting. The Minister X
                # met with them": the one who met those named only by office is a party too
                sides_told = {_party(m) for m in drafts[0].mentions} | {"?"}
                drafts[0].mentions += [
                    m for m in mentions if m.person and m.person.name and _party(m) not in sides_told
                ]
            drafts[0].evidence.append((s.start, s.end))
            continue
        if not drafts:  # "The meeting was attended by the foreign ministers of A, B and C."
            mentions += [m for m in _attended_by(pd, actors, s) if m not in mentions]
            one_side = len({id(m.person) if m.person else id(m) for m in mentions}) == 1
            if one_side or len({_party(m) for m in mentions} - {"?"}) == 1:
                mentions += [
                    m for m in _named_next(pd, actors, s, mentions) if m not in mentions and not _spokesperson(pd, m)
                ]
        groups = _pairs(s, mentions, cues)
        kinds = [kind] * len(groups)
        if len(groups) == 1 and (handed := _message_handed_over(s, cues, mentions)):
            groups, kinds = [seg for seg, _k in handed], [k for _seg, k in handed]
        elif len(groups) == 1 and len(cues) > 1:
            segments = _cue_segments(s, cues, mentions)
            if len(segments) > 1:
                # "interrupted his talks with A and spoke on the phone with B": each cue its own kind.
                groups, kinds = [seg for seg, _k in segments], [k for _seg, k in segments]
        for group, group_kind in zip(groups, kinds, strict=True):
            drafts.append(Draft(group_kind, s, group, [(s.start, s.end)]))
    drafts = [d for d in drafts if not _told_one_by_one(d, drafts)]
    if not drafts and pd.headline and headline_cues:
        hm = [m for m in actors.mentions if m.in_headline and (m.person or m.group)]
        if len({_party(m) for m in hm} - {"?"}) < 2:
            # "Russian and Kazakh FMs hold talks": the lead (past a byline) names who.
            for opening in pd.sentences[:3]:
                named = [m for m in actors.in_span(opening.start, opening.end) if m.person is not None or m.group]
                if len({_party(m) for m in named} - {"?"}) >= 2:
                    hm = named
                    break
        kind = kind_of(headline_cues)
        if kind == "meeting" and remote is not None:
            kind = remote  # "... hold talks on ties" over "held telephone talks ...": the body tells the kind
        prose = _lead_sentences(pd)[-1:]
        if prose and FUTURE_SENTENCE.search(prose[0].text.rstrip(".!? ")):
            kind = None  # "Tánaiste attends EU Foreign Ministers meeting" over "... will take part in a meeting today"
        if hm and kind:
            drafts.append(
                Draft(kind, None, hm + _members_named_in_lead(pd, actors, hm), list(filter(None, [pd.title_span])))
            )
    return drafts


# A contact told again ("The meeting was organised on Sunday ...", "The discussion took place via video conference")
CONTACT_RETOLD = re.compile(
    r"\s*(?:The|This|That|Their)\s+(?:\w+\s+)?(?:meeting|discussion|talks|conversation|consultations|negotiations|"
    r"exchange|phone call|telephone conversation)\s+"
    r"(?:took place|(?:was|were)\s+(?:held|organi[sz]ed|conducted|arranged))\b"
)
# "During a phone call, the two ministers stressed ...", "In their talks, both leaders ...": the parties told before.
JOINT_SUBJECT = re.compile(
    r"\s*(?:(?:During|In|At|Over)\s+(?:a|an|the|their)\s+[^,]{3,40},\s+)?"
    r"(?:(?:the|both)\s+(?:two\s+)?(?:sides|leaders|ministers|foreign ministers|presidents|prime ministers|"
    r"heads of state|counterparts|officials)|they)\b",
    re.I,
)


def _named_just_before(pd: ParsedDoc, actors: Actors, s: Sentence) -> list[Mention]:
    """The named people of two parties or more in the sentence before ``s``, which tells of no interaction."""
    if s.index == 0:
        return []
    prev = pd.sentences[s.index - 1]
    if cues_in(prev.text, prev.start):
        return []
    named = [m for m in actors.in_span(prev.start, prev.end) if m.person is not None and m.person.name]
    return named if len({_party(m) for m in named} - {"?"}) >= 2 else []


QUOTED = re.compile(r'"[^"\n]{10,}?"|“[^”\n]{10,}?”')


def _outside_quotes(s: Sentence, cues: list[Cue], mentions: list[Mention]) -> list[Mention]:
    """'"... the Russian president's special envoy X," Japarov told a meeting with Ambassador Y': people
    named in the words quoted are what the speaker spoke of, not who met, unless the quote tells the contact."""
    quotes = [(s.start + q.start(), s.start + q.end()) for q in QUOTED.finditer(s.text)]
    silent = [(a, b) for a, b in quotes if not any(a <= c.start < b for c in cues)]
    return [m for m in mentions if not any(a <= m.start < b for a, b in silent)]


def _members_named_in_lead(pd: ParsedDoc, actors: Actors, headline: list[Mention]) -> list[Mention]:
    """ "Foreign ministers of Central Asian states met in Dushanbe ... the Minister of Foreign Affairs of
    Turkmenistan X took part": the lead names a member the headline's group has only unnamed."""
    unnamed = {_party(m) for m in headline if m.group and m.name is None}
    if not unnamed:
        return []
    lead = [m for s in _lead_sentences(pd) for m in actors.in_span(s.start, s.end)]
    return [m for m in lead if m.person is not None and m.person.name and not m.group and _party(m) in unnamed]


def _lead_sentences(pd: ParsedDoc) -> list[Sentence]:
    """The body's lines down to its first sentence of prose (a headline repeated, a date line, then the lead)."""
    out = []
    for s in pd.sentences[:6]:
        out.append(s)
        if re.search(r"[.!?][\"”’]?$", s.text) and len(s.text.split()) >= 8:
            break
    return out


def _told_one_by_one(d: Draft, drafts: list[Draft]) -> bool:
    """A summary ("Borrell met with the leaders of North Macedonia and Kosovo") whose unnamed members are
    each met by name in events told after it: those events stand, the summary goes."""
    groups = [m for m in d.mentions if m.group and m.name is None]
    leads = {_party(m) for m in d.mentions if m.person is not None}
    if not groups or len(leads) != 1:
        return False
    later = drafts[drafts.index(d) + 1 :]
    named = {_party(m) for e in later for m in e.mentions if m.person is not None and m.person.name}
    return all(_party(g) in named for g in groups)


OTHER_TALKS = re.compile(
    r"\b(?:after|before|following|since|ahead of|like|as in)\s+(?:the|their|a)\s+(?:\w+\s+){0,2}"
    r"(?:conversation|call|meeting|talks|summit|visit)\s+(?:between|of|with)\b[^.;]*",
    re.I,
)
# "Prior to his meeting with the Cuban vice president, the visiting minister was received by ...": the
# opening phrase tells of another meeting and ends at its comma.
OTHER_TALKS_OPENING = re.compile(
    # "Following Argentine President X's March 29 meeting with the President, Deputy Secretary Y met today ..."
    r"^\s*(?:after|before|following|prior to|ahead of)\s+"
    r"(?:the|their|his|her|a|(?:[A-Z][\w.-]*\s+){1,5}?[A-Z][\w-]*['’]s)"
    r"\s+(?:\w+\s+){0,2}"
    r"(?:conversation|call|meeting|talks|summit|visit)\s+(?:between|of|with)\b[^,.;]*",
    re.I,
)
OTHERS_MEETING = re.compile(
    # "The meeting between A and B was attended by ..." opening a sentence retells the meeting told
    r"(?<!^)(?<!^The )(?<!^\s)\b(?:the|their|a)\s+(?:\w+\s+){0,2}(?:conversation|call|meeting|talks|summit)\s+"
    r"between\b[^.;]*",
    re.I,
)


# "(Japanese officials also in attendance included Ambassador X and Mr. Y ...)": aides listed in an aside.
ATTENDANCE_ASIDE = re.compile(
    r"\((?=[^()]*\b(?:in attendance|attended|present)\b)[^()]*\)"
    # "Prime Minister X, supported by Secretary Y, met with ...": the aide at the principal's side
    r"|,?\s+(?:supported|accompanied|assisted|flanked) by\b[^,;]*,"
)


@lru_cache(maxsize=64)
def _aside_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in ATTENDANCE_ASIDE.finditer(text))


def _in_other_talks(s: Sentence, m: Mention, later: bool) -> bool:
    """ "... took place after the conversation between President Putin and President Biden"; after the
    readout's own event, "welcomed the recent meeting between A and B" is others' meeting too."""
    # where the name ends: "... meeting with the President, Deputy Secretary of State X met" runs X's title into it
    return any(a < m.end - s.start <= b for a, b in _other_talks_spans(s.text, later))


@lru_cache(maxsize=64)
def _other_talks_spans(text: str, later: bool) -> tuple[tuple[int, int], ...]:
    """Spans of others' talks in a sentence, found once per sentence however many mentions it holds."""
    found = list(OTHER_TALKS.finditer(text)) + list(OTHER_TALKS_OPENING.finditer(text))
    found += list(OTHERS_MEETING.finditer(text)) if later else []
    return tuple((o.start(), o.end()) for o in found)


def _possessive(pd: ParsedDoc, m: Mention) -> bool:
    """ "to discuss President Trump's recent decision": whose decision, not who took part."""
    inside = re.search(r"['’]s$", pd.norm[max(m.start, m.end - 2) : m.end])
    # "to stop [Russian President Vladimir] Putin's war": an editor's brackets inside the possessive
    return bool(inside or re.match(r"(?:\]\s*[A-Z][\w-]*)?['’]s\b", pd.norm[m.end : m.end + 40]))


# "conveyed to Macron Prime Minister Modi's greetings": whose greetings were passed on, not who took part.
REGARDS_OF = re.compile(
    r"\b(?:greetings|regards|wishes|compliments|message|letter)\s+of\s+(?:(?:His|Her|the|[A-Z][\w.'’-]*)\s+){0,8}$"
)
CONVEYED_FROM = re.compile(r"['’]s?\s+(?:warm\s+|best\s+|personal\s+)*(?:greetings|regards|wishes|message|letter)\b")


def _greetings_of(pd: ParsedDoc, m: Mention) -> bool:
    """Whose greetings were passed on: "Modi's greetings", "the best regards of His Highness the Amir X"."""
    at = m.end - 2 if re.search(r"['’]s$", pd.norm[max(m.start, m.end - 2) : m.end]) else m.end
    return bool(CONVEYED_FROM.match(pd.norm, at) or REGARDS_OF.search(pd.norm, max(0, m.start - 80), m.start))


# "the launch of the Yoon Suk-yeol administration": a name that dates or qualifies, not one who took part
NAME_AS_MODIFIER = re.compile(r"\s+(?:administration|government|era|presidency|cabinet|doctrine)\b")


def _only_possessive_object(pd: ParsedDoc, m: Mention) -> bool:
    """ "conveyed greetings to President Xi" names a person who is not taking part."""
    before = pd.norm[max(0, m.start - 40) : m.start]
    return bool(re.search(r"\b(?:greetings|regards|wishes|condolences)\s+(?:\w+\s+)?to\s+$", before))


def _first_person(pd: ParsedDoc, actors: Actors) -> Mention | None:
    """The author of a first-person readout: the first named official of the publisher's side."""
    for m in sorted(actors.mentions, key=lambda m: m.start):
        if m.person is not None and m.person.name and m.person.party == pd.publisher_country:
            return m
    return None


def _publisher_office_holder(pd: ParsedDoc, at: int) -> Mention | None:
    """ "I spoke with President X today", published by "Prime Minister of Canada": the office a publisher's
    name leads with is the "I" of a post its holder signs without naming themself."""
    heads = gazetteer.offices().title_heads
    # "Australian Government, Minister for Foreign Affairs": the first office of a person the name holds
    parts = (p for t in title_pattern().finditer(pd.doc.publisher or "") for p in t.group(0).split(", "))
    office = next((p for p in parts if heads & set(p.split())), None)
    if pd.publisher_country is None or office is None:
        return None
    title = trim_title(re.sub(r"['’]s\s.*", "", office))[0]  # "Prime Minister's Office, India"
    me = Mention(at, at + 1, None, title, pd.publisher_country)
    me.person = Person(None, title, pd.publisher_country, None, [me], "publisher")
    return me


def _pairs(s: Sentence, mentions: list[Mention], cues: list[Cue]) -> list[list[Mention]]:
    """Split "A and B ..., and C and D ..." (or "A met B while C met D") into its pairs when each side of ", and"
    has two parties and its own cue (not "A, B, C, and D cabled congratulations to E": one list of senders)."""
    people = [m for m in mentions if m.person is not None]
    if len(people) < 4:
        return [mentions]
    groups: list[list[Mention]] = [[]]
    for prev, m in zip([None, *mentions], mentions, strict=False):
        # "A exchanged messages with B while C exchanged messages with D": "while" joins two pairs as ", and" does
        if prev is not None and re.search(r",\s+and\b|;|\bwhile\b", s.text[prev.end - s.start : m.start - s.start]):
            groups.append([])
        groups[-1].append(m)
    starts = [g[0].start for g in groups[1:]] + [s.end]
    own_cue = all(any(g[0].start <= c.start < stop for c in cues) for g, stop in zip(groups, starts, strict=True))
    if len(groups) > 1 and own_cue and all(len({_party(m) for m in g}) >= 2 for g in groups):
        return groups
    return [mentions]


def _cue_segments(s: Sentence, cues: list[Cue], mentions: list[Mention]) -> list[tuple[list[Mention], str]]:
    """ "X called on A, and met B": one event per cue whose object brings a new person, each with
    the subject named before the first cue and the kind of its own cue."""
    subject = [m for m in mentions if m.start < cues[0].start]
    segments: list[tuple[list[Mention], str]] = []
    for i, cue in enumerate(cues):
        stop = cues[i + 1].start if i + 1 < len(cues) else s.end
        objects = [m for m in mentions if cue.start <= m.start < stop and m.person is not None]
        if objects and subject:
            segments.append((subject + objects, cue.kind))
    people = [{id(m.person) for m in seg if m.person} for seg, _kind in segments]
    distinct = len(segments) > 1 and all(
        not (a & b) - {id(m.person) for m in subject} for i, a in enumerate(people) for b in people[i + 1 :]
    )
    return segments if distinct else [(mentions, "")]


# "a message from X, handed over by Y during a meeting": Y brings the message
HANDED_OVER_BY = re.compile(
    r",?\s*(?:which was\s+|that was\s+)?(?:handed\s+over|handed|delivered|conveyed|passed\s+on)\s+by\s+"
)


def _message_handed_over(
    s: Sentence, cues: list[Cue], mentions: list[Mention]
) -> list[tuple[list[Mention], str]] | None:
    """ "X received a written message from President A, handed over by Foreign Minister B during a meeting": A's
    message to X, and X's meeting with B who brought it, where the sentence tells of the meeting; the bearer is
    no party to the message."""
    message = next((c for c in cues if c.kind == "message"), None)
    if message is None:
        return None
    meeting = next((c for c in cues if c.kind == "meeting" and c.start >= message.end), None)
    by = HANDED_OVER_BY.search(s.text, message.end - s.start, (meeting.start if meeting else s.end) - s.start)
    if by is None:
        return None
    cut, stop = s.start + by.start(), meeting.start if meeting else s.end
    subject = [m for m in mentions if m.start < message.start and m.person is not None]
    senders = [m for m in mentions if message.start <= m.start < cut and m.person is not None]
    bearers = [m for m in mentions if s.start + by.end() <= m.start < stop and m.person is not None]
    if not (subject and senders and bearers):
        return None
    if meeting is None:
        return [(subject + senders, "message")]
    return [(subject + senders, "message"), (subject + bearers, "meeting")]


def _bilateral_within(drafts: list[Draft], mentions: list[Mention], text: str) -> bool:
    """ "On the sidelines of the meeting, A held a bilateral meeting with B": two of a group meeting's parties."""
    first = {_party(m) for m in drafts[0].mentions}
    here = {_party(m) for m in mentions}
    return (
        len(first) > 2
        and len(here) >= 2
        and here < first
        and bool(
            re.search(
                r"\bbilateral\b|\bseparately\b|\brespectively\b"
                r"|\bon the (?:sidelines|margins) of the (?:meeting|summit)",
                text,
                re.I,
            )
        )
    )


def _same_occasion(text: str) -> bool:
    """A sentence about the event already told: "The video conference discussed ...", "The meeting was held ..."."""
    return bool(
        re.match(r"\s*(?:The|This|That)\s+(?:\w+\s+){0,2}(?:video|virtual|online|meeting|dialogue)", text)
        or CONTACT_RETOLD.match(text) is not None  # "The discussion took place via video conference."
        # "It was a historic moment as the credentials were presented via a video conferencing ceremony"
        or re.search(
            r"\b(?:the|their)\s+(?:credentials|talks|meeting|consultations)\s+(?:was|were)\s+"
            r"(?:presented|held|conducted)\b",
            text,
        )
    )


def _names_unnamed(first: Draft, mentions: list[Mention]) -> bool:
    """Whether every new named person here stands for a state the first event has only unnamed envoys of, or
    names an office it told without a name ("the European Union's foreign policy chief" ... "During his
    conversation with Josep Borrell": a name with no title of its own)."""
    unnamed = {_party(m) for m in first.mentions if m.group and m.name is None}
    offices = {_party(m) for m in first.mentions if not m.group and m.person is not None and not m.person.name}
    named = {_party(m) for m in first.mentions if m.person is not None and m.person.name}
    new = [m for m in mentions if m.person is not None and m.person.name and m not in first.mentions]

    def names_one(m: Mention) -> bool:
        return _party(m) in unnamed or (_party(m) in offices and m.title is None)

    return bool(new) and all(names_one(m) or _party(m) in named for m in new) and any(names_one(m) for m in new)


# "The minister also met ...", "The Turkish diplomat also met ...": the one told before, by office or as a diplomat.
NOMINAL_SUBJECT = re.compile(
    # "After a red carpet welcome at the airport -- named after X -- the prime minister met ...": after a clause
    r"(?:[^.]*(?:,|\s--|\s[–—])\s+)?\s*[Tt]he (?:(?P<demonym>[A-Z][\w-]+)\s+)?"
    r"(?:minister|foreign minister|president|prime minister|premier|"
    r"secretary|chancellor|diplomat|top diplomat|envoy|leader|official|visitor|guest|(?P<initials>[A-Z]{2,4}))"
    r"(?:,\s+who\b[^,]{0,120},)?"  # "The Iraqi official, who arrived in the Iranian capital on Saturday, met ..."
    r"\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:(?:held|had|holds|has)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?)?$"  # "... held a (bilateral) meeting with"
)


# "welcomed the successful working visit to Japan in March by X": a month named without a day after the cue
IN_MONTH = re.compile(
    r"[^.;]{0,60}?\bin\s+(?:early\s+|late\s+|mid-)?(" + "|".join(calendar.month_name[1:]) + r")\b(?!\s+\d)"
)


def _in_another_month(pd: ParsedDoc, c: Cue) -> bool:
    """A visit or meeting the text places in a month before the publication's: another occasion recalled."""
    m = IN_MONTH.match(pd.norm, c.end)
    if m is None or pd.published is None:
        return False
    month = list(calendar.month_name).index(m.group(1))
    return month != pd.published.month and (pd.published.month - month) % 12 <= 6


def _only_the_desk(pd: ParsedDoc, e: Event, first: Event) -> bool:
    """ "KUALA LUMPUR (May 10): At the Asean Summit in Labuan Bajo, Indonesia today Anwar held discussions ...
    Anwar also held a meeting with X": a later meeting of the same lead placed only by the dateline (the
    reporter's desk) took place where the first one did."""
    dl = dateline_place(pd)
    if dl is None or e.location is None or first.location is None:
        return False
    at_desk = (e.location.name, e.location.country) == (dl.location.name, dl.location.country)
    elsewhere = first.location.country != dl.location.country
    lead = {(p.name, p.country) for p in first.participants[:1] if p.name}
    return at_desk and elsewhere and bool(lead & {(p.name, p.country) for p in e.participants})


def _office_subject(drafts: list[Draft], before_cue: str) -> Mention | None:
    """A sentence opened by the bare office of someone an earlier event named ("Secretary (East) called on ...",
    after "led by Shri X, Secretary (East), Ministry of External Affairs"): that person."""
    office = re.sub(r"^(?:The|the)\s+|\s+(?:also|later|then)\s*$", "", before_cue.strip())
    if len(office) < 6 or not office[:1].isupper() or not re.fullmatch(r"[\w()'’ -]+", office):
        return None
    for d in drafts:
        for m in d.mentions:
            if m.person is not None and m.person.name and (m.person.title or "").startswith(office):
                return m
    return None


def _pronoun_subject(text: str, cue_at: int, named_before: bool) -> bool:
    """ "He was talking to ...", "was received by ...": the subject is someone told before; not so when the
    sentence names one before the passive ("the visiting minister of Kenya was received by ...")."""
    if NOMINAL_SUBJECT.match(text[:cue_at]):
        return True  # "The minister also met his counterparts from Croatia and Japan", "The Turkish diplomat also met"
    return bool(re.search(r"(?:^|[,.;]\s*|\b(?:then|later|also)\s+)(?:he|she|they)\b", text[:cue_at], re.I)) or (
        not named_before and bool(UNNAMED_SUBJECT.search(text[: cue_at + 20]))
    )


# With no name before the cue, someone told before: "was received by", "talks were held with Minister X",
# "In addition, His Highness met with ..." (an honorific standing for the person, not before a name).
UNNAMED_SUBJECT = re.compile(
    r"\b(?:was|were) (?:received|hosted|welcomed)\b|"
    r"\b(?:talks|a meeting|meetings|discussions|consultations|negotiations)\s+(?:was|were)\s+(?:also\s+)?held\s+with\b|"
    r"(?:^|[,.;]\s*|\b(?:then|later|also)\s+)(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+"
    r"(?:also\s+|later\s+|then\s+)?(?:met|received|held|had|spoke|called)\b"
)


def _spokesperson(pd: ParsedDoc, m: Mention) -> bool:
    """A spokesperson or press secretary tells of interactions ("Morrell noted that Cameron is the sixth
    prime minister the secretary has met"); they take part in none of them. Decided once per person."""
    known = cast("dict[int, bool]", pd.cache.setdefault("spokespeople", {}))
    key = id(m.person) if m.person is not None else id(m)
    if key not in known:
        known[key] = any(
            x.title and (SPOKES.search(x.title) or PRESS_BEFORE.search(pd.norm, max(0, x.start - 8), x.start))
            for x in (m.person.mentions if m.person else [m])
        )
    return known[key]


PRESS_BEFORE = re.compile(r"\bPress\s+$")
SPOKES = re.compile(r"\bspokes|\bpress secretary\b", re.I)


def _last_message(drafts: list[Draft]) -> Draft | None:
    return next((d for d in reversed(drafts) if d.kind == "message"), None)


def _reply(drafts: list[Draft], mentions: list[Mention], cue_at: int, kind: str) -> list[Mention] | None:
    """Sender and addressee of a message sent back by the addressee of an earlier one, or None."""
    earlier = _last_message(drafts)
    senders = [m for m in mentions if m.person is not None and m.start < cue_at]
    if kind != "message" or earlier is None or not senders or earlier.mentions[0].person is None:
        return None
    sender = senders[0]
    addressees = {id(m.person) for m in earlier.mentions[1:] if m.person is not None}
    if sender.person is earlier.mentions[0].person or id(sender.person) not in addressees:
        return None
    if any(m.person is not None and m.person not in (sender.person, earlier.mentions[0].person) for m in mentions):
        return None  # "PM Chinh also received a letter from his Algerian counterpart": another correspondent
    return [sender, earlier.mentions[0]]


def _antecedent(pd: ParsedDoc, actors: Actors, s: Sentence) -> Mention | None:
    """The named person the sentence right before ``s`` mentions first, its subject (the referent of "he")."""
    at = bisect_right(pd.sentence_starts, s.start - 1) - 1
    if at < 0:
        return None
    before = pd.sentences[at]
    named = [m for m in actors.in_span(before.start, before.end) if m.person is not None and m.person.name]
    return named[0] if named else None


def _new_interaction(drafts: list[Draft], mentions: list[Mention]) -> bool:
    """A later cue sentence is a new event only when it brings a named person not met before."""
    known = {id(m.person) for d in drafts for m in d.mentions if m.person}
    named = [m for m in mentions if m.person and m.person.name and m.person.party != "?"]
    new = [m for m in named if id(m.person) not in known]
    # "Borrell met with the leaders of North Macedonia and Kosovo": states no event has yet.
    parties = {_party(m) for d in drafts for m in d.mentions}
    new += [m for m in mentions if m.group and _party(m) not in parties | {"?"}]
    # Sides: the states named, and office holders whose state is not settled yet ("the Amir sent a cable to ...").
    sides = {_party(m) for m in mentions} - {"?"}
    sides |= {str(id(m.person)) for m in mentions if m.person and m.person.party == "?" and m.title}
    return bool(new) and len(sides) >= 2


AMONG_THEM = re.compile(r"\s*(?:Among (?:them|those|the \w+)|(?:They|These|Those) included)\b")


def _named_among_them(pd: ParsedDoc, actors: Actors, d: Draft) -> list[Person]:
    """The people a sentence right after the draft's names as some of the group it told ("Among them were ...")."""
    if d.sentence is None or d.sentence.index + 1 >= len(pd.sentences):
        return []
    nxt = pd.sentences[d.sentence.index + 1]
    if not AMONG_THEM.match(nxt.text):
        return []
    named: list[Person] = []
    for m in actors.in_span(nxt.start, nxt.end):
        if m.person is not None and m.person.name and all(p is not m.person for p in named):
            named.append(m.person)
    return named


def _party(m: Mention) -> str:
    if m.person is not None:
        return m.person.party
    return m.country or m.org or "?"


def _finish(pd: ParsedDoc, actors: Actors, d: Draft) -> list[Event]:
    people: list[Person] = []
    groups: list[Mention] = []
    for m in d.mentions:
        if m.person is not None and m.person not in people:
            people.append(m.person)
        elif m.group:
            groups.append(m)
    among = _named_among_them(pd, actors, d) if groups else []
    if among:
        # "Leaders from ASEAN countries made courtesy calls on X. Among them were A and B": the ones named, not
        # every member of the group
        people += [p for p in among if p not in people]
        groups = []
    # A delegation whose members are listed in a later sentence.
    for g in list(groups):
        if g.country is None and g.org is None:
            groups.remove(g)
    if not groups and d.sentence is not None and re.search(r"\bdelegation\b", d.sentence.text, re.I):
        anchor = Mention(
            d.sentence.start,
            d.sentence.end,
            None,
            "senior diplomat" if "diplomat" in d.sentence.text else None,
        )
        groups = composition_groups(pd, anchor)
    if not groups and d.sentence is not None and CREDENTIALS.search(d.sentence.text):
        # "A group of three diplomats presented their credentials before President X. ... The ambassadors who
        # presented their credentials are: A, Australian Ambassador; B, U.S. Ambassador": the envoys listed after
        sides = {p.party for p in people}
        if len(sides) == 1 and not any(p.envoy for p in people):
            later = [
                p
                for p in actors.people
                if p.envoy and p.name and p.party not in sides | {"?"} and p.mentions[0].start >= d.sentence.start
            ]
            people += later
    if d.sentence is not None and PASSIVE_RECEIVED.search(d.sentence.text):
        # "President X received the credentials of ... The others received were Ambassadors A (Mexico), B (Canada)":
        # the one who received them before
        receiver = _receiver_before(pd, actors, d.sentence)
        if receiver is not None and all(p is not receiver for p in people):
            people.insert(0, receiver)
    # A participant known by neither name nor state says nothing an analyst can use.
    people = [p for p in people if p.name or p.party != "?"]
    people = _one_per_spelling(people)
    # An envoy named later ("The envoys were - Ambassador of France X, ...") stands in for the unnamed one.
    for g in groups:
        envoy = next((p for p in actors.people if p.name and p.party == (g.country or g.org) and p.envoy), None)
        if envoy is not None and envoy_title(g.title) and envoy not in people:
            people.append(envoy)
    # "a phone call with his Sudanese counterpart ... Cavusoglu and Sudanese Foreign Minister X discussed": the
    # one person of that state the text names in the lead's office is the counterpart.
    # "received three delegations from A, B and C ... The A representation was led by X": X heads A's.
    # "Japanese and Russian foreign ministers discussed ... Hayashi Yoshimasa said ... with Sergey Lavrov": the one
    # person of each state named later in that office.
    lead_office = gazetteer.office_of(people[0].title) if people else None
    for g in groups:
        if g.country is None:
            continue
        same = [p for p in actors.people if p.name and p.country == g.country and p.country_source != "residual"]
        if len(same) != 1 or same[0] in people:
            continue
        office = _office_held_by(pd, same[0])
        if (
            g.title == "delegation"
            or (g.title == "counterpart" and lead_office is not None and office == lead_office)
            or (office is not None and office == gazetteer.office_of(g.title))
            # "The leaders of Kazakhstan, ..., and Uzbekistan held a meeting ... President X proposed": a leader
            or (g.title in ("leader", "leaders") and office in ("head_of_state", "head_of_government"))
        ):
            people.append(same[0])
    groups = [g for g in groups if not any(p.name and p.party == (g.country or g.org) for p in people)]
    # "talks with Somalia and South Sudan Presidents ... with President Mohamed Mohamud": the one unplaced
    # holder of the title the last unnamed member of a group carries is that member.
    if len(groups) == 1 and groups[0].title and groups[0].country:
        unplaced = [
            p
            for p in actors.people
            if p.name and p.party == "?" and p.title and fold(p.title) == fold(groups[0].title) and p not in people
        ]
        if len(unplaced) == 1:
            unplaced[0].country, unplaced[0].country_source = groups[0].country, "group"
            people.append(unplaced[0])
            groups = []
    known = {p.party for p in people} | {g.country or g.org or "?" for g in groups}
    loc_hit = _location_for(pd, actors, d) if d.kind == "meeting" else None
    # An unplaced envoy does not stand for a state another named person of the text stands for: envoys
    # calling one by one each represent their own ("Ambassador X ... In a separate call-on by Ambassador of
    # Afghanistan Y").
    elsewhere = {q.party for q in actors.people if q.name and q.party != "?"}
    own_state = None if pd.cache.get("publisher_inferred") else pd.publisher_country
    venue_state = loc_hit.location.country if loc_hit else None
    envoys = [q for q in people if envoy_title(q.title)]
    envoy_groups = any(envoy_title(g.title) for g in groups)
    for p in people:
        sideless = p.party == "?" and bool(p.name) and not p.affiliation_only
        if sideless and not p.envoy and own_state and own_state not in known:
            # "Vladimir Putin had a telephone conversation with ..." on the Kremlin's page: a government's
            # readout always has its own side, and a name it gives no title or state is its principal.
            p.country, p.country_source = own_state, "publisher"
            known.add(own_state)
            continue
        envoys_met = envoy_groups or any(q is not p for q in envoys)
        envoys_hosts = venue_state is not None and any(
            q.country == venue_state and q.country_source == "envoys' host" for q in people
        )
        if (
            sideless
            and not p.envoy
            and envoys_met
            and venue_state is not None
            and (venue_state not in known or envoys_hosts)
        ):
            # "Nine Heads of Mission paid courtesy calls on Vice President X at his offices in Lilongwe": the
            # official foreign envoys call on, where they are posted, is of that state (and so are the
            # officials who receive an envoy with X).
            p.country, p.country_source = venue_state, "envoys' host"
            known.add(venue_state)
            continue
        if sideless and not p.envoy and _welcomes_to_own_town(d, p, loc_hit) and venue_state not in known:
            # "President X welcomed President Y of Latvia to Tallinn": who welcomes a guest to a town is its host
            p.country, p.country_source = venue_state, "host"
            known.add(cast("str", venue_state))
            continue
        if sideless:
            lone = envoys_met and not p.envoy and d.mentions[0].person is p
            p.country = residual_state(pd, known | elsewhere if p.envoy else known, venue_state, lone)
            if p.country is not None and p.country == venue_state and _visiting(d, p):
                p.country = None  # "X met Y during his visit to Norway": the visitor is not of the state he visits
            if p.country:
                p.country_source = "residual"
                known.add(p.country)
    # "Turkey's foreign minister met ... The meeting between Mevlüt Çavuşoğlu and ...": the unnamed office holder
    # is the one of that state named holding it
    people = [
        p
        for p in people
        if p.name
        or not any(
            q.name
            and q.party == p.party
            and (
                _office_held_by(pd, q) == gazetteer.office_of(p.title)
                or (q.title is None and _office_held_by(pd, q) is None)  # a name told with no office at all
            )
            for q in people
        )
        or gazetteer.office_of(p.title) is None
    ]
    base = [_participant(p) for p in people]
    hosts = [b for b in base if not envoy_title(b.title)]
    if d.sentence is not None and CREDENTIALS.search(d.sentence.text) and len(hosts) == 1 and len(base) > 2:
        # "Ambassador for A, Ambassador for B and the High Commissioner of C presented their credentials to
        # President X": the one receiving them is the host of each audience
        base = hosts + [b for b in base if b is not hosts[0]]
    group_parts = [
        Participant(None, g.country, g.org, g.title and singular_office(g.title)) for g in _dedupe_groups(groups)
    ]
    date, date_span = _date_for(pd, d)
    evidence = list(d.evidence)
    if date_span:
        evidence.append(date_span)
    if loc_hit:
        evidence.append((loc_hit.start, loc_hit.end))
    counterparts = base[1:] + group_parts
    host = loc_hit.location.country if loc_hit else None
    separate = d.sentence is not None and len(counterparts) > 1 and _one_by_one(pd, d, counterparts, host)
    if separate and base:
        # The lead's own aides stay with the lead; each other party is met, or called, on its own.
        own = [c for c in counterparts if c.country == base[0].country and c.org == base[0].org]
        others = [c for c in counterparts if c not in own and (c.country or c.org)]
        # "separate meetings with the Foreign Ministers of Oman, Bahrain and Malta": one unnamed minister a state
        others = [
            c
            for i, c in enumerate(others)
            if c.name or not any((o.country, o.org) == (c.country, c.org) for o in others[:i])
        ]
        batches = [[base[0], *(own if i == 0 else []), c] for i, c in enumerate(others)] or [[*base, *group_parts]]
        hosts = [base[0], *(c for c in own if c.name)]
        told = " ".join(pd.norm[a:b] for a, b in d.evidence)
        if len(others) == 1 and len(hosts) > 1 and HOSTS_SEPARATELY.search(told):
            # "President X and Chairman Y separately received the visiting Cuban Foreign Minister Z": one each
            batches = [[h, others[0]] for h in hosts]
    elif d.sentence is not None and not group_parts and (pairs := _paired(d, base)):
        batches = pairs
    else:
        batches = [[*base, *group_parts]]
    events = []
    days = _own_days(pd, d, batches) if len(batches) > 1 else None
    for i, parts in enumerate(map(_distinct, batches)):
        location = participants_city(loc_hit.location, parts) if loc_hit else None
        mode = _mode(d.kind, location, parts)
        cameo, plover = _codes(pd, d.kind, mode, location, parts)
        day = days[i] if days else date
        events.append(Event(d.kind, day, location, parts, mode, cameo, plover, sorted(set(evidence))))  # type: ignore[arg-type]
    return events


def _own_days(pd: ParsedDoc, d: Draft, batches: list[list[Participant]]) -> list[str] | None:
    """ "met President X on 5 March and Foreign Minister Y on 6 March": each meeting on the day told after its
    counterpart, when every one of them has its own."""
    if d.sentence is None:
        return None
    s = d.sentence
    hits = [
        h for h in find_dates(s.text, s.start, pd.published) if h.explicit and h.value and not several_days(pd.norm, h)
    ]
    if len(hits) < 2:
        return None
    starts = []
    for parts in batches:
        name = parts[-1].name
        at = s.text.find(name) if name else -1
        if at < 0:
            return None
        starts.append(s.start + at)
    days = []
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else s.end
        mine = [h for h in hits if start <= h.start < stop and h.value is not None]
        if not mine or mine[0].value is None:
            return None
        days.append(mine[0].value.isoformat())
    return days if len(set(days)) > 1 else None


def _distinct(parts: list[Participant]) -> list[Participant]:
    """A second unnamed participant of one side adds nothing ("the Foreign Ministers of China, France, ..." told
    once as a group and once state by state)."""
    out: list[Participant] = []
    for p in parts:
        side = (p.country, p.org)
        if p.name is None and side != (None, None) and any(not q.name and (q.country, q.org) == side for q in out):
            continue
        out.append(p)
    return out


def _paired(d: Draft, base: list[Participant]) -> list[list[Participant]] | None:
    """Participants of one sentence in pairs: "their counterparts ... respectively", several senders to one."""
    assert d.sentence is not None
    return _respective_pairs(d.sentence.text, base) or _senders_to_one(d, base)


def _senders_to_one(d: Draft, parts: list[Participant]) -> list[list[Participant]] | None:
    """ "The Presidents of A and B and the King of C cabled congratulations to President X": one message from
    each sender, unless they sent it jointly."""
    if d.kind != "message" or d.sentence is None or JOINT.search(d.sentence.text):
        return None
    cues = cues_in(d.sentence.text, d.sentence.start)
    if not cues:
        return None
    senders = {_party(m) for m in d.mentions if m.end <= cues[0].start} - {"?"}
    recipients = {_party(m) for m in d.mentions if m.start >= cues[0].end} - {"?"}
    if len(senders) < 2 or len(recipients) != 1 or senders & recipients:
        return None
    to = [p for p in parts if (p.country or p.org) in recipients]
    return [[p, *to] for p in parts if (p.country or p.org) in senders] or None


RESPECTIVE = re.compile(r"\btheir (?:\w+ )?counterparts\b|\brespectively\b")


def _respective_pairs(text: str, parts: list[Participant]) -> list[list[Participant]] | None:
    """ "A's President X and Prime Minister Y sent greetings to their Vietnamese counterparts Z and W": X with Z,
    Y with W, when the first half of the people is of one side and the second of another."""
    half = len(parts) // 2
    if half < 2 or len(parts) % 2 or not RESPECTIVE.search(text):
        return None
    first = {p.country or p.org for p in parts[:half]}
    second = {p.country or p.org for p in parts[half:]}
    if len(first) != 1 or len(second) != 1 or first == second or None in first | second:
        return None
    return [[parts[i], parts[half + i]] for i in range(half)]


def _one_per_spelling(people: list[Person]) -> list[Person]:
    """Two spellings of one person in one event ("Siorjiddin Muhriddin", then "FM Sirojiddin Muhriddin of
    Tajikistan"): one family name and one state are one participant, the titled form kept."""
    kept: list[Person] = []
    by_family: dict[tuple[str, str], list[int]] = {}  # (party, family name) -> indexes in kept: linear in people
    for p in people:
        key = (p.party, fold(p.name).split()[-1]) if p.name else None
        near = by_family.get(key, []) if key else []
        at = next((i for i in near if _spellings(p.name or "", kept[i].name or "")), None)
        if at is None:
            if key:
                by_family.setdefault(key, []).append(len(kept))
            kept.append(p)
        elif p.title and not kept[at].title:
            kept[at] = p
    return kept


def _spellings(a: str, b: str) -> bool:
    """Two spellings of one name: one family name and nearly the same given name (not two brothers Al-Sabah)."""
    fa, fb = fold(a).split(), fold(b).split()
    if not (len(fa) > 1 and len(fb) > 1 and fa[-1] == fb[-1]):
        return False
    short = min(fa[0], fb[0], key=len)  # "Joe Biden" and "Joseph R. Biden": a short form of the given name
    return SequenceMatcher(None, fa[0], fb[0]).ratio() >= 0.75 or (len(short) <= 3 and fa[0][:2] == fb[0][:2])


# "A and B separately received C", "A and B each met C"
HOSTS_SEPARATELY = re.compile(r"\b(?:separately|each|respectively)\s+(?:received|met|hosted|held talks with)\b", re.I)
# "Both gatherings were held separately and privately": the sentence after a meeting with several tells it.
SEPARATE_RETOLD = re.compile(
    r"\b(?:both|the two|these|the|all)\s+(?:\w+\s+)?(?:meetings|gatherings|talks|encounters|audiences|conversations|"
    r"calls)\s+(?:were|took place)\b[^.;]*\bseparate(?:ly)?\b",
    re.I,
)
# A gathering many states attend, where a minister meets several counterparts in turn.
MULTILATERAL_OCCASION = re.compile(r"\b(?:summit|sidelines|margins|general assembly|forum)\b", re.I)
BILATERAL = re.compile(r"\bbilateral (?:talks|meetings?|discussions?)\b|\bindividual(?:ly)?\b", re.I)
# "held meetings with X of A, Y of B and Z of C": meetings in the plural with several sides are one each.
MEETINGS_WITH = re.compile(
    r"\b(?:held|had|holds|has|holding|having|conducted|conducts)\s+(?:a\s+(?:series|round|number)\s+of\s+)?"
    r"(?:\w+\s+)?meetings\s+with\b",
    re.I,
)
JOINT = re.compile(r"\b(?:trilateral|quadrilateral|joint|conference call|group call|together|jointly)\b", re.I)


def _one_by_one(pd: ParsedDoc, d: Draft, counterparts: list[Participant], host: str | None = None) -> bool:
    """Several counterparts seen separately ("separate meetings with ..."); a leader's calls to several
    leaders are one call each, unless the text makes it one joint call ("A and B spoke with C"). ``host``:
    the state the meeting took place in, where known."""
    assert d.sentence is not None
    text = d.sentence.text
    # Later sentences about the same interaction may tell it too: "During the individual bilateral meetings, ...".
    retold = " ".join(pd.norm[a:b] for a, b in d.evidence if a > d.sentence.start)
    states = {c.country or c.org for c in counterparts} - {None}
    nxt = pd.next_sentence(d.sentence)
    if len(states) >= 2 and nxt is not None and SEPARATE_RETOLD.search(nxt.text):
        return True  # "met with her counterparts X of Canada and Y of Colombia. Both gatherings were held separately"
    if _separately(text) or _separately(retold) or ALSO_MET.search(retold):
        return True  # "... met with the leaders of A and B. ... X also met with the President of B, Y.
    if _round_of_hosts(d, counterparts, text, host) or _envoys_received(counterparts, text):
        return True
    if len(states) >= 2 and PASSIVE_RECEIVED.search(text):
        return True  # "The others received were Ambassadors A (Mexico), B (Canada)": each received in turn
    if len(states) >= 2 and re.search(r"\b(?:received|receives)\s+(?:[\w-]+\s+){0,3}delegations\b", text):
        return True  # "received three senior delegations from Saudi Arabia, Angola and China": audiences in turn
    if len(states) >= 2 and MEETINGS_WITH.search(text) and not JOINT.search(text):
        return True  # "held meetings with Foreign Minister of Egypt X, Foreign Minister of Malta Y and ..."
    if ALSO_MET.search(text) and len(states) > 1 and not JOINT.search(text):
        return True  # "While in Sharm El-Sheikh, he also met with Iranian FM X, British FM Y and Danish FM Z"
    if (
        len(states) >= 2
        and (len(states) >= 3 or re.search(r"\b(?:sidelines|margins)\b", pd.norm))
        and re.search(r"\b(?:counterparts|peers|leaders|heads of (?:state|government))\b", f"{text} {retold}")
        and MULTILATERAL_OCCASION.search(pd.norm)
        and not JOINT.search(text)
    ):
        return True  # "met his counterparts from Azerbaijan, Russia, Nepal and Iraq" at a summit: one by one
    # A leader's calls or messages to several leaders are one each ("sent messages of greetings to A and B").
    if not (d.kind in ("call", "message") or BILATERAL.search(text) or BILATERAL.search(retold)) or JOINT.search(text):
        return False
    cues = cues_in(text, d.sentence.start)
    callers = {_party(m) for m in d.mentions if cues and m.start < cues[0].start} - {"?"}
    parties = {p.country or p.org for p in counterparts} - {None}
    if d.kind == "message":  # "X and Y sent greetings to their counterparts Z and W": pairs, told elsewhere
        return len(callers) <= 1 and len(parties - callers) > 1
    return len(callers) <= 1 and len(parties) > 1


def _separately(text: str) -> bool:
    """A word of separate meetings, not the "respectively" that pairs names with the offices of a plural title
    ("the Presidents of the European Council and European Commission, X and Y, respectively")."""
    for m in SEPARATE.finditer(text):
        plural = re.search(
            r"\b(?:Presidents|Ministers|Secretaries|Chairmen|Chairs|Heads|Leaders)\s+of\b", text[: m.start()]
        )
        if not (m.group(0).lower() == "respectively" and plural):
            return True
    return False


def _envoys_received(counterparts: list[Participant], text: str) -> bool:
    """ "received (hosted) Ambassadors of Cuba, Angola and Ethiopia": a host's audiences, one envoy at a time
    (spec)."""
    states = {c.country or c.org for c in counterparts}
    return (
        len(states - {None}) >= 2  # an envoy of a body no table holds (the Order of Malta) among them
        and all(envoy_title(c.title) for c in counterparts)
        and bool(re.search(r"\b(?:receiv|host|welcom)(?:ed|es|s|ing)\b", text) or CREDENTIALS.search(text))
        and not JOINT.search(text)
    )


def _round_of_hosts(d: Draft, counterparts: list[Participant], text: str, host: str | None = None) -> bool:
    """ "While in Tallinn, the Minister met the President of Estonia, X, the Speaker, Y, and the Foreign
    Minister, Z": a visitor's list of the host state's office holders, each met in turn."""
    named = [c for c in counterparts if c.name and c.title and c.country]
    states = {c.country for c in named}
    return (
        d.kind == "meeting"
        and len(named) >= 2
        and len(named) == len(counterparts)
        and len(states) == 1
        and not JOINT.search(text)
        and not re.search(r"\bdelegation|\btogether\b", text, re.I)
        # "(in Langfang) X held talks with U.S. Assistant Secretary A, and B, senior director ...": visitors, not hosts
        and (host is None or host in states)
    )


def _named_next(pd: ParsedDoc, actors: Actors, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A lead that names one side ("The Amir received the credentials of a number of diplomats") and a
    next sentence that names the others ("... handed in by the ambassadors of Belgium, Nigeria and Jordan")."""
    nxt = pd.next_sentence(sentence)
    if nxt is None or _is_own_event(nxt.text):
        return []
    known = {_party(m) for m in mentions}
    return [
        m
        for m in actors.in_span(nxt.start, nxt.end)
        if (m.group and (m.country or m.org) or m.person is not None) and _party(m) not in known | {"?"}
    ]


def _is_own_event(text: str) -> bool:
    """A sentence that opens with its own time ("Later, ...", "Earlier on Monday, ...") tells another event."""
    return bool(
        re.match(
            r"\s*(?:later|earlier|afterwards|subsequently|also|separately|in the evening|meanwhile|"
            r"in the meantime|in other news|besides)\b",
            text,
            re.I,
        )
    )


def _hosts_the_occasion(pd: ParsedDoc, s: Sentence, m: Mention) -> bool:
    """ "met X on the sidelines of the G20 meeting hosted by Brazil's President Y": Y hosts the occasion, not this."""
    hosted = HOSTED_BY_BEFORE.search(pd.norm[s.start : m.start])
    return hosted is not None and SIDELINES_BEFORE.search(pd.norm, s.start, s.start + hosted.start()) is not None


def _credited_photo(pd: ParsedDoc, s: Sentence) -> bool:
    """A caption credited to its photographer, in it or right after it ("X hosts the meeting in Xi'an. [Photo by Y]"),
    read in the page's own text (normalising blanks the bracket out)."""
    return bool(BRACKETED_CREDIT.search(pd.text, s.start, s.end) or BRACKETED_CREDIT.match(pd.text, s.end))


def _attended_by(pd: ParsedDoc, actors: Actors, sentence: Sentence) -> list[Mention]:
    nxt = pd.next_sentence(sentence)
    if nxt is None or nxt.paragraph != sentence.paragraph:
        return []
    if not re.search(r"\b(?:was|were) (?:also )?attended by\b|\balso (?:took part|participated)\b", nxt.text):
        return []
    return [m for m in actors.in_span(nxt.start, nxt.end) if m.group and (m.country or m.org)]


def _dedupe_groups(groups: list[Mention]) -> list[Mention]:
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for g in groups:
        key = (g.country, g.org)
        if key not in seen:
            seen.add(key)
            out.append(g)
    return out


def _participant(p: Person) -> Participant:
    # one of "the Foreign Ministers of A, B and C" holds the office in the singular
    return Participant(p.name, p.country, None if p.country else p.org, p.title and singular_office(p.title))


ANOTHER_OCCASION_ON = re.compile(
    r"\b(?:visit|trip|tour|summit|elections?|inauguration|conference|forum|session)\s+"
    r"(?:(?:is\s+|was\s+)?(?:scheduled|set|slated|planned|due)\s+)?(?:on|for)\s+$"
)


RETOLD_VERB = re.compile(
    r"\b(?:spoke|talked|met|conferred|held (?:talks|a (?:phone |telephone )?(?:call|conversation)))\b"
)


def _retold_date(pd: ParsedDoc, d: Draft, ref: dt.date | None) -> list[DateHit]:
    """The day a following sentence gives when it retells the draft's contact by its two parties' family names
    ("Cho and Kamikawa spoke for over 30 minutes on Tuesday afternoon")."""
    assert d.sentence is not None
    names = {m.person.name for m in d.mentions if m.person is not None and m.person.name}
    if len(names) < 2:
        return []
    # a family name may come first ("Cho Tae-yul" is Cho): any word of the name of three letters or more
    words = {n: [w for w in n.split() if len(w) >= 3] for n in names}
    for x in pd.sentences[d.sentence.index + 1 : d.sentence.index + 3]:
        told = set(re.findall(r"[\w'’-]+", x.text))
        named = {n for n, ws in words.items() if any(w in told for w in ws)}
        if len(named) >= 2 and RETOLD_VERB.search(x.text):
            return [h for h in find_dates(x.text, x.start, ref) if h.value][:1]
    return []


def _date_for(pd: ParsedDoc, d: Draft) -> tuple[str | None, tuple[int, int] | None]:
    """The date in the event's sentence (weekdays and "today" against the publication date or a
    dateline's date), else the dateline's or the headline's date, else the publication date."""
    dateline = _dateline_date(pd)
    if d.sentence is not None and (own := _leading_dateline(d.sentence, pd.published)) is not None:
        dateline = own  # "Pyongyang, October 8 (KCNA) -- X sent a message ... on Monday": Monday before the 8th
    ref = (dateline.value if dateline else None) or pd.published
    if d.sentence is not None:
        s = d.sentence
        others = _other_talks_spans(s.text, False)  # "Following X's March 29 meeting with ..., Y met today"
        hits = [
            h
            for h in find_dates(s.text, s.start, ref)
            if (dateline is None or not dateline.start <= h.start < dateline.end)
            and not any(a <= h.start - s.start < b for a, b in others)
            # "a message for the 72nd Republic Day, commemorated on Tuesday 26th January 2021": the occasion's day
            and not OCCASION_DAY_BEFORE.search(s.text, 0, h.start - s.start)
        ]
        if not hits and d is not None:
            # "The Foreign Ministers' Meeting is held in Anning, Aug. 15, 2025. X co-chaired the meeting ..."
            prev = pd.sentences[s.index - 1] if s.index > 0 else None
            # "X and Y agreed Wednesday to ... At a press conference following their talks": the lead's day too.
            theirs = re.search(r"\btheir (?:\w+ ){0,2}(?:talks|meeting|summit)\b", s.text) or (
                prev is not None and prev.index == 0 and _lead_place(pd, d) is not None
            )  # "The governments of A and B agreed Wednesday in Kabul ...": the lead that places it dates it
            # "X was on Saturday welcomed to Government House in Auckland ... \n\n Mr X ... sat down with Y for
            # talks": the sentence before that tells of the same guest dates it, in another paragraph too.
            guest = prev is not None and _tells_of(prev, d) and bool(ARRIVAL.search(prev.text))
            if prev is not None and (prev.paragraph == s.paragraph or theirs or guest):
                loose = theirs or guest
                hits = [h for h in find_dates(prev.text, prev.start, ref) if (h.explicit or loose) and h.value]
        if not hits:
            # A headline line repeated in the body, the meeting told after it "this afternoon": the retelling's day
            # (a relative one; "the earthquake on March 11" in a later sentence is another occasion).
            for a, b in d.evidence:
                if a >= s.end:
                    hits = [h for h in find_dates(pd.norm[a:b], a, ref) if h.value and not h.explicit][:1]
                    if hits:
                        break
        if not hits:
            # "... paid a courtesy call on X. During the visit on Tuesday, February 23, 2021, ...": the day the
            # retelling gives the occasion.
            after = pd.sentences[s.index + 1 : s.index + 3]
            for a, b in [*d.evidence, *(x.span for x in after)]:
                told = pd.norm[a:b]
                for m in OCCASION_ON.finditer(told):
                    hits += [h for h in find_dates(told[m.end() :], a + m.end(), ref) if h.explicit and h.value][:1]
                if hits:
                    break
        if not any(h.value for h in hits):
            # "X held a phone call with Y ... X and Y spoke on Tuesday afternoon"; also after "the EEAS said in a press
            # release on Thursday" on an undated page, which gives no day: the release's "On 23 December 2021, ..."
            hits = _retold_date(pd, d, ref) or hits
        if len(hits) > 1:
            # "Confirmation of the visit on July 6 was made during a meeting ... last Friday, June 2": the date
            # of another occasion named in the sentence is not the meeting's
            this_one = [h for h in hits if not ANOTHER_OCCASION_ON.search(pd.norm, max(0, h.start - 40), h.start)]
            hits = this_one or hits
        if hits:
            h = hits[0]
            if len(hits) > 1 and not h.explicit and hits[1].explicit and hits[1].start - h.end <= 3:
                h = hits[1]  # "today, March 4, 2025": the day itself
            if several_days(pd.norm, h):
                return None, (h.start, h.end)  # "on 03 and 04 February": which day is not told
            return (h.value.isoformat() if h.value else None), (h.start, h.end)
    if d.sentence is None:
        # Told only by the headline: a lead that opens on its day ("On September 13, 2023, in Dushanbe, ... was
        # held the Meeting of ...") dates it, not the release's date line above it.
        for lead in _lead_sentences(pd):
            opening = OPENING_DAY.match(lead.text)
            hits = find_dates(lead.text[: opening.end()], lead.start, ref) if opening else []
            if hits and hits[0].explicit and hits[0].value:
                return hits[0].value.isoformat(), (hits[0].start, hits[0].end)
    if dateline is not None:
        return (dateline.value.isoformat() if dateline.value else None), (dateline.start, dateline.end)
    if pd.headline:
        hits = [h for h in find_dates(pd.headline, 0, pd.published) if h.explicit]
        if hits and hits[0].value:
            return hits[0].value.isoformat(), pd.title_span
    # An official readout is published the day it tells of; a third party's report may be days later, and a
    # release closing a "two-day working visit" does not say which day a meeting of it took place.
    official = bool(pd.cache.get("official")) and not MULTI_DAY.search(pd.norm, 0, 800)
    return (pd.published.isoformat() if pd.published and official else None), None


OPENING_DAY = re.compile(r"\s*On\s+[^;.]{6,30}?\d{4},")  # "On 13 September 2023," opening a lead
ARRIVAL = re.compile(r"\b(?:welcomed|arrived|landed)\b")  # not "concluded a two-day visit today"


def _tells_of(sentence: Sentence, d: Draft) -> bool:
    """Whether ``sentence`` names one of the draft's people as a guest arriving or received."""
    named = any(
        sentence.start <= x.start < sentence.end for m in d.mentions if m.person is not None for x in m.person.mentions
    )
    return named and bool(TRIP.search(sentence.text))


MULTI_DAY = re.compile(r"\b(?:two|three|four|five|six|seven|[2-9])[- ]days?\b", re.I)


def _dateline_date(pd: ParsedDoc) -> DateHit | None:
    """ "Beijing, April 28th—", "Bishkek, 17 May 2023 –" or "Kathmandu, 23 August:" opening the body, or a
    line of its own near the top that is only a date ("Great Hall of the People, Beijing\nOctober 20, 2016").
    Found once per document: every event asks."""
    if "dateline_date" not in pd.cache:
        pd.cache["dateline_date"] = _find_dateline_date(pd)
    return cast("DateHit | None", pd.cache["dateline_date"])


def _find_dateline_date(pd: ParsedDoc) -> DateHit | None:
    if not pd.sentences:
        return None
    lead = _leading_dateline(pd.sentences[0], pd.published)
    if lead is not None:
        return lead
    first = pd.sentences[0]
    alone = PLACE_DATE_SENTENCE.fullmatch(first.text)
    if alone and (gazetteer.places().city(alone.group(1)) or gazetteer.polities().lookup(alone.group(1))):
        # "Bogotá, October 3, 2022. The Minister ... met today with ...": a place and a date, a sentence of their own
        hits = [h for h in find_dates(first.text, first.start, pd.published) if h.explicit and h.value]
        if len(hits) == 1:
            return hits[0]
    official = bool(pd.cache.get("official"))
    for prev, s in itertools.pairwise(pd.sentences[:6] if official else pd.sentences[:3]):
        # A news page's own date line alone is when it was published; after a place line it is a dateline. A
        # government's release dates itself in such a line ("Readout\nMarch 5, 2024\n... met ... today").
        hits = find_dates(s.text, s.start, pd.published)
        if len(hits) == 1 and hits[0].explicit and hits[0].value and DATE_LINE.fullmatch(s.text):
            return hits[0] if official or (place_in(prev.text, prev.start) and not cues_in(prev.text)) else None
    return None


PLACE_DATE_SENTENCE = re.compile(r"\s*([A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,2}),[^\S\n]+[\w ,]{6,24}?\.?\s*")
DATE_LINE = re.compile(r"\s*(?:[A-Z][a-z]+day,?\s+)?[\w ,.]{6,24}?\s*")


def _leading_dateline(s: Sentence, published: dt.date | None) -> DateHit | None:
    """The explicit date of a dateline opening sentence ``s``."""
    m = re.match(r"[^\n]{0,40}?(?:[-–—]|\([\w .-]{1,30}\)|/[\w .-]{1,30}/|:(?=\s))", s.text)
    if m:
        hits = [h for h in find_dates(m.group(0), s.start, published) if h.explicit]
        if hits:
            return hits[0]
    return None


def _location_for(pd: ParsedDoc, actors: Actors, d: Draft) -> PlaceHit | None:
    if d.sentence is None:
        # An interaction only the headline tells ("Winston hosts talks with Australian Foreign Minister"): the
        # place the lead gives ("... have been discussing foreign policy at Auckland's, Waiheke Island").
        for lead in pd.sentences[:2]:
            hit = place_in(lead.text, lead.start)
            if hit is not None and confirmed_place(pd, hit):
                return hit
        return None
    s = d.sentence
    # Places named inside people's titles ("Head of the UN Assistance Mission in Afghanistan") are not venues.
    spans = [(m.start, m.end) for m in actors.in_span(s.start, s.end) if m.title and (m.name or m.country or m.org)]
    chars = list(s.text)
    for a, b in spans:  # blank each title out in place: linear in the sentence and its mentions
        chars[max(0, a - s.start) : max(0, b - s.start)] = " " * (max(0, b - s.start) - max(0, a - s.start))
    text = "".join(chars)[: len(s.text)]
    later = ANOTHER_TIME_AFTER.search(text)
    if later and cues_in(text[: later.start()]):
        # "X hosted Y, a day after Y held talks with Z in Moscow": the place of another day's talks (not "This came
        # as X received Y at Expo 2020 Dubai", whose contact is told after it)
        text = text[: later.start()] + " " * (len(text) - later.start())
    if re.search(r"\bhere\b", text):
        hit = dateline_place(pd)
        if hit:
            return hit
    hit = place_in(text, s.start)
    if hit is not None and not confirmed_place(pd, hit):
        hit = None
    hit = hit or _place_in_retellings(pd, d) or sidelines_place(pd, RECALL_OPENING) or _lead_place(pd, d)
    home = _home_state(pd) or _receiving_state(d)
    abroad = _trip_place(pd, d, country_only=True) if home else None
    if abroad is not None and abroad.location.country != home:
        home = abroad.location.country  # "concluded a visit to Ethiopia ... at the National Palace": Addis Ababa
    own = own_venue_in(text, s.start, home)
    if own is not None and (
        hit is None or (hit.location.name is None and hit.location.country == pd.publisher_country)
    ):
        # "PUTRAJAYA: ... received a courtesy call ... at his office": the office is in the dateline's town
        dl = dateline_place(pd) if hit is None else None
        if dl is not None and dl.location.country == own.location.country:
            return dl
        return own  # "visiting Japan, at the Prime Minister's Office": Tokyo
    if hit is not None and hit.location.name is None:
        # "visiting France ... the G7 Summit in Biarritz": prefer a city in that country, in the sentence or
        # in the headline ("British Foreign Secretary in Athens").
        headline = [PlaceHit(*(pd.title_span or (0, 0)), h.location) for h in places_in(pd.headline or "", 0)]
        dateline = dateline_place(pd)  # "Havana, April 27 (RHC)-- ... on an official visit to Cuba": Havana
        # "... during his visit to Serbia. X arrived in the Serbian capital Belgrade on Sunday": the trip told next.
        trips = [
            h
            for x in pd.sentences[s.index + 1 : s.index + 3]
            if TRIP.search(x.text)
            for h in places_in(x.text, x.start)
        ]
        for other in [*places_in(text, s.start), *headline, *([dateline] if dateline else []), *trips]:
            if other.location.name and other.location.country == hit.location.country:
                return other
    if hit is not None:
        return hit
    dl = dateline_place(pd)
    trip = _trip_place(pd, d)
    if dl is not None and (trip is None or trip.location.country == dl.location.country):
        return dl
    # "Brussels, 19/06/2021 - ... concluded his two-day visit to Antalya": the trip, not the desk.
    found = _headline_city(pd, d, trip or _visit_fallback(pd, d) or _trip_place(pd, d, country_only=True))
    return found or _dateline_state_of_host(pd, d) or _toured_state_met(pd, d)


TOUR = re.compile(r"\b(?:visit(?:ing|s|ed)?|tour(?:ing|s|ed)?)\s+(?:to\s+|of\s+)?(?:the\s+)?(?=[A-Z])")


def _toured_state_met(pd: ParsedDoc, d: Draft) -> PlaceHit | None:
    """ "Blinken is visiting Bangladesh, India and Sri Lanka ... He met Prime Minister X": the one state of the
    tour whose official he met (a tour names no one state on its own)."""
    if d.sentence is None or d.kind != "meeting":
        return None
    toured: set[str] = set()
    for s in [*pd.sentences[:2], d.sentence]:
        for m in TOUR.finditer(s.text):
            listed = listed_states(s.text[m.end() : m.end() + 120])
            if len(listed) > 1:
                toured |= set(listed)
    people = [m.person for m in d.mentions if m.person is not None and not m.person.envoy]
    met = {p.party for p in people[1:] if p.party in toured and p.party != (people[0].party if people else None)}
    if len(met) != 1:
        return None
    return PlaceHit(d.sentence.start, d.sentence.start, Location(None, met.pop()))


def _dateline_state_of_host(pd: ParsedDoc, d: Draft) -> PlaceHit | None:
    """ "KUWAIT: The Crown Prince received yesterday at Bayan palace ...": a dateline naming a state alone places
    a meeting its official hosted in that state, at no town the text gives."""
    if d.sentence is None or not RECEIVES.search(d.sentence.text) or dateline_place(pd) is not None:
        return None
    state = dateline_state(pd)
    host = next((m.person for m in d.mentions if m.person is not None), None)
    if state is None or host is None or host.party != state:
        return None
    return PlaceHit(d.sentence.start, d.sentence.start, Location(None, state))


def _headline_city(pd: ParsedDoc, d: Draft, found: PlaceHit | None) -> PlaceHit | None:
    """The one city a headline names, for an in-person meeting the body places nowhere or only in that city's
    state ("Foreign Minister X holds talks with Lao counterpart in Jakarta", "Dacic in Budapest")."""
    if d.kind != "meeting" or not pd.headline or (found is not None and found.location.name):
        return found
    cities = {h.location.name: h for h in places_in(pd.headline, 0) if h.location.name}
    if len(cities) != 1:
        return found
    city = next(iter(cities.values()))
    if found is None and not cues_in(pd.headline):
        return None
    if found is not None and found.location.country != city.location.country:
        return found
    return PlaceHit(*(pd.title_span or (0, 0)), city.location)


RECEIVES = re.compile(r"\b(?:received|receives|receiving|hosted|hosts|welcomed|welcomes)\b")


VISITING = re.compile(
    r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\s+to\b|\bwho\s+is\s+(?:visiting|on\s+a)\b"
)


def _visiting(d: Draft, p: Person) -> bool:
    """Whether the draft's sentence opens with ``p`` and tells of his or her visit ("during his visit to Norway")."""
    return (
        d.sentence is not None
        and bool(d.mentions)
        and d.mentions[0].person is p
        and bool(VISITING.search(d.sentence.text))
    )


def _welcomes_to_own_town(d: Draft, host: Person, place: PlaceHit | None) -> bool:
    """Whether ``host`` opens the draft's sentence receiving or welcoming a guest at the place it names."""
    if d.sentence is None or place is None or not d.mentions or d.mentions[0].person is not host:
        return False
    if not d.sentence.start <= place.start < d.sentence.end:
        return False
    return bool(RECEIVES.search(d.sentence.text, d.mentions[0].end - d.sentence.start, place.start - d.sentence.start))


def _receiving_state(d: Draft) -> str | None:
    """The state whose office a meeting takes place in, where the text says who received whom: the side of an
    envoy's host ("Ambassador X called on Minister Y at the Foreign Ministry"), or of the one who received
    ("President X received Y at the Presidential Palace"). A story in the press has no home state to fall back on."""
    assert d.sentence is not None
    people = [m.person for m in d.mentions if m.person is not None and m.person.party != "?"]
    hosts = {p.party for p in people if not p.envoy}
    if any(p.envoy for p in people) and len(hosts) == 1:
        return hosts.pop()
    if people and RECEIVES.search(d.sentence.text) and d.mentions[0].person is people[0]:
        return people[0].party
    return None


def _lead_place(pd: ParsedDoc, d: Draft) -> PlaceHit | None:
    """ "The governments of Afghanistan and Pakistan agreed Wednesday in Kabul ... The communique was released at the
    end of a meeting between X and Y": a lead before the meeting's sentence that names both its states places it."""
    assert d.sentence is not None
    lead = pd.sentences[0] if pd.sentences else None
    if lead is None or lead.index >= d.sentence.index or cues_in(lead.text):
        return None
    parties = {_party(m) for m in d.mentions} - {"?"}
    named = {hit.code for _s, _e, hit in gazetteer.polities().find(lead.text) if not hit.is_org}
    if len(parties) < 2 or not parties <= named:
        return None
    return place_in(lead.text, lead.start)


def _home_state(pd: ParsedDoc) -> str | None:
    """The publisher's state; for the press, the dateline's ("MOSCOW (Xinhua) -- ... talks at the foreign
    ministry") or else its own ("at the foreign ministry" in an Italian agency's story). Found once per document."""
    if "home_state" not in pd.cache:
        pd.cache["home_state"] = _find_home_state(pd)
    return cast("str | None", pd.cache["home_state"])


def _find_home_state(pd: ParsedDoc) -> str | None:
    host = posted_state(pd.doc.publisher)  # "at the Ministry of Finance" in an embassy's release: the host's
    if host:
        return host
    agency = re.search(r"\(([^()]+)\)\s*$", pd.doc.publisher or "")
    source = gazetteer.press_state(agency.group(1)) if agency and not pd.cache.get("official") else None
    if source:
        return source  # "Malta News Gazette (Ethiopian News Agency)": the agency's story, told from Addis Ababa
    if pd.publisher_country:
        return pd.publisher_country
    dateline = dateline_place(pd)
    return dateline.location.country if dateline else cast("str | None", pd.cache.get("press_state"))


OCCASION_RETOLD = re.compile(
    r"\b(?:took place|was held|were held|was hosted)\b|^\s*(?:They|The two(?:\s+\w+)?)\s+met\s+(?:at|in)\b"
)


def _place_in_retellings(pd: ParsedDoc, d: Draft) -> PlaceHit | None:
    """The place told in a later sentence about the same interaction ("... before joining talks with
    Minister Son in Hanoi")."""
    assert d.sentence is not None
    for a, _b in d.evidence:
        s = pd.sentence_at(a)
        if s is not None and s is not d.sentence and not RECALLED_MEETING.search(s.text):
            hit = place_in(s.text, s.start)
            hit = hit if hit is not None and confirmed_place(pd, hit) else None
            if hit is not None and AGREED_EARLIER.search(s.text, 0, hit.start - s.start):
                hit = None  # "views were exchanged on the agreements reached at the summit in New York"
            hit = hit or own_venue_in(s.text, s.start, _home_state(pd))
            if hit is not None:
                return hit
    # "The audience took place at the AU Commission Headquarters in Addis Ababa, Ethiopia."
    nxt = pd.next_sentence(d.sentence)
    # "They met at the AU Headquarters, on Tuesday, 13 December 2016."
    if nxt is not None and OCCASION_RETOLD.search(nxt.text):
        return place_in(nxt.text, nxt.start) or own_venue_in(nxt.text, nxt.start, _home_state(pd))
    return None


BOTH_RETELL = re.compile(
    r"\s*(?:The|Both)\s+(?:two\s+)?(?:heads of state|leaders|presidents|prime ministers|foreign ministers|ministers)\b"
    r"|\s*(?:During|At)\s+the\s+(?:meeting|talks|audience)\s+(?:in|at)\b"  # "During the meeting in Abu Dhabi, ..."
)
# "The visit came after the two heads of state recently met on December 1 in Dubai": an earlier meeting's place.
RECALLED_MEETING = re.compile(
    r"\b(?:recently|previously|earlier|last)\s+(?:met|held|had|spoke|talked)\b|\bcame after\b"
)
TRIP = re.compile(
    r"\b(?:[Vv]isit(?:ed|ing|s)?|[Vv]isit to|[Tt]rip to|arrived in|stay in|welcomed to|welcomed in"
    r"|[Ww]hile in"  # "While in Tallinn, Minister X also took part in ...": where the visitor is
    # "Tuilaepa who is in Fiji for an official visit"
    r"|(?:is|was|are|were)\s+(?:currently\s+)?in(?=\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:for|on)\s+"
    r"(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b))\s+(?:the\s+)?(?=[A-Z])"
)


def _trip_place(pd: ParsedDoc, d: Draft, country_only: bool = False) -> PlaceHit | None:
    """ "Foreign Secretary Misri visited Beijing on 26-27 January. The meeting of the mechanism was
    co-chaired by ...": the city of the trip told in the sentences before, or in the headline (or, asked
    for ``country_only``, the state of a "working visit to the Republic of South Africa")."""
    assert d.sentence is not None
    earlier = pd.sentences[max(0, d.sentence.index - 8) : d.sentence.index + 1]  # "Visiting Jakarta, X met ..."
    for x in reversed(earlier):
        for m in TRIP.finditer(x.text):
            if _visits_a_person(x.text, m.end()):
                continue
            hit = place_in(x.text[m.start() :].replace(m.group(0), "in ", 1), x.start + m.start())
            if hit is not None and (hit.location.name or (country_only and not FUTURE_SENTENCE.search(x.text))):
                return hit
    if pd.headline:
        for m in TRIP.finditer(pd.headline):
            if _visits_a_person(pd.headline, m.end()):
                continue
            hit = place_in(pd.headline[m.start() :].replace(m.group(0), "in ", 1), 0)
            if hit is not None and hit.location.name:
                return PlaceHit(*(pd.title_span or (0, 0)), hit.location)
    return None


def _visits_a_person(text: str, at: int) -> bool:
    """ "Envoy Visits Ayorkor Botchwey": the words after the verb are a person's name (that no place table
    holds whole), though one of them is a town's somewhere."""
    run = re.match(r"[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,3}", text[at:])
    if run is None:
        return False
    whole = run.group(0)
    a_place = gazetteer.places().city(whole) is not None or gazetteer.polities().lookup(whole) is not None
    return not a_place and plausible_name(whole)


def _visit_fallback(pd: ParsedDoc, d: Draft) -> PlaceHit | None:
    """ "who was in China for exchanges ... In addition to Beijing, ...": a city of the country visited."""
    assert d.sentence is not None
    m = re.search(
        r"\b(?:was|were|is|are) (?:in|visiting) (?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})",
        d.sentence.text,
    )
    if not m:
        return None
    hit = gazetteer.polities().lookup(m.group(1))
    if hit is None or hit.is_org:
        return None
    for s in pd.sentences:
        for ph in places_in(s.text, s.start):
            if ph.location.name and ph.location.country == hit.code:
                return ph
        for cm in re.finditer(r"\b[A-Z][a-z]+\b", s.text):
            city = gazetteer.places().city(cm.group(0), hit.code)
            if city is not None and city.population > 1_000_000:
                loc = Location(city.name, hit.code, round(city.lat, 4), round(city.lon, 4))
                return PlaceHit(s.start + cm.start(), s.start + cm.end(), loc)
    cap = capital_location(hit.code)
    return (
        PlaceHit(d.sentence.start + m.start(1), d.sentence.start + m.end(1), Location(None, hit.code)) if cap else None
    )


def _mode(kind: str, location: Location | None, parts: list[Participant]) -> Mode | None:
    if kind != "meeting":
        return "remote"
    if location is None or location.country is None:
        return None
    countries = {p.country for p in parts if p.country}
    if location.country in countries:
        return "host"
    # a participant of unknown state may well be the host
    return None if any(p.country is None and p.org is None for p in parts) else "third_location"


def _codes(
    pd: ParsedDoc, kind: str, mode: str | None, location: Location | None, parts: list[Participant]
) -> tuple[str, dict[str, str | None]]:
    """CAMEO 041 telephone, 042 visit, 043 host, 044 third location, 040 otherwise; PLOVER CONSULT with
    its modes (visit, third-party, multilateral, phone for any remote medium, null when unknown)."""
    parties = {p.country or p.org for p in parts if p.country or p.org}
    if kind in ("call", "video_call"):
        return "041", {"type": "CONSULT", "mode": "phone"}
    if kind == "message":
        return "040", {"type": "CONSULT", "mode": "phone"}
    plover_mode = (
        "multilateral" if len(parties) > 2 else {"host": "visit", "third_location": "third-party"}.get(mode or "")
    )
    if mode == "third_location":
        return "044", {"type": "CONSULT", "mode": plover_mode}
    if mode == "host" and location is not None:
        own = pd.publisher_country
        return ("043" if own and location.country == own else "042"), {"type": "CONSULT", "mode": plover_mode}
    return "040", {"type": "CONSULT", "mode": plover_mode}


def _same_people(a: Event, b: Event) -> bool:
    """Whether every named participant of one event is among the other's (one family name and a like given
    name: the Amir Nawaf Al-Ahmad Al-Sabah is not his brother Mishal Al-Ahmad Al-Sabah)."""
    na = [p.name for p in a.participants if p.name]
    nb = [p.name for p in b.participants if p.name]
    small, big = (na, nb) if len(na) <= len(nb) else (nb, na)
    return all(any(_one_name(x, y) for y in big) for x in small)


def _one_name(a: str, b: str) -> bool:
    ta, tb = gazetteer.name_tokens(a), gazetteer.name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    return len(ta) == 1 or len(tb) == 1 or ta[0][0] == tb[0][0]


def _parties_of(e: Event) -> frozenset[str]:
    return frozenset(p.country or p.org or "?" for p in e.participants)


def _mergeable(a: Event, b: Event) -> bool:
    """Same kind, same people, and the same parties (or one side of the other's)."""
    pa, pb = _parties_of(a), _parties_of(b)
    nested = pa == pb or (len(pa) == 1 and pa < pb) or (len(pb) == 1 and pb < pa)
    unnamed = any(p.name is None for p in b.participants)
    # A message and its reply are two messages: the sender is the first participant.
    reply = a.kind == "message" and a.participants[:1] != b.participants[:1]
    return a.kind == b.kind and nested and not unnamed and not reply and _same_people(a, b)


def _merge_same(pd: ParsedDoc, events: list[Event]) -> list[Event]:
    """Two sentences about one interaction (same kind and parties) are one event."""
    out: list[Event] = []
    for e in events:
        same = next((o for o in out if _mergeable(o, e)), None)
        if same is None:
            out.append(e)
            continue
        names = [p.name for p in same.participants if p.name]
        # "Joe Biden" in one sentence and "Joseph R. Biden, Jr." in the next are one participant.
        same.participants += [p for p in e.participants if p.name and not any(_one_name(p.name, n) for n in names)]
        same.evidence = sorted(set(same.evidence + e.evidence))
        same.date = same.date or e.date
        if same.location is None and e.location is not None:
            same.location, same.mode = e.location, e.mode
        elif (
            same.location is not None
            and e.location is not None
            and same.location.name is None
            and e.location.name
            and e.location.country == same.location.country
        ):
            same.location = e.location  # "during his visit to North Macedonia" ... "in Skopje"
        # The parties it gained decide whether the place is a host's or a third one.
        same.mode = _mode(same.kind, same.location, same.participants)
        same.cameo, same.plover = _codes(pd, same.kind, same.mode, same.location, same.participants)
    return out
