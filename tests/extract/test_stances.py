"""extract_stances: explicit support or opposition, holder -> target on an issue (spec: stances)."""

from __future__ import annotations

from readout.extract.stances import extract_stances
from readout.model import Stance

from ._support import CHINA, NO10, STATE, layers, make_doc

KGZ_OPENING = (
    "On September 16, 2021 local time, Kyrgyz President Sadyr Zhaparov met with State Councilor and Foreign "
    "Minister Wang Yi in Dushanbe. "
)


def stances_of(
    body: str, opening: str = KGZ_OPENING, publisher: str = CHINA, published: str = "2021-09-17"
) -> tuple[str, list[Stance]]:
    text = opening + body
    pd, actors, events = layers(make_doc(text, published=published, publisher=publisher))
    return text, extract_stances(pd, actors, events)


def triples(stances: list[Stance]) -> set[tuple[str, str | None, str, str]]:
    return {(s.holder, s.target, s.issue, s.alignment) for s in stances}


def test_support_on_three_named_issues_is_three_stances() -> None:
    _, st = stances_of(
        "Zhaparov said that Kyrgyzstan firmly supports China on issues concerning Taiwan, Hong Kong and Xinjiang."
    )
    assert triples(st) == {
        ("KGZ", "CHN", "TAIWAN", "supports"),
        ("KGZ", "CHN", "HONG_KONG", "supports"),
        ("KGZ", "CHN", "XINJIANG", "supports"),
    }


def test_opposing_interference_is_support_for_non_interference() -> None:
    _, st = stances_of("Kyrgyzstan resolutely opposes interference by external forces in China's internal affairs.")
    assert triples(st) == {("KGZ", "CHN", "NON_INTERFERENCE", "supports")}


def test_reported_support_is_held_by_the_supporter() -> None:
    _, st = stances_of("Wang Yi said that China appreciates Kyrgyzstan's support for China's position on human rights.")
    assert triples(st) == {("KGZ", "CHN", "HUMAN_RIGHTS", "supports")}


def test_concern_over_actions_is_opposition() -> None:
    _, st = stances_of(
        "The Secretary expressed concern over the PRC's increasingly provocative actions in the South China Sea.",
        opening="Secretary of State Antony J. Blinken spoke today with PRC Director of the "
        "Office of the Central "
        "Foreign Affairs Commission Wang Yi. ",
        publisher=STATE,
        published="2023-07-14",
    )
    assert ("USA", "CHN", "SOUTH_CHINA_SEA", "opposes") in triples(st)


def test_one_china_principle_backs_china() -> None:
    _, st = stances_of(
        "Bhutto Zardari said that Pakistan firmly adheres to the one-China principle.",
        opening="On January 20, State Councilor and Foreign Minister Wang Yi held talks with "
        "Pakistani Foreign "
        "Minister Bilawal Bhutto Zardari in Beijing. ",
        published="2023-01-21",
    )
    assert triples(st) == {("PAK", "CHN", "TAIWAN", "supports")}


def test_praise_of_efforts_against_the_pandemic_is_support() -> None:
    _, st = stances_of("Zhaparov highly appreciates China's efforts in the fight against the COVID-19 pandemic.")
    assert triples(st) == {("KGZ", "CHN", "COVID19", "supports")}


def test_sovereignty_of_a_state_at_war_is_territorial_integrity_only() -> None:
    _, st = stances_of(
        "The Prime Minister reiterated the UK's steadfast support for Ukraine's sovereignty and territorial integrity.",
        opening="The Prime Minister spoke to President Volodymyr Zelenskyy of Ukraine this afternoon. ",
        publisher=NO10,
        published="2023-02-01",
    )
    assert triples(st) == {("GBR", "UKR", "TERRITORIAL_INTEGRITY", "supports")}


def test_thanks_for_aid_is_not_a_stance() -> None:
    _, st = stances_of(
        "Zhaparov thanked China for providing COVID-19 vaccines and anti-epidemic supplies to Kyrgyzstan."
    )
    assert st == []


def test_discussion_is_not_a_stance() -> None:
    _, st = stances_of("The two sides discussed the situation in Afghanistan and regional security.")
    assert st == []


def test_generic_goodwill_is_not_a_stance() -> None:
    _, st = stances_of(
        "Zhaparov said Kyrgyzstan is willing to deepen cooperation with China in trade, investment and connectivity."
    )
    assert st == []


def test_praise_for_hosting_a_summit_is_courtesy() -> None:
    _, st = stances_of(
        "Prime Minister Modi praised Indonesia's successful hosting of the G20 Summit.",
        opening="Prime Minister Shri Narendra Modi met President Joko Widodo of Indonesia in Bali on 15 "
        "November 2022. ",
        publisher="India MEA",
        published="2022-11-15",
    )
    assert st == []


def test_evidence_spans_hold_the_cue() -> None:
    text, st = stances_of("Kyrgyzstan resolutely opposes interference by external forces in China's internal affairs.")
    assert st
    for s in st:
        assert s.evidence
        assert any("opposes" in text[a:b] for a, b in s.evidence)


def test_a_participants_names_but_never_a_style_stand_for_him() -> None:
    from readout.extract.stances import _participant_surnames
    from readout.model import Event, Participant

    def meeting(*people: tuple[str, str]) -> Event:
        parts = [Participant(name, country, None, None) for name, country in people]
        return Event("meeting", None, None, parts, None, "040", {})

    # a two-word name may be written family name first ("Hayakawa Kenji": "Minister HAYAKAWA")
    assert _participant_surnames([meeting(("Hayakawa Kenji", "JPN"), ("Dana Whitcomb", "USA"))]) == {
        "Kenji": "JPN",
        "Hayakawa": "JPN",
        "Whitcomb": "USA",
        "Dana": "USA",
    }
    # "King Faris" gives "Faris", never "King": another king named in the text is not him
    assert "King" not in _participant_surnames([meeting(("King Faris", "JOR"), ("Dana Whitcomb", "USA"))])
    # a name two participants share stands for neither
    assert "Omar" not in _participant_surnames([meeting(("Omar Haddad", "JOR"), ("Omar Sabri", "EGY"))])
