"""extract_statements: sentences attributed to a speaker, resolved to a named person (spec: statements)."""

from __future__ import annotations

from readout.extract.statements import extract_statements
from readout.model import Statement

from ._support import CHINA, STATE, layers, make_doc


def statements_of(text: str, publisher: str = CHINA, published: str = "2021-09-17") -> list[Statement]:
    pd, actors, _ = layers(make_doc(text, published=published, publisher=publisher))
    return extract_statements(pd, actors)


MEETING = (
    "On September 16, 2021 local time, Kyrgyz President Sadyr Zhaparov met with State Councilor and Foreign "
    "Minister Wang Yi in Dushanbe. "
)


def test_named_speaker() -> None:
    st = statements_of(
        MEETING + "Wang Yi noted that China stands ready to work with Kyrgyzstan to deepen "
        "cooperation in trade and connectivity."
    )
    assert len(st) == 1
    assert (st[0].speaker, st[0].country) == ("Wang Yi", "CHN")
    assert st[0].text.startswith("China stands ready")


def test_surname_speaker_resolves_to_full_name() -> None:
    body = "Zhaparov said that Kyrgyzstan regards China as a good neighbor and a reliable partner."
    st = statements_of(MEETING + body)
    assert [(s.speaker, s.country) for s in st] == [("Sadyr Zhaparov", "KGZ")]


def test_pronoun_attributes_to_the_last_named_person() -> None:
    text = (
        MEETING
        + "Zhaparov said that Kyrgyzstan regards China as a good neighbor and a reliable partner. "
        + "Wang Yi congratulated Kyrgyzstan on the 30th anniversary of its independence. "
        + "He said that China is ready to expand imports of quality agricultural products from Kyrgyzstan."
    )
    st = statements_of(text)
    last = [s for s in st if "agricultural products" in s.text]
    assert len(last) == 1
    assert (last[0].speaker, last[0].country) == ("Wang Yi", "CHN")


def test_she_after_a_female_minister() -> None:
    text = (
        "Secretary of State Antony J. Blinken met with Australian Foreign Minister Penny Wong "
        "in Washington today. "
        "Foreign Minister Wong welcomed the progress made under AUKUS. "
        "She said that Australia would continue to work closely with the United States in the Pacific."
    )
    st = statements_of(text, publisher=STATE, published="2023-07-29")
    last = [s for s in st if "in the Pacific" in s.text]
    assert len(last) == 1
    assert (last[0].speaker, last[0].country) == ("Penny Wong", "AUS")


def test_title_only_speaker_resolves_to_named_holder() -> None:
    text = (
        "Secretary of State Antony J. Blinken spoke today with Indian External Affairs Minister Subrahmanyam "
        "Jaishankar. The Secretary underscored the importance of the U.S.-India Comprehensive "
        "Global Strategic "
        "Partnership."
    )
    st = statements_of(text, publisher=STATE, published="2023-03-02")
    assert len(st) == 1
    assert st[0].speaker is not None and st[0].speaker.endswith("Blinken")
    assert st[0].country == "USA"


def test_joint_statement_of_both_sides_is_not_given_to_one_person() -> None:
    body = "The two sides agreed to further deepen practical cooperation in all fields."
    st = statements_of(MEETING + body)
    assert all(s.speaker is None for s in st if "practical cooperation" in s.text)


def test_evidence_is_the_sentence() -> None:
    body = "Wang Yi noted that China stands ready to work with Kyrgyzstan to deepen cooperation."
    text = MEETING + body
    st = statements_of(text)
    assert len(st) == 1
    ((a, b),) = st[0].evidence
    assert text[a:b] == body
