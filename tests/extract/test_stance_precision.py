"""Precision of the stance layer: a stance needs a holder, a target and an issue that the clause grounds.

Sentences written for these tests, one per pattern, in the styles of ministries and wires. Each trap is
a sentence whose wording invites a stance the spec does not give: support that names no one (a topic,
never a stance towards the other side of the meeting), the occasion of a claim taken for its object, and
a line of headings read as a claim.
"""

from __future__ import annotations

import pytest

from readout.extract.stances import extract_stances

from ._support import CHINA, NO10, STATE, layers, make_doc

Triple = tuple[str, str | None, str, str]

MEET_CHN_MYS = "Foreign Minister Wang Yi met Foreign Minister Mohamad Hasan of Malaysia in Beijing. "
MEET_GBR_IRQ = "The Prime Minister met Prime Minister Mohammed Shia Al-Sudani of Iraq in Downing Street. "
MEET_AUS_KOR = "Foreign Minister Penny Wong met Foreign Minister Park Jin of the Republic of Korea in Jakarta. "
DFAT = "Australia Minister for Foreign Affairs"
MEET_USA_IDN = "Secretary of State Antony J. Blinken met with Indonesian Foreign Minister Retno Marsudi in Washington. "


def stances(text: str, publisher: str | None = None) -> set[Triple]:
    pd, actors, events = layers(make_doc(text, published="2024-07-12", publisher=publisher))
    return {(s.holder, s.target, s.issue, s.alignment) for s in extract_stances(pd, actors, events)}


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        # support naming its object's owner still counts
        pytest.param(
            MEET_CHN_MYS + "Malaysia supports China's Global Development Initiative.",
            CHINA,
            {("MYS", "CHN", "DEVELOPMENT", "supports")},
            id="support-for-a-named-states-initiative",
        ),
        # opposing the politicisation of a question concerning the other side backs it (the one default kept)
        pytest.param(
            MEET_CHN_MYS + "Malaysia opposes the politicization of human rights issues concerning China.",
            CHINA,
            {("MYS", "CHN", "HUMAN_RIGHTS", "supports")},
            id="opposed-politicization-of-the-other-sides-question",
        ),
        # the place named before the occasion is what is backed
        pytest.param(
            MEET_GBR_IRQ + "The leaders reaffirmed their support for peace in Yemen following the truce.",
            NO10,
            {("GBR", "YEM", "MIDDLE_EAST", "supports"), ("IRQ", "YEM", "MIDDLE_EAST", "supports")},
            id="support-for-peace-in-a-named-state-before-the-occasion",
        ),
        # the owner of conduct judged unacceptable is opposed, never the holder (flipped-target trap)
        pytest.param(
            MEET_CHN_MYS + "Wang Yi said that the Philippines' provocations in the South China Sea are unacceptable, "
            "and China firmly opposes them.",
            CHINA,
            {("CHN", "PHL", "SOUTH_CHINA_SEA", "opposes")},
            id="owner-of-unacceptable-conduct-is-no-holder",
        ),
        pytest.param(
            MEET_CHN_MYS + "Hasan said that Israel's blockade of Gaza is unacceptable.",
            CHINA,
            {("MYS", "ISR", "MIDDLE_EAST", "opposes")},
            id="speaker-holds-what-is-unacceptable",
        ),
        # a possessive holder of support is the holder, not the joint subject of the clause before it
        pytest.param(
            MEET_GBR_IRQ + "They discussed the situation in Gaza and the Prime Minister underlined the UK's support "
            "for Israel's right to defend itself in line with international humanitarian law.",
            NO10,
            {("GBR", "ISR", "MIDDLE_EAST", "supports")},
            id="possessive-holder-of-support-for-a-right",
        ),
        # reported support still goes to the one whose support is appreciated
        pytest.param(
            MEET_CHN_MYS + "Wang Yi appreciated Malaysia's support for China's position on Taiwan.",
            CHINA,
            {("MYS", "CHN", "TAIWAN", "supports")},
            id="appreciated-support-is-the-others",
        ),
        # "and reaffirmed X's right" opens a new claim: the victim of the attack condemned before is never opposed
        pytest.param(
            MEET_GBR_IRQ + "The Prime Minister condemned Hamas's terrorist attack on Israel and reaffirmed Israel's "
            "right to defend itself.",
            NO10,
            {("GBR", "ISR", "MIDDLE_EAST", "supports")},
            id="victim-named-again-in-the-next-claim-is-not-opposed",
        ),
        # an answer after a journalist's question holds its speaker's position; the question holds none
        pytest.param(
            MEET_AUS_KOR + "JOURNALIST: Minister, does Australia condemn Russia's attacks on Ukraine's ports?\n"
            "PENNY WONG: Australia condemns North Korea's ballistic missile launches.",
            DFAT,
            {("AUS", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="answer-after-a-question-counts",
        ),
        # the publisher's judging word for the conduct a discussed support faces is no one's stance (gold sets)
        pytest.param(
            MEET_USA_IDN + "They discussed continued support for Ukraine in the face of Russia's brutal war of "
            "aggression.",
            STATE,
            set(),
            id="judging-word-in-a-discussion-is-the-publishers",
        ),
        # thanks for a commitment to a state's own support: the state named as its owner holds it
        pytest.param(
            MEET_USA_IDN + "Secretary Blinken thanked Foreign Minister Marsudi for her commitment to sustaining "
            "Indonesia's strong support for Ukraine.",
            STATE,
            {("IDN", "UKR", "UKRAINE", "supports")},
            id="thanked-for-sustaining-a-states-support-the-state-holds",
        ),
        # a that-clause's own subject holds its position, not the one who welcomes it (flipped-holder traps)
        pytest.param(
            "Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov met with Minister of Foreign Affairs and Trade "
            "of Hungary Peter Szijjarto in Baku. Bayramov welcomed that Hungary supports Azerbaijan's territorial "
            "integrity.",
            "AZERTAC",
            {("HUN", "AZE", "TERRITORIAL_INTEGRITY", "supports")},
            id="welcomed-that-another-supports-the-other-holds",
        ),
        pytest.param(
            MEET_CHN_MYS + "Wang Yi said China appreciates that Malaysia firmly supports the one-China principle.",
            CHINA,
            {("MYS", "CHN", "TAIWAN", "supports")},
            id="appreciates-that-another-supports-after-said",
        ),
        pytest.param(
            "Minister of Foreign Affairs of Ukraine Dmytro Kuleba held a phone call with Foreign Minister of Norway "
            "Espen Barth Eide. Kuleba is grateful that Norway continues to support Ukraine's sovereignty.",
            "Ukraine MFA",
            {("NOR", "UKR", "TERRITORIAL_INTEGRITY", "supports")},
            id="grateful-that-another-supports-is-no-courtesy",
        ),
        # "the Kingdom" in a Pakistani readout is the Saudi side, never the publisher's republic (flipped-holder trap)
        pytest.param(
            "Foreign Minister Ishaq Dar held a telephone conversation with the Foreign Minister of Saudi Arabia, "
            "Prince Faisal bin Farhan Al Saud. Prince Faisal reaffirmed the Kingdom's support for Pakistan's efforts "
            "to combat terrorism.",
            "Pakistan MOFA",
            {("SAU", "PAK", "TERRORISM", "supports")},
            id="the-kingdom-is-the-party-that-is-one",
        ),
        # a relative clause's position is held by the one it is about, never the main clause's subject
        pytest.param(
            "ANKARA - Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart Sameh Shoukry in Cairo on "
            "Sunday. Fidan later spoke with Shoukry, who condemned Israel's attacks on civilians in Gaza.",
            "Anadolu Agency",
            {("EGY", "ISR", "MIDDLE_EAST", "opposes")},
            id="who-condemned-is-the-one-named-before",
        ),
        # conduct the sides discuss countering is opposed by both
        pytest.param(
            MEET_USA_IDN + "The Secretary and the Foreign Minister discussed efforts to counter the DPRK's "
            "provocations.",
            STATE,
            {("USA", "PRK", "KOREAN_PENINSULA", "opposes"), ("IDN", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="discussed-countering-conduct-is-joint",
        ),
        # Taiwan is the claim; sovereignty in general is "none of the named places" (issues.tsv)
        pytest.param(
            MEET_CHN_MYS
            + "Wang Yi stressed that the Philippines must stop its provocations near Taiwan, and China will "
            "take resolute measures to safeguard its sovereignty.",
            CHINA,
            {("CHN", "PHL", "TAIWAN", "opposes")},
            id="named-sovereignty-question-over-the-general-code",
        ),
        # a claim after the line of headings still counts
        pytest.param(
            MEET_AUS_KOR + "Subjects: ASEAN meetings; Australian support for Ukraine; situation in Myanmar.\n"
            "Australia condemns North Korea's ballistic missile launches.",
            DFAT,
            {("AUS", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="claim-after-a-line-of-headings",
        ),
    ],
)
def test_grounded_stances(text: str, publisher: str | None, want: set[Triple]) -> None:
    assert stances(text, publisher) == want


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # support that names no one is a topic: never the other side of the meeting by default
        pytest.param(
            MEET_CHN_MYS + "Malaysia supports an open, fair and non-discriminatory multilateral trading system.",
            CHINA,
            id="support-for-a-system-names-no-one",
        ),
        pytest.param(
            MEET_CHN_MYS + "The Malaysian side supports greater use of local currencies in trade settlement.",
            CHINA,
            id="support-for-a-practice-names-no-one",
        ),
        # support for another's economy is cooperation, not a position (spec: aid is courtesy)
        pytest.param(
            MEET_AUS_KOR + "Wong reaffirmed Australia's commitment to supporting Korea's economic growth and "
            "clean energy transition.",
            DFAT,
            id="supporting-economic-growth-is-cooperation",
        ),
        pytest.param(
            MEET_CHN_MYS + "They agreed to implement the projects, including support for Malaysia in socio-economic "
            "development.",
            CHINA,
            id="support-in-socio-economic-development-is-aid",
        ),
        # the occasion of a claim ("following developments in Syria") is not what is backed
        pytest.param(
            MEET_GBR_IRQ + "The leaders emphasised the importance of supporting peace and stability across the "
            "region following recent developments in Syria.",
            NO10,
            id="occasion-after-the-object-is-no-target",
        ),
        pytest.param(
            MEET_GBR_IRQ + "The leaders agreed on the need to support stability in the region amid the crisis in "
            "Lebanon.",
            NO10,
            id="amid-a-crisis-is-the-occasion",
        ),
        # a question states no position, nor does a journalist's turn before the next speaker's label
        pytest.param(
            MEET_AUS_KOR + "Why has Australia condemned Russia's attacks on Ukraine's ports so strongly?",
            DFAT,
            id="a-question-states-no-position",
        ),
        pytest.param(
            MEET_AUS_KOR
            + "QUESTION: Minister, Australia has condemned Russia's attacks on Ukraine's ports. And your view "
            "of the talks?",
            DFAT,
            id="a-journalists-turn-states-no-position",
        ),
        # those who would accept what is backed are not backed (flipped-target trap)
        pytest.param(
            MEET_CHN_MYS + "Wang Yi said that China supports the convening of an international peace conference "
            "recognized by both Russia and Ukraine.",
            CHINA,
            id="accepted-by-both-parties-names-no-target",
        ),
        # "discussed X" alone is none (spec), a possessive in X included
        pytest.param(
            MEET_USA_IDN + "The Secretary and the Foreign Minister discussed Russia's unprovoked invasion of Ukraine.",
            STATE,
            id="discussed-a-war-alone-is-none",
        ),
        # a transcript's list of subjects is headings, not a claim
        pytest.param(
            MEET_AUS_KOR + "Subjects: ASEAN meetings; Australian support for Ukraine; situation in Myanmar.",
            DFAT,
            id="line-of-subjects-is-headings",
        ),
        pytest.param(
            MEET_AUS_KOR + "Tags: Korean support for Ukraine, trade, climate.",
            DFAT,
            id="line-of-tags-is-headings",
        ),
        # a position named as a noun that no one in the clause expresses or owns
        pytest.param(
            MEET_USA_IDN + "They underscored the importance of international support for Ukraine.",
            STATE,
            id="importance-of-someones-support-is-no-holders",
        ),
        pytest.param(
            MEET_USA_IDN + "The ministers spoke about further military support for Ukraine.",
            STATE,
            id="support-spoken-about-is-discussion",
        ),
        # support asked for or hoped for is sought, not held (flipped-holder traps)
        pytest.param(
            MEET_AUS_KOR + "Minister Park asked for Australia's continued support for the Korean government's "
            "efforts to resolve the North Korean nuclear issue.",
            DFAT,
            id="support-asked-for-is-not-held",
        ),
        pytest.param(
            "Minister of Foreign Affairs of Ukraine Dmytro Kuleba held a phone call with Foreign Minister of Norway "
            "Espen Barth Eide. Kuleba expressed hope for further support from Norway in strengthening Ukraine's air "
            "defence.",
            "Ukraine MFA",
            id="support-hoped-for-from-the-other-side-is-not-held",
        ),
        pytest.param(
            "Minister of Foreign Affairs of Ukraine Dmytro Kuleba held a phone call with Foreign Minister of Norway "
            "Espen Barth Eide. Kuleba encouraged Norway to support Ukraine's accession to the EU.",
            "Ukraine MFA",
            id="encouraged-to-support-is-a-request",
        ),
        pytest.param(
            "Prime Minister Justin Trudeau spoke today with the President of Poland, Andrzej Duda. The Prime "
            "Minister noted the role of the Canadian-led battlegroup in Latvia, which supports Ukraine's defence.",
            "Prime Minister of Canada",
            id="a-relative-clause-about-a-thing-holds-nothing",
        ),
        # an invitation to invest is asked of the other side, not opposed
        pytest.param(
            MEET_GBR_IRQ + "The Prime Minister urged the Iraqi side to take advantage of British expertise in "
            "investment and trade.",
            NO10,
            id="urged-to-take-advantage-is-an-invitation",
        ),
        # "the side of peace" is no party's side
        pytest.param(
            MEET_CHN_MYS + "Wang Yi noted that China has always stood on the side of peace on the Ukraine crisis.",
            CHINA,
            id="side-of-peace-names-no-party",
        ),
    ],
)
def test_ungrounded_stances_are_dropped(text: str, publisher: str | None) -> None:
    assert stances(text, publisher) == set()


MEET_LVA_UKR = "Foreign Minister Lina Berzina met Foreign Minister Dmytro Kovalenko of Ukraine in Riga on Monday. "
LATVIA = "Ministry of Foreign Affairs of Latvia"


def test_each_owner_in_a_list_of_conducts_is_opposed_on_its_own_question() -> None:
    text = MEET_LVA_UKR + "Both sides expressed concern over the DPRK's missile launches and Iran's nuclear programme."
    assert stances(text, LATVIA) == {
        ("LVA", "PRK", "KOREAN_PENINSULA", "opposes"),
        ("UKR", "PRK", "KOREAN_PENINSULA", "opposes"),
        ("LVA", "IRN", "IRAN", "opposes"),
        ("UKR", "IRN", "IRAN", "opposes"),
    }


def test_a_state_that_only_says_whose_a_participant_is_gives_no_question_to_the_next_claim() -> None:
    text = MEET_LVA_UKR + "The ministers welcomed Moldova's commitment to reforms on its path to the European Union."
    assert stances(text, LATVIA) == set()


@pytest.mark.parametrize(
    "claim",
    [
        "Shoukry is expected to urge Mangoush to do more in the fight against corruption.",
        "Shoukry is likely to strongly condemn Israel's operation in Rafah.",
        "Shoukry plans to voice support for Libya's territorial integrity.",
    ],
)
def test_a_position_the_reporter_only_expects_is_none(claim: str) -> None:
    lead = (
        "CAIRO, March 5 (Xinhua) -- Egyptian Foreign Minister Sameh Shoukry held talks on Tuesday with his Libyan "
        "counterpart Najla Mangoush in Cairo. "
    )
    assert stances(lead + claim, "Xinhua") == set()


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        pytest.param(
            "Chinese President Xi Jinping and Maldivian President Ibrahim Solih on Friday exchanged congratulations. "
            "In recent years, the two sides have supported and helped each other in times of difficulty, jointly "
            "fought the pandemic, deepened Belt and Road cooperation, Xi said.",
            CHINA,
            set(),
            id="support-given-each-other-on-no-question-is-goodwill",
        ),
        pytest.param(
            "On February 7, Foreign Minister Aram Petrosyan met with Milos Jovic, the Foreign Minister of Serbia. "
            "Minister Petrosyan expressed the support of Armenia to Serbia's OSCE chairmanship in the implementation "
            "of its priorities.",
            "Armenia Ministry of Foreign Affairs",
            set(),
            id="support-for-a-chairmanship-is-courtesy",
        ),
        pytest.param(
            "Prime Minister Josefa Tora received a courtesy call from Australian Foreign Minister Jane Miller. The "
            "Prime Minister acknowledged Australia's remarkable support to Fiji and the region, through expanded "
            "cooperation in various sectors including defence, health and education.",
            "Fijian Government",
            set(),
            id="support-as-cooperation-across-sectors-is-aid",
        ),
    ],
)
def test_goodwill_courtesy_and_aid_are_no_stances(text: str, publisher: str, want: set[Triple]) -> None:
    assert stances(text, publisher) == want


def test_the_nation_praised_is_the_state_named_before_not_a_place_of_its_deeds() -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg visited Tirana on Sunday for talks with Prime Minister Arben Hoxha. "
        "Welcoming Albania's ten years of membership in the Alliance, Mr. Stoltenberg praised the nation for "
        "contributing troops to NATO's missions in Kosovo and Afghanistan."
    )
    assert {(h, t) for h, t, _i, _a in stances(text, "NATO")} == {("NATO", "ALB")}
