"""The parsed document every layer reads: normalised text, sentences, headline, publisher.

Normalisation keeps the text's length (see ``ingest.normalize``), so any span found on
``norm`` indexes the text as given and evidence needs no offset map.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from readout import gazetteer
from readout.extract.entities import Entity, find_entities
from readout.ingest.header import published_from_text
from readout.ingest.normalize import normalize, title_line
from readout.model import Document, Span

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "h.e",
    "st",
    "u.s",
    "u.k",
    "d.c",
    "no",
    "jr",
    "sr",
    "gen",
    "lt",
    "col",
    "prof",
    "hon",
    "e.g",
    "i.e",
    "vs",
    "a.m",
    "p.m",
    "messrs",
    "rep",
    "sen",
    "gov",
    "amb",
    "capt",
    "maj",
    "sgt",
    "adm",
    "rev",
    "est",
    "approx",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.n",
    "e.u",
    "p.r.c",
    "md",  # "Md. Shahriar Alam": Muhammad
    "mohd",
    "muhd",
}
PLACE_ABBREVIATIONS = {"d.c"}  # "U.S." and "U.K." usually go on ("U.S. Secretary of State")
STATE_ABBREVIATIONS = {"u.s", "u.k"}  # ... but not before a word that only opens a clause
CLAUSE_OPENER = re.compile(r"\s+(?:The|They|He|She|We|It|Both|During|After|This|These|Its|His|Her)\b")
SENTENCE_OPENER = re.compile(
    r"\s+(?:The|They|He|She|We|It|Both|In|On|At|During|After|Secretary|President|Prime|Foreign|Minister)\b"
)
SENTENCE_END = re.compile(r"[.!?](?:[\"')\]]*)(?=\s+[\"'(\[]?[A-Z0-9]|[A-Z][a-z])|\n\s*\n|\n")

# Latin letters, with Latin Extended Additional (Vietnamese "Nguyễn Phú Trọng", "Phạm Minh Chính", "Šiauliai")
LATIN = [*range(0x250), *range(0x1E00, 0x1F00)]
UPPER = "".join(c for c in map(chr, LATIN) if c.isupper())
LOWER = "".join(c for c in map(chr, LATIN) if c.islower())


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    index: int
    paragraph: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass
class ParsedDoc:
    doc: Document
    text: str
    norm: str
    title: str | None
    headline: str | None  # the title as a string to mine (may lie outside ``text``)
    title_span: Span | None
    sentences: list[Sentence]
    published: date | None
    publisher_country: str | None
    publisher_org: str | None
    body_start: int
    cache: dict[str, object] = field(default_factory=dict)

    @property
    def entities(self) -> list[Entity]:
        """The statistical model's entities in the text (run once, on first use)."""
        found = self.cache.get("entities")
        if found is None:
            found = self.cache["entities"] = find_entities(self.norm)
        return found  # type: ignore[return-value]

    @property
    def headline_entities(self) -> list[Entity]:
        """Entities of a headline that is not part of the text (offsets into ``headline``)."""
        found = self.cache.get("headline_entities")
        if found is None:
            found = self.cache["headline_entities"] = find_entities(self.headline or "")
        return found  # type: ignore[return-value]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (a binary search: layers ask this per mention)."""
        i = bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def next_sentence(self, s: Sentence) -> Sentence | None:
        return self.sentences[s.index + 1] if s.index + 1 < len(self.sentences) else None


def split_sentences(norm: str, start: int = 0) -> list[Sentence]:
    """Rule-based sentence splitter for the genre: abbreviations, initials and list items."""
    out: list[Sentence] = []
    para = 0
    pos = start
    wrapped = hard_wrapped(norm)
    for m in SENTENCE_END.finditer(norm, start):
        if m.start() < pos:
            continue
        if wrapped and m.group() == "\n" and _soft_break(norm, m.start()):
            continue  # wire copy wrapped at a fixed width: the line goes on
        if norm[m.start()] == "." and _abbreviation_before(norm, pos, m.start()):
            continue
        _append(out, norm, pos, m.end(), para)
        if m.group().count("\n") > 1 or norm[m.end() : m.end() + 1] == "\n":
            para += 1
        pos = m.end()
    _append(out, norm, pos, len(norm), para)
    for i, s in enumerate(out):
        s.index = i
    return out


WRAP_WIDTH = 40  # a line this long that ends without a stop was wrapped, not ended


def _soft_break(norm: str, at: int) -> bool:
    """A line break inside a sentence: the line is long and ends without a stop or a colon."""
    line_start = norm.rfind("\n", 0, at) + 1
    return at - line_start > WRAP_WIDTH and norm[at - 1 : at] not in (".", "!", "?", ":", '"', "”", "'")


def hard_wrapped(norm: str) -> bool:
    """Wire copy wrapped at a fixed width ("ISLAMABAD, Sep 15 (APP): Prime Minister X\\nFriday emphasized"):
    most single line breaks fall inside sentences."""
    singles = [m.start() for m in re.finditer(r"(?<!\n)\n(?!\n)", norm)]
    soft = sum(1 for at in singles if _soft_break(norm, at))
    return soft >= 3 and soft * 2 >= len(singles)


def _abbreviation_before(norm: str, start: int, dot: int) -> bool:
    """True when the full stop at ``dot`` closes "Mr", an initial, or a list number."""
    before = re.search(r"([\w.]+)$", norm[start:dot])
    word = before.group(1).lower() if before else ""
    if word in PLACE_ABBREVIATIONS and SENTENCE_OPENER.match(norm, dot + 1):
        return False  # "... in Washington, D.C. Secretary Blinken and ..." ends a sentence
    if word in STATE_ABBREVIATIONS and CLAUSE_OPENER.match(norm, dot + 1):
        return False  # "... firm support for the U.S. The two sides agreed": no adjective before "The"
    if word in ABBREVIATIONS or re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", word):
        return True
    return bool(re.fullmatch(r"\d{1,2}", word)) and norm[start:dot].strip() == word


def _append(out: list[Sentence], norm: str, start: int, end: int, para: int) -> None:
    seg = norm[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg.rstrip())
    if trail - lead < 2 or not re.search(r"[A-Za-z]", seg):
        return
    s, e = start + lead, start + trail
    out.append(Sentence(s, e, norm[s:e], 0, para))


def publisher_of(doc: Document, norm: str) -> tuple[str | None, str | None]:
    """The publishing state (or organisation): publisher name, then URL, then formulas in the text."""
    fields = {"publisher": doc.publisher or "", "url": doc.url or "", "text": norm[:3000]}
    if carries_wire(fields["publisher"]):
        fields["publisher"] = ""  # "Namibia Daily (AllAfrica)": a wire's story about any state
    for wanted in ("publisher", "url", "text"):
        hits = (
            (hit.start(), pub)
            for pub in gazetteer.publishers()
            if pub.field == wanted and fields[wanted] and (hit := pub.pattern.search(fields[wanted]))
        )
        # "United Nations Secretary-General (Office of the Spokesperson)": the body a publisher's name leads
        # with is the publisher, a later phrase qualifies it; the url and text take their first formula.
        first = min(hits, key=lambda h: h[0], default=None) if wanted == "publisher" else next(hits, None)
        if first is not None:
            pub = first[1]
            if not (wanted == "publisher" and _reposts_other_agency(fields["publisher"], pub.iso3)):
                return (pub.iso3 or None), (pub.org or None)
            # "Malta News Gazette (Ethiopian News Agency)": the agency's story, not Malta's
        if wanted == "publisher" and (state := _office_named_state(fields["publisher"])):
            return state, None
        if wanted == "publisher" and (source := _bracketed_source(fields["publisher"])):
            return source
        org = gazetteer.polities().lookup(fields["publisher"].strip()) if wanted == "publisher" else None
        if org is not None and org.is_org:
            return None, org.code  # "World Health Organization": an organisation's own page
    return None, None


def carries_wire(publisher: str) -> bool:
    """A site carrying an international wire's or aggregator's story, named in brackets after it."""
    return any(w.search(inner) for inner in re.findall(r"\(([^()]+)\)", publisher) for w in gazetteer.wires())


def _bracketed_source(publisher: str) -> tuple[str | None, str | None] | None:
    """ "DoOurBest.org (The White House readout)": a government body's release that a site carries, named in
    brackets after the site."""
    for inner in re.findall(r"\(([^()]+)\)", publisher):
        inner = re.sub(r"^(?:via|citing|quoting|reproducing|relaying|repost(?:ing)?(?: of)?)\s+", "", inner.strip())
        if not OFFICIAL_BODY.search(inner):
            continue
        for pub in gazetteer.publishers():
            if pub.field == "publisher" and pub.pattern.search(inner):
                return (pub.iso3 or None), (pub.org or None)
    return None


def _reposts_other_agency(publisher: str, state: str) -> bool:
    """A site that is no government body carrying another state's news agency's story."""
    agency = gazetteer.press_state(publisher)
    return agency is not None and agency != state and not OFFICIAL_BODY.search(publisher)


def _office_named_state(publisher: str) -> str | None:
    """A government body's name that names one state, in any order ("Royal Hashemite Court (Office of King
    Abdullah II, Jordan)"), and is the body's own release, not a paper citing it."""
    if not OFFICIAL_BODY.search(publisher) or RETOLD.search(publisher):
        return None
    states = {hit.code for _s, _e, hit in gazetteer.polities().find(publisher) if not hit.is_org}
    return states.pop() if len(states) == 1 else None


# A nickname quoted inside a name: President Joko "Jokowi" Widodo, Rodrigo "Digong" Duterte.
NICKNAME = re.compile(r"(\b[A-Z][a-z][\w'’-]*[^\S\n])([\"“'‘][A-Z][\w.-]{1,20}[\"”'’])(?=[^\S\n][A-Z][a-z])")


def blank_nicknames(text: str) -> str:
    """Blank a quoted nickname inside a name, keeping the text's length, so the name reads as one."""
    return NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


# A page's strip of other stories' headlines ("Off the wire\nSouth African stocks close weaker  • Zambia mulls ...
# • EU's chief Brexit negotiator visits Warsaw  • ..."): a line of three or more bullet-joined headlines.
HEADLINE_SEPARATOR = re.compile(r"[^\S\n][•|·][^\S\n]")


def blank_headline_strips(text: str) -> str:
    """Blank a line of other stories' headlines, keeping the text's length, so no layer reads it."""
    if "•" not in text and "|" not in text and "·" not in text:
        return text
    lines = text.split("\n")
    return "\n".join(" " * len(x) if len(HEADLINE_SEPARATOR.findall(x)) >= 3 else x for x in lines)


def parse(doc: Document) -> ParsedDoc:
    norm = blank_headline_strips(blank_nicknames(normalize(doc.text)))
    title = doc.title if doc.title and not _is_masthead(doc.title) else _headline_line(doc.text)
    title_span: Span | None = None
    body_start = 0
    if title:
        key = blank_nicknames(normalize(title)).strip()
        idx = norm.find(key, 0, 400 + len(key)) if key else -1
        if idx >= 0:
            title_span = (idx, idx + len(key))
            line_end = norm.find("\n", idx + len(key))
            # A headline is its own line; a title that opens the prose is part of the body.
            if norm[idx + len(key) : line_end if line_end >= 0 else len(norm)].strip() == "":
                body_start = line_end if line_end >= 0 else len(norm)
    published = _date(doc.published) or _date(published_from_text(doc.text))
    sentences = split_sentences(norm, body_start)
    country, org = publisher_of(doc, norm)
    headline = blank_nicknames(normalize(title)) if title else None
    pd = ParsedDoc(doc, doc.text, norm, title, headline, title_span, sentences, published, country, org, body_start)
    # An organisation's own page ("World Health Organization", "NATO") is its release, as a ministry's is.
    pd.cache["official"] = bool(country or org) and (_official(doc) or (org is not None and _own_page(doc)))
    return pd


OFFICIAL_BODY = re.compile(
    r"\b(?:Ministry|Ministerie|Government|Office|Presidency|President|Prime Minister|Embassy|Mission|Department|"
    r"White House|Kremlin|Chancellery|Chancellor|MFA|MOFA|MEA|Foreign Affairs|Secretary-General|Commission|"
    r"Council|Cabinet|Palace|Royal Court|Hashemite Court|Amiri Diwan|Spokesperson|State Department|State House|"
    # bodies known by a name with none of those words: "Global Affairs Canada", "DFA Philippines", "the Élysée"
    r"Global Affairs|DFAT?|FCDO|[ÉE]lys[ée]e|Downing Street|Blue House|Kantei|Malaca[ñn]ang|Istana|Casa Rosada|"
    r"Planalto|Quirinale|High Commission|Consulate|"
    # a legislature's own page: its speaker receives delegations and ambassadors as a minister does
    r"National Assembly|Parliament|Senate|Congress|House of (?:Representatives|Commons|Lords)|Majlis|Duma|"
    r"Knesset|Bundestag|Sejm|Riksdag|Storting|Lok Sabha|Rajya Sabha|Legislative Assembly)\b",
    re.I,
)
RETOLD = re.compile(r"\b(?:citing|quoting|relaying|reproducing|reposting|repost|according to|release)\b", re.I)


def _official(doc: Document) -> bool:
    """A government's or organisation's own release (dated by its publication), not a newspaper's or
    agency's report of it ("Kuwait Times (KUNA)", "NDTV (citing India MEA)")."""
    if doc.publisher:
        return bool(OFFICIAL_BODY.search(doc.publisher)) and not RETOLD.search(doc.publisher)
    return True  # no publisher: the state came from the URL or a formula of the text


def _own_page(doc: Document) -> bool:
    """Not a story retold from another source."""
    return not RETOLD.search(doc.publisher or "") and "(" not in (doc.publisher or "")


def _is_masthead(line: str) -> bool:
    """A site's name rather than a headline: "Ministry of Foreign Affairs", "Islamic Emirate of Afghanistan"."""
    offices = gazetteer.offices()
    polities = gazetteer.polities()
    words = re.findall(r"[\w'’-]+", line)
    return polities.lookup(line) is not None or all(
        w in offices.title_words or w in ("of", "the", "and", "for") or polities.lookup(w) for w in words
    )


AGENCY_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{2,}(?:,[^:–—\n]{1,30})?\s*(?:\([\w .-]{1,30}\)\s*)?[:–—]\s"
    # "Santiago, 5 November 2022 (TDI): ...": a city in mixed case, a date and the outlet in brackets
    r"|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},[^:–—\n(]{1,30}\([\w .-]{1,30}\)\s*[:–—-]\s"
)


def _headline_line(text: str) -> str | None:
    """The first line that reads as a headline: not a masthead ("Ministry of Foreign Affairs",
    "Islamic Emirate of Afghanistan"), not the opening sentence of the body."""
    for line in text.splitlines()[:12]:
        line = normalize(line).strip()
        if not line or title_line(line) is None:
            continue
        words = re.findall(r"[\w'’-]+", line)
        if _is_masthead(line):
            continue
        if AGENCY_DATELINE.match(line):
            return None  # "ISLAMABAD, Sep 15 (APP): Prime Minister ...": wire copy opens with its body
        if len(line) > 160 or line.endswith((".", ":", ",")) or len(words) < 3:
            return None
        return line
    return None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
