"""Topics: every issue code the document discusses, with substance (spec: topics)."""

from __future__ import annotations

import pytest

from readout.extract.pipeline import code_document
from readout.extract.topics import find_topics

from ._support import CHINA, INDIA, STATE, WHITE_HOUSE, make_doc

OPENING = (
    "On September 16, 2021 local time, Kyrgyz President Sadyr Zhaparov met with State Councilor and Foreign "
    "Minister Wang Yi in Dushanbe. "
)


def topics_of(body: str, opening: str = OPENING, publisher: str = CHINA, published: str = "2021-09-17") -> list[str]:
    return code_document(make_doc(opening + body, published=published, publisher=publisher)).topics


def codes(text: str) -> set[str]:
    return {h.code for h in find_topics(text)}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The two sides agreed to advance high-quality Belt and Road cooperation.", "BELT_AND_ROAD"),
        ("The two sides exchanged views on the situation in Afghanistan.", "AFGHANISTAN"),
        ("They discussed the denuclearization of the Korean Peninsula.", "KOREAN_PENINSULA"),
        ("The leaders discussed Russia's war against Ukraine.", "UKRAINE"),
        ("China will continue to provide vaccines to help Kyrgyzstan fight the pandemic.", "COVID19"),
        ("The ministers agreed to cooperate on climate change ahead of COP26.", "CLIMATE_ENVIRONMENT"),
        (
            "Both sides will expand cooperation in the digital economy and artificial intelligence.",
            "TECHNOLOGY",
        ),
        (
            'The two sides will jointly combat the "three forces" of terrorism, separatism and extremism.',
            "TERRORISM",
        ),
        (
            "They agreed to increase flights and facilitate visas for students and tourists.",
            "MIGRATION_CONSULAR",
        ),
    ],
)
def test_substantive_sentence_gives_its_code(sentence: str, code: str) -> None:
    assert code in codes(sentence)


def test_business_environment_is_investment_not_environment() -> None:
    found = codes("Zhaparov said Kyrgyzstan will keep improving its business environment for Chinese enterprises.")
    assert "INVESTMENT" in found
    assert "CLIMATE_ENVIRONMENT" not in found


def test_export_controls_are_sanctions() -> None:
    assert "SANCTIONS" in codes("Wang Yi voiced serious concern over U.S. export controls on semiconductors.")


def test_taiwan_hong_kong_xinjiang_are_three_codes() -> None:
    found = topics_of(
        "Zhaparov said that Kyrgyzstan firmly supports China on issues concerning Taiwan, Hong Kong and Xinjiang."
    )
    assert {"TAIWAN", "HONG_KONG", "XINJIANG"} <= set(found)


def test_summit_venue_is_not_multilateralism() -> None:
    found = topics_of(
        "The two leaders discussed climate change and food security.",
        opening="President Joseph R. Biden, Jr. met with President Xi Jinping of the People's "
        "Republic of China on "
        "the sidelines of the G20 Summit in Bali, Indonesia. ",
        publisher=WHITE_HOUSE,
        published="2022-11-14",
    )
    assert "MULTILATERALISM" not in found
    assert {"CLIMATE_ENVIRONMENT", "AGRICULTURE_FOOD"} <= set(found)


def test_future_summit_in_passing_is_not_multilateralism() -> None:
    found = topics_of(
        "Both sides agreed to stay in touch and looked forward to meeting again at the SCO summit in Astana next year."
    )
    assert "MULTILATERALISM" not in found


def test_cooperation_within_multilateral_fora_is_multilateralism() -> None:
    found = topics_of(
        "The two sides agreed to strengthen coordination within the United Nations and the "
        "Shanghai Cooperation Organization and to uphold true multilateralism."
    )
    assert "MULTILATERALISM" in found


def test_security_council_action_is_multilateralism() -> None:
    found = topics_of(
        "The Secretary and the Foreign Minister discussed the draft UN Security Council resolution on Syria.",
        opening="Secretary of State Antony J. Blinken spoke today with French Foreign Minister Catherine Colonna. ",
        publisher=STATE,
        published="2023-05-10",
    )
    assert {"MULTILATERALISM", "MIDDLE_EAST"} <= set(found)


def test_envoy_title_is_not_a_topic() -> None:
    found = topics_of(
        "The two sides exchanged views on trade.",
        opening="On March 3, Vice Foreign Minister Ma Zhaoxu met with Permanent Representative "
        "of Pakistan to the "
        "United Nations Munir Akram in Beijing. ",
        published="2022-03-04",
    )
    assert "MULTILATERALISM" not in found
    assert "TRADE" in found


def test_pure_courtesy_readout_has_no_topics() -> None:
    found = topics_of(
        "The two leaders exchanged greetings and reviewed the friendship between the two peoples.",
        opening="Prime Minister Shri Narendra Modi spoke with President Emmanuel Macron of France today. ",
        publisher=INDIA,
        published="2023-07-01",
    )
    assert found == []


def test_topic_evidence_spans_point_at_the_words() -> None:
    text = OPENING + "The two sides agreed to advance Belt and Road cooperation."
    rec = code_document(make_doc(text, published="2021-09-17", publisher=CHINA))
    spans = rec.topic_evidence["BELT_AND_ROAD"]
    assert any("Belt and Road" in text[a:b] or text[a:b] in "Belt and Road" for a, b in spans)


def test_a_region_named_in_a_list_of_counterparts_is_not_a_topic() -> None:
    got = topics_of(
        "On the sidelines, Wang Yi held bilateral meetings with his counterparts from Iran, Bulgaria, Turkey "
        "and the Netherlands."
    )
    assert "IRAN" not in got


def test_a_list_of_situations_is_still_discussed() -> None:
    got = topics_of("The two sides exchanged views on Afghanistan, Iran and Syria.")
    assert {"AFGHANISTAN", "IRAN", "MIDDLE_EAST"} <= set(got)


def test_the_pandemic_as_background_is_not_a_topic() -> None:
    assert "COVID19" not in codes("Despite difficulties caused by the COVID-19 pandemic, bilateral trade has grown.")
    assert "COVID19" in codes("The two sides agreed to cooperate against the COVID-19 pandemic.")


def test_a_states_nuclear_programme_is_coded_under_that_state() -> None:
    got = codes("They discussed Iran's pursuit of nuclear weapons and the North Korean missile launches.")
    assert "IRAN" in got and "NONPROLIFERATION" not in got
    assert "NONPROLIFERATION" in codes("The ministers reaffirmed their support for the Non-Proliferation Treaty.")


def test_forums_of_a_region_are_multilateralism() -> None:
    assert "MULTILATERALISM" in codes("The ministers agreed to upgrade Lancang-Mekong cooperation in the next decade.")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The leaders discussed the new executive order suspending immigration.", "MIGRATION_CONSULAR"),
        ("They exchanged views on the situation in Rakhine State.", "MYANMAR"),
        ("Both sides will promote cooperation in national defense and security.", "DEFENSE"),
        ("Guyana remains committed to the ICJ process for resolving the border controversy.", "TERRITORIAL_INTEGRITY"),
        ("They compared steps to mitigate the health and economic impacts of the outbreak.", "HEALTH"),
        ("The minister raised the detention of two Canadian citizens.", "MIGRATION_CONSULAR"),
        ("The President praised the strength of Brazil's democratic institutions.", "HUMAN_RIGHTS"),
    ],
)
def test_more_codes_of_the_genre(sentence: str, code: str) -> None:
    assert code in codes(sentence)


def test_words_describing_a_relationship_are_not_its_subjects() -> None:
    assert "PEOPLE_TO_PEOPLE" not in codes("The two countries share deep historical, cultural and economic ties.")
    assert "PEOPLE_TO_PEOPLE" in codes("The two sides agreed to expand cultural exchanges and tourism.")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The ministers discussed the status of Jammu and Kashmir.", "TERRITORIAL_INTEGRITY"),
        ("On the Diaoyu Islands issue, China's position is consistent and clear.", "TERRITORIAL_INTEGRITY"),
        ("He pressed for the early repatriation of the stranded sailors.", "MIGRATION_CONSULAR"),
        ("They discussed the welfare of the Nepali diaspora in the Gulf.", "MIGRATION_CONSULAR"),
        ("She raised the case of a citizen, Mr Lee, who is detained in the capital.", "MIGRATION_CONSULAR"),
        ("The leaders discussed the situation in Western Sahara.", "TERRITORIAL_INTEGRITY"),
        ("They agreed on cooperation in the fields of education and health.", "HEALTH"),
        ("They discussed the negotiations on the Grand Ethiopian Renaissance Dam.", "ENERGY"),
        ("The envoys discussed issues bordering on social economic development.", "DEVELOPMENT"),
        ("He assured that the donors will continue to support the development endeavours of Malawi.", "DEVELOPMENT"),
    ],
)
def test_codes_on_phrasings_of_other_publishers(sentence: str, code: str) -> None:
    assert code in codes(sentence)


def test_a_forums_meeting_that_only_places_a_visit_is_a_venue() -> None:
    assert "MULTILATERALISM" not in codes("The Prime Minister will travel to Jakarta for the ASEAN Summit in May.")
    assert "MULTILATERALISM" not in codes("Photo: the two ministers during the G20 Foreign Ministers Meeting.")
    assert "MULTILATERALISM" in codes("The two sides agreed to strengthen coordination within ASEAN.")


def test_a_participating_states_name_alone_is_not_its_question() -> None:
    irn = frozenset({"IRN", "PAK"})
    assert "IRAN" not in {h.code for h in find_topics("They reviewed Pakistan-Iran relations.", parties=irn)}
    assert "IRAN" in {h.code for h in find_topics("They reviewed the Iranian nuclear issue.", parties=irn)}
    assert "IRAN" in {h.code for h in find_topics("They reviewed Pakistan-Iran relations.")}
    mmr = frozenset({"MMR", "THA"})
    assert "MYANMAR" in {h.code for h in find_topics("He voiced concern over the situation in Myanmar.", parties=mmr)}


def test_damage_in_a_war_and_words_for_a_relationship_are_no_subjects() -> None:
    assert "INFRASTRUCTURE" not in codes("The attacks destroyed the city's power plants and civilian infrastructure.")
    assert "INFRASTRUCTURE" in codes("The two sides agreed to build new infrastructure along the corridor.")
    assert "DEFENSE" not in codes("Relations develop in the spirit of strategic partnership and alliance.")
    assert "CLIMATE_ENVIRONMENT" not in codes("The talks will help build the positive environment both sides seek.")
    assert "INFRASTRUCTURE" not in codes("After a red carpet welcome at the Jose Marti airport, he met leaders.")


def test_a_contribution_to_relations_is_not_development() -> None:
    assert "DEVELOPMENT" not in codes("He thanked Abe for his contribution to the development of bilateral relations.")


def test_an_organisation_taking_part_is_a_topic_only_as_a_subject() -> None:
    opening = "Secretary-General Antonio Guterres met President Cyril Ramaphosa of South Africa in New York. "
    assert "MULTILATERALISM" in topics_of("They discussed UN reform.", opening, publisher="United Nations")
    assert "MULTILATERALISM" not in topics_of("The UN chief thanked him.", opening, publisher="United Nations")


def test_regional_blocs_are_multilateralism() -> None:
    assert "MULTILATERALISM" in codes("The ministers agreed to continue collaboration in CARICOM on food security.")
    assert "MULTILATERALISM" in codes("They discussed cooperation within the CIS and the CSTO.")


def test_a_party_named_alliance_is_no_defence() -> None:
    assert "DEFENSE" not in codes("The minister also met Halil Snopce of the Alliance for Albanians in Skopje.")


def test_an_ordinal_conference_of_a_forum_is_a_venue() -> None:
    body = "The President thanked the delegation for its participation in the Third UN Conference on Landlocked States."
    assert "MULTILATERALISM" not in topics_of(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "They agreed to cooperate in a wide range of fields such as health, agriculture and shipbuilding.",
        "The leaders discussed the role of the agency in areas such as energy, health, food and agriculture.",
        "The two sides will expand exchanges in health, education and culture.",
    ],
)
def test_health_named_in_a_list_of_sectors_is_health(sentence: str) -> None:
    assert "HEALTH" in codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ambassadors said they would strengthen bilateral and multilateral cooperation with Ethiopia.",
        "The ministers would discuss bilateral, regional and multilateral issues of mutual interest.",
        "The visit would further expand bilateral and multilateral ties.",
    ],
)
def test_bilateral_and_multilateral_as_the_frame_of_talks_is_no_topic(sentence: str) -> None:
    assert "MULTILATERALISM" not in codes(sentence)


def test_multilateral_cooperation_of_substance_stays_multilateralism() -> None:
    # the frame phrase is masked, a forum named beside it still counts
    assert "MULTILATERALISM" in codes("They agreed to strengthen bilateral and multilateral cooperation within the UN.")
    assert "MULTILATERALISM" in codes("Both sides reaffirmed their commitment to multilateralism.")


def test_release_of_a_national_held_abroad_is_consular() -> None:
    assert "MIGRATION_CONSULAR" in codes("He reiterated his call for the release of British national Jimmy Lai.")
    assert "MIGRATION_CONSULAR" not in codes("They welcomed the release of the new national strategy.")


def test_the_post_pandemic_world_is_a_time_not_the_pandemic() -> None:
    assert "COVID19" not in codes("Such a forum would fit the emerging realities of the post-COVID world.")
    assert "COVID19" in codes("They discussed cooperation on COVID-19 vaccines.")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The Prime Minister said their talks covered aid and development, sport and tourism.", "DEVELOPMENT"),
        ("The Prime Minister said their talks covered aid and development and regional sport.", "PEOPLE_TO_PEOPLE"),
        ("Both ministers want closer defence links between the two navies.", "DEFENSE"),
        ("The leaders backed deeper economic integration within the bloc.", "TRADE"),
        ("The ministers reaffirmed their goal of general and complete disarmament.", "NONPROLIFERATION"),
        ("The ministers reviewed the border standoff in the eastern sector.", "TERRITORIAL_INTEGRITY"),
        ("They spoke about tensions along the Sino-Indian border.", "TERRITORIAL_INTEGRITY"),
        ("The envoy raised the rights of women and girls in the country.", "HUMAN_RIGHTS"),
        ("The sides agreed to deepen coordination within international organizations.", "MULTILATERALISM"),
    ],
)
def test_fields_listed_in_other_regions_styles(sentence: str, code: str) -> None:
    assert code in codes(sentence)


def test_trade_in_border_areas_is_no_border_dispute() -> None:
    assert "TERRITORIAL_INTEGRITY" not in codes("They agreed to expand trade in border areas.")


def test_export_control_regimes_are_nonproliferation() -> None:
    assert "NONPROLIFERATION" in codes(
        "Australia reiterated its support for India's membership of the Nuclear Suppliers Group."
    )


def test_occupied_regions_are_territorial_integrity_the_occupied_palestinian_territories_the_middle_east() -> None:
    assert "TERRITORIAL_INTEGRITY" in codes(
        "They called for the withdrawal of troops from the occupied Georgian regions."
    )
    found = codes("They discussed settlement expansion in the occupied Palestinian territories.")
    assert "TERRITORIAL_INTEGRITY" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a forum's name in brackets after its long name, in a phrase that only places the meeting
        "Minister Bui Thanh Son met Minister Hayashi Yoshimasa on the occasion of the Asia-Pacific Economic "
        "Cooperation (APEC) Economic Leaders’ Week.",
        # the forum the visit is made to take part in, however long its meeting's name
        "Prime Minister Andrew Holness left Jamaica this afternoon to participate in the 44th Regular Meeting of the "
        "Conference of Heads of Government of the Caribbean Community (CARICOM) in Nassau.",
        "The Foreign Secretary met the Indonesian Foreign Minister during the East Asia Summit dialogue in Jakarta.",
    ],
)
def test_a_forum_that_only_places_the_meeting_is_no_topic(sentence: str) -> None:
    assert "MULTILATERALISM" not in codes(sentence)


def test_the_african_union_by_its_initials_is_multilateralism() -> None:
    assert "MULTILATERALISM" in codes("They exchanged views on the agenda of the AU and its priority goals.")


def test_an_alliances_meeting_that_only_places_a_visit_is_no_defence() -> None:
    assert "DEFENSE" not in codes(
        "Secretary Blinken met the Slovak Foreign Minister in Bucharest on the margins of the NATO Foreign "
        "Ministers’ Meeting."
    )
    assert "DEFENSE" in codes("They discussed NATO's support for Ukraine.")


def test_border_security_is_no_question_of_territorial_integrity() -> None:
    assert "TERRITORIAL_INTEGRITY" not in codes(
        "The ministers discussed binational cooperation on border security and reducing arms trafficking."
    )


def test_the_occupation_of_a_states_territories_is_territorial_integrity() -> None:
    assert "TERRITORIAL_INTEGRITY" in codes("Both sides condemned Russia's occupation of Georgian territories.")
    assert "TERRITORIAL_INTEGRITY" not in codes("They discussed Israel's occupation of Palestinian territories.")


@pytest.mark.parametrize(
    "line",
    ["Also read: Chile’s commitment to Climate Action", "Related stories: Ukraine war latest", "READ MORE: G20 summit"],
)
def test_a_news_sites_links_to_other_stories_are_no_topics(line: str) -> None:
    assert codes(line) == set()


def test_a_forums_members_named_as_a_set_of_states_are_no_topic() -> None:
    assert codes("He underlined the policy of developing Japan's relations with ASEAN member countries.") == set()
    assert codes("He thanked our NATO and European partners for their help.") == set()
    assert "MULTILATERALISM" in codes("They discussed ASEAN centrality.")


def test_a_stances_issue_is_a_topic_however_worded() -> None:
    # no topic pattern names the offensive's claim; the stance on it does (spec: a stance's issue is discussed)
    record = code_document(
        make_doc(
            "Foreign Minister Aram Vardanyan of Armenia met Special Representative Klaus Berger of the EU in Yerevan. "
            "Minister Vardanyan expressed concern over the offensive launched by Azerbaijan.",
            published="2023-05-10",
        )
    )
    assert {(s.issue, s.alignment) for s in record.stances} == {("TERRITORIAL_INTEGRITY", "opposes")}
    assert "TERRITORIAL_INTEGRITY" in record.topics
    assert record.topic_evidence["TERRITORIAL_INTEGRITY"] == record.stances[0].evidence


def test_a_state_called_a_democracy_is_no_human_rights_subject() -> None:
    assert codes("Minister Tarrant called India the world's largest democracy and a trusted partner.") == set()
    assert codes("They met leaders of the Movement for Democracy in Valdoria.") == set()
    assert codes("They discussed democracy and the rule of law in Valdoria.") == {"HUMAN_RIGHTS"}


def test_the_west_bank_is_no_bank() -> None:
    assert codes("They warned of the Israeli escalation in the West Bank.") == {"MIDDLE_EAST"}
    assert "FINANCE" in codes("They discussed loans from the World Bank.")


@pytest.mark.parametrize(
    "sentence",
    [
        "They underlined the important role the OSCE is playing as a regional security organisation.",
        "They reviewed the work of the OSCE in the region and the outcome of the OSCE summit in Skopje.",
        "They discussed the host agreement between the OSCE and the government of Estonia.",
    ],
)
def test_an_organisation_met_is_a_topic_when_its_own_work_is_discussed(sentence: str) -> None:
    # the organisation's name is masked as the counterpart who met; its role, work, summits and agreements are topics
    opening = "Secretary General Anna Lindqvist of the OSCE met Foreign Minister Karl Tamm of Estonia in Vienna. "
    assert "MULTILATERALISM" in topics_of(sentence, opening=opening, publisher="OSCE")
    assert "MULTILATERALISM" not in topics_of(
        "They discussed the situation in the region.", opening=opening, publisher="OSCE"
    )


def test_the_dprks_own_name_is_not_the_peninsulas_question() -> None:
    opening = "Chairman Ri Song Chol of the DPRK sent a message of greeting to President Ivan Petrov of Russia. "
    assert "KOREAN_PENINSULA" not in topics_of("He wished the Russian people prosperity.", opening=opening)
    assert "KOREAN_PENINSULA" in topics_of("They discussed the DPRK nuclear issue.", opening=opening)


def test_a_nuclear_deal_withdrawn_from_is_irans() -> None:
    assert codes("He criticized the U.S. withdrawal from the nuclear deal.") == {"IRAN"}
    assert codes("They welcomed the civil nuclear agreement.") != {"IRAN"}


def test_a_dams_filling_is_energy() -> None:
    assert "ENERGY" in codes("Egypt rejected the unilateral filling and operation of the dam.")
    assert "ENERGY" in codes("They discussed the Grand Ethiopian Renaissance Dam.")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "They exchanged views on the protocol on the free movement of persons and the common passport.",
            "MIGRATION_CONSULAR",
        ),
        ("They discussed maritime security and the fight against piracy in the Gulf of Guinea.", "TRANSNATIONAL_CRIME"),
        ("They discussed the Sahel and the fight against jihadist groups.", "TERRORISM"),
    ],
)
def test_the_genres_other_words_for_a_code(sentence: str, code: str) -> None:
    assert code in codes(sentence)
