"""People no table knows: every name here is made up, so the state of each participant must come from the
words of the text and of its publisher line, never from the office-holder table.

The cases are short texts written for these tests in the styles of agencies, papers, reposting sites
and embassies; each names the pattern of the genre it checks.
"""

from __future__ import annotations

from readout.extract.document import publisher_of
from readout.model import Event

from ._support import INDIA, events_of, layers, make_doc, parties


def people_of(e: Event) -> dict[str | None, str | None]:
    return {p.name: p.country for p in e.participants}


def test_a_site_carrying_another_states_agency_story_is_not_its_own_states_publisher() -> None:
    """ "Malta News Gazette (Ethiopian News Agency)": a head of state receiving envoys is Ethiopia's."""
    doc = make_doc("x", publisher="Malta News Gazette (Ethiopian News Agency)")
    assert publisher_of(doc, "")[0] != "MLT"
    evs = events_of(
        "President Ardo Lemessa has received credentials of three newly appointed ambassadors to Ethiopia in a "
        "ceremony held at the National Palace today.\n\nThe ambassadors who presented credentials are from "
        "Canada, Finland and Nicaragua.",
        published="2023-05-10",
        publisher="Malta News Gazette (Ethiopian News Agency)",
    )
    assert {p.country for e in evs for p in e.participants if p.name} == {"ETH"}
    assert len(evs) == 3


def test_an_outlets_bracketed_state_is_its_own_when_it_cites_another_states_ministry() -> None:
    """ "Kathmandu Herald (Nepal), citing Pakistan MoFA": the unqualified foreign minister is Nepal's."""
    evs = events_of(
        "Foreign Minister Dorje Tamrakar received a telephone call from his Pakistani "
        "counterpart Imran Wazirzada on 22 August.\n\nThe two ministers discussed regional connectivity.",
        published="2019-08-23",
        publisher="Kathmandu Herald (Nepal), citing Pakistan MoFA",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Dorje Tamrakar": "NPL", "Imran Wazirzada": "PAK"}


def test_an_embassys_page_with_no_envoy_reposts_its_governments_news() -> None:
    """On an embassy's page a prime minister's round of calls is the home state's, not the host's."""
    evs = events_of(
        "PM Halevi speaks with world leaders\n\nPrime Minister Yoav Halevi today spoke with German Chancellor "
        "Greta Lindqvist and Czech Prime Minister Pavel Dvorak about the rocket fire.",
        published="2012-11-17",
        publisher="Israel Ministry of Foreign Affairs (Embassy of Israel in Yaoundé website)",
    )
    assert {p.country for e in evs for p in e.participants if p.name == "Yoav Halevi"} == {"ISR"}


def test_rf_president_is_russias() -> None:
    """ "RF President" (the Russian Federation's) in a repost of a prime minister's office's release."""
    evs = events_of(
        "Prime Minister Aram Vardanyan today had a telephone conversation with RF President Oleg Smirnov.\n"
        "Prime Minister Vardanyan dwelt on the situation on the line of contact.",
        published="2020-09-27",
        publisher="Yerevan Daily (Armenia), reproducing the Office of the Prime Minister of Armenia",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Aram Vardanyan": "ARM", "Oleg Smirnov": "RUS"}


def test_a_demonym_counterparts_name_is_of_that_state() -> None:
    """ "his Vietnamese counterpart <three-word name>", whatever the statistical model makes of the name."""
    evs = events_of(
        "HANOI — Russian Minister of Foreign Affairs Ilkka Amarillo and his Vietnamese counterpart Nuno Mwangaza "
        "Hallorain discussed measures to boost the partnership during their talks held in Hanoi on Wednesday.",
        published="2022-07-06",
        publisher="Viet Nam News (VNS)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Ilkka Amarillo": "RUS", "Nuno Mwangaza Hallorain": "VNM"}


def test_a_family_name_alone_in_the_headline_is_the_person_named_in_full_below() -> None:
    """ "Tamatea hosts talks with Australian Foreign Minister": the host is the minister the story names."""
    evs = events_of(
        "Tamatea hosts first talks with Australian Foreign Minister\n\nBy a staff reporter\n\n"
        "Foreign Minister Rawiri Tamatea and his Australian counterpart Joanne Pell have been discussing foreign "
        "policy at Auckland's Waiheke Island.\n\nTamatea said the talks were fruitful.",
        publisher="Aotearoa Weekly",
    )
    assert len(evs) == 1
    assert "Rawiri Tamatea" in people_of(evs[0])
    assert people_of(evs[0])["Joanne Pell"] == "AUS"


def test_the_office_of_a_state_then_the_holder_apposed() -> None:
    """ "The president-elect of Brazil, X, and the American president, Y, had their first conversation"."""
    evs = events_of(
        "The president-elect of Brazil, Solveig Novotny Brennagh da Fitzwarren, and the American president, Dale "
        "Whitcombe, had "
        "this Monday their first conversation since the election, by video conference.",
        published="2022-10-31",
        publisher="Pledge Times",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Solveig Novotny Brennagh da Fitzwarren": "BRA", "Dale Whitcombe": "USA"}


def test_two_demonyms_then_a_plural_office_then_two_names_in_order() -> None:
    """ "between Georgian and Russian Foreign Ministers X and Y"."""
    evs = events_of(
        "The embassy welcomes the recent meeting between Georgian and Russian Foreign Ministers Levan Abashidze and "
        "Pyotr Orlov, held in New York on the sidelines of the General Assembly.",
        published="2019-09-27",
        publisher="Tbilisi Monitor (Georgia)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Levan Abashidze": "GEO", "Pyotr Orlov": "RUS"}


def test_an_initial_and_a_given_name_are_not_a_known_holder() -> None:
    """ "External Affairs Minister S Viktor": one given name shared with a head of government is no match."""
    evs = events_of(
        "External Affairs Minister S Viktor on Thursday met his Brazilian counterpart Maria Sokolov on the "
        "sidelines of the UN General Assembly in New York.",
        published="2019-09-27",
        publisher="Lokmat Times (ANI)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"S Viktor": "IND", "Maria Sokolov": "BRA"}


def test_a_leaders_office_names_its_principal_without_title() -> None:
    """The Kremlin's "X had a telephone conversation with President of the United States Y": X is Russia's,
    not the state the call was about."""
    evs = events_of(
        "Telephone conversation with US President Daniel Achieng\n\nIn line with a previous agreement, Viktor "
        "Kamara had a telephone conversation with President of the United States Daniel Achieng.\n\nThe parties "
        "discussed the crisis in Ukraine. Viktor Kamara reiterated the need for a ceasefire in Ukraine, and "
        "stressed that Ukraine must open a dialogue.",
        published="2014-07-10",
        publisher="President of Russia (Kremlin)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Viktor Kamara": "RUS", "Daniel Achieng": "USA"}


def test_an_organisations_chief_on_a_visit_is_received_by_the_hosts_president() -> None:
    """On the AU Commission's page, "President X" who received its Chairperson on a visit to South Africa is
    South Africa's, not the AU's."""
    evs = events_of(
        "The Chairperson of the African Union Commission, Fatima Nyambura Soler, concluded a two day working "
        "visit to the Republic of South Africa today.\n\nThe Chairperson was received by President Andrei "
        "Suarez, where the two leaders held extensive consultations on a wide range of issues.",
        published="2020-12-02",
        publisher="African Union Commission",
    )
    assert len(evs) == 1
    assert {p.name: p.country or p.org for p in evs[0].participants} == {
        "Fatima Nyambura Soler": "AU",
        "Andrei Suarez": "ZAF",
    }


def test_a_charge_daffaires_posted_in_a_city_then_named() -> None:
    """ "The Charge d'Affaires of the Embassy of Pakistan in Abuja, Nigeria, X, has paid a courtesy call"."""
    evs = events_of(
        "The Charge d’Affaires of the Embassy of the Islamic Republic of Pakistan in Abuja, Nigeria, Sara Soler, "
        "has paid a courtesy call on Minister-designate for Foreign Affairs, Maria Nowak Alvarez.\n\nIn brief "
        "remarks, Madam Alvarez acknowledged the relations between Ghana and Pakistan.",
        published="2021-02-23",
        publisher="Daily Guide Network (Ghana)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Sara Soler": "PAK", "Maria Nowak Alvarez": "GHA"}


def test_two_honorifics_before_a_long_name_and_its_office_after_a_bare_comma() -> None:
    """ "H.E. Amb. A B C D,Minister of Foreign Affairs of Brazil": one person of four words, Brazil's."""
    evs = events_of(
        "On July 29, H.E. Mr. Thomas Lindgren, Minister for Foreign Affairs, held a foreign ministers' meeting "
        "with H.E. Amb. Aisha Baptiste Oyelaran Mehta,Minister of Foreign Affairs of the Federative Republic of "
        "Brazil.",
        published="2015-07-29",
        publisher="Japan MOFA",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Thomas Lindgren": "JPN", "Aisha Baptiste Oyelaran Mehta": "BRA"}


def test_a_sites_bracketed_government_release_is_that_governments_readout() -> None:
    """ "DoOurBest.org (The White House readout)": the unqualified President is the United States'."""
    assert publisher_of(make_doc("x", publisher="DoOurBest.org (The White House readout)"), "")[0] == "USA"
    assert publisher_of(make_doc("x", publisher="Press News Daily (Japan MOFA release)"), "")[0] == "JPN"
    evs = events_of(
        "Readout of President Viktor R. Demir Jansen's Call with President Sofia Duarte Diallo of Egypt\n\n"
        "President Viktor R. Demir Jansen spoke today with President Sofia Duarte Diallo of Egypt. The two leaders "
        "discussed humanitarian assistance to Gaza.",
        published="2023-10-24",
        publisher="DoOurBest.org (The White House readout)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Viktor R. Demir Jansen": "USA", "Sofia Duarte Diallo": "EGY"}


def test_a_visit_to_a_city_names_the_state_whose_president_hosted() -> None:
    """ "concluded his two-day visit to Antalya ... the summit hosted by President X": Turkey's president, not
    the visiting EU official's organisation."""
    evs = events_of(
        "On 18 June, EU High Representative Mikhail Osei concluded his two-day visit to Antalya where he "
        "participated in the regional summit.\n\nHigh Representative Osei met on Thursday with President Olena "
        "Sokolov Diallo, the summit's host.",
        published="2021-06-19",
        publisher="European External Action Service (EEAS)",
    )
    assert evs
    assert {p.name: p.country or p.org for p in evs[0].participants} == {
        "Mikhail Osei": "EU",
        "Olena Sokolov Diallo": "TUR",
    }


def test_the_official_envoys_call_on_in_their_host_capital_is_of_that_state() -> None:
    """ "Nine Heads of Mission paid courtesy calls on Vice President X at his offices in Lilongwe": X is
    Malawi's although neither the paper's name nor the text ties him to it."""
    evs = events_of(
        "Two Heads of Diplomatic Mission on Friday morning paid courtesy calls on Vice President Dr. Tamanda Phiri "
        "at his Capital Hill offices in Lilongwe.\n\nThe Heads of Mission who paid the courtesy calls were the "
        "Ambassador of Germany, Jurgen Borsch, and the High Commissioner of Zambia, Mwila Banda.",
        published="2020-11-13",
        publisher="Lakeside Times",
    )
    assert evs
    assert {p.country for e in evs for p in e.participants if p.name == "Tamanda Phiri"} == {"MWI"}


def test_a_list_of_envoys_each_named_before_the_office_whatever_the_model_reads() -> None:
    """ "His Excellencies (HE) A B Ambassador of Germany, C D the High Commissioner of Zambia and E F Ambassador
    of Ireland": the words from the separator to the office are the envoy's name."""
    evs = events_of(
        "Three Heads of Mission on Friday paid courtesy calls on Vice President Tamanda Phiri at his offices in "
        "Lilongwe.\n\nThe Heads of Mission were His Excellencies (HE) Julia Lindqvist Ambassador of the Federal "
        "Republic of Germany, Nuno Mwangaza Hallorain the High Commissioner of the Republic of Zambia and Andrei "
        "Herrera Kamara Ambassador of the Republic of Ireland.",
        published="2020-11-13",
        publisher="Lakeside Times",
    )
    named = {p.name: p.country for e in evs for p in e.participants if p.name != "Tamanda Phiri"}
    assert named == {"Julia Lindqvist": "DEU", "Nuno Mwangaza Hallorain": "ZMB", "Andrei Herrera Kamara": "IRL"}


def test_a_second_office_joined_by_and_is_the_same_persons() -> None:
    """ "His Highness Sheikh X, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces,
    received a phone call": the second office (of the UAE) is X's, not another person's."""
    evs = events_of(
        "ABU DHABI, 13th Jan, 2020 (WAM) -- His Highness Sheikh Hana bin Moyo Al Rossi, Crown Prince of Abu Dhabi "
        "and Deputy Supreme Commander of the UAE Armed Forces, today received a phone call from German Chancellor "
        "Lucia Brandt.",
        published="2020-01-13",
        publisher="Gulf Wire",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Hana bin Moyo Al Rossi": "ARE", "Lucia Brandt": "DEU"}


def test_an_office_told_in_passing_is_not_a_named_envoy_of_the_same_state() -> None:
    """ "received Ambassador of Hungary X ... the upcoming visit of the Hungarian Minister of Foreign Affairs":
    the envoy keeps his own office; an unnamed minister of his state is another person."""
    evs = events_of(
        "First Deputy Foreign Minister Aidos Kemelbek received Ambassador of Portugal Rui Tavares Moita.\n\n"
        "The parties discussed preparations for the upcoming visit of the Portuguese Minister of Foreign Affairs "
        "to the capital.",
        published="2023-04-06",
        publisher="Steppe Wire (Kazakhstan)",
    )
    assert len(evs) == 1
    assert {(p.name, p.title, p.country) for p in evs[0].participants} == {
        ("Aidos Kemelbek", "First Deputy Foreign Minister", "KAZ"),
        ("Rui Tavares Moita", "Ambassador", "PRT"),
    }


def test_a_legislatures_own_page_gives_its_speaker_its_state() -> None:
    """A parliament's release names its own speaker without a demonym, as a ministry names its minister."""
    evs = events_of(
        "Speaker Ilse Vandermolen met with a parliamentary delegation led by Tariq Benali, Speaker of the House "
        "of Representatives of Tunisia, at the Parliament on 3 March.\n\nThe two speakers discussed trade.",
        published="2021-03-04",
        publisher="House of Representatives of the Kingdom of the Netherlands",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Ilse Vandermolen": "NLD", "Tariq Benali": "TUN"}
    assert evs[0].mode == "host"


def test_two_royals_of_one_family_are_two_people_though_one_names_words_are_all_in_the_other() -> None:
    """ "the Amir Sheikh Rashid Al-Fahad Al-Rashid" and "the Crown Prince Sheikh Mansour Al-Fahad Al-Rashid":
    the Amir's given name is his family's name, but the Crown Prince who attended is not the Amir."""
    evs = events_of(
        "KUWAIT, Feb 10 (KUNA) -- His Highness the Amir Sheikh Rashid Al-Fahad Al-Rashid received at Bayan "
        "Palace on Monday Maltese Foreign Minister Carmelo Vella, who conveyed a message from the President of "
        "Malta.\n\nThe meeting was attended by His Highness the Crown Prince Sheikh Mansour Al-Fahad Al-Rashid.",
        published="2020-02-10",
        publisher="Kuwait News Agency",
    )
    assert len(evs) == 1
    hosts = [p for p in evs[0].participants if p.country == "KWT"]
    assert [(p.name, p.title) for p in hosts] == [("Rashid Al-Fahad Al-Rashid", "Amir")]


def test_a_photo_caption_label_on_the_next_line_is_not_part_of_a_name() -> None:
    """A page repeating its headline above a photo ("... Foreign Minister Quispe\nPhoto: OAS"): the caption's
    label is no family name, so no second "Quispe Photo" meets the Secretary General."""
    evs = events_of(
        "OAS Secretary General Meets with Foreign Minister Quispe\nPhoto: OAS\n\nThe Secretary General of the "
        "Organization of American States (OAS), Rafael Montero, today met with the Minister of Foreign Affairs "
        "of Bolivia, Eduardo Quispe, during an official visit to La Paz.",
        title="OAS Secretary General Meets with Foreign Minister Quispe",
        published="2011-03-02",
        publisher="Organization of American States",
    )
    assert {p.name for e in evs for p in e.participants} == {"Rafael Montero", "Eduardo Quispe"}


def test_offices_listed_before_a_name_are_all_that_persons() -> None:
    """ "met the Minister of Fisheries and Ocean Economy, Minister of Foreign Affairs, Regional Integration and
    Trade, Mr X" is one minister, and "the Foreign Affairs Minister" later is he, not an official of the
    outlet's state."""
    evs = events_of(
        "The newly appointed High Commissioner of the Republic of Kenya to Seychelles, Mr Otieno Wambugu, met the "
        "Minister of Fisheries and Ocean Economy, Minister of Foreign Affairs, Regional Integration and Trade, "
        "Mr Jean-Paul Lafortune, yesterday, in Victoria.\n\nMr Wambugu said he discussed with the Foreign Affairs "
        "Minister key areas of cooperation.",
        publisher="Namibia Daily (AllAfrica)",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Otieno Wambugu": "KEN", "Jean-Paul Lafortune": "SYC"}


def test_an_office_after_a_listed_name_opens_the_next_persons_entry() -> None:
    """ "Chad Ambassador, A B, Peru Ambassador, Mrs C D": "Peru Ambassador" is C D's office, not a second
    state of A B."""
    evs = events_of(
        "President Aiyana Roux received letters of credence from Chad High Commissioner, Idriss Mahamat Saleh, "
        "Peru High Commissioner, Mrs Lucia Quispe Huaman and Fiji High Commissioner, Josaia Tui, at State House "
        "on 4 May 2021.",
        published="2021-05-05",
        publisher="Seychelles Nation",
    )
    assert {p.name: p.country for e in evs for p in e.participants if p.name != "Aiyana Roux"} == {
        "Idriss Mahamat Saleh": "TCD",
        "Lucia Quispe Huaman": "PER",
        "Josaia Tui": "FJI",
    }


def test_a_reworded_office_names_its_holder_but_not_a_lesser_office() -> None:
    """ "the Foreign Affairs Minister" is the "Minister of Foreign Affairs, Regional Integration and Trade" named
    before, not a "Deputy Minister of Foreign Affairs"."""
    from readout.extract.actors import _reworded

    assert _reworded("foreign affairs minister", "minister of foreign affairs, regional integration and trade")
    assert not _reworded("foreign affairs minister", "deputy minister of foreign affairs")
    assert not _reworded("minister", "minister of foreign affairs")  # one word says too little


def test_a_headlines_two_sides_listed_with_a_comma_are_not_a_name_and_its_office() -> None:
    """ "Rahman, Sultan of Brunei hold meeting": the headline lists the two sides; Rahman is not the Sultan."""
    evs = events_of(
        "PUTRAJAYA: Sultan of Brunei Sultan Omar Ali Bolkiah held a bilateral meeting with Prime Minister Datuk "
        "Seri Rahman Ismail today in conjunction with His Majesty's special visit to Malaysia.",
        title="Rahman, Sultan of Brunei hold meeting to boost bilateral ties",
        published="2023-01-30",
        publisher="Kuala Lumpur Daily, Bernama",
    )
    assert len(evs) == 1
    assert {p.name: (p.title, p.country) for p in evs[0].participants}["Rahman Ismail"] == ("Prime Minister", "MYS")


def test_a_style_later_in_the_text_does_not_replace_the_office_and_an_envoy_to_a_body_is_not_of_it() -> None:
    """ "H.H. Sheikh X, Deputy Prime Minister and Minister of Foreign Affairs, has received the Chairperson of the
    African Union Commission, Y. During the meeting in Abu Dhabi ... Sheikh X also reaffirmed ... attended by Z,
    Ambassador to Ethiopia and the country's Permanent Representative to the African Union": X keeps his office,
    the meeting is in Abu Dhabi, and Y is not the Permanent Representative."""
    evs = events_of(
        "H.H. Sheikh Rashid bin Saeed Al Fahim, Deputy Prime Minister and Minister of Foreign Affairs, has received "
        "the Chairperson of the African Union Commission (AUC), Kofi Mensah Boateng.\nDuring the meeting in Abu "
        "Dhabi, the two sides discussed cooperation.\nSheikh Rashid also reaffirmed the UAE's keenness to enhance "
        "cooperation with the AUC.\nThe meeting was attended by Ali Salem Al Darmaki, UAE Ambassador to Ethiopia "
        "and the country's Permanent Representative to the African Union.",
        title="Rashid bin Saeed receives AU Commission Chairperson",
        publisher="Gulf Wire (WAM)",
    )
    assert len(evs) == 1
    e = evs[0]
    assert e.location is not None and e.location.name == "Abu Dhabi"
    titles = {p.name: p.title for p in e.participants}
    assert titles["Rashid bin Saeed Al Fahim"] == "Deputy Prime Minister and Minister of Foreign Affairs"
    assert "Permanent Representative" not in (titles["Kofi Mensah Boateng"] or "")


def test_a_new_envoy_told_by_office_and_named_in_the_next_sentence() -> None:
    """ "met with the new European Union (EU) ambassador to South Korea ... During the meeting with Maria Lopez
    Garcia, Han expressed ...": the envoy is the EU's, and her name is the one met "with"."""
    evs = events_of(
        "First Vice Foreign Minister Han Min-jae met with the new European Union (EU) ambassador to South Korea "
        "on Thursday and discussed bilateral ties, the foreign ministry said.\n\nDuring the meeting with Maria Lopez "
        "Garcia, Han expressed hope that the strategic partnership will develop further.",
        published="2021-03-11",
        publisher="Seoul Wire (Yonhap)",
    )
    assert len(evs) == 1
    assert {(p.name, p.country or p.org) for p in evs[0].participants} == {
        ("Han Min-jae", "KOR"),
        ("Maria Lopez Garcia", "EU"),
    }


def test_envoys_of_full_rank_listed_by_their_states_long_names_each_meet_the_host() -> None:
    """ "Ambassadors Extraordinary and Plenipotentiary of the Republic of Chile, the Kingdom of Norway and of the
    Republic of Macedonia presented their Letters of Credence to the President": one audience per envoy."""
    evs = events_of(
        "Ambassadors Extraordinary and Plenipotentiary of the Republic of Chile, the Kingdom of Norway and of the "
        "Republic of Macedonia presented April 19 their Letters of Credence to the President of Mongolia Batbold "
        "Tserendorj.",
        published="2016-04-21",
        publisher="Ulaanbaatar Daily",
    )
    assert sorted(p.country or "" for e in evs for p in e.participants if p.name is None) == ["CHL", "MKD", "NOR"]
    assert len(evs) == 3


def test_an_honorifics_ideal_is_not_a_name() -> None:
    """ "the Founder of Peace and National Unity — Leader of the Nation, President ... X": no one is "Unity"."""
    evs = events_of(
        "On September 14, the Founder of Peace and National Unity — Leader of the Nation, President of the Republic "
        "of Tajikistan, Honorable Rustam Nazarov met with the President of the Kyrgyz Republic, Honorable Almaz "
        "Tokoev.",
        published="2023-09-14",
        publisher="Dushanbe Wire",
    )
    assert "Unity" not in {p.name for e in evs for p in e.participants}


def test_the_head_of_a_delegation_is_of_the_delegations_state() -> None:
    """ "received the U.S. delegation led by the Administrator of the Agency for International Development (USAID)
    X": X is American though no title or demonym of X's own says so."""
    evs = events_of(
        "Today, President of the Republic of Uzbekistan Ali Karimov received the U.S. delegation led by the "
        "Administrator of the Agency for International Development (USAID) Laura Benton.",
        published="2023-10-20",
        publisher="Tashkent Times",
    )
    assert len(evs) == 1
    assert people_of(evs[0]) == {"Ali Karimov": "UZB", "Laura Benton": "USA"}


def test_a_compound_word_opening_a_garbled_sentence_is_no_name_and_no_dateline() -> None:
    # A page that lost a line break: "Speaker Dr." runs into "Non-resident ambassadors ...".
    evs = events_of(
        "Bangladesh National Parliament Speaker Dr. Non-resident ambassadors of 14 countries assigned to "
        "Bangladesh paid a courtesy call on Speaker Rina Das MP today at her office in Sangsad Bhavan.",
        title="Ambassadors call on Speaker",
        published="2024-01-24",
        publisher="Dhaka Daily",
    )
    names = {p.name for e in evs for p in e.participants}
    assert "Non-resident" not in names
    assert all(e.location is None or e.location.country == "BGD" for e in evs)


def test_the_last_word_of_a_portfolio_before_an_apposed_name_is_the_titles() -> None:
    evs = events_of(
        "The Minister of Information and National Orientation, Sani Idris, and the Minister of Youth and Sports "
        "Development, Ade Ojo, received the Ghanaian Ambassador, Kofi Mensah, in Abuja on Tuesday.",
        published="2024-01-24",
        publisher="Lagos Courier",
    )
    assert len(evs) == 1
    people = {(p.name, p.title, p.country) for p in evs[0].participants}
    assert people == {
        ("Sani Idris", "Minister of Information and National Orientation", "NGA"),
        ("Ade Ojo", "Minister of Youth and Sports Development", "NGA"),
        ("Kofi Mensah", "Ambassador", "GHA"),
    }


def test_officials_listed_as_welcoming_a_visitor_hold_no_meeting_of_their_own() -> None:
    evs = events_of(
        "President Musa Bello hosted the United States Secretary of State, Mark Hill, at the Presidential Villa, "
        "Abuja, on Tuesday. Apart from Nigeria, Hill will visit Cape Verde and Angola.\n\n"
        "Among top government officials who welcomed him were Chief of Staff to the President, Ade Bala; Minister "
        "of Foreign Affairs, Yusuf Garba; and Minister of Solid Minerals Development, Dele Ojo.",
        published="2024-01-24",
        publisher="Lagos Courier",
    )
    assert [parties(e) for e in evs] == [{"NGA", "USA"}]


def test_a_style_alone_or_a_building_named_first_is_no_person() -> None:
    evs = events_of(
        "PUTRAJAYA: Sultan of Brunei Sultan Hassan Bolkan held a bilateral meeting with Prime Minister Datuk Seri "
        "Ali Rahman today during His Majesty's special visit to Malaysia.\n"
        "His Majesty himself drove a car carrying his son Pengiran Muda 'Abdul Matin Bolkan and Ali to Kompleks "
        "Seri Perdana at 12.25 pm for the meeting.",
        title="Ali, Sultan of Brunei hold meeting to boost bilateral ties",
        published="2022-11-28",
        publisher="Kuala Lumpur Daily",
    )
    names = {p.name for e in evs for p in e.participants}
    assert not names & {"Pengiran Muda", "Kompleks Seri Perdana"}
    assert [parties(e) for e in evs] == [{"BRN", "MYS"}]


def test_a_leader_invited_to_another_occasion_is_no_party() -> None:
    evs = events_of(
        "Brazil's Foreign Minister, Marco Vieira, described the meeting with Argentine Foreign Minister-designate "
        "Diana Molina as productive. During the meeting, Vieira received an invitation for President Luiz Silva "
        "to attend the Argentinian inauguration.",
        published="2023-11-27",
        publisher="Rio Courier",
    )
    assert [{p.name for p in e.participants} for e in evs] == [{"Marco Vieira", "Diana Molina"}]


def test_the_end_of_a_states_name_before_and_is_no_part_of_the_next_office() -> None:
    evs = events_of(
        "President Emmanuel Mbeki of South Africa and Prime Minister Kenji Ito of Japan held a summit meeting at the "
        "Union Buildings in Pretoria on Monday.",
        published="2024-08-20",
        publisher="Johannesburg Star",
    )
    assert [(p.name, p.title, p.country) for p in evs[0].participants] == [
        ("Emmanuel Mbeki", "President", "ZAF"),
        ("Kenji Ito", "Prime Minister", "JPN"),
    ]


def test_a_portfolio_ending_in_a_common_noun_keeps_it_out_of_the_name() -> None:
    evs = events_of(
        "Special Envoy for Climate Jane Moore met with Chinese Special Envoy for Climate Change Xie Hua in Beijing on "
        "Thursday.",
        published="2024-07-18",
        publisher="US Department of State",
    )
    assert {(p.name, p.title) for p in evs[0].participants} == {
        ("Jane Moore", "Special Envoy for Climate"),
        ("Xie Hua", "Special Envoy for Climate Change"),
    }


def test_each_of_the_ministers_of_a_list_of_states_holds_the_office_in_the_singular() -> None:
    evs = events_of(
        "The Foreign Ministers of Argentina, Brazil, Paraguay and Uruguay met in Asuncion on Thursday ahead of the "
        "Mercosur summit.",
        published="2024-07-04",
        publisher="Montevideo Wire",
    )
    assert {p.title for p in evs[0].participants} == {"Foreign Minister"}


def test_a_demonym_counterpart_named_with_an_office_is_of_that_state() -> None:
    evs = events_of(
        "President Daniel Kiprono held talks with his Ugandan counterpart President Moses Okello at State House.",
        published="2022-10-03",
        publisher="Nairobi Courier",
    )
    assert {(p.name, p.country) for p in evs[0].participants} == {("Daniel Kiprono", None), ("Moses Okello", "UGA")}


def test_an_envoy_named_after_the_hosts_office_keeps_his_own_office_and_state() -> None:
    evs = events_of(
        "The President of the ECOWAS Commission, Dr. Omar Sanneh, received Ambassadors of Cuba and Ethiopia at the "
        "Commission Headquarters in Abuja, Nigeria, today.\n\n"
        "H.E. Rosa Pardo, Ambassador of the Republic of Cuba to Nigeria, discussed cooperation in health.\n\n"
        "During his meeting with the President of the Commission, H.E. Tesfaye Alemu Bekele, Ambassador "
        "Extraordinary and Plenipotentiary of the Federal Democratic Republic of Ethiopia to Nigeria, said he looks "
        "forward to working with ECOWAS.",
        published="2025-03-04",
        publisher="Abuja Today",
    )
    assert sorted(sorted((p.name or "", p.country or p.org or "") for p in e.participants) for e in evs) == [
        [("Omar Sanneh", "ECOWAS"), ("Rosa Pardo", "CUB")],
        [("Omar Sanneh", "ECOWAS"), ("Tesfaye Alemu Bekele", "ETH")],
    ]


def test_a_headlines_abbreviated_office_is_no_part_of_the_name() -> None:
    """ "... pay courtesy call on VP Halvorsen": the same man as the body's Vice President, whose family name
    later sentences use alone."""
    evs = events_of(
        "Nine Heads of Diplomatic Mission on Friday paid courtesy calls on Vice President Dr. Tomas Halvorsen at "
        "his offices in Lilongwe.\n\nThe Vice President discussed trade with the envoys.\n\n"
        "The Heads of Mission who paid the courtesy calls on Halvorsen were His Excellencies Sofia Amini Ambassador "
        "of the Federal Republic of Germany, Andrei Mwale the High Commissioner of the Republic of Zambia and Aisha "
        "Hakimi Ambassador of the Republic of Ireland.",
        title="Foreign envoys in Malawi pay courtesy call on VP Halvorsen",
        publisher="Blantyre Times",
    )
    assert sorted(min(parties(e) - {"MWI"}) for e in evs) == ["DEU", "IRL", "ZMB"]
    assert all("Tomas Halvorsen" in {p.name for p in e.participants} for e in evs)


def test_counterparts_listed_each_with_their_state_are_each_of_it() -> None:
    evs = events_of(
        "Peru's Foreign Affairs Minister Lucia Campos on Tuesday met with her counterparts Viktor Teo of Canada and "
        "Rania Diallo Horvat of Colombia prior to the Lima Group meeting. Both gatherings were held separately at "
        "Lima's Torre Tagle Palace.",
        title="Peru FA minister met with Canada, Colombia counterparts",
        published="2018-02-13",
        publisher="Lima Wire",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Lucia Campos", "PER"), ("Viktor Teo", "CAN")},
        {("Lucia Campos", "PER"), ("Rania Diallo Horvat", "COL")},
    ]


def test_a_headlines_verb_after_an_office_is_no_name() -> None:
    evs = events_of(
        "Prime Minister Hon. Peter Kaia, MP has concluded his Official State Visit to Jakarta the capital of Republic "
        "of Indonesia by holding a one on one meeting and bilateral discussions with President Budi Santoso.",
        title="PNG Prime Minister Invites President Santoso for a State Visit to Papua New Guinea",
        published="2022-03-31",
        publisher="Port Moresby Post",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Peter Kaia", "PNG"), ("Budi Santoso", "IDN")}
    ]
    assert evs[0].location is not None and evs[0].location.name == "Jakarta"


def test_envoys_a_sentence_counts_and_the_next_lists_are_each_received() -> None:
    evs = events_of(
        "President Arun Mehra also received three new envoys accredited to India at a short ceremony held at "
        "Rashtrapati Bhavan on 19 September, 2017.\n"
        "They are Tanzania High Commissioner, Juma Kombo, Burundi High Commissioner, Mrs Aline Niyonzima and "
        "Pakistan High Commissioner, Tariq Aziz.",
        published="2017-09-20",
        publisher="Accra Wire",
    )
    assert sorted(min(parties(e) - {"IND"}) for e in evs) == ["BDI", "PAK", "TZA"]
    assert {e.date for e in evs} == {"2017-09-19"}


def test_a_name_apposed_to_a_states_office_before_and_is_its_holder() -> None:
    evs = events_of(
        "Minister of State for External Affairs Ravi Mehra of India met with Gambia Foreign Minister, Dr Ahmed "
        "Nowak and addressed a wide range of issues.",
        published="2021-11-12",
        publisher="Delhi Wire",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Ravi Mehra", "IND"), ("Ahmed Nowak", "GMB")}
    ]


def test_the_head_of_a_party_or_parliament_delegation_is_of_its_state_or_organisation() -> None:
    evs = events_of(
        "Chairman of the National Assembly Tran Van Hai received a delegation of the Lao People's Revolutionary "
        "Party led by Politburo member Sisavath Keo in Hanoi on Tuesday.",
        published="2024-04-16",
        publisher="Hanoi Daily",
    )
    assert {(p.name, p.country) for p in evs[0].participants} == {("Tran Van Hai", "VNM"), ("Sisavath Keo", "LAO")}
    evs = events_of(
        "The Speaker of the Parliament of Georgia, Shalva Beridze, met with a delegation of the European Parliament "
        "led by its Vice-President, Anna Meyer, on Monday.",
        published="2024-03-11",
        publisher="Parliament of Georgia",
    )
    assert {(p.name, p.country or p.org) for p in evs[0].participants} == {
        ("Shalva Beridze", "GEO"),
        ("Anna Meyer", "EU"),
    }


def test_a_regions_name_in_an_envoys_portfolio_is_part_of_the_title() -> None:
    evs = events_of(
        "AU Commission Chairperson Moussa Fakir received in his office on Monday the Special Envoy of the UN "
        "Secretary-General for the Horn of Africa, Hanna Tetteh.",
        published="2024-02-12",
        publisher="Addis Wire",
    )
    assert [(p.name, p.title, p.org) for p in evs[0].participants] == [
        ("Moussa Fakir", "Commission Chairperson", "AU"),
        ("Hanna Tetteh", "Special Envoy of the UN Secretary-General for the Horn of Africa", "UN"),
    ]


def test_names_apposed_to_a_plural_office_each_with_their_state() -> None:
    evs = events_of(
        "The two foreign ministers, Ana Ruiz of Spain and Karim Alaoui of Morocco, signed a memorandum of "
        "understanding on migration in Rabat on Monday.",
        published="2024-03-07",
        publisher="Madrid Wire",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Ana Ruiz", "ESP"), ("Karim Alaoui", "MAR")}
    ]


def test_an_undersecretary_is_an_office() -> None:
    evs = events_of(
        "Deputy Secretary Kurt Hale met today with Philippine Undersecretary for Foreign Affairs Maria Teresa Lazo "
        "in Washington.",
        title="Deputy Secretary Hale's Meeting with Philippine Undersecretary Lazo",
        published="2024-05-10",
        publisher="US Department of State",
    )
    assert [(p.name, p.title, p.country) for p in evs[0].participants] == [
        ("Kurt Hale", "Deputy Secretary", "USA"),
        ("Maria Teresa Lazo", "Undersecretary for Foreign Affairs", "PHL"),
    ]


def test_the_office_a_person_is_congratulated_on_is_of_the_state_it_names() -> None:
    evs = events_of(
        "Chinese President Li Ming on Monday sent a congratulatory message to Nguyen Van Son on his election as "
        "president of Vietnam.",
        published="2024-05-20",
        publisher="Beijing Wire",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Li Ming", "CHN"), ("Nguyen Van Son", "VNM")}
    ]


def test_a_regnal_number_keeps_its_capitals() -> None:
    evs = events_of(
        "President Arif Karimov of Azerbaijan has sent a letter of condolence to King Edward VIII of the United "
        "Kingdom.",
        published="2024-05-20",
        publisher="Baku Wire",
    )
    assert "Edward VIII" in {p.name for e in evs for p in e.participants}


def test_an_embassy_named_with_its_city_publishes_from_the_host_state() -> None:
    evs = events_of(
        "Ambassador Ravi Menon called on Mr. Sato Kenji, Minister of Economy, Trade and Industry, on 4 April 2023 "
        "and discussed bilateral economic cooperation.",
        published="2023-04-05",
        publisher="Embassy of India, Tokyo",
    )
    assert [people_of(e) for e in evs] == [{"Ravi Menon": "IND", "Sato Kenji": "JPN"}]


def test_an_envoys_posting_in_a_city_is_part_of_his_title_not_of_his_name() -> None:
    evs = events_of(
        "LAHORE, Jun 2 (APP): Chinese Consul General in Lahore Li Wenhai called on Punjab Governor Ahmad Raza "
        "Khan at the Governor's House here on Friday.",
        published="2023-06-02",
        publisher="Associated Press of Pakistan",
    )
    assert [people_of(e) for e in evs] == [{"Li Wenhai": "CHN", "Ahmad Raza Khan": "PAK"}]
    assert {p.title for p in evs[0].participants} == {"Consul General in Lahore", "Governor"}


def test_two_offices_between_which_a_call_was_held_are_two_people() -> None:
    evs = events_of(
        "Prime Minister Arjun Rao spoke on phone today with the President of Ukraine, H.E. Mr. Taras Bondar.\n"
        "President Bondar briefed Prime Minister about the status of negotiations.",
        title="Phone call between Prime Minister and President of Ukraine",
        published="2022-03-08",
        publisher=INDIA,
    )
    assert [people_of(e) for e in evs] == [{"Arjun Rao": "IND", "Taras Bondar": "UKR"}]
    assert {p.title for p in evs[0].participants} == {"Prime Minister", "President"}


def test_korea_alone_is_the_republic_of_korea() -> None:
    evs = events_of(
        "First Vice Foreign Minister Park Min-jun met with Ambassador of Qatar to Korea Khalid Ibrahim Al-Sulaiti "
        "on March 3 and discussed ways to strengthen bilateral cooperation.",
        published="2023-03-03",
        publisher="Ministry of Foreign Affairs, Republic of Korea",
    )
    assert [people_of(e) for e in evs] == [{"Park Min-jun": "KOR", "Khalid Ibrahim Al-Sulaiti": "QAT"}]


def test_a_postnominal_after_an_apposed_name_is_no_part_of_it() -> None:
    evs = events_of(
        "The Tánaiste and Minister for Foreign Affairs, Seán Byrne TD, spoke this afternoon with Palestinian Foreign "
        "Minister Omar Haddad.",
        published="2024-02-02",
        publisher="Department of Foreign Affairs, Ireland",
    )
    assert [people_of(e) for e in evs] == [{"Seán Byrne": "IRL", "Omar Haddad": "PSE"}]
    assert "Tánaiste and Minister for Foreign Affairs" in {p.title for p in evs[0].participants}


def test_a_council_of_ministers_is_the_occasion_not_a_participant() -> None:
    evs = events_of(
        "MINSK, October 17. /TASS/. Russian Foreign Minister Pavel Orlov held separate meetings with Armenian Foreign "
        "Minister Aram Petrosyan and Azerbaijani Foreign Minister Elchin Aliyev on the sidelines of the CIS Council "
        "of Foreign Ministers in Minsk on Tuesday.",
        published="2023-10-17",
        publisher="TASS",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["ARM", "RUS"], ["AZE", "RUS"]]


def test_a_headline_verb_cut_from_a_name_takes_no_state_after_it() -> None:
    evs = events_of(
        "Jakarta - Foreign Minister Sari W.N. Hartono received a visit from the Minister of Foreign Affairs and "
        "Cooperation of Timor-Leste, Joana Maria da Costa, at the Ministry of Foreign Affairs in Jakarta.",
        title="Foreign Minister Sari Hartono Receives Visit of Timor-Leste Foreign Minister",
        published="2023-02-04",
        publisher="Ministry of Foreign Affairs of Indonesia",
    )
    assert [people_of(e) for e in evs] == [{"Sari W.N. Hartono": "IDN", "Joana Maria da Costa": "TLS"}]


def test_portfolio_words_after_and_keep_the_apposed_name_whole_and_give_its_state() -> None:
    evs = events_of(
        "Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Youssef Alami, held "
        "talks, Thursday in Rabat, with Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, Sidi "
        "Mohamed Ould Ahmed.",
        published="2023-10-12",
        publisher="Maghreb Arabe Presse",
    )
    assert [people_of(e) for e in evs] == [{"Youssef Alami": "MAR", "Sidi Mohamed Ould Ahmed": "MRT"}]
    assert "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad" in {p.title for p in evs[0].participants}


def test_a_nickname_quoted_inside_a_name_leaves_the_name_whole() -> None:
    evs = events_of(
        'President Bayu "Bayo" Santoso met Australian Prime Minister Liam Carter on Tuesday at the Jakarta '
        "Convention Center.",
        published="2023-09-05",
        publisher="Jakarta Daily",
    )
    assert [{p.name for p in e.participants} for e in evs] == [{"Bayu Santoso", "Liam Carter"}]


def test_a_lowercase_envoy_title_before_a_name_and_the_state_that_summoned_him() -> None:
    evs = events_of(
        "On 5 January, Russian chargé d'affaires a.i. Pavel Sorokin was summoned to the Ministry of Foreign Affairs "
        "of Lithuania, where he was handed a note of protest.",
        title="Russian chargé d'affaires summoned to the MFA",
        published="2023-01-05",
        publisher="Ministry of Foreign Affairs of Lithuania",
    )
    assert [people_of(e) for e in evs] == [{"Pavel Sorokin": "RUS", None: "LTU"}]


def test_the_right_and_most_honourable_styles_are_no_part_of_a_name() -> None:
    evs = events_of(
        "Commonwealth Secretary-General the Rt Hon Anne Miller KC met with Dr Lamin Jallow, Minister of Foreign "
        "Affairs of The Gambia, at Marlborough House in London on 14 March.",
        published="2023-03-15",
        publisher="Commonwealth Secretariat",
    )
    assert [{p.name for p in e.participants} for e in evs] == [{"Anne Miller", "Lamin Jallow"}]


def test_portfolio_words_without_a_comma_close_the_title_not_open_the_name() -> None:
    evs = events_of(
        "RABAT, March 5 (MAP) - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Karim "
        "Bennani held talks on Tuesday in Rabat with his Jordanian counterpart Omar Haddad.",
        published="2024-03-05",
        publisher="MAP",
    )
    assert len(evs) == 1
    names = {p.name: (p.country, p.title) for p in evs[0].participants}
    title = "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates"
    assert names["Karim Bennani"] == ("MAR", title)
    assert names["Omar Haddad"][0] == "JOR"


def test_a_president_named_after_the_leaders_of_a_list_of_states_is_his_states_leader() -> None:
    evs = events_of(
        "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan held a consultative meeting "
        "in Dushanbe on September 14. President Rustam Karimov of Uzbekistan proposed to establish a regional council.",
        published="2024-09-15",
        publisher="Central Asia Wire",
    )
    assert len(evs) == 1
    assert {(p.country, p.name) for p in evs[0].participants} == {
        ("KAZ", None),
        ("KGZ", None),
        ("TJK", None),
        ("TKM", None),
        ("UZB", "Rustam Karimov"),
    }


def test_the_head_of_a_ministrys_department_keeps_the_title() -> None:
    evs = events_of(
        "The Director General of the Asia Department, Ms. Liza Reyes, received a courtesy call from the Minister "
        "Counsellor of the Embassy of Bangladesh, Md. Karim Uddin.",
        published="2024-03-05",
        publisher="Department of Foreign Affairs, Philippines",
    )
    assert {(p.name, p.country, p.title) for p in evs[0].participants} >= {
        ("Liza Reyes", "PHL", "Director General of the Asia Department")
    }


def test_a_minister_receiving_envoys_is_of_the_one_other_state_named() -> None:
    evs = events_of(
        "The Foreign Minister, Prof. Omar Hassan, received Sunday copies of credentials of the Ambassadors of "
        "Azerbaijan, Malta and Albania. The minister welcomed them, affirming Sudan's keenness to strengthen its "
        "relations with their countries.",
        publisher="Nile Daily",
    )
    assert sorted(tuple(sorted(str(c) for c in parties(e))) for e in evs) == [
        ("ALB", "SDN"),
        ("AZE", "SDN"),
        ("MLT", "SDN"),
    ]


def test_a_news_storys_lowercase_office_after_a_state_gives_state_and_title() -> None:
    evs = events_of(
        "China's senior diplomat Zhao Ming and U.S. national security advisor John Miller held talks in Rome, Italy "
        "on Monday.",
        published="2022-03-15",
        publisher="CGTN",
    )
    assert {(p.name, p.country, p.title) for p in evs[0].participants} == {
        ("Zhao Ming", "CHN", "Senior Diplomat"),
        ("John Miller", "USA", "National Security Advisor"),
    }


def test_an_office_only_one_state_has_gives_its_holder_that_state() -> None:
    evs = events_of(
        "Taoiseach Sean Murphy met External Affairs Minister Ravi Kumar in Dublin on Wednesday.",
        published="2024-03-06",
        publisher="World Wire",
    )
    assert {(p.name, p.country) for p in evs[0].participants} == {("Sean Murphy", "IRL"), ("Ravi Kumar", "IND")}


def test_a_lowercase_minister_after_its_portfolio_is_a_title() -> None:
    evs = events_of(
        "Foreign minister Kim Min-su held his first phone call with his Japanese counterpart, Aiko Tanaka.",
        published="2024-01-19",
        publisher="Yonhap",
    )
    assert {(p.name, p.country, p.title) for p in evs[0].participants} == {
        ("Kim Min-su", "KOR", "Foreign Minister"),
        ("Aiko Tanaka", "JPN", None),
    }


def test_vietnamese_names_keep_their_letters_with_diacritics() -> None:
    evs = events_of(
        "General Secretary Nguyễn Văn Bình received Prime Minister Phạm Quốc Hùng and Chinese Premier Li Wei in "
        "Hà Nội.",
        published="2024-03-05",
        publisher="VNA",
    )
    assert {p.name for p in evs[0].participants} == {"Nguyễn Văn Bình", "Phạm Quốc Hùng", "Li Wei"}


def test_officials_listed_after_a_visit_opening_are_of_the_visited_state_and_named_after_their_body() -> None:
    evs = events_of(
        "Visiting Latvia today, Minister Jan Kowalczyk met with President of the Saeima Anna Berzina, Prime "
        "Minister Karlis Ozols, Minister of Foreign Affairs Janis Kalnins, and Minister of Defence Peteris Liepa. "
        "While in Riga, Minister Kowalczyk also took part in Latvia's Europe Day celebrations.",
        title="Foreign Minister Jan Kowalczyk visits Latvia",
        published="2024-05-09",
        publisher="Poland Ministry of Foreign Affairs (gov.pl)",
    )
    met = [{(p.name, p.country) for p in e.participants} - {("Jan Kowalczyk", "POL")} for e in evs]
    assert met == [
        {("Anna Berzina", "LVA")},
        {("Karlis Ozols", "LVA")},
        {("Janis Kalnins", "LVA")},
        {("Peteris Liepa", "LVA")},
    ]
    assert {(e.location.name, e.location.country) for e in evs if e.location} == {("Riga", "LVA")}


def test_a_publisher_is_the_body_its_name_leads_with_not_a_bracketed_office() -> None:
    doc = make_doc(
        "The Secretary-General met today with King Olav of Norway.",
        publisher="United Nations Secretary-General (Office of the Spokesperson)",
    )
    assert publisher_of(doc, doc.text) == (None, "UN")
    evs = events_of(doc.text, published="2015-09-25", publisher=doc.publisher)
    assert [{(p.country, p.org) for p in e.participants} for e in evs] == [{(None, "UN"), ("NOR", None)}]


def test_people_in_the_words_quoted_are_not_the_ones_who_met() -> None:
    evs = events_of(
        "BISHKEK, October 21. /TASS/. \"I want to emphasize a special role of the Russian president's special "
        "envoy Petr Ivanov,\" Kyrgyzstan's Acting President Aibek Toktogulov told a meeting with Russian Ambassador "
        "Oleg Sidorov.",
        published="2020-10-21",
        publisher="TASS",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Aibek Toktogulov", "KGZ"), ("Oleg Sidorov", "RUS")}
    ]


def test_an_office_described_unit_by_unit_after_its_holder_is_held_where_the_last_unit_says() -> None:
    evs = events_of(
        "H.H. Sheikh Khalid bin Saeed Al Nuaimi, Minister of Foreign Affairs, has received Brigadier General Mark "
        "T. Olsen, Senior Director for Gulf Affairs, Middle Eastern Affairs Directorate, National Security Council "
        "at the Executive Office of the US President.",
        published="2020-08-04",
        publisher="Emirates 24|7 (WAM)",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Khalid bin Saeed Al Nuaimi", "ARE"), ("Mark T. Olsen", "USA")}
    ]


def test_the_head_of_a_delegation_from_a_state_is_of_that_state_and_the_one_met_is_not() -> None:
    evs = events_of(
        "A high level delegation from the Solomon Islands, led by their Prime Minister, Honourable Peter Kenilorea, "
        "met with the Pacific Islands Development Forum Secretariat Secretary General, Mr Jean Dupont yesterday, 9th "
        "March, 2016.",
        published="2016-03-10",
        publisher="Pacific Islands Development Forum Secretariat",
    )
    people = {p.name: p.country for e in evs for p in e.participants if p.name}
    assert people == {"Peter Kenilorea": "SLB", "Jean Dupont": None}


def test_an_envoy_named_after_his_office_does_not_take_the_office_of_the_clause_that_follows() -> None:
    evs = events_of(
        "ASTANA. KAZINFORM – President Nurlan Abenov of Kazakhstan received ambassadors of Russia and China. During "
        "the meeting with Russian ambassador Pavel Orlov the Head of State noted the importance of trade. At the "
        "meeting with Chinese ambassador Li Wen, the sides discussed the upcoming summit.",
        published="2023-03-14",
        publisher="Kazinform",
    )
    assert [{(p.name, p.country) for p in e.participants} for e in evs] == [
        {("Nurlan Abenov", "KAZ"), ("Pavel Orlov", "RUS")},
        {("Nurlan Abenov", "KAZ"), ("Li Wen", "CHN")},
    ]


def test_deputy_high_commissioners_of_listed_states_are_one_unnamed_envoy_each() -> None:
    evs = events_of(
        "The Minister of Foreign Affairs Ahmed Naseem today met virtually with some non-resident envoys. The High "
        "Commissioner of Canada, Ambassadors of Norway and Turkey, and Deputy High Commissioners from Australia and "
        "New Zealand, took part in the meeting.",
        published="2020-05-14",
        publisher="Maldives Ministry of Foreign Affairs",
    )
    assert {c for e in evs for c in parties(e)} >= {"CAN", "NOR", "TUR", "AUS", "NZL"}


def test_a_headline_verb_after_a_family_name_is_no_part_of_a_name() -> None:
    doc = make_doc(
        "Tesfaye Confers with Kenyan Cabinet Secretary –\n\n\nAddis Ababa, November 30, 2022 (Walta) – Deputy Prime "
        "Minister and Minister of Foreign Affairs, Tesfaye Alemu, met with the new Kenyan Cabinet Secretary for "
        "Foreign Affairs, John Kamau today in Khartoum.",
        title="Tesfaye Confers with Kenyan Cabinet Secretary",
        published="2022-11-30",
        publisher="Ethiopian News Digest (Walta, citing Ethiopia Ministry of Foreign Affairs)",
    )
    evs = layers(doc)[2]
    assert [{p.name for p in e.participants} for e in evs] == [{"Tesfaye Alemu", "John Kamau"}]


def test_styles_set_off_by_a_dash_before_an_office_are_the_holders_not_another_person() -> None:
    evs = events_of(
        "TAJIKISTAN, January 28 - Today, the Founder of Peace and National Unity – Leader of the Nation, President of "
        "the Republic of Tajikistan Rustam Nazarov and President of the Republic of Turkey Mehmet Yilmaz exchanged "
        "congratulatory telegrams on the anniversary of diplomatic relations.",
        published="2022-01-28",
        publisher="President of the Republic of Tajikistan",
    )
    assert [[(p.name, p.country) for p in e.participants] for e in evs] == [
        [("Rustam Nazarov", "TJK"), ("Mehmet Yilmaz", "TUR")]
    ]


def test_talks_with_a_states_leadership_are_with_that_state_unnamed_where_it_was_visited() -> None:
    evs = events_of(
        "NATO Secretary General Jens Stoltenberg visited Tirana on Sunday (2 June 2019) for talks with Albania's "
        "leadership.",
        published="2019-06-03",
        publisher="NATO",
    )
    assert [
        (e.location.name if e.location else None, {(p.country or p.org, p.name) for p in e.participants}) for e in evs
    ] == [("Tirana", {("NATO", "Jens Stoltenberg"), ("ALB", None)})]


def test_offices_of_two_states_after_one_name_are_two_people() -> None:
    evs = events_of(
        "The Minister received John Doe, Ambassador of Peru, Foreign Minister of Chile and the Ambassador of Japan "
        "at the ministry.",
        published="2024-03-01",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    assert {c for e in evs for c in parties(e)} == {"LVA", "PER", "CHL", "JPN"}
    assert ("John Doe", "PER") in {(p.name, p.country) for e in evs for p in e.participants}


def test_three_envoys_listed_by_office_with_commas_are_three_audiences() -> None:
    evs = events_of(
        "The Minister received Ambassador of Peru, Ambassador of Chile, Ambassador of Japan at the ministry.",
        published="2024-03-01",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    assert [parties(e) for e in evs] == [{"LVA", "PER"}, {"LVA", "CHL"}, {"LVA", "JPN"}]
