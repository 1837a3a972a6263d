"""extract_actors: people with names, titles and the state or organisation they represent."""

from __future__ import annotations

from readout.extract.actors import Actors, extract_actors
from readout.extract.document import parse

from ._support import CHINA, INDIA, JAPAN, NO10, RUSSIA, STATE, layers, make_doc, person


def actors_of(
    text: str, publisher: str | None = None, published: str | None = None, title: str | None = None
) -> Actors:
    return extract_actors(parse(make_doc(text, title=title, published=published, publisher=publisher)))


def test_demonym_before_title() -> None:
    a = actors_of(
        "On September 16, 2021 local time, Kyrgyz President Sadyr Zhaparov met with State Councilor and "
        "Foreign Minister Wang Yi in Dushanbe.",
        publisher=CHINA,
        published="2021-09-17",
    )
    p = person(a, "Zhaparov")
    assert (p.name, p.country, p.org, p.title) == ("Sadyr Zhaparov", "KGZ", None, "President")


def test_of_country_after_name() -> None:
    a = actors_of(
        "On May 31, Foreign Minister Wang Yi met with Foreign Minister Julie Bishop of Australia in Beijing.",
        publisher=CHINA,
    )
    p = person(a, "Bishop")
    assert (p.name, p.country, p.title) == ("Julie Bishop", "AUS", "Foreign Minister")


def test_japanese_capitalised_family_name_in_apposition() -> None:
    a = actors_of(
        "On July 11, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk "
        "with H.E. Mr. Antony J. Blinken, Secretary of State of the United States.",
        publisher=JAPAN,
    )
    p = person(a, "Hayashi")
    assert (p.name, p.country) == ("Hayashi Yoshimasa", "JPN")
    assert person(a, "Blinken").country == "USA"


def test_international_official_has_org_and_no_country() -> None:
    a = actors_of(
        "On April 24, Secretary Blinken met with United Nations Secretary-General Antonio Guterres in New York.",
        publisher=STATE,
    )
    p = person(a, "Guterres")
    assert (p.org, p.country) == ("UN", None)


def test_eu_high_representative() -> None:
    a = actors_of(
        "On February 18, Wang Yi met with EU High Representative for Foreign Affairs and Security Policy "
        "Josep Borrell in Munich.",
        publisher=CHINA,
    )
    p = person(a, "Borrell")
    assert (p.org, p.country) == ("EU", None)


def test_unqualified_own_title_takes_the_publishers_country() -> None:
    a = actors_of(
        "On March 7, State Councilor and Foreign Minister Wang Yi held talks with Pakistani Foreign "
        "Minister Shah Mahmood Qureshi.",
        publisher=CHINA,
    )
    wang = person(a, "Wang Yi")
    assert wang.country == "CHN"
    assert wang.title == "State Councilor and Foreign Minister"
    assert person(a, "Qureshi").country == "PAK"


def test_unnamed_prime_minister_in_a_no10_readout() -> None:
    a = actors_of(
        "The Prime Minister spoke to President Volodymyr Zelenskyy of Ukraine this afternoon. "
        "The Prime Minister said the UK would continue to stand with Ukraine.",
        publisher=NO10,
    )
    pm = [p for p in a.people if p.title == "Prime Minister"]
    assert len(pm) == 1
    assert (pm[0].name, pm[0].country) == (None, "GBR")
    assert person(a, "Zelenskyy").country == "UKR"


def test_surname_mention_resolves_to_the_same_person() -> None:
    text = (
        "On September 16, 2021, Kyrgyz President Sadyr Zhaparov met with State Councilor and "
        "Foreign Minister "
        "Wang Yi. Zhaparov said Kyrgyzstan regards China as a good neighbor."
    )
    a = actors_of(text, publisher=CHINA)
    zh = person(a, "Zhaparov")
    later = [m for m in a.mentions if m.start == text.index("Zhaparov said")]
    assert len(later) == 1 and later[0].person is zh


def test_title_only_later_mention_resolves_to_named_holder() -> None:
    text = (
        "Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam "
        "Jaishankar in Washington today. The Secretary underscored the importance of the partnership."
    )
    a = actors_of(text, publisher=STATE)
    blinken = person(a, "Blinken")
    assert blinken.country == "USA"
    later = [m for m in a.mentions if m.start <= text.index("Secretary underscored") < m.end]
    assert len(later) == 1 and later[0].person is blinken
    assert person(a, "Jaishankar").country == "IND"


def test_russian_minister_with_demonym() -> None:
    a = actors_of(
        "On July 28, Russian Foreign Minister Sergey Lavrov held talks with Minister of Foreign Affairs of "
        "the Republic of Indonesia Retno Marsudi.",
        publisher=RUSSIA,
    )
    assert person(a, "Lavrov").country == "RUS"
    assert person(a, "Marsudi").country == "IDN"


def test_indian_honorific_and_initial() -> None:
    a = actors_of(
        "External Affairs Minister Dr. S. Jaishankar held talks with Foreign Minister Penny Wong of "
        "Australia in New Delhi.",
        publisher=INDIA,
    )
    p = person(a, "Jaishankar")
    assert p.country == "IND"
    assert p.name is not None and p.name.endswith("Jaishankar")
    assert person(a, "Wong").country == "AUS"


def test_foreign_minister_of_the_republic_of_korea() -> None:
    a = actors_of(
        "Foreign Minister KISHIDA Fumio held a meeting with Foreign Minister Yun Byung-se of the Republic of "
        "Korea (ROK) in Seoul.",
        publisher=JAPAN,
    )
    assert person(a, "Yun").country == "KOR"


def test_japanese_capitalised_family_name_after_title() -> None:
    a = actors_of(
        "On April 10, Foreign Minister KISHIDA Fumio held a telephone talk with Secretary of State John Kerry.",
        publisher=JAPAN,
    )
    p = person(a, "Kishida")
    assert (p.name, p.country) == ("Kishida Fumio", "JPN")


def test_ambassadors_of_listed_states_are_unnamed_group_mentions() -> None:
    a = actors_of(
        "Vice Foreign Minister Le Yucheng held separate meetings with the ambassadors of Japan and Russia.",
        publisher=CHINA,
    )
    groups = [m for m in a.mentions if m.group]
    assert sorted(m.country or "" for m in groups) == ["JPN", "RUS"]
    assert all(m.name is None for m in groups)


def test_headline_mentions_are_flagged() -> None:
    title = "Kyrgyz President Sadyr Zhaparov Meets with Wang Yi"
    text = f"{title}\n\nOn September 16, 2021, Kyrgyz President Sadyr Zhaparov met with Wang Yi in Dushanbe."
    a = actors_of(text, publisher=CHINA, title=title)
    head = [m for m in a.mentions if m.in_headline]
    assert head and all(m.start < len(title) for m in head)
    assert person(a, "Zhaparov").name == "Sadyr Zhaparov"


def test_publisher_inferred_from_an_unqualified_office_holder() -> None:
    """A page with no publisher: the first known office holder named without a state is its side."""
    doc = make_doc(
        "On March 7, 2024, Foreign Minister Wang Yi met with Foreign Minister Penny Wong of Australia in "
        "Beijing. Vice Foreign Minister Sun Weidong and Ambassador Xiao Qian were present.",
        title="Wang Yi Meets with Penny Wong",
    )
    pd, actors, _events = layers(doc)
    assert pd.publisher_country == "CHN"
    assert person(actors, "Wang").country == "CHN"
    assert person(actors, "Wong").country == "AUS"
    assert person(actors, "Sun").country == "CHN"  # not in the office-holder table: the inferred side
