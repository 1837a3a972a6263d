"""extract_events: the interactions a readout reports as having taken place (spec: events)."""

from __future__ import annotations

from readout.extract.pipeline import code_document

from ._support import CHINA, INDIA, JAPAN, NO10, STATE, WHITE_HOUSE, events_of, make_doc, parties

ZHAPAROV = (
    "On September 16, 2021 local time, Kyrgyz President Sadyr Zhaparov met with State Councilor and Foreign "
    "Minister Wang Yi in Dushanbe. Zhaparov asked Wang Yi to convey his greetings to President Xi Jinping. "
    "Wang Yi said that China and Kyrgyzstan are good neighbors and comprehensive strategic partners."
)


def test_meeting_at_a_third_location() -> None:
    evs = events_of(
        ZHAPAROV,
        title="Kyrgyz President Sadyr Zhaparov Meets with Wang Yi",
        published="2021-09-17",
        publisher=CHINA,
    )
    assert len(evs) == 1
    e = evs[0]
    assert e.kind == "meeting"
    assert e.date == "2021-09-16"
    assert e.location is not None and (e.location.name, e.location.country) == ("Dushanbe", "TJK")
    assert parties(e) == {"KGZ", "CHN"}
    assert e.mode == "third_location"
    assert e.cameo == "044"


def test_greetings_conveyed_to_a_leader_do_not_make_him_a_participant() -> None:
    e = events_of(ZHAPAROV, published="2021-09-17", publisher=CHINA)[0]
    assert all(p.name != "Xi Jinping" for p in e.participants)


def test_participant_names_and_titles() -> None:
    e = events_of(ZHAPAROV, published="2021-09-17", publisher=CHINA)[0]
    by_country = {p.country: p for p in e.participants}
    assert by_country["KGZ"].name == "Sadyr Zhaparov"
    assert by_country["KGZ"].title == "President"
    assert by_country["CHN"].name == "Wang Yi"


def test_phone_call_is_remote_with_cameo_041() -> None:
    evs = events_of(
        "On the evening of April 2, State Councilor and Foreign Minister Wang Yi held a phone call with "
        "Foreign Minister Hayashi Yoshimasa of Japan at the latter's request.",
        published="2022-04-03",
        publisher=CHINA,
    )
    assert len(evs) == 1
    e = evs[0]
    assert e.kind == "call"
    assert e.location is None
    assert e.mode == "remote"
    assert e.cameo == "041"
    assert e.date == "2022-04-02"
    assert parties(e) == {"CHN", "JPN"}


def test_video_call() -> None:
    evs = events_of(
        "President Joseph R. Biden, Jr. held a video call today with President Xi Jinping of the People's "
        "Republic of China. The two leaders discussed the management of competition between the "
        "two countries.",
        title="Readout of President Biden's Video Call with President Xi Jinping of the People's Republic of China",
        published="2021-11-16",
        publisher=WHITE_HOUSE,
    )
    assert [e.kind for e in evs] == ["video_call"]
    assert evs[0].mode == "remote"
    assert evs[0].cameo == "041"
    assert evs[0].date == "2021-11-16"
    assert parties(evs[0]) == {"USA", "CHN"}


def test_headline_phone_cue_settles_generic_talks() -> None:
    evs = events_of(
        "On January 20, State Councilor and Foreign Minister Wang Yi held talks with Pakistani "
        "Foreign Minister "
        "Bilawal Bhutto Zardari.",
        title="Wang Yi Holds Phone Talks with Pakistani Foreign Minister Bilawal Bhutto Zardari",
        published="2023-01-21",
        publisher=CHINA,
    )
    assert [e.kind for e in evs] == ["call"]


def test_congratulatory_message() -> None:
    evs = events_of(
        "On May 2, President Xi Jinping sent a congratulatory message to Bola Ahmed Tinubu on "
        "his inauguration "
        "as President of the Federal Republic of Nigeria.",
        published="2023-05-30",
        publisher=CHINA,
    )
    assert len(evs) == 1
    assert evs[0].kind == "message"
    assert evs[0].mode == "remote"
    assert evs[0].location is None


def test_planned_visit_is_not_an_event() -> None:
    evs = events_of(
        "At the invitation of State Councilor and Foreign Minister Wang Yi, Norwegian Foreign Minister "
        "Anniken Huitfeldt will visit China from March 27 to 29 and hold talks with him.",
        published="2022-03-24",
        publisher=CHINA,
    )
    assert evs == []


def test_meeting_recalled_in_passing_is_not_an_event() -> None:
    evs = events_of(
        "President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People's "
        "Republic of China. "
        "The leaders reviewed progress since their meeting in Bali last year on the sidelines "
        "of the G20 Summit.",
        published="2023-04-02",
        publisher=WHITE_HOUSE,
    )
    assert [e.kind for e in evs] == ["call"]
    assert evs[0].location is None


def test_meeting_of_third_parties_is_not_an_event() -> None:
    evs = events_of(
        "Secretary Blinken spoke today with Armenian Prime Minister Nikol Pashinyan. The "
        "Secretary welcomed the "
        "recent meeting between Prime Minister Pashinyan and Azerbaijani President Ilham Aliyev in Brussels.",
        published="2023-05-20",
        publisher=STATE,
    )
    assert len(evs) == 1
    assert evs[0].kind == "call"
    assert parties(evs[0]) == {"USA", "ARM"}


def test_press_conference_is_not_a_readout() -> None:
    text = (
        "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 7, 2022\n\n"
        "CCTV: Yesterday State Councilor and Foreign Minister Wang Yi met with Indonesian Foreign Minister "
        "Retno Marsudi. Can you share more details?\n\n"
        "WANG WENBIN: State Councilor Wang Yi held talks with Foreign Minister Retno Marsudi and the two "
        "sides exchanged views on bilateral cooperation.\n\n"
        "AFP: Do you have any comment on the Ukraine situation?\n\n"
        "WANG WENBIN: We have stated our position on many occasions."
    )
    title = "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 7, 2022"
    doc = make_doc(text, title=title, published="2022-03-07", publisher=CHINA)
    rec = code_document(doc)
    assert rec.events == []
    assert rec.is_readout is False


def test_separate_meetings_with_ambassadors_are_one_event_each() -> None:
    evs = events_of(
        "On February 24, Vice Foreign Minister Le Yucheng held separate meetings with the ambassadors of "
        "Japan and Russia to China in Beijing.",
        published="2022-02-25",
        publisher=CHINA,
    )
    assert len(evs) == 2
    assert sorted(tuple(sorted(c or "" for c in parties(e))) for e in evs) == [("CHN", "JPN"), ("CHN", "RUS")]
    for e in evs:
        envoys = [p for p in e.participants if p.country != "CHN"]
        assert len(envoys) == 1 and envoys[0].name is None
        assert e.kind == "meeting"


def test_visit_with_talks_and_a_separate_meeting_is_two_events() -> None:
    evs = events_of(
        "On July 8, State Councilor and Foreign Minister Wang Yi held talks in Hanoi with Vietnamese Foreign "
        "Minister Bui Thanh Son. The two sides reviewed bilateral cooperation. "
        "On the same day, Wang Yi also met with Vietnamese Prime Minister Pham Minh Chinh.",
        published="2023-07-09",
        publisher=CHINA,
    )
    assert len(evs) == 2
    assert all(e.kind == "meeting" and parties(e) == {"CHN", "VNM"} for e in evs)
    names = {p.name for e in evs for p in e.participants if p.country == "VNM"}
    assert names == {"Bui Thanh Son", "Pham Minh Chinh"}


def test_welcoming_ceremony_and_talks_are_one_event() -> None:
    evs = events_of(
        "On May 16, President Xi Jinping held talks with Russian President Vladimir Putin at "
        "the Great Hall of "
        "the People in Beijing. Before the talks, Xi Jinping held a grand welcoming ceremony "
        "for Putin at the "
        "square outside the East Gate of the Great Hall of the People.",
        published="2024-05-16",
        publisher=CHINA,
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"CHN", "RUS"}


def test_hosted_meeting_in_the_capital() -> None:
    e = events_of(
        "On May 16, President Xi Jinping held talks with Russian President Vladimir Putin at "
        "the Great Hall of "
        "the People in Beijing.",
        published="2024-05-16",
        publisher=CHINA,
    )[0]
    assert e.location is not None and (e.location.name, e.location.country) == ("Beijing", "CHN")
    assert e.mode == "host"
    assert e.cameo in ("042", "043")
    assert e.date == "2024-05-16"


def test_weekday_in_the_event_sentence() -> None:
    evs = events_of(
        "The Prime Minister spoke to President Volodymyr Zelenskyy of Ukraine on Saturday.",
        published="2022-03-21",
        publisher=NO10,
    )
    assert len(evs) == 1
    assert evs[0].date == "2022-03-19"
    assert parties(evs[0]) == {"GBR", "UKR"}


def test_dateline_here_today_gives_place_and_date() -> None:
    evs = events_of(
        "Beijing, April 28th\u2014Vice Foreign Minister Liu Zhenmin met here today with "
        "Ambassador Jan Hunter "
        "of Australia to China. The two sides exchanged views on bilateral relations.",
        published="2016-04-28",
        publisher=CHINA,
    )
    assert len(evs) == 1
    e = evs[0]
    assert e.date == "2016-04-28"
    assert e.location is not None and (e.location.name, e.location.country) == ("Beijing", "CHN")
    assert e.mode == "host"


def test_today_under_a_dateline_is_the_datelines_day() -> None:
    evs = events_of(
        "Beijing, April 28th\u2014Vice Foreign Minister Liu Zhenmin met here today with "
        "Ambassador Jan Hunter "
        "of Australia to China.",
        published="2016-04-29",
        publisher=CHINA,
    )
    assert [e.date for e in evs] == ["2016-04-28"]


def test_yearless_date_without_publication_date_is_null() -> None:
    evs = events_of(
        "On February 20, Foreign Minister Wang Yi met with French Foreign Minister Catherine Colonna.",
        publisher=CHINA,
    )
    assert len(evs) == 1
    assert evs[0].date is None


def test_meeting_without_a_stated_place_has_null_location_and_mode() -> None:
    evs = events_of(
        "On July 5, 2023, Foreign Minister Wang Yi met with French Foreign Minister Catherine Colonna.",
        publisher=CHINA,
    )
    assert len(evs) == 1
    assert evs[0].location is None
    assert evs[0].mode is None
    assert evs[0].cameo == "040"


def test_ministers_of_listed_states_are_unnamed_participants() -> None:
    evs = events_of(
        "On June 8, 2023, External Affairs Minister Dr. S. Jaishankar met with the foreign ministers of "
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in New Delhi.",
        publisher=INDIA,
    )
    assert len(evs) == 1
    assert parties(evs[0]) == {"IND", "KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert [p.name for p in evs[0].participants if p.country != "IND"] == [None] * 5
    assert evs[0].mode == "host"


def test_evidence_spans_cover_the_event_sentence() -> None:
    text = (
        "On November 18, 2022, Prime Minister KISHIDA Fumio held a Japan-China Summit Meeting with President "
        "Xi Jinping in Bangkok, Thailand. The two leaders confirmed the importance of stability."
    )
    evs = events_of(text, publisher=JAPAN)
    assert len(evs) == 1
    assert any(a <= text.index("held") < b <= len(text) for a, b in evs[0].evidence)
    assert all(0 <= a < b <= len(text) for a, b in evs[0].evidence)
    loc = evs[0].location
    assert loc is not None and (loc.name, loc.country) == ("Bangkok", "THA")
    assert evs[0].mode == "third_location"
