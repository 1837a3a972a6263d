"""Places: a city and country with coordinates, from cities, venues, countries and datelines."""

from __future__ import annotations

import pytest

from readout.extract.document import parse
from readout.extract.places import dateline_place, place_in, resolve_place

from ._support import CHINA, INDIA, events_of, make_doc, parties


def test_city_with_coordinates() -> None:
    loc = resolve_place("Dushanbe")
    assert loc is not None
    assert (loc.name, loc.country) == ("Dushanbe", "TJK")
    assert loc.lat == pytest.approx(38.54, abs=0.1)
    assert loc.lon == pytest.approx(68.78, abs=0.1)


def test_in_city_within_a_sentence() -> None:
    text = "On September 16, 2021 local time, Kyrgyz President Sadyr Zhaparov met with Wang Yi in Dushanbe."
    hit = place_in(text, 0)
    assert hit is not None
    assert (hit.location.name, hit.location.country) == ("Dushanbe", "TJK")
    assert text[hit.start : hit.end].rstrip(".") == "Dushanbe"


def test_venue_gives_its_city() -> None:
    text = "President Xi Jinping held talks with President Vladimir Putin at the Great Hall of the People."
    hit = place_in(text, 0)
    assert hit is not None
    assert (hit.location.name, hit.location.country) == ("Beijing", "CHN")
    assert hit.location.lat is not None and hit.location.lon is not None


def test_city_followed_by_its_country() -> None:
    text = "State Councilor and Foreign Minister Wang Yi met with Secretary Teodoro Locsin in Manila, the Philippines."
    hit = place_in(text, 0)
    assert hit is not None
    assert (hit.location.name, hit.location.country) == ("Manila", "PHL")


def test_summit_in_a_country_gives_the_country_only() -> None:
    text = "The Prime Minister met President Biden at the G7 Summit in Italy."
    hit = place_in(text, 0)
    assert hit is not None
    assert (hit.location.name, hit.location.country) == (None, "ITA")


def test_country_alone_gives_null_city() -> None:
    loc = resolve_place("Italy")
    assert loc is not None and (loc.name, loc.country) == (None, "ITA")


@pytest.mark.parametrize(
    ("phrase", "name", "iso3"),
    [
        ("Kremlin", "Moscow", "RUS"),
        ("Hyderabad House", "New Delhi", "IND"),
        ("Tokyo", "Tokyo", "JPN"),
        ("Paris", "Paris", "FRA"),
    ],
)
def test_known_venues_and_capitals(phrase: str, name: str, iso3: str) -> None:
    loc = resolve_place(phrase)
    assert loc is not None and (loc.name, loc.country) == (name, iso3)


def test_unknown_place_is_none() -> None:
    assert resolve_place("Zorblaxville") is None


def test_sidelines_of_a_named_conference_give_its_city() -> None:
    text = "Wang Yi met with Secretary Blinken on the sidelines of the Munich Security Conference."
    hit = place_in(text, 0)
    assert hit is not None
    assert (hit.location.name, hit.location.country) == ("Munich", "DEU")


def test_offset_maps_into_the_document() -> None:
    text = "Prime Minister Modi met President Biden in Tokyo."
    hit = place_in(text, 50)
    assert hit is not None
    assert hit.start - 50 == text.index("Tokyo")
    assert text[hit.start - 50 : hit.end - 50].rstrip(".") == "Tokyo"


def test_dateline_with_date() -> None:
    text = (
        "Beijing, April 28th\u2014Vice Foreign Minister Liu Zhenmin met here today with Ambassador "
        "Jonathan Hunter of Australia. The two sides exchanged views on bilateral relations."
    )
    hit = dateline_place(parse(make_doc(text, published="2016-04-28", publisher=CHINA)))
    assert hit is not None
    assert (hit.location.name, hit.location.country) == ("Beijing", "CHN")


def test_capitalised_dateline() -> None:
    text = (
        "NEW DELHI \u2013 External Affairs Minister Dr. S. Jaishankar met Foreign Minister Penny Wong of "
        "Australia today. They reviewed the Comprehensive Strategic Partnership."
    )
    hit = dateline_place(parse(make_doc(text, publisher=INDIA)))
    assert hit is not None
    assert (hit.location.name, hit.location.country) == ("New Delhi", "IND")


def test_no_dateline_in_plain_prose() -> None:
    text = "The Prime Minister spoke to President Macron this afternoon. They discussed Ukraine."
    assert dateline_place(parse(make_doc(text))) is None


def test_a_dateline_after_a_pages_head_lines_places_the_story() -> None:
    """A masthead, a headline and a timestamp on lines of their own, then "Muscat – ...": Muscat."""
    doc = make_doc(
        "TheGulfDaily\n\nH M receives credentials of new ambassadors\n\n2026-02-11 - 07:08\n\nMuscat – His Majesty the "
        "Sultan received the credentials of three newly appointed ambassadors on Wednesday.",
        published="2026-02-11",
        publisher="The Gulf Daily",
    )
    hit = dateline_place(parse(doc))
    assert hit is not None and hit.location.name == "Muscat"


def test_a_pages_date_label_is_no_place() -> None:
    """ "Date\\n2017-07-28\\nhit\\n1936": a label of the page's head, not the town of Date in Japan."""
    doc = make_doc(
        "Press Releases\n\nForeign Minister Holds Telephone Conversation\n\nDate\n2017-07-28\nhit\n1936\n\n"
        "1. Foreign Minister Kim talked to the Secretary of State of the US on July 27.",
        published="2017-07-28",
        publisher="Ministry of Foreign Affairs, Republic of Korea",
    )
    assert dateline_place(parse(doc)) is None


def test_a_headlines_visit_to_a_person_is_no_trip_to_a_town_of_the_first_name() -> None:
    """ "Pakistani Envoy Visits Duarte Nowak": Duarte is a town in California, here a given name."""
    evs = events_of(
        "The Charge d'Affaires of the Embassy of Pakistan, Mikhail Kovalenko, has paid a courtesy call on the "
        "Minister-designate for Foreign Affairs, Sofia Duarte Nowak, on Tuesday, February 23, 2021.",
        title="Pakistani Envoy Visits Duarte Nowak",
        published="2021-02-24",
        publisher="Daily Guide Network (Ghana)",
    )
    assert evs
    assert all((e.location is None or e.location.country == "GHA") for e in evs)


def test_a_capitalised_dateline_closed_by_a_stop_names_the_city_without_it() -> None:
    """ "ASTANA. KAZINFORM – ..." (an agency's dateline): the city is "Astana", not "Astana."."""
    text = (
        "ASTANA. KAZINFORM – Deputy Foreign Minister Aibek Zhunus received the Ambassador of Chile. "
        "They discussed trade."
    )
    hit = dateline_place(parse(make_doc(text)))
    assert hit is not None
    assert (hit.location.name, hit.location.country) == ("Astana", "KAZ")


def test_the_place_of_an_earlier_summit_whose_agreements_were_discussed_is_not_the_meetings() -> None:
    evs = events_of(
        "Tashkent, The Gulf Observer: Today, President of the Republic of Uzbekistan Timur Karimov received the "
        "U.S. delegation led by the Administrator of the Agency for International Development (USAID) Joan Pell.\n"
        "Issues of bilateral cooperation were considered.\n"
        "During the conversation, views were exchanged on the implementation of the agreements reached during the "
        "summit of heads of state in the C5+1 format on the sidelines of the session of the UN General Assembly in "
        "New York in September this year.",
        title="Timur Karimov receives U.S. delegation",
        published="2023-10-20",
        publisher="The Gulf Observer",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [("Tashkent", {"UZB", "USA"})]


def test_a_later_meeting_told_only_with_the_state_of_the_first_shares_its_town() -> None:
    evs = events_of(
        "BAKU, March 5 (Trend) - Azerbaijani Foreign Minister Elmar Aliyev met with his Hungarian counterpart Peter "
        "Nagy on the sidelines of the Antalya Diplomacy Forum in Türkiye. The ministers discussed energy "
        "cooperation. Aliyev also met with Pakistan's Foreign Minister Ishaq Khan.",
        title="Azerbaijani FM meets Hungarian, Pakistani counterparts",
        published="2024-03-05",
        publisher="Caspian Wire",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [
        ("Antalya", {"AZE", "HUN"}),
        ("Antalya", {"AZE", "PAK"}),
    ]


def test_a_ministrys_initials_are_no_city() -> None:
    evs = events_of(
        "MANILA, 29 August 2023 - Foreign Affairs Secretary Jose Santos met with Minister of Foreign Affairs of the "
        "Kingdom of the Netherlands Pieter de Vries at the DFA on 28 August 2023.",
        published="2023-08-29",
        publisher="Department of Foreign Affairs, Philippines",
    )
    assert len(evs) == 1
    assert evs[0].location is None or evs[0].location.country == "PHL"


def test_a_demonym_capital_is_that_states_seat_and_a_demonym_alone_no_town() -> None:
    evs = events_of(
        "Foreign Minister Alia Rostami held talks with her Kazakh counterpart Berik Oskenov in the Kazakh capital on "
        "Tuesday. The two ministers discussed trade and transit.",
        title="Foreign Minister meets Kazakh counterpart",
        published="2024-03-05",
        publisher="Ministry of Foreign Affairs of Georgia",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [("Astana", {"GEO", "KAZ"})]
    assert resolve_place("Kazakh") is None


def test_a_headline_city_places_a_meeting_the_body_places_nowhere() -> None:
    evs = events_of(
        "Minister of Foreign Affairs Tomas Vilkas held talks today with the Foreign Minister of Laos, Somsak "
        "Vongphet. The ministers discussed cooperation in agriculture.",
        title="Foreign Minister Vilkas holds talks with Lao counterpart in Jakarta",
        published="2024-03-05",
        publisher="Ministry of Foreign Affairs of Lithuania",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [("Jakarta", {"LTU", "LAO"})]


def test_a_headline_city_does_not_place_a_call() -> None:
    evs = events_of(
        "Deputy Prime Minister Ivan Dragic spoke by telephone today with Hungarian Foreign Minister Laszlo Kertesz. "
        "They discussed energy.",
        title="Dragic talks with Kertesz in Budapest",
        published="2024-03-05",
        publisher="Government of Serbia",
    )
    assert [(e.kind, e.location) for e in evs] == [("call", None)]


def test_a_place_and_date_line_over_the_story_is_its_dateline() -> None:
    evs = events_of(
        "New York, 01 October 2015\nThe Secretary-General met today with H.E. Mr. Ivan Petrov, Prime Minister of "
        "Bulgaria. They discussed the refugee crisis.",
        title="Readout of the Secretary-General's meeting with the Prime Minister of Bulgaria",
        published="2015-10-01",
        publisher="United Nations",
    )
    assert [(e.date, e.location.name if e.location else None, parties(e)) for e in evs] == [
        ("2015-10-01", "New York", {"UN", "BGR"})
    ]


def test_welcomed_to_a_town_and_a_sentence_opened_by_in_a_town_place_meetings() -> None:
    welcomed = events_of(
        "President Karl Tamm welcomed President Janis Ozols of Latvia to Tallinn on Monday.",
        published="2024-03-05",
        publisher="News Wire",
    )
    opened = events_of(
        "In Accra, Foreign Minister Kwame Mensah met the Ambassador of Japan, Hiroshi Mori.",
        published="2024-03-05",
        publisher="News Wire",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in welcomed + opened] == [
        ("Tallinn", {"EST", "LVA"}),
        ("Accra", {"GHA", "JPN"}),
    ]


def test_travelled_to_a_town_where_he_met_places_the_meeting() -> None:
    evs = events_of(
        "Special Envoy for the Horn of Africa John Carter traveled to Nairobi, where he met with Kenyan Cabinet "
        "Secretary for Foreign Affairs Peter Kamau on March 3.",
        published="2024-03-05",
        publisher="U.S. Department of State",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [("Nairobi", {"USA", "KEN"})]


def test_the_amiri_diwan_is_in_the_emirs_capital() -> None:
    evs = events_of(
        "Emir Sheikh Hamad bin Khalid Al Thani received at the Amiri Diwan office this morning the Prime Minister of "
        "Pakistan, Imran Qureshi.",
        published="2024-03-05",
        publisher="QNA",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [("Doha", {"QAT", "PAK"})]


def test_an_agency_dateline_with_a_date_and_no_comma_places_the_story() -> None:
    evs = events_of(
        "Addis Ababa October 6/2022 (ENA) Prime Minister Dawit Bekele and his delegation held bilateral discussions "
        "with the delegation of the Republic of Kenya led by President John Mwangi.",
        published="2022-10-06",
        publisher="ENA",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [("Addis Ababa", {"ETH", "KEN"})]


def test_a_dateline_naming_a_state_alone_places_a_meeting_its_official_hosted() -> None:
    evs = events_of(
        "KUWAIT: The Crown Prince Sheikh Hamad Al-Sabah received yesterday at Bayan palace the credentials of newly "
        "appointed Ambassador Marie Dupont of France.",
        published="2021-12-07",
        publisher="Kuwait Times",
    )
    assert [(e.location.name if e.location else "-", e.location.country if e.location else None) for e in evs] == [
        (None, "KWT")
    ]


def test_a_venue_whose_name_ends_in_its_town_and_two_states_lowercase_leaders() -> None:
    expo = events_of(
        "Sheikh Rashid bin Saeed, Vice-President of the UAE, received Saudi Minister of Foreign Affairs Prince Fahd "
        "bin Khalid at Expo 2020 Dubai.",
        published="2021-12-06",
        publisher="Khaleej Times",
    )
    summit = events_of(
        "BEIJING (AP) — China's president and Japan's prime minister held a brief, surprise meeting Friday at a Group "
        "of 20 summit in Russia.",
        publisher="AP",
    )
    assert [(e.location.name if e.location else "-", e.location.country if e.location else None) for e in expo] == [
        ("Dubai", "ARE")
    ]
    assert [(e.location.country if e.location else None, parties(e)) for e in summit] == [("RUS", {"CHN", "JPN"})]


def test_a_tete_a_tete_in_the_kremlin_places_a_meeting_told_here() -> None:
    evs = events_of(
        "Visiting Chinese President Li Wei and his Russian counterpart, Ivan Petrov, met here Monday and agreed to "
        "cement bilateral ties.\nIt is important for them to intensify communication, said Li, who had a tete-a-tete "
        "with Petrov in the Kremlin shortly after his arrival in Moscow.",
        published="2017-07-04",
        publisher="Global Times",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [("Moscow", {"CHN", "RUS"})]


def test_a_tour_of_several_states_places_the_meeting_in_the_state_met_not_the_first() -> None:
    evs = events_of(
        "Prime Minister Ravi Kumar met President Anna Berg of Sweden during his visit to Norway, Sweden and Finland.",
        published="2024-03-05",
        publisher="AP",
    )
    assert [
        (e.location.country if e.location else None, {(p.name, p.country) for p in e.participants}) for e in evs
    ] == [("SWE", {("Ravi Kumar", None), ("Anna Berg", "SWE")})]


def test_a_tour_places_the_meeting_in_the_toured_state_whose_official_was_met() -> None:
    evs = events_of(
        "U.S. Secretary of State John Adams is visiting Bangladesh, India, and Sri Lanka this week. He met Prime "
        "Minister Rashida Khan of Bangladesh on Monday.",
        published="2024-03-05",
        publisher="AP",
    )
    assert [(e.location.country if e.location else None, parties(e)) for e in evs] == [("BGD", {"USA", "BGD"})]


def test_the_visitor_is_not_given_the_state_he_visits() -> None:
    evs = events_of(
        "Prime Minister Ravi Kumar met President Ivan Petrov of Russia during his visit to Norway to discuss trade.",
        published="2024-03-05",
        publisher="AP",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Ravi Kumar", None), ("Ivan Petrov", "RUS")}
    ]


def test_a_town_that_hosted_a_seminar_including_a_bilateral_meeting_is_where_the_two_met() -> None:
    evs = events_of(
        "On 27 June 2022, the Lithuanian city of Šiauliai hosted an informal seminar of the Ministries of Foreign "
        "Affairs of Latvia and Lithuania, which included a bilateral meeting between the Minister of Foreign Affairs "
        "of Latvia, Janis Ozols, and the Minister of Foreign Affairs of Lithuania, Tomas Petraitis.",
        published="2022-06-28",
        publisher="Latvia Ministry of Foreign Affairs",
    )
    assert [(e.date, e.location.name if e.location else None, parties(e)) for e in evs] == [
        ("2022-06-27", "Šiauliai", {"LVA", "LTU"})
    ]
