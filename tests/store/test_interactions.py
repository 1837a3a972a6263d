"""Linking: events of different documents that report one interaction become one interaction."""

from __future__ import annotations

import datetime as dt

import pytest

from readout.model import Document, Event, Location, Participant, Record
from readout.store import Backend
from readout.store.documents import doc_key
from readout.store.interactions import link_interactions
from readout.store.writer import Coded, store_new

from ._support import problems

Ev = tuple[str, str | None, str, str | None]  # kind, date, parties "A|B", place country


def _event(kind: str, date: str | None, parties: str, place: str | None) -> Event:
    people = [Participant(f"Envoy of {c}", c, None, "Minister") for c in parties.split("|")]
    loc = Location(None, place) if place else None
    return Event(kind, date, loc, people, "host" if place else "remote", "040", {"type": "CONSULT", "mode": "x"})  # type: ignore[arg-type]


def _store(db: Backend, doc_id: str, *events: Ev, text: str = "") -> None:
    doc = Document(doc_id, text or f"Readout {doc_id}.")
    rec = Record(doc_id, doc_id, True, [_event(*e) for e in events], [], [], [], engine="test")
    store_new(db, [Coded(doc, doc_key(doc), rec)])


def _groups(db: Backend) -> set[frozenset[str]]:
    """Each interaction as the set of 'doc_id#event' it links."""
    rows = db.query(
        "SELECT r.interaction_id, d.doc_id, r.event_ordinal FROM interaction_reports r "
        "JOIN codings c ON c.coding_id = r.coding_id JOIN documents d ON d.doc_key = c.doc_key"
    )
    found: dict[int, set[str]] = {}
    for iid, doc_id, ordinal in rows:
        found.setdefault(iid, set()).add(f"{doc_id}#{ordinal}")
    return {frozenset(v) for v in found.values()}


def _interaction_of(db: Backend, doc_id: str) -> int:
    rows = db.query(
        "SELECT r.interaction_id FROM interaction_reports r JOIN codings c ON c.coding_id = r.coding_id AND c.current "
        "JOIN documents d ON d.doc_key = c.doc_key WHERE d.doc_id = ?",
        [doc_id],
    )
    return int(rows[0][0])


def test_reports_of_one_meeting_are_linked_and_others_are_not(db: Backend) -> None:
    _store(db, "cn", ("meeting", "2022-12-21", "AUS|CHN", "CHN"))
    _store(db, "au", ("meeting", "2022-12-22", "CHN|AUS", None))  # a day later (time zones), place not said
    _store(db, "later", ("meeting", "2022-12-24", "AUS|CHN", "CHN"))  # two days after: another meeting
    _store(db, "call", ("call", "2022-12-21", "AUS|CHN", None))  # another kind
    _store(db, "trio", ("meeting", "2022-12-21", "AUS|CHN|NZL", "CHN"))  # another set of parties
    link_interactions(db)
    assert _groups(db) == {
        frozenset({"cn#0", "au#0"}),
        frozenset({"later#0"}),
        frozenset({"call#0"}),
        frozenset({"trio#0"}),
    }
    sql = "SELECT kind, date, parties, location_country FROM interactions WHERE interaction_id = ?"
    assert db.query(sql, [_interaction_of(db, "au")]) == [("meeting", dt.date(2022, 12, 21), "AUS|CHN", "CHN")]
    assert problems(db) == {}


def test_places_in_two_countries_are_two_interactions(db: Backend) -> None:
    _store(db, "a", ("meeting", "2023-05-01", "FRA|DEU", "FRA"))
    _store(db, "b", ("meeting", "2023-05-01", "FRA|DEU", "DEU"))
    _store(db, "c", ("meeting", "2023-05-01", "FRA|DEU", "FRA"))
    link_interactions(db)
    assert _groups(db) == {frozenset({"a#0", "c#0"}), frozenset({"b#0"})}


def test_events_without_a_date_or_a_second_party_stand_alone(db: Backend) -> None:
    _store(db, "a", ("meeting", None, "FRA|DEU", None), ("meeting", "2023-05-01", "FRA", None))
    _store(db, "b", ("meeting", None, "FRA|DEU", None), ("meeting", "2023-05-01", "FRA", None))
    link_interactions(db)
    assert _groups(db) == {frozenset({x}) for x in ("a#0", "a#1", "b#0", "b#1")}


def test_two_events_of_one_document_are_never_one_interaction(db: Backend) -> None:
    _store(db, "a", ("message", "2022-09-29", "CHN|JPN", None), ("message", "2022-09-29", "CHN|JPN", None))
    _store(db, "b", ("message", "2022-09-29", "CHN|JPN", None))
    link_interactions(db)
    assert _groups(db) == {frozenset({"a#0", "b#0"}), frozenset({"a#1"})}


def test_later_reports_join_the_stored_interaction(db: Backend) -> None:
    _store(db, "cn", ("meeting", "2022-12-21", "AUS|CHN", "CHN"))
    link_interactions(db)
    first = _interaction_of(db, "cn")
    _store(db, "au", ("meeting", "2022-12-20", "AUS|CHN", None))
    stats = link_interactions(db)
    assert (stats.attached, stats.created) == (1, 0)
    assert _interaction_of(db, "au") == first
    _store(db, "au2", ("meeting", "2022-12-21", "AUS|CHN", "CHN"))
    _store(db, "au2", ("meeting", "2022-12-21", "AUS|CHN", "CHN"), text="Readout au2, corrected.")  # version 2
    link_interactions(db)
    assert _interaction_of(db, "au2") == first
    assert _groups(db) == {frozenset({"cn#0", "au#0", "au2#0"})}
    assert problems(db) == {}


def test_linking_twice_changes_nothing(db: Backend) -> None:
    _store(db, "cn", ("meeting", "2022-12-21", "AUS|CHN", "CHN"))
    _store(db, "au", ("meeting", "2022-12-21", "AUS|CHN", None))
    link_interactions(db)
    before = db.query("SELECT * FROM interaction_reports ORDER BY coding_id, event_ordinal")
    stats = link_interactions(db)
    assert (stats.attached, stats.created) == (0, 0)
    assert db.query("SELECT * FROM interaction_reports ORDER BY coding_id, event_ordinal") == before


def _meeting(date: str, *people: tuple[str, str, str]) -> Event:
    """A meeting in Washington between the named people (name, state, title)."""
    named = [Participant(name, country, None, title) for name, country, title in people]
    return Event("meeting", date, Location("Washington", "USA"), named, "host", "040", {"type": "CONSULT", "mode": "x"})  # type: ignore[arg-type]


def _store_events(db: Backend, doc_id: str, *events: Event) -> None:
    doc = Document(doc_id, f"Readout {doc_id}.")
    store_new(db, [Coded(doc, doc_key(doc), Record(doc_id, doc_id, True, list(events), [], [], [], engine="test"))])


MINISTER = ("Wang Yi", "CHN", "Foreign Minister")


@pytest.mark.parametrize("at_once", [True, False], ids=["linked-together", "linked-one-by-one"])
def test_two_meetings_on_consecutive_days_with_other_people_are_two(db: Backend, at_once: bool) -> None:
    # Monday: the Secretary of State meets the minister; Tuesday: the President meets the same minister.
    # Each meeting is reported by both sides; dates as each side gives them (a day apart at most).
    _store_events(db, "us-state", _meeting("2023-10-26", ("Antony J. Blinken", "USA", "Secretary"), MINISTER))
    if not at_once:
        link_interactions(db)
    _store_events(db, "cn-mfa-1", _meeting("2023-10-26", ("Blinken", "USA", "Secretary of State"), MINISTER))
    if not at_once:
        link_interactions(db)
    _store_events(db, "us-wh", _meeting("2023-10-27", ("Joe Biden", "USA", "President"), MINISTER))
    if not at_once:
        link_interactions(db)
    _store_events(db, "cn-mfa-2", _meeting("2023-10-27", ("Biden", "USA", "President"), MINISTER))
    link_interactions(db)
    assert _groups(db) == {frozenset({"us-state#0", "cn-mfa-1#0"}), frozenset({"us-wh#0", "cn-mfa-2#0"})}
    assert problems(db) == {}


def test_a_report_naming_fewer_people_joins(db: Backend) -> None:
    delegation = _meeting(
        "2023-10-26", ("Antony Blinken", "USA", "Secretary of State"), ("Jake Sullivan", "USA", "Adviser"), MINISTER
    )
    _store_events(db, "us", delegation)
    _store_events(db, "cn", _meeting("2023-10-26", ("Blinken", "USA", "Secretary"), MINISTER))
    _store_events(
        db, "cn-brief", _meeting("2023-10-27", ("Wang Yi", "CHN", "State Councilor"), ("Antony Blinken", "USA", ""))
    )
    link_interactions(db)
    assert _groups(db) == {frozenset({"us#0", "cn#0", "cn-brief#0"})}
