"""One interaction, told in the other words readouts use for it: each case is a short text written for this
test; the same meeting said with "met" is coded elsewhere, here the variant must give the same record."""

from __future__ import annotations

import pytest

from readout.extract.events import cues_in, is_readout_title
from readout.extract.pipeline import code_document

from ._support import events_of, make_doc, parties


def test_conferred_with_is_a_meeting() -> None:
    evs = events_of(
        "Foreign Minister Kofi Mensah conferred with his Togolese counterpart Ama Dogbe in Accra on Monday.",
        published="2024-04-09",
        publisher="Ghana News Agency",
    )
    assert [e.kind for e in evs] == ["meeting"]
    assert parties(evs[0]) == {"GHA", "TGO"}


def test_talked_with_is_a_call_like_spoke_with() -> None:
    evs = events_of(
        "Prime Minister Anna Virtanen talked with German Chancellor Olaf Scholz on Friday about energy security.",
        published="2022-09-02",
        publisher="Finnish Government",
    )
    assert [e.kind for e in evs] == ["call"]
    assert parties(evs[0]) == {"FIN", "DEU"}


def test_welcomed_a_titled_guest_is_a_meeting_but_not_his_decision() -> None:
    evs = events_of(
        "Acting President Yemi Adeyemi on Sunday evening welcomed President of Ghana, Kwesi Boateng, at the "
        "Presidential Villa in Abuja.",
        published="2017-06-11",
        publisher="Nigeria Newsday",
    )
    assert [e.kind for e in evs] == ["meeting"]
    assert parties(evs[0]) == {"NGA", "GHA"}
    assert not events_of(
        "Foreign Minister Kofi Mensah welcomed President Boateng's decision to open an embassy in Lome, Togo.",
        published="2017-06-11",
        publisher="Ghana News Agency",
    )


def test_envoys_of_several_states_hosted_or_welcomed_are_audiences_one_at_a_time() -> None:
    for verb in ("hosted", "welcomed"):
        evs = events_of(
            f"The President of the ECOWAS Commission, H.E. Dr. Musa Jallow {verb} Ambassadors of Cuba, Angola and "
            "Ethiopia at the Commission Headquarters in Abuja, Nigeria, today, March 4, 2025.",
            published="2025-03-05",
            publisher="Today Headline (reproducing an ECOWAS Commission release)",
        )
        assert len(evs) == 3, verb
        assert {frozenset(parties(e)) for e in evs} == {
            frozenset({"ECOWAS", "CUB"}),
            frozenset({"ECOWAS", "AGO"}),
            frozenset({"ECOWAS", "ETH"}),
        }


def test_the_office_after_a_clause_held_a_meeting() -> None:
    """ "After a welcome at the airport -- named after X -- the prime minister held a meeting with ...": the
    prime minister told before, as with "met"."""
    evs = events_of(
        "Prime Minister Arjun Mehra arrived in Havana on Thursday for the NAM summit.\n\nAfter a red carpet "
        "welcome at the airport -- named after a revolutionary -- the prime minister held a meeting with the "
        "leaders of Mongolia, Malaysia and Sri Lanka.",
        published="2006-09-15",
        publisher="Rediff News (India)",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["IND", "LKA"], ["IND", "MNG"], ["IND", "MYS"]]


def test_a_headline_that_receives_a_call_without_article_is_no_meeting() -> None:
    """ "X Receives Call from Y": headlines drop the article; the call is told in the body."""
    evs = events_of(
        "News\n\nForeign Minister Receives Call from Iranian Minister of Foreign Affairs\nDoha, 09 October 2023\n"
        "HE Minister of Foreign Affairs Sheikh Khalid bin Hamad Al-Mahmoud received today a telephone call from "
        "Minister of Foreign Affairs of the Islamic Republic of Iran Hossein Rahimi.",
        title="MOFA News",
        published="2023-10-09",
        publisher="Qatar Ministry of Foreign Affairs",
    )
    assert [e.kind for e in evs] == ["call"]
    assert parties(evs[0]) == {"QAT", "IRN"}


def test_the_dateline_below_a_headline_is_not_the_name_of_its_last_office() -> None:
    """ "... from Iranian Minister of Foreign Affairs\\nDoha, 09 October 2023": Doha is the dateline."""
    evs = events_of(
        "News\n\nForeign Minister Receives Call from Iranian Minister of Foreign Affairs\nDoha, 09 October 2023\n"
        "HE Minister of Foreign Affairs Sheikh Khalid bin Hamad Al-Mahmoud received today a telephone call from "
        "his Iranian counterpart.",
        title="MOFA News",
        published="2023-10-09",
        publisher="Qatar Ministry of Foreign Affairs",
    )
    assert "Doha" not in {p.name for e in evs for p in e.participants}


def test_envoys_named_in_a_later_these_ambassadors_are_sentence_present_credentials_one_by_one() -> None:
    """ "accepted credentials presented by three newly-appointed Ambassadors ... These three newly-appointed
    Ambassadors are A, B and C": one event each (spec), though the list is told sentences later."""
    evs = events_of(
        "On the afternoon of June 20, 2018, President Li Ming accepted credentials presented by three "
        "newly-appointed Ambassadors to China at the Great Hall of the People.\n\nThe Ambassadors presented "
        "credentials in succession. These three newly-appointed Ambassadors are Barbadian Ambassador to China "
        "Francis Joseph, Peruvian Ambassador to China Luisa Quispe and Ambassador of New Zealand to China Clara "
        "Fenwick.",
        published="2018-06-20",
        publisher="China MFA",
    )
    assert sorted(sorted(parties(e)) for e in evs) == [["BRB", "CHN"], ["CHN", "NZL"], ["CHN", "PER"]]


def test_wrote_to_his_counterpart_is_a_message() -> None:
    evs = events_of(
        "New Delhi, Jul 15 (IANS): President Arun Varma on Friday wrote to his French counterpart Paul Girard to "
        "convey condolences on the deaths in the terror attack in Nice.",
        published="2016-07-15",
        publisher="Daijiworld (IANS)",
    )
    assert [e.kind for e in evs] == ["message"]
    assert parties(evs[0]) == {"IND", "FRA"}


def test_called_on_with_a_hyphen_is_a_courtesy_call_and_a_platform_is_no_name() -> None:
    evs = events_of(
        "India's Minister of State for External Affairs Vijay Nair on Thursday met President of Uganda Yoweri "
        "Okello.\n\n"
        "Taking to Twitter, Minister wrote, \"Delighted to have called-on Hon'ble President of Uganda Yoweri "
        'Okello."\n\nHe had a fruitful and engaging discussion with his Ugandan counterpart Jane Akello.',
        published="2021-11-12",
        publisher="Republic World",
    )
    assert all(e.kind == "meeting" for e in evs)
    assert "Twitter" not in {p.name for e in evs for p in e.participants}
    assert sorted(sorted(parties(e)) for e in evs) == [["IND", "UGA"], ["IND", "UGA"]]


def test_the_office_told_first_is_named_in_the_next_sentence_of_the_call() -> None:
    """ "China's foreign minister held a phone call with the European Union's foreign policy chief. During
    his conversation with Josep Borrell, ...": Borrell is the EU's chief, one call."""
    evs = events_of(
        "BEIJING (AA) - China's foreign minister held a phone call Sunday with the European Union's foreign "
        "policy chief.\nDuring his conversation with Josep Borrell, Wang Yi called for increased dialogue.",
        publisher="US Muslims (Anadolu Agency)",
    )
    assert len(evs) == 1
    assert {p.name: p.country or p.org for p in evs[0].participants} == {"Wang Yi": "CHN", "Josep Borrell": "EU"}


def test_two_officials_sharing_an_office_title_joined_their_counterparts_in_a_virtual_meeting() -> None:
    """Two principal deputy assistant secretaries are both the publisher's (a government has many); "a virtual
    Intersessional Meeting" is a video call; "their Indian counterparts" are India's."""
    evs = events_of(
        "Sept. 11, 2020\nPrincipal Deputy Assistant Secretary Dean Whitley and Principal Deputy Assistant "
        "Secretary David Holm joined their Indian counterparts today for a virtual Intersessional Meeting of the "
        "U.S.-India 2+2 Ministerial Dialogue.\nPrincipal Deputy Assistant Secretary Whitley and Principal Deputy "
        "Assistant Secretary Holm underscored the partnership.",
        published="2020-09-11",
        publisher="U.S. Department of State",
    )
    assert [e.kind for e in evs] == ["video_call"]
    assert {p.name: p.country for p in evs[0].participants} == {"Dean Whitley": "USA", "David Holm": "USA", None: "IND"}


def test_a_leader_named_in_a_clause_timing_a_domestic_meeting_is_no_party() -> None:
    """ "President X chaired a meeting of the National Security Council on Thursday, soon after the
    inauguration of U.S. President Y": a meeting at home, timed by another event."""
    evs = events_of(
        "President Kim Jae-won chaired a meeting of the National Security Council on Thursday, soon after the "
        "inauguration of U.S. President Joe Biden, to discuss Seoul's diplomatic agenda.",
        published="2021-01-21",
        publisher="Korea News Repost",
    )
    assert not any("USA" in parties(e) for e in evs)


def test_the_place_of_the_occasion_told_sentences_after_the_sidelines() -> None:
    """ "... met ... on the sidelines of an extraordinary meeting of the Turkic Council ... The extraordinary
    meeting of the foreign ministers is held in Baku on Feb. 6."."""
    evs = events_of(
        "By Trend\n\nTurkish Foreign Minister Ahmet Kaya met with Azerbaijani Foreign Minister Elnur Aliyev on "
        "the sidelines of an extraordinary meeting of the Turkic Council member countries' foreign ministers.\n\n"
        "The ministers discussed the prospects for cooperation.\n\nThe extraordinary meeting of the foreign "
        "ministers of the Turkic Council member countries is held in Baku on Feb. 6.",
        published="2018-02-06",
        publisher="AzerNews (Trend)",
    )
    assert len(evs) == 1
    assert evs[0].location is not None and (evs[0].location.name, evs[0].location.country) == ("Baku", "AZE")


@pytest.mark.parametrize(
    "sentence",
    [
        # hoped for or proposed, not yet happened
        "He also conveyed warm greetings with an expectation of meeting the Ghanaian President soon.",
        "She spoke of the prospect of talks with her Peruvian counterpart.",
        "The minister expressed his eagerness to visit Chile.",
        "He is keen to meet the new Prime Minister.",
        "Xi told Biden that NATO and Russia should hold direct talks.",
        "The minister said both sides must hold talks soon.",
        # told as past background
        "President Aliyev noted that he discussed with the Ukrainian President the issues of bilateral ties.",
        "It is to be recalled that on February 10 Foreign Minister Tadesse has discussed with Aino Virtanen.",
    ],
)
def test_a_hoped_for_or_recalled_meeting_is_no_interaction(sentence: str) -> None:
    """ "with an expectation of meeting", "should hold talks", "noted that he discussed with", "It is to be
    recalled that ...": no interaction of this readout."""
    assert cues_in(sentence) == []


def test_a_planned_visit_told_past_an_abbreviation_is_no_visit() -> None:
    """ "Vice Minister X said he will first visit Washington, D.C., to hold talks": the stops of "D.C." do not
    end the sentence, so the talks are still in the future."""
    evs = events_of(
        "Vice Foreign Minister Park Ji-ho will visit the U.S. and Japan from today to the 26th.\n\n"
        "Vice Minister Park said he will first visit Washington, D.C., to hold talks with the U.S.",
        published="2024-12-22",
        publisher="Seoul Daily",
    )
    assert evs == []


def test_a_press_secretary_named_after_a_headline_takes_no_part_in_the_call() -> None:
    """ "Watch: White House Briefs Reporters On X Phone Call" then "Press Secretary Y is expected to brief
    reporters on the call": the call is the leaders', not the press secretary's."""
    title = "Watch: White House Briefs Reporters On Tan Wei Phone Call"
    evs = events_of(
        f"March 18, 2022 | Tags:\n{title}\n\nWhite House Press Secretary Dana Cole is expected to brief reporters "
        "on the phone call which started just after 9am.\n\nPresident Samuel Ortiz spoke today with President Tan "
        "Wei of the People's Republic of China.",
        title=title,
        published="2022-03-18",
        publisher="Capitol Wire (White House readout)",
    )
    assert "Dana Cole" not in {p.name for e in evs for p in e.participants}


def test_the_heads_of_two_sides_of_consultations_and_a_call_on_by_one_of_them_by_office() -> None:
    """ "A and B held the 5th round of Foreign Office Consultations in Lima on 3 May. The Indian side was led by
    X, Secretary (West), ... and the Peruvian side was led by Y": X meets Y; "Secretary (West) called on
    President Z" is X's second meeting."""
    evs = events_of(
        "New Delhi: India and Peru held the 5th round of Foreign Office Consultations in Lima on 3 May 2023. The "
        "Indian side was led by Shri Arvind Menon, Secretary (West), Ministry of External Affairs and the Peruvian "
        "side was led by Ambassador Rosa Vargas Quiroz, Vice Minister of Foreign Affairs of the Republic of Peru."
        "\n\nSecretary (West) called on H.E. Mr. Carlos Huaman Soto, President of the Republic of Peru.",
        published="2023-05-04",
        publisher="India Wire (India MEA release)",
    )
    assert sorted(sorted(p.name or "" for p in e.participants) for e in evs) == [
        ["Arvind Menon", "Carlos Huaman Soto"],
        ["Arvind Menon", "Rosa Vargas Quiroz"],
    ]
    talks = next(e for e in evs if "Rosa Vargas Quiroz" in {p.name for p in e.participants})
    assert talks.date == "2023-05-03"
    assert talks.location is not None and talks.location.name == "Lima"


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan and Viet Nam held the second Strategic Dialogue in Tokyo.",
        "The two countries held the 7th round of Bilateral Consultations in Hanoi.",
    ],
)
def test_a_dialogue_or_a_round_of_consultations_held_is_an_interaction(sentence: str) -> None:
    assert [c.kind for c in cues_in(sentence)][:1] == ["meeting"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("State Minister Amara Tesfaye held discussion today with UK Special Envoy Tom Hollis.", "meeting"),
        (
            "President Liya Bekele discussed with Finnish Minister of Foreign Affairs Aino Virtanen on Thursday.",
            "meeting",
        ),
        ("President Liya Bekele bade farewell to the outgoing Israeli Ambassador, Dan Levi, on Thursday.", "meeting"),
    ],
)
def test_state_media_phrasings_of_an_audience(sentence: str, kind: str) -> None:
    """East African state media's "held discussion today with", "discussed with X", "bade farewell to", and
    "credential letters" (an audience in person, not an exchange of letters)."""
    assert [c.kind for c in cues_in(sentence)][:1] == [kind]


def test_credential_letters_received_are_no_message() -> None:
    kinds = {c.kind for c in cues_in("President Liya Bekele has today received credential letters from new envoys.")}
    assert kinds == {"meeting"}


def test_the_two_leaders_meeting_retold_places_it_and_an_earlier_meeting_does_not() -> None:
    """ "The two heads of state had a meeting on December 10 at State House Nairobi" places the talks told
    before; "The visit came after the two heads of state recently met ... in Dubai" is another occasion."""
    evs = events_of(
        "President Daniel Kiprop has held talks with Belarus President Andrei Kovalenko to enhance bilateral ties."
        "\n\nThe two heads of state had a meeting on December 10 at State House Nairobi during a visit.\n\nThe "
        "visit came after the two heads of state recently met on December 1 in Dubai on the sidelines of the "
        "World Climate Summit.",
        publisher="The Evening Ledger",
    )
    assert len(evs) == 1
    assert evs[0].location is not None and (evs[0].location.name, evs[0].location.country) == ("Nairobi", "KEN")


def test_an_aide_supporting_the_principal_is_no_party() -> None:
    """ "Prime Minister X supported by Ministry Secretary Y, met with Samoa Prime Minister Z": Y is at X's side."""
    evs = events_of(
        "Suva, Fiji, 15 September 2023 - Prime Minister the Honourable Tama Ruatapu supported by Ministry of Foreign "
        "Affairs and Immigration Secretary Mere Tangaroa, met with Samoa Prime Minister the Honourable Lealaiauloto "
        "Aiono yesterday in Suva at the Samoa High Commission.",
        published="2023-09-15",
        publisher="Cook Islands Ministry of Foreign Affairs and Immigration",
    )
    assert len(evs) == 1
    assert "Mere Tangaroa" not in {p.name for p in evs[0].participants}
    assert evs[0].mode == "third_location"


def test_a_visit_placed_in_an_earlier_month_is_another_occasion() -> None:
    """ "welcomed the successful working visit to Japan in March by Deputy President X" in an April courtesy
    call: the March visit is recalled, not an interaction of this readout."""
    evs = events_of(
        "On April 2, Ms. SATO Yumi, Parliamentary Vice-Minister for Foreign Affairs, received a courtesy call from "
        "Mr. Pieter Botha, Chargé d'Affaires a.i., Embassy of the Republic of South Africa in Japan.\n- At the "
        "outset, Parliamentary Vice-Minister Sato welcomed the successful working visit to Japan in March by the "
        "Honourable Mr. Themba Nkosi, Deputy President of the Republic of South Africa.",
        published="2025-04-02",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    assert len(evs) == 1
    assert "Themba Nkosi" not in {p.name for p in evs[0].participants}


def test_the_ministers_of_a_meeting_that_is_the_occasion_are_no_party() -> None:
    """ "met today with NATO Secretary General X in Brussels on the margins of the meeting of NATO Foreign
    Ministers": one meeting, with X; the ministers' meeting is the occasion."""
    evs = events_of(
        "Secretary of State Laura Whitfield met today with NATO Secretary General Henrik Dahl in Brussels on the "
        "margins of the meeting of NATO Foreign Ministers. The Secretary and the Secretary General discussed "
        "support for Ukraine.",
        published="2025-04-04",
        publisher="US Department of State",
    )
    assert len(evs) == 1
    assert {(p.name, p.country or p.org) for p in evs[0].participants} == {
        ("Laura Whitfield", "USA"),
        ("Henrik Dahl", "NATO"),
    }


def test_later_meetings_of_a_summit_told_after_the_desks_dateline_are_at_the_summit() -> None:
    """ "KUALA LUMPUR (May 10): At the Asean Summit in Labuan Bajo, Indonesia today Prime Minister X held
    discussions with ... X also held a meeting with the Prime Minister of Vietnam, Y": Labuan Bajo, not the
    reporter's desk."""
    evs = events_of(
        "KUALA LUMPUR (May 10): At the 42nd Asean Summit in Labuan Bajo, Indonesia today Prime Minister Datuk Seri "
        "Razak Hamzah held discussions with the Prime Minister of Laos, Khamphay Vongsa.\n\nRazak also held a "
        "meeting with the Prime Minister of Vietnam, Tran Van Long, and discussed investment.",
        published="2023-05-10",
        publisher="Borneo Daily (Bernama)",
    )
    assert len(evs) == 2
    assert {(e.location.name, e.location.country) for e in evs if e.location} == {("Labuan Bajo", "IDN")}
    assert all(e.location is not None for e in evs)


@pytest.mark.parametrize(
    "sentence",
    [
        "State TV said President Omar Fadl of Egypt refused to receive a phone call from Israeli Prime Minister "
        "Dan Levi, the Nile news channel reported.",
        "President Omar Fadl of Egypt declined to meet Israeli Prime Minister Dan Levi in Cairo on Monday.",
        "Egyptian President Omar Fadl has not yet spoken with Israeli Prime Minister Dan Levi.",
    ],
)
def test_a_contact_refused_or_not_made_is_no_interaction(sentence: str) -> None:
    assert events_of(sentence, published="2024-01-24", publisher="Egypt Daily News") == []


def test_a_joint_press_statement_is_no_readout() -> None:
    title = "Joint Press Statement from the Meeting of the Foreign Ministers of Austria and Chile"
    text = (
        f"{title}\n\nThe Ministers of Foreign Affairs of Austria and Chile met in Vienna on 3 May 2023 at their "
        "first meeting in this format. The Ministers discussed trade and exchanged views on regional issues."
    )
    record = code_document(make_doc(text, title=title, published="2023-05-04", publisher="Austria MFA"))
    assert record.is_readout is False


def test_warm_wishes_received_from_several_leaders_are_one_message_from_each() -> None:
    evs = events_of(
        "Prime Minister Tran Van Hoa received warm wishes from President of the Dominican Republic Luis Santos, "
        "PM of Algeria Nadir Bellal and Vice President of Türkiye Cem Aksoy.",
        published="2024-09-06",
        publisher="Vietnam News Agency (VNA)",
    )
    assert [e.kind for e in evs] == ["message"] * 3
    assert [parties(e) for e in evs] == [{"VNM", "DOM"}, {"VNM", "DZA"}, {"VNM", "TUR"}]


def test_congratulations_cabled_by_several_leaders_to_one_are_one_message_from_each() -> None:
    evs = events_of(
        "President of Italy Marco Ricci, President of Ireland Sean Doyle and King of Saudi Arabia Salman Bin Fahd "
        "Al-Saud cabled congratulations to President Nguyen Van Binh.",
        published="2024-09-06",
        publisher="Vietnam News Agency (VNA)",
    )
    assert [parties(e) for e in evs] == [{"ITA", "VNM"}, {"IRL", "VNM"}, {"SAU", "VNM"}]
    assert {e.kind for e in evs} == {"message"}


def test_a_teleconference_is_a_video_call() -> None:
    evs = events_of(
        "On the same day, Foreign Minister Emre Kaya of Türkiye also had a teleconference with Foreign Minister "
        "Jean Roy of Canada.",
        published="2020-03-19",
        publisher="Türkiye Ministry of Foreign Affairs",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("video_call", {"TUR", "CAN"})]


@pytest.mark.parametrize(
    "sentence",
    [
        "With Chinese Foreign Minister Li Wen, Prime Minister Ali Rahman of Malaysia reviewed trade ties.",
        "In discussions with Chinese Foreign Minister Li Wen, Prime Minister Ali Rahman of Malaysia highlighted trade.",
    ],
)
def test_a_counterpart_put_first_in_a_with_phrase_is_met(sentence: str) -> None:
    evs = events_of(sentence, published="2025-07-11", publisher="Bernama")
    assert [(e.kind, parties(e)) for e in evs] == [("meeting", {"CHN", "MYS"})]


def test_a_meeting_someone_was_scheduled_to_hold_is_no_interaction() -> None:
    evs = events_of(
        "The spokesman added that the President was scheduled to meet with the Prime Minister of Cambodia, "
        "Prime Minister Sok Vanna, as a matter of courtesy.",
        published="2022-11-05",
        publisher="Manila Daily News",
    )
    assert evs == []


def test_a_headline_announcing_meetings_to_come_is_no_readout() -> None:
    assert not is_readout_title("President Cruz to have at least two bilateral meetings on sidelines of summit")
    assert is_readout_title("President Cruz has two bilateral meetings on sidelines of summit")


def test_a_state_told_as_a_group_and_again_alone_is_one_party() -> None:
    evs = events_of(
        "The meeting was chaired by EU Foreign Policy Chief Anna Berg and attended by the Foreign Ministers of "
        "China, France, Germany, Russia, by the Minister of State of the United Kingdom and the Foreign Minister "
        "of Iran.",
        published="2019-09-26",
        publisher="Tehran Weekly",
    )
    assert len(evs) == 1
    sides = [p.country or p.org for p in evs[0].participants]
    assert sorted(sides) == sorted(set(sides))


def test_thanks_given_during_a_phone_call_tell_of_the_call() -> None:
    evs = events_of(
        "Minister Jan Novak of Czechia thanked his Slovak counterpart Peter Horvath for the support during a phone "
        "call on Monday.",
        published="2024-03-07",
        publisher="Prague Daily",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("call", {"CZE", "SVK"})]


def test_a_plural_office_before_a_pair_of_names_is_each_ones() -> None:
    evs = events_of(
        "Foreign Ministers Ali Yilmaz of Türkiye and Omar Farouk of Egypt co-chaired the fifth Joint Commission "
        "meeting in Ankara on Wednesday.",
        published="2024-03-07",
        publisher="Cairo Daily",
    )
    assert len(evs) == 1
    assert {(p.name, p.title, p.country) for p in evs[0].participants} == {
        ("Ali Yilmaz", "Foreign Minister", "TUR"),
        ("Omar Farouk", "Foreign Minister", "EGY"),
    }


def test_a_meeting_of_people_of_unknown_state_has_no_mode() -> None:
    evs = events_of("Presidents Ali Yilmaz and Omar Farouk met in Ankara on Wednesday.", published="2024-03-07")
    assert [(e.location.country if e.location else None, e.mode) for e in evs] == [("TUR", None)]


def test_a_previews_story_still_reports_a_contact_made_at_a_time_it_names() -> None:
    text = (
        "President Daniel Kiprono will on Monday host his Indonesian counterpart Budi Santoso at State House.\n\n"
        "Santoso arrived in the country on Sunday for a State visit.\n\n"
        "Over the weekend, President Kiprono held talks with his Ugandan counterpart President Moses Okello at State "
        "House."
    )
    evs = events_of(
        text, title="Kiprono to host President Santoso", published="2022-10-03", publisher="Nairobi Courier"
    )
    assert [(p.name, p.country) for e in evs for p in e.participants] == [
        ("Daniel Kiprono", None),
        ("Moses Okello", "UGA"),
    ]
    assert events_of(text.rsplit("\n\n", 1)[0], title="Kiprono to host President Santoso", published="2022-10-03") == []


def test_the_date_of_another_occasion_in_the_sentence_is_not_the_meetings() -> None:
    evs = events_of(
        "Confirmation of the one-day visit on July 6, 2023, was made during a meeting between Prime Minister Peter "
        "Kaia and Indonesian Ambassador to PNG, Andi Supandi, in Port Moresby last Friday, June 2, 2023.",
        published="2023-06-05",
        publisher="Port Moresby Post",
    )
    assert [e.date for e in evs] == ["2023-06-02"]


def test_a_leader_whose_greetings_were_passed_on_takes_no_part() -> None:
    evs = events_of(
        "External Affairs Minister Ravi Mehra of India on Wednesday called on French President Paul Marchand in "
        "Paris. The minister said he conveyed to Marchand Indian Prime Minister Arjun Rao's greetings and that the "
        "discussions reflected the full spirit of the strategic partnership between the two countries.",
        published="2021-06-26",
        publisher="Delhi Wire",
    )
    assert [{p.name for p in e.participants} for e in evs] == [{"Ravi Mehra", "Paul Marchand"}]


def test_a_day_of_the_month_alone_is_of_the_month_of_publication() -> None:
    evs = events_of(
        "Foreign Minister Ana Ruiz of Spain met her Moroccan counterpart Karim Alaoui in Rabat on the 5th.",
        published="2024-03-07",
        publisher="Madrid Wire",
    )
    assert [e.date for e in evs] == ["2024-03-05"]
    later = events_of(
        "Foreign Minister Ana Ruiz of Spain met her Moroccan counterpart Karim Alaoui in Rabat on the 28th.",
        published="2024-03-07",
        publisher="Madrid Wire",
    )
    assert [e.date for e in later] == ["2024-02-28"]


def test_a_lead_telling_of_a_call_earlier_this_week_reports_it() -> None:
    evs = events_of(
        "Earlier this week, Foreign Minister Ana Ruiz of Spain spoke by phone with her Peruvian counterpart Jose Vega.",
        published="2024-03-07",
        publisher="Madrid Wire",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("call", {"ESP", "PER"})]


def test_meetings_of_a_visit_told_in_one_sentence_keep_their_own_days() -> None:
    evs = events_of(
        "During his three-day visit to Kenya from 4 to 6 March, Foreign Minister Ali Karim of Egypt met President "
        "Daniel Kiprono on 5 March and Foreign Minister Mary Wanjiku on 6 March.",
        published="2024-03-07",
        publisher="Cairo Daily",
    )
    assert [(e.date, parties(e)) for e in evs] == [("2024-03-05", {"EGY", "KEN"}), ("2024-03-06", {"EGY", "KEN"})]


def test_a_list_of_senders_closed_by_comma_and_is_one_list() -> None:
    evs = events_of(
        "President of Italy Marco Ricci, President of Ireland Sean Doyle, King of Saudi Arabia Salman Bin Fahd "
        "Al-Saud, and President of Egypt Omar Fadl cabled congratulations to President Nguyen Van Binh.",
        published="2024-09-06",
        publisher="Vietnam News Agency (VNA)",
    )
    assert [parties(e) for e in evs] == [{"ITA", "VNM"}, {"IRL", "VNM"}, {"SAU", "VNM"}, {"EGY", "VNM"}]


def test_two_pairs_each_with_its_own_verb_are_two_meetings() -> None:
    evs = events_of(
        "Foreign Minister Ana Ruiz of Spain met Foreign Minister Karim Alaoui of Morocco in Rabat, and Prime "
        "Minister Lars Berg of Norway met President Ana Costa of Portugal in Lisbon.",
        published="2024-09-06",
        publisher="Madrid Wire",
    )
    assert [parties(e) for e in evs] == [{"ESP", "MAR"}, {"NOR", "PRT"}]


def test_a_message_handed_over_during_a_meeting_is_the_message_and_the_meeting() -> None:
    evs = events_of(
        "Prime Minister Lose Tafa received a written message from President Ana Lima of Brazil, handed over by "
        "Foreign Minister Paulo Reis during a meeting in Apia on Friday.",
        published="2022-05-30",
        publisher="Government of Samoa",
    )
    assert sorted(e.kind for e in evs) == ["meeting", "message"]
    by_kind = {e.kind: e for e in evs}
    assert {p.name for p in by_kind["message"].participants} == {"Lose Tafa", "Ana Lima"}
    assert {p.name for p in by_kind["meeting"].participants} == {"Lose Tafa", "Paulo Reis"}
    assert parties(by_kind["meeting"]) == {"WSM", "BRA"}  # the bearer is of the sender's state
    assert by_kind["meeting"].location is not None and by_kind["meeting"].location.name == "Apia"
    assert by_kind["message"].location is None


def test_the_bearer_of_a_message_is_no_party_to_it() -> None:
    evs = events_of(
        "President Alpha Kabore of Burkina Faso received on Monday a message from President Ali Veno of "
        "Mauritania, which was delivered by Special Envoy Marco Lind.",
        published="2022-05-30",
        publisher="Burkina Information Agency",
    )
    assert [e.kind for e in evs] == ["message"]
    assert {p.name for p in evs[0].participants} == {"Alpha Kabore", "Ali Veno"}
    assert evs[0].date == "2022-05-30"


def test_a_place_and_a_date_opening_the_release_date_its_today() -> None:
    evs = events_of(
        "Lima, October 3, 2022. The Minister of Foreign Affairs, Rosa Quispe, met today with the Secretary of State "
        "of the United States, Mark Hollis, at the Torre Tagle Palace.",
        published="2022-10-04",
        publisher="Cancillería del Perú",
    )
    assert [(e.kind, e.date) for e in evs] == [("meeting", "2022-10-03")]


def test_the_two_ministers_of_a_call_told_after_their_names_are_its_parties() -> None:
    evs = events_of(
        "CAIRO, May 11 (Xinhua) -- Egyptian Foreign Minister Karim Nasser and his Jordanian counterpart Omar Saleh "
        "discussed on Thursday the latest developments in Sudan, the Egyptian Foreign Ministry said in a statement.\n"
        "During a phone call, the two ministers stressed the need for an immediate ceasefire.",
        title="Egyptian, Jordanian FMs discuss Sudan crisis",
        published="2023-05-11",
        publisher="Xinhua",
    )
    assert [(e.kind, parties(e), e.date) for e in evs] == [("call", {"EGY", "JOR"}, "2023-05-11")]


def test_the_leads_initials_as_subject_and_a_palace_of_the_state_visited() -> None:
    evs = events_of(
        "Cabinet Secretary for Foreign and Diaspora Affairs Dr. Peter Kamau on Wednesday concluded a two-day "
        "official visit to Ethiopia. On Tuesday, the CS held bilateral talks with Ethiopia's Deputy Prime Minister "
        "and Foreign Minister Tesfaye Bekele in Addis Ababa. On Wednesday, he paid a courtesy call on Prime Minister "
        "Girma Alemu at the National Palace.",
        title="CS Kamau concludes visit to Ethiopia",
        published="2023-07-06",
        publisher="Ministry of Foreign Affairs of Kenya",
    )
    got = sorted(
        (e.date, e.location.name if e.location else None, sorted(p.name or "" for p in e.participants)) for e in evs
    )
    assert got == [
        ("2023-07-04", "Addis Ababa", ["Peter Kamau", "Tesfaye Bekele"]),
        ("2023-07-05", "Addis Ababa", ["Girma Alemu", "Peter Kamau"]),
    ]


def test_the_host_of_talks_between_two_others_takes_part_in_them() -> None:
    evs = events_of(
        "Saudi Foreign Minister Prince Khalid bin Saad and his Iranian counterpart Reza Tehrani met in Beijing on "
        "Thursday.\nChinese Foreign Minister Zhou Ming hosted the talks, state media said.",
        title="Saudi, Iranian foreign ministers meet in Beijing",
        published="2023-04-06",
        publisher="Gulf Daily Wire",
    )
    assert [parties(e) for e in evs] == [{"SAU", "IRN", "CHN"}]


def test_talks_a_leader_is_only_considering_are_no_meeting() -> None:
    record = code_document(
        make_doc(
            "TOKYO, March 5 (Kyodo) - Prime Minister Taro Mizuno is considering holding his first talks with South "
            "Korean President Lee Jin-ho on the sidelines of the G20 summit, government sources said.",
            title="Mizuno considering talks with Lee",
            published="2024-03-05",
            publisher="Kyodo",
        )
    )
    assert record.events == []
    assert record.is_readout is False


def test_the_premier_is_the_prime_minister_named_before() -> None:
    evs = events_of(
        "ADDIS ABABA, Feb 10 (ENA) - Prime Minister Dawit Bekele held talks with Nigerian President Musa Adamu on "
        "the sidelines of the AU summit on Saturday. The Premier also met with Zimbabwean President Tendai Moyo.",
        published="2024-02-10",
        publisher="ENA",
    )
    assert [parties(e) for e in evs] == [{"ETH", "NGA"}, {"ETH", "ZWE"}]


def test_those_named_among_a_groups_callers_are_the_parties_not_every_member() -> None:
    evs = events_of(
        "KUALA LUMPUR, March 5 (Bernama) - Leaders from ASEAN countries made courtesy calls on Prime Minister Aziz "
        "Rahman at Seri Perdana today. Among them were Philippine President Jose Reyes and Vietnamese Prime "
        "Minister Tran Van Nam.",
        published="2024-03-05",
        publisher="Bernama",
    )
    assert sorted(tuple(sorted(str(c) for c in parties(e))) for e in evs) == [("MYS", "PHL"), ("MYS", "VNM")]


def test_two_leaders_who_discussed_in_a_town_met_there() -> None:
    evs = events_of(
        "CAIRO, March 5 (Xinhua) -- Sovereign Council Chairman Osman Idris of Sudan and Egyptian President Karim "
        "Mansour discussed on Tuesday in Cairo the latest developments in Sudan.",
        published="2024-03-05",
        publisher="Xinhua",
    )
    assert [(e.kind, e.location.name if e.location else None, parties(e)) for e in evs] == [
        ("meeting", "Cairo", {"SDN", "EGY"})
    ]


def test_undotted_initials_open_a_name() -> None:
    evs = events_of(
        "Foreign Minister Dr A K Rahman Chowdhury met the visiting Foreign Minister of Maldives Ali Nasheed in "
        "Dhaka on Sunday.",
        published="2024-03-05",
        publisher="Ministry of Foreign Affairs, Bangladesh",
    )
    assert {(p.name, p.title) for p in evs[0].participants} == {
        ("A K Rahman Chowdhury", "Foreign Minister"),
        ("Ali Nasheed", "Foreign Minister"),
    }


def test_a_talk_with_quoted_adjectives_is_a_meeting() -> None:
    evs = events_of(
        "China's senior diplomat Zhao Ming and U.S. national security advisor John Miller had a 'candid, in-depth "
        "and constructive' talk in Rome, Italy.",
        published="2022-03-15",
        publisher="CGTN",
    )
    assert [(e.kind, e.location.name if e.location else None, parties(e)) for e in evs] == [
        ("meeting", "Rome", {"CHN", "USA"})
    ]


def test_the_leaders_of_an_upcoming_meeting_are_not_in_the_talks_that_prepare_it() -> None:
    evs = events_of(
        "Russian Foreign Minister Ivan Petrov and his Turkish counterpart Emre Demir held talks in Moscow on "
        "Thursday, to discuss the issues to be addressed at an upcoming meeting between their two leaders, Oleg "
        "Smirnov and Mehmet Kaya.",
        published="2023-09-01",
        publisher="The Transparency",
    )
    assert [sorted(str(p.name) for p in e.participants) for e in evs] == [["Emre Demir", "Ivan Petrov"]]


def test_the_forum_on_whose_sidelines_two_ministers_met_is_not_a_party() -> None:
    evs = events_of(
        "External Affairs Minister Ravi Kumar met his Chinese counterpart Li Wei on Wednesday in Dushanbe on the "
        "sidelines of the SCO Foreign Ministers' meeting and the two leaders had a detailed exchange of views.",
        published="2021-07-15",
        publisher="Organiser",
    )
    assert [parties(e) for e in evs] == [{"IND", "CHN"}]


def test_envoys_listed_after_a_credentials_ceremony_each_meet_the_host() -> None:
    evs = events_of(
        "Guatemala City, by Ana Lopez -AGN-. A group of three diplomats presented their credentials before President "
        "Jorge Ramos in an official ceremony.\n\nThe ambassadors who presented their credentials are:\n\n"
        "  • Emma Clarke, Australian Ambassador.\n  • John Brooks, U.S. Ambassador.\n"
        "  • Maria Teixeira, Angolan Ambassador.",
        title="Ambassadors present letters of credence to President Jorge Ramos",
        published="2024-03-05",
        publisher="Government of Guatemala",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [
        ("Guatemala City", {"GTM", "AUS"}),
        ("Guatemala City", {"GTM", "USA"}),
        ("Guatemala City", {"GTM", "AGO"}),
    ]


def test_the_others_received_after_a_ceremony_each_meet_its_host() -> None:
    evs = events_of(
        "Twenty envoys presented their diplomatic credentials to President Luis Moreno during a ceremony at the Casa "
        "Rosada this week. The others received were Ambassadors Lilia Eugenia Rossi (Mexico), Amador Rico "
        "(European Union) and Reid Sirrs (Canada).",
        published="2022-01-28",
        publisher="Buenos Aires Times",
    )
    assert [sorted(str(p.name) for p in e.participants) for e in evs] == [
        ["Lilia Eugenia Rossi", "Luis Moreno"],
        ["Amador Rico", "Luis Moreno"],
        ["Luis Moreno", "Reid Sirrs"],
    ]


def test_credentials_delivered_to_a_minister_are_a_meeting_and_a_central_american_country_no_town() -> None:
    evs = events_of(
        "Diplomat Pablo Zamora delivered this Saturday to Nicaraguan Foreign Minister Denis Ortiz his credentials "
        "that accredit him as ambassador of Mexico in the Central American country, official sources reported.",
        published="2022-07-17",
        publisher="CMIO",
    )
    assert [(e.kind, e.location) for e in evs] == [("meeting", None)]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, February 20. /TASS/. Russian Foreign Minister Ivan Petrov and his French counterpart Paul Martin may "
        "hold talks in Moscow next week, a source in the Russian Foreign Ministry told TASS on Tuesday.",
        "FILE - Japan's Foreign Minister Taro Sato attends the ASEAN Plus Three Foreign Ministers' Meeting in Phnom "
        "Penh, Cambodia, Aug. 4, 2022.\n\nSato told the Nikkei news service Friday that he was working with China to "
        "arrange a summit meeting between Prime Minister Ken Ito and Chinese President Li Wei next month.",
        "Sato said the meeting between Prime Minister Ken Ito and Chinese President Li Wei was most likely to take "
        "place online. Li's last face-to-face meeting with a Japanese leader occurred in December 2019.",
    ],
)
def test_meetings_only_possible_planned_past_or_pictured_are_no_events(text: str) -> None:
    record = code_document(
        make_doc(text, title="Japanese Foreign Minister Says Summit Possible", published="2022-07-29")
    )
    assert record.events == []


def test_a_state_s_lowercase_minister_retold_by_name_and_a_separate_call_with_an_apposed_minister() -> None:
    evs = events_of(
        "Turkey's foreign minister met his Iranian counterpart in Istanbul on Friday, according to diplomatic "
        "sources.\n\nThe meeting between Turkish Foreign Minister Emre Yildiz and Iranian Foreign Minister Reza Karimi "
        "at Dolmabahce Office was also attended by Ali "
        "Kaya, the head of Turkey's National Intelligence Organization, sources said.\n\nSeparately, Yildiz had a "
        "phone conversation with Marko Petrov, foreign minister of North Macedonia, on Friday.",
        title="Turkish FM meets Iranian counterpart",
        published="2021-03-19",
        publisher="A News",
    )
    assert [(e.kind, sorted(str(p.name) for p in e.participants), parties(e)) for e in evs] == [
        ("meeting", ["Emre Yildiz", "Reza Karimi"], {"TUR", "IRN"}),
        ("call", ["Emre Yildiz", "Marko Petrov"], {"TUR", "MKD"}),
    ]


def test_presidents_of_listed_states_who_convened_are_named_by_a_later_list() -> None:
    evs = events_of(
        "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan convened in the Kazakh "
        "capital, Astana, on August 9 to hold their sixth consultative meeting.\n\nPresidents Aibek Osmonov of "
        "Kyrgyzstan, Davron Karimov of Tajikistan, Berdy Amanov of Turkmenistan, and Rustam Aliev of Uzbekistan "
        "arrived in Astana on August 8.",
        published="2024-08-10",
        publisher="Radio Azattyk",
    )
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.name == "Astana"
    assert {(p.country, p.name) for p in evs[0].participants} == {
        ("KAZ", None),
        ("KGZ", "Aibek Osmonov"),
        ("TJK", "Davron Karimov"),
        ("TKM", "Berdy Amanov"),
        ("UZB", "Rustam Aliev"),
    }


def test_a_name_that_only_qualifies_an_administration_takes_no_part() -> None:
    evs = events_of(
        "SEOUL, May 9 (Yonhap) -- South Korea's outgoing foreign minister had a farewell phone call with his U.S. "
        "counterpart Monday, a day before the launch of the Park Ji-hoon administration.\n\nForeign Minister Lee "
        "Sang-min had the call with U.S. Secretary of State John Adams at the top U.S. diplomat's request.",
        published="2022-05-09",
        publisher="Yonhap",
    )
    assert [(e.kind, e.date, sorted(str(p.name) for p in e.participants)) for e in evs] == [
        ("call", "2022-05-09", ["John Adams", "Lee Sang-min"])
    ]


def test_talks_started_and_co_headed_by_two_prime_ministers_are_a_meeting() -> None:
    evs = events_of(
        "Cairo — Sudan and Egypt Wednesday started official talks at the premises of the Egyptian Council of "
        "Ministers, co-headed by the Prime Minister, Dr. Omar Bashir Ali, and the Egyptian Prime Minister, Dr. Hany "
        "Fathy.",
        published="2019-09-18",
        publisher="SUNA",
    )
    assert [(e.kind, e.date, parties(e)) for e in evs] == [("meeting", "2019-09-18", {"SDN", "EGY"})]


def test_an_envoy_presenting_credentials_as_another_states_ambassador_is_that_states() -> None:
    evs = events_of(
        "LONDON, April 3 (KUNA) -- Khalid Al-Mutairi presented to King Charles III, of the United Kingdom, his "
        "credentials as residing Ambassador of the State of Kuwait to the United Kingdom.\n\nDuring a ceremony at "
        "Buckingham Palace on Thursday, Ambassador Al-Mutairi conveyed to King Charles III the best regards of His "
        "Highness the Amir of Kuwait Sheikh Jaber Al-Sabah.",
        title="Kuwait Ambassador Presents Credentials To King Charles III",
        published="2025-04-03",
        publisher="KUNA",
    )
    assert [{(p.name, p.country, p.title) for p in e.participants} for e in evs] == [
        {
            ("Khalid Al-Mutairi", "KWT", "Ambassador of the State of Kuwait to the United Kingdom"),
            ("Charles III", "GBR", "King"),
        }
    ]


def test_a_strip_of_other_headlines_is_no_text_and_the_minister_answering_for_his_part_is_the_other_side() -> None:
    record = code_document(
        make_doc(
            "Off the wire\nStocks close weaker Thursday  • Zambia mulls new law  • Conference to tackle "
            "infrastructure challenges opens  • EU's chief negotiator visits Warsaw  \n\n"
            "The meeting of the joint political consultation committee of Sudan and Egypt on Thursday concluded.\n\n"
            "Sudanese Foreign Minister Omar Hassan, speaking to reporters following the meetings, commended the "
            "committee's work.\n\nEgypt's Foreign Minister Karim Nabil, for his part, announced that the issue of "
            "the miners has been resolved.",
            title="Sudan, Egypt agree to enhance joint work",
            published="2017-04-20",
            publisher="Xinhua",
        )
    )
    assert [parties(e) for e in record.events] == [{"SDN", "EGY"}]
    assert all(e.location is None for e in record.events)
    assert "INFRASTRUCTURE" not in record.topics


def test_a_joint_press_conference_of_two_ministers_is_their_meeting() -> None:
    evs = events_of(
        '"Iraq is looking forward to strengthening relations," Iraq\'s Foreign Minister Hamid Saleh said at a '
        "televised joint press conference with his Iranian counterpart Ali Rezaei in Baghdad.",
        published="2015-02-24",
        publisher="Xinhua",
    )
    assert [(e.kind, e.location.name if e.location else None, parties(e)) for e in evs] == [
        ("meeting", "Baghdad", {"IRQ", "IRN"})
    ]


def test_a_headline_call_on_another_office_splits_the_caller_from_the_one_called_on() -> None:
    evs = events_of(
        "Moldovan Deputy Foreign Minister Ion Varzari paid a courtesy call on Foreign Affairs Secretary Rafael "
        "M. Tolentino, Jr. on 14 March 2023 as part of the former's working visit in Manila.",
        title="Courtesy Call of the Deputy Foreign Minister of Moldova on Foreign Affairs Secretary Tolentino",
        published="2023-03-16",
        publisher="Philippines Department of Foreign Affairs",
    )
    assert [(e.date, parties(e)) for e in evs] == [("2023-03-14", {"MDA", "PHL"})]


def test_two_pairs_joined_by_while_are_two_exchanges_and_exchanged_congratulations_is_a_message() -> None:
    evs = events_of(
        "Prime Minister Tran Van Hung exchanged messages of greetings with Chinese Premier Li Qiang while National "
        "Assembly Chairman Le Van Nam exchanged congratulatory messages with Chairman of the Standing Committee of "
        "the National People's Congress of China Zhao Leji.\n\nOn this occasion, Minister of Foreign Affairs Pham "
        "Van Son also exchanged congratulations with his Chinese counterpart Wang Yi.",
        published="2024-01-18",
        publisher="Viet Nam News",
    )
    assert [(e.kind, {p.name for p in e.participants}) for e in evs] == [
        ("message", {"Tran Van Hung", "Li Qiang"}),
        ("message", {"Le Van Nam", "Zhao Leji"}),
        ("message", {"Pham Van Son", "Wang Yi"}),
    ]


def test_an_office_after_a_name_with_the_dot_of_us_dropped_is_american() -> None:
    evs = events_of(
        "Amb. Mary Wanjiru, the Cabinet Secretary for Foreign Affairs and Amb. John Doyle, U.S Assistant Secretary "
        "for African Affairs held a virtual consultative meeting to review the strategic dialogue. Critics of the "
        "U.S.-led talks stayed away.",
        published="2020-10-23",
        publisher="Kenya Ministry of Foreign Affairs",
    )
    assert [(e.kind, parties(e)) for e in evs] == [("video_call", {"KEN", "USA"})]


def test_a_meeting_only_expected_or_denied_is_none_and_an_exchange_held_with_a_minister_is_one() -> None:
    evs = events_of(
        "ISLAMABAD - Foreign Minister Omar Khan would leave for Tashkent today to attend the SCO foreign "
        "ministers conference. He is also expected to meet the Russian Foreign Minister as well. However there is "
        "no separate sideline meeting between Pakistani and Indian foreign ministers is planned.",
        published="2022-07-28",
        publisher="The Nation (Pakistan)",
    )
    assert evs == []
    evs = events_of(
        "Cuban foreign minister Juan Perez held a meeting with Luis Vega, Minister of Foreign Affairs of Peru. He "
        "also held a fraternal exchange with Jose Marin, Nicaraguan FM, stressing the excellent state of relations.",
        published="2020-01-08",
        publisher="ACN (Cuban News Agency)",
    )
    assert [parties(e) for e in evs] == [{"CUB", "PER"}, {"CUB", "NIC"}]


def test_a_caption_is_no_meeting_and_an_office_visited_is_in_the_datelines_town() -> None:
    evs = events_of(
        "Caption Prime Minister Tun Dr Ahmad Karim meet US Ambassador to Malaysia Jane Doe at his office. "
        "ALI BAKAR/The Star\n\nPUTRAJAYA: Prime Minister Tun Dr Ahmad Kareem received a courtesy call from United "
        "States Ambassador to Malaysia Jane Doe at his office.",
        title="US Ambassador calls on Dr A",
        published="2018-05-21",
        publisher="The Star (Malaysia)",
    )
    assert [(e.location.name if e.location else None, parties(e)) for e in evs] == [("Putrajaya", {"MYS", "USA"})]


def test_a_headline_in_the_present_over_a_lead_in_the_future_is_a_preview() -> None:
    record = code_document(
        make_doc(
            "The Tánaiste, Minister for Foreign Affairs, Sean Byrne TD, will take part in a meeting of EU Foreign "
            "Ministers in Luxembourg today (Monday). The Council's discussions will focus on the Middle East.",
            title="Tánaiste attends EU Foreign Ministers meeting in Luxembourg",
            publisher="Ireland Department of Foreign Affairs",
        )
    )
    assert record.events == [] and not record.is_readout


def test_envoys_listed_by_office_who_presented_credentials_by_video_are_one_call_each_with_the_host() -> None:
    evs = events_of(
        "Ambassador for the Argentine Republic, Ambassador for the Republic of Chile and the High Commissioner of "
        "the Republic of Ghana, based in Colombo presented their credentials to President Ravi Perera at the "
        "Presidential Secretariat in Colombo today (14).\n\nIt was a historic moment as the credentials were "
        "presented via a video conferencing ceremony.",
        published="2020-05-14",
        publisher="President's Media Division, Sri Lanka",
    )
    assert [(e.kind, parties(e)) for e in evs] == [
        ("video_call", {"LKA", "ARG"}),
        ("video_call", {"LKA", "CHL"}),
        ("video_call", {"LKA", "GHA"}),
    ]


def test_the_minister_who_met_envoys_named_only_by_office_in_the_line_before_is_a_party_of_that_meeting() -> None:
    evs = events_of(
        "High Commissioner of Canada and Ambassadors of Norway and Turkey took part in the meeting\n\nThe Minister "
        "of Foreign Affairs Ahmed Naseem today met with some non-resident ambassadors. The meeting was held "
        "virtually.",
        title="Minister Naseem meets with Non-Resident Ambassadors",
        published="2020-05-14",
        publisher="Maldives Ministry of Foreign Affairs",
    )
    assert [parties(e) for e in evs] == [{"MDV", "CAN", "NOR", "TUR"}]
    assert "Ahmed Naseem" in {p.name for p in evs[0].participants}


def test_an_opening_about_anothers_earlier_meeting_gives_neither_its_people_nor_its_day() -> None:
    evs = events_of(
        "Following Argentine President Carlos Ruiz's March 29 meeting with the President, Deputy Secretary of State "
        "Mary Collins met today in Buenos Aires with Foreign Minister Pablo Gomez.",
        published="2023-04-15",
        publisher="US Department of State",
    )
    assert [(e.date, {p.name for p in e.participants}) for e in evs] == [
        ("2023-04-15", {"Mary Collins", "Pablo Gomez"})
    ]
