"""Patterns of readouts from publishers the rules were not written for (issue: any publisher).

Each case is a short text written for this test in the style of a press agency, a newspaper or a
small state's ministry, about a fictional or generic meeting; each names the pattern it checks.
"""

from __future__ import annotations

from readout.extract.document import publisher_of
from readout.extract.pipeline import code_document
from readout.extract.places import place_in
from readout.model import Event

from ._support import CHINA, INDIA, JAPAN, NO10, RUSSIA, STATE, events_of, layers, make_doc, parties, person


def people_of(e: Event) -> dict[str | None, str | None]:
    return {p.name: p.country for p in e.participants}


def test_demonym_counterpart_named_by_no_table() -> None:
    """ "his Kenyan counterpart X": the statistical model finds the name, the demonym its state."""
    evs = events_of(
        "Foreign Minister Samuel Okudzeto Ablakwa of Ghana received a telephone call from his Kenyan counterpart "
        "Musalia Mudavadi on Monday. The two ministers discussed trade between Ghana and Kenya.",
        published="2025-03-04",
    )
    assert len(evs) == 1
    assert evs[0].kind == "call"
    assert people_of(evs[0]).get("Musalia Mudavadi") == "KEN"
    assert parties(evs[0]) == {"GHA", "KEN"}


def test_posting_city_is_not_the_state_represented() -> None:
    """An envoy "of the Embassy of Pakistan in Abuja, Nigeria" represents Pakistan, not Nigeria."""
    evs = events_of(
        "The Charge d'Affaires of the Embassy of the Islamic Republic of Pakistan in Abuja, Nigeria, Kamran Aziz, "
        "paid a courtesy call on the Minister for Foreign Affairs of Ghana, Joyce Mensah, in Accra on Tuesday.",
        published="2024-02-20",
    )
    assert evs
    names = people_of(evs[0])
    assert names.get("Kamran Aziz") == "PAK"
    assert "NGA" not in parties(evs[0])


def test_president_elect_is_a_title() -> None:
    evs = events_of(
        "BOGOTA, June 21 (Reuters) - Chilean President-elect Marta Soto said on Tuesday she had a telephone "
        "call with U.S. President Joe Biden.",
        published="2022-06-21",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"CHL", "USA"}


def test_round_of_calls_is_one_call_per_leader() -> None:
    evs = events_of(
        "Prime Minister Benjamin Netanyahu spoke today with President Emmanuel Macron of France, Chancellor "
        "Olaf Scholz of Germany and Prime Minister Giorgia Meloni of Italy about the situation in Gaza.",
        published="2023-10-20",
        publisher="Israel Prime Minister's Office",
    )
    assert sorted(tuple(sorted(parties(e))) for e in evs) == [("DEU", "ISR"), ("FRA", "ISR"), ("ISR", "ITA")]
    assert all(e.kind == "call" for e in evs)


def test_two_callers_make_one_joint_call() -> None:
    """ "A and B spoke with C" is one call of three, not two calls."""
    evs = events_of(
        "Today, Prime Minister Justin Trudeau and the Prime Minister of the United Kingdom, Rishi Sunak, spoke "
        "with the President of Ukraine, Volodymyr Zelenskyy.",
        published="2022-11-16",
        publisher="Prime Minister of Canada",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"CAN", "GBR", "UKR"}


def test_lone_party_takes_the_other_principal_from_the_lead() -> None:
    """The event sentence names one side; the lead names the other."""
    evs = events_of(
        "The president-elect of Brazil, Luiz Inacio Lula da Silva, and the American president, Joe Biden, had "
        "their first conversation on Monday. During a video conference, Biden praised Brazil's institutions.",
        published="2022-11-01",
    )
    assert len(evs) == 1
    assert evs[0].kind == "video_call"
    assert parties(evs[0]) == {"BRA", "USA"}


def test_principal_without_a_stated_state_takes_the_state_the_text_is_about() -> None:
    evs = events_of(
        "US Secretary of State Antony Blinken telephoned President Irfaan Ali to reaffirm support for Guyana's "
        "sovereignty. Guyana and the United States will work together, and Guyana welcomed the call.",
        published="2023-12-06",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"USA", "GUY"}


def test_place_from_a_later_sentence_about_the_same_talks() -> None:
    evs = events_of(
        "Russian Foreign Minister Sergey Lavrov held talks with his Vietnamese counterpart Bui Thanh Son on "
        "Wednesday. Lavrov laid a wreath before joining talks with Minister Son in Hanoi.",
        published="2022-07-06",
    )
    assert evs
    loc = evs[0].location
    assert loc is not None and (loc.name, loc.country) == ("Hanoi", "VNM")


def test_agency_dateline_with_here() -> None:
    evs = events_of(
        "ISLAMABAD, Sep 15 (APP): Prime Minister Shahid Khaqan Abbasi met Ambassador of the United States "
        "David Hale who called on him here at the PM Office.",
        published="2017-09-15",
    )
    assert evs
    loc = evs[0].location
    assert loc is not None and (loc.name, loc.country) == ("Islamabad", "PAK")


def test_a_city_name_in_a_participants_state() -> None:
    """San José is Costa Rica's when Costa Rica's president hosts the meeting."""
    evs = events_of(
        "President Rodrigo Chaves of Costa Rica met President Jose Raul Mulino of Panama in San Jose on Monday.",
        published="2025-01-20",
    )
    assert evs
    loc = evs[0].location
    assert loc is not None and loc.country == "CRI"


def test_future_headline_is_a_preview() -> None:
    record = code_document(
        make_doc(
            "Leaders To Hold Talks On Trade\n\nPrime Minister Keir Starmer will speak with President Donald Trump "
            "later today, Downing Street said.",
            title="Leaders To Hold Talks On Trade",
            published="2025-02-02",
        )
    )
    assert not record.is_readout and not record.events


def test_attendees_are_not_a_new_meeting() -> None:
    evs = events_of(
        "President Xi Jinping met with Iranian President Ebrahim Raisi in Samarkand on September 15, 2022. "
        "Ding Xuexiang, Wang Yi and others attended the meeting.",
        published="2022-09-16",
        publisher="China MFA",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"CHN", "IRN"}


def test_a_word_of_the_headline_is_never_a_name() -> None:
    evs = events_of(
        "Secretary of State Marco Rubio met today on the sidelines of the NATO Informal Foreign Ministers Meeting "
        "in Antalya with French Foreign Minister Jean-Noel Barrot.",
        published="2025-05-15",
        publisher="US Department of State",
    )
    names = {p.name for e in evs for p in e.participants}
    assert "Meeting" not in names
    assert any(parties(e) == {"USA", "FRA"} for e in evs)


def test_agency_dateline_date_is_not_the_meeting_day() -> None:
    """ "Kathmandu, 23 August:" dates the story; the call took place "on 22 August"."""
    evs = events_of(
        "Kathmandu, 23 August: Foreign Minister Pradeep Gyawali received a telephone call from his Pakistani "
        "counterpart Shah Mahmood Qureshi on 22 August.",
        published="2019-08-23",
    )
    assert [e.date for e in evs] == ["2019-08-22"]


def test_a_third_partys_report_without_a_date_gives_none() -> None:
    """A newspaper's story published days later does not date the call by its publication."""
    evs = events_of(
        "Iranian Foreign Minister Hossein Amir Abdollahian and his Ukrainian counterpart Dmytro Kuleba held "
        "talks in a phone call over the crisis.",
        published="2022-03-15",
        publisher="Tehran Times",
    )
    assert [e.date for e in evs] == [None]


def test_credentials_are_one_event_per_envoy() -> None:
    """A head of state receiving several ambassadors' credentials meets each of them (spec)."""
    evs = events_of(
        "Envoys of three states presented their credentials to President Droupadi Murmu at a ceremony held in "
        "Rashtrapati Bhavan here today. Ambassadors of Ethiopia, France and Mozambique presented their "
        "credentials to the President.",
        published="2024-07-02",
        publisher="India MEA",
    )
    assert sorted(tuple(sorted(parties(e))) for e in evs) == [("ETH", "IND"), ("FRA", "IND"), ("IND", "MOZ")]


def test_the_envoys_named_in_the_next_sentence() -> None:
    evs = events_of(
        "KUWAIT: His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace "
        "yesterday the credentials of a number of foreign diplomats. The credentials were handed in by the "
        "newly appointed ambassadors of Belgium, Nigeria and Jordan to Kuwait.",
        published="2024-10-03",
    )
    assert sorted(tuple(sorted(parties(e))) for e in evs) == [("BEL", "KWT"), ("JOR", "KWT"), ("KWT", "NGA")]


def test_headline_cue_with_the_lead_naming_who() -> None:
    evs = events_of(
        "Russian Foreign Minister Sergey Lavrov and Kazakhstan's Ambassador to Moscow Dauren Abaev have "
        "discussed the bilateral agenda.",
        title="Russian and Kazakh FMs hold talks",
        published="2023-05-02",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"RUS", "KAZ"}


def test_a_month_is_not_a_town() -> None:
    evs = events_of(
        "President Xi Jinping on Saturday met with visiting US Secretary of State John Kerry. Xi recalled "
        "Kerry's last visit to China in March 2009.",
        published="2013-04-13",
    )
    assert evs
    assert all(e.location is None or e.location.name != "March" for e in evs)


def test_visitors_received_one_by_one_with_dates_over_two_days() -> None:
    """Visiting ministers who "called on" a host, then "the individual bilateral meetings": one event each;
    "on 03 and 04 February" does not tell which day each took place."""
    evs = events_of(
        "The visiting Foreign Ministers called on Foreign Minister Ali Sabry at the Foreign Ministry in Colombo "
        "on 03 and 04 February 2023. These included Dr. A.K. Abdul Momen from Bangladesh, Jai Bir Rai from "
        "Bhutan and Hina Rabbani Khar from Pakistan. During the individual bilateral meetings, Minister Ali Sabry "
        "underscored the warm partnerships between Sri Lanka and its neighbours.",
        published="2023-02-05",
    )
    assert sorted(tuple(sorted(parties(e))) for e in evs) == [("BGD", "LKA"), ("BTN", "LKA"), ("LKA", "PAK")]
    assert all(e.date is None for e in evs)


def test_envoys_named_after_the_ceremony_fill_the_unnamed_ones() -> None:
    evs = events_of(
        "Envoys of two states presented their credentials to President Droupadi Murmu here today.\n"
        "Ambassadors of France and Mozambique presented their credentials to the President.\n"
        "The envoys were - Ambassador of France Thierry Mathou and High Commissioner of Mozambique "
        "Ermindo Augusto Ferreira.",
        published="2024-07-02",
        publisher="India MEA",
    )
    assert sorted(tuple(sorted(parties(e))) for e in evs) == [("FRA", "IND"), ("IND", "MOZ")]
    assert {p.name for e in evs for p in e.participants} >= {"Thierry Mathou", "Ermindo Augusto Ferreira"}


def test_two_demonyms_and_two_names_pair_up() -> None:
    evs = events_of(
        "Georgian and Russian Foreign Ministers David Zalkaliani and Sergey Lavrov met on the sidelines of the "
        "UN General Assembly in New York.",
        published="2019-09-27",
    )
    assert len(evs) == 1
    assert {p.name: p.country for p in evs[0].participants} == {"David Zalkaliani": "GEO", "Sergey Lavrov": "RUS"}


def test_initial_joined_to_a_mongolian_name() -> None:
    evs = events_of(
        "Ulaanbaatar /MONTSAME/. On March 16, Minister of Foreign Affairs of Mongolia D.Tsogtbaatar received U.S. "
        "Ambassador to Mongolia Michael S. Klecheski.",
        published="2020-03-17",
    )
    assert len(evs) == 1
    assert {p.name: p.country for p in evs[0].participants} == {
        "D.Tsogtbaatar": "MNG",
        "Michael S. Klecheski": "USA",
    }
    assert evs[0].location is not None and evs[0].location.name == "Ulaanbaatar"


def test_each_cue_its_own_kind() -> None:
    """ "interrupted his talks with A and spoke on the phone with B": a meeting and a call."""
    evs = events_of(
        "Czech Prime Minister Mirek Topolanek briefly interrupted his talks with Russian Prime Minister Vladimir "
        "Putin and spoke on the phone with US President George W. Bush.",
        published="2009-01-10",
    )
    assert sorted((e.kind, tuple(sorted(parties(e)))) for e in evs) == [
        ("call", ("CZE", "USA")),
        ("meeting", ("CZE", "RUS")),
    ]


def test_thanks_for_hosting_another_meeting_is_no_event() -> None:
    evs = events_of(
        "Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Motegi Toshimitsu. "
        "Secretary Blinken thanked Foreign Minister Motegi for hosting Deputy Secretary Sherman for a successful "
        "U.S.-Japan-Republic of Korea trilateral meeting in Tokyo.",
        published="2021-07-23",
        publisher="US Department of State",
    )
    assert [(e.kind, tuple(sorted(parties(e)))) for e in evs] == [("call", ("JPN", "USA"))]


def test_envoys_listed_with_titles_after_their_names() -> None:
    """ "X Ambassador of Germany, Y the High Commissioner of Zambia" pay courtesy calls: one event each,
    each title its own holder's."""
    evs = events_of(
        "Three Heads of Diplomatic Mission on Friday paid courtesy calls on Vice President Saulos Chilima at his "
        "offices in Lilongwe. The Heads of Mission who paid the courtesy calls on Chilima were Jurgen Borsch "
        "Ambassador of the Federal Republic of Germany, John Ngwata Phiri the High Commissioner of the Republic "
        "of Zambia and Liu Hongyang Ambassador of the People's Republic of China.",
        title="Foreign envoys in Malawi pay courtesy calls on VP Chilima",
        published="2019-08-02",
    )
    got = sorted((p.name, p.country) for e in evs for p in e.participants if p.name != "Saulos Chilima")
    assert got == [("John Ngwata Phiri", "ZMB"), ("Jurgen Borsch", "DEU"), ("Liu Hongyang", "CHN")]
    assert len(evs) == 3 and all("MWI" in parties(e) for e in evs)


def test_place_told_in_the_next_sentence() -> None:
    evs = events_of(
        "The Chairperson of the African Union Commission, Moussa Faki Mahamat, on 11 March 2021, received the "
        "credentials of Mahamat Ali Hassan, the newly appointed Ambassador of the Republic of Chad. The audience "
        "took place at the AU Commission Headquarters in Addis Ababa, Ethiopia.",
        published="2021-03-18",
        publisher="African Union Commission",
    )
    assert len(evs) == 1
    loc = evs[0].location
    assert loc is not None and (loc.name, loc.country) == ("Addis Ababa", "ETH")


def test_a_visitor_meets_the_hosts_office_holders_in_turn() -> None:
    evs = events_of(
        "While in Tallinn, the Latvian Foreign Minister Baiba Braze met the President of Estonia, Alar Karis, the "
        "Prime Minister of Estonia, Kristen Michal, and the Minister of Foreign Affairs of Estonia, Margus Tsahkna.",
        published="2024-05-06",
    )
    assert sorted(p.name for e in evs for p in e.participants if p.country == "EST") == [
        "Alar Karis",
        "Kristen Michal",
        "Margus Tsahkna",
    ]
    assert len(evs) == 3


def test_cables_are_messages_to_their_addressee() -> None:
    """Gulf agencies' "sent a cable of condolences to X": a message, X taking part."""
    evs = events_of(
        "KUWAIT: His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah yesterday received a phone call "
        "from King Abdullah II of Jordan, who wished the State of Kuwait further progress. Meanwhile, His Highness "
        "the Amir sent a cable of condolences yesterday "
        "to the Saudi King Salman bin Abdulaziz Al-Saud. Separately, His Highness the Amir has cabled Mary Simon, "
        "Canada's Governor General.",
        published="2021-07-27",
    )
    assert sorted((e.kind, tuple(sorted(parties(e)))) for e in evs) == [
        ("call", ("JOR", "KWT")),
        ("message", ("CAN", "KWT")),
        ("message", ("KWT", "SAU")),
    ]


def test_a_host_receives_several_ambassadors_one_by_one() -> None:
    evs = events_of(
        "The President of the ECOWAS Commission, Omar Alieu Touray received Ambassadors of Cuba, Angola and "
        "Ethiopia at the Commission Headquarters in Abuja, Nigeria, today, March 4, 2025.",
        published="2025-03-05",
    )
    assert sorted(tuple(sorted(parties(e))) for e in evs) == [("AGO", "ECOWAS"), ("CUB", "ECOWAS"), ("ECOWAS", "ETH")]
    assert {e.date for e in evs} == {"2025-03-04"}


def test_counterparts_that_included_a_list_of_states() -> None:
    evs = events_of(
        "The External Affairs Minister S Jaishankar held 11 bilateral meetings with his foreign counterparts that "
        "included Iran, Bulgaria and Turkey, the Ministry of External Affairs said.",
        published="2019-09-24",
    )
    assert sorted(tuple(sorted(parties(e))) for e in evs) == [("BGR", "IND"), ("IND", "IRN"), ("IND", "TUR")]
    assert {p.name for e in evs for p in e.participants if p.country == "IND"} == {"S Jaishankar"}


def test_a_headline_verb_after_a_title_leaves_the_title_unnamed() -> None:
    """ "Pakistani Envoy Visits Ayorkor Botchwey": Botchwey is whom the envoy visits, not the envoy."""
    pd, actors, _evs = layers(
        make_doc(
            "Pakistani Envoy Visits Ayorkor Botchwey\n\nThe Charge d'Affaires of Pakistan, Aamir Abbasi, has paid "
            "a courtesy call on the Minister for Foreign Affairs of Ghana, Shirley Ayorkor Botchwey.",
            title="Pakistani Envoy Visits Ayorkor Botchwey",
            published="2021-02-24",
        )
    )
    botchwey = next(p for p in actors.people if p.name and "Botchwey" in p.name)
    assert botchwey.country == "GHA"


def test_a_dialogue_held_via_video_link_before_the_sentence_naming_who() -> None:
    evs = events_of(
        "The 3rd round China-Afghanistan-Pakistan Trilateral Vice Foreign Ministers' Strategic Dialogue was held via "
        "video link. Chinese vice Foreign Minister Luo Zhaohui, Afghan Deputy Foreign Minister Mirwais Nab and "
        "Pakistan's Foreign Secretary Sohail Mahmood co-chaired the dialogue.",
        published="2020-07-07",
    )
    assert [(e.kind, tuple(sorted(parties(e)))) for e in evs] == [("video_call", ("AFG", "CHN", "PAK"))]


def test_a_later_sentence_tells_the_meeting_was_by_video() -> None:
    evs = events_of(
        "A trilateral meeting was held between the deputy foreign ministers of Afghanistan, China and Pakistan on "
        "Tuesday. The video conference discussed trilateral cooperation.",
        published="2020-07-07",
    )
    assert [e.kind for e in evs] == ["video_call"]


def test_ministers_who_attended_the_meeting_take_part_in_it() -> None:
    evs = events_of(
        "The Foreign Ministers' Meeting is held in Anning, Yunnan Province, Aug. 15, 2025. Chinese Foreign Minister "
        "Wang Yi co-chaired the meeting with Thai Foreign Minister Maris Sangiampongsa. Cambodian Deputy Prime "
        "Minister and Foreign Minister Prak Sokhonn and Vietnamese Deputy Prime Minister and Foreign Minister Bui "
        "Thanh Son attended the meeting.",
        published="2025-08-16",
    )
    assert [tuple(sorted(parties(e))) for e in evs] == [("CHN", "KHM", "THA", "VNM")]
    assert evs[0].date == "2025-08-15"


def test_a_newspaper_named_after_its_state_does_not_date_by_publication() -> None:
    evs = events_of(
        "KUWAIT: US President Donald Trump sent a letter to His Highness the Amir of Kuwait Sheikh Nawaf "
        "Al-Ahmad Al-Jaber Al-Sabah to extend condolences.",
        published="2020-10-24",
        publisher="Kuwait Times (KUNA)",
    )
    assert [e.date for e in evs] == [None]
    official = events_of(
        "President Joe Biden spoke by phone with Prime Minister Fumio Kishida of Japan.",
        published="2023-01-05",
        publisher="The White House",
    )
    assert [e.date for e in official] == ["2023-01-05"]


def test_a_trip_told_earlier_outweighs_the_desks_dateline() -> None:
    evs = events_of(
        "Brussels, 19/06/2021 - On 18 June, EU High Representative Josep Borrell concluded his two-day visit to "
        "Antalya where he participated in the Antalya Diplomatic Forum.\n\nIn the margins of the forum, High "
        "Representative Josep Borrell met with President Stevo Pendarovski of North Macedonia.",
        published="2021-06-19",
        publisher="EEAS",
    )
    assert evs
    loc = evs[0].location
    assert loc is not None and (loc.name, loc.country) == ("Antalya", "TUR")


def test_the_sidelines_told_in_another_sentence_place_the_meeting() -> None:
    evs = events_of(
        "The U.S. Embassy welcomes the recent meeting between Georgian Foreign Minister David Zalkaliani and "
        "Russian Foreign Minister Sergey Lavrov. The ministers spoke on the sidelines of the 74th session of the "
        "United Nations General Assembly in New York.",
        published="2019-09-27",
    )
    assert evs
    loc = evs[0].location
    assert loc is not None and loc.country == "USA"


def test_a_visitor_meets_two_office_holders_of_the_host_in_turn() -> None:
    evs = events_of(
        "British Foreign Secretary David Miliband met with Greek Prime Minister Costas Karamanlis and Foreign "
        "Minister Dora Bakoyannis in Athens on Tuesday.",
        published="2009-05-26",
    )
    assert sorted(p.name for e in evs for p in e.participants if p.country == "GRC") == [
        "Costas Karamanlis",
        "Dora Bakoyannis",
    ]
    assert len(evs) == 2


def test_a_briefing_titled_readout_is_a_readout_and_no_event_without_parties() -> None:
    title = "Readout of the Secretary's Meetings and the Transatlantic Dinner"
    record = code_document(
        make_doc(
            f"{title}\n\nMODERATOR: Thank you very much.\nSENIOR OFFICIAL: The Transatlantic Dinner took place "
            "tonight in Istanbul and the meeting was a good one.",
            title=title,
            published="2012-09-25",
        )
    )
    assert record.is_readout
    assert all(e.participants for e in record.events)


def test_heads_of_mission_from_a_list_of_states_and_organisations() -> None:
    evs = events_of(
        "Prime Minister James Marape officially met with various Resident Diplomatic Heads of Mission and "
        "International Organizations from Australia, Japan, China and the European Union on Tuesday.",
        published="2019-06-12",
        publisher="Office of the Prime Minister of Papua New Guinea",
    )
    assert [tuple(sorted(parties(e))) for e in evs] == [("AUS", "CHN", "EU", "JPN", "PNG")]


def test_wire_copy_wrapped_at_a_fixed_width_keeps_its_sentences() -> None:
    """A press agency's copy wrapped at a fixed width: a line break inside a sentence does not end it,
    the dateline line is no headline, and "He" is the person the sentence before named."""
    text = (
        "LUSAKA, Mar 3 (ZNA): Vice President Mutale Banda on Tuesday\n"
        "underlined the importance of trade between Zambia and the Republic\n"
        "of Kenya for the whole of the region and beyond its borders.\n"
        "He was talking to High Commissioner of Kenya to Zambia\n"
        "Joseph Kamau Mwangi who called on him here at his office.\n"
        "In a separate call-on by Ambassador of Egypt Ahmed Fathy\n"
        "Saleh, the Vice President highlighted Zambia's commitment\n"
        "to peace and stability in the region and particularly in\n"
        "Somalia.\n"
    )
    evs = events_of(text, published="2026-03-03", publisher="Zambia News Agency")
    assert {frozenset(parties(e)) for e in evs} == {frozenset({"ZMB", "KEN"}), frozenset({"ZMB", "EGY"})}
    by_guest = {next(n for n in people_of(e) if n != "Mutale Banda"): e for e in evs}
    assert set(by_guest) == {"Joseph Kamau Mwangi", "Ahmed Fathy Saleh"}
    assert all(e.location is not None and e.location.name == "Lusaka" for e in evs)


def test_an_envoy_who_calls_on_the_host_is_not_the_publishers_own() -> None:
    """ "Ambassador X who called on" the host's official in the host state's own release is the guest:
    with no state written for him he stays unplaced rather than taking the publisher's."""
    evs = events_of(
        "Prime Minister Shahid Khaqan Abbasi received Ambassador Kofi Mensah Boateng, who called on him at the "
        "Prime Minister's Office today. The Prime Minister underlined the value of closer economic ties.",
        published="2017-10-02",
        publisher="Pakistan Prime Minister's Office",
    )
    assert evs
    assert people_of(evs[0]).get("Kofi Mensah Boateng") != "PAK"


def test_a_state_ending_one_envoys_title_is_not_the_next_envoys() -> None:
    """In a list "X Ambassador of China and Y, ...", China ends X's title: Y is not Chinese."""
    evs = events_of(
        "The heads of mission who paid courtesy calls on Vice President Grace Phiri were Liu Wenming Ambassador of "
        "the People's Republic of China and Karim Adel Mansour, the new envoy of a state the release leaves unsaid.",
        published="2026-05-08",
        publisher="Malawi24",
    )
    countries = {n: c for e in evs for n, c in people_of(e).items() if n}
    assert all(c != "CHN" for n, c in countries.items() if n and "Liu" not in n)
    assert countries.get("Liu Wenming") == "CHN"


def test_a_title_ending_in_an_office_is_a_place_and_a_misspelt_state_no_name() -> None:
    """ "at the PM Office" names no one; "Ambassador of United Sates of America Ambassador X": the word after a
    state's name the tables cannot read is not a person."""
    actors = layers(
        make_doc(
            "The Prime Minister received Ambassador of United Sates of America Ambassador Laura Whitfield at the "
            "PM Office.",
            published="2026-04-01",
            publisher="Associated Press of Pakistan",
        )
    )[1]
    names = {p.name for p in actors.people}
    assert "Sates" not in names
    assert "Laura Whitfield" in names
    assert not any(p.title == "PM Office" for p in actors.people)


def test_the_office_that_starts_a_clause_is_no_apposition_of_the_name_before() -> None:
    """ "... by Ambassador of Afghanistan X, the Prime Minister highlighted": X is the ambassador."""
    actors = layers(
        make_doc(
            "In a separate call-on by Ambassador of Afghanistan Hazrat Omar Zakhilwal, the Prime Minister highlighted "
            "Pakistan's support for the peace process.",
            published="2017-09-15",
            publisher="Associated Press of Pakistan",
        )
    )[1]
    zak = next(p for p in actors.people if p.name and "Zakhilwal" in p.name)
    assert zak.name == "Hazrat Omar Zakhilwal"
    assert zak.country == "AFG"


def test_a_lowercase_envoy_title_with_its_portfolio_ties_the_name_to_the_state() -> None:
    """ "US special envoy on Sahel security, X": a newspaper's lowercase title and the envoy's portfolio lie
    between the state and the name; the envoy meets the minister as a second event."""
    evs = events_of(
        "Foreign Minister Yusuf Tuggar held talks with his Ghanaian counterpart in Abuja on Monday. "
        "Mr Tuggar also met US special envoy on Sahel security, Peter Hallam, for the first time.",
        published="2025-02-10",
        publisher="Premium Times (Nigeria)",
    )
    hallam = [e for e in evs if "Peter Hallam" in people_of(e)]
    assert len(hallam) == 1
    assert any(parties(e) == {"NGA", "GHA"} for e in evs)  # "his Ghanaian counterpart": named by office only
    assert people_of(hallam[0])["Peter Hallam"] == "USA"


def test_two_spellings_of_one_counterpart_are_one_participant() -> None:
    """A news story spells the same minister twice differently ("Bhattsetseg", then "Battsetseg"): one
    participant, not two of one state; two brothers of one family stay two."""
    evs = events_of(
        "External Affairs Minister S Jaishankar held bilateral meetings with his counterparts from Mongolia and Peru. "
        "Mr Jaishankar held talks with the foreign minister of Mongolia, Bhattsetseg Batmunkh. "
        '"Delighted to meet FM Battsetseg Batmunkh of Mongolia again," he said.',
        published="2025-09-24",
        publisher="NDTV",
    )
    mng = [n for e in evs for n, c in people_of(e).items() if c == "MNG"]
    assert len(mng) == 1
    brothers = events_of(
        "Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah and Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah "
        "received the visiting President of Tunisia Kais Saied at Bayan Palace today.",
        published="2022-05-10",
        publisher="KUNA",
    )
    assert len([n for e in brothers for n in people_of(e) if n and n.endswith("Al-Sabah")]) == 2


def test_one_office_has_one_holder_on_the_publishers_side() -> None:
    """In a ministry's readout of its minister's visit, a second unqualified "Foreign Minister" is the host's,
    not a second foreign minister of the publisher's state."""
    evs = events_of(
        "On Friday, Foreign Minister Ana Reyes made an official visit to Montevideo, Uruguay, where she held a "
        "meeting with Foreign Minister Omar Paganini. Both ministers agreed to advance the bilateral agenda.",
        title="Foreign Minister Reyes visits Uruguay",
        published="2026-04-17",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Ana Reyes": "CHL", "Omar Paganini": "URY"}


def test_an_official_of_a_state_another_official_represents_keeps_that_state() -> None:
    """An agency's report of two officials of one state meeting one guest in turn: the official the text ties
    to no state is still the state the text is about, not a state named as a topic ("Ukraine"); and
    "arrived in India on an official visit" is India, not a town of that name elsewhere."""
    text = (
        "New Delhi [India], October 23 : Ministry of External Affairs, Secretary (East), Anil Mehra met the "
        "International Atomic Energy Agency (IAEA) Director General Rafael Grossi on Monday and discussed "
        "cooperation between India and the IAEA. The two also held discussions on Ukraine and on India's "
        "nuclear energy plans. The IAEA Director General arrived in India on an official visit on Monday. "
        "Earlier today, External Affairs Minister S Jaishankar also met IAEA Director General Rafael Grossi. "
        "They discussed Ukraine and nuclear energy in India."
    )
    evs = events_of(text, published="2023-10-23", publisher="Lokmat Times (ANI)")
    assert {n: c for e in evs for n, c in people_of(e).items()}.get("Anil Mehra") == "IND"
    assert all(e.location is None or e.location.country == "IND" for e in evs)


def test_two_heads_each_with_the_title_after_the_name() -> None:
    """ "At the invitation of X, President of A, His Excellency Y, President of B paid a State Visit": each
    title belongs to the name before it."""
    actors = layers(
        make_doc(
            "At the invitation of His Excellency Ranil Perera, President of the Democratic Socialist Republic of Sri "
            "Lanka, His Excellency Arif Alvi Khan, President of the Islamic Republic of Pakistan paid a State Visit "
            "to Sri Lanka from 27 to 30 November 2026.",
            published="2026-12-01",
            publisher="Presidential Secretariat of Sri Lanka",
        )
    )[1]
    assert sorted((p.name, p.country) for p in actors.people if p.name) == [
        ("Arif Alvi Khan", "PAK"),
        ("Ranil Perera", "LKA"),
    ]


def test_a_states_possessive_qualifies_every_office_of_its_list() -> None:
    """ "Fidan met with North Macedonia's Prime Minister X, Foreign Minister Y, and Parliament Speaker Z", in a
    news site's story whose side is inferred from the visitor: all three are North Macedonia's, and a mayor or a
    party leader of the host is not the visitor's state either."""
    evs = events_of(
        "Hakan Fidan met with members of the governing coalition, Ilir Demiri, Mayor of Tetovo, and Arben Zeqiri, "
        "Leader of the Alliance, in Skopje. Also during this visit to Skopje, Fidan met with North Macedonia's Prime "
        "Minister Goran Ristovski, Foreign Minister Vesna Trajkova, and Parliament Speaker Agron Bexheti.",
        published="2024-09-05",
        publisher="A News (aNews, Türkiye)",
    )
    states = {n: c for e in evs for n, c in people_of(e).items() if n}
    assert states.get("Vesna Trajkova") == "MKD"
    assert states.get("Agron Bexheti") == "MKD"
    assert states.get("Ilir Demiri") != "TUR"
    assert states.get("Arben Zeqiri") != "TUR"


def test_the_name_right_before_a_title_after_a_bodys_name() -> None:
    """ "members of the VLEN Coalition, Ilir Demiri, First Deputy Prime Minister": the coalition is no part of
    his name."""
    actors = layers(
        make_doc(
            "The minister met members of the VLEN Coalition, Ilir Demiri, First Deputy Prime Minister, in Skopje.",
            published="2024-09-05",
        )
    )[1]
    assert "Ilir Demiri" in {p.name for p in actors.people}


def test_the_spokesperson_who_tells_of_a_call_takes_no_part_in_it() -> None:
    """ "X had a phone call with Y ..., Foreign Ministry Spokesman Z said." and "Press Secretary Z noted that ...":
    the spokesman reports the interactions; no event has him."""
    evs = events_of(
        "Foreign Minister Sameh Shoukry had on Friday a phone call with Secretary-General of the United Nations "
        "Antonio Guterres, Foreign Ministry Spokesman Ahmed Hafez said. In a written statement, Hafez noted that "
        "Guterres is the third UN chief with whom the minister has met.",
        published="2021-03-06",
        publisher="allAfrica",
    )
    assert len(evs) == 1
    assert set(people_of(evs[0])) == {"Sameh Shoukry", "Antonio Guterres"}


def test_a_government_body_naming_its_state_anywhere_is_the_publishers_side() -> None:
    """ "Royal Court (Office of His Majesty the Sultan, Oman)": a government body's own release, whatever
    the order of its name, speaks for the one state it names; a paper citing that body does not."""
    text = (
        "His Majesty Sultan Haitham bin Tarik and Crown Prince Mohammed bin Salman of Saudi Arabia on Wednesday "
        "exchanged views on the phone on the latest developments in the region."
    )
    own = events_of(text, published="2024-05-15", publisher="Royal Court (Office of His Majesty the Sultan, Oman)")
    assert own and parties(own[0]) == {"OMN", "SAU"}
    cited = make_doc(text, published="2024-05-15", publisher="Times of Oman (citing the Royal Court of Oman)")
    assert publisher_of(cited, cited.text) == (None, None)


def test_two_presidents_named_by_their_states_in_separate_meetings_at_a_venue_in_a_city() -> None:
    """ "held talks with Somalia and South Sudan Presidents in two separate meetings at State House, Nairobi":
    one meeting each, in Nairobi; the president named later without his state is the one left unnamed."""
    evs = events_of(
        "President Amina Odhiambo on Wednesday held talks with Somalia and South Sudan Presidents in two separate "
        "meetings at State House, Nairobi. The discussions with President Abdi Farah Warsame centred on the "
        "security situation. Shortly after, Odhiambo held bilateral talks with South Sudan President Salva Kiir.",
        published="2026-02-11",
        publisher="Kenya Broadcasting Corporation",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["KEN", "SOM"], ["KEN", "SSD"]]
    assert all(e.location is not None and e.location.name == "Nairobi" for e in evs)
    assert any(people_of(e).get("Abdi Farah Warsame") == "SOM" for e in evs)


def test_a_spokespersons_retelling_places_the_meeting() -> None:
    """The spokesperson's post ("Secy met DG in New Delhi today") tells where the meeting already reported was."""
    evs = events_of(
        "New Delhi [India], October 23 : Secretary (East) Anil Mehra met International Atomic Energy Agency (IAEA) "
        "Director General Rafael Grossi on Monday. In a post on X, the official spokesperson of the Ministry of "
        'External Affairs, Arindam Bagchi wrote, "Secy (East) met DG of IAEA in New Delhi today."',
        published="2023-10-23",
        publisher="Lokmat Times (ANI)",
    )
    assert len(evs) == 1
    assert "Arindam Bagchi" not in people_of(evs[0])
    assert evs[0].location is not None and evs[0].location.name == "New Delhi"


def test_a_lowercase_office_of_a_demonym_is_the_holder_named_before() -> None:
    """ "The Pakistani foreign minister also met with Afghan President X": a news agency's lowercase office is
    the minister named earlier, and the meeting with the president is a second event."""
    evs = events_of(
        "The joint communique was released at the end of a meeting between Afghan Foreign Minister Zalmai Rasoul "
        "and his visiting Pakistani counterpart Hina Rabbani Khar. The Pakistani foreign minister also met with "
        "Afghan President Hamid Karzai and the two sides held in-depth consultations.",
        published="2012-02-02",
        publisher="China.org.cn (Xinhua)",
    )
    pairs = sorted(sorted(people_of(e)) for e in evs)
    assert pairs == [["Hamid Karzai", "Hina Rabbani Khar"], ["Hina Rabbani Khar", "Zalmai Rasoul"]]


def test_an_agency_dateline_in_the_event_sentence_dates_its_weekday() -> None:
    """ "Pyongyang, October 8 (KCNA) -- ... sent a message ... on Monday": the Monday before the dateline's day;
    "Un" ends a Korean name, it is not the UN."""
    evs = events_of(
        "Source: KCNA\n\nPyongyang, October 8 (KCNA) -- The respected Comrade Kim Jong Un sent a message of greeting "
        "to Vladimir Putin, president of the Russian Federation, on Monday.",
        published="2024-10-08",
        publisher="KCNA Watch (KCNA)",
    )
    assert len(evs) == 1
    assert evs[0].date == "2024-10-07"
    assert people_of(evs[0]) == {"Kim Jong Un": "PRK", "Vladimir Putin": "RUS"}


def test_ranks_and_abbreviated_offices_are_no_part_of_a_name() -> None:
    """ "a courtesy call to the President of Fiji, Major General X" and a headline's "P.M. Tuilaepa"."""
    actors = layers(
        make_doc(
            "Fiji embraces P.M. Tuilaepa's visit\n\nPrime Minister Tuilaepa made a courtesy call to the President of "
            "Fiji, Major General Jioji Konusi Konrote. Rear Admiral Viliame Naupoto welcomed him at Nausori Airport.",
            title="Fiji embraces P.M. Tuilaepa's visit",
            published="2018-08-29",
            publisher="Samoa Observer",
        )
    )[1]
    names = {p.name for p in actors.people if p.name}
    assert {"Tuilaepa", "Jioji Konusi Konrote", "Viliame Naupoto"} <= names
    assert not any(n.startswith(("P.m.", "Major", "Rear")) for n in names)


def test_a_summit_held_in_a_state_on_a_day_places_the_talks_in_that_state() -> None:
    """ "bilateral talks with X at the ... Summit held in Cuba on June 4": Cuba, not a place called "Cuba on June"."""
    evs = events_of(
        "Mr. Holness said the pledge was given during bilateral talks with Prime Minister of Trinidad and Tobago, "
        "Dr. Keith Rowley, at the Association of Caribbean States Summit held in Cuba on June 4.",
        published="2019-06-12",
        publisher="CNC3 (Trinidad and Tobago)",
    )
    assert evs and evs[0].location is not None and evs[0].location.country == "CUB"


def test_leaving_to_attend_a_meeting_is_no_meeting() -> None:
    """ "left Jamaica this afternoon to participate in the 44th Regular Meeting ...": a departure, the meeting to
    come; "is expected to have bilateral discussions" neither."""
    evs = events_of(
        "Prime Minister Andrew Holness left Jamaica this afternoon to participate in the 44th Regular Meeting of the "
        "Conference of Heads of Government of the Caribbean Community (CARICOM) in Nassau, Bahamas. The Prime "
        "Minister is expected to have several bilateral discussions, including with US Special Presidential Envoy "
        "for Climate, John Kerry.",
        published="2023-02-15",
        publisher="The Gleaner (Jamaica)",
    )
    assert evs == []


def test_talks_between_two_officials_named_by_lowercase_offices() -> None:
    """ "the focus of talks at the foreign ministry on Friday between its secretary-general X and North Macedonia's
    state secretary Y": a meeting; X's state is the other one the text is about ("Italy-North Macedonia")."""
    evs = events_of(
        "Bilateral ties were the focus of talks at the foreign ministry on Friday between its secretary-general "
        "Marco Bellini and North Macedonia's state secretary Filip Tosevski. The importance of Italy-North "
        "Macedonia relations was confirmed as well as Italy's commitment to the region.",
        published="2026-02-20",
        publisher="Adnkronos (AKI)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Marco Bellini": "ITA", "Filip Tosevski": "MKD"}


def test_a_working_visit_to_a_state_named_in_full_places_the_meeting_in_it() -> None:
    """ "concluded a two day working visit to the Republic of South Africa ... was received by President X":
    the meeting is in that state, its city untold; "Trinidad and Tobago on Monday" is a state too."""
    evs = events_of(
        "The Chairperson of the African Union Commission, Moussa Faki Mahamat, concluded a two day working visit "
        "to the Republic of South Africa today. The Chairperson was received by President Cyril Ramaphosa, where "
        "the two leaders held extensive consultations.",
        published="2020-12-02",
        publisher="African Union Commission",
    )
    assert evs and evs[0].location is not None
    assert (evs[0].location.name, evs[0].location.country) == (None, "ZAF")
    hit = place_in("The ministers met in Trinidad and Tobago on Monday.", 0)
    assert hit is not None and hit.location.country == "TTO"


def test_a_visit_to_a_state_and_talks_in_its_capital_give_the_city() -> None:
    """ "As part of his visit to Vietnam on Tuesday and Wednesday, ... talks with Minister Son in Hanoi": Hanoi."""
    hit = place_in(
        "As part of his visit to Vietnam on Tuesday and Wednesday, Minister Lavrov laid a wreath before joining "
        "talks with Minister Son in Hanoi on Wednesday morning.",
        0,
    )
    assert hit is not None and hit.location.name == "Hanoi"


def test_a_list_of_offices_and_family_names_one_a_citys_name() -> None:
    """ "Meetings With Belgian Foreign Minister Reynders, Greek Foreign Minister Avramopoulos, United Kingdom
    Foreign Secretary Hague": three people, each with the state before the office; Hague is a family name after
    an office, and "Hossein Amir Abdollahian" keeps "Amir" as a given name."""
    actors = layers(
        make_doc(
            "The Secretary held meetings with Belgian Foreign Minister Reynders, Greek Foreign Minister "
            "Avramopoulos, United Kingdom Foreign Secretary Hague and Iranian Foreign Minister Hossein Amir "
            "Abdollahian on Tuesday.",
            published="2012-09-25",
        )
    )[1]
    assert sorted((p.name, p.country) for p in actors.people if p.name) == [
        ("Avramopoulos", "GRC"),
        ("Hague", "GBR"),
        ("Hossein Amir Abdollahian", "IRN"),
        ("Reynders", "BEL"),
    ]


def test_leaders_met_as_a_group_then_each_by_name() -> None:
    """ "met with the leaders of North Macedonia and Kosovo. During their meeting, X and North Macedonian
    President, Y(link is external), discussed ... X also met with the President of Kosovo, Z": two meetings with
    their named leaders, no third one with the unnamed group."""
    evs = events_of(
        "In the margins of the summit, High Representative Josep Borrell met with the leaders of North Macedonia "
        "and Kosovo. During their meeting, High Representative Borrell and North Macedonian President, Stevo "
        "Pendarovski(link is external), discussed the next steps. High Representative Borrell also met with the "
        "President of Kosovo, Vjosa Osmani(link is external).",
        published="2021-06-19",
        publisher="European External Action Service",
    )
    assert sorted(sorted(people_of(e)) for e in evs) == [
        ["Josep Borrell", "Stevo Pendarovski"],
        ["Josep Borrell", "Vjosa Osmani"],
    ]


def test_host_offices_of_bodies_the_tables_do_not_know_keep_the_hosts_state() -> None:
    """ "met the President of Lithuania, X, the Speaker of the Seimas (Parliament), Y, and the Chair of the Foreign
    Affairs Committee of the Seimas, Z": each office's holder is the name after it, Lithuanian like the first,
    and each is met in turn; none is the visiting minister's compatriot."""
    evs = events_of(
        "On 6 May 2026, the Minister of Foreign Affairs, Ieva Ozola, was in Lithuania on a working visit. While in "
        "Vilnius, the Minister of Foreign Affairs met the President of Lithuania, Gitanas Nauseda, the Speaker of "
        "the Seimas (Parliament), Saulius Skvernelis, and the Chair of the Foreign Affairs Committee of the "
        "Seimas, Ausrine Armonaite.",
        published="2026-05-06",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    hosts = sorted((n, c) for e in evs for n, c in people_of(e).items() if n != "Ieva Ozola")
    assert hosts == [("Ausrine Armonaite", "LTU"), ("Gitanas Nauseda", "LTU"), ("Saulius Skvernelis", "LTU")]
    assert len(evs) == 3


def test_a_list_of_envoys_goes_on_in_a_sentence_without_a_cue() -> None:
    """ "The envoys also included Her Excellency X the ambassador of A, Y Ambassador of B": more courtesy calls
    of the event told before, each one by one; an honorific marks a person the model may miss."""
    evs = events_of(
        "Four Heads of Diplomatic Mission on Friday paid courtesy calls on Vice President Grace Phiri at her offices "
        "in Lilongwe. The heads of mission were Jurgen Borsch Ambassador of the Federal Republic of Germany and "
        "Liu Hongyang Ambassador of the People's Republic of China. The envoys also included Her Excellency "
        "Tendai Moyo the ambassador of the Republic of Zimbabwe, and Robert Scott Ambassador of the United States "
        "of America.",
        published="2026-03-06",
        publisher="Nyasa Times",
    )
    guests = sorted(c for e in evs for n, c in people_of(e).items() if n != "Grace Phiri")
    assert guests == ["CHN", "DEU", "USA", "ZWE"]
    assert all(len(e.participants) == 2 for e in evs)


def test_a_list_of_states_may_name_one_by_its_adjective() -> None:
    """ "handed in by the newly appointed ambassadors of Belgium, Nigeria, Czech, as well as Great Britain and
    Northern Ireland": six states, one named by its adjective, the last by part of its long name."""
    evs = events_of(
        "The Amir received at Bayan Palace yesterday the credentials of a number of diplomats. The credentials were "
        "handed in by the newly appointed ambassadors of Belgium, Nigeria, Czech, as well as Great Britain and "
        "Northern Ireland to Kuwait.",
        published="2017-10-03",
        publisher="Kuwait News Agency (KUNA)",
    )
    guests = sorted(c for e in evs for n, c in people_of(e).items() if c != "KWT")
    assert guests == ["BEL", "CZE", "GBR", "NGA"]


def test_no_name_runs_across_a_blank_line_and_an_office_is_its_holders() -> None:
    """A page's heading ends "... of the European Comm'n", the next paragraph reads "Antonio Guterres,
    Secretary-General": no office runs into that name across the blank line, and "The Secretary-General met
    ..." is Guterres, not a second UN participant."""
    evs = events_of(
        "Readout of the Secretary-General's meeting with H.E. Mr. Charles Michel, President of the European Council\n"
        "and H.E. Mr. Josep Borrell, Vice-President of the European Comm'n\n\nAntonio Guterres, Secretary-General\n\n"
        "The Secretary-General met jointly with the President of the European Council, H.E. Mr. Charles Michel, "
        "and the High Representative of the European Union, H.E. Mr. Josep Borrell.",
        published="2023-09-17",
        publisher="United Nations Secretary-General",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Antonio Guterres": None, "Charles Michel": None, "Josep Borrell": None}
    assert sorted(p.org or "" for p in evs[0].participants) == ["EU", "EU", "UN"]


def test_similar_cables_are_one_message_per_sender_and_the_mourned_take_no_part() -> None:
    """ "The Amir sent a cable of condolences to King X over the death of the mother of Prince Y. The Crown
    Prince A and the Prime Minister B sent similar cables.": three messages to King X; Y is mourned, not a party;
    the Amir and his brother the Crown Prince share a family name and are two senders."""
    evs = events_of(
        "Meanwhile, His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah sent a cable of condolences "
        "yesterday to the Saudi King Salman bin Abdulaziz Al-Saud over the death of the mother of Prince Musab "
        "bin Saud bin Abdulaziz Al-Saud. His Highness the Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah "
        "and His Highness the Prime Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah sent similar cables.",
        published="2022-09-12",
        publisher="Kuwait News Agency (KUNA)",
    )
    assert [e.kind for e in evs] == ["message"] * 3
    senders = sorted(next(iter(people_of(e))) for e in evs)
    assert senders == [
        "Mishal Al-Ahmad Al-Jaber Al-Sabah",
        "Nawaf Al-Ahmad Al-Jaber Al-Sabah",
        "Sabah Al-Khaled Al-Hamad Al-Sabah",
    ]
    assert all(set(people_of(e).values()) == {"KWT", "SAU"} and len(e.participants) == 2 for e in evs)


def test_a_clause_about_the_day_names_no_party() -> None:
    """ "received a telephone call from his Pakistani counterpart X on 22 August, the day when Indian External
    Affairs Minister Y departed from Kathmandu": one call, Y only dates it."""
    evs = events_of(
        "Kathmandu, 23 August: Foreign Minister Pradeep Gyawali received a telephone call from his Pakistani "
        "counterpart Shah Mahmood Qureshi on 22 August, the day when Indian External Affairs Minister S Jaishankar "
        "departed from Kathmandu.",
        published="2019-08-23",
        publisher="People's Review (Nepal)",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"NPL", "PAK"}


def test_styles_and_postnominals_around_an_apposed_name() -> None:
    """ "met with the Secretary-General, the Right Honourable Patricia Scotland QC at his office" names her; the
    "Office of the Prime Minister" of a dateline names no one."""
    actors = layers(
        make_doc(
            "BASSETERRE, May 2, 2018 (Press Unit in the Office of the Prime Minister) - Prime Minister Dr. the "
            "Honourable Timothy Harris met with the Secretary-General, the Right Honourable Patricia Scotland QC "
            "at his office earlier today.",
            published="2018-05-02",
        )
    )[1]
    names = {p.name for p in actors.people}
    assert {"Timothy Harris", "Patricia Scotland"} <= names
    assert not any(p.title and p.title.startswith("Office") for p in actors.people)


def test_envoys_listed_after_a_dash_and_a_lowercase_delegation_chief() -> None:
    """ "In a meeting with the Quint ambassadors to Serbia – US, UK, France, Italy and Germany – and with the
    European Union delegation chief in Belgrade, X said ...": one meeting with the five envoys and the EU's."""
    evs = events_of(
        "In a meeting with the Quint ambassadors to Serbia – US, UK, France, Italy and Germany – and with the "
        "European Union delegation chief in Belgrade, President Aleksandar Vucic said his country would act "
        "rationally.",
        published="2019-05-08",
        publisher="N1",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"SRB", "USA", "GBR", "FRA", "ITA", "DEU", "EU"}


def test_an_envoys_posting_is_no_venue_and_the_visit_told_after_dates_the_call() -> None:
    """ "The Charge d'Affaires of the Embassy of Pakistan in Abuja, Nigeria, X, has paid a courtesy call on Y.
    During the visit on Tuesday, February 23, 2021, ...": no meeting in Abuja; the call was on the 23rd."""
    evs = events_of(
        "The Charge d'Affaires of the Embassy of the Islamic Republic of Pakistan in Abuja, Nigeria, Kamran Aziz, "
        "has paid a courtesy call on Minister-designate for Foreign Affairs, Joyce Mensah.\n\nDuring the visit on "
        "Tuesday, February 23, 2021, Mr Aziz conveyed greetings from his government.",
        published="2021-02-25",
        publisher="Daily Guide Network (Ghana)",
    )
    assert len(evs) == 1
    assert evs[0].date == "2021-02-23"
    assert evs[0].location is None or evs[0].location.country != "NGA"


def test_a_state_with_and_in_its_name_and_his_excellency_without_stops() -> None:
    """ "Foreign Minister Amery Browne of Trinidad and Tobago"; "H E Sayyid Badr al Busaidi, Oman Foreign
    Minister" is no "E Sayyid"."""
    evs = events_of(
        "Foreign Minister Hugh Todd of Guyana held a virtual meeting with Foreign Minister Amery Browne of "
        "Trinidad and Tobago on Tuesday.",
        published="2021-06-30",
        publisher="Stabroek News",
    )
    assert people_of(evs[0]) == {"Hugh Todd": "GUY", "Amery Browne": "TTO"}
    evs = events_of(
        "H E Sayyid Badr al Busaidi, Oman Foreign Minister, received a phone call from Iranian Foreign Minister "
        "Abbas Araghchi.",
        published="2025-05-18",
        publisher="Muscat Daily",
    )
    assert set(people_of(evs[0])) == {"Sayyid Badr al Busaidi", "Abbas Araghchi"}


def test_a_plural_office_of_two_states_is_one_unnamed_holder_of_each() -> None:
    """ "met with the Foreign Secretary of the United Kingdom and the Ministers of Foreign Affairs of Estonia and
    Lithuania": four parties, the last two with no names."""
    evs = events_of(
        "On 3 March 2022 in Vilnius, the Minister of Foreign Affairs of Latvia, Edgars Rinkevics, met with the "
        "Foreign Secretary of the United Kingdom and the Ministers of Foreign Affairs of Estonia and Lithuania.",
        published="2022-03-03",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"LVA", "GBR", "EST", "LTU"}
    assert evs[0].mode == "host"


def test_calling_for_something_is_no_call() -> None:
    """ "called for the release of Aung San Suu Kyi", "called for urgent and sustained dialogue": no phone call."""
    evs = events_of(
        "Foreign Secretary Teodoro Locsin expressed deep concern over the situation in Myanmar and called for the "
        "release of Aung San Suu Kyi and other political detainees.",
        published="2021-06-10",
        publisher="ABS-CBN News",
    )
    assert evs == []


def test_a_headlines_city_names_the_place_of_a_visit_to_its_state() -> None:
    """Headline "British Foreign Secretary in Athens", body "currently on an official visit to Greece, held
    talks with ...": the talks were in Athens."""
    evs = events_of(
        "British Foreign Secretary David Miliband, currently on an official visit to Greece, held talks with Prime "
        "Minister Costas Karamanlis on Tuesday.",
        title="British Foreign Secretary in Athens",
        published="2009-05-27",
        publisher="Athens News Agency",
    )
    assert evs and evs[0].location is not None
    assert (evs[0].location.name, evs[0].location.country) == ("Athens", "GRC")


def test_a_meeting_only_the_headline_tells_is_placed_by_the_lead() -> None:
    """Headline "Peters hosts first talks with Australian Foreign Minister", lead "... have been discussing foreign
    policy at Auckland's Government House": the talks were in Auckland."""
    evs = events_of(
        "Foreign Minister Winston Peters and his Australian counterpart Julie Bishop have been discussing foreign "
        "policy at Auckland's Government House. A range of regional matters was tabled.",
        title="Peters hosts first talks with Australian Foreign Minister",
        published="2018-02-16",
        publisher="Te Ao Maori News",
    )
    assert evs and evs[0].location is not None and evs[0].location.name == "Auckland"


def test_a_reply_to_a_message_is_a_message_of_its_own() -> None:
    """ "President X sent a letter to the Amir ... Meanwhile, the Amir sent a reply message to President X": two
    messages, one each way."""
    evs = events_of(
        "KUWAIT: US President Donald Trump sent a letter to His Highness the Amir of Kuwait Sheikh Nawaf Al-Ahmad "
        "Al-Jaber Al-Sabah to extend condolences. Meanwhile, His Highness the Amir Sheikh Nawaf sent a reply "
        "message to President Trump thanking him.",
        published="2020-10-20",
        publisher="Kuwait News Agency (KUNA)",
    )
    assert [e.kind for e in evs] == ["message", "message"]
    assert [e.participants[0].country for e in evs] == ["USA", "KWT"]


def test_a_bodys_name_after_an_office_is_no_persons_name() -> None:
    """ "The President of the Sudanese Sovereignty Council, Abdel Fattah Al-Burhan, ...": "Sovereignty" is part
    of the council's name, not a second president."""
    actors = layers(
        make_doc(
            "The President of the Sudanese Sovereignty Council, Abdel Fattah Al-Burhan, received a phone call from "
            "Kenyan President William Ruto.",
            published="2023-06-12",
            publisher="Teller Report",
        )
    )[1]
    assert sorted(p.name for p in actors.people if p.name) == ["Abdel Fattah Al-Burhan", "William Ruto"]


def test_a_news_pages_read_links_are_no_transcript_speakers() -> None:
    """ "READ: ..." lines linking other stories do not make a news report a transcript."""
    evs = events_of(
        "MANILA - The Philippines and the United States discussed developments in the West Philippine Sea.\n"
        "US Under Secretary of State Victoria Nuland paid a courtesy call on Foreign Affairs Secretary Enrique "
        "Manalo on March 6.\nREAD: Coast guard tells ships to leave the shoal\nREAD: 44 ships spotted off the island\n",
        published="2023-03-08",
        publisher="Inquirer.net",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"USA", "PHL"}


def test_a_meeting_recalled_by_a_guest_is_no_event_and_gives_no_place() -> None:
    """ "Recalling the meeting of A with B on the sidelines of X in Y, ...": another time, another place."""
    evs = events_of(
        "Foreign Minister Elena Varga received the outgoing Ambassador of Chile, Tomas Ibarra, upon the end of his "
        "mission.\n\nRecalling the meeting of President Gabriel Boric with President Ilham Aliyev on the sidelines "
        "of the Summit of the Non-Aligned Movement in Baku, Ambassador Ibarra stated that the said meeting "
        "greatly contributed to relations.",
        published="2021-05-14",
        publisher="Ministry of Foreign Affairs of Hungary",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Elena Varga": "HUN", "Tomas Ibarra": "CHL"}
    assert evs[0].location is None


def test_an_ambassador_posted_to_the_country_named_after_the_posting() -> None:
    """ "the newly appointed Ambassador of the Republic of Latvia to the country Edgars Skuja": one person."""
    evs = events_of(
        "Foreign Minister Anar Guliyev on Monday received the newly appointed Ambassador of the Republic of Latvia "
        "to the country Maris Ozols, the ministry's press service said.",
        published="2023-10-02",
        publisher="Ministry of Foreign Affairs of Azerbaijan",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Anar Guliyev": "AZE", "Maris Ozols": "LVA"}


def test_audiences_granted_are_meetings_dated_and_placed_by_the_summary() -> None:
    """ "granted two separate audiences on Tuesday 9th April, at the palace in Malabo. The first meeting was with
    X, UN High-Representative ...": an audience is a meeting; the summary gives its day and city; a hyphenated
    office is an office of the organisation before it."""
    evs = events_of(
        "Head of State holds audiences\n\nThe President of the Republic, H. E. Teodoro Obiang, granted two separate "
        "audiences on Tuesday 9th April, at the People's Palace in Malabo.\n\nThe first meeting was with Jorge "
        "Sampaio, UN High-Representative for the Alliance of Civilizations, who conveyed the commitment of his "
        "institution to peace.",
        published="2019-04-10",
        publisher="Press and Information Office of Equatorial Guinea",
    )
    assert len(evs) == 1
    assert evs[0].date == "2019-04-09"
    assert evs[0].location is not None and evs[0].location.name == "Malabo"
    assert {p.name: p.country or p.org for p in evs[0].participants} == {"Teodoro Obiang": "GNQ", "Jorge Sampaio": "UN"}


def test_a_national_news_sites_own_leader_is_its_states() -> None:
    """A news site whose name gives its state ("The Morning Star (Equatorial Guinea)") calls its own president "the
    President of the Republic", as its government does."""
    evs = events_of(
        "On Sunday, the President of the Republic, H. E. Teodoro Mba, received the Angolan Minister for External "
        "Relations, Tete Antonio, who delivered a message of friendship.",
        published="2021-02-28",
        publisher="The Morning Star (Equatorial Guinea)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Teodoro Mba": "GNQ", "Tete Antonio": "AGO"}


def test_a_landmark_after_a_title_is_no_person() -> None:
    """ "laid a wreath at President Ho Chi Minh Mausoleum before joining talks with Minister Son": the mausoleum
    takes no part."""
    evs = events_of(
        "Russian Minister of Foreign Affairs Sergey Lavrov held talks with his Vietnamese counterpart Bui Thanh Son "
        "on Wednesday.\nDuring his visit, Minister Lavrov laid a wreath at President Ho Chi Minh Mausoleum before "
        "joining talks with Minister Son in Hanoi.",
        published="2022-07-06",
        publisher="Saigon Daily (Vietnam)",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"RUS", "VNM"}
    assert "Ho Chi Minh Mausoleum" not in people_of(evs[0])


def test_possessive_state_inside_an_office_and_a_plural_body_after_and() -> None:
    """ "The President of Cuba's Councils of State and Ministers, X, ...": one office, whose holder is X."""
    evs = events_of(
        "The President of Cuba's Councils of State and Ministers, Miguel Diaz-Canel, on Thursday received the "
        "President of the Republic of Ghana, Nana Akufo-Addo, on an official visit to our country.",
        published="2019-04-05",
        publisher="Granma",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Miguel Diaz-Canel": "CUB", "Nana Akufo-Addo": "GHA"}
    assert evs[0].participants[0].title == "President of Cuba's Councils of State and Ministers"


def test_greetings_sent_to_their_counterparts_pair_in_order() -> None:
    """ "A's President X and Prime Minister Y also sent greetings to their Vietnamese counterparts Z and W": two
    messages, X to Z and Y to W; a letter received from a third correspondent is not a reply."""
    evs = events_of(
        "Vietnam receives more National Day greetings\nEgypt's President Abdel Fattah Al Sisi and Prime Minister "
        "Mostafa Madbouly sent greetings to their Vietnamese counterparts Nguyen Xuan Phuc and Pham Minh Chinh.\n"
        "PM Chinh also received a letter of greetings from his Algerian counterpart Aymen Benabderrahmane.",
        published="2021-09-03",
        publisher="VNA",
    )
    assert [(e.kind, [p.name for p in e.participants]) for e in evs] == [
        ("message", ["Abdel Fattah Al Sisi", "Nguyen Xuan Phuc"]),
        ("message", ["Mostafa Madbouly", "Pham Minh Chinh"]),
        ("message", ["Pham Minh Chinh", "Aymen Benabderrahmane"]),
    ]


def test_a_guest_received_before_another_meeting_by_a_lowercase_office_of_a_state() -> None:
    """ "Prior to his meeting with the vice president, the visiting minister of foreign affairs of the Republic of
    Kenya was received by Foreign Minister X": a second meeting, with X, in the dateline's city."""
    evs = events_of(
        "Havana, April 27 (RHC)-- Vice President Salvador Valdes Mesa received Dr. Amina Mohamed, Minister of "
        "Foreign Affairs of the Republic of Kenya, who is on an official visit to Cuba.\nPrior to her meeting "
        "with the Cuban vice president, the visiting minister of foreign affairs of the Republic of Kenya was "
        "received by Cuban Foreign Minister Bruno Rodriguez.",
        published="2016-04-27",
        publisher="Radio Habana Cuba",
    )
    assert [sorted(people_of(e)) for e in evs] == [
        ["Amina Mohamed", "Salvador Valdes Mesa"],
        ["Amina Mohamed", "Bruno Rodriguez"],
    ]
    assert all(e.location is not None and e.location.name == "Havana" for e in evs)


def test_a_photo_captions_next_line_gives_no_title_to_the_name_before() -> None:
    """A repeated headline line, then a caption "Foreign Minister X and Japanese Foreign Minister Y": the name
    ending one line does not take the office that opens the next."""
    evs = events_of(
        "Foreign Minister meets Japanese Foreign Minister Hayashi Yoshimasa\n\nVNA - On November 17, in Bangkok, "
        "Minister of Foreign Affairs Bui Thanh Son had a meeting with Japanese Minister for Foreign Affairs Hayashi "
        "Yoshimasa.\nForeign Minister meets Japanese Foreign Minister Hayashi Yoshimasa\nForeign Minister Bui Thanh "
        "Son and Japanese Foreign Minister Hayashi Yoshimasa. (Photo: VNA)\n",
        published="2022-11-18",
        publisher="The World and Vietnam Report",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Bui Thanh Son": "VNM", "Hayashi Yoshimasa": "JPN"}


def test_visiting_a_city_places_the_meeting_told_in_that_sentence() -> None:
    """ "Visiting Jakarta for the ASEAN meeting, Foreign Minister X held a bilateral meeting with Y": Jakarta."""
    evs = events_of(
        "Visiting Jakarta within the scope of the ASEAN Foreign Ministers Meeting, Foreign Minister Hakan Fidan "
        "held a bilateral meeting with US Secretary of State Antony Blinken at the margin of the meeting.",
        publisher="Ministry of Foreign Affairs of Turkiye",
    )
    assert len(evs) == 1
    assert evs[0].location is not None and (evs[0].location.name, evs[0].location.country) == ("Jakarta", "IDN")
    assert evs[0].mode == "third_location"


def test_aides_attending_the_meeting_and_a_leader_recalled_are_no_parties() -> None:
    """ "The meeting was also attended by <aides of both sides>"; "... since X visited Brazil last year": no new
    interaction, no extra participant."""
    evs = events_of(
        "On June 30, Mr. Takeaki Matsumoto, Minister for Foreign Affairs, held a meeting with Antonio Patriota, "
        "Minister for External Relations of the Federative Republic of Brazil. The meeting was also attended by "
        "Amb. Maria Reis, Under-Secretary General of the Ministry of External Relations of Brazil, as well as Mr. "
        "Akira Miwa, Ambassador of Japan to Brazil.\n1. Minister Patriota welcomed Minister Matsumoto, recalling "
        "the first meeting held when Prime Minister Shinzo Abe visited Brazil last year.",
        published="2011-07-02",
        publisher=JAPAN,
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Takeaki Matsumoto": "JPN", "Antonio Patriota": "BRA"}


def test_also_met_ministers_of_several_states_is_one_meeting_each() -> None:
    """ "While in Sharm El-Sheikh, Prince Saud also met with Iranian FM X, British FM Y and Danish FM Z", "The
    minister also met his counterparts from Sierra Leone and Latvia, X and Y": bilateral meetings, one each."""
    evs = events_of(
        "Minister of Foreign Affairs Prince Saud Al-Faisal met with US Secretary of State Condoleezza Rice in Sharm "
        "El-Sheikh, Egypt. While in Sharm El-Sheikh, Prince Saud also met with Iranian Foreign Minister Manouchehr "
        "Mottaki, British Foreign Minister Margaret Beckett and Danish Foreign Minister Per Stig Moller.",
        publisher="Royal Embassy of Saudi Arabia",
    )
    assert [sorted(parties(e)) for e in evs] == [["SAU", "USA"], ["IRN", "SAU"], ["GBR", "SAU"], ["DNK", "SAU"]]
    evs = events_of(
        "New York, Sept 27 (ANI): External Affairs Minister S Jaishankar on Thursday met his Maldivian counterpart "
        "Abdulla Shahid on the sidelines of the UN General Assembly.\nThe minister also met his counterparts from "
        "Sierra Leone and Latvia, Nabeela Tunis and Edgars Rinkevics.",
        published="2019-09-27",
        publisher="ANI News",
    )
    assert [sorted(parties(e)) for e in evs] == [["IND", "MDV"], ["IND", "SLE"], ["IND", "LVA"]]


def test_a_party_secretarys_name_follows_the_committees() -> None:
    """ "Secretary of the CPC Chongqing Municipal Committee Chen Miner": the name is "Chen Miner"."""
    actors = layers(
        make_doc(
            "Secretary of the CPC Chongqing Municipal Committee Chen Miner met with a study group of African "
            "envoys in Chongqing on December 3.",
            published="2019-12-04",
            publisher=CHINA,
        )
    )[1]
    assert [p.name for p in actors.people if p.name] == ["Chen Miner"]


def test_press_meetings_and_answers_to_questions_are_no_readouts() -> None:
    """ "Premier Li Keqiang meets the press", "... statement and answers to media questions during a joint news
    conference following talks with X": the genre of the page, not a meeting's readout."""
    for title in (
        "Premier Li Keqiang meets the press",
        "Foreign Minister Sergey Lavrov's statement and answers to media questions during a joint news conference "
        "following talks with Foreign Minister of Belarus Vladimir Makei",
    ):
        record = code_document(
            make_doc(
                f"{title}\n\nPremier Li Keqiang met Chinese and foreign journalists after the session and answered "
                "questions. Foreign Minister Sergey Lavrov held talks with Foreign Minister Vladimir Makei.",
                title=title,
                published="2020-06-19",
            )
        )
        assert not record.is_readout


def test_a_press_release_label_is_no_transcript_speaker() -> None:
    """ "PRESS RELEASE : Keir Starmer meeting with ..." repeated as a reposting site prints it is a label, not a
    speaker of a transcript."""
    title = "PRESS RELEASE : Keir Starmer meeting with Prime Minister Al-Sudani of Iraq"
    evs = events_of(
        "PRESS RELEASE : Keir Starmer meeting with Prime Minister Al-Sudani of Iraq\n\nThe press release issued by "
        "10 Downing Street on 14 January 2025.\n\nThe Prime Minister met with Prime Minister of Iraq Mohammed Shia "
        "Al-Sudani in Downing Street this afternoon.",
        title=title,
        published="2025-01-14",
        publisher="UKPOL (repost of 10 Downing Street press release)",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"GBR", "IRQ"}


def test_a_date_line_after_a_place_line_dates_the_meeting_a_page_date_alone_does_not() -> None:
    """ "Great Hall of the People, Beijing, China\\nOctober 20, 2016\\n\\nPresident X held a meeting ...": a
    dateline in two lines. A date line with no place before it is only when the page was published."""
    body = "\n\nPresident Rodrigo Duterte held a meeting with Premier Li Keqiang at the Great Hall of the People."
    title = "Meeting with the Chinese Premier"
    evs = events_of(
        "Great Hall of the People, Beijing, China\nOctober 20, 2016" + body,
        title=title,
        published="2016-10-21",
        publisher="Radio Television Malacanang",
    )
    assert len(evs) == 1 and evs[0].date == "2016-10-20"
    evs = events_of("Press and media\nOctober 20, 2016" + body, title=title, published="2016-10-21", publisher="TASS")
    assert len(evs) == 1 and evs[0].date is None


def test_a_headline_line_repeated_in_the_body_takes_the_day_of_its_retelling() -> None:
    """A reposted release prints its headline again in the body; the meeting told after it "this afternoon"
    dates the event."""
    evs = events_of(
        "Keir Starmer meeting with Prime Minister Al-Sudani of Iraq\n\nKeir Starmer meeting with Prime Minister "
        "Al-Sudani of Iraq\n\nThe Prime Minister met with Prime Minister of Iraq Mohammed Shia Al-Sudani in Downing "
        "Street this afternoon.",
        published="2025-01-14",
        publisher="UKPOL",
    )
    assert len(evs) == 1 and evs[0].date == "2025-01-14"


def test_a_national_agencys_own_minister_and_its_name_in_the_dateline() -> None:
    """ "PHNOM PENH, Aug 3 (Bernama) -- Foreign Minister Datuk Seri X held a bilateral meeting with his Indonesian
    counterpart Y here": Bernama's unqualified minister is Malaysia's, not the dateline's host; the styles
    "Datuk Seri" are no part of the name; "(Prensa Latina)" in a dateline is no person."""
    evs = events_of(
        "PHNOM PENH, Aug 3 (Bernama) -- Foreign Minister Datuk Seri Saifuddin Abdullah held a bilateral meeting "
        "with his Indonesian counterpart Retno Marsudi here today on the sidelines of the ASEAN Foreign Ministers' "
        "Meeting.",
        published="2022-08-03",
        publisher="New Straits Times",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Saifuddin Abdullah": "MYS", "Retno Marsudi": "IDN"}
    assert evs[0].location is not None and evs[0].location.country == "KHM" and evs[0].mode == "third_location"
    evs = events_of(
        "Havana, Nov 2 (Prensa Latina) Cuban Foreign Minister Bruno Rodriguez met today with the Deputy Foreign "
        "Minister of the People's Republic of China, Qin Gang, who is on a working visit to this capital.",
        published="2018-11-02",
        publisher="Prensa Latina",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Bruno Rodriguez": "CUB", "Qin Gang": "CHN"}


def test_a_counterpart_from_a_state_apposed_with_an_honorific() -> None:
    """ "her counterpart from Burkina Faso, Mrs. Olivia Rouamba": Burkina Faso's."""
    evs = events_of(
        "The Minister for Foreign Affairs and Regional Integration, Hon. Shirley Ayorkor Botchwey, has held "
        "bilateral talks with her counterpart from Burkina Faso, Mrs. Olivia Rouamba, in Accra.",
        published="2023-04-12",
        publisher="Ministry of Foreign Affairs of Ghana",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Shirley Ayorkor Botchwey": "GHA", "Olivia Rouamba": "BFA"}


def test_a_region_of_the_world_is_no_place_and_a_majesty_no_office() -> None:
    """ "the summit of the Conference on ... Measures in Asia (CICA) in Dushanbe": Dushanbe; "His Majesty King
    Abdullah II": the office is King."""
    evs = events_of(
        "DUSHANBE, June 15 (Xinhua) -- Chinese President Xi Jinping on Saturday met with his Russian counterpart "
        "Vladimir Putin on the sidelines of the summit of the Conference on Interaction and Confidence Building "
        "Measures in Asia (CICA) in Dushanbe.",
        published="2019-06-15",
        publisher="Xinhua",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Dushanbe"
    evs = events_of(
        "External Affairs Minister Dr. S. Jaishankar today called on His Majesty King Abdullah II of Jordan in Amman.",
        published="2024-02-14",
        publisher=INDIA,
    )
    assert len(evs) == 1 and {p.title for p in evs[0].participants} == {"External Affairs Minister", "King"}


def test_a_sheikh_is_no_office_another_sheikh_already_holds() -> None:
    """In Kuwait's news the Amir, a minister and a governor are all sheikhs: the style does not make a later
    sheikh the other side's."""
    actors = layers(
        make_doc(
            "His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received the credentials of the new "
            "Ambassador of Belgium, Peter Claes. Meanwhile, His Highness the Amir received His Highness Sheikh Nasser "
            "Mohammad Al-Ahmad Al-Sabah.",
            published="2017-10-02",
            publisher="Kuwait Times (KUNA)",
        )
    )[1]
    nasser = next(p for p in actors.people if p.name and "Nasser" in p.name)
    assert nasser.country == "KWT"


def test_counterparts_from_listed_states_named_in_the_same_order() -> None:
    """ "talks with his counterparts from Ukraine and Moldova, Dmytro Kuleba and Nicu Popescu": each name is the
    state's in its place in the list."""
    evs = events_of(
        "Minister Zbigniew Rau met NATO Secretary General Jens Stoltenberg in Brussels on Wednesday. Minister Rau "
        "also held talks with his counterparts from Ukraine and Moldova, Olena Bondar and Nicu Popescu.",
        published="2022-04-06",
        publisher="Ministry of Foreign Affairs of Poland",
    )
    assert [people_of(e) for e in evs][1:] == [
        {"Zbigniew Rau": "POL", "Olena Bondar": "UKR"},
        {"Zbigniew Rau": "POL", "Nicu Popescu": "MDA"},
    ]


def test_taking_part_in_a_summit_with_leaders_listed_is_a_meeting_of_all() -> None:
    """ "participated in the Quad Leaders' Summit in Tokyo today with President X of A, Prime Minister Y of B and
    Prime Minister Z of C": one meeting of every party listed."""
    evs = events_of(
        "Prime Minister Narendra Modi participated in the Quad Leaders' Summit in Tokyo today with President Joe "
        "Biden of the United States, Prime Minister Fumio Kishida of Japan and Prime Minister Anthony Albanese of "
        "Australia.",
        published="2022-05-24",
        publisher=INDIA,
    )
    assert len(evs) == 1 and parties(evs[0]) == {"IND", "USA", "JPN", "AUS"}
    assert evs[0].location is not None and evs[0].location.name == "Tokyo"


def test_a_dateline_with_the_state_in_square_brackets_places_the_meeting() -> None:
    """ "New Delhi [India], October 23 : ... met DG Rafael Grossi ... External Affairs Minister also met him":
    the dateline's city for the meeting told without a place."""
    evs = events_of(
        "New Delhi [India], October 23 : Secretary (East) Saurabh Kumar met the International Atomic Energy Agency "
        "Director General Rafael Grossi on Monday.\nExternal Affairs Minister S Jaishankar also met Director "
        "General Rafael Grossi in India on Monday.",
        published="2023-10-23",
        publisher="Lokmat Times (ANI)",
    )
    assert [e.location.name if e.location else None for e in evs] == ["New Delhi", "New Delhi"]


def test_a_national_agencys_foreign_ministry_or_its_datelines() -> None:
    """ "talks at the foreign ministry between its secretary-general X and North Macedonia's state secretary Y" in
    an Italian agency's story: Rome; with a "MOSCOW (Xinhua) --" dateline: Moscow."""
    text = (
        "Bilateral ties were the focus of talks at the foreign ministry on Friday between its secretary-general "
        "Riccardo Guariglia and North Macedonia's state secretary Filip Tosevski."
    )
    evs = events_of(text, published="2023-05-12", publisher="Adnkronos (AKI)")
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Rome"
    evs = events_of("MOSCOW, May 12 (Xinhua) -- " + text, published="2023-05-12", publisher="Xinhua")
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Moscow"


def test_talks_described_in_reported_speech_and_a_city_before_talks() -> None:
    """ "Xi said that Wang Yi and Qin Gang described their talks with Secretary Blinken as candid": talks referred
    to, not told; "interrupted his Moscow talks with Russian Prime Minister Putin": the talks were in Moscow."""
    evs = events_of(
        "BEIJING, June 19 (Xinhua) -- Chinese President Xi Jinping met with U.S. Secretary of State Antony Blinken "
        "at the Great Hall of the People on Monday. Xi said that Wang Yi and Chinese State Councilor and Foreign "
        "Minister Qin Gang described their talks with Secretary Blinken as candid and in-depth.",
        published="2023-06-19",
        publisher="People's Daily Online (Xinhua)",
    )
    assert [sorted(people_of(e)) for e in evs] == [["Antony Blinken", "Xi Jinping"]]
    evs = events_of(
        "Czech Prime Minister Mirek Topolanek briefly interrupted his Moscow talks with Russian Prime Minister "
        "Vladimir Putin and spoke on the phone with US President George W. Bush.",
        published="2009-01-10",
        publisher="Government of the Czech Republic",
    )
    meeting = next(e for e in evs if e.kind == "meeting")
    assert meeting.location is not None and meeting.location.name == "Moscow"


def test_a_regional_portfolio_a_body_named_for_a_venue_and_a_span_of_days() -> None:
    """ "U.S. Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink, and Laura
    Rosenberger, senior director of the White House National Security Council, in the city of Langfang ... from Dec.
    11 to 12": one office and its holder, a body that is no venue, the city of the talks, no single day."""
    evs = events_of(
        "BEIJING, Dec. 12 (Xinhua) -- Chinese Vice Foreign Minister Xie Feng held talks with U.S. Assistant Secretary "
        "of State for East Asian and Pacific Affairs Daniel Kritenbrink, and Laura Rosenberger, senior director for "
        "China affairs of the White House National Security Council, in the city of Langfang near Beijing from Dec. "
        "11 to 12, the Chinese Foreign Ministry said on Monday.",
        published="2022-12-12",
        publisher="Xinhua",
    )
    assert len(evs) == 1
    assert people_of(evs[0])["Daniel Kritenbrink"] == "USA" and "Laura Rosenberger" in people_of(evs[0])
    assert evs[0].location is not None and evs[0].location.name == "Langfang"
    assert evs[0].date is None


def test_a_designate_a_short_given_name_and_aides_in_an_aside() -> None:
    """ "Foreign Minister-Designate X"; "Joe Biden" and "Joseph R. Biden, Jr." in one story are one person; "(...
    officials also in attendance included ...)" lists aides, not a second meeting."""
    evs = events_of(
        "Secretary of State Antony J. Blinken met with Colombian Vice President and Foreign Minister-Designate Marta "
        "Lucia Ramirez today at the Department of State.",
        published="2021-05-27",
        publisher=STATE,
    )
    assert len(evs) == 1 and "Marta Lucia Ramirez" in people_of(evs[0])
    evs = events_of(
        "WASHINGTON (Sputnik) - President Joe Biden spoke to new UK Prime Minister Rishi Sunak in their first call. "
        '"President Joseph R. Biden, Jr. spoke today with Prime Minister Rishi Sunak of the United Kingdom," the '
        "release said.",
        published="2022-10-26",
        publisher="UrduPoint (Sputnik)",
    )
    assert len(evs) == 1 and len(evs[0].participants) == 2
    evs = events_of(
        "Minister for Foreign Affairs Koichiro Gemba held the Japan-China Foreign Ministers' Meeting with Dr. Yang "
        "Jiechi, Minister of Foreign Affairs of the People's Republic of China, in Ningbo, China on April 7 (Japanese "
        "officials also in attendance included Ambassador to China Uichiro Niwa, and among other Chinese officials "
        "present was Mr. Luo Zhaohui, Director-General, Department of Asian Affairs).",
        published="2012-04-23",
        publisher=JAPAN,
    )
    assert [sorted(people_of(e)) for e in evs] == [["Koichiro Gemba", "Yang Jiechi"]]


def test_things_received_and_a_press_conference_by_video_are_no_interactions() -> None:
    """ "the condolences that Japan received from China"; "Viet said during the ministry's regular press
    conference via videoconference": neither is a meeting nor a video call."""
    evs = events_of(
        "On August 2, Mr. Taro Kono, Minister for Foreign Affairs, held a Japan-China Foreign Ministers' Meeting with "
        "Mr. Wang Yi, State Councilor and Foreign Minister of China. Minister Kono expressed gratitude for the "
        "condolences that Japan received from China, and hoped to build on the visit to Japan by Mr. Li Keqiang, "
        "Premier of the State Council of China, in May.",
        published="2018-08-02",
        publisher=JAPAN,
    )
    assert [sorted(parties(e)) for e in evs] == [["CHN", "JPN"]] and "Li Keqiang" not in people_of(evs[0])
    evs = events_of(
        "During the visit, Wang is scheduled to hold talks with Foreign Minister Bui Thanh Son, spokesperson Doan "
        "Khac Viet said during the ministry's regular press conference via videoconference on September 9.",
        published="2021-09-09",
        publisher="Vietnam News Agency",
    )
    assert evs == []


def test_a_family_name_of_two_letters_and_bilateral_meetings_within_a_group_meeting() -> None:
    """ "foreign ministers of China, the United States, Russia, Britain, France and Germany held a meeting ... Li
    Zhaoxing attended the meeting. During the meeting, Li met with X and Y respectively": one group meeting with Li
    for China, and one meeting with each of X and Y."""
    evs = events_of(
        "On May 8, 2006, foreign ministers of China, the United States, Russia, Britain, France and Germany held a "
        "meeting in New York. Foreign Minister Li Zhaoxing attended the meeting.\n\nDuring the meeting, Li met with "
        "Russian Foreign Minister Sergei Lavrov and US Secretary of State Condoleezza Rice respectively.",
        published="2006-05-08",
        publisher=CHINA,
    )
    assert [sorted(parties(e)) for e in evs] == [
        ["CHN", "DEU", "FRA", "GBR", "RUS", "USA"],
        ["CHN", "RUS"],
        ["CHN", "USA"],
    ]
    assert [p.name for p in evs[0].participants if p.country == "CHN"] == ["Li Zhaoxing"]
    assert all("Li Zhaoxing" in people_of(e) for e in evs[1:])


def test_older_spellings_of_central_asian_demonyms_and_a_name_after_a_district() -> None:
    """ "met respectively with Uzbek Foreign Minister X, Kyrghyz Foreign Minister Y and Kazak Foreign Minister Z";
    "Plenipotentiary Representative of the President of the Russian Far East Federal District Yury Trutnev"."""
    evs = events_of(
        "On May 15, 2006, Foreign Minister Li Zhaoxing met respectively with Uzbek Foreign Minister Eler Ganiyev, "
        "Kyrghyz Foreign Minister Alikbek Jekshenkulov and Kazak Foreign Minister Kasymzhomart Tokayev in Shanghai.",
        published="2006-05-15",
        publisher=CHINA,
    )
    assert [sorted(parties(e)) for e in evs] == [["CHN", "UZB"], ["CHN", "KGZ"], ["CHN", "KAZ"]]
    actors = layers(
        make_doc(
            "Foreign Secretary Vijay Gokhale visited Moscow. He called on Deputy Prime Minister and Plenipotentiary "
            "Representative of the President of the Russian Far East Federal District Yury Trutnev.",
            published="2019-03-01",
            publisher=INDIA,
        )
    )[1]
    assert sorted(p.name for p in actors.people if p.name) == ["Vijay Gokhale", "Yury Trutnev"]


def test_a_releases_own_date_line_dates_its_today_and_those_present_are_no_new_meeting() -> None:
    """A reposted State Department release: "Readout\\nMarch 5, 2024\\n... met ... today" is March 5 though the
    page is of March 6; "Also present in the meeting were ..." lists aides of the meeting told."""
    evs = events_of(
        "Deputy Secretary Campbell's Meeting with Papua New Guinea Deputy Prime Minister Rosso\n\nReadout\n\nMarch 5, "
        "2024\n\nDeputy Secretary of State Kurt Campbell met with Papua New Guinea Deputy Prime Minister John Rosso "
        "today.",
        published="2024-03-06",
        publisher="U.S. Department of State (via AGENPARL)",
    )
    assert len(evs) == 1 and evs[0].date == "2024-03-05"
    evs = events_of(
        "Deputy Prime Minister Biman Prasad met with the United States Coordinator for the Indo-Pacific Kurt "
        "Campbell.\n\nAlso present in the meeting were the US Ambassador to Fiji, Marie Damour, and Fiji's Acting "
        "Permanent Representative to the United Nations, Ambassador Filipo Tarakinikini.",
        published="2023-03-23",
        publisher="Fijilive",
    )
    assert len(evs) == 1


def test_a_spokespersons_briefing_previewing_a_visit_is_no_readout_and_the_cook_islands_are_a_state() -> None:
    """ "Briefing by Foreign Ministry Spokesperson X" opening a page that previews a visit ("will pay a working
    visit ... The visit programme includes consultations with ..."): no readout. "the Prime Minister of Cook
    Islands" is an office of a state, not a person named Cook Islands."""
    text = (
        "Briefing by Foreign Ministry Spokesperson Maria Zakharova, September 10, 2015\n\nMongolian Foreign Minister "
        "Lundegiyn Purevsuren will pay a working visit to Russia on September 10-12. The visit programme includes "
        "Mr Purevsuren's consultations with Minister of Agriculture Alexander Tkachyov."
    )
    record = code_document(make_doc(text, published="2015-09-10", publisher=RUSSIA))
    assert not record.is_readout and record.events == []
    evs = events_of(
        "The meeting of Forum Foreign Ministers was chaired by the Honourable Fiame Naomi Mata'afa, Deputy Prime "
        "Minister of Samoa, and was attended by the Prime Minister of Cook Islands and the Prime Minister of Tuvalu.",
        published="2017-08-11",
        publisher="Pacific Islands Forum Secretariat",
    )
    assert evs and {"COK", "TUV", "WSM"} <= parties(evs[0])
    assert "Cook Islands" not in people_of(evs[0])


def test_a_month_as_a_family_name_and_a_possessive_after_the_cue() -> None:
    """ "Prime Minister Theresa May spoke with ..." (May is her name; "Secretary John Kerry May 5" is a date);
    "spoke to X to discuss President Trump's recent decision": Trump's decision, not Trump's call."""
    evs = events_of(
        "Prime Minister Theresa May spoke with US President Donald Trump today.", published="2018-06-04", publisher=NO10
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Theresa May": "GBR", "Donald Trump": "USA"}
    evs = events_of("Secretary John Kerry May 5 met Foreign Minister Wang Yi in Beijing.", publisher=STATE)
    assert len(evs) == 1 and "John Kerry" in people_of(evs[0])
    evs = events_of(
        "Secretary of State Michael R. Pompeo spoke today to Turkish Foreign Minister Mevlut Cavusoglu to discuss "
        "President Trump's recent decision to take defensive action.",
        published="2020-01-04",
        publisher=STATE,
    )
    assert len(evs) == 1 and sorted(people_of(evs[0])) == ["Mevlut Cavusoglu", "Michael R. Pompeo"]


def test_an_ambassador_summoned_and_a_press_release_on_a_meeting_is_a_readout() -> None:
    """Russia's "Press release on Deputy Foreign Minister X's meeting with US Ambassador Y" is a readout (a press
    release on an upcoming visit is not), and "was summoned to the Foreign Ministry" is a meeting."""
    title = "Press release on Deputy Foreign Minister Sergey Ryabkov's meeting with US Ambassador to Russia John Tefft"
    record = code_document(
        make_doc(
            f"{title}\n\nOn July 28, the United States Ambassador to Russia John Tefft was summoned to the Russian "
            "Foreign Ministry, where he was handed the Foreign Ministry's statement.",
            title=title,
            published="2017-07-28",
            publisher=RUSSIA,
        )
    )
    assert record.is_readout and [sorted(parties(e)) for e in record.events] == [["RUS", "USA"]]
    title = "Press release on the upcoming visit of Foreign Minister Sergey Lavrov to Serbia"
    record = code_document(
        make_doc(f"{title}\n\nSergey Lavrov will hold talks with Ivica Dacic.", title=title, publisher=RUSSIA)
    )
    assert not record.is_readout


def test_news_headlines_that_schedule_talks_or_report_a_speech_are_no_readouts() -> None:
    """ "Rubio Sets First High-Level Talks as Secretary of State", "President Ruto tells AU Summit ...": a preview and
    a speech, whatever meetings the story mentions."""
    for title, body in (
        (
            "Rubio Sets First High-Level Talks as Secretary of State",
            "Secretary of State Marco Rubio is scheduled to meet his Japanese counterpart on Tuesday. Rubio's separate "
            "meetings with Foreign Minister Takeshi Iwaya and Foreign Minister Penny Wong on Tuesday reflect a busy "
            "first week.",
        ),
        (
            "Africa must speak with one voice – President Ruto tells AU Summit",
            "President William Ruto addressed the summit, which was also attended by President Cyril Ramaphosa.",
        ),
    ):
        record = code_document(make_doc(f"{title}\n\n{body}", title=title, published="2025-01-28", publisher="VOA"))
        assert not record.is_readout, title


def test_the_hosts_own_suite_or_state_house_is_in_the_publishers_capital() -> None:
    """ "officially met with Resident Heads of Mission ... at his official suite at Sir Manasupe House" in the Prime
    Minister's own release: the publishing state's capital."""
    evs = events_of(
        "Prime Minister Hon. James Marape, MP, officially met with the High Commissioner of Australia, Jon Philp, on "
        "Tuesday 11 June at his official suite at Sir Manasupe House.",
        published="2019-06-12",
        publisher="Office of the Prime Minister of Papua New Guinea",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Port Moresby"


def test_an_embassys_release_its_ambassador_calls_on_the_host_states_officials() -> None:
    """ "Embassy of China in the Netherlands": "Ambassador X paid a courtesy call on Speaker of the House of
    Representatives Y" - X is China's, Y the Netherlands'; a consulate's "Mayor of Los Angeles Z" is the host's, and
    "at the Ministry of Finance" is in the host's capital."""
    evs = events_of(
        "On May 20, Ambassador Xu Hong paid a courtesy call on Speaker of the House of Representatives Khadija Arib.",
        published="2019-05-21",
        publisher="Embassy of the People's Republic of China in the Netherlands",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Xu Hong": "CHN", "Khadija Arib": "NLD"}
    evs = events_of(
        "On April 10, Consul General Zhang Ping met with Mayor of Los Angeles Eric Garcetti at City Hall.",
        published="2018-04-12",
        publisher="Consulate General of the People's Republic of China in Los Angeles",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Zhang Ping": "CHN", "Eric Garcetti": "USA"}
    evs = events_of(
        "On March 6, Ambassador Tong Defa met with Minister of Finance Ken Ofori-Atta at the Ministry of Finance.",
        published="2023-03-07",
        publisher="Embassy of the People's Republic of China in Ghana",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Tong Defa": "CHN", "Ken Ofori-Atta": "GHA"}
    assert evs[0].location is not None and evs[0].location.name == "Accra"


def test_a_meeting_during_a_two_day_visit_told_without_its_day_has_none() -> None:
    """ "concluded a two day working visit to South Africa today. The Chairperson was received by President X": the
    release's date is the visit's last day, not the meeting's."""
    evs = events_of(
        "The Chairperson of the African Union Commission, Moussa Faki Mahamat, concluded a two day working visit to "
        "the Republic of South Africa today.\n\nThe Chairperson was received by President Cyril Ramaphosa, where the "
        "two leaders held extensive consultations.",
        published="2020-12-02",
        publisher="African Union Commission",
    )
    assert len(evs) == 1 and evs[0].date is None


def test_the_head_of_a_foreign_delegation_is_its_states() -> None:
    """ "met with a delegation of Kazakhstan's Nur Otan Party headed by its First Deputy Chairman X": X is
    Kazakhstan's, though China's readouts call their own people chairmen too."""
    evs = events_of(
        "On December 4, Vice Foreign Minister Cheng Guoping met in Beijing with a delegation of Kazakhstan's Nur Otan "
        "Party headed by its First Deputy Chairman Nurlan Nigmatulin.",
        published="2012-12-05",
        publisher=CHINA,
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Cheng Guoping": "CHN", "Nurlan Nigmatulin": "KAZ"}


def test_a_visit_told_first_without_its_host_then_in_the_capital_is_hosted_there() -> None:
    """ "The Turkish foreign minister met politicians during his visit to North Macedonia. ... in Skopje, Fidan met
    with North Macedonia's Prime Minister X": one meeting, in Skopje, hosted by North Macedonia."""
    evs = events_of(
        "The Turkish foreign minister on Thursday met with politicians during his visit to North Macedonia.\n\nAlso "
        "during this visit to Skopje, Foreign Minister Hakan Fidan met with North Macedonia's Prime Minister "
        "Hristijan Mickoski.",
        published="2024-09-06",
        publisher="A News (Turkiye)",
    )
    mickoski = [e for e in evs if "Hristijan Mickoski" in people_of(e)]
    assert len(mickoski) == 1 and mickoski[0].mode == "host"
    assert mickoski[0].location is not None and mickoski[0].location.name == "Skopje"


def test_a_lead_naming_both_states_places_the_meeting_told_after_it() -> None:
    """ "The governments of Afghanistan and Pakistan agreed Wednesday in Kabul on ..., said a joint communique. The
    communique was released at the end of a meeting between Afghan Foreign Minister X and his visiting Pakistani
    counterpart Y": Kabul; a lead about other states places nothing."""
    meeting = (
        "The joint communique was released at the end of a meeting between Afghan Foreign Minister Zalmai Rassoul "
        "and his visiting Pakistani counterpart Hina Rabbani Khar."
    )
    evs = events_of(
        "The governments of Afghanistan and Pakistan agreed Wednesday in Kabul on enhanced engagement, said a joint "
        "communique.\n" + meeting,
        published="2012-02-02",
        publisher="China.org.cn (Xinhua)",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Kabul"
    assert evs[0].date == "2012-02-01"  # the lead's Wednesday
    evs = events_of(
        "The governments of India and Iran agreed Wednesday in Tehran on a port deal.\n" + meeting,
        published="2012-02-02",
        publisher="China.org.cn (Xinhua)",
    )
    assert len(evs) == 1 and evs[0].location is None


def test_a_dateline_city_shared_with_a_small_namesake_in_a_participants_state_is_the_large_city() -> None:
    """ "GENEVA, June 16 (Reuters) - U.S. President X and Russian President Y met ...": Geneva in Switzerland, not
    the Illinois town of that name in one party's state; a capital a party shares its name with still wins."""
    evs = events_of(
        "GENEVA, June 16 (Reuters) - U.S. President Joe Biden and Russian President Vladimir Putin met for three "
        "hours in a lakeside villa on Wednesday.",
        published="2021-06-16",
        publisher="Reuters",
    )
    assert len(evs) == 1 and evs[0].location is not None
    assert (evs[0].location.name, evs[0].location.country, evs[0].mode) == ("Geneva", "CHE", "third_location")


def test_an_agency_dateline_with_its_name_after_the_date_places_a_meeting_held_here() -> None:
    """ "Riyadh, February 20, 2020, SPA -- ... received here today ...": the dateline's city."""
    evs = events_of(
        "Riyadh, February 20, 2020, SPA -- Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud "
        "received here today the visiting Prime Minister of Iraq, Adil Abdul-Mahdi.",
        published="2020-02-20",
        publisher="Saudi Press Agency",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Riyadh"
    assert evs[0].date == "2020-02-20"


def test_a_verb_after_a_names_comma_ties_no_state_to_the_name() -> None:
    """ "The Prime Minister, Afioga X Y, received a courtesy call from the High Commissioner of New Zealand": the
    Prime Minister is not New Zealand's; her style is no part of her name; an okina is a letter of it."""
    evs = events_of(
        "APIA, 11 MARCH - The Prime Minister, Afioga Fiamē Naomi Mataʻafa, received a courtesy call from the High "
        "Commissioner of New Zealand to Samoa, Anne Ritchie, at her office on Monday.",
        published="2024-03-12",
        publisher="Samoa Observer",
    )
    assert len(evs) == 1
    people = people_of(evs[0])
    assert people.get("Fiamē Naomi Mataʻafa") == "WSM" and people.get("Anne Ritchie") == "NZL"


def test_given_names_before_a_middle_initial_belong_to_the_name() -> None:
    """ "his Icelandic counterpart Thordis Kolbrun R. Gylfadottir": the whole name, where the model finds only
    "R. Gylfadottir"."""
    evs = events_of(
        "TALLINN - Estonian Foreign Minister Kaarel Tamm on Thursday hosted his Icelandic counterpart Thordis Kolbrun "
        "R. Gylfadottir in Tallinn. The ministers discussed Nordic-Baltic cooperation.",
        published="2023-09-29",
        publisher="The Baltic Times",
    )
    assert len(evs) == 1
    assert people_of(evs[0]).get("Thordis Kolbrun R. Gylfadottir") == "ISL"


def test_a_visit_told_as_being_in_a_state_places_the_meetings_after_it_there() -> None:
    """ "X, who is in Fiji for an official visit, ... had bilateral meetings with Fiji's Prime Minister": Fiji; a
    people's plural ("we speak for Solomon Islanders") is no person."""
    evs = events_of(
        "Prime Minister Tuala Iosefo Ponifasio, who is in Fiji for an official visit, has had a fruitful couple of "
        "days.\n\nWelcomed by Fiji's Prime Minister, Sitiveni Rabuka, he has had bilateral meetings with him.\n\n"
        '"We speak for Samoans, Tongans and Solomon Islanders," said Mr. Rabuka.',
        published="2024-08-29",
        publisher="Samoa Observer",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.country == "FJI"
    assert not any(p.name and "Islanders" in p.name for e in evs for p in e.participants)


def test_envoys_listed_with_their_states_in_brackets_each_have_the_state_after_their_name() -> None:
    """ "High Commissioners A (Australia) and B (Canada), and Ambassadors C (Brazil) ...": a bracket after a name is
    that person's state, not the next one's; a plural office before a name is no part of it."""
    evs = events_of(
        "President William Ruto today received credentials from five new envoys at State House, Nairobi. They are "
        "High Commissioners Jane Doe (Australia) and John Roe (Canada), and Ambassadors Ana Silva (Brazil), Kenji "
        "Sato (Japan) and Olga Petrova (Russia).",
        published="2023-05-08",
        publisher="Kenya Presidency",
    )
    envoys = {n: c for e in evs for n, c in people_of(e).items() if n != "William Ruto"}
    assert envoys == {
        "Jane Doe": "AUS",
        "John Roe": "CAN",
        "Ana Silva": "BRA",
        "Kenji Sato": "JPN",
        "Olga Petrova": "RUS",
    }
    assert len(evs) == 5


def test_a_co_chair_of_a_joint_body_is_neither_sides_official() -> None:
    """ "the delegation led by Co-Chair of the EU-Armenia Parliamentary Partnership Committee X": the office is
    a body's no table holds; it names two sides, so it ties X to neither (and X is not the publisher's)."""
    evs = events_of(
        "On December 15, Foreign Minister of Armenia Ararat Mirzoyan received the delegation led by Co-Chair of the "
        "EU-Armenia Parliamentary Partnership Committee Maria Lind.",
        published="2022-12-15",
        publisher="Ministry of Foreign Affairs of Armenia",
    )
    assert len(evs) == 1
    lind = next(p for p in evs[0].participants if p.name == "Maria Lind")
    assert lind.country is None and lind.title == "Co-Chair of the EU-Armenia Parliamentary Partnership Committee"


def test_an_office_written_as_its_initials_is_the_holder_named_before() -> None:
    """ "External Affairs Minister X met ... EAM also called on Vice President Y": X called on Y."""
    evs = events_of(
        "External Affairs Minister Dr. S. Jaishankar met with Foreign Minister of China H.E. Mr. Wang Yi in Beijing "
        "on 12 August 2019. EAM also called on Vice President Wang Qishan.",
        published="2019-08-13",
        publisher="Ministry of External Affairs of India",
    )
    assert len(evs) == 2
    assert all("S. Jaishankar" in people_of(e) for e in evs)


def test_an_organisations_foreign_ministers_are_its_member_states() -> None:
    """ "ASEAN foreign ministers met", "the foreign ministers of the ASEAN member states", "of ASEAN": one unnamed
    minister of each member state, the one named among them by name."""
    for text in (
        "ASEAN foreign ministers met in Jakarta on Thursday to discuss Myanmar.",
        "The foreign ministers of the ASEAN member states met in Jakarta on Thursday.",
        "The foreign ministers of ASEAN met in Jakarta on Thursday, with Indonesian Foreign Minister Retno Marsudi "
        "calling for unity.",
    ):
        evs = events_of(text, published="2023-07-14", publisher="The Jakarta Post")
        assert len(evs) == 1, text
        assert parties(evs[0]) == {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}, text
    assert people_of(evs[0]).get("Retno Marsudi") == "IDN"
    evs = events_of(
        "Wang Yi met with Australian Foreign Minister Penny Wong in Jakarta on the sidelines of the ASEAN foreign "
        "ministers' meetings.",
        published="2023-07-13",
        publisher="China MFA",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"CHN", "AUS"}  # an occasion's name, not who met


def test_an_unnamed_counterpart_is_the_one_minister_of_that_state_named_later() -> None:
    """ "a phone call with his Sudanese counterpart ... X and Sudanese Foreign Minister Y discussed": Y; a
    president of that state named later is not the foreign minister's counterpart."""
    evs = events_of(
        "ANKARA - Turkish Foreign Minister Mevlut Cavusoglu held a phone call with his Sudanese counterpart on "
        "Wednesday. Cavusoglu and Sudanese Foreign Minister Ali al-Sadiq discussed the latest developments.",
        published="2023-04-12",
        publisher="Anadolu Agency",
    )
    assert len(evs) == 1 and people_of(evs[0]).get("Ali al-Sadiq") == "SDN"
    evs = events_of(
        "ANKARA - Turkish Foreign Minister Mevlut Cavusoglu held a phone call with his Sudanese counterpart on "
        "Wednesday. They discussed the situation after Sudanese President Omar Hassan said he would resign.",
        published="2023-04-12",
        publisher="Anadolu Agency",
    )
    assert len(evs) == 1 and "Omar Hassan" not in people_of(evs[0])


def test_an_alliances_ministers_are_its_members_on_the_meetings_date() -> None:
    """ "NATO foreign ministers met in Brussels": every member on that date (Finland from April 2023, Sweden from
    March 2024); "on the sidelines of the meeting of NATO foreign ministers" and "X said EU leaders discussed it at
    their meeting" name an occasion and others' meeting, not who met."""
    text = "BRUSSELS, April 5 (Reuters) - NATO foreign ministers met in Brussels on Wednesday to discuss Ukraine."
    evs = events_of(text, published="2023-04-05", publisher="Reuters")
    assert len(evs) == 1 and len(parties(evs[0])) == 31 and "FIN" in parties(evs[0]) and "SWE" not in parties(evs[0])
    evs = events_of(text.replace("April 5", "April 6"), published="2022-04-06", publisher="Reuters")
    assert len(evs) == 1 and len(parties(evs[0])) == 30 and "FIN" not in parties(evs[0])
    evs = events_of(
        "Dmytro Kuleba met with Secretary of State Antony Blinken on the sidelines of the meeting of NATO foreign "
        "ministers in Brussels.",
        published="2023-04-05",
        publisher="Ministry of Foreign Affairs of Ukraine",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"UKR", "USA"}
    evs = events_of(
        "President Zelensky held a phone call with Prime Minister Mark Rutte. Rutte said EU leaders discussed the "
        "issue at their meeting in Brussels.",
        published="2023-07-03",
        publisher="Ukrinform",
    )
    assert all(len(parties(e)) == 2 for e in evs)


def test_visitors_of_one_state_met_together_by_their_host_and_a_seat_of_governments_body() -> None:
    """ "Chinese vice FM holds talks with visiting U.S. officials / ... Vice Foreign Minister X held talks with U.S.
    Assistant Secretary A, and B, senior director for China affairs of the White House National Security Council, in
    Langfang": one meeting; "vice FM" is X; B is American (the White House's body), not Chinese (a portfolio)."""
    evs = events_of(
        "BEIJING, Dec. 12 (Xinhua) -- Chinese Vice Foreign Minister Li Ming held talks with U.S. Assistant Secretary "
        "of State for East Asian and Pacific Affairs John Carter, and Emma Hill, senior director for China affairs "
        "of the White House National Security Council, in the city of Langfang near Beijing on Sunday.",
        title="Chinese vice FM holds talks with visiting U.S. officials",
        published="2022-12-12",
        publisher="Xinhua",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Li Ming": "CHN", "John Carter": "USA", "Emma Hill": "USA"}


def test_an_embassy_reposting_its_ministrys_summons_of_an_envoy_to_its_own_state() -> None:
    """The Russian Embassy in the USA reposts "Press release on Deputy Foreign Minister X's meeting with US Ambassador
    to Russia Y": the meeting is in Russia, so the unqualified Deputy Foreign Minister is Russia's, not the host's."""
    evs = events_of(
        "July 28, 2017\n\nOn July 28, the United States Ambassador to Russia John Tefft was summoned to the Russian "
        "Foreign Ministry, where he was handed a statement concerning US diplomatic missions.",
        title="Press release on Deputy Foreign Minister Sergey Ryabkov's meeting with US Ambassador to Russia "
        "John Tefft",
        published="2017-07-28",
        publisher="Embassy of the Russian Federation in the USA",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"John Tefft": "USA", "Sergey Ryabkov": "RUS"}


def test_abbreviated_muhammad_and_his_excellency_without_stops_in_names() -> None:
    """ "State Minister for Foreign Affairs Md. Rahim Uddin received ...": "Md." opens the name and no sentence; the
    ministry's own office whether written "for" or "of" Foreign Affairs. "HE Sheikh X" in a Gulf agency's copy:
    "HE" is no part of the name."""
    evs = events_of(
        "State Minister for Foreign Affairs Md. Rahim Uddin received the outgoing Ambassador of Japan Sato Kenji at "
        "his office today.",
        published="2023-06-01",
        publisher="Ministry of Foreign Affairs of Bangladesh",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Md. Rahim Uddin": "BGD", "Sato Kenji": "JPN"}
    evs = events_of(
        "Doha: Deputy Prime Minister and Minister of Foreign Affairs HE Sheikh Khalid bin Ali Al-Thani held a "
        "telephone conversation today with HE Minister of Foreign Affairs of the Republic of Turkey Ali Demir.",
        published="2022-01-18",
        publisher="Qatar News Agency",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Sheikh Khalid bin Ali Al-Thani": "QAT", "Ali Demir": "TUR"}


def test_a_call_received_from_a_leader_is_a_call() -> None:
    """ "Prime Minister X received a call from President of Ukraine H.E. Y today": a call (not a reception)."""
    evs = events_of(
        "Prime Minister Narendra Modi received a call from President of Ukraine H.E. Volodymyr Zelenskyy today. "
        "The two leaders discussed the ongoing conflict.",
        published="2022-12-01",
        publisher="Ministry of External Affairs of India",
    )
    assert len(evs) == 1 and evs[0].kind == "call" and parties(evs[0]) == {"IND", "UKR"}


def test_talks_told_as_theirs_after_a_lead_naming_both_leaders() -> None:
    """ "WASHINGTON - X and U.S. President Y agreed Wednesday to ... At a press conference following their talks at the
    White House, Y said ...": one meeting of both, on the lead's day, at the White House."""
    evs = events_of(
        "WASHINGTON - Prime Minister Fumio Kishida and U.S. President Joe Biden agreed Wednesday to upgrade military "
        "command ties.\n\nAt a press conference following their talks at the White House, Biden said the alliance "
        "has never been stronger.",
        published="2024-04-11",
        publisher="Kyodo News",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"JPN", "USA"} and evs[0].date == "2024-04-10"


def test_envoys_who_presented_credentials_are_from_a_list_of_states() -> None:
    """ "The ambassadors who presented credentials are from the United States of America (USA), Canada, Luxemburg
    and Lesotho": one audience each, a state's short name in brackets and an older spelling included."""
    evs = events_of(
        "President Sahle-Work Zewde has received credentials of four newly appointed ambassadors to Ethiopia in a "
        "ceremony held at the National Palace today.\n\nThe ambassadors who presented credentials are from the "
        "United States of America (USA), Canada, Luxemburg and Lesotho.",
        published="2019-01-10",
        publisher="Ethiopian News Agency",
    )
    assert sorted(next(iter(parties(e) - {"ETH"})) for e in evs) == ["CAN", "LSO", "LUX", "USA"]


def test_a_caption_over_a_subheading_and_a_connective_before_an_office_are_no_names() -> None:
    """A photo caption "Foreign Minister X shaking hands with Secretary of State Y" over the line "Japan-US Foreign
    Ministers' Meeting": Y's name ends with the caption; "Moreover, Minister X expressed ...": no person "Moreover"."""
    evs = events_of(
        "October 28, 2025\nForeign Minister Motegi shaking hands with Secretary of State Rubio\nJapan-US Foreign "
        "Ministers' Meeting\n\nOn October 28, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a "
        "Foreign Ministers' Meeting with the Honorable Marco Rubio, Secretary of State of the United States of "
        "America. Moreover, Minister MOTEGI expressed his appreciation to Secretary Rubio.",
        title="Japan-U.S. Foreign Ministers' Meeting",
        published="2025-10-28",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Motegi Toshimitsu": "JPN", "Marco Rubio": "USA"}


def test_an_archives_citation_line_ending_in_its_address_is_furniture() -> None:
    """ "Barack Obama, Readout of the President's Video Conference with Prime Minister Cameron Online by Gerhard Peters
    and John T. Woolley, The American Presidency Project https://...": no participants from the credit line."""
    evs = events_of(
        "The President and British Prime Minister David Cameron spoke today by video conference.\n\nBarack Obama, "
        "Readout of the President's Video Conference with Prime Minister Cameron Online by Gerhard Peters and John "
        "T. Woolley, The American Presidency Project https://www.presidency.ucsb.edu/node/303195",
        publisher="The American Presidency Project (White House readout)",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"USA", "GBR"}
    assert {p.name for p in evs[0].participants} == {None, "David Cameron"}


def test_a_leaders_meeting_recalled_not_long_ago_is_no_event() -> None:
    """ "Not long ago, President Xi met with President Obama during the G20 Hangzhou Summit, which provided guidance
    ...": the consul's talking point, not a meeting of the readout."""
    evs = events_of(
        "On October 6, Consul General Hong Lei met with State Senate President Sandra Pappas in Saint Paul.\n\nConsul "
        "General Hong Lei said exchanges have made great progress. Not long ago, President Xi met with President "
        "Obama during the G20 Hangzhou Summit, which provided guidance for China-US relations.",
        published="2016-10-06",
        publisher="Consulate General of the PRC in Chicago",
    )
    assert len(evs) == 1 and "Obama" not in people_of(evs[0])


def test_counterparts_of_many_states_at_a_summit_are_met_one_by_one_and_the_diplomat_told_again() -> None:
    """ "The Turkish foreign minister met his counterparts from Azerbaijan, Nepal, Guatemala and Iraq during his visit
    to Serbia. X arrived in the Serbian capital Belgrade to attend a summit ... The Turkish diplomat also met the
    Speaker Y": one meeting per counterpart, in Belgrade; the diplomat is the minister."""
    evs = events_of(
        "The Turkish foreign minister met on Oct. 11 his counterparts from Azerbaijan, Nepal, Guatemala and Iraq "
        "during his visit to Serbia.\n\nMevlut Cavusoglu arrived in the Serbian capital Belgrade on Sunday to attend "
        "a 2-day summit of the Non-Aligned Movement.\n\nThe Turkish diplomat also met President of the National "
        "Assembly of Serbia Ivica Dacic.",
        title="Turkish FM meets counterparts from 4 countries at NAM summit",
        published="2021-10-12",
        publisher="Hurriyet Daily News",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [
        ["AZE", "TUR"], ["GTM", "TUR"], ["IRQ", "TUR"], ["NPL", "TUR"], ["SRB", "TUR"],
    ]  # fmt: skip
    assert all(e.location is not None and e.location.name == "Belgrade" for e in evs)


def test_two_officials_of_one_state_meeting_at_home_is_no_diplomatic_event() -> None:
    """ "Prime Minister X made a courtesy call on President Y at Bangabhaban": both Bangladesh's; no event."""
    evs = events_of(
        "Prime Minister Sheikh Hasina made a courtesy call on President Mohammed Shahabuddin at Bangabhaban on "
        "Saturday.\n\nThe Prime Minister informed the President about her recent visit.",
        published="2023-05-21",
        publisher="Bangladesh Sangbad Sangstha (BSS)",
    )
    assert evs == []


def test_a_ministrys_release_reposted_with_other_stories_under_it() -> None:
    """ "The Minister of Foreign Affairs Prof. G.L. Peiris had discussions with the Ambassador of China ... at the
    Ministry on 02 June": a meeting in the capital on that day; glued initials belong to the name; the news site's
    list of other stories after "Related" is no part of the text."""
    evs = events_of(
        "The Minister of Foreign Affairs Prof. G.L. Peiris had discussions with the Ambassador of China in Sri Lanka "
        "Qi Zhenhong at the Ministry on 02 June, 2022.\n\nDuring the meeting, Ambassador Qi briefed on the "
        "assistance provided to Sri Lanka and discussed matters pertaining to bilateral engagements.\n\nMinistry of "
        "Foreign Affairs\nColombo\n05 June, 2022\n\nShare post:\n\nRelated\n\nTrump Criticizes Allies Over Trade\n\n"
        "President Donald Trump met with President Emmanuel Macron in Paris on Tuesday...",
        title="Chinese Ambassador pays a courtesy call on the Minister of Foreign Affairs",
        published="2022-06-05",
        publisher="Lanka News Web (Sri Lanka Ministry of Foreign Affairs release)",
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"LKA", "CHN"} and evs[0].date == "2022-06-02"
    assert any(p.name and p.name.endswith("Peiris") for p in evs[0].participants)
    assert evs[0].location is not None and evs[0].location.name == "Colombo"


def test_an_army_chief_with_his_acronym_and_rank_hosts_a_farewell_dinner() -> None:
    """ "Earlier on September 18, Chief of Army Staff (COAS) General X had hosted a farewell dinner in honour of
    outgoing Chinese ambassador Y": a meeting of its own, its office a staff no table holds."""
    evs = events_of(
        "ISLAMABAD: Newly appointed Chinese Ambassador to Pakistan Nong Rong on Thursday called on Foreign Minister "
        "Shah Mehmood Qureshi at the Foreign Office in Islamabad.\n\nEarlier on September 18, Chief of Army Staff "
        "(COAS) General Qamar Javed Bajwa had hosted a farewell dinner in honour of outgoing Chinese ambassador Yao "
        "Jing at the General Headquarters in Rawalpindi.",
        published="2020-11-05",
        publisher="ARY News",
    )
    dinner = [e for e in evs if "Qamar Javed Bajwa" in people_of(e)]
    assert len(evs) == 2 and len(dinner) == 1 and dinner[0].date == "2020-09-18"
    assert parties(dinner[0]) == {"PAK", "CHN"}


def test_a_delegation_of_a_states_legislators_at_a_named_states_foreign_ministry() -> None:
    """ "Foreign Secretary X met with a delegation of U.S. senators and representatives this afternoon at the Mexican
    Foreign Ministry": the United States take part, unnamed; the meeting is in Mexico's capital."""
    evs = events_of(
        "Foreign Secretary Marcelo Ebrard met with a delegation of U.S. senators and representatives this afternoon "
        "at the Mexican Foreign Ministry to discuss border security.",
        publisher="Secretaria de Relaciones Exteriores",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"MEX", "USA"}
    assert evs[0].location is not None and evs[0].location.name == "Mexico City"


def test_co_chairs_listed_in_brackets_each_with_the_state_after_the_name() -> None:
    """ "The Co-Chairs of the OSCE Minsk Group (Igor Popov of the Russian Federation, Stephane Visconti of France, and
    Andrew Schofer of the United States of America) met with ...": each the state after the name, not the one before
    it; the bracket is no part of a name; "Chairperson-in-Office" is an office."""
    evs = events_of(
        "The Co-Chairs of the OSCE Minsk Group (Igor Popov of the Russian Federation, Stephane Visconti of France, "
        "and Andrew Schofer of the United States of America) met with Azerbaijani Foreign Minister Elmar "
        "Mammadyarov in New York. The Co-Chairs were joined by the Personal Representative of the OSCE "
        "Chairperson-in-Office, Andrzej Kasprzyk.",
        publisher="OSCE",
    )
    people = {n: c for e in evs for n, c in people_of(e).items()}
    assert people.get("Igor Popov") == "RUS" and people.get("Stephane Visconti") == "FRA"
    assert people.get("Andrew Schofer") == "USA" and "Chairperson-in-Office" not in people


def test_a_national_agencys_minister_with_an_office_worded_its_own_way() -> None:
    """ "Chisinau, 28 November /MOLDPRES/ - Foreign Affairs and European Integration Minister X and Russia's
    Ambassador to Moldova Y ...": the agency's own foreign minister, whatever his office is called; the prime
    minister of a visit told as context takes no part."""
    evs = events_of(
        "Chisinau, 28 November /MOLDPRES/ - Foreign Affairs and European Integration Minister Ion Rusu and Russia's "
        "Ambassador to Moldova Pavel Orlov discussed the bilateral agenda at a today's meeting.\n\nThe two officials "
        "exchanged opinions on the results of a recent visit to Russia of a delegation led by the Moldovan prime "
        "minister.",
        published="2019-11-28",
        publisher="Moldpres News Agency",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Ion Rusu": "MDA", "Pavel Orlov": "RUS"}


def test_delegations_of_several_states_received_in_turn_each_with_its_head() -> None:
    """ "the President received three senior delegations from Saudi Arabia, Angola and the People's Republic of China
    ... The Kingdom of Saudi Arabia representation was led by X ... the delegation from the People's Republic of
    China, led by Y, Minister for Defence": three audiences, each head of his own state."""
    evs = events_of(
        "On Sunday 25th February, the President of the Republic, H. E. Obiang Nguema Mbasogo, received three senior "
        "delegations from the Kingdom of Saudi Arabia, the Republic of Angola, and the People's Republic of China, at "
        "the People's Palace.\n\nThe Kingdom of Saudi Arabia representation was led by Almazid Mohammed, "
        "Vice-Minister for Defence, and was the first to be seen.\n\nFollowing that, H. E. Obiang Nguema Mbasogo "
        "received the Angolan Minister for Foreign Relations, Manuel Augusto.\n\nThe President's meetings closed with "
        "a meeting with the official senior delegation from the People's Republic of China, led by Chang Wan Quan, "
        "Minister for Defence.",
        published="2018-02-26",
        publisher="Equatorial Guinea News Wire",
    )
    guests = sorted(n for e in evs for n, c in people_of(e).items() if c != "GNQ")
    assert len(evs) == 3 and guests == ["Almazid Mohammed", "Chang Wan Quan", "Manuel Augusto"]
    assert {people_of(e).get("Chang Wan Quan") for e in evs} >= {"CHN"}


def test_an_embassy_reposting_a_story_datelined_at_home_and_hosts_who_received_a_guest_separately() -> None:
    """The Embassy of Vietnam in the USA reposts "Ha Noi, Feb. 23 (VNA) -- President X and National Assembly Chairman
    Y separately received the visiting Cuban Foreign Minister Z": Vietnam's officials (not the United States'), two
    meetings."""
    evs = events_of(
        "Ha Noi, Feb. 23 (VNA) -- President Tran Duc Luong and National Assembly Chairman Nong Duc Manh separately "
        "received the visiting Cuban Foreign Minister Felipe Perez Roque in Ha Noi today.",
        published="2004-02-23",
        publisher="Embassy of Vietnam in the USA",
    )
    assert sorted(sorted(people_of(e).items()) for e in evs) == [
        [("Felipe Perez Roque", "CUB"), ("Nong Duc Manh", "VNM")],
        [("Felipe Perez Roque", "CUB"), ("Tran Duc Luong", "VNM")],
    ]


def test_a_foreign_paper_reposting_an_agencys_story_is_told_from_the_agencys_state() -> None:
    """ "Malta News Gazette (Ethiopian News Agency)": a ceremony "at the National Palace" is in Addis Ababa, not in the
    paper's Valletta."""
    evs = events_of(
        "President Sahlework Zewde has received credentials of two newly appointed ambassadors to Ethiopia in a "
        "ceremony held at the National Palace today.\n\nThe ambassadors who presented credentials are from Canada "
        "and Finland.",
        published="2019-01-10",
        publisher="Malta News Gazette (Ethiopian News Agency)",
    )
    assert len(evs) == 2
    assert all(e.location is not None and e.location.name == "Addis Ababa" for e in evs)


def test_an_organisations_name_is_no_city_and_a_small_namesake_abroad_no_place() -> None:
    """ "on the sidelines of the Shanghai Cooperation Organisation (SCO) Foreign Ministers' meeting in Goa": not
    Shanghai, and not the Philippine town of Goa when the text names only India; "X and Y last met on the sidelines
    of the G20 ... in Rio de Janeiro" is another time."""
    evs = events_of(
        "Benaulim: Pakistan Foreign Minister Bilawal Bhutto Zardari and his Russian counterpart Sergey Lavrov on "
        "Thursday held bilateral talks.\n\nThe two foreign ministers held discussions on the sidelines of the Shanghai "
        "Cooperation Organisation (SCO) Foreign Ministers' meeting in Goa.\n\nThe foreign ministers of Pakistan and "
        "Russia arrived in India on Thursday to attend the meeting. Zardari and Lavrov last met on the sidelines of "
        "the G20 Foreign Ministers meeting in Rio de Janeiro.",
        published="2023-05-05",
        publisher="Indian Defence News",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"PAK", "RUS"}
    assert evs[0].location is None or evs[0].location.country == "IND"  # not Shanghai, Goa (PHL) or Rio


def test_unnamed_ministers_of_two_states_named_later_by_name_alone() -> None:
    """ "Japanese and Russian foreign ministers discussed ... during a telephone call. Hayashi Yoshimasa said he
    intended to exchange views with Sergey Lavrov ...": the call is theirs, by name."""
    evs = events_of(
        "ANKARA (AA) - Japanese and Russian foreign ministers discussed bilateral relations during a telephone call on "
        "Thursday.\n\nHayashi Yoshimasa said he attaches great importance to relations and intended to exchange "
        "views with Sergey Lavrov, Japan's Foreign Ministry said.",
        published="2021-11-18",
        publisher="Anadolu Agency",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Hayashi Yoshimasa": "JPN", "Sergey Lavrov": "RUS"}


def test_an_occasion_before_a_comma_is_no_part_of_the_office_after_it() -> None:
    """ "On the sidelines of the UN General Assembly, Foreign Minister X also held bilateral meetings with ...": X is
    the publisher's minister, not the UN's."""
    evs = events_of(
        "NEW YORK - On the sidelines of the UN General Assembly, Foreign Minister Retno Marsudi also held bilateral "
        "meetings with Foreign Minister Penny Wong of Australia and Foreign Minister Ahmed Attaf of Algeria.",
        published="2023-09-22",
        publisher="Ministry of Foreign Affairs of Indonesia",
    )
    assert len(evs) == 2 and all(people_of(e).get("Retno Marsudi") == "IDN" for e in evs)


def test_separate_meetings_with_the_ministers_of_listed_states_one_each() -> None:
    """ "held separate meetings with the Foreign Ministers of Oman, Bahrain and Malta": three meetings, not four."""
    evs = events_of(
        "Minister of Foreign Affairs Murat Nurtleu held separate meetings with the Foreign Ministers of Oman, Bahrain "
        "and Malta on the margins of the UNGA high-level week.",
        published="2023-09-20",
        publisher="Ministry of Foreign Affairs of Kazakhstan",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["BHR", "KAZ"], ["KAZ", "MLT"], ["KAZ", "OMN"]]


def test_a_caption_list_then_he_spoke_to_them_separately() -> None:
    """ "Minister of Foreign Affairs X, Minister of Foreign Affairs of Bangladesh A, ... of Vietnam B in Jakarta. He
    also spoke to them separately.": one meeting with each, in person (they were in Jakarta)."""
    evs = events_of(
        "Visiting Jakarta for the ASEAN Foreign Ministers Meeting, Foreign Minister Hakan Fidan held a bilateral "
        "meeting with US Secretary of State Antony Blinken today.\n\nMinister of Foreign Affairs Hakan Fidan, "
        "Minister of Foreign Affairs of Bangladesh AK Abdul Momen and Minister of Foreign Affairs of Vietnam Bui "
        "Thanh Son in Jakarta, the capital of Indonesia. He also spoke to them separately.",
        published="2023-07-14",
        publisher="Earth Press News",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["BGD", "TUR"], ["TUR", "USA"], ["TUR", "VNM"]]
    assert all(e.kind == "meeting" for e in evs)


def test_counterparts_of_two_states_named_in_order_on_a_summits_sidelines_one_each() -> None:
    """ "met diplomats from several countries on the sidelines of the UN General Assembly ... The minister met his
    counterparts from Croatia and Japan, X and Y": two bilateral meetings of a day of bilaterals."""
    evs = events_of(
        "New York [USA], Sept 27 (ANI): External Affairs Minister S Jaishankar on Thursday met diplomats from several "
        "countries on the sidelines of the UN General Assembly in New York.\n\nThe minister met his counterparts from "
        "Croatia and Japan, Gordan Grlic Radman and Toshimitsu Motegi.",
        published="2019-09-27",
        publisher="ANI News",
    )
    pairs = sorted(sorted(parties(e)) for e in evs if len(parties(e)) == 2)
    assert ["HRV", "IND"] in pairs and ["IND", "JPN"] in pairs


def test_the_un_chief_is_the_secretary_general_named_and_his_meetings_told_one_after_another() -> None:
    """ "The meeting between the UN chief and the Secretary General of NATO, X, saw the two men discuss ... The
    Secretary-General met with Niger's Foreign Minister Y.": two meetings of the UN's Secretary-General."""
    evs = events_of(
        "United Nations Secretary-General Ban Ki-moon discussed a host of issues with world leaders.\n\nThe meeting "
        "between the UN chief and the Secretary General of the North Atlantic Treaty Organization (NATO), Anders Fogh "
        "Rasmussen, saw the two men discuss support to Afghanistan.\n\nThe Secretary-General met with Niger's Foreign "
        "Minister Mohamed Bazoum.",
        published="2012-09-27",
        publisher="UN News",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["NATO", "UN"], ["NER", "UN"]]


def test_respectively_pairing_names_with_a_plural_office_is_one_meeting() -> None:
    """ "the meeting involving the Secretary-General and the Presidents of the European Council and European
    Commission, X and Y, respectively": one meeting of all three."""
    evs = events_of(
        "The financial crisis also featured in the meeting involving Secretary-General Ban Ki-moon and the Presidents "
        "of the European Council and European Commission, Herman Van Rompuy and Jose Manuel Barroso, respectively.",
        published="2012-09-26",
        publisher="UN News",
    )
    assert len(evs) == 1 and len(evs[0].participants) == 3


def test_a_building_named_after_a_town_is_not_in_that_town_and_a_resort_of_the_publishers_state_is() -> None:
    """ "received today at the San Martin Palace the Ambassador of China": not San Martin, Peru; "met ... on the
    sidelines of COP27 in Sharm El-Sheikh" in Egypt's release: a small town, of the publisher's own state."""
    evs = events_of(
        "Chancellor Felipe Sola received today at the San Martin Palace the Ambassador of the People's Republic of "
        "China, Zou Xiaoli, with whom he reviewed the bilateral agenda.",
        published="2021-05-20",
        publisher="Cancilleria Argentina",
    )
    assert len(evs) == 1 and (evs[0].location is None or evs[0].location.name is None)
    evs = events_of(
        "Prime Minister Lee Hsien Loong met President Xi Jinping at the Shangri-La Hotel in Singapore on Friday.",
        published="2015-11-07",
        publisher="Prime Minister's Office Singapore",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.country == "SGP"
    evs = events_of(
        "Foreign Minister Sameh Shoukry met on Sunday with his Italian counterpart Antonio Tajani on the sidelines of "
        "COP27 in Sharm El-Sheikh.",
        published="2022-11-20",
        publisher="Ministry of Foreign Affairs of Egypt",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.country == "EGY"


def test_meetings_in_the_plural_with_ministers_of_several_states_are_one_each() -> None:
    """ "held meetings with the Foreign Minister of A X, ... and ... on the margins of": a day of bilaterals."""
    evs = events_of(
        "Astana, 24 September 2024 - Minister of Foreign Affairs of Kazakhstan Murat Nurtleu had meetings with "
        "Foreign Minister of Egypt Badr Abdelatty and Minister of Foreign Affairs of Chile Alberto van Klaveren on "
        "the margins of the UN General Assembly in New York.",
        published="2024-09-25",
        publisher="Ministry of Foreign Affairs of Kazakhstan",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["CHL", "KAZ"], ["EGY", "KAZ"]]


def test_talks_held_with_a_minister_continue_the_visitors_day() -> None:
    """ "Later the same day, talks were held with Minister X": the visitor told before is the other side."""
    evs = events_of(
        "On 2 June, Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov, who is on an official visit to "
        "Egypt, was received by President Abdel Fattah el-Sisi. Later the same day, talks were held with Minister "
        "of Foreign Affairs Sameh Shoukry.",
        published="2024-06-03",
        publisher="Ministry of Foreign Affairs of Uzbekistan",
    )
    assert len(evs) == 2
    assert all(parties(e) == {"EGY", "UZB"} for e in evs)
    assert "Sameh Shoukry" in people_of(evs[1])


def test_his_highness_as_a_subject_is_the_minister_told_before() -> None:
    """ "In addition, His Highness met with the President of Finland X": the prince who met the others."""
    evs = events_of(
        "Munich, February 17, 2024, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan met on the "
        "sidelines of the Munich Security Conference with Foreign Minister of Denmark Lars Lokke Rasmussen.\n\n"
        "In addition, His Highness met with the President of Finland Alexander Stubb.",
        published="2024-02-18",
        publisher="Saudi Press Agency",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["DNK", "SAU"], ["FIN", "SAU"]]
    assert all(p.title == "Minister of Foreign Affairs" for e in evs for p in e.participants if p.country == "SAU")


def test_met_one_minister_and_later_another_is_two_meetings() -> None:
    """ "met with Mr. X, ..., and later with Ms. Y, ...": one meeting, then another."""
    evs = events_of(
        "On 27 July 2024, Mr. Maris Sangiampongsa, Minister of Foreign Affairs of Thailand, met with Mr. Wang Yi, "
        "Minister of Foreign Affairs of the People's Republic of China, and later with Ms. Kamikawa Yoko, Minister "
        "for Foreign Affairs of Japan, in Vientiane, Lao PDR.",
        published="2024-08-01",
        publisher="Ministry of Foreign Affairs of Thailand",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["CHN", "THA"], ["JPN", "THA"]]


def test_a_name_the_table_knows_in_another_period_takes_the_demonym_before_it() -> None:
    """ "his Bahraini counterpart X" in 2023, where the office-holder table knows X only as the GCC's Secretary
    General before 2020: Bahrain, as the text says, with no "counterpart" for a title."""
    evs = events_of(
        "NEW YORK, Sept 19 (AA) - Turkish Foreign Minister Hakan Fidan met with his Bahraini counterpart "
        "Abdullatif bin Rashid Al Zayani on Tuesday on the sidelines of the UN General Assembly.",
        published="2023-09-20",
        publisher="Anadolu Agency",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"BHR", "TUR"}
    assert all(p.title != "counterpart" for p in evs[0].participants)


def test_a_style_after_an_office_is_the_names_not_the_titles() -> None:
    """ "the President of the UAE Sheikh X and the Emir of Qatar Sheikh Y": offices "President" and "Emir"."""
    evs = events_of(
        "Prime Minister Muhammad Shehbaz Sharif received telephone calls from the President of the UAE Sheikh "
        "Mohamed bin Zayed Al Nahyan and the Emir of Qatar Sheikh Tamim bin Hamad Al Thani.",
        published="2024-03-15",
        publisher="Prime Minister's Office, Pakistan",
    )
    titles = {p.country: p.title for e in evs for p in e.participants}
    assert titles.get("ARE") == "President" and titles.get("QAT") == "Emir"


def test_the_capital_after_a_comma_is_the_meeting_place() -> None:
    """ "met Nigerian President X in the capital, Abuja, on Sunday": Abuja is the place."""
    evs = events_of(
        "German Chancellor Olaf Scholz met Nigerian President Bola Tinubu in the capital, Abuja, on Sunday, at the "
        "start of a three-day trip to West Africa.",
        published="2023-10-30",
        publisher="Deutsche Welle",
    )
    assert len(evs) == 1 and evs[0].location is not None
    assert (evs[0].location.name, evs[0].location.country) == ("Abuja", "NGA")


def test_a_courtesy_call_received_is_a_meeting_not_a_telephone_call() -> None:
    evs = events_of(
        "PUTRAJAYA, May 28 (Bernama) -- Prime Minister Anwar Ibrahim today received a courtesy call from his Thai "
        "counterpart Srettha Thavisin at Seri Perdana.",
        published="2024-05-28",
        publisher="Bernama",
    )
    assert len(evs) == 1 and evs[0].kind == "meeting"
    assert parties(evs[0]) == {"MYS", "THA"}


def test_two_ministers_signing_a_letter_of_intent_met_and_wrote_no_letter() -> None:
    """ "X and Y signed a letter of intent in Paris": a meeting where they signed; no message."""
    evs = events_of(
        "Minister of Defence Suren Papikyan and French Minister of the Armed Forces Sebastien Lecornu signed a "
        "letter of intent in Paris on Friday.",
        published="2024-02-24",
        publisher="Ministry of Defence of Armenia",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("meeting", {"ARM", "FRA"})]
    assert evs[0].location is not None and evs[0].location.name == "Paris"


def test_leaders_who_signed_a_pact_together_met() -> None:
    evs = events_of(
        "North Korean leader Kim Jong-un and Russian President Vladimir Putin signed a comprehensive strategic "
        "partnership agreement in Pyongyang on Wednesday, state media reported Thursday.",
        published="2024-06-20",
        publisher="The Korea Herald",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("meeting", {"PRK", "RUS"})]


def test_a_portfolio_no_table_holds_is_the_offices_not_a_name() -> None:
    """ "the Lao Minister of Public Works": an office with no name, not a person called "Works"."""
    evs = events_of(
        "The Chinese ambassador met with the Lao Minister of Public Works and Transport in Vientiane.",
        published="2024-03-05",
        publisher="Embassy of China in Laos",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"CHN", "LAO"}
    assert all(p.name is None for p in evs[0].participants)


def test_envoys_listed_state_then_name_are_received_one_by_one_at_the_datelines_city() -> None:
    """ "Santiago, 5 November 2022 (TDI): ... received the Ambassadors of the Order of Malta, X; Egypt, Y; Kenya, Z,
    and Bangladesh, W": an outlet's mixed-case dateline places it; one audience per envoy; the Order of Malta is
    not Malta."""
    evs = events_of(
        "Santiago, 5 November 2022 (TDI): The Foreign Minister took part in the reception along with the Chilean "
        "President,\nGabriel Boric.\n\nPresident Boric received the Ambassadors of the Order of Malta, Octavio "
        "Larrain; Egypt, Maher Salem; Kenya, Lemarron Tipis, and Bangladesh, Sadia Rahman.",
        published="2022-11-05",
        publisher="The Diplomatic Insight",
    )
    pairs = sorted(sorted(parties(e)) for e in evs)
    assert pairs == [["BGD", "CHL"], ["CHL", "EGY"], ["CHL", "KEN"]]
    assert all(e.location is not None and e.location.name == "Santiago" for e in evs)
    assert all(p.title == "Ambassador" for e in evs for p in e.participants if p.country != "CHL")


def test_they_met_at_an_organisations_headquarters_on_a_weekday_and_date() -> None:
    """ "X has met with Y. They met at the AU Headquarters, on Tuesday, 13 December 2016.": day and city."""
    evs = events_of(
        "The African Union Commission Chairperson, Dr. Nkosazana Dlamini Zuma has met with the newly appointed "
        "Minister of Foreign Affairs of Ethiopia, Dr. Workneh Gebeyehu. They met at the AU Headquarters, on "
        "Tuesday, 13 December 2016.",
        published="2016-12-15",
        publisher="Modern Ghana",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"AU", "ETH"}
    assert evs[0].date == "2016-12-13"
    assert evs[0].location is not None and (evs[0].location.name, evs[0].location.country) == ("Addis Ababa", "ETH")


def test_a_ceremony_at_a_house_named_after_a_small_town_took_place_in_the_city_after_it() -> None:
    """ "The ceremony took place at the Flagstaff House, Accra, Ghana, on Friday, August 18, 2017": Accra (not
    Flagstaff, Arizona), that day."""
    evs = events_of(
        "Nigerian High Commissioner to Ghana Olufemi Abikoye has presented Letter of Credence to President Nana "
        "Akufo-Addo of Ghana.\n\nThe colourful ceremony took place at the Flagstaff House, Accra, Ghana, on Friday, "
        "August 18, 2017.",
        published="2017-08-19",
        publisher="NewMail",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("meeting", {"GHA", "NGA"})]
    assert evs[0].date == "2017-08-18"
    assert evs[0].location is not None and evs[0].location.name == "Accra"


def test_an_official_a_foreign_envoy_meets_in_a_national_outlets_story_is_of_that_state() -> None:
    """A Trinidad radio station: "China's Ambassador X today met with Communications Minister Y" - Y is Trinidad's."""
    evs = events_of(
        "China's Ambassador Song Yumin today met with Communications Minister Donna Cox.\n\nMinister Cox reiterated "
        "the long history of cooperation between the two countries.",
        title="Chinese Ambassador meets Communications Minister",
        published="2018-04-10",
        publisher="103FM (Trinidad and Tobago)",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Song Yumin": "CHN", "Donna Cox": "TTO"}


def test_counterparts_met_and_both_gatherings_held_separately_the_sentence_after() -> None:
    evs = events_of(
        "Lima, Feb. 13.\n\nPeru's Foreign Affairs Minister Cayetana Aljovin on Tuesday met with her counterparts "
        "Chrystia Freeland of Canada and Maria Angela Holguin of Colombia prior to the Lima Group meeting.\n\n"
        "According to the Foreign Affairs Ministry, both gatherings were held separately and privately.",
        published="2018-02-13",
        publisher="Andina",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["CAN", "PER"], ["COL", "PER"]]


def test_a_guest_welcomed_somewhere_on_a_day_then_sitting_down_for_talks_met_there_that_day() -> None:
    """ "X was on Saturday welcomed to Government House in Auckland ...\\n\\nMr X ... before he sat down with Prime
    Minister Y for talks": Auckland, that Saturday."""
    evs = events_of(
        "Fijian Prime Minister Frank Bainimarama was on Saturday welcomed to Government House in Auckland for his "
        "first official visit.\n\nMr Bainimarama was greeted with a military inspection before he sat down with "
        "Prime Minister John Key for talks.",
        published="2016-10-22",
        publisher="NZ Newswire",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"FJI", "NZL"}
    assert evs[0].date == "2016-10-22"
    assert evs[0].location is not None and evs[0].location.name == "Auckland"


def test_a_call_told_as_last_weeks_background_after_the_meeting_is_no_event() -> None:
    evs = events_of(
        "BONN (Tasnim) - Chinese Foreign Minister Wang Yi met US Secretary of State Rex Tillerson on Friday on the "
        "sidelines of a G20 meeting in Bonn.\n\nIn a phone call with Chinese leader Xi Jinping last week, US "
        "President Donald Trump agreed to honor the one China policy, Reuters reported.",
        published="2017-02-17",
        publisher="Tasnim News Agency",
    )
    assert [parties(e) for e in evs] == [{"CHN", "USA"}]
    assert all("Trump" not in (p.name or "") for e in evs for p in e.participants)


def test_an_outlets_name_at_the_foot_of_the_page_is_no_participant() -> None:
    evs = events_of(
        "Deputy Secretary of State Wendy R. Sherman met with Pakistani Foreign Minister Bilawal Bhutto Zardari "
        "today in Washington.\n\nPress release Deputy Secretary Sherman's Meeting with Pakistani Foreign Minister "
        "Bhutto Zardari Government Agency News",
        published="2022-12-10",
        publisher="Government Agency News (U.S. Department of State readout)",
    )
    assert len(evs) == 1
    assert {p.name for p in evs[0].participants} == {"Wendy R. Sherman", "Bilawal Bhutto Zardari"}


def test_the_king_whose_health_a_call_was_about_is_no_party_to_it() -> None:
    evs = events_of(
        "DUBAI: Saudi Arabia's Crown Prince Mohammed bin Salman received a phone call on Thursday from US President "
        "Donald Trump regarding the health of the Saudi king, King Salman bin Abdulaziz, state news agency SPA "
        "reported.",
        published="2020-07-23",
        publisher="Business Recorder",
    )
    assert len(evs) == 1 and evs[0].kind == "call"
    assert {p.name for p in evs[0].participants} == {"Mohammed bin Salman", "Donald Trump"}


def test_a_ministrys_release_on_a_reposting_site_is_not_dated_by_the_repost() -> None:
    """ "News site (India MEA release)": the page's date is the repost's, not the call's, which the text omits."""
    evs = events_of(
        "Prime Minister Narendra Modi had a telephone conversation with the President of the United States of "
        "America, Donald Trump.",
        published="2020-06-03",
        publisher="News Cubic Studio (India MEA release)",
    )
    assert len(evs) == 1 and evs[0].date is None


def test_received_at_state_house_with_no_article_is_in_the_receivers_capital() -> None:
    evs = events_of(
        "President William Ruto on Monday received Ethiopian Prime Minister Abiy Ahmed at State House. The two "
        "leaders discussed regional security.",
        published="2024-03-12",
        publisher="Daily Nation",
    )
    assert len(evs) == 1 and evs[0].location is not None
    assert (evs[0].location.name, evs[0].location.country, evs[0].mode) == ("Nairobi", "KEN", "host")


def test_an_untied_president_meeting_an_envoy_posted_to_his_state_is_of_it_at_the_office_named() -> None:
    """ "President X met the Kenyan High Commissioner to Uganda, Y, at State House Entebbe": X is Uganda's, the
    meeting in Entebbe."""
    evs = events_of(
        "President Yoweri Museveni yesterday met the Kenyan High Commissioner to Uganda, Joash Maangi, at State "
        "House Entebbe.",
        published="2024-03-12",
        publisher="New Vision",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Yoweri Museveni": "UGA", "Joash Maangi": "KEN"}
    assert evs[0].location is not None and evs[0].location.name == "Entebbe"


def test_a_possessive_state_after_with_is_whose_envoy_and_an_office_word_a_given_name() -> None:
    """ "met with China's ambassador X": China's envoy (not one posted to China); "foreign minister Amir Khan
    Muttaqi": Amir is his given name."""
    evs = events_of(
        "KABUL, Afghanistan (KP) - The Taliban's acting foreign minister Amir Khan Muttaqi met with China's "
        "ambassador Zhao Xing on Tuesday.",
        published="2024-03-12",
        publisher="Khaama Press",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Amir Khan Muttaqi": "AFG", "Zhao Xing": "CHN"}


def test_a_dateline_on_a_line_of_its_own_places_the_meeting_and_gives_an_untied_host_his_state() -> None:
    evs = events_of(
        "Kampala.\nPresident Museveni has met a delegation from China led by Vice Minister Ma Zhaoxu.",
        published="2024-03-12",
        publisher="Daily Monitor",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"CHN", "UGA"}
    assert evs[0].location is not None and evs[0].location.name == "Kampala" and evs[0].mode == "host"
    evs = events_of(
        "Staff Report\nISLAMABAD\nTurkish Foreign Minister Hakan Fidan met Deputy Prime Minister Ishaq Dar on Tuesday.",
        published="2024-03-12",
        publisher="Pakistan Today",
    )
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Islamabad"


def test_messages_sent_to_leaders_of_several_states_are_one_each() -> None:
    evs = events_of(
        "Pyongyang, July 12 (KCNA) -- Kim Jong Un sent messages of greetings to President of Laos Thongloun "
        "Sisoulith and President of Vietnam To Lam on the occasion of their national days.",
        published="2024-07-12",
        publisher="Korean Central News Agency",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["LAO", "PRK"], ["PRK", "VNM"]]
    assert any(p.name == "To Lam" for e in evs for p in e.participants)


def test_a_delegation_and_later_another_states_delegation_each_with_its_head() -> None:
    evs = events_of(
        "Havana, Mar 12 (Prensa Latina) Cuban President Miguel Diaz-Canel received on Tuesday a delegation from "
        "Vietnam headed by Tran Thanh Man, and later a Lao delegation led by Saysomphone Phomvihane.",
        published="2024-03-12",
        publisher="Prensa Latina",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["CUB", "LAO"], ["CUB", "VNM"]]


def test_a_minister_met_on_the_publishers_visit_abroad_is_the_hosts() -> None:
    """A Singapore readout of a visit to Malaysia: "He also met ... Home Minister X" is Malaysia's minister, not
    Singapore's, though Singapore has a Home Minister too."""
    pd, actors, _evs = layers(
        make_doc(
            "Minister for Foreign Affairs Dr Vivian Balakrishnan made an official visit to Malaysia on 11 March "
            "2024. Minister Balakrishnan called on Prime Minister Anwar Ibrahim. He also met Home Minister Saifuddin "
            "Nasution Ismail.",
            published="2024-03-12",
            publisher="Ministry of Foreign Affairs of Singapore",
        )
    )
    assert person(actors, "Saifuddin").country == "MYS"


def test_a_delegation_of_a_states_body_led_by_its_deputy_chairman_is_that_states() -> None:
    evs = events_of(
        "Addis Ababa, 17 February 2024: The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, "
        "received a delegation of the Sovereignty Council of Sudan led by its Deputy Chairman, Malik Agar.",
        published="2024-02-17",
        publisher="African Union",
    )
    assert len(evs) == 1 and people_of(evs[0]).get("Malik Agar") == "SDN"


def test_an_organisations_own_page_is_dated_by_its_publication() -> None:
    """A page published by the World Health Organization itself: its release, dated by publication."""
    evs = events_of(
        "Geneva - WHO Director-General Dr Tedros Adhanom Ghebreyesus met with Saudi Arabia's Minister of Health, "
        "Fahad AlJalajel, on the sidelines of the World Health Assembly.",
        published="2023-05-22",
        publisher="World Health Organization",
    )
    assert len(evs) == 1 and parties(evs[0]) == {"SAU", "WHO"}
    assert evs[0].date == "2023-05-22"


def test_a_host_who_welcomed_his_counterpart_at_a_palace_met_him_but_an_airport_welcome_is_protocol() -> None:
    evs = events_of(
        "CAIRO (AA) - Egyptian President Abdel Fattah al-Sisi on Wednesday welcomed his Turkish counterpart Recep "
        "Tayyip Erdogan at the Al-Ittihadiya Palace in Cairo.",
        published="2024-02-14",
        publisher="Anadolu Agency",
    )
    assert [(e.kind, parties(e), e.date) for e in evs] == [("meeting", {"EGY", "TUR"}, "2024-02-14")]
    evs = events_of(
        "Foreign Secretary Sewa Lamsal welcomed the visiting Japanese Foreign Minister Kamikawa Yoko at the "
        "Tribhuvan International Airport on Saturday.",
        published="2024-05-05",
        publisher="Republica",
    )
    assert evs == []


def test_ministers_who_agreed_during_talks_in_a_city_met_there_that_day() -> None:
    evs = events_of(
        "TOKYO (Kyodo) -- The defense ministers of Japan and South Korea agreed Sunday to resume exchanges during "
        "talks in Tokyo.",
        published="2024-06-30",
        publisher="Kyodo News",
    )
    assert [(parties(e), e.date) for e in evs] == [({"JPN", "KOR"}, "2024-06-30")]


def test_a_mongolian_two_letter_initial_glued_to_the_name() -> None:
    evs = events_of(
        "State Secretary of the Ministry of Foreign Affairs Ts.Lundeg received a delegation led by Deputy Minister "
        "of Foreign Affairs of the Kyrgyz Republic Almaz Imangaziev.",
        published="2024-04-10",
        publisher="Ministry of Foreign Affairs of Mongolia",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Ts.Lundeg": "MNG", "Almaz Imangaziev": "KGZ"}


def test_a_portfolios_last_word_is_not_the_envoys_given_name() -> None:
    """ "the US Special Representative for Afghanistan Reconciliation Zalmay Khalilzad": the statistical model's
    person ends the portfolio."""
    evs = events_of(
        "Foreign Minister Shah Mahmood Qureshi held talks in Islamabad on Monday.\n\nHe met the US Special "
        "Representative for Afghanistan Reconciliation Zalmay Khalilzad.",
        published="2019-03-05",
        publisher="Ministry of Foreign Affairs of Pakistan",
    )
    assert len(evs) == 1 and people_of(evs[0]).get("Zalmay Khalilzad") == "USA"


def test_leaders_who_held_a_trilateral_summit_met_and_a_named_group_of_states_meets_whole() -> None:
    evs = events_of(
        "SEOUL (Kyodo) -- Japanese Prime Minister Fumio Kishida, Chinese Premier Li Qiang and South Korean "
        "President Yoon Suk Yeol held a trilateral summit in Seoul on Monday.",
        published="2024-05-27",
        publisher="Kyodo News",
    )
    assert [parties(e) for e in evs] == [{"CHN", "JPN", "KOR"}]
    evs = events_of(
        "RIGA, Feb 14 (Reuters) - Foreign ministers of the Nordic and Baltic states met in Riga on Wednesday to "
        "discuss support for Ukraine.",
        published="2024-02-14",
        publisher="Reuters",
    )
    assert [parties(e) for e in evs] == [{"DNK", "FIN", "ISL", "NOR", "SWE", "EST", "LVA", "LTU"}]


def test_a_minister_who_joined_his_counterparts_on_a_day_met_them_that_day() -> None:
    evs = events_of(
        "Secretary Enrique Manalo joined his counterparts and Chinese Foreign Minister Wang Yi at the Post "
        "Ministerial Conference in Vientiane on 25 July.",
        published="2024-07-26",
        publisher="Department of Foreign Affairs of the Philippines",
    )
    assert len(evs) == 1 and {"CHN", "PHL"} <= parties(evs[0]) and evs[0].date == "2024-07-25"


def test_a_ministers_asean_counterparts_are_the_members_on_the_day() -> None:
    evs = events_of(
        "Secretary Enrique Manalo joined his ASEAN counterparts and Chinese Foreign Minister Wang Yi at the "
        "ASEAN-China Post Ministerial Conference in Vientiane on 25 July.",
        published="2024-07-26",
        publisher="Department of Foreign Affairs of the Philippines",
    )
    members = {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}
    assert len(evs) == 1 and parties(evs[0]) == members | {"CHN"}


def test_a_leader_who_had_a_conversation_with_another_called_him() -> None:
    """A president's office: "had a conversation with Prime Minister of Japan X" is a call."""
    evs = events_of(
        "President Volodymyr Zelenskyy had a conversation with Prime Minister of Japan Fumio Kishida. The President "
        "thanked Japan for its support.",
        published="2024-03-12",
        publisher="Office of the President of Ukraine",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("call", {"JPN", "UKR"})]


def test_a_leaders_plan_in_his_own_words_is_no_event_and_after_a_dashed_aside_the_office_met_leaders() -> None:
    """ "I am meeting him on the sidelines" is a plan; "After a welcome at the airport -- named after X -- the prime
    minister met with the leaders of A, B and C" at a summit: one meeting each, the prime minister told before."""
    evs = events_of(
        'By a staff reporter in Kampala\n\n"I am meeting him on the sidelines of the summit," Prime Minister Jane '
        "Okello of Uganda said, referring to Kenyan President William Ruto.\n\nMs Okello arrived in Kampala for the "
        "summit on Thursday.\n\nAfter a welcome at the Entebbe airport -- named after the town -- the prime "
        "minister met with the leaders of Ghana, Malawi and Zambia.",
        published="2024-01-18",
        publisher="Daily Monitor",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["GHA", "UGA"], ["MWI", "UGA"], ["UGA", "ZMB"]]


def test_a_leaders_first_person_post_takes_the_office_its_publisher_names() -> None:
    """ "I spoke with President X today", published by "Prime Minister of Ruritania"-style offices: the "I" is the
    holder of the office the publisher's name leads with, though the post never names them."""
    evs = events_of(
        "I spoke with President Ivan Petrov of Bulgaria today. We agreed to deepen our cooperation on energy.",
        published="2024-02-10",
        publisher="Prime Minister of Canada",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("call", {"CAN", "BGR"})]
    me = next(p for p in evs[0].participants if p.country == "CAN")
    assert (me.name, me.title) == (None, "Prime Minister")


def test_he_after_an_office_is_a_family_name() -> None:
    """ "Vice Premier He Jianming": after an office, "He" and a given name is a Chinese family name, not a pronoun."""
    evs = events_of(
        "BEIJING, Feb. 3 (Xinhua) -- Chinese Vice Premier He Jianming met with visiting Kenyan Trade Minister "
        "Jane Wanjiru in Beijing on Saturday. He said China is ready to expand trade with Kenya.",
        published="2024-02-03",
        publisher="Xinhua",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"He Jianming": "CHN", "Jane Wanjiru": "KEN"}


def test_a_government_body_named_without_ministry_words_dates_its_release() -> None:
    """ "Global Affairs Canada", "DFA Philippines": official releases that tell of the day they are published."""
    for publisher, minister in (
        ("Global Affairs Canada", "Minister Anne Tremblay"),
        ("DFA Philippines", "Secretary Jose Cruz"),
    ):
        evs = events_of(
            f"{minister} met with Guyana's Minister of Foreign Affairs Hugh Todd. They discussed regional security.",
            published="2024-02-20",
            publisher=publisher,
        )
        assert len(evs) == 1 and evs[0].date == "2024-02-20", publisher


def test_an_undated_page_reads_a_tables_holder_on_the_day_its_lead_gives() -> None:
    """No publication date: "On July 1, 2015, Vice Foreign Minister Zhang Ming met ..." is China's vice minister
    that day, not the SCO official the table knows him as years later."""
    evs = events_of(
        "On July 1, 2015, Vice Foreign Minister Zhang Ming met with Minister Without Portfolio Jane Doe of Liberia. "
        "The two sides exchanged views on bilateral ties.",
        publisher=CHINA,
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Zhang Ming": "CHN", "Jane Doe": "LBR"}
    assert {p.title for p in evs[0].participants} == {"Vice Foreign Minister", "Minister Without Portfolio"}


def test_policy_planning_consultation_is_no_plan() -> None:
    """ "held foreign policy planning consultation with": "planning" names the department, not a plan."""
    evs = events_of(
        "On March 3, 2024, Li Wei, Director-General of the Department of Policy Planning of the Ministry of Foreign "
        "Affairs of China, held foreign policy planning consultation with John Smith, Director of Policy Planning "
        "of the Foreign Office of Germany, in Geneva.",
        published="2024-03-05",
        publisher=CHINA,
    )
    assert [(e.kind, parties(e), e.location and e.location.country) for e in evs] == [
        ("meeting", {"CHN", "DEU"}, "CHE")
    ]


def test_talks_said_after_to_have_taken_place_by_video_are_a_video_call() -> None:
    """ "had talks with X. The discussion took place via video conference.": the talks were a video call."""
    evs = events_of(
        "On June 9, Foreign Minister Ivan Petrov had talks with Minister of Foreign Affairs of Mongolia Bat Erdene. "
        "The discussion took place via video conference.",
        published="2020-06-09",
        publisher=RUSSIA,
    )
    assert [(e.kind, e.mode, e.location) for e in evs] == [("video_call", "remote", None)]


def test_a_virtual_visit_is_a_video_call() -> None:
    """ "held bilateral talks with X during his virtual visit to Kenya": no one travelled."""
    evs = events_of(
        "President Jane Wanjiru on Tuesday at State House, Nairobi held bilateral talks with Japan's Foreign Minister "
        "Taro Sato during his virtual visit to Kenya.",
        published="2021-04-27",
        publisher="KBC (Kenya Broadcasting Corporation)",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("video_call", {"KEN", "JPN"})]


def test_attending_a_named_meeting_later_is_an_event_of_its_own() -> None:
    """ "Then, the Minister attended the ninth meeting of the Turkish-Dutch Conference he co-chaired with Y": not the
    talks told first, whose other side stays alone."""
    evs = events_of(
        "Foreign Minister Ali Demir had a meeting in Ankara on 8 June 2022 with Foreign Minister Ivan Petrov of the "
        "Russian Federation.\n\nThen, Minister Demir attended the ninth meeting of the Turkish-Dutch Conference he "
        "co-chaired with Foreign Minister Jan de Vries of the Netherlands.",
        publisher="Republic of Türkiye Ministry of Foreign Affairs",
    )
    assert [parties(e) for e in evs] == [{"TUR", "RUS"}, {"TUR", "NLD"}]


def test_a_ministers_first_person_release_named_after_the_government() -> None:
    """ "Australian Government, Minister for Foreign Affairs": "Today in Canberra I hosted X" is that minister's."""
    evs = events_of(
        "Media release 22 August 2018\n\nToday in Canberra I hosted New Zealand's Minister of Foreign Affairs, "
        "the Rt Hon John Carter, for our biannual ministerial consultations.",
        published="2018-08-22",
        publisher="Australian Government, Minister for Foreign Affairs (via MarketScreener)",
    )
    assert [(parties(e), e.mode) for e in evs] == [({"AUS", "NZL"}, "host")]
    me = next(p for p in evs[0].participants if p.country == "AUS")
    assert me.title == "Minister for Foreign Affairs"


def test_an_adviser_to_a_states_president_serves_that_state() -> None:
    """ "National Security Advisor to the U.S. President" is American, though "to X" names an envoy's posting."""
    evs = events_of(
        "On May 27, 2013, State Councilor Li Hua held talks with John Smith, National Security Advisor to the U.S. "
        "President in Beijing. Both sides exchanged views on the upcoming summit between President Xi Jinping and "
        "President Obama to be held in June.",
        title="State Councilor Li Hua Holds Talks with John Smith, National Security Advisor to U.S. President",
        publisher=CHINA,
    )
    assert [people_of(e) for e in evs] == [{"Li Hua": "CHN", "John Smith": "USA"}]


def test_travel_announced_with_an_initial_in_the_name_is_no_event() -> None:
    """ "Secretary of State Antony J. Blinken will travel ... to attend the ... meeting": the initial's stop does not
    end the future sentence."""
    evs = events_of(
        "Secretary of State John Q. Smith will travel to Brussels, Belgium, April 3-5, to attend the NATO Foreign "
        "Ministerial and the tenth U.S.-EU Energy Council meeting.",
        title="Secretary Smith's Travel to Belgium",
        publisher=STATE,
    )
    assert evs == []


def test_bilateral_meetings_a_leader_had_while_a_minister_accompanied_him() -> None:
    """ "the Minister accompanied the President, X, in bilateral meetings with the Presidents of Peru, A; and Canada,
    B": one meeting each, the unnamed accompanying minister no second side."""
    evs = events_of(
        "In the afternoon, the Secretary of State accompanied the President of the Republic, Juan Soto, in bilateral "
        "meetings with the Presidents of Peru, Luis Rojas; and Canada, Anne Martin.",
        published="2018-04-13",
        publisher="Chile Ministry of Foreign Affairs",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["CAN", "CHL"], ["CHL", "PER"]]


def test_an_official_of_a_forum_represents_no_state() -> None:
    """ "the Director for Latin America of the World Economic Forum, Ambassador X": a forum's, not the publisher's."""
    evs = events_of(
        "Later, Foreign Minister Juan Soto met with the Director for Latin America of the World Economic Forum, "
        "Ambassador Maria Lopez.",
        published="2018-04-13",
        publisher="Chile Ministry of Foreign Affairs",
    )
    assert len(evs) == 1 and people_of(evs[0]) == {"Juan Soto": "CHL", "Maria Lopez": None}


def test_a_place_over_the_date_above_the_headline_places_the_meeting() -> None:
    """ "Ankara, Turkey\\n\\n25 April 2022\\n\\nReadout of ...": a page's place and date lines above its headline."""
    title = "Readout of the Secretary-General's meeting with H.E. Mr. Ali Demir, President of Turkey"
    doc = make_doc(
        f"Ankara, Turkey\n\n25 April 2022\n\n{title}\n\nOn 25 April 2022, the Secretary-General met with H.E. Mr. "
        "Ali Demir, President of Turkey. They discussed the war in Ukraine.",
        title=title,
        published="2022-04-25",
        publisher="United Nations Secretary-General",
    )
    evs = layers(doc)[2]
    assert [(parties(e), e.location and (e.location.name, e.location.country)) for e in evs] == [
        ({"UN", "TUR"}, ("Ankara", "TUR"))
    ]


def test_a_news_dateline_line_without_a_year_places_the_talks() -> None:
    """ "Manila, February 14" on a line of its own over a news agency's story is where it was filed."""
    evs = events_of(
        "Manila, February 14\nExternal Affairs Minister Ravi Kumar on Monday held wide-ranging talks with Secretary "
        "of Foreign Affairs of the Philippines Jose Cruz on his first visit to the country.",
        title="External Affairs Minister Ravi Kumar holds talks with Secretary of Foreign Affairs of Philippines",
        published="2022-02-14",
        publisher="The Tribune (PTI)",
    )
    assert [e.location and e.location.name for e in evs] == ["Manila"]


def test_who_a_news_story_says_the_talks_come_as_is_background() -> None:
    """ "X's remarks during the bilateral talks Thursday in Tokyo come as President Y reportedly criticized ...": the
    talks told before, now with their day and place; Y is the news they come amid."""
    evs = events_of(
        "Foreign Minister Taro Sato discussed Japan's policy on South Korea in a meeting with U.S. Secretary of State "
        "John Smith, a Japanese official said.\n\nSato's remarks during the bilateral talks Thursday in Tokyo come as "
        "South Korean President Kim Min-jun reportedly criticized Japanese leaders this week.",
        published="2013-10-04",
        publisher="The Japan Times (Kyodo)",
    )
    assert [(parties(e), e.date, e.location and e.location.name) for e in evs] == [
        ({"JPN", "USA"}, "2013-10-03", "Tokyo")
    ]


def test_telephone_talks_told_without_names_set_the_kind_the_headline_leaves_open() -> None:
    """ "Japan, US top diplomats hold talks on ties" over "... top diplomats held telephone talks ...": a call."""
    evs = events_of(
        "TOKYO - Japanese and US top diplomats held telephone talks on bilateral relations, Japan's Foreign Ministry "
        "said Monday.\n\nTalking with US Secretary of State John Smith, Japanese Foreign Minister Taro Sato said "
        "that the alliance is a foundation of peace.",
        title="Japan, US top diplomats hold talks on ties",
        published="2013-02-04",
        publisher="China Daily",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("call", {"JPN", "USA"})]


def test_separate_talks_told_after_a_headline_line_share_the_first_talks_day() -> None:
    """The headline repeated in the body names one side only; the separate talks told after the first talks take that
    first interaction's day, not the repeated headline's (none)."""
    title = "Kim Holds Series of Summit Talks with Leaders of 4 Nations"
    evs = events_of(
        f"Written: 2024-07-11 09:54:53\n\n{title}\n\nPhoto : YONHAP News\n\nPresident Kim Min-jun first sat down for "
        "talks with German Chancellor Hans Weber on Wednesday morning in Washington.\n\nKim also held separate "
        "bilateral summit talks with the leaders of Canada, Sweden and Finland.",
        title=title,
        published="2024-07-11",
        publisher="KBS World (Yonhap photo)",
    )
    assert sorted((sorted(parties(e)), e.date) for e in evs) == [
        (["CAN", "KOR"], "2024-07-10"),
        (["DEU", "KOR"], "2024-07-10"),
        (["FIN", "KOR"], "2024-07-10"),
        (["KOR", "SWE"], "2024-07-10"),
    ]


def test_the_official_told_with_a_relative_clause_is_the_visitor_told_before() -> None:
    """ "The Iraqi official, who arrived in the Iranian capital on Saturday morning, met with his Iranian counterpart
    X": the visiting minister of the first talks, in a second meeting."""
    evs = events_of(
        "TEHRAN, Sep. 26 (MNA) - On the first day of his two-day trip to Tehran, Iraqi FM Ali Karim met and held talks "
        "with the Iranian President Reza Ahmadi on Saturday evening.\n\nThe Iraqi official, who arrived in the Iranian "
        "capital on Saturday morning, met with his Iranian counterpart Hassan Tehrani at the Foreign Ministry before "
        "visiting President Ahmadi.",
        title="Iraqi FM meets, holds talks with President Ahmadi",
        published="2020-09-26",
        publisher="Mehr News Agency",
    )
    assert [people_of(e) for e in evs] == [
        {"Ali Karim": "IRQ", "Reza Ahmadi": "IRN"},
        {"Ali Karim": "IRQ", "Hassan Tehrani": "IRN"},
    ]


def test_a_dateline_below_a_photo_caption_places_talks_held_here() -> None:
    """A news page's caption over the story ("... [Photo/Xinhua]") is furniture: "BEIJING - ... held talks ... here"."""
    evs = events_of(
        "(Xinhua)\nUpdated: 2010-09-27 14:01\nLarge Medium Small\n\nRussia's President Ivan Petrov walks with Chinese "
        "President Li Hua as they inspect an honour guard during an official welcoming ceremony in Beijing September "
        "27, 2010.[Photo/Xinhua]\n\nBEIJING - Chinese President Li Hua held talks with his Russian counterpart Ivan "
        "Petrov here Monday morning.",
        title="Chinese, Russian presidents hold talks",
        published="2010-09-27",
        publisher="China Daily (Xinhua)",
    )
    assert [e.location and e.location.name for e in evs] == ["Beijing"]


def test_a_refused_call_and_a_meeting_with_media_figures_are_no_events() -> None:
    """ "President X refuse receiving phone call PM Y" (a headline), "during meeting with number of media figures":
    a contact refused and an audience of the public are no diplomatic interaction."""
    evs = events_of(
        "CAIRO - Israeli television said on Wednesday that President Omar Hassan refused to receive a phone call from "
        "Israeli Prime Minister David Levi.\n\nEarlier during meeting with number of media figures on the sidelines of "
        "a celebration, President Omar Hassan said that Egypt is intensifying its efforts.",
        title="Israeli TV says President Hassan refuse receiving phone call PM Levi",
        published="2024-01-24",
        publisher="Egypt Today",
    )
    assert evs == []


def test_an_occasions_day_is_not_the_messages_and_a_style_after_an_office_is_no_part_of_it() -> None:
    """ "conveyed a congratulatory message to the Prime Minister of India, Honourable Shri X for the 72nd Republic Day
    of India, commemorated on Tuesday 26th January 2021": the release's day, and the office without the style."""
    evs = events_of(
        "Fijian Prime Minister, Hon. Jone Waqa has conveyed a congratulatory message to the Prime Minister of the "
        "Republic of India, Honourable Shri Ravi Kumar for the occasion of the 72nd Republic Day of India, "
        "commemorated on Tuesday 26th January 2021.",
        published="2021-01-27",
        publisher="Fiji Ministry of Foreign Affairs",
    )
    assert [(e.kind, e.date) for e in evs] == [("message", "2021-01-27")]
    assert {p.title for p in evs[0].participants if p.country == "IND"} == {"Prime Minister of the Republic of India"}


def test_a_credited_caption_is_no_event_and_xian_is_no_mention_of_xi() -> None:
    """ "X hosts the meeting in Xi'an, Shaanxi province. [Photo by Y/chinadaily.com.cn]" is a caption; the story's
    "after X hosted the ... Meeting in Xi'an. It was attended by the foreign ministers of A, B and C" is the meeting,
    and "Xi'an" names no one though President Xi Jinping is named further on."""
    evs = events_of(
        "State Councilor and Foreign Minister Li Hua hosts the fourth China-Central Asia Foreign Ministers' Meeting in "
        "Xi'an, Shaanxi province. [Photo by Wang Lei/chinadaily.com.cn]\n\nThe decision was announced on Thursday "
        "after State Councilor and Foreign Minister Li Hua hosted the fourth China-Central Asia Foreign Ministers' "
        "Meeting in Xi'an. It was attended by the foreign ministers of Kazakhstan, Kyrgyzstan and Tajikistan.\n\n"
        "Li said cooperation has grown under the guidance of President Xi Jinping.",
        title="Summit to promote region's influence",
        published="2023-04-28",
        publisher="People's Daily Online (China Daily)",
    )
    assert [(parties(e), e.location and e.location.name) for e in evs] == [({"CHN", "KAZ", "KGZ", "TJK"}, "Xi'an")]
    assert [p.name for p in evs[0].participants if p.name] == ["Li Hua"]


def test_an_undated_reports_unresolvable_weekday_yields_to_the_release_it_quotes() -> None:
    """No publication date: "..., the EEAS said in a press release on Thursday" gives no day; the release quoted
    next ("On 23 December 2021, X held a phone call with Y") does."""
    evs = events_of(
        "EU foreign policy chief Jan Novak and Ukrainian Foreign Minister Ivan Petrenko discussed the security "
        'situation in a phone call, the EEAS said in a press release on Thursday.\n"On 23 December 2021, High '
        "Representative Jan Novak held a phone call with Ukrainian Foreign Affairs Minister Ivan Petrenko to "
        'discuss the security situation," the press release says.',
        publisher="Vestnik Kavkaza (citing EEAS)",
    )
    assert [(e.kind, e.date) for e in evs] == [("call", "2021-12-23")]


def test_who_sent_an_envoy_or_hosts_the_occasion_is_not_at_the_meeting() -> None:
    """ "X, the special envoy of Iranian President Y": Y sent X; "on the sidelines of the G20 meeting hosted by Brazil's
    President Z": Z hosts the occasion, no second meeting."""
    evs = events_of(
        "Foreign Minister Li Hua met with Reza Karimi, the special envoy of Iranian President Hassan Tehrani, in "
        "Beijing on Monday.",
        published="2024-01-15",
        publisher="Xinhua",
    )
    assert [people_of(e) for e in evs] == [{"Li Hua": "CHN", "Reza Karimi": "IRN"}]
    evs = events_of(
        "External Affairs Minister Ravi Kumar on Tuesday met his Brazilian counterpart Jose Silva on the sidelines "
        "of the G20 meeting hosted by Brazil's President Carlos Souza.",
        published="2024-02-21",
        publisher="PTI",
    )
    assert [people_of(e) for e in evs] == [{"Ravi Kumar": "IND", "Jose Silva": "BRA"}]


def test_an_organisations_envoy_for_a_state_is_the_organisations() -> None:
    """ "UN Special Envoy for Syria X": the UN's envoy, Syria the portfolio ("Ambassador for Brazil" stays Brazil's)."""
    evs = events_of(
        "Deputy Foreign Minister Ivan Petrov met with UN Special Envoy for Syria Jan Berg in Geneva.",
        published="2023-09-14",
        publisher=RUSSIA,
    )
    assert [parties(e) for e in evs] == [{"RUS", "UN"}]


def test_the_place_of_another_days_talks_does_not_place_the_meeting() -> None:
    """ "ANKARA - X hosted Y, a day after Y held talks with Z in Moscow": Ankara, not Moscow."""
    evs = events_of(
        "ANKARA - Turkish President Ali Demir hosted his Azerbaijani counterpart Elnur Aliyev, a day after Aliyev held "
        "talks with Russian President Ivan Petrov in Moscow.",
        published="2024-08-20",
        publisher="Daily Sabah",
    )
    assert [(parties(e), e.location and e.location.name) for e in evs] == [({"TUR", "AZE"}, "Ankara")]


def test_a_states_name_before_a_lone_family_name_is_a_given_name() -> None:
    """ "Israeli Foreign Minister Israel Cohen": after a demonym's office, "Israel" is the minister's given name."""
    evs = events_of(
        "Foreign Secretary John Smith spoke to Israeli Foreign Minister Israel Cohen today.",
        published="2024-07-15",
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert [people_of(e) for e in evs] == [{"John Smith": "GBR", "Israel Cohen": "ISR"}]
    assert {p.title for p in evs[0].participants} == {"Foreign Secretary", "Foreign Minister"}


def test_a_pair_named_discussing_then_the_meeting_was_organised() -> None:
    """ "Russian and Chinese foreign ministers, A and B, discussed cooperation. The meeting was organised on Sunday on
    the sidelines of ...": the meeting of the pair named just before, though neither sentence has a meeting verb."""
    evs = events_of(
        "BEIJING, November 9. /TASS/. Russian and Chinese foreign ministers, Ivan Petrov and Li Hua, discussed "
        "cooperation between the foreign ministries. The meeting was organised on Sunday on the sidelines of the "
        "APEC summit due on Monday.",
        title="Russian, Chinese foreign ministers discuss cooperation between their authorities",
        published="2014-11-09",
        publisher="TASS",
    )
    assert [(e.kind, parties(e), e.date) for e in evs] == [("meeting", {"RUS", "CHN"}, "2014-11-09")]
