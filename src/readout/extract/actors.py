"""Actors: people with their titles and the state or organisation they represent.

Mentions are found from titles ("State Councilor and Foreign Minister Wang Yi"), apposition
("Lu Kang, Vice-minister of ..."), known office holders, and groups ("the ambassadors of
Japan and Russia"). Mentions are then clustered into people (surname coreference), and each
person's country is settled from the most explicit evidence: a demonym or "of"-phrase, the
table of office holders, then the publisher's own side for the titles that state uses.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from readout import gazetteer
from readout.extract.dates import find_dates
from readout.extract.document import LOWER, UPPER, ParsedDoc, carries_wire
from readout.extract.entities import Entity
from readout.extract.places import dateline_state, listed_states, states_named
from readout.extract.spans import SpanSet
from readout.gazetteer import fold, name_tokens
from readout.model import Span

HONORIFIC = (
    r"(?:(?:Shri|Smt\.?|Shrimati|Mawlawi|Maulana|Mullah|Haji|H\.\s?E\.|H\s+E(?=\s+[A-Z])|"
    r"His Excellency|Her Excellency|Excellency|"
    r"Mr\.?|Mrs\.?|Ms\.?|Madam|Dr\.?|Prof\.?|Sir|Dame|Lord|Sheikh|HH|HRH|H\.H\.|HM|the\s+Hon\.?|Hon\.?|The\s+Hon\.?|"
    r"(?:the\s+)?Right\s+Hono(?:u)?rable|the\s+Honourable|Honourable|(?:the\s+)?Rt\.?\s+Hon\.?|"
    r"(?:the\s+)?Most\s+Hon\.?|(?:the\s+)?Most\s+Honourable)\s+)"
)
HONORIFIC_WORD = re.compile(r"H\.E\.|H\.H\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Hon\.?|Excellency")
NAME_WORD = (
    # "Md. Shahriar Alam", "Mohd. Redzuan": South and Southeast Asian abbreviations of Muhammad
    rf"(?:(?:Md|Mohd|Muhd)\.(?=\s+[{UPPER}])"
    # "Prof. G.L. Peiris", "A.K. Abdul Momen": initials without spaces (not "U.S.", "U.K.", "H.E.")
    rf"|(?!U\.S\.|U\.K\.|U\.N\.|E\.U\.|H\.E\.|H\.H\.|P\.M\.|A\.M\.)(?:[{UPPER}]\.){{2,3}}(?=[^\S\n]*[{UPPER}][{LOWER}])|(?:[{UPPER}]|Ts|Ch|Sh|Zh|Kh|Ya|Yu|Ye|Yo)\.[{UPPER}][{LOWER}'’ʻʼ]+|(?![AI]\s)[{UPPER}](?=\s+[{UPPER}][{LOWER}]{{2}})|[AI](?=\s+[{UPPER}]\s+[{UPPER}][{LOWER}]{{2}})|[{UPPER}][{LOWER}'’ʻʼ]+(?:-[{UPPER}{LOWER}'’ʻʼ]+)*|[{UPPER}]\.|(?:al|el)-[{UPPER}][{LOWER}'’ʻʼ]+"
    rf"|[{UPPER}]{{2,}}(?=\s+[{UPPER}][{LOWER}]))"
)
PARTICLE = r"(?:bin|binti|ibn|al|el|de|da|di|van|von|der|den|dos|das|du|la|le|del)"
# A regnal number ends a name: "King Abdullah II of Jordan".
# Words of a name stand apart by spaces or one line break (wrapped copy), never a blank line.
WS = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"
NAME = rf"{NAME_WORD}(?:{WS}(?:{PARTICLE}{WS}){{0,2}}{NAME_WORD}){{0,6}}(?:{WS}(?:II|III|IV|VI|VII|VIII)(?![\w-]))?"
NOT_NAME = {
    "The",
    "In",
    "On",
    "At",
    "During",
    "After",
    "Before",
    "Both",
    "They",
    "He",
    "She",
    "It",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Today",
    "Yesterday",
    "And",
    "As",
    "For",
    "With",
    "From",
    "To",
    "Of",
    "By",
    "Beijing",
    "Washington",
    "Hon",
    "MP",
    "Mr",
    "Ms",
    "Mrs",
    "His",
    "Her",
    "Their",
    "Our",
    "We",
    "I",
    "Excellency",
    "Dr",
    "Prof",
    "Dato",
    "Datuk",
    "Sir",
    "Dame",
    "Madam",
    "Comm'n",
    "Majesty",
    "Highness",
    "Also",
    "Later",
    "Earlier",
    "Shri",
    "Smt",
    "Amb",
    "Mawlawi",
    "Maulana",
    "Mullah",
    "Haji",
    "Secretary",
    "Minister",
    "President",
    "Prime",
    "Foreign",
    "Comrade",
    # Bodies, not people: "Leader of BESA Movement", "the VLEN Coalition".
    "Movement",
    "Coalition",
    "Alliance",
    "Front",
    "Association",
    "Foundation",
    "Institute",
    "Company",
    "Corporation",
}
NOT_NAME |= gazetteer.word_class("connective")  # "Moreover, Minister MOTEGI expressed ..."

# Headline verbs and nouns that end a name ("Sadyr Zhaparov Meets with ...", "Blinken's Meeting").
NAME_STOP = {
    "Meets",
    "Confers",
    "Meet",
    "Met",
    "Holds",
    "Hold",
    "Held",
    "Has",
    "Have",
    "Had",
    "Call",
    "Calls",
    "Meeting",
    "Meetings",
    "Talks",
    "Talk",
    "Video",
    "Phone",
    "Telephone",
    "Consultation",
    "Consultations",
    "Conversation",
    "Visit",
    "Visits",
    "Receives",
    "Received",
    "Speaks",
    "Spoke",
    "Exchange",
    "Exchanges",
    "Messages",
    "Message",
    "Congratulates",
    "Answers",
    "Question",
    "Readout",
    "Summit",
    "Sends",
    "Sent",
    "Welcomes",
    "Hosts",
    "Attends",
    "Discusses",
    "Says",
    "Said",
    "Urges",
    "Thanks",
    "Condoles",
    "Chats",
    "And",
    "With",
    "On",
    "In",
    "Conveys",
    "Pays",
    "Addresses",
    "Signs",
    "Launches",
    "Praises",
    "Reiterates",
    "Stresses",
    "Hails",
    "Delivers",
    "Joins",
    "Co-chairs",
    "Chairs",
    "Leads",
    "Concludes",
    "Wraps",
    "Begins",
    "Arrives",
    "Departs",
    # more of a headline's verbs after an office ("PNG Prime Minister Invites President Widodo")
    "Invites",
    "Greets",
    "Bids",
    "Accepts",
    "Inaugurates",
    "Tours",
    "Reviews",
    "Explores",
    "Affirms",
    "Reaffirms",
    "Assures",
    "Commends",
    "Lauds",
    "Seeks",
    "Pledges",
    "Vows",
    "Agrees",
    "Backs",
    "Rejects",
    "Condemns",
    "Warns",
    "Briefs",
    "Honours",
    "Honors",
    "Presents",
    "Announces",
    "Appoints",
    "Expresses",
    "Highlights",
    "Emphasizes",
    "Emphasises",
    "Underlines",
    "Underscores",
    "Witnesses",
    "Unveils",
    "Requests",
    "Proposes",
    "Extends",
    "Encourages",
    "Applauds",
    "Congratulated",
    "Invited",
} | gazetteer.word_class("medium")  # "Taking to Twitter, Minister X wrote": a platform
# Bodies that are not states' ("Co-chair of the Bill & Melinda Gates Foundation"): no state by default.
NON_STATE = re.compile(
    r"\b(?:Foundation|Company|Corporation|Inc|Ltd|University|Institute|Association|Society|Enterprises?|Holdings|"
    r"Chamber of Commerce|Group|Fund|Committee of the Red Cross|Forum|Centre|Center)\b"
)
# "X, the special envoy of Iranian President Y": the principal who sent the envoy, named after it
ENVOY_OF = re.compile(r"\b(?:envoy|emissary|representative|delegate)\s+of\s+(?:the\s+)?$", re.I)
VERB_AFTER_NAME = re.compile(
    r"\b(?:met|meets|held|holds|received|receives|called|calls|spoke|speaks|said|says|discussed|visited|visits|paid|"
    r"pays|hosted|hosts|welcomed|welcomes|told|had|has)\b"
)
GROUP_NOUNS = (
    r"counterparts|ambassadors|foreign ministers|ministers|leaders|presidents|prime ministers|heads of state|envoys|"
    r"representatives|(?:deputy )?high commissioners|"  # "Deputy High Commissioners of Australia and New Zealand"
    r"delegations|delegation|senior diplomats|diplomats|officials|members|heads of (?:diplomatic )?missions?|"
    r"international organi[sz]ations"
)
LONE_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:counterparts?|opposite numbers?)\b"
    r"(?!\s*,?\s*(?:[A-Z]|H\.E\.|Mr|Ms|Dr))"
)
LEADERSHIP = re.compile(
    r"\b(?:with|met|meets|meeting)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+(?:top\s+|political\s+)?"
    r"leadership\b"
)
# "Council of Foreign Ministers", "Committee of Permanent Representatives": a body, not its members.
INSTITUTION_START = re.compile(
    r"(?:Office|Ministry|Embassy|Consulate|Secretariat|Department|Bureau|Council|Committee|Conference|Assembly)"
    r"\s+of\b"
)
INSTITUTION_END = re.compile(
    r"(?<!\bof)(?<!\bfor)(?<!\bthe)\s+(?:Office|Ministry|Embassy|Mission|Consulate|Secretariat|Department|Bureau)$"
)
HEAD_OF_UNIT = re.compile(
    r"(?:Director|Deputy Director|Director[- ]General|Deputy Director[- ]General|Head|Chief|Secretary)"
    r"[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?[A-Z]"
)
# "Ambassador of United Sates of America": the title runs into a state's name the tables do not
# know (a misspelling), and what follows is the rest of that name, not a person's.
DANGLING_STATE = re.compile(
    r"\b(?:of|to)(?:\s+the)?\s+(?:United|Republic|Kingdom|People's|Federal|Islamic|Democratic|Arab)$"
)
# "the Ambassador of Latvia to the country Edgars Skuja": an envoy posted where the text is about.
# "to this country", "in Abuja, Nigeria": where an envoy titled before the name serves.
POSTED_HERE = (
    r"(?:[^\S\n]+to[^\S\n]+(?:the|this|our)[^\S\n]+country"
    r"|[^\S\n]+in[^\S\n]+[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?(?:,[^\S\n]+[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)?(?=,))?"
)
LOOKBACK = 200  # characters searched before a title for a demonym or an apposed name
LIST_SEP = r"(?:\s*[,،;]\s*(?:and\s+|as well as\s+)?|\s+and\s+(?:of\s+)?|\s+as well as\s+)"  # "... and of C"


@dataclass
class Mention:
    start: int
    end: int
    name: str | None
    title: str | None
    country: str | None = None  # from the mention itself (demonym, of-phrase)
    org: str | None = None
    in_headline: bool = False
    group: bool = False
    person: Person | None = None
    affiliation_only: bool = False  # "Bill Gates, co-chair of the ... Foundation": no state by default


@dataclass
class Person:
    name: str | None
    title: str | None
    country: str | None
    org: str | None
    mentions: list[Mention] = field(default_factory=list)
    country_source: str = ""

    @property
    def party(self) -> str:
        return self.country or self.org or "?"

    @property
    def affiliation_only(self) -> bool:
        """Known only by posts in bodies that are not states' ("co-chair of a foundation")."""
        titled = [m for m in self.mentions if m.title]
        return bool(titled) and all(m.affiliation_only for m in titled)

    @property
    def envoy(self) -> bool:
        return any(envoy_title(m.title) for m in self.mentions)


@dataclass
class Actors:
    mentions: list[Mention]  # in text order (headline mentions have in_headline=True)
    people: list[Person]
    _body: list[Mention] = field(default_factory=list, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)
    _indexed: int = field(default=0, repr=False)

    def in_span(self, start: int, end: int) -> list[Mention]:
        """Body mentions starting in [start, end), in text order."""
        if self._starts is None or self._indexed != len(self.mentions):  # mentions only ever grow
            self._body = sorted((m for m in self.mentions if not m.in_headline), key=lambda m: m.start)
            self._starts = [m.start for m in self._body]
            self._indexed = len(self.mentions)
        return self._body[bisect_left(self._starts, start) : bisect_left(self._starts, end)]


@cache
def rx(pattern: str) -> re.Pattern[str]:
    """A pattern built from the big name and title parts, compiled once: the re module's own cache (512
    patterns) is churned by the per-name patterns other layers build, and recompiling these costs more than
    matching them."""
    return re.compile(pattern)


@cache
def title_pattern() -> re.Pattern[str]:
    """A title: office words chained with of/for/the/and, state or organisation names, acronyms."""
    off = gazetteer.offices()
    pol = gazetteer.polities()
    words = gazetteer.alternation(sorted(off.title_words))
    places = gazetteer.alternation([p for p in pol.by_phrase if p[:1].isupper()])
    # "President-elect", "Foreign Minister-designate" hold the office's title too.
    # "UN High-Representative": office words joined by a hyphen are one word.
    unit = (
        rf"(?:Charg[eé][^\S\n]+[dD]['’][Aa]ffaires(?:[^\S\n]+a\.\s?i\.)?"
        # "Foreign minister Cho Tae-yul": a news story's office with its head word in lowercase
        rf"|(?:Foreign|Prime|Defen[cs]e|Finance|Trade|Interior|Economy)[^\S\n]+minister"
        rf"|{words}|Vice-[Mm]inister|Vice-[Pp]remier|Deputy-?[A-Z][a-z]+|High-[A-Z][a-z]+)"
        rf"(?:-(?:[Ee]lect|[Dd]esignate))?(?![\w-])"
    )
    acronym = r"[A-Z]{2,}(?:-[A-Z]+)?(?![\w-])"
    complement = rf"(?:(?:{places})(?![\w-])|{unit}|{acronym}|\({acronym}\))"
    # After a bare space an all-capitals word before a given name is a family name ("Foreign
    # Minister KISHIDA Fumio"), not an acronym; "and the" starts another office. A title
    # never runs across a line break.
    sp = r"[^\S\n]+"
    # "Assistant Secretary of State for East Asian and Pacific Affairs": a region's compass word in a portfolio.
    compass = rf"(?:(?:East|West|North|South|Southeast|Northeast|Near|Middle)(?:ern)?{sp})?"
    # "Co-Chair of the EU-Armenia Parliamentary Partnership Committee": a body no table holds, named by
    # capitalised words that end in an institution's word.
    body = (
        rf"(?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*{sp}){{1,5}}"
        rf"(?:{gazetteer.alternation(sorted(INSTITUTION_WORDS))})(?![\w-])"
    )
    link = (
        rf"{sp}(?:of|for|on|in|at)(?:{sp}the)?{sp}{compass}(?:{body}|{complement})"
        # "Adviser to the President", "Ambassador to China"; not "the Amir to King X" (the office of another)
        rf"|{sp}to(?:{sp}the{sp}{compass}(?:{body}|{complement})|{sp}{compass}(?:{body}|(?:{places})(?![\w-])|{acronym}))"
        rf"|{sp}and{sp}(?!the\b){complement}"
        rf"|{sp}(?:(?:{places})(?![\w-])|{unit}|\({acronym}\)|{acronym}(?!\s+[A-Z][a-z]))"
        rf"|,{sp}{unit}|[^\S\n]*&[^\S\n]*{complement}"
        rf"|(?<=[a-z])['’]s{sp}{unit}"  # "Chairman of Vietnam's National Assembly"
        rf"|{sp}\((?:East|West|North|South|Economic Relations|Consular|Political)\)"  # "Secretary (East)"
    )
    return re.compile(rf"(?<![\w-])(?:{unit})(?:{link})*")


def _leading_polity(words: list[str], states_only: bool = False) -> tuple[int, gazetteer.PlaceName] | None:
    """The longest run of ``words`` from the first that names a state or organisation ("Trinidad and Tobago",
    "Jordan." of "King Abdullah II of Jordan."), with its number of words; ``states_only`` skips organisations."""
    pol = gazetteer.polities()
    for k in range(len(words), 0, -1):
        hit = pol.lookup(" ".join(words[:k]).rstrip(".,;"))
        if hit is not None and not (states_only and hit.is_org):
            return k, hit
    return None


def _office_of_city(text: str, t_end: int, posted: bool = False) -> tuple[int, str | None] | None:
    """ "... of Los Angeles" right after an office and before a name: the end of the city and its state; an
    envoy's "Consul General in Lahore Zhao Shiren" (``posted``): the end of the city where he serves, no state."""
    word = "in" if posted else "of"
    m = re.match(rf"[^\S\n]+{word}[^\S\n]+((?:[A-Z][\w'’.-]*[^\S\n]+){{1,3}})(?=[A-Z])", text[t_end:])
    if not m:
        return None
    words = m.group(1).split()
    places = gazetteer.places()
    for k in range(len(words), 0, -1):
        city = places.city(" ".join(words[:k]))
        if city is not None and city.population >= 100_000:
            at = t_end + m.start(1) + len(" ".join(words[:k]))
            if rx(rf"[^\S\n]+{NAME}").match(text[at:]) and gazetteer.polities().lookup(" ".join(words[:k])) is None:
                return at, None if posted else city.iso3
    return None


def _is_title(text: str) -> bool:
    heads = gazetteer.offices().title_heads
    words = [re.sub(r"-(?:[Ee]lect|[Dd]esignate)$", "", w.strip("()")) for w in re.split(r"[\s,]+", text)]
    words += [part for w in words if w.startswith("High-") for part in w.split("-")]
    return any(w in heads or w == "minister" or w.lower().startswith("vice-minister") for w in words)


TRAILING_STYLE = re.compile(
    r",?\s+(?:the\s+)?(?:Honou?rable|Hon\.?|Rt\.?\s+Hon\.?|H\.\s?E\.?|(?:His|Her)\s+Excellency|Excellency|Shri)$"
)
SERVED_OFFICES = {"President", "Prime", "Government", "King", "Emir", "Amir", "Chancellor", "Premier", "Sultan"}


def trim_title(title: str) -> tuple[str, str | None, str | None]:
    """Split "Prime Minister of Japan" into ("Prime Minister", "JPN", None); keep "Ambassador to China"."""
    pol = gazetteer.polities()
    country = org = None
    # "President of the UAE Sheikh X", "Minister of Foreign Affairs Prince X": the style is the name's.
    words = title.split()
    while len(words) > 1 and words[-1].lower() in gazetteer.word_class("style") and words[-2] != "Crown":
        words.pop()
    if len(words) > 2 and words[-1] == "Senator":
        words.pop()  # "Minister for Foreign Affairs Senator Penny Wong": Australia's senators style themselves so
    title = " ".join(words)
    # "to X" names where an envoy serves, "for X" a portfolio, not whom they represent.
    for s, e, hit in pol.find(title):
        # "Ambassador for the Federative Republic of Brazil": an envoy "for" a state represents it
        # but "UN Special Envoy for Syria", "Special Envoy of the Secretary-General for Syria": an organisation's
        # envoy "for" a state has it as a portfolio
        org_envoy = "Secretary-General" in title[:s] or any(h.is_org for _a, _b, h in pol.find(title[:s]))
        represents = envoy_title(title[:s]) and not org_envoy
        posted = r"\b(?:to|in)\s+(?:the\s+)?$" if represents else r"\b(?:to|for|in)\s+(?:the\s+)?$"
        # "National Security Advisor to the U.S. President": serving a state's own office is serving that state
        serves = (after := re.match(r"\s+([A-Z][\w-]+)", title[e:])) and after.group(1) in SERVED_OFFICES
        if re.search(posted, title[:s]) and not hit.is_org and not serves:
            continue
        if hit.is_org:
            org = org or hit.code
        else:
            country = country or hit.code
    if country is None and org is None:
        country = _seat_of_government(title)
    for m in re.finditer(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])", title):
        rest = re.sub(r"\s*\([A-Z]+\)$", "", title[m.end() :])
        if pol.lookup(rest) is not None:  # "... Minister of Foreign Affairs of the People's Republic of China"
            title = title[: m.start()]
            break
    # "His Majesty King Abdullah II", "Her Royal Highness Princess X": the style is no part of the office.
    title = re.sub(r"^(?:(?:Royal|Majesty|Highness|Excellency)\s+)+(?=\S)", "", title.strip(" ,"))
    # "Prime Minister of the Republic of India, Honourable": a style written after the office is no part of it
    title = TRAILING_STYLE.sub("", title)
    return title.strip(" ,"), country, org


# Office words that are given names or part of names too ("Hossein Amir Abdollahian", "Sheikh Nawaf").
GIVEN_NAME_HEADS = {"Amir", "Emir", "Sheikh", "Prince", "King", "Queen", "Sultan", "Crown", "Chief", "Leader", "Head"}
INSTITUTION_WORDS = {
    "Council", "Committee", "Commission", "Assembly", "Party", "Ministry", "Office", "Parliament", "Agency",
    "Authority", "Bank", "Union", "League", "Organization", "Organisation", "Secretariat", "Department", "Bureau",
    "Cabinet", "Government", "Congress", "Forces", "Mission", "Embassy", "District", "Region", "Province", "Oblast",
    "Krai", "Territory", "Municipality", "Prefecture", "Governorate", "County", "Staff", "Directorate",
}  # fmt: skip
RANKS = {"Major", "Brigadier", "Lieutenant", "Colonel", "Captain", "Rear", "Air", "General", "Admiral", "Marshal"}


def _seat_of_government(title: str) -> str | None:
    """The state of a seat of government whose body a title names ("senior director of the White House National
    Security Council", "Kremlin Press Secretary" -> the state of the venue)."""
    pl = gazetteer.places()
    for v in pl.venue_pattern.finditer(title):
        if re.match(r"\s+(?:National|Office|Council|Press|Chief|Counsel|Staff|Administration)\b", title[v.end() :]):
            found = pl.venue(v.group(1))
            return found[1] if found else None
    return None


def _joint_body(title: str) -> bool:
    """A title in a body two sides share ("Co-Chair of the EU-Armenia Parliamentary Partnership Committee")."""
    pol = gazetteer.polities()
    pairs = re.finditer(r"(?<![\w-])([A-Z][\w'’]*)[-–]([A-Z][\w'’]*)(?![\w-])", title)
    return any(pol.lookup(m.group(1)) is not None and pol.lookup(m.group(2)) is not None for m in pairs)


def _state_word(word: str) -> bool:
    """A state's or organisation's name as written: "Un" of "Kim Jong Un" is not the UN."""
    return gazetteer.polities().lookup(word) is not None and (len(word) > 3 or word.isupper())


MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"}  # fmt: skip


@cache
def _name_styles() -> re.Pattern[str]:
    """Honorary styles before a name, followed by at least two words of the name."""
    styles = gazetteer.alternation(list(gazetteer.word_class("name_style")))
    return re.compile(rf"(?<![\w'’])(?:{styles})\s+(?={NAME_WORD}\s+{NAME_WORD})")


def _opens_known_name(name: str) -> bool:
    """Whether ``name`` opens with a word that is usually an office or a stop word but here the first word of a
    known holder's name ("Amir Khan Muttaqi", "Sheikh Hasina", "To Lam"), not the office a style-name carries
    ("King Salman")."""
    first = name.split()[0] if name.split() else ""
    return any(t.name.split()[0] == first for t in gazetteer.offices().holders(name))


def _clean_name(raw: str, after_title: bool = False) -> str | None:
    """The name in ``raw`` without honorifics, ranks, titles or a state around it (None when nothing is
    left). ``after_title``: the words follow an office ("Foreign Secretary Hague"), where a city's name is a
    family name, not the place a sentence opens with ("While in Tallinn, the Minister")."""
    off = gazetteer.offices()
    raw = _name_styles().sub("", raw)  # "Datuk Seri Saifuddin Abdullah", "Afioga Fiamē ...": styles, not the name
    head, _nl, rest = raw.partition("\n")
    next_line = rest.split()
    if next_line[:1] in (["Photo"], ["Photos"], ["Credit"], ["Source"], ["Video"], ["Image"], ["File"]) or any(
        w in off.title_heads or w.rstrip("'’").removesuffix("s") in off.title_heads or w in NAME_STOP or _joint_body(w)
        for w in next_line
    ):  # "... Choquehuanca\nPhoto: OAS": a caption's label on the next line
        raw = head  # a caption's next line ("... Hayashi Yoshimasa\nForeign Minister Bui Thanh Son") is another's
    words = raw.split()
    for i, w in enumerate(words):
        if i and w in NAME_STOP:
            words = words[:i]
            break
        if w.endswith(("'s", "’s")):
            words = words[: i + 1]
            break
    pol = gazetteer.polities()
    if words and words[0] in NAME_STOP:
        return None  # "Pakistani Envoy Visits Ayorkor Botchwey": a verb after the title, no name
    # "Amir Khan Muttaqi": an office word that is the given name of a holder the table knows stays (asked last:
    # only of a word that would go)
    while (
        words
        and not (after_title and _family_name_he(words))
        and (
            words[0] in NOT_NAME
            or words[0] in off.title_words
            or (words[0][-1:] == "s" and words[0][:-1] in off.title_heads)  # "Ambassadors Ana Silva (Brazil) and ..."
            or HONORIFIC_WORD.fullmatch(words[0])
        )
        and not _opens_known_name(" ".join(words))
    ):
        words.pop(0)
    if words[:2] == ["H", "E"] and len(words) > 3:
        words = words[2:]  # "H E Sayyid Badr al Busaidi": His Excellency without its stops
    if words[:1] == ["HE"] and len(words) > 2:
        words = words[1:]  # "HE Sheikh Mohammed bin Abdulrahman": His Excellency in Gulf agencies' style
    while len(words) > 1 and re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]):
        words.pop(0)  # "P.M. Tuilaepa": an abbreviated office
    while len(words) > 2 and words[0] in RANKS:
        words.pop(0)  # "Major General Jioji Konusi Konrote"
    while len(words) > 2 and (hit := pol.lookup(words[0])) is not None and not hit.is_demonym:
        words.pop(0)  # "Ambassador of Afghanistan Hazrat Omar Zakhilwal": the state before the name
    # "Prime Minister Theresa May spoke ...": after an office and a given name, a month's name is a family name
    # (the caller has cut "... Kerry May 5" before a day).
    family_month = after_title and len(words) >= 2 and words[-1] in MONTH_NAMES and words[-2] not in NOT_NAME
    while (
        words
        and not (family_month and len(words) >= 2 and words[-1] in MONTH_NAMES)
        and (words[-1] in NOT_NAME or words[-1] in off.title_words or _state_word(words[-1]))
    ):
        if words.pop() in INSTITUTION_WORDS:
            return None  # "the Sudanese Sovereignty Council": a body's name, not a person's
    if words and words[-1] in gazetteer.word_class("landmark"):
        return None  # "laid a wreath at President Ho Chi Minh Mausoleum": a place
    if len(words) > 1 and words[0] in gazetteer.word_class("building"):
        return None  # "drove Anwar to Kompleks Seri Perdana": a building named first, as Malay and Spanish do
    if " ".join(words) in gazetteer.word_class("name_style"):
        return None  # "his son Pengiran Muda 'Abdul Mateen": the style alone is nobody's name
    if words and all(w in gazetteer.word_class("ideal") for w in words):
        return None  # "the Founder of Peace and National Unity": an honorific's ideal, not a name
    body = [i for i, w in enumerate(words[:-2]) if w in INSTITUTION_WORDS]
    if body:
        words = words[body[-1] + 1 :]  # "CPC Chongqing Municipal Committee Chen Miner": the name after the body
    heads = [i for i, w in enumerate(words[:-1]) if w in off.title_heads and w not in GIVEN_NAME_HEADS]
    if heads:
        words = words[heads[-1] + 1 :]  # "Greek Foreign Minister Avramopoulos": the name after the office
    if not words:
        return None
    if all(
        w in off.title_words
        or pol.lookup(w) is not None
        or w in ("States", "Nations", "Kingdom", "Countries", "Members")
        for w in words
    ):
        return None
    out = []
    for w in words:
        w = w.rstrip("'’")
        if w.endswith("'s") or w.endswith("’s"):
            w = w[:-2]
        # Japanese MOFA writes family names in capitals: "HAYASHI Yoshimasa".
        roman = re.fullmatch(r"[IVX]+", w) is not None  # "King Charles III"
        out.append(w.capitalize() if len(w) > 2 and w.isupper() and not roman and "." not in w else w)
    if any(w in INSTITUTION_WORDS or w in ("News", "Press") for w in out):
        return None  # "... Bhutto Zardari Government Agency News": an outlet's name at the foot of the page
    name = " ".join(out)
    city = gazetteer.places().city(name)
    if pol.lookup(name) is not None or (city is not None and city.population >= 100_000 and not after_title):
        return None  # "While in Tallinn, the Minister ...": a place before a title, not a name
    if len(out) == 1 and re.fullmatch(r"[A-Z][a-z]*-[a-z]+", name):
        return None  # "Speaker Dr. Non-resident ambassadors": a compound word opening a sentence, not a name
    return name if re.search(r"[a-z]", name) else None


def _state_named_given_name(title: str, name: str) -> tuple[str, str] | None:
    """ "Foreign Minister Israel" before "Katz": the office and the full name, when a bare state's name ends it."""
    if " " in name:
        return None
    last = [(a, b) for a, b, hit in gazetteer.polities().find(title) if b == len(title) and not hit.is_demonym]
    if not last or re.search(r"\b(?:of|for|to|in|and)\s+(?:the\s+)?$", title[: last[0][0]]):
        return None
    a = last[0][0]
    return title[:a].strip(), f"{title[a:]} {name}"


def _family_name_he(words: list[str]) -> bool:
    """ "Vice Premier He Lifeng": after an office, "He" and one given name is a Chinese family name, no pronoun."""
    return len(words) == 2 and words[0] == "He" and words[1] not in NOT_NAME and words[1][:1].isupper()


# A place and a date opening the line after a headline's title: "\nDoha, 09 October 2023", "\nHANOI, May 3 -".
DATELINE_NEXT = re.compile(
    r"[^\S\n]*\n[^\S\n]*[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?,?[^\S\n]*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[^\S\n]+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}\b)"
)


def find_mentions(pd: ParsedDoc, text: str, offset: int, in_headline: bool) -> list[Mention]:
    """Person mentions anchored on titles, in ``text`` (``offset`` maps to document offsets)."""
    pol = gazetteer.polities()
    out: list[Mention] = []
    heads = gazetteer.offices().title_heads
    for m_start, m_end in _title_spans(text):
        raw_title = re.sub(r"^(\w+[^\S\n]+)minister\b", r"\1Minister", text[m_start:m_end])  # "Foreign minister X"
        occasion, comma, rest = raw_title.partition(", ")
        if comma and rest and not any(w in heads for w in re.split(r"[\s-]+", occasion)):
            # "On the sidelines of the UN General Assembly, Foreign Minister X": an occasion, then the office
            m_start += len(occasion) + len(comma)
            raw_title = rest
        last = raw_title.split()[-1]
        given = rx(rf"[^\S\n]+({NAME})").match(text[m_end:]) if last in GIVEN_NAME_HEADS else None
        if given and _opens_known_name(f"{last} {given.group(1)}"):
            # "acting foreign minister Amir Khan Muttaqi": the office word is the holder's given name
            raw_title = raw_title[: -len(last)].rstrip()
            m_end = m_start + len(raw_title)
            if not raw_title:
                continue
        # "the PM Office", "President's Secretariat": a place, not an office holder; "Director General of the Asia
        # Department" holds an office in one
        institution = INSTITUTION_END.search(raw_title) and not HEAD_OF_UNIT.match(raw_title)
        if not _is_title(raw_title) or institution or INSTITUTION_START.match(raw_title):
            continue
        t_start, t_end = m_start, m_end
        # A demonym or organisation right before the title ("Kyrgyz President", "UN Secretary-General").
        prefix_country = prefix_org = None
        # Look back over a short window only: a whole-text look-behind per title is quadratic.
        win = max(0, t_start - LOOKBACK)
        pre = re.search(
            r"(?:(?<=\s)|^)((?:the[^\S\n]+)?[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})[^\S\n]+"
            r"(?:(?:vice|deputy|acting|assistant|former|then|new)[^\S\n]+)?$",  # "Chinese vice Foreign Minister"
            text[win:t_start],
        )
        if pre:
            for k in range(len(pre.group(1).split())):
                cand = " ".join(pre.group(1).split()[k:])
                hit = pol.lookup(cand)
                if hit is not None:
                    if hit.is_org:
                        prefix_org = hit.code
                    else:
                        prefix_country = hit.code
                    t_start = win + pre.start(1) + pre.group(1).find(cand)
                    break
        pair_second = prefix_country  # "Georgian and Russian Foreign Ministers X and Y": the second name's state
        if prefix_country and re.search(r"(?:Ministers|Presidents|Leaders|Secretaries|Premiers)$", raw_title):
            # "Georgian and Russian Foreign Ministers X and Y": the first name is the first state's.
            pair = re.search(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+and\s+$", text[max(0, t_start - 60) : t_start])
            first = pol.lookup(pair.group(1)) if pair else None
            if first is not None and not first.is_org:
                prefix_country = first.code
        title, t_country, t_org = trim_title(raw_title)
        if prefix_org and t_country and re.search(r"\bfor\s", raw_title):
            t_country = None  # "UN Special Envoy for Syria": the state is the organisation's envoy's portfolio
        city_office = _office_of_city(text, t_end) or (
            _office_of_city(text, t_end, posted=True) if envoy_title(raw_title) else None
        )
        if city_office is not None:
            # "Mayor of Los Angeles Eric Garcetti": the city belongs to the office, the words after it are the name.
            t_end, city_state = city_office
            raw_title = text[m_start:t_end]
            title = raw_title.strip()
            t_country = t_country or city_state
        # Honorifics and the name that follow the title.
        after = rx(rf"{POSTED_HERE}{WS}{HONORIFIC}*({NAME})").match(text[t_end:])
        name = None
        end = t_end
        headline_only = in_headline and pd.title_span is None  # entities index the body, not this headline
        before_name = None if prefix_country or headline_only else _person_right_before(pd, text, offset, t_start)
        if before_name is not None:
            # "Jurgen Borsch Ambassador of the Federal Republic of Germany, John Ngwata Phiri the High
            # Commissioner of ...": in a list of envoys each title follows its holder's name.
            name, t_start = before_name
            after = None
        if after and DATELINE_NEXT.match(text, t_end):
            after = None  # "... Iranian Minister of Foreign Affairs\nDoha, 09 October 2023": the next line's dateline
        if after and not DANGLING_STATE.search(raw_title):
            raw_name = after.group(1)
            if re.match(r"\s*\d", text[t_end + after.end() :]):  # "Secretary Kerry May 5": the month of a date
                raw_name = rx(rf"\s+(?:{'|'.join(MONTH_NAMES)})$").sub("", raw_name)
            name = _clean_name(raw_name, after_title=True)
            if name:
                # "Foreign Minister X Receives Visit of Timor-Leste ...": the name ends where its cleaned form does
                end = t_end + after.start(1) + _kept_length(raw_name, name)
                apposed = _portfolio_word_apposed(text, raw_title, name, end)
                if apposed is not None:
                    # "Minister of Information and National Orientation, Sani Idris": the word after the title
                    # ends the portfolio; the name is the one in apposition.
                    t_end, (name, end) = end, apposed
                    raw_title = text[m_start:t_end]
                    title, t_country, t_org = trim_title(raw_title)
                if re.search(r"\b(?:for|on)\s", raw_title) and not headline_only:
                    name = _portfolio_trimmed(pd, offset, end, name)
        if name is None:
            # "Foreign Minister of the Islamic Emirate of Afghanistan, Mawlawi Amir Khan Muttaqi, held ..."
            # "the President of the Riigikogu (Parliament), Lauri Hussar": the office may run on past the
            # title into a body the tables do not know, and a gloss in brackets.
            # "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, X": portfolio words after "and".
            appo = re.match(
                rf"(?:\s+(?P<link>of|for|and)\s+(?:the\s+)?(?P<more>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}))?{POSTED_HERE}(?:\s*\([^()\n]{{1,40}}\))?"
                rf",\s+{HONORIFIC}*(?P<name>{NAME})(?:\s+(?:QC|KC|MP|TD|MEP|MSP|MLA|MNA|SC|OBE|CBE|KCMG|GCMG))?"
                rf"(?=\s*[,.;(]|\s+(?:has|had|was|is|paid|called|met|held|said|at|in|on|during|and)\b)",
                text[t_end:],
            )
            own_title = appo and re.match(r",\s+(?:the\s+)?([A-Z][\w-]*)", text[t_end + appo.end("name") :])
            named_before = rx(rf"{NAME},\s+$").search(text[max(0, t_start - LOOKBACK) : t_start])
            if own_title and named_before and own_title.group(1) in gazetteer.offices().title_heads:
                appo = None  # "X, President of A, His Excellency Y, President of B": Y has his own title
            elif appo and appo["link"] == "and" and any(w in heads for w in appo["more"].split()):
                appo = None  # "the Foreign Minister and Prime Minister X": another office, not the portfolio's words
            holder = _holder_after_body(appo) if appo else None
            if appo and holder is not None:
                # "met with President of the Saeima Anna Berzina, Prime Minister Karlis Ozols, ...": the words
                # after the comma are the next office and its holder; this one is named after its body.
                name = holder[0]
                end = t_end + appo.start("more") + holder[1]
                appo = None
            if appo:
                name = _clean_name(appo.group("name"))
                if name:
                    end = t_end + appo.end()
                if name and appo["link"] == "and":
                    raw_title = f"{raw_title} and {appo['more']}"  # the portfolio's state: "... Mauritanians Abroad"
                    title, t_country, t_org = trim_title(raw_title)
        if name is None and not _office_opens_clause(text, t_start, t_end):
            # Apposition: "Lu Kang, Vice-minister of ...", "Mr. HAYASHI Yoshimasa, Minister for ...";
            # not "... Zakhilwal, the Prime Minister highlighted", where the office starts a clause.
            win = max(0, t_start - LOOKBACK)
            before = re.search(
                rf"{HONORIFIC}*({NAME})(?:,\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?,\s+(?:the\s+)?$",
                text[win:t_start],
            )
            if before and before.group(2) and len(before.group(1).split()) > 1:
                # "members of the VLEN Coalition, Izet Meciti, First Deputy Prime Minister": the name is the
                # one right before the title; only a lone family name takes the given names after it.
                name = _clean_name(before.group(2))
                if name:
                    t_start = win + before.start(2)
            elif before:
                name = _clean_name(before.group(1))
                if name and before.group(2):  # "Lavrov, Sergey Viktorovich," puts the given names first
                    name = f"{before.group(2)} {name}"
                if name:
                    t_start = win + before.start()
        # "Israeli Foreign Minister Israel Katz": after a demonym's office, a state's name right before a lone family
        # name is the given name
        given_name = _state_named_given_name(title, name) if prefix_country and name else None
        if given_name is not None:
            title, name = given_name
            t_country = None
        # "... Julie Bishop of Australia", "... Yun Byung-Se of the Republic of Korea (ROK)"
        of_country = of_org = None
        after_of = end
        if name:
            of_country, of_org, after_of = _of_polity(text, end)
        country = prefix_country or t_country or of_country
        org = prefix_org or t_org or of_org
        if country and org:
            # "Secretary-General of the United Nations" is the org's; "Communist Party of China" the state's.
            org = org if prefix_org or of_org else None
        listed = _offices_of_states(raw_title) if name is None else []
        if len(listed) > 1:
            # "the Ministers of Foreign Affairs of Estonia and Lithuania": one unnamed minister of each.
            head = PLURAL_OFFICE.search(raw_title)
            group_title = _group_title(head.group(0) if head else "officials")
            for code, is_org in listed:
                out.append(
                    Mention(
                        offset + t_start,
                        offset + t_end,
                        None,
                        group_title,
                        None if is_org else code,
                        code if is_org else None,
                        in_headline=in_headline,
                        group=True,
                    )
                )
            continue
        if name is None and OCCASION_AFTER.match(text, t_end):
            continue  # "within the scope of the ASEAN Foreign Ministers Meeting": an occasion's name
        if name is None:
            # A bare office ("the Prime Minister", "The Secretary") is kept for coreference.
            explicit = prefix_country or prefix_org or t_country or t_org
            with_article = re.search(r"(?:^|\s)(?:the|The)\s+$", text[max(0, m_start - 8) : m_start])
            if not (with_article or explicit or _own_subject(pd, title, text, t_end)):
                continue
        # the words after the office up to a comma or a verb ("Minister X met with the Director of a Forum": not his)
        tied = VERB_AFTER_NAME.split(text[t_end : t_end + 90].split(",")[0], maxsplit=1)[0]
        # or a body named inside the mention ("the Director of the World Economic Forum, Ambassador X")
        affiliation = not (country or org) and (
            bool(NON_STATE.search(tied) or NON_STATE.search(text, t_start, end)) or _joint_body(title)
        )
        # "Foreign Ministers X of A and Y of B" (not "President of the Councils of State and Ministers, X")
        plural = name is not None and PLURAL_OFFICE.search(raw_title.split()[-1]) and " of " not in raw_title
        if plural:
            title = singular_office(title)
        out.append(
            Mention(
                offset + t_start,
                offset + end,
                name,
                title or None,
                country,
                org,
                in_headline=in_headline,
                affiliation_only=affiliation,
            )
        )
        second = _second_of_pair(text, after_of) if plural else None
        if second is not None:
            # "Foreign Ministers X of Turkey and Y of Egypt": the plural office is both names'
            s_name, s_start, s_end, s_country, s_org = second
            if s_country is None and s_org is None and pair_second != country:
                s_country = pair_second
            out.append(
                Mention(
                    offset + s_start, offset + s_end, s_name, title or None, s_country, s_org, in_headline=in_headline
                )
            )
    _share_listed_state(text, offset, out)
    return out


def _kept_length(raw: str, name: str) -> int:
    """How much of ``raw`` the cleaned ``name`` keeps: up to the end of its last word (headline verbs and other
    words cut from the end of a raw name are no part of it)."""
    last = name.split()[-1].casefold()
    at = raw.casefold().rfind(last)
    return at + len(last) if at >= 0 else len(raw)


def _of_polity(text: str, end: int) -> tuple[str | None, str | None, int]:
    """The state or organisation of "... Julie Bishop of Australia", "... Yun Byung-Se of the Republic of Korea
    (ROK)" right after a name ending at ``end``: (country, org, end of the phrase)."""
    of = re.match(
        r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})", text[end:]
    )
    found = _leading_polity(of.group(1).split()) if of else None  # "King Abdullah II of Jordan."
    if of is None or found is None:
        return None, None, end
    k, hit = found
    stop = end + of.start(1) + len(" ".join(of.group(1).split()[:k]))
    return (None, hit.code, stop) if hit.is_org else (hit.code, None, stop)


def singular_office(title: str) -> str:
    """ "Foreign Ministers" -> "Foreign Minister": the office each of a pair or group holds (a body's name such as
    "Chairman of the Council of Ministers" stays)."""
    if " of " in title:
        return title
    return re.sub(
        r"\b(?:(Minister|President|Leader|Ambassador|Envoy|Premier)s|Secretaries)$",
        lambda m: m.group(1) or "Secretary",
        title,
    )


def _second_of_pair(text: str, end: int) -> tuple[str, int, int, str | None, str | None] | None:
    """The second name of a plural office's pair ("... and Y of Egypt"): name, start, end, country, org."""
    m = rx(rf"\s+and\s+{HONORIFIC}*({NAME})").match(text[end:])
    name = _clean_name(m.group(1), after_title=True) if m else None
    if m is None or name is None:
        return None
    start, stop = end + m.start(1), end + m.end(1)
    country, org, _stop = _of_polity(text, stop)
    return name, start, stop, country, org


def _portfolio_word_apposed(text: str, raw_title: str, word: str, end: int) -> tuple[str, int] | None:
    """The name and its end after "<office> of <portfolio> <Word>, <Given Family>" when the one word taken for
    the name after a portfolio title is followed by a full name in apposition."""
    if len(word.split()) != 1 or not re.search(r"\b(?:of|for)\b", raw_title):
        return None
    appo = re.match(
        rf",\s+{HONORIFIC}*({NAME})(?=\s*[,.;(]|\s+(?:and|has|had|was|is|met|held|said|received)\b)", text[end:]
    )
    full = _clean_name(appo.group(1)) if appo else None
    if appo is None or full is None or len(full.split()) < 2 or not plausible_name(full):
        return None
    return full, end + appo.end(1)


def _portfolio_trimmed(pd: ParsedDoc, offset: int, end: int, name: str) -> str:
    """ "Special Representative for Afghanistan Reconciliation Zalmay Khalilzad": after a portfolio the first
    capitalised words may still be the portfolio's; the person the statistical model finds ending there is the name."""
    for ent in pd.entities:
        if ent.label == "PERSON" and ent.end - offset == end:
            found = _clean_name(pd.norm[ent.start : ent.end])
            extra = len(name.split()) - len(found.split()) if found else 0
            if found and name.endswith(found) and 1 <= extra <= 2 and plausible_name(found):
                return found
    return name


def _share_listed_state(text: str, offset: int, mentions: list[Mention]) -> None:
    """ "North Macedonia's Prime Minister X, Foreign Minister Y, and Parliament Speaker Z", "the President of
    Estonia, X, the President of the Riigikogu, Y": the state qualifying the first office of a comma-separated
    list qualifies each office listed after it."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for prev, m in itertools.pairwise(ordered):
        if m.country or m.org or not prev.country or not m.title or not m.name:
            continue
        if re.fullmatch(r",\s*(?:and\s+)?(?:the\s+)?", text[prev.end - offset : m.start - offset]):
            m.country = prev.country


PLURAL_OFFICE = re.compile(r"\b(?:Ministers|Presidents|Leaders|Ambassadors|Secretaries|Envoys|Premiers)\b")


def _offices_of_states(title: str) -> list[tuple[str, bool]]:
    """The states a plural office lists after "of" ("Ministers of Foreign Affairs of Estonia and Lithuania")."""
    m = PLURAL_OFFICE.search(title)
    if not m:
        return []
    found = []
    for s, _e, hit in gazetteer.polities().find(title[m.end() :]):
        if not hit.is_demonym and re.search(r"\b(?:of|and|,)\s+(?:the\s+)?$", title[m.end() : m.end() + s]):
            found.append((hit.code, hit.is_org))
    return list(dict.fromkeys(found))


OCCASION_AFTER = re.compile(r"['’]?s?['’]?[^\S\n]+(?:Meeting|Summit|Conference|Forum|Retreat|Dialogue)\b")
CLAUSE_VERB = re.compile(r"[^\S\n]+(?!(?:of|for|to|and|in|at|on)\b)[a-z]")


def _office_opens_clause(text: str, t_start: int, t_end: int) -> bool:
    """ "..., the Prime Minister highlighted": "the" office followed by a verb is a clause's subject."""
    return bool(re.search(r"\bthe\s+$", text[max(0, t_start - 5) : t_start]) and CLAUSE_VERB.match(text, t_end))


def _holder_after_body(appo: re.Match[str]) -> tuple[str, int] | None:
    """The holder named right after the body an office is "of" (with the end of the name in ``more``), when
    the words after the comma open the next office of a list rather than naming this one's holder."""
    more = appo["more"]
    if not more or appo["link"] != "of" or not _is_title(appo["name"].split()[0]):
        return None
    words = more.split()
    # a body that no table knows is one word ("the Riigikogu", "the Saeima") or ends in an institution's word
    cut = next((i + 1 for i, w in enumerate(words) if w in INSTITUTION_WORDS), 1)
    if len(words) - cut < 2:
        return None
    name = _clean_name(" ".join(words[cut:]), after_title=True)
    if not name or not plausible_name(name):
        return None
    return name, len(more)


OFFICE_JUST_BEFORE = re.compile(
    r"\b(?i:ambassador|envoy|minister|president|secretary|counterpart|premier|chancellor)[^\S\n]+$"
)


def _person_right_before(pd: ParsedDoc, text: str, offset: int, t_start: int) -> tuple[str, int] | None:
    """A name the statistical model reads as a person, right before a title (no comma between), with
    its start: the title is that person's."""
    # A caption's name on the line before is not this title's holder.
    pre = re.search(r"(\S+(?:[^\S\n]+\S+){0,5}?)[^\S\n]+(?:the[^\S\n]+)?$", text[max(0, t_start - 60) : t_start])
    if not pre:
        return None
    name_end = offset + max(0, t_start - 60) + pre.end(1)
    ends = cast("dict[int, Entity] | None", pd.cache.get("person_ends"))
    if ends is None:  # people by where they end, built once per document (titles are many)
        ends = pd.cache["person_ends"] = {e.end: e for e in pd.entities if e.label == "PERSON"}
    ent = ends.get(name_end)
    if ent is not None and ent.start >= offset and OFFICE_JUST_BEFORE.search(text, 0, ent.start - offset):
        return None  # "the meeting with Russian ambassador X the Head of State noted": X has his office already
    if ent is not None and ent.start >= offset:
        name = _clean_name(ent.text)
        if name and plausible_name(name):
            return name, ent.start - offset
    if re.match(r"(?i:ambassador|high commissioner)s?\b", text[t_start:]):
        # "His Excellencies (HE) Julia Lindqvist Ambassador of Germany, John Bello the High Commissioner of
        # Zambia, ...": in a list of envoys the words from the separator to the office are the name.
        win = max(0, t_start - 80)
        listed = rx(rf"(?:^|[,;:(]\s*|\)\s+|\band\s+)({NAME})[^\S\n]+(?:the[^\S\n]+)?$").search(text[win:t_start])
        name = _clean_name(listed.group(1)) if listed else None
        if listed and name and plausible_name(name):
            return name, win + listed.start(1)
    return None


LOWER_APPOSITION = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?P<title>(?:senior |special |deputy |vice[- ])?"
    # "Bujar Osmani, foreign minister of North Macedonia,"
    r"(?:(?:foreign|prime|defen[cs]e|finance|trade|interior|economy) (?=minister\b))?"
    r"(?:head|member|director|minister|vice-minister|secretary|chairman|chairwoman|president|ambassador|"
    r"chief|leader|spokesperson|envoy|co-chair|chair|founder|co-founder|chief executive|CEO)\b"
    r"[^,;.]{0,120}?)(?=[,.;]|$|\s+(?:met|held|said|had|and|spoke)\b)"
)


def lowercase_appositions(text: str, offset: int, in_headline: bool) -> list[Mention]:
    """ "Liu Jianchao, head of the International Department of the CPC Central Committee, met ..."."""
    pol = gazetteer.polities()
    out = []
    for m in LOWER_APPOSITION.finditer(text):
        name = _clean_name(m.group("name"))
        if not name:
            continue
        title = m.group("title").strip()
        title = title[0].upper() + title[1:]
        _t, country, org = trim_title(title)
        # "senior director for China affairs of the White House ...": a portfolio names no side.
        found = [h for a, _b, h in pol.find(title) if not re.search(r"\b(?:to|for|in|on)\s+(?:the\s+)?$", title[:a])]
        hit = None if country or org else next(iter(found), None)
        if hit is not None and not hit.is_demonym:
            country, org = (None, hit.code) if hit.is_org else (hit.code, None)
        out.append(
            Mention(
                offset + m.start(),
                offset + m.end("title"),
                name,
                title,
                country,
                org,
                in_headline=in_headline,
                affiliation_only=not (country or org),
            )
        )
    return out


# "the Ambassadors of the Order of Malta, Octavio Errazuriz; Egypt, Maher Almahdy; ... and Bangladesh, Sadia
# Faizunnesa": a plural envoy's office over a list of (state, name) pairs.
LISTED_ENVOYS = re.compile(r"\b(?P<office>Ambassadors|High Commissioners|Envoys|Heads of Mission)\s+of\s+")
LISTED_ITEM = re.compile(
    rf"(?:(?:,|;)?\s*(?:and\s+)?)(?:the\s+)?(?P<polity>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’.-]*)*)"
    rf",\s+(?P<name>{NAME})(?=\s*(?:;|,\s*and\b|,?\s+and\b|[.,]|$))"
)


LISTED_TITLES = {
    "Ambassadors": "Ambassador",
    "High Commissioners": "High Commissioner",
    "Envoys": "Envoy",
    "Heads of Mission": "Head of Mission",
    "Presidents": "President",
    "Prime Ministers": "Prime Minister",
    "Foreign Ministers": "Foreign Minister",
}
NAMED_LIST_HEAD = re.compile(
    r"\b(?P<office>Ambassadors|High Commissioners|Envoys|Heads of Mission|Presidents|Prime Ministers|"
    r"Foreign Ministers)\s+(?=[A-Z])"
)
NAMED_ITEM = re.compile(rf"(?:(?:,|;)?\s*(?:and\s+)?)(?P<name>{NAME})\s*\((?P<polity>[^()\n]{{2,40}})\)")
NAMED_OF_ITEM = re.compile(
    rf"(?:(?:,|;)?\s*(?:and\s+)?)(?P<name>{NAME})\s+of\s+(?:the\s+)?(?P<polity>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
    r"(?=\s*(?:,|;|\band\b|\.|$|\s+(?:arrived|met|attended|took|held|signed|were)\b))"
)


def listed_envoys(text: str, offset: int, in_headline: bool) -> list[Mention]:
    """ "received the Ambassadors of Egypt, X; Mongolia, Y; and Kenya, Z": one envoy per pair, each of the
    state before the name; a body no table holds (the Order of Malta) leaves the envoy's side unknown."""
    pol = gazetteer.polities()
    out: list[Mention] = []
    # "Ambassadors Lilia Rossbach (Mexico), Amador Sanchez (European Union) and ...": each name, its state after it
    # "Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan, and ...": each of the state after him
    forms = [(LISTED_ENVOYS, LISTED_ITEM), (NAMED_LIST_HEAD, NAMED_ITEM), (NAMED_LIST_HEAD, NAMED_OF_ITEM)]
    for head, item in ((h, i) for heads, i in forms for h in heads.finditer(text)):
        title = LISTED_TITLES[head.group("office")]
        at, found = head.end(), []
        while (m := item.match(text, at)) is not None:
            name = _clean_name(m.group("name"))
            if not name or not plausible_name(name):
                break
            found.append((m, name, pol.lookup(m.group("polity"))))
            at = m.end()
        if len(found) < 2 or sum(1 for *_x, hit in found if hit is not None) < 2:
            continue  # one pair is an apposition of its own; a list of names is told elsewhere
        for m, name, hit in found:
            country, org = ((None, hit.code) if hit.is_org else (hit.code, None)) if hit else (None, None)
            start, end = offset + m.start("name"), offset + m.end("name")
            unknown = not (country or org)  # the envoy of a body no table holds: no state of the text's by default
            out.append(Mention(start, end, name, title, country, org, in_headline, affiliation_only=unknown))
    return out


LOWER_OFFICE = re.compile(
    # "the new European Union (EU) ambassador to South Korea": a standing before, an acronym after the polity
    r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:(?:visiting|new|newly[- ]appointed|outgoing|incoming)\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+\([A-Z]{2,6}\))?\s+"
    r"((?:foreign minister|prime minister|vice president|president|premier|defen[cs]e minister|ambassador|envoy|"
    r"king|emir|crown prince|chancellor|secretary of state|foreign secretary|delegation chief|head of delegation|"
    r"chief|foreign policy chief)(?:-elect)?)"  # "the UN chief", "the EU's foreign policy chief"
    r"\b(?!\s+[A-Z])"
)


# "Turkey's foreign minister met his Iranian counterpart": a state's office, in lowercase, opening a sentence
LOWER_OFFICE_OF_STATE = re.compile(
    r"(?:^|(?<=[.!?—–-]\s)|(?<=\band\s))([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?:(?:new|visiting|outgoing|incoming)\s+)?"
    r"(foreign minister|prime minister|president|defen[cs]e minister|foreign secretary)\b(?!\s+[A-Z])",
    re.M,
)
# "the visiting minister of foreign affairs and international trade of the Republic of Kenya"
LOWER_OFFICE_OF = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:visiting\s+)?(?P<title>(?:foreign |prime |deputy |vice[- ])?"
    r"(?:minister|president|ambassador|envoy|king|emir|chancellor|secretary)(?:-elect)?"
    r"(?:\s+(?:of|for)\s+(?:[a-z]+\s+){1,6}?)?)\s*of\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4})"
)


def lowercase_offices(text: str, offset: int, in_headline: bool) -> list[Mention]:
    """ "The Pakistani foreign minister also met ...", "the visiting minister of foreign affairs of the Republic
    of Kenya": a news story's office in lowercase, of a state named by its demonym or name, without a name (the
    holder named elsewhere is found by coreference)."""
    pol = gazetteer.polities()
    out = []
    for m in itertools.chain(LOWER_OFFICE.finditer(text), LOWER_OFFICE_OF_STATE.finditer(text)):
        hit = pol.lookup(m.group(1))
        if hit is None:
            continue
        title = " ".join(w.capitalize() for w in m.group(2).split())
        country, org = (None, hit.code) if hit.is_org else (hit.code, None)
        name, end = _apposed_name(text, m.end(2))
        out.append(Mention(offset + m.start(1), offset + end, name, title, country, org, in_headline=in_headline))
    for m in LOWER_ENVOY_NAMED.finditer(text):
        # "Russian chargé d'affaires a.i. Sergey Ryabokon was summoned": an envoy's office in lowercase, then the name
        hit = pol.lookup(m.group(1))
        name = _clean_name(m.group(3), after_title=True) if hit is not None else None
        if hit is None or name is None:
            continue
        title = (
            re.sub(r"^charg[eé]", "Chargé", m.group(2)).replace("ambassador", "Ambassador").replace("envoy", "Envoy")
        )
        title = title.replace("consul general", "Consul General").replace("high commissioner", "High Commissioner")
        country, org = (None, hit.code) if hit.is_org else (hit.code, None)
        end = m.start(3) + len(m.group(3))
        out.append(Mention(offset + m.start(1), offset + end, name, title, country, org, in_headline=in_headline))
    for m in LOWER_OFFICE_OF.finditer(text):
        words = m.group("state").split()
        found = _leading_polity(words)
        if found is None:
            continue
        k, hit = found
        title = " ".join(w if w in ("of", "for", "and") else w.capitalize() for w in m.group("title").split())
        country, org = (None, hit.code) if hit.is_org else (hit.code, None)
        name, end = _apposed_name(text, m.start("state") + len(" ".join(words[:k])))
        out.append(Mention(offset + m.start("title"), offset + end, name, title, country, org, in_headline=in_headline))
    return out


LOWER_ENVOY_NAMED = re.compile(
    r"\b([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)[^\S\n]+"
    r"(charg[eé][^\S\n]+d['’]affaires(?:[^\S\n]+a\.[^\S\n]?i\.|[^\S\n]+ad[^\S\n]+interim)?|ambassador|envoy|"
    r"consul general|high commissioner)[^\S\n]+"
    rf"({NAME})"
)


def _apposed_name(text: str, end: int) -> tuple[str | None, int]:
    """ "the foreign minister of Tajikistan, Sirojiddin Muhriddin,": the holder apposed to an office ending at
    ``end``, and where the mention then ends."""
    named = rx(rf",\s+{HONORIFIC}*({NAME})(?=\s*[,.;(]|\s+[a-z])").match(text[end:])
    name = _clean_name(named.group(1)) if named else None
    return (name, end + named.end()) if named and name else (None, end)


HONORED = re.compile(
    rf"(?:\b(?:His|Her)\s+Excellency|\bH\.\s?E\.|\b(?:Mr|Ms|Mrs|Dr|Madam)\.?)\s+(?:(?:Amb|Dr|Mr|Ms|Mrs|Prof)\.\s+)?({NAME})"
)


def honorific_mentions(text: str, offset: int, in_headline: bool) -> list[Mention]:
    """ "Her Excellency Hilda Suka the ambassador of the Republic of Zimbabwe": an honorific marks a person
    the statistical model may miss; the words around the name tie it to a state."""
    out = []
    for m in HONORED.finditer(text):
        name = _clean_name(m.group(1), after_title=True)
        if not name or not plausible_name(name):
            continue
        country, org, title = _tie_before(text, m.start())
        if not (country or org):
            country, org = _tie_after(text, m.end(1))
            # "H.E. X, Ambassador Extraordinary and Plenipotentiary of Ethiopia": the office after the name
            office = re.match(r",?[^\S\n]+(?:the[^\S\n]+)?", text[m.end(1) :])
            after = title_pattern().match(text, m.end(1) + office.end()) if office and (country or org) else None
            if after is not None and _is_title(after.group(0)):
                title = trim_title(after.group(0))[0] or None
        out.append(Mention(offset + m.start(), offset + m.end(1), name, title, country, org, in_headline=in_headline))
    return out


# "his Vietnamese counterpart Bui Thanh Son", "her counterpart from Nepal, N. P. Saud": the state of a named
# counterpart no title introduces.
COUNTERPART_NAMED = re.compile(
    rf"(?<![\w-])(?:(?P<demonym>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+counterpart"
    rf"|counterpart\s+(?:from|of)\s+(?:the\s+)?(?P<state>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){{0,3}}))"
    rf",?\s+(?P<name>{NAME})"
)


# "met with her counterparts X of Canada and Y of Colombia": each name with the state after it.
# "The two foreign ministers, X of Spain and Y of Morocco, signed ...": likewise after a plural office.
COUNTERPARTS_LISTED = re.compile(
    r"\b(?:counterparts?|(?:foreign |prime |defen[cs]e )?ministers|leaders|presidents|heads of state),?\s+(?=[A-Z])"
)
LISTED_NAME = re.compile(rf"{NAME}")
LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def counterpart_mentions(text: str, offset: int, in_headline: bool) -> list[Mention]:
    """A name right after "<demonym> counterpart" is a person of that state, known to no table or model; so is
    each "X of <state>" listed after "counterparts"."""
    pol = gazetteer.polities()
    out = []
    for m in COUNTERPART_NAMED.finditer(text):
        hit = pol.lookup(m.group("demonym") or m.group("state"))
        name = _clean_name(m.group("name"), after_title=True)
        if hit is None or hit.is_org or not name or not plausible_name(name):
            continue
        start, end = offset + m.start("name"), offset + m.end("name")
        out.append(Mention(start, end, name, None, hit.code, None, in_headline=in_headline))
    for m in COUNTERPARTS_LISTED.finditer(text):
        pos = m.end()
        while (named := LISTED_NAME.match(text, pos)) is not None:
            country, org, stop = _of_polity(text, named.end())
            name = _clean_name(named.group(0), after_title=True)
            if not (country or org) or not name or not plausible_name(name):
                break
            if not any(o.start == offset + named.start() for o in out):
                out.append(
                    Mention(
                        offset + named.start(), offset + named.end(), name, None, country, org, in_headline=in_headline
                    )
                )
            nxt = LIST_NEXT.match(text, stop)
            if nxt is None:
                break
            pos = nxt.end()
    return out


def _own_subject(pd: ParsedDoc, title: str, text: str, end: int) -> bool:
    """India's and Japan's readouts drop the article: "Prime Minister conveyed ...", "Foreign Secretary
    also called on ..." is the publisher's own official when the title is one that state uses."""
    own = gazetteer.offices().own_titles.get(pd.publisher_country or "")
    return (
        bool(own) and fold(title) in (own or set()) and bool(re.match(r"\s+(?:also\s+)?[a-z]+(?:ed|s)\b", text[end:]))
    )


def _second_state_office(title: str) -> tuple[int, int] | None:
    """Where a comma parts an office of one state from an office of another (the comma's start and end)."""
    commas = list(re.finditer(r",[^\S\n]+(?=[A-Z])", title))
    for i, comma in enumerate(commas):
        left = title[: comma.start()]
        right = title[comma.end() : commas[i + 1].start() if i + 1 < len(commas) else len(title)]
        state = trim_title(left)[1]  # the state an office names as its holder's, not where an envoy is posted
        if state and _is_title(right) and trim_title(right)[1] not in (None, state):
            return comma.start(), comma.end()
    return None


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Title matches; "the Prime Minister and President Biden" is two offices, not one compound title."""
    out = []
    pol = gazetteer.polities()
    for m in title_pattern().finditer(text):
        start, end = m.start(), m.end()
        # "President X of South Africa and Prime Minister Y": the end of a state's name, then another office
        prev = re.search(r"([A-Z][\w'’-]*)[^\S\n]+$", text[max(0, start - 30) : start])
        head = re.match(r"(\S+)[^\S\n]+and[^\S\n]+(?=\S)", m.group(0))
        if prev and head and pol.lookup(f"{prev.group(1)} {head.group(1)}") is not None:
            start += head.end()
        # "Courtesy Call of the Deputy Foreign Minister of Ukraine on Foreign Affairs Secretary X": after "on"
        # a second office with its own head word is the one called on, not a portfolio of the first.
        called_on = re.search(r"[^\S\n]+on[^\S\n]+(?=[A-Z])", text[start:end])
        if called_on and called_on.start() > 0:
            second = text[start + called_on.end() : end]
            if _is_title(second) and second.split()[-1] in gazetteer.offices().title_heads:
                out.append((start, start + called_on.start()))
                start += called_on.end()
        # "Ambassador for the Federative Republic of Brazil, Ambassador for the Islamic Republic of Iran",
        # "Ambassador of Peru, Foreign Minister of Chile": offices of two states are two people
        while (cut := _second_state_office(text[start:end])) is not None:
            out.append((start, start + cut[0]))
            start += cut[1]
        parts = list(re.finditer(r"\s+and\s+", text[start:end]))
        # "the Prime Minister and President X", "call between Prime Minister and President of Ukraine"
        if parts and re.search(r"(?:^|\s)(?:the|The|between|Between)\s+$", text[max(0, start - 9) : start]):
            first = text[start:end][: parts[0].start()]
            second = text[start:end][parts[0].end() :]
            # "... of the Councils of State and Ministers": a plural after "and" completes a body's name; "The
            # Tánaiste and Minister for Foreign Affairs, Micheál Martin": one holder of both, named after a comma.
            apposed = rx(rf",[^\S\n]+{HONORIFIC}*([A-Z][\w'’-]+)").match(text[end:])
            one_holder = apposed is not None and not _is_title(apposed.group(1))
            if _is_title(first) and _is_title(second) and not second.endswith("s") and not one_holder:
                out.append((start, start + parts[0].start()))
                start += parts[0].end()
        out.append((start, end))
    return out


def find_groups(text: str, offset: int, when: str | None = None) -> list[Mention]:
    """Unnamed participants fixed by a list of states: "the ambassadors of the UK, Japan and Russia"; an
    organisation's members on ``when`` (an ISO date) for its ministers ("NATO foreign ministers")."""
    pol = gazetteer.polities()
    out: list[Mention] = []
    # "the ambassadors of the UK, Japan and Russia", "the Quinta ambassadors to Serbia – US, UK, France –"
    pattern = (
        # "Ambassadors Extraordinary and Plenipotentiary of A, B and of C": the envoys' full rank before the list
        rf"\b({GROUP_NOUNS})\s+(?:(?:(?:[Ee]xtraordinary\s+and\s+[Pp]lenipotentiary\s+)?of|from|(?:that|which)\s+included|including"
        # "The ambassadors who presented credentials are from the United States, Canada, ..."
        rf"|(?:who|that)\s+[^.;]{{0,60}}?\b(?:are|were|come|came)\s+from)\s+"
        rf"|(?:to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*)?[–—]\s*)(?:the\s+)?"
    )
    for m in re.finditer(pattern, text, re.I):
        held = MINISTERS_MEETING_HELD.search(text, max(0, m.start() - 60), m.start())
        if MEETING_OF.search(text, max(0, m.start() - 40), m.start()) and not held:
            continue  # "the Council of Heads of State of the SCO" is a forum, not who met
        codes, list_end = _list_of_polities(text[m.end() :])
        group = pol.group_pattern.match(text, m.end() - (4 if text[max(0, m.end() - 4) : m.end()] == "the " else 0))
        if group and (not codes or codes[0][1]):  # "the foreign ministers of the five Central Asian countries"
            codes = [(c, False) for c in pol.groups[re.sub(r"\s+", " ", group.group(1))]]
            list_end = group.end() - m.end()
        elif len(codes) == 1 and codes[0][0] in pol.memberships and MEMBERS_NOUNS.fullmatch(m.group(1).lower()):
            codes = [
                (c, False) for c in pol.members(codes[0][0], when)
            ]  # "the foreign ministers of ASEAN": its members
        # "his counterparts from Ukraine and Moldova, Dmytro Kuleba and Nicu Popescu": the names in order.
        names = _respective_names(text[m.end() + list_end :], len(codes))
        for i, (code, is_org) in enumerate(codes):
            title = _group_title(m.group(1))
            if names:
                start, end, name = names[i]
                at = m.end() + list_end
                out.append(
                    Mention(offset + at + start, offset + at + end, name, title, None if is_org else code,
                            code if is_org else None)
                )  # fmt: skip
                continue
            out.append(
                Mention(
                    offset + m.start(),
                    offset + m.end() + list_end,
                    None,
                    title,
                    None if is_org else code,
                    code if is_org else None,
                    group=True,
                )
            )
    # "ASEAN foreign ministers met in Jakarta": every member's minister.
    for m in _org_ministers_pattern().finditer(text):
        hit = pol.lookup(m.group(1))
        if (
            hit is None
            or hit.code not in pol.memberships
            or MEETING_AFTER.match(text, m.end())
            or MEETING_OF.search(text, max(0, m.start() - 40), m.start())
            or REPORTED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "on the sidelines of the ASEAN Foreign Ministers' Meeting": an occasion, not who met
        for code in pol.members(hit.code, when):
            title = _group_title(m.group(2))
            out.append(Mention(offset + m.start(1), offset + m.end(), None, title, code, None, group=True))
    # "held talks with his Ghanaian counterpart in Abuja": one unnamed counterpart of a state.
    for m in LONE_COUNTERPART.finditer(text):
        h = pol.lookup(m.group(1))
        if h is not None and not h.is_org:
            out.append(Mention(offset + m.start(1), offset + m.end(), None, "counterpart", h.code, None, group=True))
    # "visited Tirana for talks with Albania's leadership": the state's leaders, unnamed
    for m in LEADERSHIP.finditer(text):
        h = pol.lookup(m.group(1))
        if h is not None and not h.is_org:
            out.append(Mention(offset + m.start(1), offset + m.end(), None, "leadership", h.code, None, group=True))
    # "French, German and British counterparts"
    demonym_list = (  # "Somalia and South Sudan Presidents" too
        rf"((?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)??{LIST_SEP})+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)??)\s+"
        rf"({GROUP_NOUNS}|(?:Presidents|Prime Ministers|Foreign Ministers|Ministers|Leaders|Ambassadors|Envoys))\b"
    )
    for m in re.finditer(demonym_list, text):
        parts = re.split(LIST_SEP, m.group(1))
        hits = [pol.lookup(p) for p in parts]
        if all(h is not None for h in hits) and len(hits) > 1:
            # "Georgian and Russian Foreign Ministers Ilia Darchiashvili and Sergey Lavrov": the names in order.
            names = _respective_names(text[m.end() :], len(hits), comma=",?")
            for i, h in enumerate(hits):
                assert h is not None
                if names:
                    start, end, name = names[i]
                    out.append(
                        Mention(offset + m.end() + start, offset + m.end() + end, name, _group_title(m.group(2)),
                                None if h.is_org else h.code, h.code if h.is_org else None)
                    )  # fmt: skip
                    continue
                out.append(
                    Mention(
                        offset + m.start(),
                        offset + m.end(),
                        None,
                        _group_title(m.group(2)),
                        None if h.is_org else h.code,
                        h.code if h.is_org else None,
                        group=True,
                    )
                )
    return out


# Whose ministers stand for the member states of an organisation ("the foreign ministers of ASEAN"); its
# "officials" or "representatives" are the organisation's own.
# "the Council of Heads of State of the SCO", "the sidelines of the meeting of NATO foreign ministers": an occasion.
# "On 13 September, in Dushanbe, was held the Meeting of Foreign Ministers of Central Asian Countries": the
# meeting held is the one of the ministers the group names, not a forum on whose sidelines others met.
MINISTERS_MEETING_HELD = re.compile(r"\b(?:(?:was|were)\s+held|took\s+place)\s+(?:the\s+)?(?i:meeting) of (?:the )?$")
MEETING_OF = re.compile(r"\b(?i:council|meeting|summit|conference|forum|session|gathering) of (?:the )?$")
# "Rutte said EU leaders discussed it at their meeting": others' meeting told in reported speech.
REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|stated|noted|told \w+|added|recalled|stressed)(?:\s+that)?\s+(?:the\s+)?$"
)
MEETING_AFTER = re.compile(r"['’]?s?['’]?[^\S\n]+(?i:meetings?|summits?|conferences?|forums?|retreats?|dialogues?)\b")
MEMBERS_NOUNS = re.compile(r"foreign ministers|ministers|leaders|heads of state|heads of government|counterparts")


@cache
def _org_ministers_pattern() -> re.Pattern[str]:
    pol = gazetteer.polities()
    names = [p for p, hit in pol.by_phrase.items() if hit.is_org and hit.code in pol.memberships]
    return re.compile(rf"(?<![\w-])({gazetteer.alternation(names)})\s+((?i:{MEMBERS_NOUNS.pattern}))\b")


def _respective_names(text: str, count: int, comma: str = ",") -> list[tuple[int, int, str]]:
    """ ", X and Y" right after a list of ``count`` states (``comma``: the pattern before the first name): one
    name each, in order (spans into ``text``)."""
    if count < 2:
        return []
    m = rx(rf"{comma}\s+((?:{NAME}{LIST_SEP}){{{count - 1}}}{NAME})(?=\s*[,.;]|\s+[a-z])").match(text)
    if not m:
        return []
    out = []
    for part in re.finditer(NAME, m.group(1)):
        name = _clean_name(part.group(0))
        if not name or not plausible_name(name):
            return []
        out.append((m.start(1) + part.start(), m.start(1) + part.end(), name))
    return out if len(out) == count else []


def _group_title(noun: str) -> str:
    noun = noun.lower()
    if noun.startswith("ambassador"):
        return "Ambassador"
    if "diplomat" in noun:
        return "senior diplomat" if "senior" in noun else "diplomat"
    if "foreign minister" in noun:
        return "Foreign Minister"
    if "heads of" in noun and "mission" in noun:
        return "Head of Mission"
    if "organi" in noun:
        return "Head of Organisation"
    if "counterpart" in noun or "minister" in noun:
        return "Minister"
    return noun.rstrip("s")


def _list_of_polities(text: str) -> tuple[list[tuple[str, bool]], int]:
    """States and organisations listed at the start of ``text`` ("the UK, Japan, and Russia"), and its end."""
    pol = gazetteer.polities()
    out: list[tuple[str, bool]] = []
    pos = end = 0
    while True:
        m = pol.pattern.match(text, pos)
        if not m:
            break
        hit = pol.by_phrase.get(re.sub(r"\s+", " ", m.group(1)))
        if hit is None or (hit.is_demonym and not out):
            break  # a demonym may name a state inside a list ("Belgium, Nigeria, Czech"), not open one
        out.append((hit.code, hit.is_org))
        end = m.end()
        # "the United States of America (USA), Canada, ...": the state's short name in brackets
        short = re.match(r"\s*\(([^()]{1,40})\)", text[end:])
        if short and (again := pol.lookup(short.group(1))) is not None and again.code == hit.code:
            end += short.end()
        sep = re.match(LIST_SEP + r"(?:the\s+)?", text[end:])
        if not sep:
            break
        pos = end + sep.end()
    return out, end


def composition_groups(pd: ParsedDoc, group: Mention) -> list[Mention]:
    """Members of a delegation described in a later sentence ("The delegation consists of ... including X")."""
    pol = gazetteer.polities()
    out: list[Mention] = []
    for s in pd.sentences:
        if s.start <= group.start:
            continue
        m = re.search(r"\b(?:consists? of|composed of|comprising|made up of|includ(?:es|ing))\b", s.text)
        if not m or not re.match(r"\s*(?:The|This)\s+(?:\w+\s+)?(?:delegation|group)", s.text):
            continue
        seen: set[str] = set()
        for _a, _b, hit in pol.find(s.text[m.start() :]):
            if hit.is_demonym or hit.code in seen:
                continue
            seen.add(hit.code)
            out.append(
                Mention(
                    s.start,
                    s.end,
                    None,
                    group.title,
                    None if hit.is_org else hit.code,
                    hit.code if hit.is_org else None,
                    group=True,
                )
            )
        if out:
            break
    return out


def known_name_mentions(pd: ParsedDoc, text: str, offset: int, taken: list[Span], in_headline: bool) -> list[Mention]:
    """Untitled names of known office holders ("Wang Yi held talks ..."), outside spans already taken."""
    off = gazetteer.offices()
    out = []
    index = SpanSet(taken)
    for m in rx(rf"(?<![\w-])({NAME})").finditer(text):
        s, e = offset + m.start(), offset + m.end()
        if index.touching(s, e):
            continue
        name = _clean_name(m.group(1))
        if not name or len(name.split()) < 2:
            continue
        current = off.holders(name, reference_day(pd))
        terms = current or off.holders(name)
        if terms and len({t.country for t in terms}) == 1:
            # "his Bahraini counterpart X" where the table knows X only in another period's office (a
            # former Secretary General of the GCC): the text's tie outranks the table's.
            country, org, title = (None, None, None) if current else _tie_before(text, m.start())
            out.append(Mention(s, e, name, title, country, org, in_headline=in_headline))
    return out


# Lower-case words that may stand between a state and a name it qualifies ("his Pakistani
# counterpart X", "Ghana's ambassador to Pakistan, X"); any other lower-case word (a verb) cuts the tie.
QUALIFIER_WORDS = {
    "his",
    "her",
    "their",
    "its",
    "the",
    "a",
    "new",
    "newly",
    "appointed",
    "former",
    "visiting",
    "incoming",
    "outgoing",
    "then",
    "counterpart",
    "counterparts",
    "of",
    "for",
    "to",
    "and",
    "in",
    "on",
    "at",
    "&",
}
PORTFOLIO = re.compile(r"\b(envoy|adviser|advisor|representative|coordinator)\s+(?:on|for)\s+[^,]*", re.I)
POSTED = re.compile(r"\b(?:to|in|at|with|for|on|against|from)\s+(?:the\s+)?$", re.I)


def model_mentions(pd: ParsedDoc, text: str, offset: int, taken: list[Span], in_headline: bool) -> list[Mention]:
    """People the statistical model finds that no title or table anchored ("his Pakistani counterpart
    Makhdoom Shah Mahmood Qureshi", "Jai Bir Rai from Bhutan"), each with the state its context ties
    it to (or none: a name with no tie is not given the publisher's state)."""
    headline_only = in_headline and pd.title_span is None
    ents = pd.headline_entities if headline_only else pd.entities
    index = SpanSet(taken)
    out = []
    for ent in ents:
        s, e = ent.start - offset, ent.end - offset
        if ent.label != "PERSON" or s < 0 or e > len(text) or index.touching(ent.start, ent.end):
            continue
        # "(Igor Popov of the Russian Federation, ...": the model kept the bracket
        while s < e and text[s] in "([{\"“‘'":
            s += 1
        while e > s and text[e - 1] in ')]}"”’':
            e -= 1
        s = _given_names_before(text, s, text[s:e])
        name = _clean_name(text[s:e])
        if not name or not plausible_name(name) or re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, s - 8) : s]):
            continue  # "held in Rashtrapati Bhavan": a place the model took for a person
        if re.match(r"['’](?!s\b)[a-z]", text[e : e + 2]):
            continue  # "Xi'an": the model cut a word at its apostrophe
        if re.match(r"\s+(?:of|from)\s", text[e:]) and any(_tie_after(text, e)):
            # "(Igor Popov of the Russian Federation, Stephane Visconti of France, ...)": the state after the name
            (country, org), title = _tie_after(text, e), None
        else:
            country, org, title = _tie_before(text, s)
            if not (country or org):
                country, org = _tie_after(text, e)
        out.append(Mention(offset + s, ent.end, name, title, country, org, in_headline=in_headline))
    return out


def _given_names_before(text: str, start: int, found: str) -> int:
    """Where a name the model found from its middle initial on really starts ("Thordis Kolbrun R.
    Gylfadottir" found as "R. Gylfadottir"): the name words just before it, short of a title or a state."""
    if not re.match(r"[A-Z]\.\s", found):
        return start
    off = gazetteer.offices()
    words = list(re.finditer(NAME_WORD, text[max(0, start - 60) : start]))
    base = max(0, start - 60)
    first = start
    for w in reversed(words[-3:]):
        gap = text[base + w.end() : first]
        if not re.fullmatch(r"[^\S\n]+", gap) or w.group() in NOT_NAME or w.group() in NAME_STOP:
            break
        if w.group() in off.title_words or _state_word(w.group()) or HONORIFIC_WORD.fullmatch(w.group()):
            break
        first = base + w.start()
    return first


def plausible_name(name: str) -> bool:
    """Two or more name words, none of them a title, a state, a common word or a number."""
    off = gazetteer.offices()
    pol = gazetteer.polities()
    words = name.split()
    return (
        len(words) >= 2
        and pol.lookup(name) is None
        and not (name.endswith("s") and pol.lookup(name[:-1]) is not None)  # "Solomon Islanders": a people
        and not gazetteer.is_press_agency(name)  # "HAVANA, Nov 2 (Prensa Latina)"
        and not re.search(r"\d|[()\[\]/@#]", name)
        and all(
            w not in NOT_NAME and w not in NAME_STOP and w not in off.title_words and not _state_word(w) for w in words
        )
        and all(w[:1].isupper() or re.fullmatch(PARTICLE, w) for w in words)
    )


def _tie_before(text: str, start: int) -> tuple[str | None, str | None, str | None]:
    """The state or organisation qualifying a name from just before it, and the title between them:
    "Kenyan counterpart X", "Pakistan's Ambassador to Ghana, X" (the posting is not whom X represents)."""
    pol = gazetteer.polities()
    win = max(0, start - 90)
    before = text[win:start]
    # a sentence's end, not the stops of "U.S." or "Md."
    stops = [m.end() for m in re.finditer(r'[;:\n"“”]|(?<![A-Z])(?<!\b[A-Z][a-z])\.', before)]
    before = before[max(stops, default=0) :]
    base = start - len(before)
    for s, e, hit in reversed(list(pol.find(before))):
        if before[s - 1 : s] == "(" and before[e : e + 1] == ")":
            return None, None, None  # "Jane Doe (Australia) and John Roe": the state of the name before
        # "met with China's ambassador X": a possessive after the preposition is whose, not where.
        possessive = before[e - 2 : e] in ("'s", "’s") or before[e : e + 2] in ("'s", "’s")
        posted = (
            POSTED.search(before[:s])
            and not possessive
            and not re.search(r"\bcounterparts?\s+from\s+(?:the\s+)?$", before[:s])
        )
        if posted or re.search(r"\b(?:in|at)\s+[A-Z][\w'’-]*,\s*$", before[:s]):
            continue  # "Ambassador to Ghana", "Embassy in Abuja, Nigeria": where X serves
        # "the Embassy of Pakistan in Abuja, Nigeria, X": the posting between state and name is skipped.
        gap = re.sub(r"^\s+(?:in|at)\s+[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)?(?=,)", "", before[e:])
        # "her counterpart from Burkina Faso, Mrs. Olivia Rouamba": the honorific is the name's.
        gap = rx(rf"(?:\s*(?:{HONORIFIC_WORD.pattern}))+\s*$").sub(" ", gap)
        off = gazetteer.offices()
        if len(re.findall(r"[\w&’'-]+", gap)) > 7 or "," in gap.rstrip().rstrip(",") or "(" in gap:
            return None, None, None
        # "US special envoy on Afghan peace reconciliation, X": a portfolio after a lowercase title.
        words = re.findall(r"[\w&’'-]+", PORTFOLIO.sub(r"\1", gap))
        if any(
            w[:1].islower() and w not in QUALIFIER_WORDS and w not in ("s",) and w.capitalize() not in off.title_words
            for w in words
        ):
            return None, None, None
        if re.search(r"\bof\s+(?:the\s+)?$", before[:s]) and re.match(r"\s*(?:,\s*)?(?:and|&)\s", gap):
            return None, None, None  # "Ambassador of China and Hassan Shawky ...": the last one's state
        listed = [e0 for _s0, e0, _h in pol.find(before[:s]) if re.fullmatch(LIST_SEP + r"(?:the\s+)?", before[e0:s])]
        if listed:
            return None, None, None  # "counterparts from Ukraine and Moldova, X and Y": whose is told in order
        # "his Bahraini counterpart X": a relation to the other side, no title of X's own.
        # "U.S. national security advisor X": a news story's office in lowercase, capitalised as a title
        titled = [
            w if w in off.title_words else w.capitalize()
            for w in words
            if w in off.title_words or w.capitalize() in off.title_words or w.lower() == "envoy"
        ]
        title_words = [w for w in titled if w.lower() != "counterpart"]
        title = " ".join(title_words) or None
        _ = base
        return (None, hit.code, title) if hit.is_org else (hit.code, None, title)
    return None, None, None


def _tie_after(text: str, end: int) -> tuple[str | None, str | None]:
    """ "X of Australia", "X from Bhutan", "X, Permanent Secretary of the Ministry of Foreign Affairs of Ghana"."""
    pol = gazetteer.polities()
    rest = text[end : end + 160]
    paren = re.match(r"\s*\(([^()]{2,40})\)", rest)
    if paren and (hit := pol.lookup(paren.group(1))) is not None:  # "Ambassadors Ana Silva (Brazil) and ..."
        return (None, hit.code) if hit.is_org else (hit.code, None)
    m = re.match(
        r"(?:\s*\([^)]{0,40}\))?(,\s*[^,;.\n]{0,120}|\s+(?:of|from)\s+[^,;.\n]{0,80}"
        # "Hilda Suka the ambassador of the Republic of Zimbabwe": an envoy's office after the name, no comma
        r"|\s+the\s+(?i:ambassador|high commissioner|envoy|charg[eé] d'affaires)\s+(?:of|from)\s+[^,;.\n]{0,80})",
        rest,
    )
    if not m:
        return None, None
    clause = m.group(1)
    first = re.match(r",\s+([a-z][\w'’-]*)", clause)
    if (
        first
        and first.group(1) not in ("the", "a", "an")
        and first.group(1).capitalize() not in gazetteer.offices().title_words
    ):
        return None, None  # "X, received a call from the High Commissioner of New Zealand": a verb, no apposition
    for s, _e, hit in pol.find(clause):
        # "X, the special envoy of Iranian President Y": the envoy of a state's leader is that state's
        principal = hit.is_demonym and ENVOY_OF.search(clause[:s])
        office = re.match(r"\s+([A-Z][\w-]+)", clause[_e:]) if principal else None
        if office is not None and office.group(1) in SERVED_OFFICES:
            return hit.code, None
        if hit.is_demonym or not re.search(r"\b(?:of|from)\s+(?:the\s+)?$", clause[:s]):
            continue
        if re.search(r"\b(?:to|in)\b", clause[:s]) and not re.match(r",", clause):
            continue
        return (None, hit.code) if hit.is_org else (hit.code, None)
    m2 = re.match(r",\s+(?:the\s+)?", clause)
    if m2:
        for s, _e, hit in pol.find(clause):
            if s == m2.end() and re.match(r"['’]s\b", clause[_e:]) or (s == m2.end() and hit.is_demonym):
                return (None, hit.code) if hit.is_org else (hit.code, None)
    return None, None


def residual_state(pd: ParsedDoc, taken: set[str], venue_state: str | None = None, lone: bool = False) -> str | None:
    """The state a readout is about besides the parties already known: named at least twice, and more
    often than any other (the dateline's and the venue's state count once each). A principal whose state
    the text never spells out ("President Irfaan Ali" in a report on Guyana and the United States)
    represents it; with ``lone`` (one who received foreign envoys), the one other state named at all."""
    named = states_named(pd)
    counts = {code: n for code, n in named.items() if code not in taken}
    dateline = dateline_state(pd)  # "KUWAIT:", "ISLAMABAD, Sep 15 (APP):": the reporting side's state
    for hint in (dateline, venue_state):  # the meeting's host state counts as one more mention
        if hint is not None and hint not in taken:
            counts[hint] = counts.get(hint, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    if len(ranked) == 1 and ranked[0][0] == dateline:
        return dateline  # "Kampala. President Museveni has met a delegation from China": the one state left
    if len(ranked) == 1 and lone:
        return ranked[0][0]  # the minister who received the envoys of A, B and C, "affirming Sudan's keenness"
    return None


def extract_actors(pd: ParsedDoc) -> Actors:
    mentions: list[Mention] = []
    if pd.headline and pd.title_span is None:
        mentions += _mentions_in(pd, pd.headline, 0, True)
    elif pd.title_span is not None:
        hs, he = pd.title_span
        mentions += _mentions_in(pd, pd.norm[hs:he], hs, True)
    body = pd.norm[pd.body_start :]
    mentions += _mentions_in(pd, body, pd.body_start, False)
    people = _cluster(pd, [m for m in mentions if not m.group])
    _surname_mentions(pd, people, mentions)
    for p in people:
        if p.name and not p.country and not p.org:
            _delegation_head_state(pd, p)
    mentions.sort(key=lambda m: (not m.in_headline, m.start))
    return Actors(mentions, people)


def _mentions_in(pd: ParsedDoc, text: str, offset: int, in_headline: bool) -> list[Mention]:
    """Mentions of people and groups in ``text``, each finder yielding to the spans of those before it."""
    found = find_mentions(pd, text, offset, in_headline)
    # "They are Tanzania High Commissioner, A B, Burundi High Commissioner, C D": the office after A B's name
    # opens the next person's; A B was already named with an office before the name.
    found = [m for m in found if not any(o.name == m.name and o.start < m.start < o.end for o in found if o.name)]
    for m in found:
        # "Anwar, Sultan of Brunei hold meeting": a headline's list of the two sides, not an office of the first
        listed = in_headline and m.name and m.title and text[m.start - offset :].startswith(m.name + ",")
        if listed and PLURAL_VERB.match(text, m.end - offset):
            m.title, m.country, m.org = None, None, None
    taken = [(m.start, m.end) for m in found]
    for finder in (listed_envoys, lowercase_appositions, lowercase_offices, honorific_mentions, counterpart_mentions):
        for m in finder(text, offset, in_headline):
            over = [o for o in found if o.start <= m.start < o.end or m.start <= o.start < m.end]
            if not over and not any(a <= m.start < b or m.start <= a < m.end for a, b in taken):
                found.append(m)
                taken.append((m.start, m.end))
            for o in over:
                if o.name != m.name or not (m.country or m.org) or o.country or o.org:
                    continue
                if finder is counterpart_mentions:
                    # "his Ugandan counterpart President X": the office found X; the demonym is his state
                    o.country, o.org = m.country, m.org
                elif finder is honorific_mentions:
                    # "with the President of the Commission, H.E. X, Ambassador of Ethiopia": X's own office
                    o.title, o.country, o.org = m.title or o.title, m.country, m.org
    known = known_name_mentions(pd, text, offset, taken, in_headline)
    found += known
    taken += [(m.start, m.end) for m in known]
    found += model_mentions(pd, text, offset, taken, in_headline)
    groups = find_groups(text, offset, pd.published.isoformat() if pd.published else None)
    for g in groups:
        g.in_headline = in_headline
    return found + groups


PLURAL_VERB = re.compile(r"\s+(?:hold|meet|discuss|agree|sign|talk|review|exchange|vow|pledge|call)\b")


def _compatible(a: Mention | Person, b: Mention | Person) -> bool:
    """One name is the other or a part of it in the same order ("Lula da Silva" of "Luiz Inácio Lula da
    Silva"), or the same words in another order ("MOTEGI Toshimitsu"); "Sabah Al-Ahmad Al-Jaber Al-Sabah" is
    not "Nawaf Al-Ahmad Al-Jaber Al-Sabah", though every word of the first is in the second."""
    if a.name is None or b.name is None:
        return False
    ta, tb = name_tokens(a.name), name_tokens(b.name)
    if not ta or not tb or set(ta) == set(tb):
        return bool(ta) and bool(tb)
    short, long = (ta, tb) if len(set(ta)) < len(set(tb)) else (tb, ta)
    words = iter(long)
    return all(t in words for t in short)


def _envoy_of_unnamed_envoy(people: list[Person], mentions: list[Mention]) -> None:
    """ "Kuwait Ambassador Presents Credentials ... X presented ... his credentials as residing Ambassador of the
    State of Kuwait to the United Kingdom ... Ambassador X": the one named envoy of no stated side is the envoy
    whose state the text gives without a name."""
    states = {m.country or m.org for m in mentions if not m.name and envoy_title(m.title) and (m.country or m.org)}
    sideless = [p for p in people if p.name and envoy_title(p.title) and not (p.country or p.org)]
    sided = [p for p in people if p.name and envoy_title(p.title) and (p.country or p.org)]
    if len(states) != 1 or len(sideless) != 1 or sided:
        return
    code = states.pop()
    assert code is not None
    if code in gazetteer.polities().countries:
        sideless[0].country = code
    else:
        sideless[0].org = code
    sideless[0].country_source = "explicit"


def _cluster(pd: ParsedDoc, mentions: list[Mention]) -> list[Person]:
    """Group named mentions into people, settle their states, then attach bare offices to holders."""
    people: list[Person] = []
    by_token: dict[str, set[int]] = {}  # people who could be a mention share a name token with it
    named = sorted((m for m in mentions if m.name), key=lambda m: (not m.in_headline, m.start))
    for m in named:
        near = sorted(set().union(*(by_token.get(t, set()) for t in name_tokens(m.name or ""))))
        at = next((i for i in near if _compatible(people[i], m) and _party_ok(people[i], m)), None)
        if at is None:
            at = len(people)
            people.append(Person(m.name, m.title, m.country, m.org))
        _merge(people[at], m)
        for t in name_tokens(people[at].name or ""):
            by_token.setdefault(t, set()).add(at)
    _envoy_of_unnamed_envoy(people, mentions)
    if pd.publisher_country is None and pd.publisher_org is None:
        _infer_publisher(pd, people)
    for p in people:  # tables and the words around a name first: they fix who holds the publisher's offices
        _settle_country(pd, p, people, own_side=False)
    for p in people:
        _settle_country(pd, p, people)
    for m in sorted((m for m in mentions if not m.name), key=lambda m: (not m.in_headline, m.start)):
        joined = _office_joined_to(pd, people, m)
        if joined is not None:  # a second office of one named person: the title it was named with stays
            _attach(joined, m)
            if joined.country is None and joined.org is None and m.country:
                joined.country, joined.country_source = m.country, "explicit"  # "... of the US President"
            continue
        if MEETING_OF.search(pd.norm, max(0, m.start - 40), m.start) and (m.title or "").endswith("s"):
            continue  # "on the margins of the meeting of NATO Foreign Ministers": an occasion, no one in it
        target = _holder_of_office(people, m, pd)
        if target is None:
            target = Person(None, m.title, m.country, m.org)
            people.append(target)
            _merge(target, m)
            _settle_country(pd, target, people)
        else:
            _merge(target, m)
    _name_the_unnamed_counterpart(pd, people)
    return people


# "received the U.S. delegation led by the Administrator of USAID X", "a delegation led by head of the Presidential
# Administration of Ukraine X": the head of a delegation is of the state its demonym or its office names.
DELEGATION_LED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:high|high-level|top|senior|official|government|level)\s+)*(?:(?P<dem>[A-Z][\w.'’-]+)\s+)?"
    r"delegation\s+(?:from\s+(?:the\s+)?(?P<origin>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:led|headed)\s+by\s+(?P<rest>[^.;]{0,140}?)\s*$"
)  # "A high level delegation from the Solomon Islands, led by their Prime Minister, Honourable X"


CONTACT_BETWEEN = re.compile(r"\b(?:met|meets|held|holds|received|receives|called|calls|visited|visits|with)\b")


def _delegation_head_state(pd: ParsedDoc, p: Person) -> None:
    pol = gazetteer.polities()
    for m in p.mentions:
        led = DELEGATION_LED.search(pd.norm, max(0, m.start - 200), m.start)
        if led is None or CONTACT_BETWEEN.search(led["rest"]):
            continue  # "... led by X, met with the Secretary General, Mr Y": Y is the one met, not the head
        hit = pol.lookup(led["dem"] or led["origin"]) if led["dem"] or led["origin"] else None
        states = [h for _s, _e, h in pol.find(led["rest"]) if not h.is_org]
        if hit is None and len({h.code for h in states}) == 1:
            hit = states[0]
        if hit is not None and not hit.is_org and hit.code in pol.countries:
            p.country, p.country_source = hit.code, "explicit"
            return


# "During the meeting with Maria Castillo, Choi ...": the name of the counterpart told before only by office.
WITH_BEFORE = re.compile(r"\b(?:meeting|talks|conversation|call|discussions?|audience)\s+with\s+$")


def _name_the_unnamed_counterpart(pd: ParsedDoc, people: list[Person]) -> None:
    """ "Choi met with the new European Union (EU) ambassador ... During the meeting with Maria Castillo, ...":
    the one office told without a name and the one name told without office or state, met "with", are one."""
    unnamed = [p for p in people if p.name is None and (p.country or p.org) and not any(x.group for x in p.mentions)]
    bare = [p for p in people if p.name and not p.title and not p.country and not p.org]
    if len(unnamed) != 1 or len(bare) != 1:
        return
    office, name = unnamed[0], bare[0]
    first = min(x.start for x in name.mentions)
    if first < min(x.start for x in office.mentions) or not WITH_BEFORE.search(pd.norm, max(0, first - 40), first):
        return
    office.name = name.name
    for x in name.mentions:
        _attach(office, x)
    people.remove(name)


def _attach(p: Person, m: Mention) -> None:
    """``m`` is one more mention of ``p``, adding nothing to what ``p`` is known as (unlike ``_merge``)."""
    p.mentions.append(m)
    m.person = p


OUTLET_STATE = re.compile(r"[^()]+\(([^()]+)\)")  # "Ada Derana (Sri Lanka)": an outlet and its state
# "PHNOM PENH, Aug 3 (Bernama) --": the agency in a wire dateline's brackets.
AGENCY_BRACKETS = re.compile(r"\s*[A-Z][A-Za-z .'-]{2,}(?:,[^()\n]{1,30})?\s*\(([\w .-]{2,30})\)")


# "X, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces": a second office joined by "and".
JOINED_OFFICE = re.compile(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+and\s+(?:the\s+)?"
)


# "the Minister of Land Transport and Light Rail, Minister of Foreign Affairs, ..., Mr X": offices listed before
# the name are all the one person's (the rest of the first office's name, then a comma, then the next office).
LISTED_OFFICE = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    # "the Founder of Peace and National Unity – Leader of the Nation, President of Tajikistan X": styles by a dash
    r"(?:[^\S\n]+[A-Z][\w'’-]*)?(?:[^\S\n]*[–—][^\S\n]*[A-Z][\w'’-]*(?:[^\S\n]+(?:of[^\S\n]+the[^\S\n]+)?[A-Z][\w'’-]*){0,3})?"
    r",\s+(?:the\s+)?"
)


# "X, Senior Director for Gulf Affairs, Middle Eastern Affairs Directorate, National Security Council at the
# Executive Office of the US President": units named after the office, comma by comma, are where it is held.
OFFICE_GOES_ON = re.compile(
    r"(?:[^\S\n]+[A-Z][\w'’-]*){0,3}(?:,[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,4})*,[^\S\n]+(?:the[^\S\n]+)?"
)


def _office_joined_to(pd: ParsedDoc, people: list[Person], m: Mention) -> Person | None:
    """The person named right before with an office after the name, of whom ``m`` is a second office, or
    named right after a list of offices that ``m`` opens."""
    for p in people:
        for pm in p.mentions:
            apposed = pm.name and pm.title and pd.norm[pm.start : pm.end].endswith(pm.title)
            if apposed and pm.end < m.start and JOINED_OFFICE.fullmatch(pd.norm, pm.end, m.start):
                return p
            listed = pm.name and pm.title and pd.norm[pm.start : pm.end].startswith(pm.title)
            if listed and m.end < pm.start and LISTED_OFFICE.fullmatch(pd.norm, m.end, pm.start):
                return p
            goes_on = apposed and pm.end < m.start and OFFICE_GOES_ON.fullmatch(pd.norm, pm.end, m.start)
            if goes_on and re.search(r"[A-Z]", pd.norm[pm.end : m.start]):  # a unit between, not a list's comma
                return p
    return None


def reference_day(pd: ParsedDoc) -> str | None:
    """The day a text's offices are read on: its publication, or on an undated page the first full date its lead
    gives ("On July 1, 2015, Vice Foreign Minister X met ..."): a name then holds the office it held that day."""
    if pd.published is not None:
        return pd.published.isoformat()
    if "reference_day" not in pd.cache:
        hits = (h for s in pd.sentences[:3] for h in find_dates(s.text, s.start, None) if h.explicit and h.value)
        first = next(hits, None)
        pd.cache["reference_day"] = first.value.isoformat() if first and first.value else None
    return cast("str | None", pd.cache["reference_day"])


def _infer_publisher(pd: ParsedDoc, people: list[Person]) -> None:
    """A page with no publisher: readouts never qualify their own side, so the state of the first
    known office holder named without a demonym or of-phrase is the publisher's."""
    off = gazetteer.offices()
    when = reference_day(pd)
    for p in sorted(
        people,
        key=lambda p: (
            min(m.start for m in p.mentions if not m.in_headline)
            if any(not m.in_headline for m in p.mentions)
            else 10**9
        ),
    ):
        if p.country or p.org or not p.name or not any(m.title for m in p.mentions):
            continue
        codes = {t.country for t in (off.holders(p.name, when) if when else off.holders(p.name))}
        if len(codes) == 1:
            code = codes.pop()
            if code in gazetteer.polities().countries:
                pd.publisher_country = code
                pd.cache["publisher_inferred"] = True
            return
    # "Equatorial Guinea News Wire", "Samoa Observer": a state's own press names its leaders without a
    # demonym, as its government does.
    # A state's news agency ("Bernama", "Gulf News (WAM)", a dateline's "(APP)") does the same. Only its
    # people's states follow: the site's "we" is not its government's.
    publisher = "" if carries_wire(pd.doc.publisher or "") else (pd.doc.publisher or "")
    named = {hit.code for _s, _e, hit in gazetteer.polities().find(publisher)}
    dateline = AGENCY_BRACKETS.match(pd.norm, pd.body_start)
    agency = gazetteer.press_state(publisher) or (gazetteer.press_state(dateline.group(1)) if dateline else None)
    outlet = OUTLET_STATE.match(publisher)
    outlet_hit = gazetteer.polities().lookup(outlet.group(1)) if outlet else None
    if agency is not None:
        pd.cache["press_state"] = agency
    elif len(named) == 1 and (code := named.pop()) in gazetteer.polities().countries:
        pd.cache["press_state"] = code
    elif outlet_hit is not None and outlet_hit.code in gazetteer.polities().countries:
        # "People's Review (Nepal), citing Pakistan MoFA": the state bracketed after the outlet's name is its own.
        pd.cache["press_state"] = outlet_hit.code


def _party_ok(p: Person, m: Mention) -> bool:
    return not (p.country and m.country and p.country != m.country)


def _merge(p: Person, m: Mention) -> None:
    p.mentions.append(m)
    m.person = p
    if m.name and (p.name is None or len(m.name) > len(p.name)):
        p.name = m.name
    # The body's first title replaces the headline's; after it only a longer one does ("Sheikh" later in the
    # text is a style, not the office "Deputy Prime Minister and Minister of Foreign Affairs" given first).
    first_in_body = not m.in_headline and all(x.in_headline or not x.title for x in p.mentions[:-1])
    if m.title and (p.title is None or first_in_body or len(m.title) > len(p.title)):
        p.title = m.title
    if m.country and not p.country:
        p.country, p.country_source = m.country, "explicit"
    if m.org and not p.org:
        p.org = m.org


def title_initials(title: str) -> str:
    """ "External Affairs Minister" -> "EAM", "Secretary-General" -> "SG"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", title) if w[:1].isupper())


def _reworded(key: str, title: str) -> bool:
    """ "foreign affairs minister" is "minister of foreign affairs, regional integration and international
    trade" in other words: every word of the short form is in the office (two words at least)."""
    words = set(re.findall(r"[\w'’-]+", key)) - OFFICE_GLUE
    office = set(re.findall(r"[\w'’-]+", title))
    return len(words) >= 2 and words <= office and not (office - words) & OFFICE_RANKS


PREMIER = re.compile(r"(?:prime minister|premier|pm|head of government)(?: of (?:the )?[a-z' -]+)?")


def _both_premiers(key: str, title: str) -> bool:
    """ "The Premier also met ..." after "Prime Minister X held talks": two names of one head of government's
    office (a chancellor's, a deputy's or an adviser's title is another)."""
    return all(PREMIER.fullmatch(t) for t in (key, title))


OFFICE_GLUE = {"of", "for", "the", "and"}
# Words that make an office a lesser one: "the foreign minister" is not the "vice foreign minister".
OFFICE_RANKS = {"vice", "deputy", "assistant", "under", "acting", "state", "junior", "parliamentary", "principal"}


def _holder_of_office(people: list[Person], m: Mention, pd: ParsedDoc) -> Person | None:
    """ "The Secretary" is the Secretary of State already named; an unqualified "the Prime Minister"
    is the publisher's own if it has one, else the one named."""
    if not m.title:
        return None
    key = fold(m.title)
    explicit = m.country is not None or m.org is not None

    acronym = m.title if re.fullmatch(r"[A-Z]{2,5}", m.title) else None
    source = (pd.headline or "") if m.in_headline and pd.title_span is None else pd.norm
    if acronym and re.search(rf"\b[Vv]ice[- ]{acronym}$", source[m.start : m.end]):
        acronym = "V" + acronym  # "Chinese vice FM": the Vice Foreign Minister

    def holds(p: Person) -> bool:
        titles = {x.title for x in p.mentions if x.title} | ({p.title} if p.title else set())
        if acronym and any(title_initials(t) == acronym for t in titles):
            return True  # "EAM also called on ...": the External Affairs Minister named before
        return any(
            t == key
            or t.endswith(" " + key)
            or key in t.split(" and ")
            or t.startswith(key + " ")
            or _reworded(key, t)
            or _both_premiers(key, t)
            for t in {fold(t) for t in titles}
        )

    cands = [p for p in people if holds(p) and (not explicit or (p.country, p.org) == (m.country, m.org))]
    if not explicit and pd.publisher_country:
        own = [p for p in cands if p.country == pd.publisher_country]
        own_titles = gazetteer.offices().own_titles.get(pd.publisher_country)
        if (
            not own
            and own_titles is not None
            and _own_title(m.title, own_titles)
            and m.title
            and fold(m.title) in own_titles
        ):
            return None  # "The Prime Minister" of a No 10 readout is the UK's, even if unnamed
        cands = own or cands
    if cands:
        return cands[0]
    if explicit and not m.group:
        # "PNG Prime Minister Invites ..." over a text that names "Prime Minister X" with no state: X
        stateless = [p for p in people if p.name and holds(p) and p.country is None and p.org is None]
        side_named = any((p.country, p.org) == (m.country, m.org) for p in people if p.name)
        if len(stateless) == 1 and not side_named and not any(holds(p) for p in people if p.country or p.org):
            return stateless[0]
    if explicit and not m.group:  # "the Hon MP, Minister for ... of Australia" is the Australian minister named
        same = [p for p in people if p.name and (p.country, p.org) == (m.country, m.org) and _may_hold(p, m.title)]
        if len(same) == 1:
            return same[0]
    return None


def _may_hold(p: Person, title: str) -> bool:
    """Whether a person named with another office may be the unnamed holder of ``title``: "the Hungarian
    Minister of Foreign Affairs" told in passing is not "Ambassador of Hungary X", nor is a president a minister."""
    if not p.title:
        return True
    known = {gazetteer.office_of(p.title), gazetteer.office_of(title)}
    return envoy_title(p.title) == envoy_title(title) and (len(known) == 1 or None in known)


# Offices of office_holders.tsv a state's own press names unqualified, however the title is worded ("Foreign
# Affairs and European Integration Minister X" in a Moldpres story is Moldova's).
NATIONAL_OFFICES = {"head_of_state", "vice_head_of_state", "head_of_government", "foreign_minister", "defense_minister"}


def _settle_country(pd: ParsedDoc, p: Person, people: list[Person], own_side: bool = True) -> None:
    """Explicit mention > office-holder table > publisher's own side (for its own titles, unless another
    person of the text already holds that office for the publisher: then this one is the guest or host)."""
    if p.country or p.org:
        return
    off = gazetteer.offices()
    own_org_title = bool(pd.publisher_org and p.title and any(fold(p.title).endswith(t) for t in OWN_ORG_TITLES))
    if p.name and not (own_org_title and pd.published is None):
        when = reference_day(pd)
        terms = off.holders(p.name, when) if when else off.holders(p.name)
        if not terms and pd.published is None:
            # an undated page's day is only its lead's: a name in no office then keeps the state the table gives
            # it, unless the text's title is another office ("Vice Foreign Minister X", later an SCO official)
            terms = [t for t in off.holders(p.name) if p.title is None or gazetteer.office_of(p.title) == t.office]
        codes = {t.country for t in terms}
        if len(codes) > 1:  # "Josep Borrell", undated: Spain's minister, then the EU's; the one the text names
            codes &= _named_polities(pd)
        if len(codes) == 1:
            code = codes.pop()
            if code in gazetteer.polities().countries:
                p.country = code
            else:
                p.org = code
            p.country_source = "office_holders"
            return
    if p.affiliation_only or not own_side:
        return  # known only by a post in a body that is not a state's ("co-chair of a foundation")
    national = off.national.get(fold(p.title)) if p.title else None
    if national is not None:
        p.country, p.country_source = national, "national title"  # "Taoiseach X", "External Affairs Minister X"
        return
    own_state = pd.publisher_country or cast("str | None", pd.cache.get("press_state"))
    visited = _visited_state(pd)
    if visited and visited != own_state and p.title and STATE_OFFICE.search(p.title) and _met_as_object(pd, p):
        # "Minister X made an official visit to Malaysia ... He also met Home Minister Y", "The Chairperson ...
        # concluded a working visit to South Africa. The Chairperson was received by President Y": the host's.
        p.country, p.country_source = visited, "visit host"
        return
    if pd.publisher_org and p.title and any(fold(p.title).endswith(t) for t in OWN_ORG_TITLES):
        p.org, p.country_source = pd.publisher_org, "publisher"
        return
    elected = _elected_state(pd, p)
    if elected is not None:
        p.country, p.country_source = elected, "explicit"
        return
    head_of = _delegation_state(pd, p)
    if head_of is not None and head_of in gazetteer.polities().countries:
        p.country, p.country_source = head_of, "delegation"
        return
    if head_of is not None:
        p.org, p.country_source = head_of, "delegation"
        return
    bearer_of = _bearer_state(pd, p, people)
    if bearer_of is not None:
        p.country, p.country_source = bearer_of, "sender"
        return
    host = posted_state(pd.doc.publisher)
    if (
        host
        and p.title
        and not p.envoy
        and host != pd.publisher_country
        and any(q.envoy for q in people)
        and not _hosted_at_home(pd, people)
    ):
        # An embassy's release about its envoys: "Minister of Finance X" is the host state's (one with no envoy
        # in it reposts the home government's news).
        p.country, p.country_source = host, "embassy host"
        return
    if own_state and p.title:
        own = off.own_titles.get(own_state)
        # A side inferred from the text (a news site's page) keeps only the titles that state's own
        # readouts use word for word: "Mayor of Tetovo" in a Turkish site's story is not Turkey's.
        inferred = bool(pd.cache.get("publisher_inferred")) or not pd.publisher_country
        if (
            _own_title(p.title, own)
            and not (
                inferred
                and fold(p.title) not in (own or off.own_titles.get("*", set()))
                and gazetteer.office_of(p.title) not in NATIONAL_OFFICES
            )
            and not (p.envoy and _calls_on_host(pd, p))
            and not _office_held(people, p, own_state)
        ):
            p.country, p.country_source = own_state, "publisher"
            return
    posted = {s for q in people if q.envoy and q.title for s in [_posting(q.title)] if s and s != q.party}
    if p.title and not p.envoy and len(posted) == 1:
        # "President X met the Kenyan High Commissioner to Uganda, Y": the host of the envoy's posting.
        p.country, p.country_source = posted.pop(), "envoy's host"
        return
    foreign_envoy = any(q.envoy and q.party not in ("?", own_state) for q in people)
    if own_state and p.name and p.title and not p.envoy and foreign_envoy:
        # "China's Ambassador X met with Communications Minister Y" in a Trinidad paper: an official the text ties
        # to no state, whom a foreign envoy meets, is of the state the envoy is posted to.
        p.country, p.country_source = own_state, "envoy's host"
        return
    if p.name and pd.published:  # a president-elect, a former minister: the one state they ever served
        served = {t.country for t in off.holders(p.name)}
        if len(served) == 1 and (code := served.pop()) in gazetteer.polities().countries:
            p.country, p.country_source = code, "office_holders"


VISIT_TO = re.compile(
    r"\b(?:(?:official|working|state|bilateral|first)\s+)*visit\s+to\s+(?:the\s+)?|\b[Vv]isiting\s+(?:the\s+)?"
    r"|\barrived\s+in\s+(?:the\s+)?"
)
MET_BEFORE = re.compile(
    r"\b(?:met|meets|meeting with|met with|called on|calls on|paid a courtesy call on|held talks with|"
    r"received by|hosted by)\b[^.;]*$"
)


# A state's office, not a party's, a town's or an envoy's ("Mayor of Tetovo & Leader of BESA Movement" is none).
STATE_OFFICE = re.compile(
    r"^(?!.*\b(?:Party|Movement|Coalition|Mayor|Leader|Ambassador|Envoy|Commissioner)\b).*"
    r"\b(?:Minister|President|Premier|Chancellor|Speaker)\b"
)


VISITED_CITY_POPULATION = 100_000  # a smaller town of that name is as likely another country's


def _named_polities(pd: ParsedDoc) -> set[str]:
    """States and organisations the text names (by name, alias or demonym), found once per document."""
    if "named_polities" not in pd.cache:
        pd.cache["named_polities"] = {hit.code for _s, _e, hit in gazetteer.polities().find(pd.norm)}
    return cast("set[str]", pd.cache["named_polities"])


def _visited_state(pd: ParsedDoc) -> str | None:
    """The one state a publisher's official visits, as the opening of its readout tells ("made an official visit
    to Malaysia"); found once per document."""
    if "visited_state" not in pd.cache:
        found = set()
        for s in pd.sentences[:2]:
            for m in VISIT_TO.finditer(s.text):
                lead = _leading_polity(s.text[m.end() : m.end() + 60].split(), states_only=True)
                if lead is not None and not lead[1].is_demonym:
                    found.add(lead[1].code)
                    # "his visit to Norway, Sweden and Finland": a tour of several states names no one host
                    found |= set(listed_states(s.text[m.end() : m.end() + 120])[1:])
                elif town := re.match(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", s.text[m.end() :]):
                    # "concluded his two-day visit to Antalya": a city of some size names its state.
                    city = gazetteer.places().city(town.group(0))
                    if city is not None and city.population >= VISITED_CITY_POPULATION:
                        found.add(city.iso3)
        pd.cache["visited_state"] = found.pop() if len(found) == 1 else None
    return cast("str | None", pd.cache["visited_state"])


def _met_as_object(pd: ParsedDoc, p: Person) -> bool:
    """Whether the person is first told as the one met ("He also met Foreign Minister X and Home Minister Y")."""
    first = next((m for m in p.mentions if not m.in_headline), None)
    if first is None:
        return False
    s = pd.sentence_at(first.start)
    return s is not None and bool(MET_BEFORE.search(pd.norm, s.start, first.start))


def _posting(title: str) -> str | None:
    """The state an envoy's title says they serve in ("High Commissioner to Uganda", "Ambassador in Kabul")."""
    for s, _e, hit in gazetteer.polities().find(title):
        if not hit.is_org and not hit.is_demonym and re.search(r"\b(?:to|in)\s+(?:the\s+)?$", title[:s]):
            return hit.code
    return None


# Offices a government fills many times over at once ("Principal Deputy Assistant Secretary", "Minister of State").
SHARED_OFFICE = re.compile(
    r"\b(?:Deputy|Assistant|Under|Principal|Director|Advis[eo]r|Member|Senator|Minister of State)\b", re.I
)


def _office_held(people: list[Person], p: Person, state: str) -> bool:
    """Whether another named person of the text holds ``p``'s title for ``state`` ("Foreign Minister
    Roberto Ampuero ... met Foreign Minister Eladio Loizaga" in Chile's readout: Loizaga is not Chile's)."""
    # Many are sheikhs or deputy assistant secretaries; one is foreign minister.
    mine = {fold(m.title) for m in p.mentions if m.title and not SHARED_OFFICE.search(m.title)}
    mine -= gazetteer.word_class("style")
    return any(
        q is not p and q.name and q.country == state and any(fold(m.title) in mine for m in q.mentions if m.title)
        for q in people
    )


CALLS_ON = re.compile(r"^[^.;]{0,40}?\b(?:who\s+)?(?:called|calls|paid\s+(?:a\s+)?(?:courtesy\s+)?calls?)\s+on\b")


def _calls_on_host(pd: ParsedDoc, p: Person) -> bool:
    """An envoy who "called on" someone in a readout of the publisher's state is a foreign guest
    ("Ambassador David Hale who called on him here at the PM Office"); not in an embassy's own release, whose
    ambassador calls on the hosts."""
    if EMBASSY.search(pd.doc.publisher or ""):
        return False
    return any(CALLS_ON.search(pd.norm[m.end : m.end + 80]) for m in p.mentions if not m.in_headline)


EMBASSY = re.compile(r"\b(?:Embassy|Consulate|High Commission|Permanent Mission)\b", re.I)


DELEGATION_HEAD = re.compile(
    r"\bdelegations?\s+(?:of|from)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3})"
    r"(?:['’]s)?(?:(?!\bdelegation)[^.;]){0,80}?\b(?:headed|led)\s+by\s+(?:its\s+|the\s+)?(?:[A-Z][\w-]*\s+member\s+)?$"
    # "The Kingdom of Saudi Arabia representation was led by X"
    r"|\b(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3})\s+(?:delegation|representation)"
    r"\s+(?:was\s+)?(?:headed|led)\s+by\s+(?:its\s+|the\s+)?$"
)


# "sent a congratulatory message to X on his election as president of Vietnam": the office X takes is that state's.
ELECTED_AS = re.compile(
    r"[^\S\n]+(?:on|upon|for)[^\S\n]+(?:his|her)[^\S\n]+(?:re-?election|election|appointment|inauguration|"
    r"swearing-in|assumption of office)[^\S\n]+as[^\S\n]+(?:the[^\S\n]+)?(?:new[^\S\n]+)?[\w -]{2,40}?[^\S\n]+of"
    r"[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w'’-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?[A-Z][\w'’-]*){0,4})"
)


def _elected_state(pd: ParsedDoc, p: Person) -> str | None:
    """The state of the office a mention of ``p`` is congratulated on taking up, if any."""
    for m in p.mentions:
        elected = ELECTED_AS.match(pd.norm, m.end)
        found = _leading_polity(elected.group(1).split(), states_only=True) if elected else None
        if found is not None:
            return found[1].code
    return None


def _delegation_state(pd: ParsedDoc, p: Person) -> str | None:
    """ "a delegation of Kazakhstan's Nur Otan Party headed by its First Deputy Chairman X": X is Kazakhstan's."""
    if "delegation" not in pd.norm and "representation" not in pd.norm:
        return None
    for m in p.mentions:
        if m.in_headline:
            continue
        head = DELEGATION_HEAD.search(pd.norm, max(0, m.start - 160), m.start)
        if head is None:
            continue
        body = head.group(1) or head.group(2)
        state = _leading_polity(body.split(), states_only=True) or _leading_polity(body.split())
        if state is not None:
            return state[1].code  # "a delegation of the European Parliament led by its Vice-President": the EU
        # "a delegation of the Sovereignty Council of Sudan led by its Deputy Chairman": the body's state
        of_state = [h for s, _e, h in gazetteer.polities().find(body) if not h.is_org and body[:s].endswith("of ")]
        if len(of_state) == 1:
            return of_state[0].code
    return None


# "a message from President X of Brazil, handed over by Foreign Minister Y": the sender, then the bearer
BEARER_AFTER_SENDER = re.compile(
    r"\bmessages?\b[^.;]{0,40}?\bfrom\b(?P<senders>[^.;]{3,160}?)(?:,\s*|\s+)(?:which was\s+|that was\s+)?"
    r"(?:handed\s+over|handed|delivered|conveyed|passed\s+on)\s+by\s+(?:(?:his|her|its|their|the)\s+)?[^.;]{0,60}$"
)


def _bearer_state(pd: ParsedDoc, p: Person, people: list[Person]) -> str | None:
    """The bearer of a message, whom the text ties to no state, is of the state of the one who sent it."""
    for m in p.mentions:
        hit = BEARER_AFTER_SENDER.search(pd.norm, max(0, m.start - 260), m.start)
        if hit is None or m.in_headline:
            continue
        a, b = hit.span("senders")
        senders = {q.country for q in people if q is not p and q.country and any(a <= n.start < b for n in q.mentions)}
        if len(senders) == 1:
            return senders.pop()
    return None


def _hosted_at_home(pd: ParsedDoc, people: list[Person]) -> bool:
    """An embassy reposting its ministry's release about a foreign envoy posted to its own state ("US Ambassador
    to Russia X was summoned to the Russian Foreign Ministry"), or a story datelined at home ("Ha Noi, Feb. 23
    (VNA) -- ..."): the officials are the home state's."""
    if pd.publisher_country is not None and dateline_state(pd) == pd.publisher_country:
        return True
    pol = gazetteer.polities()
    for q in people:
        for m in q.mentions:
            posting = re.search(r"\bto\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$", m.title or "")
            hit = pol.lookup(posting.group(1)) if posting else None
            if hit is not None and hit.code == pd.publisher_country and envoy_title(m.title):
                return True
    return False


@cache
def posted_state(publisher: str | None) -> str | None:
    """The state an embassy or consulate publishing a release sits in ("Embassy of the People's Republic of
    China in the Netherlands" -> NLD, "Consulate General of ... in Los Angeles" -> USA, "Embassy of India, Tokyo"
    -> JPN), else None."""
    if not publisher or not EMBASSY.search(publisher):
        return None
    m = re.search(
        r"(?:\b(?:in|to)\s+|,\s*)(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})", publisher
    )
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k])
        hit = gazetteer.polities().lookup(phrase)
        if hit is not None:
            return None if hit.is_org else hit.code
        city = gazetteer.places().city(phrase)
        if city is not None and city.population >= 100_000:
            return city.iso3
    return None


OWN_ORG_TITLES = {
    "high representative",
    "president",
    "vice-president",
    "commissioner",
    "secretary-general",
    "secretary general",
    "director-general",
    "spokesperson",
}


# Titles of envoys: an unqualified one is the publisher's own only where its readouts use it so.
POSTING_TITLES = ("ambassador", "high commissioner", "charge d", "envoy", "consul", "permanent representative")


def envoy_title(title: str | None) -> bool:
    """Whether a title is an envoy's (ambassador, high commissioner, chargé d'affaires, consul)."""
    t = fold(title or "")
    return any(w in t for w in POSTING_TITLES)


def _own_title(title: str, own: set[str] | None) -> bool:
    """Whether an unqualified title can be the publisher's own official's (``own``: the titles that
    state's readouts use, None when unknown).

    Envoys' titles count only where the state's readouts use them; of other titles, only offices
    some states lack decide ("Prime Minister" in a US readout is foreign); any other title
    ("Deputy and Acting Foreign Minster", "Vice-minister of the International Department") is
    taken as the publisher's, as readouts never qualify their own side.
    """
    t = fold(title)
    posting = [w for w in POSTING_TITLES if w in t]
    if posting and not any(w in o for o in own or () for w in posting):
        return False  # an envoy whose state the publisher never posts under that title is the guest
    if own is None:
        return True
    # "Minister for Foreign Affairs" and "Minister of Foreign Affairs" are one office.
    t = re.sub(r"\bfor\b", "of", t)
    own = {re.sub(r"\bfor\b", "of", o) for o in own}
    for d in gazetteer.offices().distinctive:
        d = re.sub(r"\bfor\b", "of", d)
        if re.search(rf"(?<![\w-]){re.escape(d)}(?![\w-])", t) and not any(d in o for o in own):
            return False
    return True


def _surname_mentions(pd: ParsedDoc, people: list[Person], mentions: list[Mention]) -> None:
    """Later mentions by name alone ("Zhaparov asked ...", "Kakubo appreciated ...")."""
    taken_index = SpanSet([(m.start, m.end) for m in mentions if not m.in_headline])
    forms: dict[str, Person] = {}
    for p in people:
        if not p.name:
            continue
        forms[p.name] = p
        for used in p.mentions:  # every form the text used ("President Lula" for "Luiz Inacio Lula da Silva")
            if used.name and used.name not in NOT_NAME:
                forms.setdefault(used.name, p)
        toks = p.name.split()
        if len(toks) > 1:
            # Family name: last token in Western order, first in Chinese/Korean order, a middle one in
            # Arabic or Portuguese names ("Faki" of "Moussa Faki Mahamat"): each tried unless two people share it.
            for i, t in enumerate(toks):
                # Chinese family names of two letters lead the name ("Li" of "Li Zhaoxing", "Xi" of "Xi Jinping").
                short_family = (
                    i == 0 and len(toks) <= 3 and re.fullmatch(r"[A-Z][a-z]", t) and not re.fullmatch(PARTICLE, t, re.I)
                )
                if (len(t) > 2 or short_family) and t not in NOT_NAME:
                    clash = [q for q in people if q is not p and q.name and t in q.name.split()]
                    if not clash:
                        forms.setdefault(t, p)
                        # "Nayef Al-Hajraf" is "Hajraf" later on: an Arabic family name without its article
                        bare = re.sub(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z][a-z]{3})", "", t)
                        if bare != t and bare not in NOT_NAME:
                            forms.setdefault(bare, p)
    if not forms:
        return
    # not a name's letters cut at an apostrophe inside a word ("Xi'an" is no mention of Xi)
    pat = re.compile(r"(?<![\w-])(" + gazetteer.alternation(list(forms)) + r")(?:'s|’s)?(?![\w-]|['’][a-z])")
    # The headline too, when it is a line of the text: "Peters hosts first talks with Australian Foreign Minister".
    headline = [(pd.title_span, True)] if pd.title_span is not None else []
    headline_taken = SpanSet([(m.start, m.end) for m in mentions if m.in_headline])
    for (start, end), in_headline in [*headline, ((pd.body_start, len(pd.norm)), False)]:
        for m in pat.finditer(pd.norm, start, end):
            s, e = m.start(), m.end()
            if (headline_taken if in_headline else taken_index).covers(s):
                continue
            p = forms[m.group(1)]
            mention = Mention(s, e, m.group(1), None, person=p, in_headline=in_headline)
            p.mentions.append(mention)
            mentions.append(mention)
