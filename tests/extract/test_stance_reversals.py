"""Stance patterns where the surface reverses or hides the claim, one sentence each, written for these tests.

Opposing harm to a state's sovereignty backs that state; rejecting sanctions on a state does not
oppose it, while pressing a state with sanctions opposes its conduct; another's condemnation that
one side appreciates is never aimed at the side that appreciates it; a position praised is held by
its owner. Each case has a trap beside it that must keep its reading.
"""

from __future__ import annotations

import pytest

from readout.extract.stances import extract_stances

from ._support import CHINA, INDIA, layers, make_doc

Triple = tuple[str, str | None, str, str]

XINHUA = "Xinhua"
CANADA = "Prime Minister of Canada"
MEET_CHN_BRA = (
    "BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Brazilian President "
    "Luiz Inacio Lula da Silva in Beijing on Sunday. "
)
MEET_IND_AUS = (
    "External Affairs Minister Dr. S. Jaishankar met Foreign Minister of Australia Penny Wong in Canberra on "
    "3 March 2024. "
)
CALL_CAN_POL = (
    "Prime Minister Justin Trudeau spoke today with the President of Poland, Andrzej Duda. The leaders discussed "
    "the situation in Ukraine. "
)
MEET_AZE_HUN = (
    "Baku, March 3, AZERTAC. Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov met with Minister of "
    "Foreign Affairs and Trade of Hungary Peter Szijjarto. "
)
TALKS_CHN_KHM = (
    "On March 3, 2024, Foreign Minister Wang Yi held talks with Cambodian Deputy Prime Minister and Foreign "
    "Minister Sok Chenda Sophea in Beijing. "
)
TALKS_CHN_USA = "On April 26, 2024, Foreign Minister Wang Yi held talks with U.S. Secretary of State Antony Blinken. "
MEET_RUS_VEN = (
    "MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with his Venezuelan counterpart "
    "Yvan Gil in Moscow on Sunday. "
)
CALL_KOR_USA = "Foreign Minister Kang Kyung-wha talked by phone with Secretary of State Rex Tillerson on July 27. "
MEET_GBR_CHN = "Foreign Secretary James Cleverly met Chinese Foreign Minister Wang Yi in Beijing. "
UKRAINE_MFA = "Ukraine MFA"
CALL_UKR_LTU = (
    "Minister of Foreign Affairs of Ukraine Dmytro Kuleba held a phone call with Minister of Foreign Affairs of "
    "Lithuania Gabrielius Landsbergis on 3 March. "
)
FCDO = "UK Foreign, Commonwealth & Development Office"
MEET_TUR_IRN = "ANKARA - Turkish Foreign Minister Hakan Fidan met his Iranian counterpart Abbas Araghchi on Sunday. "


def stances(text: str, publisher: str | None = None) -> set[Triple]:
    pd, actors, events = layers(make_doc(text, published="2024-03-04", publisher=publisher))
    return {(s.holder, s.target, s.issue, s.alignment) for s in extract_stances(pd, actors, events)}


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        # Opposing harm to a state's sovereignty backs that state.
        pytest.param(
            MEET_IND_AUS + "Both Ministers opposed any attempt to undermine the sovereignty and territorial "
            "integrity of Ukraine.",
            INDIA,
            {("IND", "UKR", "TERRITORIAL_INTEGRITY", "supports"), ("AUS", "UKR", "TERRITORIAL_INTEGRITY", "supports")},
            id="opposing-an-attempt-on-a-states-sovereignty-backs-it",
        ),
        pytest.param(
            MEET_AZE_HUN + "Szijjarto said Hungary rejects any attempts to question Azerbaijan's territorial "
            "integrity.",
            "AZERTAC",
            {("HUN", "AZE", "TERRITORIAL_INTEGRITY", "supports")},
            id="rejecting-a-challenge-to-a-possessors-integrity-backs-it",
        ),
        pytest.param(
            MEET_CHN_BRA + "Lula said Brazil opposes any attempt to split Taiwan from China.",
            XINHUA,
            {("BRA", "CHN", "TAIWAN", "supports")},
            id="opposing-splitting-a-place-from-its-sovereign-backs-the-sovereign",
        ),
        pytest.param(
            MEET_CHN_BRA + "Lula said Brazil opposes any separatist attempts regarding Xinjiang and Tibet.",
            XINHUA,
            {("BRA", "CHN", "XINJIANG", "supports"), ("BRA", "CHN", "TIBET", "supports")},
            id="opposing-separatism-in-named-places-backs-the-sovereign",
        ),
        pytest.param(
            TALKS_CHN_KHM + "Sok Chenda Sophea said Cambodia firmly opposes any attempt to interfere in Hong Kong "
            "affairs.",
            CHINA,
            {("KHM", "CHN", "HONG_KONG", "supports")},
            id="opposing-interference-in-a-named-place-backs-the-sovereign",
        ),
        pytest.param(  # trap: the interferer named is opposed, not backed
            TALKS_CHN_USA + "Wang Yi said China firmly opposes US interference in Taiwan affairs.",
            CHINA,
            {("CHN", "USA", "TAIWAN", "opposes")},
            id="trap-the-interferer-named-stays-opposed",
        ),
        pytest.param(  # trap: the violator named with a possessive stays opposed, its victim is not
            CALL_CAN_POL + "Prime Minister Trudeau condemned Russia's violation of Ukraine's sovereignty.",
            CANADA,
            {("CAN", "RUS", "TERRITORIAL_INTEGRITY", "opposes")},
            id="trap-the-violator-of-a-sovereignty-stays-opposed",
        ),
        # Sanctions: pressing a state opposes its conduct; rejecting sanctions on a state does not oppose it.
        pytest.param(
            CALL_CAN_POL + "The leaders agreed to keep up the pressure on Russia, including through sanctions.",
            CANADA,
            {("CAN", "RUS", "UKRAINE", "opposes"), ("POL", "RUS", "UKRAINE", "opposes")},
            id="pressure-through-sanctions-is-a-position-on-the-war",
        ),
        pytest.param(  # trap: the sanctioned state is not who a rejection of sanctions opposes
            MEET_RUS_VEN + "Gil said Venezuela opposes the illegal unilateral sanctions on Russia.",
            "TASS",
            set(),
            id="trap-rejecting-sanctions-on-a-state-does-not-oppose-it",
        ),
        # Another's condemnation, appreciated: aimed at the one condemned, never at the side that appreciates it.
        pytest.param(
            MEET_IND_AUS + "EAM expressed appreciation for Australia's condemnation of the terror attack and its "
            "support for India's fight against cross-border terrorism.",
            INDIA,
            {("AUS", "IND", "TERRORISM", "supports")},
            id="appreciated-condemnation-is-not-against-the-appreciator-and-its-support-is-a-second-claim",
        ),
        pytest.param(  # a region's code gives way to terrorism where the claim names it
            MEET_TUR_IRN + "Fidan said Turkiye supports Iraq in combating terrorism in the Middle East.",
            "Anadolu Agency",
            {("TUR", "IRQ", "TERRORISM", "supports")},
            id="terrorism-named-in-a-regional-claim-is-terrorism",
        ),
        pytest.param(
            MEET_TUR_IRN + "Fidan said Turkiye stands by Iran in the face of the threats it faces.",
            "Anadolu Agency",
            {("TUR", "IRN", "MIDDLE_EAST", "supports")},
            id="backing-iran-in-the-region-is-the-regions-code",
        ),
        pytest.param(  # trap: Iran's own question keeps its code
            MEET_TUR_IRN + "Fidan expressed Turkiye's support for Iran's right to the peaceful use of nuclear energy.",
            "Anadolu Agency",
            {("TUR", "IRN", "IRAN", "supports")},
            id="trap-irans-nuclear-question-stays-iran",
        ),
        # A position praised is held by its owner, backing the one who praises it.
        pytest.param(
            MEET_RUS_VEN + "According to Lavrov, Russia highly appreciates Venezuela's principled position on the "
            "Ukrainian issue.",
            "TASS",
            {("VEN", "RUS", "UKRAINE", "supports")},
            id="a-position-appreciated-is-held-by-its-owner",
        ),
        # A state's own aid listed with military support is a position; aid alone thanked for is courtesy.
        pytest.param(
            CALL_CAN_POL + "Prime Minister Trudeau highlighted Canada's continued military, financial and "
            "humanitarian support for Ukraine.",
            CANADA,
            {("CAN", "UKR", "UKRAINE", "supports")},
            id="military-support-listed-with-aid-is-a-position",
        ),
        pytest.param(  # trap: humanitarian support alone stays courtesy
            CALL_CAN_POL + "President Duda thanked Canada for its humanitarian support.",
            CANADA,
            set(),
            id="trap-humanitarian-support-thanked-for-is-courtesy",
        ),
        pytest.param(  # the owner of the war right after "support to" is the one backed, never the victim
            "Prime Minister Justin Trudeau spoke today with the President of Belarus, Ivan Petrov. The Prime "
            "Minister expressed Canada's deep concern about Belarus's human rights record and its support to Russia's "
            "war against Ukraine.",
            CANADA,
            {("CAN", "BLR", "HUMAN_RIGHTS", "opposes"), ("BLR", "RUS", "UKRAINE", "supports")},
            id="support-to-a-states-war-backs-its-owner",
        ),
        pytest.param(  # trap: support to the victim in the face of the war stays with the victim
            CALL_CAN_POL + "The Prime Minister reaffirmed Canada's support to Ukraine in the face of Russia's war.",
            CANADA,
            {("CAN", "UKR", "UKRAINE", "supports")},
            id="trap-support-to-the-victim-of-a-war",
        ),
        pytest.param(  # blame laid on a regime and its backer opposes both; a demand on the subject opposes it
            "The Prime Minister had a telephone call with President Duda of Poland earlier today. They agreed that the "
            "overwhelming responsibility for the human suffering in Syria lay with the Syrian regime and Russia. They "
            "agreed that Belarus and others with influence over the Syrian regime must act now to cease the violence.",
            CANADA,
            {
                ("CAN", "SYR", "MIDDLE_EAST", "opposes"),
                ("POL", "SYR", "MIDDLE_EAST", "opposes"),
                ("CAN", "RUS", "MIDDLE_EAST", "opposes"),
                ("POL", "RUS", "MIDDLE_EAST", "opposes"),
                ("CAN", "BLR", "MIDDLE_EAST", "opposes"),
                ("POL", "BLR", "MIDDLE_EAST", "opposes"),
            },
            id="responsibility-lies-with-and-must-act-to-cease",
        ),
        pytest.param(  # the state whose province an attack struck is its victim, not the one condemned
            CALL_CAN_POL + "The Prime Minister strongly condemned the bomb attack on civilians in Pakistan's "
            "Khyber province on Sunday.",
            CANADA,
            set(),
            id="attack-in-a-states-province-opposes-no-one",
        ),
    ],
)
def test_reversal(text: str, publisher: str | None, want: set[Triple]) -> None:
    assert stances(text, publisher) == want


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        pytest.param(
            CALL_KOR_USA + "The two sides discussed ways to deter the North from launching any further provocations "
            "and to induce it to denuclearization, including having the UN Security Council adopt a new resolution.",
            "Ministry of Foreign Affairs, Republic of Korea",
            {("KOR", "PRK", "KOREAN_PENINSULA", "opposes"), ("USA", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="ways-agreed-to-deter-a-state-are-a-position-an-organisation-named-as-the-means-is-not-opposed",
        ),
        pytest.param(  # trap: the ways discussed to deepen ties are no position
            CALL_KOR_USA + "The two sides discussed ways to deepen trade and investment.",
            "Ministry of Foreign Affairs, Republic of Korea",
            set(),
            id="trap-ways-to-deepen-ties-discussed-are-no-position",
        ),
        pytest.param(
            MEET_GBR_CHN + "The Foreign Secretary also raised areas of disagreement, including human rights in "
            "Xinjiang.",
            FCDO,
            {("GBR", "CHN", "XINJIANG", "opposes")},
            id="areas-of-disagreement-raised-oppose-the-other-side",
        ),
        pytest.param(  # trap: differences both sides acknowledge are no one's position
            MEET_GBR_CHN + "Both sides acknowledged their differences over the Taiwan question.",
            FCDO,
            set(),
            id="trap-differences-both-acknowledge-are-no-position",
        ),
        pytest.param(
            MEET_GBR_CHN + "The Foreign Secretary reiterated his call for the release of British national Jimmy Lai.",
            FCDO,
            {("GBR", "CHN", "MIGRATION_CONSULAR", "opposes")},
            id="the-release-of-a-national-is-consular-and-asked-of-the-other-side",
        ),
        pytest.param(
            CALL_UKR_LTU + "Kuleba called for increasing pressure on Russia.",
            UKRAINE_MFA,
            {("UKR", "RUS", "UKRAINE", "opposes")},
            id="pressure-on-a-party-to-the-war-is-the-wars",
        ),
        pytest.param(
            CALL_UKR_LTU + "The ministers agreed that Russian aggression must not go unpunished.",
            UKRAINE_MFA,
            {("UKR", "RUS", "UKRAINE", "opposes"), ("LTU", "RUS", "UKRAINE", "opposes")},
            id="conduct-that-must-not-go-unpunished-opposes-its-owner",
        ),
        pytest.param(
            CALL_UKR_LTU + "Landsbergis stressed that Russia bears full responsibility for the war.",
            UKRAINE_MFA,
            {("LTU", "RUS", "UKRAINE", "opposes")},
            id="the-one-said-to-bear-responsibility-is-opposed",
        ),
        pytest.param(  # trap: "will continue to support" keeps its object
            CALL_UKR_LTU + "Landsbergis said Lithuania will continue to support Ukraine for as long as it takes.",
            UKRAINE_MFA,
            {("LTU", "UKR", "UKRAINE", "supports")},
            id="trap-will-continue-to-support-backs-its-object",
        ),
        pytest.param(
            "President Bush met President Pervez Musharraf of Pakistan in New York today. President Bush recognized "
            "Pakistan's role as a front-line state in the global campaign against terrorism.",
            "The White House",
            {("USA", "PAK", "TERRORISM", "supports")},
            id="a-role-recognized-is-support",
        ),
        pytest.param(  # trap: backing a state as a forum's chair is courtesy
            "On March 3, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Bui "
            "Thanh Son, Minister of Foreign Affairs of Viet Nam. The two ministers shared the intention to strengthen "
            "high-level coordination in various forms to support Viet Nam as the ASEAN Chair as well as to strengthen "
            "coordination between the two countries' permanent missions to the UN.",
            "Japan MOFA",
            set(),
            id="trap-support-for-a-state-as-a-forums-chair-is-courtesy",
        ),
    ],
)
def test_hidden_claim(text: str, publisher: str | None, want: set[Triple]) -> None:
    assert stances(text, publisher) == want


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        pytest.param(
            TALKS_CHN_KHM + "Sok Chenda Sophea said that Cambodia highly appreciates China's valuable support for "
            "Cambodia's economic and social development, firmly abides by the one-China principle, and supports the "
            "global initiatives proposed by China.",
            CHINA,
            {("KHM", "CHN", "TAIWAN", "supports")},
            id="thanks-for-aid-early-in-a-clause-leave-the-positions-after-it",
        ),
        pytest.param(
            TALKS_CHN_KHM + "Wang Yi said that China and Cambodia are ironclad friends, and China will, as always, "
            "firmly support Cambodia in safeguarding its sovereignty and territorial integrity.",
            CHINA,
            {("CHN", "KHM", "TERRITORIAL_INTEGRITY", "supports")},
            id="a-new-clause-in-what-was-said-has-its-own-subject",
        ),
        pytest.param(
            TALKS_CHN_KHM + "Sok Chenda Sophea said Cambodia appreciates China's objective and impartial position on "
            "the Ukraine crisis.",
            CHINA,
            {("KHM", "CHN", "UKRAINE", "supports")},
            id="a-position-praised-on-a-question-not-the-praisers-own-is-backed-by-the-praiser",
        ),
        pytest.param(
            "Secretary of State Antony J. Blinken met with PRC Director of the Office of the Central Foreign Affairs "
            "Commission Wang Yi today in Beijing. The Secretary raised concerns about human rights in Xinjiang, as "
            "well as the PRC's support for Russia's defense industrial base.",
            "US Department of State",
            {("USA", "CHN", "XINJIANG", "opposes")},
            id="anothers-support-listed-among-concerns-is-what-is-opposed-not-a-position-of-its-own",
        ),
        pytest.param(
            "Minister of Foreign Affairs Cho Tae-yul held a foreign ministers' meeting with Minister for Foreign "
            "Affairs of Japan Yoko Kamikawa in Seoul on March 3. Minister Cho expressed appreciation for Japan's firm "
            "support for the Korean government's efforts to achieve the complete denuclearization of North Korea.",
            "ROK MOFA",
            {("JPN", "KOR", "KOREAN_PENINSULA", "supports")},
            id="the-state-to-be-denuclearized-is-never-the-one-backed",
        ),
        pytest.param(
            TALKS_CHN_USA
            + 'Blinken said the US does not seek a new Cold War and does not support "Taiwan independence".',
            CHINA,
            {("USA", "CHN", "TAIWAN", "supports")},
            id="not-supporting-taiwan-independence-backs-china",
        ),
        pytest.param(  # trap: support withheld from anything else stays no stance
            TALKS_CHN_USA + "Blinken said the US does not support any decoupling from China.",
            CHINA,
            set(),
            id="trap-support-withheld-from-other-things-is-no-stance",
        ),
        pytest.param(
            "Secretary of State Antony J. Blinken met with Philippine Foreign Secretary Enrique Manalo today in "
            "Manila. The Secretary stressed that the United States will continue to stand with the Philippines in the "
            "face of the PRC's dangerous and escalatory actions in the South China Sea.",
            "US Department of State",
            {("USA", "PHL", "SOUTH_CHINA_SEA", "supports")},  # the judged conduct faced is no second claim
            id="support-in-the-face-of-judged-conduct-on-the-conducts-question",
        ),
        pytest.param(
            "High Representative Josep Borrell met with the Foreign Minister of Georgia Ilia Darchiashvili in "
            "Brussels. Borrell called on Russia to withdraw its troops from the occupied Georgian regions.",
            "EEAS",
            {("EU", "RUS", "TERRITORIAL_INTEGRITY", "opposes")},
            id="troops-in-occupied-regions-are-a-question-of-territorial-integrity",
        ),
        pytest.param(
            MEET_CHN_BRA + "Lula has been sharply critical of Israel's military operation in Gaza.",
            XINHUA,
            {("BRA", "ISR", "MIDDLE_EAST", "opposes")},
            id="critical-of-a-states-conduct-opposes-it",
        ),
        pytest.param(
            CALL_UKR_LTU
            + "Kuleba thanked Lithuania for its military support to Ukraine in the war. The parties agreed "
            "on the need to increase sanctions pressure on the aggressor state.",
            UKRAINE_MFA,
            {
                ("LTU", "UKR", "UKRAINE", "supports"),
                ("UKR", "RUS", "UKRAINE", "opposes"),
                ("LTU", "RUS", "UKRAINE", "opposes"),
            },
            id="the-aggressor-state-of-the-documents-war-is-its-aggressor",
        ),
        pytest.param(  # trap: in another conflict "the aggressor" is no one the engine can name
            MEET_AZE_HUN + "Bayramov said that the aggressor must be held accountable for the destruction of cities.",
            "AZERTAC",
            set(),
            id="trap-the-aggressor-of-another-conflict-is-not-russia",
        ),
        pytest.param(
            MEET_CHN_BRA + "Lula said Brazil appreciates and supports the Global Development Initiative, and is "
            "willing to strengthen cooperation with China within the BRICS framework.",
            XINHUA,
            set(),
            id="a-partner-of-cooperation-in-a-later-clause-is-not-the-one-backed",
        ),
        pytest.param(
            "Hanoi (VNA) - Prime Minister Pham Minh Chinh received Lao Deputy Prime Minister and Foreign Minister "
            "Saleumxay Kommasith in Hanoi on March 3. The Lao Deputy PM reiterated Laos' support for Viet Nam's "
            "position on the East Sea issue.",
            "Vietnam News Agency",
            {("LAO", "VNM", "SOUTH_CHINA_SEA", "supports")},
            id="the-east-sea-issue-is-the-south-china-sea",
        ),
        pytest.param(
            "Defence Minister Richard Marles met Japanese Defense Minister Minoru Kihara in Tokyo today. "
            '"They discussed a range of regional issues," Marles said, "among them North Korea\'s missile '
            'provocations and maritime security."',
            "Australian Department of Defence",
            {("AUS", "PRK", "KOREAN_PENINSULA", "opposes"), ("JPN", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="a-quote-interrupted-by-its-speaker-keeps-its-own-subject",
        ),
    ],
)
def test_long_clause(text: str, publisher: str | None, want: set[Triple]) -> None:
    assert stances(text, publisher) == want


def test_the_two_leaders_are_the_pair_told_just_before_not_meetings_told_after() -> None:
    """A series of summit talks: "the two leaders expressed concern" right after the talks with Germany are Korea and
    Germany, though the separate talks told next borrow that first talks' day."""
    text = (
        "President Kim Min-jun launched a series of bilateral summit talks on Wednesday on the sidelines of the NATO "
        "summit in Washington D.C.\n\nKim first sat down for talks with German Chancellor Hans Weber on Wednesday "
        "morning, local time, to discuss bilateral ties.\n\nThe two leaders expressed grave concern about Russia's "
        "military cooperation with Belarus.\n\nKim also held separate bilateral summit talks with the leaders of "
        "Canada, Sweden and Finland."
    )
    got = stances(text, "KBS World (Yonhap)")
    assert {h for h, *_ in got} == {"KOR", "DEU"}
