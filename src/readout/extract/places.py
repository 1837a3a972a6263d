"""Places: where an in-person meeting happened, as a city and country with coordinates.

From the interaction's own sentence: a venue ("at the Great Hall of the People"), a city
("in Dushanbe", "in Manila, the Philippines", "the G7 Summit in Biarritz"), a country alone
("at the G7 Summit in Italy" gives the country and no city), "here" with a dateline
("Beijing, April 28th— ... met here today"); then the dateline itself.
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import cast

from readout import gazetteer
from readout.extract.document import UPPER, ParsedDoc
from readout.gazetteer import fold
from readout.model import Location, Participant

PLACE_WORDS = (
    rf"[{UPPER}][\w'’.-]*(?:[ -](?:[{UPPER}][\w'’.-]*|(?:de|del|la|am|an|sur|upon|on)(?![\w'’-])"
    r"|(?:of|and)(?: the)?(?= [A-Z])))*"
)
LOCATIVE = re.compile(
    rf"\b(?:in|In|at|[Vv]isiting|[Vv]isited|[Vv]isit to|[Tt]rip to|arrived in|held in|attend|attending|attended|"
    rf"travell?ed to|"
    # "welcomed President X of Latvia to Tallinn": a guest named and welcomed to a town
    rf"welcom(?:ed|es|ing)\s+(?:[A-Z][\w'’.-]*\s+|(?:of|the|and)\s+){{1,8}}to|"
    rf"sidelines of|margins of)"
    rf"\s+(?:the\s+)?(?:(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:city|island|town|port|resort|capital|province) of\s+"
    # "arrived in the Serbian capital Belgrade", "met ... in the capital, Abuja, on Sunday"
    rf"|(?:[A-Z][\w'’-]+\s+)?(?:capital|port city|city),?\s+(?=[A-Z]))?"
    rf"({PLACE_WORDS})"
)
HOST_TOWN = re.compile(rf"\b(?:city|town|capital|port|resort) of\s+({PLACE_WORDS})\s+(?:hosted|welcomed|played host)\b")
VENUE_IN_TOWN = re.compile(r"\bat\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+\d{4}\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
DESCRIBED_STATE = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+)?(?:country|nation|state|kingdom|republic|region|archipelago)\b")
MONTH_WORDS = "|".join(calendar.month_name[1:] + calendar.month_abbr[1:])
# "KABUL –", "Beijing, April 28th—", and press agencies' "ISLAMABAD, Sep 15 (APP):", "Ulaanbaatar /MONTSAME/."
DATELINE = re.compile(
    rf"^\s*({PLACE_WORDS}?)(?:\s*\[[^\]\n]{{1,30}}\])?(?:,\s*[^,\n–—-]{{2,30}}){{0,3}}?\s*"  # "New Delhi [India],"
    # "Addis Ababa October 6/2022 (ENA)": a date with no comma before it
    rf"(?:(?<=\s)(?:{MONTH_WORDS})\.?[^\S\n]+\d{{1,2}}(?:/\d{{2,4}})?[^\S\n]*)?"
    # a hyphen inside a word ("Non-resident ambassadors") is no dash after a place
    r"(?:(?:\([\w .-]{1,30}\)|/[\w .-]{1,30}/|-[A-Z]{2,10}-)\s*[-–—:.]?|[–—]+|-+(?!\w)|:(?=\s))\s*"
)
NOT_PLACE = {
    "The", "This", "That", "President", "Minister", "Secretary", "Ambassador", "Foreign", "Prime",
    # Words that name towns somewhere but, capitalised in a readout, are dates or parts of names.
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Republic", "Kingdom", "Federation", "Union", "State", "States", "Government", "No",
    # A page's head: "Date\n2017-07-28\nhit\n1936".
    "Date", "Time", "Hit", "Hits", "Views", "Source", "Updated", "Posted",
}  # fmt: skip


# "peace and stability in the region and particularly in Afghanistan": what the talks were about.
TOPICAL = re.compile(
    r"\b(?:peace|stability|security|situation|developments?|crisis|conflicts?|war|violence|terrorism|"
    r"reconstruction|interests?|investments?|presence|particularly|especially|including|notably|"
    r"elsewhere|operations?|elections?)\s+$",
    re.I,
)


TIME_WORDS = set(calendar.month_name[1:]) | set(calendar.day_name)
POLITY_HEADS = {"Republic", "Kingdom", "Federation", "Union", "State", "States"}


# "the Embassy of Pakistan in Abuja, Nigeria": where an envoy is posted, not where the meeting was.
POSTING = re.compile(r"\b(?:Embassy|High Commission|Permanent Mission|Consulate(?:[- ]General)?)\b[^,.;:]{0,60}$")


@dataclass
class PlaceHit:
    start: int
    end: int
    location: Location


def _loc(name: str | None, iso3: str, city: gazetteer.City | None = None) -> Location:
    if city is not None:
        return Location(name or city.name, iso3, round(city.lat, 4), round(city.lon, 4))
    return Location(name, iso3)


def resolve_place(phrase: str, following: str = "") -> Location | None:
    """A city, venue or country named by ``phrase``; ``following`` may name the country ("Manila, the Philippines")."""
    pol = gazetteer.polities()
    pl = gazetteer.places()
    # "at Auckland's, Waiheke Island", "at Auckland's Government House": the city, not its possessive.
    words = [re.sub(r"['’]s?$", "", w) for w in phrase.strip(" ,.").split()]
    while words and words[0] in NOT_PLACE and not (words[0] in POLITY_HEADS and words[1:2] == ["of"]):
        words.pop(0)  # but "the Republic of South Africa" is a state's name
    # "India on an official visit", "Cuba on June 4": the state, not a town called India.
    while words and (words[-1].islower() or words[-1] in TIME_WORDS):
        words.pop()
    phrase = " ".join(words)
    if not phrase or phrase in gazetteer.word_class("region"):
        return None  # "Confidence Building Measures in Asia": a region of the world, no place to meet
    venue = pl.venue(phrase)
    if venue:
        city = pl.city(venue[0], venue[1])
        return _loc(venue[0], venue[1], city)
    hit = pol.lookup(phrase)
    if hit is not None and hit.is_org:
        return None  # "the Shanghai Cooperation Organisation": an organisation's name, not Shanghai
    if hit is not None and not hit.is_demonym:
        return Location(None, hit.code)
    if hit is not None and not hit.is_org and re.match(r"\s+capital\b", following):
        return capital_location(hit.code)  # "in the Kazakh capital": that state's seat
    if hit is not None:
        return None  # "Kazakh" is a people's word, not a town that bears it
    country_hint = None
    m = re.match(r",\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})", following)
    if m:
        h = pol.lookup(m.group(1))
        if h is not None and not h.is_org and not h.is_demonym:
            country_hint = h.code
    building = len(words) > 1 and words[-1] in gazetteer.word_class("landmark")
    for k in range(len(words), 0, -1):  # "Washington D.C." -> "Washington"
        cand = " ".join(words[:k]).rstrip(",.")
        city = pl.city(cand, country_hint) or (pl.city(cand) if country_hint is None else None)
        if building and city is not None and city.population < BIG_CITY and pl.capitals.get(city.iso3) != city:
            # "at the San Martin Palace", "the Shangri-La Hotel in Singapore": a building named after someone or
            # something, not the town of that name (the "Beijing Hotel" is in Beijing)
            continue
        if city is not None and (k == len(words) or len(cand) > 3):
            return _loc(cand, city.iso3, city)
    if country_hint is not None and len(words) <= 3:
        return Location(phrase, country_hint)  # "in Bali, Indonesia": a place the gazetteer lacks, in a known state
    town = re.match(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", following)
    if town:  # "at State House, Nairobi": a venue the tables lack, in a city they know
        loc = resolve_place(town.group(1))
        if loc is not None and loc.name:
            return loc
    return None


STATE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")


def listed_states(text: str) -> list[str]:
    """The states a text opens with as a list ("Norway, Sweden and Finland to discuss ...": NOR, SWE, FIN)."""
    hits = [(a, b, h) for a, b, h in gazetteer.polities().find(text) if not h.is_org and not h.is_demonym]
    if not hits or hits[0][0] > 4:
        return []
    listed = [hits[0][2].code]
    for (_a, end, _h), (start, _b, hit) in itertools.pairwise(hits):
        if not STATE_LIST_GAP.fullmatch(text, end, start):
            break
        listed.append(hit.code)
    return listed


def place_in(text: str, offset: int) -> PlaceHit | None:
    """The first venue or locative place phrase in a sentence."""
    pl = gazetteer.places()
    # "senior director of the White House National Security Council": a body's name, not where they met.
    v = next(
        (
            x
            for x in pl.venue_pattern.finditer(text)
            if not re.match(r"\s+(?:National|Office|Council|Press|Chief|Counsel)\b", text[x.end() :])
        ),
        None,
    )
    best: PlaceHit | None = None
    if v:
        loc = resolve_place(v.group(1))
        if loc:
            best = PlaceHit(offset + v.start(), offset + v.end(), loc)
    for m in LOCATIVE.finditer(text):
        if best and best.start <= offset + m.start():
            break
        if TOPICAL.search(text, max(0, m.start() - 40), m.start()) or POSTING.search(
            text, max(0, m.start() - 70), m.start()
        ):
            continue
        if DESCRIBED_STATE.match(text, m.end(1)):
            continue  # "in the Central American country", "in the Gulf state": a description, not a town
        loc = resolve_place(m.group(1), text[m.end(1) :])
        if loc is None:
            continue
        if loc.name is None and len(listed_states(text[m.start(1) :])) > 1:
            continue  # "during his visit to Norway, Sweden and Finland": a tour, no one state the meeting was in
        hit = PlaceHit(offset + m.start(1), offset + m.end(1), loc)
        if loc.name is None:
            # "his visit to Vietnam ... talks with Minister Son in Hanoi": the city in that state, if told;
            # venue-free summit phrases ("the G7 Summit in Italy") give the country only.
            city = next(
                (h for h in places_in(text[m.end() :], offset + m.end()) if h.location.country == loc.country),
                None,
            )
            # "visit to Jakarta the capital of Republic of Indonesia": the city named before "capital of"
            named = re.search(
                r"\s([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?),?\s+(?:the\s+)?capital\s+of\s+$", text[m.start() : m.start(1)]
            )
            before = resolve_place(named.group(1)) if named else None
            if named and before is not None and before.name and before.country == loc.country:
                return PlaceHit(offset + m.start() + named.start(1), offset + m.start() + named.end(1), before)
            return city if city is not None and city.location.name else hit
        return hit
    hosting = HOST_TOWN.search(text) if best is None else None
    if hosting is not None:  # "the Lithuanian city of Šiauliai hosted an informal seminar"
        loc = resolve_place(hosting.group(1))
        if loc is not None and loc.name:
            return PlaceHit(offset + hosting.start(1), offset + hosting.end(1), loc)
    named_venue = VENUE_IN_TOWN.search(text) if best is None else None
    if named_venue is not None:  # "received ... at Expo 2020 Dubai": a venue whose name ends in its town
        loc = resolve_place(named_venue.group(1))
        if loc is not None and loc.name:
            return PlaceHit(offset + named_venue.start(1), offset + named_venue.end(1), loc)
    attributive = ATTRIBUTIVE_PLACE.search(text) if best is None else None
    if attributive is not None:
        loc = resolve_place(attributive.group(1))  # "interrupted his Moscow talks with Russian Prime Minister Putin"
        if loc is not None and loc.name:
            best = PlaceHit(offset + attributive.start(1), offset + attributive.end(1), loc)
    return best


ATTRIBUTIVE_PLACE = re.compile(r"\b(?:his|her|their|the)\s+([A-Z][a-z]+)\s+(?:talks|meeting|visit|summit)\b")


def places_in(text: str, offset: int) -> list[PlaceHit]:
    out = []
    for m in LOCATIVE.finditer(text):
        if TOPICAL.search(text, max(0, m.start() - 40), m.start()):
            continue
        loc = resolve_place(m.group(1), text[m.end(1) :])
        if loc is not None:
            out.append(PlaceHit(offset + m.start(1), offset + m.end(1), loc))
    return out


# "Kampala." or "ISLAMABAD" as a line of its own at the top of a story (after a byline such as "Staff Report").
LONE_DATELINE = re.compile(rf"^\s*({PLACE_WORDS})\.?\s*$")


PLACE_DATE_LINE = re.compile(
    rf"\s*({PLACE_WORDS}),[^\S\n]+(?:\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+(?:{MONTH_WORDS})\.?|(?:{MONTH_WORDS})\.?"
    rf"[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?,?)(?:[^\S\n]+(?:19|20)\d\d)?\.?\s*"  # "Manila, February 14" too
)
# Above a page's headline: "New York\n\n17 September 2023\n\nReadout of ...", "Ankara, Turkey\n\n25 April 2022"
PLACE_OVER_DATE = re.compile(
    rf"(?:^|\n)[^\S\n]*({PLACE_WORDS})(?:,[^\S\n]+{PLACE_WORDS})?[^\S\n]*\n\s*"
    rf"(?:\d{{1,2}}[^\S\n]+(?:{MONTH_WORDS})|(?:{MONTH_WORDS})[^\S\n]+\d{{1,2}},?)[^\S\n]+(?:19|20)\d\d[^\S\n]*(?:\n|$)"
)


BRACKETED_CREDIT = re.compile(r"\s*[\[(]\s*(?:Photo|Photograph|Image|File photo)\b", re.I)  # "[Photo by X/Xinhua]"
PHOTO_CREDIT = re.compile(rf"{BRACKETED_CREDIT.pattern}|\bPhoto\s*:\s*\w", re.I)  # or "Photo: YONHAP News"
# A line of a page's head with no sentence in it: no closing stop, short.
HEADER_LINE = re.compile(r"[^\n]{1,150}(?<![.!?\"”])")


def dateline_place(pd: ParsedDoc) -> PlaceHit | None:
    """ "KABUL – ...", "Beijing, April 28th—" or "Kampala." on a line of its own at the start of the body. Found
    once per document: every event asks."""
    if "dateline_place" not in pd.cache:
        pd.cache["dateline_place"] = _find_dateline_place(pd)
    return cast("PlaceHit | None", pd.cache["dateline_place"])


def _find_dateline_place(pd: ParsedDoc) -> PlaceHit | None:
    headers = 0  # lines before the prose: a masthead, a headline, a timestamp ("2026-02-11 - 07:08")
    for s in pd.sentences[:8]:
        m = (LONE_DATELINE.match(s.text) if s.index < 3 else None) or (
            DATELINE.match(s.text) if s.index - headers < 2 else None
        )
        if m is None and s.index == headers:
            # "New York, 01 October 2015" on a line of its own over the story: the place it was written in
            m = PLACE_DATE_LINE.fullmatch(s.text)
        # a photo's caption over the story is page furniture too ("... September 27, 2010.[Photo/Xinhua]")
        headers += bool(HEADER_LINE.fullmatch(s.text.strip()) or PHOTO_CREDIT.search(s.text))
        if m and m.group(1):
            name = m.group(1)
            loc = resolve_place(name.title() if name.isupper() else name)
            if loc and loc.name:
                if name.isupper():  # "ASTANA. KAZINFORM –": the city, not the stop after it
                    loc.name = re.sub(r"(?<=\w\w)\.$", "", name.title())
                return PlaceHit(s.start + m.start(1), s.start + m.end(1), loc)
    over = PLACE_OVER_DATE.search(pd.norm, 0, pd.body_start) if pd.body_start else None
    loc = resolve_place(over.group(1)) if over else None
    if over and loc and loc.name:
        return PlaceHit(over.start(1), over.end(1), loc)
    return None


def dateline_state(pd: ParsedDoc) -> str | None:
    """The state of a dateline's city or the state a dateline names alone ("KUWAIT:")."""
    city = dateline_place(pd)
    if city is not None:
        return city.location.country
    for s in pd.sentences[:2]:
        m = DATELINE.match(s.text)
        if m and m.group(1):
            name = m.group(1)
            loc = resolve_place(name.title() if name.isupper() else name)
            return loc.country if loc else None
    return None


@cache
def own_venue_pattern() -> re.Pattern[str]:
    names = [r["venue"] for r in gazetteer.data_rows("own_venues.tsv")]
    # "at the Foreign Ministry", "at his official suite at Sir Manasupe House"
    # "at the Mexican Foreign Ministry": the office of the state the demonym names
    # "received ... at State House": a capitalised office needs no article
    capitalised = [n for n in names if n[:1].isupper() and " " in n]
    return re.compile(
        r"\b(?:at|in)\s+(?:(?:the|his|her|their)\s+(?:(?P<demonym>(?-i:[A-Z][\w'’-]+))\s+)?("
        + gazetteer.alternation(names)
        + r")|(?-i:("
        + gazetteer.alternation(capitalised)
        + r")))(?!\s+of\b)",
        re.I,
    )


def own_venue_in(text: str, offset: int, publisher_country: str | None) -> PlaceHit | None:
    """ "at the Prime Minister's Office" in a readout of the office's own state: that state's capital;
    "at the Mexican Foreign Ministry": Mexico's."""
    m = own_venue_pattern().search(text)
    if m is None:
        return None
    group = 2 if m.group(2) else 3
    state, start = publisher_country, m.start(group)
    if m["demonym"]:
        hit = gazetteer.polities().lookup(m["demonym"])
        if hit is not None and hit.is_demonym and not hit.is_org:
            state = hit.code
        elif fold(f"{m['demonym']} {m.group(2)}") in _own_venue_names():
            start = m.start("demonym")  # "at the Foreign Ministry"
        else:
            return None  # "at the Sheraton Presidential Palace": no state's office
    loc = capital_location(state) if state else None
    town = re.match(r",?\s+([A-Z][\w'’-]+)\b", text[m.end(group) :])
    if town and (city := resolve_place(town.group(1))) and city.name and (state is None or city.country == state):
        loc = city  # "at State House Entebbe", "at the Presidential Palace, Bogor": the town named after it
    return PlaceHit(offset + start, offset + m.end(group), loc) if loc else None


@cache
def _own_venue_names() -> frozenset[str]:
    return frozenset(fold(r["venue"]) for r in gazetteer.data_rows("own_venues.tsv"))


def capital_location(iso3: str) -> Location | None:
    city = gazetteer.places().capitals.get(iso3)
    return _loc(city.name, iso3, city) if city else None


SMALL_TOWN = 100_000  # below this population a capitalised word is a town only when the model agrees
BIG_CITY = 1_000_000  # a building named after a smaller city than this is not taken to stand in it


def participants_city(location: Location, parts: list[Participant]) -> Location:
    """A city name several states share is the one in a participant's state ("San José" of Costa Rica
    when its president hosts Panama's, not the Californian city) - when that city is one where
    states meet: a capital or a large city, not a small namesake (Geneva, Illinois)."""
    states = [p.country for p in parts if p.country]
    if not location.name or location.country in states:
        return location
    pl = gazetteer.places()
    for code in states:
        city = pl.city(location.name, code)
        if city is not None and (city.population >= SMALL_TOWN or pl.capitals.get(code) == city):
            return Location(location.name, code, round(city.lat, 4), round(city.lon, 4))
    return location


def confirmed_place(pd: ParsedDoc, hit: PlaceHit) -> bool:
    """A small town's name that is also a word ("in March", "the Republic of ...") counts only where
    the statistical model reads a place there; cities, capitals, venues and states always count."""
    loc = hit.location
    if loc.name is None or loc.country is None:
        return True
    city = gazetteer.places().city(loc.name, loc.country)
    if city is None or city.population >= SMALL_TOWN or gazetteer.places().capitals.get(loc.country) == city:
        return True
    home = {pd.publisher_country, pd.cache.get("press_state")}
    if loc.country not in set(states_named(pd)) | home:
        return False  # "the SCO meet in Goa" (India's state): a small namesake in a state the text never names

    if re.match(r",\s+[A-Z]", pd.norm[hit.end : hit.end + 3]):
        return True  # "Rancho Mirage, California"
    return any(e.label != "PERSON" and e.start < hit.end and hit.start < e.end for e in pd.entities)


def states_named(pd: ParsedDoc) -> dict[str, int]:
    """How often the headline and body name each state ("Italy-North Macedonia relations" names both), counted
    once per document for every layer that asks."""
    named = cast("dict[str, int] | None", pd.cache.get("states_named"))
    if named is None:
        named = {}
        for text in (pd.headline or "", pd.norm[pd.body_start :]):
            text = re.sub(r"(?<=[a-z])-(?=[A-Z])", " ", text)
            for _s, _e, hit in gazetteer.polities().find(text):
                if not hit.is_org:
                    named[hit.code] = named.get(hit.code, 0) + 1
        pd.cache["states_named"] = named
    return named


# "Lavrov and Fidan last met on the sidelines of the G20 ... in Rio": the time before (no cue is read there).
LAST_TIME = re.compile(r"\b(?:last|previously)\s+(?:met|spoke|talked|held talks)\b")
LAST_MET = re.compile(
    rf"{LAST_TIME.pattern}|\b(?:first|earlier)\s+(?:met|spoke|talked|held talks)\b|\blast (?:meeting|talks)\b"
)
# "the implementation of the agreements reached during the summit ... in New York": an earlier occasion's place.
AGREED_EARLIER = re.compile(
    r"\b(?:agreements?|decisions?|understandings?|arrangements?|accords?|consensus)\s+"
    r"(?:reached|adopted|agreed(?:\s+upon)?|concluded|taken)\b"
)
SIDELINES_OF = re.compile(r"\bon the (?:sidelines|margins) of\b")
SIDELINES = re.compile(SIDELINES_OF.pattern + r"[^.;]{0,120}?\b(?:in|at)\s+(?=[A-Z])")


def sidelines_place(pd: ParsedDoc, other_time: re.Pattern[str] | None = None) -> PlaceHit | None:
    """ "... with his Russian counterpart on the sidelines of the UN General Assembly in New York": where
    the text puts the meeting, though not in the sentence that reports it, nor in one that opens on
    ``other_time`` ("Recalling the meeting ... on the sidelines of the NAM Summit in Baku")."""
    for s in pd.sentences:
        if other_time is not None and other_time.match(s.text) or LAST_MET.search(s.text):
            continue  # "Lavrov and Fidan last met on the sidelines of the G20 ... in Rio de Janeiro"
        m = SIDELINES.search(s.text)
        if m and AGREED_EARLIER.search(s.text, 0, m.start()):
            continue
        if m:
            hit = place_in(s.text[m.end() - 3 :], s.start + m.end() - 3)
            if hit is not None and confirmed_place(pd, hit):
                return hit
        if m or SIDELINES_OF.search(s.text):
            for later in pd.sentences[s.index + 1 : s.index + 4]:
                # "... on the sidelines of an extraordinary meeting of the Turkic Council. ... The extraordinary
                # meeting ... is held in Baku on Feb. 6.": the occasion's place told later.
                held = OCCASION_HELD_IN.search(later.text)
                hit = place_in(later.text[held.end() - 3 :], later.start + held.end() - 3) if held else None
                if hit is not None and confirmed_place(pd, hit):
                    return hit
    return None


OCCASION_HELD_IN = re.compile(
    r"\b(?:meeting|summit|session|forum|conference|gathering)\b[^.;]{0,80}?\b(?:is|was|are|were)\s+(?:being\s+)?"
    r"held\s+in\b"
)
