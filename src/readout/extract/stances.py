"""Stances: who backs or rejects whose position on which issue.

For each support or opposition cue in a sentence (``data/stance_cues.tsv``):
- the holder is the clause's subject: a state ("Kyrgyzstan firmly supports"), a side ("the
  Chinese side"), a person ("Secretary Pompeo reaffirmed"), a group ("the leaders", "they",
  "the three sides": every party of the interaction reported last, or of those reported
  together), "he"/"she", "we" (the quoted speaker's side, else the publisher's), or the
  subject after "said that"; a state in a prepositional phrase or addressed ("urge the US
  to") is never the subject;
- the other side's position reported by the publisher is held by that side ("thanked Norway
  for its support to Ukraine", "appreciates Kyrgyzstan's support", "appreciation for the US
  position regarding Israel's right");
- the target is the first state or organisation after the cue (with those listed beside it),
  the owner of the conduct condemned ("Russia's brutal attacks", "the offensive launched by
  Azerbaijan", "urge Russia to withdraw"), never its victim ("the invasion of Ukraine") nor
  a partner named with "between"; when the text names no one, the issue's owner
  (``data/issue_targets.tsv``) where the clause names the conduct;
- the issue is the most specific code found between this cue and the next (each claim once),
  or, failing that, in the sentence before; an attack opposed is the document's conflict;
  opposing interference in X's affairs is support of X.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from readout import gazetteer
from readout.extract.actors import Actors, Person
from readout.extract.document import ParsedDoc, Sentence
from readout.extract.spans import SpanSet
from readout.extract.topics import find_topics, mask
from readout.model import Event, Stance

SPEECH_END = re.compile(
    r"\b(?:(?:said|says|stated|noted|added)(?:\s+that|,)?"
    r"|(?:stressed|emphasi[sz]ed|pointed out|expressed|indicated|believed|hoped|reiterated|underlined|"
    r"underscored|affirmed|reaffirmed|asserted|declared|maintained|insisted|recalled|observed|remarked)"
    r"(?:\s+that|,))\s+",
)
# "Russia's brutal, appalling, and indiscriminate attacks": the conduct's owner is opposed.
EVALUATIVE_WORDS = (
    r"(?:brutal|illegal|unprovoked|full-scale|unjustified|illegitimate|appalling|indiscriminate|barbaric|"
    r"reckless|senseless|ruthless|criminal|unlawful|blatant|flagrant|heinous|cowardly|wanton)"
)
# Conduct named as a threat in itself, after its owner ("Iran's pursuit of nuclear weapons").
OWNED_CONDUCT = (
    r"(?:(?<='s )|(?<=’s ))(?:pursuit of nuclear weapons|(?:nuclear and |ballistic )*missile provocations|"
    r"provocations|coercion|coercive (?:actions|practices)|malign (?:activities|influence|behaviou?r)|"
    r"destabili[sz]ing (?:activities|actions|behaviou?r)|(?:\w+ )?aggression against|(?:\w+ )?invasion of|"
    r"acts? of aggression|malign activity|(?:aggressive|provocative) (?:actions|acts|behaviou?r)|(?:\w+ )?blockade of|"
    r"violations? of (?:\w+ )?(?:airspace|territorial waters|borders?)|incursions? into)"
)
# "India's illegal and unilateral actions", "the provocative acts of the DPRK": conduct judged by its words
JUDGED_WORDS = (
    r"(?:illegal|unlawful|illegitimate|unilateral|provocative|aggressive|hostile|destabili[sz]ing|dangerous|escalatory|"
    r"coercive|irresponsible)"
)
JUDGED_ACTS = (
    rf"{JUDGED_WORDS}(?:(?:,\s*(?:and\s+)?|\s+and\s+){JUDGED_WORDS})?\s+(?:actions|acts|moves|steps|conduct)\b"
)
EVALUATIVE = re.compile(
    rf"war of (?:aggression|choice)|{OWNED_CONDUCT}|{JUDGED_ACTS}|"
    rf"{EVALUATIVE_WORDS}(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s+){EVALUATIVE_WORDS}){{0,3}}\s+"
    r"(?:war|invasion|aggression|attacks?|strikes?|occupation|annexation|shelling|bombardment)"
    r"|illegally occupied"
)
CONDUCT_AFTER = re.compile(
    rf"(?:'s|’s)?\s+(?:{EVALUATIVE_WORDS}(?:,?\s+(?:and\s+)?{EVALUATIVE_WORDS})*\s+)?(?:(?:military|armed|full-scale)\s+)?"
    r"(?:war|invasion|aggression|attacks?|strikes?|occupation|annexation|shelling|bombardment|missile launches|"
    r"nuclear (?:programme|program|tests?|weapons)|provocations?|(?:illegally\s+)?occupied|"
    # "the continued Israeli violations against the Palestinian people", "the Israeli escalation in the West Bank"
    r"violations|crimes|atrocities|massacres?|escalation|incursions?|raids?|air ?strikes|blockade|siege|"
    r"settlement (?:activities|activity|expansion|construction))\b"
)
OBJECT_BEFORE = re.compile(
    r"\b(?:in|on|of|for|with|to|about|over|against|from|at|by|into|towards?|regarding|concerning|including|"
    r"across|near|within|among|than)\s+(?:the\s+)?$",
    re.I,
)
ADDRESSEE_BEFORE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:up)?on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|need\s+for|"
    r"warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|blam(?:e|es|ed|ing)|"
    r"demand(?:s|ed|ing)?\s+(?:that\s+)?)\s+(?:the\s+)?$"
)
# A backing cue inside what one side demands of another ("urge the US to abide by the one-China
# principle") is the demand's content, not the addressee's position.
DEMAND_BEFORE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:up)?on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|need\s+for|"
    r"demand(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|request(?:s|ed|ing)?|count(?:s|ed|ing)?\s+on|"
    r"rel(?:y|ies|ied|ying)\s+on|expect(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\s+(?:\S+\s+){1,4}to\s+(?:\S+\s+){0,3}$"
)
OWN_STATE = re.compile(
    r"\bthe (?P<form>Kingdom|Republic|Government|Islamic Emirate|Federation|Sultanate|State)(?:'s|’s)?(?!\s+of\b)"
)
# "the Kingdom" in a Pakistani readout of a call with the Saudi minister is Saudi Arabia: a form of state that few
# states have names the publisher's own state only when it has that form, else the one party of the meeting that has
# it (the states of each form are those whose names in countries.tsv hold it)
DISTINCTIVE_FORMS = ("Kingdom", "Sultanate", "Islamic Emirate")


def _state_of_form(form: str, own: str, event_parties: list[str]) -> str | None:
    states = gazetteer.states_styled(form) if form in DISTINCTIVE_FORMS else None
    if states is None or own in states:
        return own
    having = [p for p in event_parties if p in states]
    return having[0] if len(having) == 1 else None


GEOGRAPHIC_NAME = re.compile(r"\s+(?:Strait|Straits|Sea|Seas|Peninsula|Islands?|Gulf|Bay|Canal)\b")
# Cues that are nouns take their holder from a possessive: "Pakistan's firm support", "the UK's condemnation".
NOUN_CUE = re.compile(
    r"(?:support|backing|condemnation|opposition|objections?|concerns?|rejection|reservations?)(?:\s+(?:of|for|to|on))?$"
    r"|^(?:\w+ )?(?:position|stance) (?:on|regarding|concerning|towards|over|with regard to) "
    r"|reservations?\b[^.]*\b(?:on|about|over|regarding)$"
)
CLAUSE_BREAK = re.compile(
    r";|\bwhile\b|,\s+and\s+(?=(?:The|They|He|She|President|Prime|Secretary|Foreign|Minister|Chancellor|"
    r"Premier|Vice|State|Ambassador|the (?:leaders|two|sides|ministers)|they|he|she|both)\b"
    # "China and Cambodia are ironclad friends, and China will firmly support ...": a state as the new subject
    r"|(?-i:[A-Z][a-z]+)(?:,\s+as always,)?\s+(?:will|would|is|has|always|firmly|fully|also|strongly|resolutely|"
    r"supports?|opposes?|reaffirm\w*|reiterat\w*|stands?|appreciates?|welcomes?|condemns?)\b)"
    # "... pressed for the release of citizens detained in the PRC and made clear that ...": a new claim
    r"|,?\s+and\s+(?=(?:also\s+)?(?:made clear|said|stated|stressed|noted|reiterated|underscored|underlined|"
    r"emphasi[sz]ed|expressed|called|urged|welcomed|agreed|discussed|raised|highlighted|briefed|informed|apprised|"
    r"thanked|conveyed|condemned|invited|reaffirmed|affirmed|pledged|voiced|commended|praised|appreciated|"
    r"supported|rejected|opposed|denounced|deplored|hailed|lauded|encouraged|assured|offered|proposed|"
    r"suggested|requested|announced|recalled|acknowledged|recogni[sz]ed|exchanged)\b(?!\s+by\b))"
)
GROUP_SUBJECT = re.compile(
    r"\b(?:the two sides|both sides|the sides|they|the leaders|the two leaders|the ministers|the two ministers|"
    r"the (?:two )?parties|both parties|the two (?:nations|governments|heads of state)|both (?:nations|governments)|"
    r"all (?:the )?(?:parties|sides|participants)|"  # "adding that all parties support WHO"
    r"the (?:two )?top diplomats|the interlocutors|"
    r"both leaders|both|the two countries|both countries|"
    r"(?:the|all) (?:three|four|five|six|seven|eight|nine|ten) (?:sides|leaders|ministers|foreign ministers|countries)|"
    r"the (?:two )?(?:foreign ministers|heads of state|heads of government|participants|presidents|prime ministers|"
    r"secretaries|defen[cs]e ministers|chancellors|officials|delegations))\b"
    # "the G7 leaders", "the Quad foreign ministers": the members the text fixes
    r"|\b(?-i:[Tt]he (?:G\d+|[A-Z]{2,}|Quad) (?:leaders|(?:foreign )?ministers|heads of state))\b",
    re.I,
)
AMBASSADORS = re.compile(r"\bthe (?:ambassadors|envoys|counterparts|diplomats)\b", re.I)
OWN_COUNTRY = re.compile(r"\b(?:his|her|their) (?:country|government|nation)(?:['’]s)?")
PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
# An office named alone ("The minister also condemned"): the one holding it named last
MINISTRY_ALONE = re.compile(r"\b[Tt]he (?:[Ff]oreign )?[Mm]inistry\b(?!\s+of\b)")
OFFICE_ALONE = re.compile(
    r"\bthe (?:(?:foreign|prime|defen[cs]e) )?(?P<office>minister|president|premier|chancellor|ambassador|envoy)\b"
    r"(?!\s+(?:of|for|and)\b)",
    re.I,
)
WE = re.compile(r"\b[Ww]e\b")
# "I reaffirm our support" in a message or a quote: the speaker's side (not "World War I", "Phase I")
FIRST_PERSON = re.compile(r"(?<!War )(?<!Phase )(?<!Title )(?<!Part )(?<!Article )(?<!Chapter )\bI(?= [a-z]{2,})")
# "stands with Korea in condemning", "joined Japan in calling for": the one joined holds the position too
JOINED_IN = re.compile(
    r"\b(?:stands?|stood|standing|join(?:s|ed|ing)?)\s+(?:firmly\s+|together\s+)?(?:with\s+)?(?P<who>[^,;]{2,70}?)"
    r"\s+in\s+$"
)
# Support given as aid ("its support in providing humanitarian aid"): courtesy, not a position (spec)
AID_WORDS = re.compile(r"\b(?:humanitarian|aid|assistance|donations?|relief|reconstruction|recovery)\b", re.I)
# "According to Holm, ...", "According to the minister, ...": a speaker named before what is said
ACCORDING_TO = re.compile(r"\s*[Aa]ccording to\s+(?P<who>[^,;.]{1,80}),")
TOGETHER_BEFORE = re.compile(r"\b[Tt]ogether,?\s+$")
TOGETHER_AFTER = re.compile(r"\s+(?:both|together|jointly)\b")
GROUP_ORDER = [
    "sovereignty",
    "region",
    "security",
    "economy",
    "health",
    "environment",
    "society",
    "multilateral",
]
SECURITY_RANK = GROUP_ORDER.index("security")
# The sovereignty questions issues.tsv names by place; TERRITORIAL_INTEGRITY is any other
NAMED_SOVEREIGNTY = {"TAIWAN", "HONG_KONG", "XINJIANG", "TIBET", "SOUTH_CHINA_SEA"}
# A state whose nuclear programme has its own code (spec: the DPRK's nuclear programme -> KOREAN_PENINSULA)
NUCLEAR_PROGRAMMES = {"IRN": "IRAN", "PRK": "KOREAN_PENINSULA"}
# Groups whose codes are positions a state can be thanked for backing (sovereignty, a conflict, security)
POSITION_GROUPS = {"sovereignty", "region", "security", "multilateral"}


@dataclass
class Party:
    start: int  # offset in sentence
    end: int
    codes: list[str]
    possessive: bool
    demonym: bool
    kind: str  # "polity", "side", "person", "group", "pronoun"
    addressee: bool = False  # "urge the US to ...": the one addressed is not the clause's subject


@cache
def stance_cues() -> tuple[list[tuple[str, re.Pattern[str]]], list[re.Pattern[str]]]:
    rows = gazetteer.cue_table("stance_cues.tsv")
    return [r for r in rows if r[0] != "-"], [p for c, p in rows if c == "-"]


@cache
def _capital_states() -> dict[str, str]:
    """Capitals and other names that stand for governments in news style ("Beijing", "Kyiv", "the Kremlin")."""
    out = {c.capital: iso3 for iso3, c in gazetteer.polities().countries.items() if len(c.capital) >= 4}
    out.pop("Jerusalem", None)  # a contested city, named as a place, not as a government
    out.update({r["name"]: r["code"] for r in gazetteer.data_rows("stance_aliases.tsv")})  # "the Kremlin"
    return out


@cache
def _capitals() -> re.Pattern[str]:
    names = sorted(_capital_states(), key=len, reverse=True)
    # not "Paris Agreement", "Beijing Winter Olympics", "Moscow time"
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b(?!\s+(?:[A-Z]|time\b))")


@cache
def issue_rank() -> dict[str, int]:
    rows = gazetteer.data_rows("issues.tsv")
    return {r["code"]: GROUP_ORDER.index(r["group"]) if r["group"] in GROUP_ORDER else 9 for r in rows}


@cache
def issue_groups() -> dict[str, str]:
    return {r["code"]: r["group"] for r in gazetteer.data_rows("issues.tsv")}


def issue_group(code: str) -> str:
    return issue_groups().get(code, "")


@cache
def issue_targets() -> dict[tuple[str, str], tuple[str, re.Pattern[str] | None]]:
    """(issue, alignment) -> the state whose position the issue is, when the text names no one, and
    what the clause must name for that to hold."""
    out: dict[tuple[str, str], tuple[str, re.Pattern[str] | None]] = {}
    for r in gazetteer.data_rows("issue_targets.tsv"):
        clause = re.compile(r["clause"], re.I) if r.get("clause") else None
        for alignment in gazetteer.split_list(r["alignments"]):
            out[(r["issue"], alignment)] = (r["target"], clause)
    return out


def _parties(
    pd: ParsedDoc,
    actors: Actors,
    s: Sentence,
    event_parties: list[str],
    group_parties: list[str],
    last_person: Person | None,
    surnames: dict[str, str] | None = None,
    prev_speaker: list[str] | None = None,
) -> list[Party]:
    text = s.text
    out: list[Party] = []
    pol = gazetteer.polities()
    person_spans = []
    for mention in actors.in_span(s.start, s.end):
        if mention.person is not None:
            a, b = mention.start - s.start, mention.end - s.start
            person_spans.append((a, b))
            poss = text[a:b].endswith(("'s", "’s")) or text[b : b + 2] in ("'s", "’s")  # "Poroshenko's announcement"
            out.append(Party(a, b, [mention.person.party], poss, False, "person"))
    mentioned = SpanSet(person_spans)  # looked up in log time: a sentence may hold a thousand names
    for name, party in (surnames or {}).items():  # "Kakubo congratulated ...": a participant's family name
        for m in re.finditer(rf"\b(?:{re.escape(name)}|{re.escape(name.upper())})\b", text):  # "Minister MOTEGI"
            if not mentioned.covers(m.start()):
                poss = text[m.end() : m.end() + 2] in ("'s", "’s")
                out.append(Party(m.start(), m.end(), [party], poss, False, "person"))
                person_spans.append((m.start(), m.end()))
    in_person = SpanSet(person_spans)
    for a, b, hit in pol.find(text):
        if in_person.covers(a) or GEOGRAPHIC_NAME.match(text, b):
            continue  # "the Taiwan Strait", "the South China Sea" name waters, not states
        tail = text[b : b + 6]
        kind = "side" if re.match(r"\s+side\b", tail) else "polity"
        if kind == "side":
            b = b + len(re.match(r"\s+side", tail).group(0))  # type: ignore[union-attr]
            poss = text[b : b + 2] in ("'s", "’s")
        else:
            poss = text[a:b].endswith(("'s", "’s", "s'")) or (text[a:b].endswith("s") and text[b : b + 1] in "'’")
        out.append(Party(a, b, [hit.code], poss, hit.is_demonym and kind == "polity", kind))
    for m in _capitals().finditer(text):  # "urged Beijing to stop", "Moscow's aggression": the government
        if not PLACE_BEFORE.search(text, _back(m.start()), m.start()):
            a, b = m.start(), m.end()
            poss = text[b : b + 2] in ("'s", "’s")
            out.append(Party(a, b + (2 if poss else 0), [_capital_states()[m.group(0)]], poss, False, "polity"))
    for m in re.finditer(r"\b([A-Z][\w]+)-\s*(?:led|owned)\b", text):  # "an Afghan-led process", "Afghan-\nled"
        for _a, _b, hit in pol.find(m.group(1)):
            out.append(Party(m.start(), m.end(1), [hit.code], False, hit.is_demonym, "polity"))
    for a, b, members in pol.find_groups(text):
        out.append(Party(a, b, list(members), text[b : b + 2] in ("'s", "’s"), False, "polity"))
    if pd.publisher_country:  # "the Kingdom's steadfast position" in a Saudi readout
        for m in OWN_STATE.finditer(text):
            state = _state_of_form(m.group("form"), pd.publisher_country, event_parties)
            if state:
                out.append(Party(m.start(), m.end(), [state], m.group(0).endswith("s"), False, "polity"))
    for m in GROUP_SUBJECT.finditer(text):
        out.append(Party(m.start(), m.end(), list(event_parties), False, False, "group"))
    for m in AMBASSADORS.finditer(text):
        out.append(Party(m.start(), m.end(), list(group_parties or event_parties), False, False, "group"))
    if pd.publisher_country:  # "The Ministry strongly condemns": the publisher's own ministry
        for m in MINISTRY_ALONE.finditer(text):
            out.append(Party(m.start(), m.end(), [pd.publisher_country], False, False, "polity"))
    for m in OFFICE_ALONE.finditer(text):
        if in_person.covers(m.start()) or in_person.covers(m.end() - 1):
            continue  # an office the actor layer already resolved ("the Prime Minister" of the meeting)
        holder_of = _office_holder(actors, m.group("office").lower(), s.start, pd.publisher_country)
        if holder_of:
            out.append(Party(m.start(), m.end(), [holder_of], False, False, "pronoun"))
    for m in PRONOUN.finditer(text):
        # "The Russian diplomat stressed ... He spoke highly of": the one who opened the sentence before
        codes = prev_speaker if prev_speaker and m.start() == 0 else [last_person.party] if last_person else []
        if codes:
            out.append(Party(m.start(), m.end(), list(codes), False, False, "pronoun"))
    for m in OWN_COUNTRY.finditer(text):
        # "The ambassador emphasized that her country fully supports ...": the state of who speaks
        before = [p.codes for p in out if p.kind in ("person", "pronoun") and p.end <= m.start() and "?" not in p.codes]
        codes = before[-1] if before else [last_person.party] if last_person and last_person.party != "?" else []
        if codes:
            out.append(Party(m.start(), m.end(), list(codes), m.group(0).endswith("s"), False, "pronoun"))
    # "We" is the side of the person quoted in the sentence, else the publisher's ("We are deeply concerned").
    speakers = [p.codes for p in out if p.kind in ("person", "pronoun")]
    # in a joint article or statement, "we" are its authors ("Joint op-ed by the British and Ukrainian ministers")
    own = (
        speakers[0] if speakers else _joint_authors(pd) or [c for c in [pd.publisher_country or pd.publisher_org] if c]
    )
    for m in WE.finditer(text):
        # "together we can help Ukraine", "we both": every party of the interaction
        joint = TOGETHER_BEFORE.search(text, _back(m.start(), 30), m.start()) or TOGETHER_AFTER.match(text, m.end())
        codes = event_parties if joint and len(event_parties) > 1 else own
        if codes:
            out.append(Party(m.start(), m.end(), list(codes), False, False, "pronoun"))
    # "I": a speaker of known side in the sentence ('"I condemn ...," Macron said'), else the publisher's
    known = [p.codes for p in out if p.kind in ("person", "pronoun") and "?" not in p.codes]
    me = known[0] if known else [c for c in [pd.publisher_country or pd.publisher_org] if c]
    if me:
        for m in FIRST_PERSON.finditer(text):
            out.append(Party(m.start(), m.end(), list(me), False, False, "pronoun"))
    for p in out:
        # "urge the US to ...", "the war in Afghanistan": the one addressed or named in a phrase is no subject
        p.addressee = bool(
            ADDRESSEE_BEFORE.search(text, _back(p.start), p.start)
            or OBJECT_BEFORE.search(text, _back(p.start), p.start)
        )
    return sorted(out, key=lambda p: p.start)


def _office_holder(actors: Actors, office: str, before: int, own: str | None) -> str:
    """The side of the people named before ``before`` whose title holds ``office``: the one side, or the
    publisher's among several ("" when none or unclear)."""
    sides = {
        person.party
        for person in actors.people
        if person.title
        and office in person.title.lower()
        and person.party != "?"
        and any(m.start < before for m in person.mentions)
    }
    if len(sides) == 1:
        return sides.pop()
    return own if own in sides else ""


# "the UN General Assembly, which again condemned", "met Shoukry, who condemned": a relative clause's own subject
RELATIVE_BEFORE = re.compile(
    r",\s*(?:which|who)\s+(?:(?:has|have|had|again|also|always|consistently|repeatedly|strongly|firmly|resolutely|"
    r"[a-z]+ly)\s+)*$"
)
# "the UN General Assembly, which condemned ...": an organisation's organ named after it is the organisation
ORGAN_AFTER = re.compile(
    r"\s+(?:General Assembly|Security Council|Human Rights Council|Commission|Council|Parliament|Assembly|Secretariat)"
    r"\s*"
)
# "welcomed that Hungary supports", "is grateful that Lithuania and Poland continue to support": the that-clause's own
# subject, whoever welcomes it
THAT_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?$")
WISHED_BEFORE = re.compile(
    r"\b(?:hop\w*|expect\w*|wish\w*|ask\w*|request\w*|urg\w*|demand\w*|insist\w*|call\w*|propos\w*|suggest\w*|"
    r"recommend\w*|trust\w*|confident)\s+(?:\w+\s+){0,2}that\s+(?:the\s+)?$"
)
THAT_GAP = re.compile(
    r"(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*"
    r"(?:\s+(?:is|are|was|were|has|have|had|will|would|shall|can|could|also|firmly|strongly|resolutely|always|fully|"
    r"consistently|still|again|continues?|continued|to|side))*\s+"
)


def _antecedent(parties: list[Party], text: str, at: int) -> Party | None:
    """The party a relative clause starting at ``at`` is about: the one named right before it, not a place."""
    named = [
        p
        for p in parties
        if (0 <= at - p.end <= 1 or (0 <= at - p.end <= 40 and ORGAN_AFTER.fullmatch(text, p.end, at)))
        and p.kind in ("polity", "side", "person")
        and "?" not in p.codes
        # "at the UN General Assembly, which condemned": a body met at is no place
        and (
            not PLACE_BEFORE.search(text, _back(p.start, 30), p.start)
            or all(c in gazetteer.polities().orgs for c in p.codes)
        )
    ]
    return named[-1] if named else None


def _that_subject(parties: list[Party], text: str, start: int, cs: int) -> Party | None:
    """The party that opens a that-clause whose verb is the cue at ``cs`` (with those listed after it)."""
    for p in parties:
        if (
            start <= p.start
            and p.end <= cs
            and not p.possessive
            and p.codes
            and "?" not in p.codes
            and p.kind in ("polity", "side", "person", "group")
            and THAT_BEFORE.search(text, max(0, p.start - 12), p.start)
            and THAT_GAP.fullmatch(text, p.end, cs)
        ):
            # "expressed hope that Lithuania will support": what one side hopes or asks the other will do is no one's
            return None if WISHED_BEFORE.search(text, max(0, p.start - 60), p.start) else p
    return None


def _subject(parties: list[Party], start: int, end: int) -> Party | None:
    for p in parties:
        if start <= p.start < end and not p.possessive and p.codes and not p.addressee:
            return p
    for p in parties:  # "China's stance of opposing": a possessive subject
        if start <= p.start < end and p.codes and not p.addressee:
            return p
    return None


def _targets(
    parties: list[Party],
    text: str,
    start: int,
    end: int,
    holder: set[str],
    last: list[str],
    topic_spans: list[tuple[int, int]],
    cue_end: int = -1,
    supports: bool = False,
) -> list[str]:
    """The first party after the cue, those listed with it ("Cuban and Bolivian") or named as agent ("by the US").

    A state named as the issue itself ("on issues concerning Taiwan", "the South China Sea") is no
    target unless it acts ("played by Taiwan", "Taiwan's"); the owner of a war or aggression is never
    the one supported ("support to Ukraine in the face of Russian aggression").
    """
    cands = [
        p for p in parties if start <= p.start < end and p.kind in ("polity", "side", "person") and "?" not in p.codes
    ]
    if supports:
        # "Iran's support to Russia's war against Ukraine": the owner of the war right after the cue is the one backed
        cands = [
            p
            for p in cands
            if not CONDUCT_AFTER.match(text, p.end)
            or (p.possessive and SUPPORT_OBJECT_GAP.fullmatch(text, cue_end, p.start) is not None)
        ]
    # "negotiations on a free trade agreement between Thailand and the EAEU" name partners, not a target
    cands = [p for p in cands if not re.search(r"\bbetween\b[^,;.]{0,80}$", text[start : p.start])]
    # "concern at the insufficient cooperation of this country with the IAEA": a partner, not the one opposed
    cands = [p for p in cands if supports or not PARTNER_WITH.search(text, _back(p.start), p.start)]
    # "supports the Global Development Initiative, and is willing to strengthen cooperation with China": a partner of
    # the cooperation named further on is not the one backed
    cands = [
        p
        for p in cands
        if not supports
        or not re.search(r",\s+and\b", text[cue_end : p.start])
        or not COOPERATING_WITH.search(text, _back(p.start), p.start)
    ]
    # "the attack ... in the Kurdistan Region of Iraq": where it happened, not who did it
    cands = [p for p in cands if supports or p.possessive or not PLACE_OF.search(text, _back(p.start), p.start)]
    # "the suicide attack on civilians in Afghanistan's Paktika province": a place, though written with "'s"
    cands = [
        p
        for p in cands
        if supports
        or not (p.possessive and PLACE_NOUN_AFTER.match(text, p.end))
        or not re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", text[_back(p.start, 12) : p.start])
    ]
    # "its principled position on Taiwan": a state named as the question a position is on is the issue
    cands = [p for p in cands if p.possessive or not POSITION_ON.search(text, _back(p.start), p.start)]
    # "the summit held in the Ethiopian capital" names a place
    cands = [
        p
        for p in cands
        if not (
            VENUE_BEFORE.search(text, _back(p.start), p.start)
            or (p.demonym and re.match(r"\s+(?:capital|city)\b", text[p.end :]))
        )
    ]
    cands = [
        p
        for p in cands
        if p.possessive
        or p.kind != "polity"
        or re.search(r"\b(?:by|of)\s+(?:the\s+)?$", text[_back(p.start) : p.start])
        # "unilateral actions by the Israelis and Palestinians": an agent listed with the agent named after "by"
        or re.search(
            r"\bby\s+(?:the\s+)?[A-Z][\w'’-]+\s*(?:,|and|,\s*and)\s+(?:the\s+)?$", text[_back(p.start) : p.start]
        )
        or re.fullmatch(r"\s*(?:(?:to|for|with|behind)\s+)?(?:the\s+)?", text[cue_end : p.start])  # "with Ukraine"
        or any(c in gazetteer.polities().orgs for c in p.codes)
        or not any(a <= p.start < b for a, b in topic_spans)
        or re.match(r"-\s*(?:led|owned)\b", text[p.end : p.end + 9])  # "an Afghan-led, Afghan-owned process"
        or (not supports and CONDUCT_AFTER.match(text, p.end))  # "the blatant Iranian attacks": their author
    ]
    cands = [p for p in cands if not set(p.codes) & holder]
    if supports:  # "a strong position on sanctions against Russia": the one sanctioned is never backed
        cands = [
            p
            for p in cands
            if p.possessive
            or not (
                PUNISHED_BEFORE.search(text, _back(p.start), p.start)
                or PRESSED_BEFORE.search(text, _back(p.start), p.start)
            )
        ]
        # "a peace conference recognized by both Russia and Ukraine": who would accept the thing backed is not
        # backed; its author is ("the peace formula put forward by Ukraine")
        cands = [
            p
            for p in cands
            if not ACCEPTED_BY.search(text, _back(p.start), p.start) or OWNER_BY.search(text, _back(p.start), p.start)
        ]
    if not supports:
        # "deter the North from launching provocations, including having the UN Security Council adopt ...": an
        # organisation named further on is a means, not the one opposed (unless its own conduct is: "NATO's expansion")
        orgs = gazetteer.polities().orgs
        cands = [
            p
            for p in cands
            if not all(c in orgs for c in p.codes)
            or p.possessive
            or re.fullmatch(r"\s*(?:the\s+)?", text[cue_end : p.start])
        ]
    if not supports:  # "evictions of Palestinian families carried out by Israel": the agent is opposed
        # "the attacks on Jordan's embassy by Israeli settlers": who attacked, after a plain "by" too
        agents = [
            p
            for p in cands
            if AGENT_BEFORE.search(text, _back(p.start), p.start)
            or (
                re.search(r"\bby\s+(?:the\s+)?$", text[_back(p.start, 20) : p.start])
                and ATTACK.search(text, start, p.start)
            )
        ]
        # the victim of an attack is never opposed, named with "'s" or not ("condemned the attacks on Ukraine's
        # energy infrastructure")
        cands = agents or [p for p in cands if not VICTIM_BEFORE.search(text, _back(p.start), p.start)]
    chosen: list[str] = []
    if cands:
        first = cands[0]
        chosen += first.codes
        prev_end = first.end
        for p in cands[1:]:
            gap = text[prev_end : p.start]
            # "interference by external forces in China's affairs" joins; "solidarity with Ukraine and
            # condolences for the deaths caused by Russia's attacks" is another clause, not a second target.
            agent = re.search(r"\bby\s+(?:the\s+)?$", gap) and len(gap.split()) <= 5 and " and " not in gap
            # "the Syrian regime and Russia": a state's organ named by its demonym, then the next state
            organ = first.demonym and re.fullmatch(r"\s+(?:regime|government|authorities|leadership)\s+and\s+", gap)
            if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", gap) or agent or organ:
                chosen += p.codes
                prev_end = p.end
    elif re.search(r"\bits\b", text[start:end]) and last:
        chosen = [c for c in last if c not in holder][:1]
    return list(dict.fromkeys(chosen))


SUPPORT_OBJECT_GAP = re.compile(r"\s+(?:to|for|of)\s+(?:the\s+)?")  # "support to Russia's war": its direct object
OWNERS_JOINED = re.compile(r"[^;:.]{0,80}?(?:,\s*|\s+and\s+|\s+as well as\s+)(?:the\s+)?$")


def _owned_conducts(
    parties: list[Party], text: str, cs: int, end: int, holder: list[str], offset: int
) -> dict[str, list[str]]:
    """Each owner's conduct, where one cue opposes the conduct of several states joined in a list ("condemned
    Russia's aggression and Iran's supply of drones"): issue -> its owner. Empty unless every owner's part has its
    own issue and the issues differ."""
    owners = [
        p
        for p in parties
        if cs <= p.start < end and p.possessive and p.kind == "polity" and not set(p.codes) & set(holder)
    ]
    if len(owners) < 2 or len({tuple(p.codes) for p in owners}) < len(owners):
        return {}
    if not all(OWNERS_JOINED.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(owners)):
        return {}
    out: dict[str, list[str]] = {}
    for a, b in itertools.pairwise([*owners, None]):
        assert a is not None
        part_end = b.start if b is not None else end
        codes = _issues(text[a.start : part_end], offset + a.start)
        if len(codes) == 1 and codes[0] == "NONPROLIFERATION" and a.codes[0] in NUCLEAR_PROGRAMMES:
            codes = [NUCLEAR_PROGRAMMES[a.codes[0]]]  # "Iran's nuclear programme" (spec)
        if len(codes) != 1 or codes[0] in out:
            return {}
        out[codes[0]] = list(a.codes)
    return out


RESPECTIVE = re.compile(
    r"\btheir\s+respective\s+(?:sovereignty|territorial integrity|core interests|security|independence)\b"
)
PREDICTED_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were) (?:expected|likely|set|due|scheduled|poised|slated) to|(?:plans?|planned|intends?|"
    r"intended) to)\s+(?:[\w-]+\s+){0,2}$"
)
DEFINITE_CONDUCT = re.compile(r"\s+(?:the|these|those|such)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]{4,})\s*(?:[.;,]|$)")


def _owner_told_before(before: str, after_cue: str) -> list[str]:
    """The one state whose conduct ``before`` names with the head noun of the definite object after a cue ("the
    attacks" after "Russia's attacks on ..."), as a possessive or a demonym ("Russian strikes")."""
    m = DEFINITE_CONDUCT.match(after_cue)
    if m is None:
        return []
    owners = {
        hit.code
        for a, b, hit in gazetteer.polities().find(before)
        if not hit.is_org
        and re.match(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}?{m['head']}\b", before[b:])
        and (hit.is_demonym or re.match(r"['’]s\b", before[b:]) or re.search(r"['’]s$", before[:b]))
    }
    return list(owners) if len(owners) == 1 else []


IDENTIFYING_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


def _identifying(s: Sentence, events: list[Event], actor_index: SpanSet) -> list[tuple[int, int]]:
    """The people of a sentence, and in a sentence that tells an interaction the states that only say whose they
    are ("met Foreign Minister X of Ukraine", "the Ukrainian minister"): no subject matter a later claim refers to."""
    spans = actor_index.touching(s.start, s.end)
    if not any(a < s.end and s.start < b for e in events for a, b in e.evidence):
        return spans
    for a, b, hit in gazetteer.polities().find(s.text):
        if hit.is_demonym or IDENTIFYING_BEFORE.search(s.text, 0, a):
            spans.append((s.start + a, s.start + b))
    return spans


def _best_rank(codes: list[str]) -> int:
    return min(issue_rank().get(c, 9) for c in codes)


def _last_clause_issues(text: str, offset: int) -> list[str]:
    """The issues of a sentence's last clause that has any ("... condolences over the hostages in Syria, and
    stated that Japan would never give in to terrorism. Dung supported Japan's efforts": terrorism)."""
    starts = [0, *[m.end() for m in CLAUSE_BREAK.finditer(text)]]
    for a in reversed(starts):
        found = _issues(text[a:], offset + a)
        if found:
            return found
    return []


def _issues(text: str, offset: int) -> list[str]:
    # "interference under the pretext of human rights": the pretext is no claim of its own
    text = PRETEXT.sub(lambda m: " " * len(m.group(0)), text)
    hits = find_topics(text, offset)
    if not hits:
        return []
    rank = issue_rank()
    codes = list(dict.fromkeys(h.code for h in hits))
    best = min(rank.get(c, 9) for c in codes)
    top = [c for c in codes if rank.get(c, 9) == best]
    terror = any(h.code == "TERRORISM" and "terror" in text[h.start - offset : h.end - offset].lower() for h in hits)
    if terror and all(issue_group(c) == "region" for c in top):
        top = ["TERRORISM"]  # "condemned the terrorist attack in Syria": the claim is on terrorism, not the region
    if "COVID19" in top:  # HEALTH is public health other than COVID-19
        top = [c for c in top if c != "HEALTH"]
    if set(top) & NAMED_SOVEREIGNTY:  # a state's sovereignty in general is "none of the named places" (issues.tsv)
        top = [c for c in top if c != "TERRITORIAL_INTEGRITY"]
    # Claims listed together at the same level ("Taiwan, Hong Kong, and Xinjiang", "the BRI and the
    # Global Development Initiative") are separate claims; a broader code beside them is not.
    return top


def extract_stances(pd: ParsedDoc, actors: Actors, events: list[Event], trace: list[str] | None = None) -> list[Stance]:
    """Stances of the document; ``trace`` (when given) collects why each cue did or did not count."""
    cues, contexts = stance_cues()
    event_parties = _parties_of_events(events[:1], named_only=False)
    surnames = _participant_surnames(events)
    group_parties = _parties_of_events(events, named_only=True)
    actor_index = SpanSet([(m.start, m.end) for m in actors.mentions if not m.in_headline and m.title])
    conflict = ""
    out: dict[tuple[str, str | None, str, str], Stance] = {}
    last_person: Person | None = None
    last_holder: list[str] = []
    prev_subject: list[str] = []
    prev_speaker: list[str] = []
    prev: Sentence | None = None
    in_question = False
    aggressor: list[str] = []
    if AGGRESSOR_NAME.search(pd.text):
        conflict = _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
        aggressor = [AGGRESSORS[conflict]] if conflict in AGGRESSORS else []
    for s in pd.sentences:
        text = s.text
        joint = _joint_parties(events, s.start) or event_parties
        parties = _parties(pd, actors, s, joint, group_parties, last_person, surnames, prev_speaker)
        if aggressor:  # "increase sanctions pressure on the aggressor state": the party the document's war is waged by
            parties = sorted(
                parties
                + [
                    Party(m.start(), m.end(), list(aggressor), False, False, "polity")
                    for m in AGGRESSOR_NAME.finditer(text)
                ],
                key=lambda p: p.start,
            )
        found = _dedupe([(m.start(), m.end(), a) for a, pattern in cues for m in pattern.finditer(text)], text)
        # "does not support 'Taiwan independence'": backing withheld from separatism is opposition to it
        negated = {
            a
            for a, b, al in found
            if al == "supports" and NEGATED_BEFORE.search(text, _back(a, 40), a) and SEPARATISM_AFTER.match(text, b)
        }
        found = [(a, b, "opposes" if a in negated else al) for a, b, al in found]
        if HEADING_LIST.match(text):  # "Subjects: ASEAN meetings; Australian support for Ukraine; ...": headings
            found = []
        # A transcript's questions hold no one's position ("QUESTION: Will you condemn ...?"): a journalist's turn
        # runs until the next speaker's label; a sentence asking a question states none.
        if QUESTION_LABEL.match(text):
            in_question = True
        elif SPEAKER_LABEL.match(text):
            in_question = False
        if in_question or QUESTION_END.search(text):
            found = []
        found = [f for f in found if not (f[2] == "supports" and DEMAND_BEFORE.search(text, _back(f[0]), f[0]))]
        speech = SPEECH_END.search(text)
        according = ACCORDING_TO.match(text)
        if speech is None and according:  # "According to him, Russia must be held accountable": he says it
            speech = re.compile(r",\s*").search(text, according.end("who"))
        # Clauses: ";", "while", and ", and" before a new capitalised subject ("..., and President Biden ...").
        bounds = [m.start() for m in re.finditer(CLAUSE_BREAK, text)]
        # "criticized Russia's support for the Assad regime in Syria": the support is what is opposed, and the
        # opposing cue's clause runs on over it
        found = [
            f
            for j, f in enumerate(found)
            if not (
                j > 0
                and found[j - 1][2] == "opposes"
                and (NOUN_CUE.search(text[f[0] : f[1]]) or SANCTIONING.search(text[f[0] : f[1]]))
                and len(text[found[j - 1][1] : f[0]].split()) <= 8
                and not any(found[j - 1][1] <= b < f[0] for b in bounds)
                # "condemnation of the attack and its support for India's fight": a second claim of the same holder
                and not NEW_NOUN_CLAIM.search(text, found[j - 1][1], f[0])
            )
        ]
        lead_in = re.match(
            r"\s*(?:In|During|At|On|After|Before|Following|With|Amid|Given|Regarding)\b[^,]{0,150},", text
        )
        last_target: list[str] = []
        sentence_holder: list[str] = []
        clause_issues: list[str] = []
        new_here: list[tuple[str, str, str, str]] = []
        topic_spans = [(h.start, h.end) for h in find_topics(text)] if found else []
        for i, (cs, ce, alignment) in enumerate(found):
            nxt = found[i + 1][0] if i + 1 < len(found) else len(text)
            scope_end = min([nxt, *[b for b in bounds if b > ce]])
            clause_start = max([0, *[b + 1 for b in bounds if b < cs]])
            before, after = text[clause_start:cs], text[ce:scope_end]
            note = f"cue {text[cs:ce]!r} @{s.start + cs}: "
            noun_cue = bool(NOUN_CUE.search(text[cs:ce]))
            reported, target_from = _reported_holder(parties, text, clause_start, cs, ce)
            # "grateful that Lithuania continues to support Ukraine": thanks for a position the that-clause states
            that_subject = _that_subject(parties, text, clause_start, cs) is not None
            relative = RELATIVE_BEFORE.search(text, max(clause_start, cs - 60), cs)
            antecedent = _antecedent(parties, text, relative.start()) if relative else None
            blocking = [
                c
                for c in contexts
                if not ((reported or that_subject or antecedent) and "thank" in c.pattern)
                and not (cs in negated and NEGATED_BEFORE.pattern in c.pattern)
                # "the support extended by China to Kazakhstan's sovereignty": a position, not aid
                and not (reported and "extended" in c.pattern and POSITION_OBJECT.search(text, ce, scope_end))
                # "discussed concerns regarding the arrests of protestors in Cuba" voices the concerns
                and not ("discuss" in c.pattern and text[cs:ce].lower().startswith("concern"))
                # "discussed ways to deter the North from launching provocations": the means they agree on is a position
                and not ("discuss" in c.pattern and alignment == "opposes" and MEANS_TO.search(text, _back(cs), cs))
            ]
            if any(
                _context_blocks(
                    c, before, after, text[clause_start:ce] if "thank" in c.pattern else text[cs:scope_end], noun_cue
                )
                for c in blocking
            ):  # thanks that follow a position ("reaffirmed its support ..., and Nurtleu thanked him") leave it
                _log(trace, note + "courtesy or discussion context")
                continue
            if (
                i > 0
                and alignment == found[i - 1][2] == "supports"
                and SELF_DEFENCE.match(text, cs)
                and len(text[found[i - 1][1] : cs].split()) <= 2
            ):
                continue  # "the UK's support for Israel's right to defend itself": one claim, held by the UK
            if _reported_support_follows(text, cs, ce, found[i + 1] if i + 1 < len(found) else None, parties):
                continue  # "appreciates X's support for ...": the support cue that follows carries it
            prev_cue = found[i - 1] if i > 0 and found[i - 1][1] > clause_start else None
            if (
                prev_cue is not None
                and prev_cue[2] == "opposes"
                and NOUN_CUE.search(text[cs:ce])
                and (
                    len(text[prev_cue[1] : cs].split()) <= 8
                    # "concerns about human rights in Xinjiang, as well as the PRC's support for Russia": another's
                    # support listed among what is opposed
                    or any(p.possessive and 0 <= cs - p.end <= 3 and p.start > prev_cue[1] for p in parties)
                )
                and not NEW_NOUN_CLAIM.search(text, prev_cue[1], cs)
            ):
                continue  # "concerns about China's support for Russia": the support is what is opposed
            if alignment == "opposes" and URGED_TO.search(text[cs:ce]) and COOPERATIVE.match(text, ce):
                _log(trace, note + "asked to help, not to stop")  # "urged China to use its influence on Russia"
                continue
            subj_start = max(clause_start, lead_in.end() if lead_in and lead_in.end() <= cs else 0)
            evaluative = bool(EVALUATIVE.match(text, cs))
            usable = [p for p in parties if not (evaluative and (p.possessive or p.demonym) and 0 <= cs - p.end <= 3)]
            holder = _holder(usable, text, cs, ce, subj_start, speech)
            if relative is not None and not reported:
                # "the UN General Assembly, which again condemned", "met Shoukry, who condemned": the one the relative
                # clause is about holds it, never the main clause's subject; a thing named there holds nothing
                if antecedent is None:
                    _log(trace, note + "a relative clause about no party")
                    continue
                holder = list(antecedent.codes)
            we_before = re.search(r"\b[Ww]e\s+(?:\w+\s+){0,3}$", text[clause_start:cs])
            if we_before and not any(p.kind == "pronoun" and WE.fullmatch(text[p.start : p.end]) for p in parties):
                holder = list(last_holder) or None  # "we" of a speaker named before, not the state named first
            if (
                sentence_holder
                and i > 0
                and re.search(r"\band\s+(?:also\s+|then\s+|\w+ly\s+)?$", text[found[i - 1][1] : cs])
                and not any(found[i - 1][1] <= p.start < cs and p.kind != "polity" for p in parties)
            ):
                holder = list(sentence_holder)  # "We support X's sovereignty and urge Russia to": one subject
            if we_before and not holder and not any(p.kind in ("person", "pronoun") for p in parties):
                holder = (
                    list(prev_subject) or None
                )  # a statement quoted after its author: "The Embassy ... “We support"
            thanker = holder
            if reported:  # "thanked Norway for its steady support to Ukraine": Norway holds it
                holder = reported
            passive = _passive(parties, text, clause_start, cs, ce)
            if passive is not None:  # "a proposal submitted by Sudan and supported by Egypt": Egypt holds it
                holder, passive_targets = passive
                if not holder:
                    _log(trace, note + "passive without a named holder")
                    continue
            gerund_subject = [
                p
                for p in parties
                if p.end <= cs
                and text[p.end : cs] == " "
                and not p.possessive
                and p.kind in ("polity", "side", "person")
                and "?" not in p.codes
            ]
            if gerund_subject and re.match(r"\w+ing\b", text[cs:ce]) and passive is None and not reported:
                holder = list(gerund_subject[-1].codes)  # "on the heels of India asking Pakistan to stop ..."
            joined = JOINED_IN.search(text, max(clause_start, cs - 90), cs)
            if holder and joined and re.match(r"\w+ing\b", text[cs:ce]) and passive is None and not reported:
                # "Australia stands with the Republic of Korea in condemning ...": the one joined holds it too
                holder = list(
                    dict.fromkeys(
                        holder
                        + [
                            c
                            for p in parties
                            if joined.start("who") <= p.start < joined.end("who")
                            and p.kind in ("polity", "side", "person")
                            for c in p.codes
                            if c != "?"
                        ]
                    )
                )
            own_side = pd.publisher_country or pd.publisher_org
            if holder is None and IMPERSONAL_CONCERN.search(text[cs:ce]) and own_side:
                holder = [own_side]  # "the evictions ... are a matter of serious concern": the publisher's words
            if holder is None and re.search(r"part of$", text[cs:ce]):
                _log(trace, note + "a territory's status with no one who states it")  # not the last speaker's
                continue
            if holder is None:
                holder = list(last_holder) or ([pd.publisher_country] if evaluative and pd.publisher_country else [])
            if not holder:
                _log(trace, note + "no holder")
                continue
            if EVALUATIVE.match(text, cs) and FACING.search(text, max(clause_start, cs - 60), cs):
                # "strong support for Ukraine in the face of Russia's illegal war": the publisher's words for what is
                # faced, not a second claim of the holder
                _log(trace, note + "the conduct faced, in the publisher's words")
                continue
            if re.search(r"side of$", text[cs:ce]) and not any(p.start - ce in (1, 5) for p in parties):
                _log(trace, note + "on the side of no party")  # "stood on the side of peace"
                continue
            if PREDICTED_BEFORE.search(text, clause_start, cs):
                _log(trace, note + "a position the reporter expects, not one taken")  # "is expected to urge X to"
                continue
            if _bare_noun(text, parties, clause_start, cs, ce, reported, passive is not None):
                _log(trace, note + "a position named, held by no one the clause says")
                continue
            # "The leaders expressed support for Ukraine's Peace Formula": a joint holder may name one of its
            # own as the target; each holder then holds it towards the others.
            own_word = pd.publisher_country or pd.publisher_org
            if (
                JUDGING_WORDS.match(text, cs)
                and len(holder) > 1
                and DISCUSSED.search(text, clause_start, cs)
                and not COUNTERING.search(text, clause_start, cs)  # "discussed efforts to counter Iran's malign"
            ):
                # "They discussed support for Ukraine in the face of Russia's brutal war": the judging word is the
                # publisher's, not a position both sides took
                holder = [own_word] if own_word in holder else []
                if not holder:
                    _log(trace, note + "a judging word in a discussion, not the publisher's side")
                    continue
            joint_holder = len(holder) > 1 and any(p.kind == "group" and p.codes == holder for p in parties)
            targets = _targets(
                parties,
                text,
                target_from or cs,
                scope_end,
                set() if joint_holder else set(holder),
                last_target,
                topic_spans,
                ce,
                supports=alignment == "supports",
            )
            if passive is not None:
                targets = [c for c in passive_targets if c not in holder]
            if alignment == "supports" and THE_NATION.match(text, ce):
                # "Welcoming Albania's ten years of membership, X praised the nation for contributing troops to
                # missions in Kosovo": the nation praised is the state named before, not a place of its deeds
                named_before = [
                    p
                    for p in parties
                    if p.end <= cs and p.kind in ("polity", "side") and not set(p.codes) & set(holder)
                ]
                targets = list(named_before[-1].codes) if named_before else targets
            each_other = not targets and len(holder) > 1 and bool(EACH_OTHER.match(text, ce))
            if each_other:  # "the two sides will firmly support each other": each holds it towards the other
                targets = list(holder)
            mutual = RECIPROCAL.match(text, ce)
            if mutual and len(holder) > 1:
                stop = re.compile(r"[,;.]").search(text, ce + len(mutual.group(0)))
                phrase_end = stop.start() if stop else len(text)
                if not _issues(
                    mask(text[ce:phrase_end], actor_index.touching(s.start, s.end), s.start + ce), s.start + ce
                ):
                    # "have supported and helped each other in times of difficulty, ... deepened Belt and Road
                    # cooperation": support given each other on no question is goodwill, not a position
                    _log(trace, note + "mutual goodwill on no question")
                    continue
            owner = [
                c
                for p in parties
                if (p.possessive or p.demonym) and 0 <= cs - p.end <= 3 and p.kind in ("polity", "side")
                for c in p.codes
                if c not in holder
            ]
            if evaluative and owner and alignment == "opposes":
                # "Russia's war of choice has ... targeted Ukraine's infrastructure": the owner, never the victim
                targets = owner
            if not targets and alignment == "opposes" and ANAPHORIC_OBJECT.match(text, ce):
                # "Japan's purchase is illegal, China is firmly opposed to it": what was named before the cue
                named_before = [
                    p
                    for p in parties
                    if p.end <= cs
                    and p.kind in ("polity", "side", "person")
                    and (p.possessive or not p.addressee)
                    and "?" not in p.codes
                    and not set(p.codes) & set(holder)
                ]
                targets = list(named_before[0].codes) if named_before else []
            if not targets and alignment == "opposes" and prev is not None:
                # "X briefed on Russia's attacks on energy infrastructure. Y condemned the attacks": the owner of the
                # conduct the last sentence named
                targets = [c for c in _owner_told_before(prev.text, text[ce:scope_end]) if c not in holder]
            praised_position = False
            if reported and not targets and alignment == "supports":
                # "thanked China for its support": the thanker's position is backed; what another condemned ("thanked
                # Australia for its condemnation of the attack") is never the thanker's
                first = _subject(parties, subj_start, cs)
                targets = [c for c in (first.codes if first else thanker or []) if c not in holder]
                praised = POSITION_OF.match(text, ce) if APPRECIATION.search(text[cs:ce]) else None
                praised_position = praised is not None and praised.group("noun") in ("position", "stance")
            if not targets and (evaluative or alignment == "supports"):
                # "Russia's brutal war of aggression", "Israel's right to defend itself": the owner
                targets = [
                    c
                    for p in parties
                    if (p.possessive or p.demonym or RIGHT_HOLDER.match(text, p.end))
                    and 0 <= cs - p.end <= 3  # "the Russian war of aggression", "Israel has the right"
                    for c in p.codes
                    if c not in holder
                ]
            if THREAT_CUE.search(text[cs:ce]):
                # "the DPRK's missile development is a grave threat": the owner named before, over a state named
                # after ("the Philippines' provocations are unacceptable, and China firmly opposes them")
                owned = [
                    p
                    for p in parties
                    if clause_start <= p.start
                    and p.end <= cs
                    and (p.possessive or p.demonym or (AGGRESSOR.search(text[cs:ce]) and text[p.end : cs] == " "))
                    and p.kind in ("polity", "side")
                    # "the attacks on Jordan's embassy by Israeli settlers are unacceptable": never the victim
                    and not VICTIM_BEFORE.search(text, _back(p.start), p.start)
                    and not set(p.codes) <= set(holder)
                ]
                by_agent = [p for p in owned if re.search(r"\bby\s+(?:the\s+)?$", text[_back(p.start, 20) : p.start])]
                owners = [c for p in (by_agent or owned)[:1] for c in p.codes if c not in holder]
                targets = owners or targets
            if OWNER_BEFORE_CUE.search(text[cs:ce]) and passive is None:
                # "Russia's aggression must end", "China violated Vietnam's sovereignty": the owner named before the
                # cue, never the victim named after it
                targets = _owner_before(
                    parties, text, max(subj_start, speech.end() if speech and speech.end() <= cs else 0), cs, holder
                )
            own = pd.publisher_country or pd.publisher_org
            if (
                not targets
                and evaluative
                and re.search(r"\b(?:its|their)\s+$", text[_back(cs) : cs])
                and own not in holder
            ):
                # "Russia launched its full-scale invasion": the publisher's word for the subject's conduct
                targets, holder = list(holder), [own] if own else []
                if not holder:
                    continue
            issue_polities = [
                c
                for p in parties
                if cs <= p.start < scope_end
                and p.kind == "polity"
                and any(a <= p.start < b for a, b in topic_spans)
                and not re.search(r"\bbetween\b[^,;.]{0,80}$", text[cs : p.start])  # partners of a negotiation
                # "supporting peace and stability across the region following recent developments in Syria": the
                # occasion of the claim, not what is backed
                and not OCCASION_BEFORE.search(text, cs, p.start)
                and not ACCEPTED_BY.search(text, _back(p.start), p.start)
                for c in p.codes
                if c not in holder and c not in gazetteer.polities().orgs
            ]
            # The target's own name is not the issue ("appreciated the Islamic Emirate of Afghanistan in
            # combating narcotics" is about narcotics), unless nothing else is ("a trick played by Taiwan").
            target_spans = [
                (s.start + p.start, s.start + p.end - (2 if p.possessive else 0))
                for p in parties
                if cs <= p.start < scope_end and p.kind in ("polity", "side") and set(p.codes) & set(targets)
            ]
            scope = text[cs:scope_end]
            org_targets = [t for t in target_spans if _is_org_span(t, s.start, parties)]
            actor_spans = actor_index.touching(s.start, s.end)
            issues = _issues(mask(scope, actor_spans + org_targets, s.start + cs), s.start + cs) or [
                c
                for c in _issues(mask(scope, actor_spans, s.start + cs), s.start + cs)
                if c == "MULTILATERALISM" and re.search(r"\brole\b", scope)
            ]  # "support for the central role of the United Nations"
            without_target = _issues(mask(scope, actor_spans + target_spans, s.start + cs), s.start + cs)
            nuclear_owner = without_target == ["NONPROLIFERATION"] and bool({"IRAN", "KOREAN_PENINSULA"} & set(issues))
            if (
                without_target
                and min(issue_rank().get(c, 9) for c in without_target) <= SECURITY_RANK
                and not nuclear_owner  # "preventing Iran from obtaining a nuclear weapon" is IRAN
            ):
                issues = without_target  # "the Islamic Emirate of Afghanistan in combating narcotics": narcotics
            if issues == ["NONPROLIFERATION"] and len(targets) == 1 and targets[0] in NUCLEAR_PROGRAMMES:
                issues = [NUCLEAR_PROGRAMMES[targets[0]]]  # "Iran's pursuit of nuclear weapons" (spec)
            sanctioned = {
                c
                for p in parties
                if cs <= p.start < scope_end and PUNISHED_BEFORE.search(text, _back(p.start), p.start)
                for c in p.codes
            }
            pressing = bool(PRESSING.search(text[cs:ce]))
            if alignment == "opposes" and not pressing and set(targets) & sanctioned:
                # "opposes unilateral sanctions on Russia": the one sanctioned is not who the rejection opposes
                targets = [t for t in targets if t not in sanctioned]
            if targets and issues == ["SANCTIONS"] and (pressing or (alignment == "supports" and sanctioned)):
                # "keep up the pressure on Russia, including through sanctions", "a strong position on sanctions against
                # Russia": sanctions on a state are a position on its conduct (spec), the war's code where there is one
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                if conflict:
                    issues = [conflict]
            elif alignment == "opposes" and targets and not pressing and SANCTIONS_OBJECT.search(scope[:140]):
                # "opposes the US imposition of unilateral sanctions on Iran": a position on sanctions themselves
                issues = ["SANCTIONS"]
            if targets and OWNER_BEFORE_CUE.search(text[cs:ce]) and passive is None:
                # "the DPRK's missile launches violate resolutions": the conduct named before the cue is the claim
                conduct = _issues(mask(before, actor_spans, s.start + clause_start), s.start + clause_start)
                # the more specific of the conduct's claim and the object's ("a breach of Pakistan's sovereignty")
                if conduct and (not issues or _best_rank(conduct) <= _best_rank(issues)):
                    issues = conduct
            first_in_clause = i == 0 or found[i - 1][1] <= clause_start
            if not issues and first_in_clause:  # the clause's subject matter, unless an earlier cue took it
                # the clause's subject matter, not the holder's own name ("expressed Syria's support for Cuba")
                own_names = [
                    (s.start + p.start, s.start + p.end)
                    for p in parties
                    if clause_start <= p.start < cs and p.kind in ("polity", "side") and set(p.codes) <= set(holder)
                ]
                issues = _issues(
                    mask(before, actor_index.touching(s.start, s.end) + own_names, s.start + clause_start),
                    s.start + clause_start,
                )
            elif not issues:  # "opposing the deployment of THAAD ..., urging the ROK to act prudently"
                issues = list(clause_issues)
            if (
                not issues
                and nxt < len(text)
                and found[i + 1][2] == alignment
                and not any(ce <= b < nxt for b in bounds)
                and (RELATIVE_BEFORE.search(text, ce, nxt) or EVALUATIVE.match(text, cs))
            ):
                # "concern over China's actions at sea, which violate Vietnam's sovereignty", "India's illegal and
                # unilateral actions in Illegally Occupied Kashmir": the next cue goes on describing the same conduct
                clause_end = min([len(text), *[b for b in bounds if b > nxt]])
                issues = _issues(mask(text[ce:clause_end], actor_spans, s.start + ce), s.start + ce)
            if not issues and nxt < len(text) and FACING.search(text, ce, nxt):
                # "stand with the Philippines in the face of the PRC's dangerous actions in the South China Sea": the
                # conduct faced, named by the next cue, is the claim's question
                clause_end = min([len(text), *[b for b in bounds if b > ce]])
                issues = _issues(mask(text[ce:clause_end], actor_spans, s.start + ce), s.start + ce)
            if (
                not issues and clause_start > 0
            ):  # "... of the abductions issue, and President Yoon expressed his support"
                issues = _issues(mask(text[:clause_start], actor_index, s.start), s.start)
            group_holder = any(p.kind == "group" and p.codes == holder for p in parties)
            explicit = any(p.possessive and set(p.codes) & set(targets) for p in parties if cs <= p.start < scope_end)
            if not issues and targets and prev is not None and (explicit or not group_holder):
                issues = _last_clause_issues(
                    mask(prev.text, _identifying(prev, events, actor_index), prev.start), prev.start
                )
            if not issues and alignment == "opposes" and targets:
                # "Kuleba called for increasing pressure on Russia", "Russia must be held accountable": pressure on a
                # party to the document's conflict, naming no other claim, is a position on that conflict
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                if conflict and set(targets) <= CONFLICT_PARTIES.get(conflict, set()):
                    issues = [conflict]
            if not issues and alignment == "supports" and targets and not AID_WORDS.search(text, cs, scope_end):
                # "reaffirmed Copenhagen's steadfast support for Kyiv": backing a party to the document's conflict,
                # naming no other claim, is support for its fight (spec: the conflict's code); support in aid is not
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                if conflict and set(targets) <= CONFLICT_PARTIES.get(conflict, set()):
                    issues = [conflict]
            attack_word = ATTACK.search(text, max(clause_start, cs - 12), scope_end)
            # "condemned the U.S. blockade on Cuba": an economic blockade is sanctions (spec), no war
            attack = bool(attack_word) and not (
                issues == ["SANCTIONS"] and attack_word is not None and attack_word.group(0).lower() == "blockade"
            )  # "the war crimes committed by"
            if issues == ["TERRITORIAL_INTEGRITY"] and SELF_DEFENCE.search(text, cs, scope_end):
                # a state's right to defend itself in a war is support for its fight: the conflict's code
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                issues = [conflict] if conflict else issues
            elif (
                not issues
                and alignment == "opposes"
                and targets
                and attack
                and not _only_places(parties, text, targets, cs)
            ):
                # "concern over the offensive launched by Azerbaijan": a war with no code of its own is one
                # on the attacked state's integrity
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                issues = [conflict or "TERRITORIAL_INTEGRITY"]
            elif issues and alignment == "opposes" and attack:
                # "condemning the Russian missile strike on the railway station": the war, not railways
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                if conflict and all(issue_group(c) in ("economy", "society", "health") for c in issues):
                    issues = [conflict]
            if issues == ["TERRORISM"] and alignment == "opposes" and targets:
                # "condemned the Russian terror against civilians", "Russia's terrorist strikes on cities": a warring
                # state's "terror" is its conduct in the war, the conflict's claim (spec: the conflict's code)
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                if conflict in AGGRESSORS and set(targets) == {AGGRESSORS[conflict]}:
                    issues = [conflict]
            if SANCTIONING.search(text[cs:ce]):
                # "will continue to impose sanctions on Russia": a position on the war they punish (spec), else none
                punished = [p for p in parties if 0 <= p.start - ce <= 6 and p.kind in ("polity", "side")]
                targets = [c for c in (punished[0].codes if punished else []) if c not in holder]
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                issues = [conflict] if conflict and targets else []
            if AGGRESSOR.search(text[cs:ce]) and targets:  # "Belarus was an aggressor": a party to the war
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                issues = [conflict or "TERRITORIAL_INTEGRITY"]
            if issues == ["DEFENSE"] and targets:
                # "military support for Ukraine", "Russia's military build-up": a party's fight is the war's (spec)
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                if conflict and set(targets) <= CONFLICT_PARTIES.get(conflict, set()):
                    issues = [conflict]
            if issues == ["IRAN"] and not IRAN_OWN.search(text, clause_start, scope_end):
                # Iran's conduct in the region ("Iranian attacks on Israel") or support for it ("solidarity with Iran"),
                # not its own question (its nuclear programme, its malign activity): the region's code
                conflict = conflict or _conflict(pd, actor_index, _parties_of_events(events, named_only=False))
                near = _issues(mask(text[clause_start:scope_end], actor_index, s.start + clause_start), 0)
                if alignment == "supports" or "MIDDLE_EAST" in near or conflict == "MIDDLE_EAST":
                    issues = ["MIDDLE_EAST"]
            if praised_position and targets and issues and not any(set(targets) & _issue_owners(c) for c in issues):
                # "Cambodia appreciates China's impartial position on the Ukraine crisis": a position on a question that
                # is not the praiser's own is backed by the praiser; on its own question ("Wang Yi appreciated
                # Kazakhstan's firm position on the Taiwan question") the position's holder backs the praiser
                holder, targets = targets, [c for c in holder if c not in targets]
            _log(trace, note + f"holder={holder} targets={targets} issues={issues}")
            if re.search(r"commit", text[cs:ce]) and targets and all(t in gazetteer.polities().orgs for t in targets):
                continue  # commitment to an alliance or forum is a topic, not a stance on a state
            if (
                alignment == "supports"
                and speech is not None
                and speech.end() <= cs
                and re.search(r"\b(?:should|must|ought to|needs? to)\b", text[speech.end() : cs])
            ):
                _log(trace, note + "what the speaker says another should do")
                continue
            if reported and not target_from:  # thanks for support on aid, health or trade is courtesy
                issues = [c for c in issues if issue_group(c) in POSITION_GROUPS]
            if each_other:  # mutual support is a position only on each side's sovereignty or security
                issues = [c for c in issues if issue_group(c) in ("sovereignty", "region", "security")]
            at_war = {PARTY_CONFLICTS[t] for t in targets if t in PARTY_CONFLICTS}
            if reported and not issues and len(at_war) == 1 and SUPPORT_ONLY.fullmatch(text[ce:scope_end]):
                issues = list(at_war)  # "Zelensky thanked France for its support": support in the war
            if alignment == "supports" and len(holder) > 1 and RESPECTIVE.search(text, cs, scope_end):
                targets = list(holder)  # "support each other in defending their respective sovereignty": each other's
            conducts = _owned_conducts(parties, text, cs, scope_end, holder, s.start) if alignment == "opposes" else {}
            if conducts:
                issues = list(conducts)  # "concern over the DPRK's missile launches and Iran's nuclear programme"
            if not issues:
                continue
            for issue in issues:
                align = alignment
                t_list = list(conducts.get(issue, targets))
                if (
                    issue == "TAIWAN"
                    and align == "opposes"
                    and set(t_list) <= {"TWN"}
                    and "CHN" not in holder
                    and TAIWAN_INDEPENDENCE.search(text, cs, scope_end)
                ):
                    align, t_list = "supports", ["CHN"]  # opposing "Taiwan independence" backs China
                if issue == "NON_INTERFERENCE" and align == "opposes":
                    # opposing interference backs the one whose affairs they are; "opposes Australia's
                    # interference in China's affairs" is opposition to the interferer, never backing it
                    meddlers = _interferers(parties, text, cs, scope_end)
                    owners = [t for t in t_list if t not in meddlers]
                    if owners or not t_list:
                        align, t_list = "supports", owners
                elif (
                    align == "opposes"
                    and issue_group(issue) in ("sovereignty", "society")
                    and POLITICIZING.search(text, cs, scope_end)
                    and not OWN_POLITICIZING.search(text, cs, scope_end)
                ):
                    # "opposes the politicization of human rights issues": backing the one so accused, not opposing it
                    align = "supports"
                # "called on all parties to cease" names no one; "pressed for the release of" is asked of the other side
                if not t_list and (not DEMAND_CUE.match(text, cs) or RETURN_OF.search(text, cs, ce)):
                    clause = text[clause_start:scope_end]
                    named = frozenset(
                        c
                        for p in parties
                        if clause_start <= p.start < scope_end and "?" not in p.codes
                        for c in p.codes
                    )
                    t_list = _default_targets(
                        issue, align, holder, event_parties, issue_polities, clause, named, align != alignment
                    )
                if (
                    align == "opposes"
                    and issue_group(issue) == "sovereignty"
                    and issue != "HUMAN_RIGHTS"
                    and HARM.search(text, cs, scope_end)
                ):
                    # "opposes any attempt to undermine the sovereignty of Ukraine", "rejects attempts to split Taiwan
                    # from China": the one whose sovereignty is harmed is backed, never opposed
                    victims = _sovereign_victims(parties, text, cs, scope_end, issue)
                    if t_list and set(t_list) <= victims:
                        sovereign = issue_targets().get((issue, "supports"), ("", None))[0]
                        align = "supports"
                        if issue in NAMED_SOVEREIGNTY and sovereign:
                            t_list = [sovereign]  # "attempts to split Taiwan from China" back China
                    elif victims & set(t_list):
                        t_list = [t for t in t_list if t not in victims]
                for h in holder:
                    for t in t_list:
                        if t and h != t and "?" not in (h, t):  # a person of unknown side holds nothing
                            key = (h, t, issue, align)
                            if key not in out:
                                new_here.append(key)
                            st = out.setdefault(key, Stance(h, t, issue, align, []))  # type: ignore[arg-type]
                            st.evidence.append((s.start + clause_start, s.start + scope_end))
            last_target = targets or last_target
            last_holder = sentence_holder = holder
            clause_issues = issues
        # "Stand with Ukraine and support its sovereignty" is one claim, under the more specific code.
        for h, t, issue, align in new_here:
            if issue_group(issue) == "region" and (h, t, "TERRITORIAL_INTEGRITY", align) in new_here:
                out.pop((h, t, issue, align), None)
        people = [m.person for m in actors.in_span(s.start, s.end) if m.person is not None]
        if people:
            last_person = people[0]
        opener = _subject(parties, 0, min(len(text), 40))
        prev_subject = opener.codes if opener is not None and "?" not in opener.codes else []
        prev_speaker = (
            prev_subject
            if opener is not None
            and (opener.kind in ("person", "pronoun") or (opener.demonym and ROLE_AFTER.match(text, opener.end)))
            else []
        )
        prev = s
    return list(out.values())


def _owner_before(parties: list[Party], text: str, start: int, cs: int, holder: list[str]) -> list[str]:
    """The state whose conduct the clause names before the cue: "the DPRK's missile launches", "Russia must"."""
    for p in parties:
        if (
            start <= p.start
            and p.end <= cs
            and p.kind in ("polity", "side")
            and "?" not in p.codes
            and not set(p.codes) & set(holder)
            and (
                p.possessive
                or (p.demonym and not ROLE_AFTER.match(text, p.end))  # "his Nepali counterpart" is a person
                or NEXT_TO_CUE.fullmatch(text[p.end : cs])
                or re.search(r"\b(?:of|by)\s+(?:the\s+)?$", text[_back(p.start, 20) : p.start])  # "actions of India"
                # "agreed that Russia and others with influence over the Syrian regime must act": the subject opening
                or re.search(r"\bthat\s+$", text[_back(p.start, 20) : p.start])
            )
            and not ADDRESSEE_BEFORE.search(text, _back(p.start), p.start)
            and not VICTIM_BEFORE.search(text, _back(p.start), p.start)
        ):
            return list(p.codes)
    return []


NEXT_TO_CUE = re.compile(
    r"\s+(?:(?:has|have|had|also|again|repeatedly|clearly|continues? to|still|must|should|shall|will)\s+)*"
)  # "Russia must bear full responsibility"


def _holder(
    parties: list[Party], text: str, cs: int, ce: int, clause_start: int, speech: re.Match[str] | None
) -> list[str] | None:
    """The clause's subject: after "said that", else the speaker, else the first party; "A and B" both."""
    owner_word = re.search(r"\b([A-Za-z][\w-]*)(?:'s|’s)\s+(?:\w+\s+){0,2}$", text[clause_start:cs])
    if (
        owner_word
        and NOUN_CUE.search(text[cs:ce])
        and not any(p.start <= clause_start + owner_word.start(1) < p.end for p in parties)
        and owner_word.group(1)[0].isupper()
    ):
        return None  # "the West's support for Ukraine": a holder that is no state
    if TERRITORY_OR_RIGHT_CUE.search(text[cs:ce]):
        # "Taiwan is an inalienable part of China", "Israel has the right to defend itself": the territory or the
        # one whose right it is holds nothing
        parties = [p for p in parties if not (p.end <= cs and len(text[p.end : cs].split()) <= 2)]
    if SELF_DEFENCE.match(text, cs):  # "reaffirmed Israel's right to defend itself": the right's owner holds nothing
        parties = [p for p in parties if not (p.possessive and 0 <= cs - p.end <= 3)]
    if OWNER_BEFORE_CUE.search(text[cs:ce]):
        # "Chinh said China's actions violate ...": the one whose conduct is named holds nothing
        since = speech.end() if speech is not None and speech.end() <= cs else clause_start
        parties = [
            p
            for p in parties
            if not (
                since <= p.start
                and p.end <= cs
                and (p.possessive or p.demonym or NEXT_TO_CUE.fullmatch(text[p.end : cs]) is not None)
            )
        ]
    noun = NOUN_CUE.search(text[cs:ce]) or re.match(r"(?:adherence|commitment)\b", text[cs:ce])
    of_holder = OF_HOLDER.match(text, ce) if re.search(r"(?:commitment|support|backing)$", text[cs:ce]) else None
    if of_holder:  # "the strong commitment of the United States to ...": the one named after "of"
        named = [p for p in parties if p.start == of_holder.end() and p.kind in ("polity", "side")]
        if named:
            return list(named[0].codes)
    if noun:  # "Kyrgyzstan's support for ...", "Australia's condemnation of ..."
        poss = [
            p for p in parties if p.end <= cs and p.possessive and not text[p.end : cs].strip(" '’s").count(" ") > 3
        ]
        if poss:
            return poss[-1].codes
        if re.search(r"\bits\s+(?:\w+\s+){0,2}$", text[clause_start:cs]):  # "their" is the subjects listed
            # "appreciates Russia's adherence to ... and its support for ...": "its" is the one named last
            first = _subject(parties, clause_start, cs)
            named = [p for p in parties if clause_start <= p.start and p.end <= cs and p is not first]
            if named and first is not None:
                return named[-1].codes
    subj = None
    if speech is not None and QUOTE_RESUMES.match(text, speech.end()) and QUOTE_CLOSED.search(text, 0, speech.start()):
        # '"They discussed a range of issues," Morrell said, "including Iran's pursuit of nuclear weapons"': the speaker
        # interrupts a quote whose own subject holds the position
        subj = _subject(parties, clause_start, speech.start()) or None
        if subj is not None and subj.kind not in ("group", "pronoun", "polity", "side"):
            subj = None
    if subj is None:
        subj = _that_subject(parties, text, clause_start, cs)
    if subj is None and speech is not None and speech.end() <= cs:
        # the subject after "said that", or after a new clause within what was said ("said that China and Cambodia
        # are friends, and China will firmly support ...")
        after = max(speech.end(), clause_start)
        subj = _subject(parties, after, cs)
        if subj is not None and subj.possessive and not noun:
            subj = None  # "said that the Philippines' provocations are unacceptable": the owner, not the subject
        if subj is not None and len(text[after : subj.start].split()) > 3:
            subj = None  # "said that Kyrgyzstan supports", not a state named further on
        if subj is None:
            speakers = [
                p
                for p in parties
                if p.end <= speech.start() and p.kind in ("person", "pronoun", "group", "side") and "?" not in p.codes
            ]
            subj = speakers[-1] if speakers else None
    if subj is None:
        subj = _subject(parties, clause_start, cs) or _subject(parties, 0, cs)
    near = [p for p in parties if p.kind in ("pronoun", "group") and p.end <= cs and p.start >= clause_start]
    if subj is not None and near and near[-1].start > subj.start and len(text[near[-1].end : cs].split()) <= 3:
        subj = near[-1]  # "The US is a partner and we are very pleased to see ...": the nearer subject
    if subj is not None and subj.kind == "polity" and subj.demonym and not _listed_after(parties, text, subj, cs):
        subj = _subject(parties, subj.end, cs) or subj  # "the Chinese side" counts, "Chinese companies" does not
    if subj is None and cs < 5 and re.match(r"\w+ing\b", text[cs:]):  # "Speaking highly of X's role, the US side ..."
        subj = _subject(parties, ce, len(text))
    if subj is None and re.fullmatch(r"\s*[A-Z]\w+ing\s+(?:\w+\s+){0,2}", text[:cs]):
        # "Expressing concerns about ... North Korea's provocations ..., the ministers agreed": the main clause's
        # subject, after the comma that closes the opening participle (never a state named inside it)
        subj = next(
            (
                p
                for p in parties
                if p.start >= ce
                and p.kind in ("group", "person", "pronoun", "side")
                and re.search(r",\s*(?:the\s+)?$", text[: p.start])
            ),
            None,
        )
    if subj is not None:
        # "Japan to buy the islands is illegal, China is firmly opposed to": the state right before the cue
        adjacent = [
            p
            for p in parties
            if clause_start <= p.start
            and p.end <= cs
            and p.start > subj.start
            and p.codes
            and "?" not in p.codes
            and not p.addressee
            and not p.possessive
            and ADJACENT_GAP.fullmatch(text[p.end : cs])
            and re.search(r",\s*(?:the\s+)?$", text[subj.end : p.start])
        ]
        subj = adjacent[-1] if adjacent else subj
    if subj is None:
        return None
    codes = list(subj.codes)
    prev_end = subj.end
    for p in parties:  # "Secretary Blinken and Foreign Secretary Truss emphasized ..."
        if (
            p.start >= prev_end
            and p.start < cs
            # a title the actor layer left out of the name ("and Foreign Secretary Truss") still lists
            and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}", text[prev_end : p.start])
        ):
            codes += [c for c in p.codes if c not in codes]
            prev_end = p.end
    return codes


# The occasion of a claim, after its object: "following recent developments in Syria", "amid the crisis in X"
OCCASION_BEFORE = re.compile(
    r"\b(?:following|after|amid|amidst|in the wake of|in light of|in view of|given|since)\b[^,;]*$"
)
ACCEPTED_BY = re.compile(
    r"\b\w+(?:ed|en)\s+by\s+(?:both\s+|all\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+(?:and\s+|or\s+)?(?:the\s+)?){0,3}$"
)
DISCUSSED = re.compile(r"\b(?:discuss(?:ed|es|ing)?|exchanged views|talked about|spoke about|reviewed)\b")
# The publisher's judging words for a war ("Russia's brutal war", "a war of aggression"), not conduct named as such
# ("Iran's pursuit of nuclear weapons", which the sides discussing it both oppose)
JUDGING_WORDS = re.compile(rf"war of (?:aggression|choice)|{EVALUATIVE_WORDS}\b")
COUNTERING = re.compile(r"\b(?:counter\w*|deter\w*|confront\w*|push\w* back|oppos\w*|condemn\w*|accountable)\b")
QUESTION_LABEL = re.compile(
    r"\s*(?:QUESTION|Question|Q|JOURNALIST|Journalist|REPORTER|Reporter|Media|MEDIA)(?:\s*\([^)]{0,60}\))?\s*[:：]"
)
# Another speaker's label opening a turn: "SECRETARY BLINKEN:", "Penny Wong, Foreign Minister:", "Wang Yi:"
SPEAKER_LABEL = re.compile(r"\s*(?:[A-Z][\w.'’-]*(?:,? [A-Za-z][\w.'’-]*){0,6})\s*[:：]\s")
QUESTION_END = re.compile(r"\?\s*[\"”’']?\s*$")
# A line of headings under a label (a transcript's "Subjects:", a page's "Tags:"): topics, not claims
HEADING_LIST = re.compile(
    r"\s*(?:Subjects?|Topics?|Tags?|Keywords?|Related(?: articles| news| stories)?|See also|Read more)\s*:"
)
EACH_OTHER = re.compile(r"\s+(?:each other|one another)\b")
RECIPROCAL = re.compile(r"(?:\s+and\s+\w+)?\s+(?:each other|one another)\b")  # "supported and helped each other"
OF_HOLDER = re.compile(r"\s+of\s+(?:the\s+)?")
ADJACENT_GAP = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|been|remains?|also|firmly|strongly|resolutely|always|fully|"
    r"consistently|deeply|still|again|side)\s+)*"
)
THANKED = re.compile(r"\b(?:thank(?:s|ed|ing)?|grateful to|gratitude to)\s+(?P<who>.{1,120}?)\s+for\s+(?:\S+\s+){0,4}$")
GRATITUDE_FOR = re.compile(
    r"\b(?:thank\w*|gratitude|grateful|appreciation)\s+(?:\w+\s+){0,2}?for\s+(?:the\s+)?"
    r"(?P<who>[^,;.]{1,60}?)(?:'s|’s)\s+(?:\w+\s+){0,3}$"
)
# "welcomed US leadership on support for Ukraine": the support is the leader's
LEADERSHIP_ON = re.compile(
    r"\b(?:welcom\w*|prais\w*|apprecia\w*|commend\w*|lauded|hailed)\s+(?:the\s+)?(?P<who>[^,;.]{1,40}?)(?:'s|’s)?\s+"
    r"(?:leadership|role|efforts?)\s+(?:on|in|of|for)\s+(?:\w+\s+){0,2}$"
)
SUPPORT_NOUN = re.compile(r"\b(?:support(?:ing)?|backing|solidarity)\b")
APPRECIATION = re.compile(r"\b(?:apprecia|welcom|prais|commend|thank|grat)")
POSITION_OF = re.compile(
    r"\s*(?:for|of|to)?\s*(?:the\s+)?(?P<who>[^,;.]{1,60}?)\s+(?:(?:firm|principled|consistent|steady|continued|"
    r"strong|unwavering|steadfast|clear)\s+)?(?P<noun>position|stance|support|backing|solidarity)\b"
)


def _reported_holder(parties: list[Party], text: str, clause_start: int, cs: int, ce: int) -> tuple[list[str], int]:
    """The other side's position the clause reports: "thanked Norway for its support to Ukraine" and
    "appreciation for the US position regarding Israel's right" are Norway's and the US's. Returns the
    holders and where the supported party may be named (0: the usual place)."""
    who: tuple[int, int] | None = None
    target_from = 0
    if SUPPORT_NOUN.search(text[cs:ce]):
        # "thanked Norway for its support", "conveyed gratitude for Trinidad and Tobago's continued support"
        m = (
            THANKED.search(text, max(clause_start, cs - 300), cs)
            or GRATITUDE_FOR.search(text, max(clause_start, cs - 300), cs)
            or LEADERSHIP_ON.search(text, max(clause_start, cs - 200), cs)
        )
        if m:
            who = m.span("who")
        elif APPRECIATION_WORD.search(text, max(clause_start, cs - 120), cs):
            # "gratitude for the unwavering support of China", "the support extended by China to ..."
            by = SUPPORT_BY.match(text, ce)
            if by is None and re.search(r"\bof$", text[cs:ce]):  # the cue took the "of": "the support of Japan"
                by = re.compile(r"\s+(?:the\s+)?").match(text, ce)
            named = [p for p in parties if by and p.start == by.end() and p.kind in ("polity", "side")]
            if named:
                return list(named[0].codes), 0
            # "thanked the Foreign Minister for his commitment to sustaining Slovakia's strong support for Ukraine"
            owners = [
                p
                for p in parties
                if p.possessive
                and p.kind in ("polity", "side")
                and clause_start <= p.start
                and len(text[p.end : cs].split()) <= 2
                and p.end <= cs
            ]
            if owners:
                return list(owners[-1].codes), 0
    elif APPRECIATION.search(text[cs:ce]):
        m = POSITION_OF.match(text, ce)
        if m:
            who, target_from = m.span("who"), m.end("noun")
    if who is None:
        return [], 0
    codes = [c for p in parties if who[0] <= p.start < who[1] and p.kind != "group" for c in p.codes]
    return list(dict.fromkeys(codes)), target_from if codes else 0


APPRECIATION_WORD = re.compile(r"\b(?:thank\w*|gratitude|grateful|apprecia\w*|valued|values)\b")
SUPPORT_BY = re.compile(r"\s+(?:of|from|by|(?:provided|extended|given|rendered|offered)\s+(?:by|from))\s+(?:the\s+)?")
POSITION_OBJECT = re.compile(r"\b(?:sovereignty|territorial integrity|independence|position|stance)\b")
POLITICIZING = re.compile(
    r"\b(?:politici[sz]\w*|weaponi[sz]\w*|instrumentali[sz]\w*|double standards|smear\w*|slander\w*)\b", re.I
)
OWN_POLITICIZING = re.compile(r"(?:'s|’s)\s+(?:\w+\s+)?(?:politici|weaponi|instrumentali|smear|slander)", re.I)
PARTNER_WITH = re.compile(
    r"\b(?:cooperation|relations|ties|dialogue|talks|engagement|negotiations|contacts|consultations|coordination)\s+"
    r"(?:[\w-]+\s+){0,4}?with\s+(?:the\s+)?$"
)
PLACE_NOUN_AFTER = re.compile(
    r"\s*(?:[A-Z][\w'’-]*\s+){0,2}(?:province|region|city|capital|district|territory|governorate|oblast|state|county)\b"
)
PLACE_OF = re.compile(
    r"\b(?:in|at|near|inside|within)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:[Rr]egion|[Pp]rovince|[Cc]ity|[Aa]rea|[Tt]erritory|[Gg]overnorate|[Dd]istrict)\s+of\s+(?:the\s+)?$"
    # "the terrorist attack on a church in Owo, Nigeria": a town and its state say where, not who
    r"|\b(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s+(?:the\s+)?$"
)
# "efforts to achieve the complete denuclearization of North Korea": the state pressed is never the one backed
PRESSED_BEFORE = re.compile(
    r"\b(?:denucleari[sz]ation|disarmament|containment|deterrence)\s+(?:of|on)\s+(?:the\s+)?$", re.I
)
QUOTE_RESUMES = re.compile(r"\s*[\"“]")
QUOTE_CLOSED = re.compile(r"[,.][\"”]\s+[^\"“”]{1,60}$")
FACING = re.compile(r"\b(?:in the face of|against|amid|despite)\b")
NEGATED_BEFORE = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+)?$")
SEPARATISM_AFTER = re.compile(
    r"\W{0,3}(?:any\s+)?(?:form\s+of\s+)?[\"“']?(?:Taiwan independence|separatis\w+|secession\w*)", re.I
)
MEANS_TO = re.compile(r"\b(?:ways|means|efforts|measures|steps|options)\s+to\s+(?:further\s+)?$")
COOPERATING_WITH = re.compile(
    r"\b(?:cooperat\w*|partnership|relations|ties|work(?:ing)?|coordination|exchanges|dialogue|trade)\s+with\s+(?:the\s+)?$"
)
PRESSING = re.compile(r"pressure|isolation|sanctions (?:on|against)$|penalt", re.I)
NEW_NOUN_CLAIM = re.compile(r"\band\s+(?:its|their|his|her|our)\s+(?:\w+\s+){0,2}$")
PUNISHED_BEFORE = re.compile(
    r"\b(?:sanctions?|embargo|restrictions|pressure|penalties|measures|isolation)\s+(?:on|against|of)\s+(?:the\s+)?$"
)
POSITION_ON = re.compile(
    r"\b(?:position|stance|policy|issues?|questions?|matters?)\s+(?:on|regarding|concerning|over|towards|"
    r"(?:related|relating) to|with regard to)\s+(?:the\s+)?$"
)
PASSIVE_BY = re.compile(r"\s+by\s+(?:the\s+)?")
OWNER_BY = re.compile(
    r"\b(?:submitted|proposed|put forward|tabled|presented|launched|sponsored|initiated|drafted|adopted|"
    r"carried out|committed|waged|imposed)\s+by\s+(?:the\s+)?$"
)


def _passive(
    parties: list[Party], text: str, clause_start: int, cs: int, ce: int
) -> tuple[list[str], list[str]] | None:
    """A passive cue ("was condemned by Canada", "supported by Egypt"): the holders named after "by" (none when
    it names no state) and the targets before it: the one who put the thing forward ("a proposal submitted by
    Sudan"), else its owner ("Russia's annexation"), else the clause's subject; never a victim ("the invasion
    of Ukraine by Russia" is Russia's)."""
    cue = text[cs:ce]
    m = PASSIVE_BY.match(text, ce)
    if m is None or not re.search(r"(?:ed|ing)$", cue) or " " in cue.strip():
        return None
    holders: list[str] = []
    prev_end = m.end()
    for p in parties:
        if p.start < prev_end or "?" in p.codes:
            continue
        if p.start == m.end() or (
            holders and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[prev_end : p.start])
        ):
            holders += [c for c in p.codes if c not in holders]
            prev_end = p.end
        else:
            break
    before = [p for p in parties if clause_start <= p.start and p.end <= cs and not set(p.codes) & set(holders)]
    owners = [p for p in before if OWNER_BY.search(text, _back(p.start), p.start)]
    owners = owners or [p for p in before if re.search(r"\bby\s+(?:the\s+)?$", text[_back(p.start) : p.start])]
    owners = owners or [p for p in before if p.possessive or (p.demonym and not p.addressee)]
    owners = owners or [
        p for p in before if not p.addressee and not VICTIM_BEFORE.search(text, _back(p.start), p.start)
    ]
    targets = [c for p in owners[:1] for c in p.codes]
    return holders, targets


def _listed_after(parties: list[Party], text: str, first: Party, cs: int) -> bool:
    """ "The Chinese and Pakistani representatives": demonyms listed together name the subject's sides."""
    return any(
        p.start >= first.end and p.start < cs and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[first.end : p.start])
        for p in parties
    )


def _reported_support_follows(
    text: str, cs: int, ce: int, nxt: tuple[int, int, str] | None, parties: list[Party]
) -> bool:
    """ "appreciates X's support for / adherence to ...": the backing cue that follows carries it; not "the UK's
    support for Israel's right to defend itself", whose holder is the one supporting."""
    if nxt is None or nxt[2] != "supports" or APPRECIATION.search(text[nxt[0] : nxt[1]]):
        return False
    if not APPRECIATION.search(text[cs:ce]):
        return False
    between = [p for p in parties if ce <= p.start < nxt[0]]
    return bool(between) and all(p.possessive for p in between) and len(text[ce : nxt[0]].split()) <= 5


def _default_targets(
    issue: str,
    align: str,
    holder: list[str],
    event_parties: list[str],
    issue_polities: list[str],
    clause: str = "",
    named: frozenset[str] = frozenset(),
    rewritten: bool = False,
) -> list[str]:
    """Whose position a stance concerns when the object names no one: the issue's owner ("the one-China
    policy" is China's), or, for support, the state the issue is about ("peace in Ukraine"), else the
    other side where the clause names it and the claim is an opposition read as backing ("opposes the
    politicization of ... concerning China")."""
    default, needs = issue_targets().get((issue, align), ("", None))
    if default == "counterpart" and (needs is None or needs.search(clause)):
        others = [p for p in event_parties if p not in holder]
        return others if len(others) == 1 else []
    if default and (needs is None or needs.search(clause)):
        # "The ministers supported the Belt and Road Initiative": each of the others backs China's position
        return [d for d in [default] if d not in holder or len(holder) > 1]
    if default:
        return []
    if align != "supports":
        return []
    if issue_polities:
        return issue_polities[:1]
    if issue_group(issue) == "region":
        return []  # general support for peace in a region names no one whose position it backs
    # "opposes the politicization of human rights issues concerning China" backs the other side, named in the
    # clause; support that names no one ("supports the building of the Belt and Road", "support for the
    # two countries' cooperation") is a topic, never a stance towards the other side
    others = [p for p in event_parties if p not in holder and p in named and rewritten]
    return others[:1] if len(others) == 1 else []


def _is_org_span(span: tuple[int, int], offset: int, parties: list[Party]) -> bool:
    orgs = gazetteer.polities().orgs
    return any(span[0] == offset + p.start and all(c in orgs for c in p.codes) for p in parties)


SELF_DEFENCE = re.compile(r"\bright to (?:self-defen[cs]e|defend (?:itself|themselves|its\w*))\b", re.I)
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|via|between|visit\w*|arriv\w*(?:\s+in)?|left|capital|city|here)[,\s]+(?:the\s+)?$", re.I
)
VENUE_BEFORE = re.compile(r"\b(?:held|hosted|took place|taking place|convened|located)\s+in\s+(?:the\s+)?$", re.I)
AGENT_BEFORE = re.compile(
    r"\b(?:carried out|committed|launched|perpetrated|conducted|caused|initiated|waged|imposed|taken|posed)\s+"
    r"by\s+(?:the\s+)?$"
)
# The state a conduct is done to is its victim, never the one opposed ("condemned the invasion of Ukraine").
VICTIM_BEFORE = re.compile(
    r"\b(?:killings?|deaths?|suffering|evictions?|detentions?|abductions?|plight|displacement|shelling|bombing|"
    r"massacres?|genocide|ethnic cleansing|starvation|persecution|oppression|mistreatment|"
    r"(?:attacks?|strikes?|aggression|bombing|shelling)\s+(?:targeting|targeted at|aimed at)|"
    r"invasion|occupation|annexation|blockade|(?:attacks?|strikes?|aggression|war|hostilities|offensive|actions?|acts|moves|steps|"
    r"measures|provocations?)\s+"
    r"(?:on|against)|(?:attacks?|strikes?|war)\s+in|(?:imposed|sanctions?|embargo|restrictions)\s+(?:on|against))"
    r"\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:(?:territory|soil|people|citizens|nationals|forces|consulate|embassy)\s+of\s+"
    r"(?:the\s+)?)?$",
    re.I,
)
SANCTIONS_OBJECT = re.compile(
    r"^\S+(?:\s+\S+){0,12}?\s+(?:unilateral\s+|illegal\s+|illegitimate\s+|so-called\s+|sectoral\s+|new\s+)*"
    r"(?:sanctions|coercive measures|export controls)\b",
    re.I,
)
# A demand addressed to someone ("called on all parties to cease") names no owner; "called for the lifting of the
# blockade on Gaza" asks it of the issue's owner
DEMAND_CUE = re.compile(r"(?:urg|call(?!s?\s+for\b|ed\s+for\b|ing\s+for\b)|need|press|demand)", re.I)
ROLE_AFTER = re.compile(
    r"\s+(?:top\s+|foreign\s+|prime\s+|vice\s+)?(?:diplomat|minister|official|leader|president|premier|envoy|"
    r"ambassador|counterpart|chancellor|secretary|spokes(?:man|woman|person))\b",
    re.I,
)
PRETEXT = re.compile(r"\b(?:pretext|guise|excuse|cover|banner) of\s+(?:the\s+)?(?:\w+\s+){0,1}\w+", re.I)
# Conduct named before the cue, its owner opposed: "Russia's aggression must end", "the launches violate ..."
OWNER_BEFORE_CUE = re.compile(
    r"^must\b|^violat(?:e|es|ed|ing)\b|^breach(?:es|ed)?\b|^contraven(?:e|es|ed)\b|^bears?\b|\bgo unpunished$|^amount"
    r"|^in (?:\w+ )?(?:violation|breach|contravention) of"
)
TERRITORY_OR_RIGHT_CUE = re.compile(
    r"part of|^(?:has|have|had)\b|threats?$|aggressors?$|^unacceptable$|" + OWNER_BEFORE_CUE.pattern
)
THREAT_CUE = re.compile(r"threats?$|aggressors?$|^unacceptable$")
AGGRESSOR = re.compile(r"aggressors?$")
SANCTIONING = re.compile(r"sanctions (?:on|against)$")
THE_NATION = re.compile(r"\s+the\s+(?:nation|country)\b(?!\s+of\b)")
ANAPHORIC_OBJECT = re.compile(r"\s+(?:to\s*[.;,]|(?:to\s+)?(?:it|this|that|them|these|such \w+)\b)")
IMPERSONAL_CONCERN = re.compile(r"\b(?:matter|source|cause) of (?:\w+ )?concern$")
RIGHT_HOLDER = re.compile(r"\s+(?:has|have|had)\s")
TAIWAN_INDEPENDENCE = re.compile(r"\bTaiwan independence\b|\bindependence of Taiwan\b", re.I)
URGED_TO = re.compile(r"\bto$")
COOPERATIVE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:use|play|help|work|contribute|facilitate|support|join|continue|engage|step up|strengthen|"
    r"promote|take part|participate|exert|leverage|encourage|persuade|assist|cooperate|mediate|"
    # "urged the Charge d'Affaires to take note of the conducive business environment": an invitation to cooperate
    r"take note|consider|invest|visit|attend|explore|expand|deepen|enhance|boost|develop|establish|expedite|"
    r"speed up|finali[sz]e|conclude|sign|tap|seize|avail|make use|take advantage|set up|organi[sz]e|host|increase|"
    r"accelerate)\b",
    re.I,
)
SUPPORT_ONLY = re.compile(r"\s*(?:(?:and|in the face of|throughout|during|since)\b[^,;]{0,60})?[.;,]?\s*")
RETURN_OF = re.compile(r"\b(?:release|repatriation|return) of\b")
ATTACK = re.compile(
    r"\b(?:war|invasion|aggression|attacks?|strikes?|shelling|bombardment|offensive|atrocities|blockade|incursions?|"
    r"violations? of (?:\w+ )?(?:airspace|territorial waters|borders?))\b",
    re.I,
)


# The conflict a state taking part is at war in, when the text names the war only by its parties
# ("Zelensky ... condemned the Russian strikes on civilian infrastructure").
# Iran's own question (spec: "Iran, its nuclear programme, JCPOA"), as opposed to its conduct in the region
IRAN_OWN = re.compile(
    r"\b(?:nuclear|JCPOA|Joint Comprehensive Plan of Action|enrichment|uranium|IAEA|ballistic|missile programme)\b",
    re.I,
)
# The parties of a conflict, whose fight in it is the conflict's claim
CONFLICT_PARTIES = {
    "UKRAINE": {"UKR", "RUS", "BLR"},
    "MIDDLE_EAST": {"ISR", "PSE", "LBN", "SYR", "YEM", "IRN", "IRQ"},
    "AFGHANISTAN": {"AFG"},
    "MYANMAR": {"MMR"},
    "KOREAN_PENINSULA": {"PRK"},
}
# The state a conflict's aggressor is, for texts that name it only as "the aggressor (state)"
AGGRESSORS = {"UKRAINE": "RUS"}
AGGRESSOR_NAME = re.compile(
    r"\bthe (?:aggressor|terrorist) (?:state|country)\b|\bthe aggressor\b(?!\s+(?:state|country))"
)
PARTY_CONFLICTS = {"UKR": "UKRAINE", "ISR": "MIDDLE_EAST", "PSE": "MIDDLE_EAST", "AFG": "AFGHANISTAN", "MMR": "MYANMAR"}


def _conflict(pd: ParsedDoc, actor_index: SpanSet, event_parties: list[str] | None = None) -> str:
    """The conflict the document is about: its most named region code, else that of a party at war ("" when none)."""
    counts: dict[str, int] = {}
    for s in pd.sentences:
        for h in find_topics(mask(s.text, actor_index, s.start), s.start):
            if issue_group(h.code) == "region":
                counts[h.code] = counts.get(h.code, 0) + 1
    if counts:
        return max(counts, key=lambda c: counts[c])
    at_war = {PARTY_CONFLICTS[p] for p in event_parties or [] if p in PARTY_CONFLICTS}
    return at_war.pop() if len(at_war) == 1 else ""


def _issue_owners(issue: str) -> set[str]:
    """The states whose own question an issue is: the parties of a conflict, the owner ``issue_targets.tsv`` names."""
    owners = set(CONFLICT_PARTIES.get(issue, set()))
    owners |= {t for (i, _a), (t, _c) in issue_targets().items() if i == issue and t != "counterpart"}
    return owners


def _only_places(parties: list[Party], text: str, targets: list[str], cs: int) -> bool:
    """The targets are named only as where something happened ("the attacks on Indian students in Australia")."""
    named = [p for p in parties if p.start >= cs and set(p.codes) & set(targets)]
    return bool(named) and all(
        not p.possessive and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[_back(p.start) : p.start]) for p in named
    )


# Harm done to a state's sovereignty, security or affairs, which a holder opposing it rejects on that state's behalf
HARM = re.compile(
    r"\b(?:attempts?|threats?|undermin\w*|infring\w*|question\w*|challeng\w*|encroach\w*|harm\w*|jeopardi[sz]\w*|"
    r"split\w*|separat\w*|secession\w*|interfer\w*|erod\w*|violat\w*|breach\w*)\b",
    re.I,
)
SOVEREIGN_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:(?:\w+,?\s+){0,2}(?:and\s+)?)?(?:sovereignty|territorial integrity|independence|"
    r"national security|security|internal affairs|domestic affairs|affairs|unity|borders)\b"
    r"(?!\s+(?:forces|services|agencies|council|personnel|officials|apparatus|establishment|ministry)\b)"
)
SOVEREIGN_BEFORE = re.compile(
    r"\b(?:sovereignty|integrity|independence|security|affairs|unity|borders)\s+of\s+(?:the\s+)?$"
    r"|\b(?:split\w*|separat\w*|secession\w*)\s+(?:\w+\s+){1,3}from\s+(?:the\s+)?$"
)
# A named sovereignty question is the sovereign's: splitting Taiwan, Xinjiang, Tibet or Hong Kong from China
SEPARATION = re.compile(r"\b(?:split\w*|separat\w*|secession\w*|independence|interfer\w*|dismember\w*)\b", re.I)


def _sovereign_victims(parties: list[Party], text: str, start: int, end: int, issue: str) -> set[str]:
    """States named in ``text[start:end]`` as the ones whose sovereignty, security or affairs are harmed ("the
    sovereignty of Ukraine", "Azerbaijan's territorial integrity", "split Taiwan from China")."""
    out = {
        c
        for p in parties
        if start <= p.start < end
        and p.kind in ("polity", "side")
        and (
            (p.possessive and SOVEREIGN_AFTER.match(text, p.end))
            or SOVEREIGN_BEFORE.search(text, _back(p.start), p.start)
        )
        for c in p.codes
    }
    if issue in NAMED_SOVEREIGNTY and SEPARATION.search(text, start, end):
        default = issue_targets().get((issue, "supports"), ("", None))[0]
        # the sovereign, and the place itself where it is named as a party ("split Taiwan from China")
        places = [(h.start, h.end) for h in find_topics(text[start:end], start) if h.code == issue]
        named = {c for p in parties if any(a <= p.start < b for a, b in places) for c in p.codes}
        out |= {default, *named} if default else set()
    return out


def _interferers(parties: list[Party], text: str, start: int, end: int) -> set[str]:
    """States named as the ones interfering ("Australia's interference", "interference by the US")."""
    return {
        c
        for p in parties
        if start <= p.start < end
        and (
            re.match(r"(?:'s|’s)?\s+(?:\w+\s+){0,3}interfer", text[p.end : p.end + 50])
            # "interference by the US", "the destructive interference of the United States"
            or re.search(r"\binterfer\w*\s+(?:by|of|from)\s+(?:the\s+)?$", text[_back(p.start) : p.start])
        )
        for c in p.codes
    }


def _back(end: int, width: int = 120) -> int:
    """Where to start looking back from ``end`` for a phrase anchored there (bounded: long sentences stay linear)."""
    return max(0, end - width)


JOINT_PIECE = re.compile(
    r"\bjoint (?:article|op-?ed|opinion piece|piece|letter|statement|declaration|communiqu\w+|press release)\b", re.I
)


def _joint_authors(pd: ParsedDoc) -> list[str]:
    """The states signing a joint article or statement, named in its headline (two or more), else none."""
    got = pd.cache.get("stance_joint_authors")
    if got is None:
        title = pd.title or ""
        codes: list[str] = []
        if JOINT_PIECE.search(title):
            for _a, _b, hit in gazetteer.polities().find(title):
                if hit.code not in codes:
                    codes.append(hit.code)
        got = pd.cache["stance_joint_authors"] = codes if len(codes) >= 2 else []
    return list(got)  # type: ignore[call-overload]


def _joint_parties(events: list[Event], at: int) -> list[str]:
    """Who "the leaders", "they" or "the two sides" are at offset ``at``: the parties of the interaction
    reported last before it, with those reported in the same clause ("spoke separately with Chancellor
    Merkel and President Hollande ... The leaders agreed")."""
    # where each is told: its first sentence-long span, not a day or place it borrows from an earlier sentence
    starts = [
        (min((a for a, b in e.evidence if b - a >= 40), default=e.evidence[0][0]), e) for e in events if e.evidence
    ]
    before = [st for st, _ in starts if st <= at]
    if not before:
        return []
    last = max(before)
    return _parties_of_events([e for st, e in starts if st == last], named_only=False)


@cache
def _name_styles() -> frozenset[str]:
    """Styles and titles written before a name ("Sheikh Tamim", "King Abdullah"), never one person's name."""
    styles = gazetteer.word_class("style") | gazetteer.word_class("name_style")
    return frozenset(w.lower() for w in styles) | {"king", "queen", "emir", "amir", "sultan", "crown", "president"}


def _participant_surnames(events: list[Event]) -> dict[str, str]:
    """Family names of the named participants with their side, for mentions the actor layer left bare."""
    sides: dict[str, set[str]] = {}
    for e in events:
        for p in e.participants:
            code = p.country or p.org
            words = (p.name or "").split()
            # a two-word name may be written family name first ("Motegi Toshimitsu": "Minister MOTEGI")
            for word in words[-1:] + (words[:1] if len(words) == 2 else []):
                if code and len(word) >= 4 and word[0].isupper() and word.lower() not in _name_styles():
                    sides.setdefault(word, set()).add(code)
    return {word: next(iter(codes)) for word, codes in sides.items() if len(codes) == 1}


def _parties_of_events(events: list[Event], named_only: bool) -> list[str]:
    """States and organisations taking part (only the unnamed ones, e.g. ambassadors, when asked)."""
    out: list[str] = []
    for e in events:
        for p in e.participants:
            code = p.country or p.org
            if code and code not in out and not (named_only and p.name):
                out.append(code)
    return out


def _log(trace: list[str] | None, line: str) -> None:
    if trace is not None:
        trace.append(line)


def _dedupe(found: list[tuple[int, int, str]], text: str = "") -> list[tuple[int, int, str]]:
    """Overlapping cues ("firmly supports", "supports") count once, the longest kept; a cue that
    follows one of the same alignment within two words ("making Russia pay for its illegal war")
    is the same claim."""
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            continue
        if (
            out
            and text
            and f[2] == out[-1][2]
            and EVALUATIVE.match(text, f[0])
            and (
                len(text[out[-1][1] : f[0]].split()) <= 2
                # "concern about the PRC's dangerous and destabilizing actions": the object of the cue before
                or (
                    f[2] == "opposes"
                    and len(text[out[-1][1] : f[0]].split()) <= 8
                    and not re.search(r"[;.]", text[out[-1][1] : f[0]])
                )
            )
        ):
            out[-1] = (out[-1][0], f[1], f[2])
            continue
        out.append(f)
    return out


def _context_blocks(pattern: re.Pattern[str], before: str, after: str, clause: str, noun_cue: bool) -> bool:
    """Courtesy and discussion contexts: before the cue ("...$"), its object ("^..."), or the clause."""
    src = pattern.pattern
    if src.endswith("$"):
        return bool(pattern.search(before))
    if src.startswith("^"):  # "appreciates China's assistance": thanks for aid, not "support and assistance"
        return not noun_cue and bool(pattern.search(after))
    return bool(pattern.search(clause))


BARE_NOUN_CUE = re.compile(
    r"(?:support|backing) (?:of|for|to)$|(?:condemnation|rejection) of$|(?:opposition|objections?) to$"
    r"|concerns? (?:over|about|at|regarding|with|by)$"
)
# "further support from", "the support": "support" as a noun, whoever gives it
SUPPORT_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|my|continued|additional|any|such|full|strong|firm|"
    r"unwavering|steadfast)|'s|’s)\s+$",
    re.I,
)
REQUEST_BEFORE = re.compile(
    r"\b(?:ask\w*|sought|seek\w*|request\w*|solicit\w*|count\w* on|rel(?:y|ies|ied|ying) on|hop(?:e|es|ed|ing) for|"
    r"look\w* forward to|expect\w*|need\w*|appeal\w* for|mobili[sz]\w*|enlist\w*|garner\w*)\s+(?:\S+\s+){0,5}$"
)
OWNING_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|my)|'s|’s|s'|s’)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}$")
EXPRESSING_BEFORE = re.compile(
    r"\b(?:express\w*|reaffirm\w*|reiterat\w*|voic\w*|convey\w*|pledg\w*|offer\w*|extend\w*|affirm\w*|confirm\w*|"
    r"underline\w*|underscor\w*|emphasi[sz]\w*|stress\w*|highlight\w*|declar\w*|restat\w*|assur\w*|show\w*|"
    r"demonstrat\w*|register\w*|lodg\w*|rais\w*|shar\w*|renew\w*|continues?|continuing|maintain\w*|sustain\w*|"
    r"signal\w*|made clear)\s+(?:(?!(?:importance|need|necessity|prospects?|ways|issues?|questions?|level)\b)"
    r"[\w.'’-]+,?\s+){0,4}$",
    re.I,
)


def _bare_noun(
    text: str, parties: list[Party], clause_start: int, cs: int, ce: int, reported: list[str], passive: bool
) -> bool:
    """A position named as a noun that no one in the clause expresses or owns ("the importance of international
    support for Ukraine", "asked for Japan's support", "spoke about military support for Ukraine")."""
    noun_support = text[cs:ce].lower() in ("support", "backing") and bool(
        SUPPORT_NOUN_BEFORE.search(text, _back(cs, 60), cs) or re.match(r"\s+(?:from|at|during)\b", text[ce:])
    )
    if not (noun_support or BARE_NOUN_CUE.search(text[cs:ce])) or reported or passive:
        return False
    before = text[clause_start:cs]
    if REQUEST_BEFORE.search(before):
        return True  # "asked for Japan's support", "hoped for further support from Lithuania": sought, not held
    if OWNING_BEFORE.search(before):
        return False
    if any(p.kind in ("polity", "side") and 0 <= cs - p.end <= 1 and p.end > clause_start for p in parties):
        return False  # "U.S. support for", "German support for": the state named as the noun's owner
    of_holder = OF_HOLDER.match(text, ce)
    if of_holder and any(p.start == of_holder.end() for p in parties):
        return False  # "the support of Hungary"
    if text[cs:ce].startswith("concern") and re.search(r"\bdiscuss\w*\s+$", before):
        return False  # "discussed concerns regarding the arrests": the concerns voiced
    return not EXPRESSING_BEFORE.search(before)
