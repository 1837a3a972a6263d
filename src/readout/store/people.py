"""One identity per person: the name variants of one person get one stable ``person_id``.

Readouts name one person many ways: "Antony Blinken", "Antony J. Blinken", "Secretary
Blinken", "Blinken". Each named participant of a current coding is resolved once (after
each ingest or recode, before linking) to a row of ``people``, in ``participant_people``:

1. The office-holder table (``office_holders.tsv``, through the engine's own loader): a name
   whose forms cover it, on the same side (state or organisation), in office on the date
   (the event's, else the document's) is that holder; of several holders in office then,
   the one whose office the title names (``title_offices.tsv``). A full name (two words or
   more) that only one holder of the side ever bore is that holder at any date.
2. Otherwise by family name (the last word) and side: given names must agree (the first, or
   its initial; middle initials when both give them), so "Bill Clinton" and "Hillary
   Clinton" stay two people; a family name alone joins the one person of that family and
   side, and stays apart when there are several.

Ids come from a sequence and are never reused: a recoded document's participants find the
same people again by these rules.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from readout.gazetteer import office_of
from readout.store.backends import Backend

PEOPLE_LOCK = 7_300_004  # advisory lock key: one resolving transaction at a time (PostgreSQL)

# Named participants of current codings without a person yet, with their side, title and date.
_PENDING = """
SELECT p.coding_id, p.event_ordinal, p.ordinal, p.name, COALESCE(p.country, p.org) AS side, p.title,
       COALESCE(e.date, c.published) AS date
FROM participants p
JOIN codings c ON c.coding_id = p.coding_id AND c.current
JOIN events e ON e.coding_id = p.coding_id AND e.ordinal = p.event_ordinal
WHERE p.name IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM participant_people pp
    WHERE pp.coding_id = p.coding_id AND pp.event_ordinal = p.event_ordinal AND pp.ordinal = p.ordinal)
"""
_KNOWN = (
    "SELECT person_id, name, side, family, given, holder FROM people WHERE family IN (SELECT unnest(CAST(? AS TEXT[])))"
)
_NEW_PEOPLE = """
INSERT INTO people (person_id, name, side, family, given, holder)
SELECT unnest(CAST(? AS BIGINT[])), unnest(CAST(? AS TEXT[])), unnest(CAST(? AS TEXT[])),
       unnest(CAST(? AS TEXT[])), unnest(CAST(? AS TEXT[])), unnest(CAST(? AS BOOLEAN[]))
"""
_LINKS = """
INSERT INTO participant_people (coding_id, event_ordinal, ordinal, person_id, side)
SELECT unnest(CAST(? AS BIGINT[])), unnest(CAST(? AS INTEGER[])), unnest(CAST(? AS INTEGER[])),
       unnest(CAST(? AS BIGINT[])), unnest(CAST(? AS TEXT[]))
"""


def fold(text: str) -> str:
    """Lower case without accents (as the engine compares names)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(name: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(name)) if w]


def split_name(name: str) -> tuple[str, list[str]]:
    """(family name, given names) of a name: the last word of two letters or more, and the words before it."""
    ws = words(name)
    for i in range(len(ws) - 1, -1, -1):
        if len(ws[i]) > 1:
            return ws[i], ws[:i]
    return (ws[-1] if ws else ""), ws[:-1]


def given_agree(a: list[str], b: list[str]) -> bool:
    """Given names of one person: the first agrees (or is its initial), middle initials agree when both have them."""
    if not a or not b:
        return True
    if not _same_word(a[0], b[0]):
        return False
    ma, mb = a[1:], b[1:]
    return not (ma and mb) or [w[0] for w in ma] == [w[0] for w in mb]


def _same_word(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


@lru_cache(maxsize=1 << 16)
def holder_of(name: str, side: str | None, title: str | None, date: dt.date | None) -> str | None:
    """The office holder this participant is, by name forms, side, date and title (None when not one)."""
    from readout.gazetteer import offices

    book = offices()
    if date is not None:
        terms = [t for t in book.holders(name, date.isoformat()) if side is None or t.country == side]
        names = {t.name for t in terms}
        if len(names) > 1:
            office = office_of(title)
            names = {t.name for t in terms if t.office == office} or names
        if len(names) == 1:
            return names.pop()
        if names:
            return None
    if len(words(name)) < 2:
        return None
    ever = {t.name for t in book.holders(name) if side is None or t.country == side}
    return ever.pop() if len(ever) == 1 else None


@dataclass
class Person:
    person_id: int
    name: str
    side: str | None
    family: str
    given: list[str]
    holder: bool
    new: bool = False
    renamed: bool = False


@dataclass
class Directory:
    """The people of the families at hand: those stored and those made now."""

    by_key: dict[tuple[str | None, str], list[Person]] = field(default_factory=dict)
    made: list[Person] = field(default_factory=list)  # new people, with temporary ids -1, -2, ... until stored

    def add(self, person: Person) -> Person:
        self.by_key.setdefault((person.side, person.family), []).append(person)
        return person

    def make(self, name: str, side: str | None, holder: bool) -> Person:
        family, given = split_name(name)
        person = Person(-1 - len(self.made), name, side, family, given, holder, new=True)
        self.made.append(person)
        return self.add(person)

    def resolve(self, name: str, side: str | None, title: str | None, date: dt.date | None) -> Person:
        held = holder_of(name, side, title, date)
        family, given = split_name(held or name)
        same = self.by_key.get((side, family), [])
        if held:
            for p in same:
                if p.holder and p.name == held:
                    return p
            return self.make(held, side, holder=True)
        full = [p for p in same if p.given]
        if given:
            fits = [p for p in full if given_agree(given, p.given)]
            if len(fits) == 1:
                return fits[0]
            bare = [p for p in same if not p.given]
            if not fits and len(bare) == 1:  # a family name seen alone, now with its given names
                bare[0].name, bare[0].given, bare[0].renamed = name, given, True
                return bare[0]
            for p in same:
                if p.given == given:
                    return p
            return self.make(name, side, holder=False)
        if len(full) == 1:
            return full[0]
        for p in same:
            if not p.given:
                return p
        return self.make(name, side, holder=False)


def resolve_people(db: Backend) -> int:
    """Give every named participant of the current codings a person; the number resolved now.

    Runs inside the caller's transaction (``link_interactions``).
    """
    db.lock(PEOPLE_LOCK)
    pending = db.query(_PENDING)
    if not pending:
        return 0
    # Full names first, so that a family name alone finds the person it stands for.
    pending.sort(key=lambda r: (-len(words(r[3])), r[6] is None, r[6] or dt.date.min, r[0], r[1], r[2]))
    families = sorted({split_name(r[3])[0] for r in pending} | _holder_families(pending))
    directory = Directory()
    for pid, name, side, family, given, holder in db.query(_KNOWN, [families]):
        directory.add(Person(int(pid), name, side, family, given.split() if given else [], bool(holder)))
    resolved = [(row, directory.resolve(row[3], row[4], row[5], row[6])) for row in pending]
    if directory.made:
        ids = sorted(int(r[0]) for r in db.query(_NEXT_IDS, [len(directory.made)]))
        for person, new_id in zip(directory.made, ids, strict=True):
            person.person_id = new_id
        rows = [(p.person_id, p.name, p.side, p.family, " ".join(p.given), p.holder) for p in directory.made]
        db.execute(_NEW_PEOPLE, _columns(rows))
    for p in (p for ps in directory.by_key.values() for p in ps):
        if p.renamed and not p.new:
            db.execute(
                "UPDATE people SET name = ?, given = ? WHERE person_id = ?", [p.name, " ".join(p.given), p.person_id]
            )
    links = [(int(r[0]), int(r[1]), int(r[2]), person.person_id, r[4]) for r, person in resolved]
    db.execute(_LINKS, _columns(links))
    return len(links)


_NEXT_IDS = "SELECT nextval('person_ids') FROM generate_series(1, ?)"


def _holder_families(pending: list[Any]) -> set[str]:
    """Family names of the holders a pending name may stand for (their people are looked up too)."""
    found = set()
    for _, _, _, name, side, title, date in pending:
        held = holder_of(name, side, title, date)
        if held:
            found.add(split_name(held)[0])
    return found


def _columns(rows: list[tuple[Any, ...]]) -> list[list[Any]]:
    return [list(col) for col in zip(*rows, strict=True)]
