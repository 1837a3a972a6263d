"""Stance patterns of the genre, one sentence each, written for these tests (spec: stance conventions).

Each case names a pattern rather than a text: joint holders, holders reported by the other side,
targets taken from the conduct condemned, demands, and the traps that flip a target ("Canada
condemned Russia's war against Ukraine" is never Canada backing Russia).
"""

from __future__ import annotations

import pytest

from readout.extract.stances import extract_stances

from ._support import CHINA, INDIA, JAPAN, NO10, RUSSIA, STATE, layers, make_doc

Triple = tuple[str, str | None, str, str]

CANADA = "Prime Minister of Canada"
CALL_CAN_GBR = "Prime Minister Justin Trudeau spoke today with Prime Minister Rishi Sunak of the United Kingdom. "
TALKS_JPN_KOR = (
    "Foreign Minister Yoko Kamikawa held talks with Foreign Minister Park Jin of the Republic of Korea in Tokyo. "
)
THREE_WAY = (
    "The President spoke separately today with Chancellor Olaf Scholz of Germany and President Emmanuel Macron "
    "of France to consult about the war in Ukraine. "
)
UKR_NOR = "Foreign Minister Dmytro Kuleba met Foreign Minister Espen Barth Eide of Norway in Kyiv. "


def stances(text: str, publisher: str | None = None) -> set[Triple]:
    pd, actors, events = layers(make_doc(text, published="2023-03-01", publisher=publisher))
    return {(s.holder, s.target, s.issue, s.alignment) for s in extract_stances(pd, actors, events)}


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        pytest.param(
            CALL_CAN_GBR + "Prime Minister Trudeau condemned Russia's war against Ukraine.",
            CANADA,
            {("CAN", "RUS", "UKRAINE", "opposes")},
            id="condemned-owner-of-war",
        ),
        pytest.param(
            CALL_CAN_GBR + "Prime Minister Trudeau and Prime Minister Sunak expressed their solidarity with Ukraine "
            "and offered condolences for the deaths caused by Russia's brutal, reckless attacks on Kyiv.",
            CANADA,
            {
                ("CAN", "UKR", "UKRAINE", "supports"),
                ("GBR", "UKR", "UKRAINE", "supports"),
                ("CAN", "RUS", "UKRAINE", "opposes"),
                ("GBR", "RUS", "UKRAINE", "opposes"),
            },
            id="solidarity-then-evaluative-attacks",
        ),
        pytest.param(
            UKR_NOR + "Minister Kuleba thanked Norway for its steady support to Ukraine "
            "in the face of Russian aggression.",
            "Ukraine MFA",
            {("NOR", "UKR", "UKRAINE", "supports")},
            id="thanked-for-support-other-side-holds",
        ),
        pytest.param(
            THREE_WAY + "The leaders welcomed President Zelenskyy's announcement of new talks and stressed the "
            "need for Russia to withdraw its forces from Ukraine.",
            "The White House",
            {
                ("USA", "UKR", "UKRAINE", "supports"),
                ("DEU", "UKR", "UKRAINE", "supports"),
                ("FRA", "UKR", "UKRAINE", "supports"),
                ("USA", "RUS", "UKRAINE", "opposes"),
                ("DEU", "RUS", "UKRAINE", "opposes"),
                ("FRA", "RUS", "UKRAINE", "opposes"),
            },
            id="joint-holders-of-calls-reported-together",
        ),
        pytest.param(
            TALKS_JPN_KOR + "The two sides expressed serious concern over the DPRK's repeated "
            "ballistic missile launches.",
            "Japan MOFA",
            {("JPN", "PRK", "KOREAN_PENINSULA", "opposes"), ("KOR", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="two-sides-concern-over-owner-of-launches",
        ),
        pytest.param(
            "Foreign Minister Wang Yi held talks with Foreign Minister Ishaq Dar of Pakistan and Acting Foreign "
            "Minister Amir Khan Muttaqi of Afghanistan in Kabul. The Chinese and Pakistani ministers welcomed the "
            "Afghan government's efforts for peace and reconstruction in Afghanistan.",
            "China MFA",
            {("CHN", "AFG", "AFGHANISTAN", "supports"), ("PAK", "AFG", "AFGHANISTAN", "supports")},
            id="demonyms-listed-as-holders",
        ),
        pytest.param(
            "Foreign Minister Wang Yi met with Secretary of State Antony Blinken in Beijing. Wang Yi said China "
            "urges the US to abide by the one-China principle and stop arming Taiwan.",
            "China MFA",
            {("CHN", "USA", "TAIWAN", "opposes")},
            id="demand-content-is-not-the-addressee-position",
        ),
        pytest.param(
            CALL_CAN_GBR + "Prime Minister Trudeau urged Russia to withdraw its troops from Ukraine.",
            CANADA,
            {("CAN", "RUS", "UKRAINE", "opposes")},
            id="urged-to-withdraw",
        ),
        pytest.param(
            "Foreign Minister Sergey Lavrov held talks with UN Secretary-General Antonio Guterres in New York. "
            "Lavrov reaffirmed Russia's support for the central coordinating role of the United Nations "
            "in world affairs.",
            "Russia MFA",
            {("RUS", "UN", "MULTILATERALISM", "supports")},
            id="central-role-of-a-forum",
        ),
        pytest.param(
            "Prime Minister Rishi Sunak met Chancellor Olaf Scholz of Germany in London. They discussed the war "
            "in Ukraine. The leaders condemned the Russian missile strike on the railway station in Kramatorsk.",
            "UK Prime Minister's Office (10 Downing Street)",
            {("GBR", "RUS", "UKRAINE", "opposes"), ("DEU", "RUS", "UKRAINE", "opposes")},
            id="attack-on-infrastructure-is-the-war",
        ),
        pytest.param(
            TALKS_JPN_KOR + "Minister Kamikawa strongly condemned the ballistic missile launch of last week.",
            "Japan MOFA",
            set(),
            id="condemnation-without-issue-or-owner",
        ),
        pytest.param(
            TALKS_JPN_KOR + "Minister Kamikawa strongly condemned the nuclear test on the Korean Peninsula.",
            "Japan MOFA",
            {("JPN", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="issue-owner-when-none-named",
        ),
        pytest.param(
            "Secretary of State Marco Rubio met the foreign ministers of France, Germany and Italy in Brussels. "
            "The foreign ministers agreed on the importance of preventing Iran from obtaining a nuclear weapon.",
            "US Department of State",
            {
                ("USA", "IRN", "IRAN", "opposes"),
                ("FRA", "IRN", "IRAN", "opposes"),
                ("DEU", "IRN", "IRAN", "opposes"),
                ("ITA", "IRN", "IRAN", "opposes"),
            },
            id="preventing-a-state-from-a-weapon-is-that-state",
        ),
        pytest.param(
            "Chinese Foreign Minister Wang Yi, Pakistani Foreign Minister Shah Mahmood Qureshi and Indonesian "
            "Foreign Minister Retno Marsudi held a video call on Tuesday. The three sides agreed to support the World "
            "Health Organization's leading role in the global response to COVID-19 and in public health.",
            "China MFA",
            {
                ("CHN", "WHO", "COVID19", "supports"),
                ("PAK", "WHO", "COVID19", "supports"),
                ("IDN", "WHO", "COVID19", "supports"),
            },
            id="three-sides-back-an-organisation",
        ),
        pytest.param(
            "Prime Minister Benjamin Netanyahu spoke with President Barack Obama about the rocket fire from Gaza. "
            "Netanyahu expressed his appreciation for the US position regarding Israel's right to defend itself.",
            "Israel Prime Minister's Office",
            {("USA", "ISR", "MIDDLE_EAST", "supports")},
            id="appreciated-position-of-the-other-side-in-a-war",
        ),
        pytest.param(
            "Foreign Minister Ali Al-Sadiq of Sudan received a phone call from Foreign Minister Musalia Mudavadi of "
            "Kenya. Al-Sadiq conveyed Sudan's reservations on Kenya's presidency of the Quartet mandated by IGAD.",
            "SUNA",
            {("SDN", "KEN", "MULTILATERALISM", "opposes")},
            id="reservations-on-a-chairmanship",
        ),
        pytest.param(
            "High Representative Josep Borrell met Foreign Minister Riyad al-Maliki of Palestine in Brussels. "
            "We are deeply concerned over the evictions of Palestinian families carried out by Israel in East "
            "Jerusalem.",
            "European External Action Service",
            {("EU", "ISR", "MIDDLE_EAST", "opposes")},
            id="we-is-the-publisher-and-the-agent-is-opposed-not-the-victim",
        ),
        pytest.param(
            "Foreign Minister Ishaq Dar spoke with Foreign Minister Hakan Fidan of Turkey. Foreign Minister Dar "
            "highlighted the grave violations of human rights committed by Indian forces in Jammu and Kashmir.",
            "Pakistan MOFA",
            {("PAK", "IND", "HUMAN_RIGHTS", "opposes")},
            id="violations-committed-by",
        ),
        pytest.param(
            "Prime Minister Nikol Pashinyan had a phone call with President Vladimir Putin of Russia. Pashinyan "
            "expressed deep concern over the large-scale offensive launched by Azerbaijan against Nagorno-Karabakh.",
            "Armenia Government",
            {("ARM", "AZE", "TERRITORIAL_INTEGRITY", "opposes")},
            id="offensive-of-a-war-without-code",
        ),
        pytest.param(
            "Prime Minister Fiame Naomi Mataafa met Deputy Secretary of State Wendy Sherman of the United States in "
            "Apia. Prime Minister Fiame said Samoa is pleased to see the shift in US policy on climate change.",
            "Samoa Government",
            {("WSM", "USA", "CLIMATE_ENVIRONMENT", "supports")},
            id="pleased-to-see-a-policy",
        ),
        pytest.param(
            CALL_CAN_GBR + "Prime Minister Trudeau condemned the invasion of Ukraine.",
            CANADA,
            {("CAN", "RUS", "UKRAINE", "opposes")},
            id="invasion-of-the-victim-opposes-the-invader",
        ),
        pytest.param(
            "Chancellor Olaf Scholz received President Volodymyr Zelenskyy of Ukraine in Berlin. The Chancellor "
            "assured Ukraine of Germany's continued support against the Russian war of aggression.",
            "German Federal Government",
            {("DEU", "UKR", "UKRAINE", "supports")},  # the war faced is named in the publisher's words, no claim
            id="assured-of-support-against-a-war-of-aggression",
        ),
        pytest.param(
            "Foreign Minister Penny Wong met Foreign Minister Wang Yi of China. Minister Wong raised Australia's "
            "concerns about the detention of Australian citizen Cheng Lei.",
            "Australia DFAT",
            {("AUS", "CHN", "MIGRATION_CONSULAR", "opposes")},
            id="detention-of-own-citizen-raised-with-the-counterpart",
        ),
        pytest.param(
            "President Joe Biden met President Andrzej Duda of Poland in Warsaw. Both leaders condemned Russia's "
            "illegal annexation of Crimea.",
            "The White House",
            {("USA", "RUS", "UKRAINE", "opposes"), ("POL", "RUS", "UKRAINE", "opposes")},
            id="annexation-of-a-region-of-the-war",
        ),
        pytest.param(
            "Secretary Antony Blinken met Secretary Enrique Manalo of the Philippines. The Secretary underscored "
            "the United States' ironclad commitment to the defense of the Philippines.",
            "US Department of State",
            {("USA", "PHL", "TERRITORIAL_INTEGRITY", "supports")},
            id="commitment-to-the-defence-of-a-state",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Wang Yi of China in Jakarta. Blinken urged Beijing to "
            "stop its provocative actions in the South China Sea.",
            "US Department of State",
            {("USA", "CHN", "SOUTH_CHINA_SEA", "opposes")},
            id="capital-stands-for-its-government",
        ),
        pytest.param(
            "President Emmanuel Macron met President Volodymyr Zelenskyy in Paris. The leaders expressed support "
            "for Ukraine's Peace Formula.",
            "France Elysee",
            {("FRA", "UKR", "UKRAINE", "supports")},
            id="joint-holders-back-one-of-their-own",
        ),
        pytest.param(
            "Foreign Minister Yoko Kamikawa met Foreign Minister Wang Yi of China. Minister Kamikawa strongly "
            "protested against China's ban on Japanese seafood imports.",
            "Japan MOFA",
            {("JPN", "CHN", "TRADE", "opposes")},
            id="protested-against",
        ),
        pytest.param(
            "Prime Minister Anthony Albanese met President Xi Jinping in Beijing. The Prime Minister called for "
            "the release of Australian citizens detained in China and welcomed the resumption of trade.",
            "Australia PMO",
            {("AUS", "CHN", "MIGRATION_CONSULAR", "opposes")},
            id="release-of-detained-citizens",
        ),
        pytest.param(
            "Foreign Minister Ali Al-Sadiq of Sudan received a phone call from Foreign Minister Musalia Mudavadi of "
            "Kenya. Al-Sadiq conveyed Sudan's rejection of the outcomes of the summit held in the Ethiopian "
            "capital, Addis Ababa.",
            "SUNA",
            set(),
            id="place-of-a-summit-is-no-target",
        ),
        pytest.param(
            "Foreign Minister Hossein Amir-Abdollahian met Foreign Minister Faisal bin Farhan of Saudi Arabia. "
            "The two sides condemned the Zionist regime's crimes against the people of Gaza.",
            "Iran MFA",
            {("IRN", "ISR", "MIDDLE_EAST", "opposes"), ("SAU", "ISR", "MIDDLE_EAST", "opposes")},
            id="a-name-standing-for-a-government",
        ),
        pytest.param(
            "Foreign Minister Wang Yi met Foreign Minister Sergey Lavrov. Wang said China appreciates Russia's "
            "adherence to the one-China principle and its support for China's efforts to safeguard national "
            "sovereignty.",
            "China MFA",
            {("RUS", "CHN", "TAIWAN", "supports"), ("RUS", "CHN", "TERRITORIAL_INTEGRITY", "supports")},
            id="its-support-is-the-one-named-last",
        ),
        pytest.param(
            "Secretary of Defense Lloyd Austin met Defence Secretary Ben Wallace of the United Kingdom at the "
            "Pentagon. The two secretaries discussed the war in Afghanistan and Iran's pursuit of nuclear weapons.",
            "US Department of Defense",
            {("USA", "IRN", "IRAN", "opposes"), ("GBR", "IRN", "IRAN", "opposes")},
            id="owned-conduct-named-as-a-threat",
        ),
        pytest.param(
            "Foreign Minister Wang Yi met Foreign Minister Sergey Lavrov in Beijing. Lavrov said the talks were "
            "useful and that Moscow values cooperation with Afghanistan's neighbours in support of peace.",
            "China MFA",
            set(),
            id="state-named-far-after-said-is-no-subject",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Dmytro Kuleba of Ukraine. One year ago, Russia "
            "launched its full-scale invasion of Ukraine.",
            "US Department of State",
            {("USA", "RUS", "UKRAINE", "opposes")},
            id="publisher-word-for-the-subjects-own-conduct",
        ),
        pytest.param(
            "President Joe Biden met President Volodymyr Zelenskyy in Kyiv. The President reaffirmed the "
            "unwavering US commitment to Ukraine's defense.",
            "The White House",
            {("USA", "UKR", "TERRITORIAL_INTEGRITY", "supports")},
            id="commitment-to-a-states-defence-is-territorial-integrity",
        ),
        pytest.param(
            "Premier Li Qiang met Prime Minister Hun Manet of Cambodia in Beijing. Li said China appreciates "
            "Cambodia's firm adherence to the one-China principle.",
            "China MFA",
            {("KHM", "CHN", "TAIWAN", "supports")},
            id="appreciated-adherence-is-the-adherents",
        ),
        pytest.param(
            "Secretary Antony Blinken spoke with Foreign Minister Eli Cohen of Israel. The Secretary reaffirmed "
            "Israel's right to defend itself against Hamas terrorism.",
            "US Department of State",
            {("USA", "ISR", "MIDDLE_EAST", "supports")},
            id="a-states-right-to-defend-itself-in-a-war",
        ),
        pytest.param(
            "President Emmanuel Macron spoke with President Vladimir Putin. President Macron condemned the war "
            "crimes committed by Russian forces in Bucha.",
            "France Elysee",
            {("FRA", "RUS", "UKRAINE", "opposes")},
            id="war-crimes-committed-by",
        ),
        pytest.param(
            "Prime Minister Narendra Modi met President Joe Biden in Washington. The leaders strongly condemned "
            "cross-border terrorism, and called on Pakistan to ensure that its territory is not used to launch "
            "terrorist attacks.",
            "India MEA",
            {("IND", "PAK", "TERRORISM", "opposes"), ("USA", "PAK", "TERRORISM", "opposes")},
            id="called-on-a-state-to-ensure",
        ),
        pytest.param(
            "Foreign Minister Hossein Amir-Abdollahian met Foreign Minister Wang Yi in Beijing. Wang said China "
            "opposes the US imposition of unilateral sanctions on Iran.",
            "Iran MFA",
            {("CHN", "USA", "SANCTIONS", "opposes")},
            id="opposing-sanctions-opposes-the-imposer-on-sanctions",
        ),
        pytest.param(
            "Foreign Minister Wang Yi met Foreign Minister Penny Wong. Wang said China firmly opposes "
            "Australia's interference in China's internal affairs on Xinjiang.",
            "China MFA",
            {("CHN", "AUS", "NON_INTERFERENCE", "opposes"), ("CHN", "AUS", "XINJIANG", "opposes")},
            id="opposing-a-states-interference-never-backs-it",
        ),
        pytest.param(
            "Prime Minister Shehbaz Sharif met President Ashraf Ghani of Afghanistan. Sharif reaffirmed "
            "Pakistan's support for an Afghan-led and Afghan-owned peace process.",
            "Pakistan PMO",
            {("PAK", "AFG", "AFGHANISTAN", "supports")},
            id="a-process-led-by-a-state-is-that-states",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Mukhtar Tileuberdi of Kazakhstan. The Secretary said the "
            "United States remains committed to Kazakhstan's independence and sovereignty.",
            "US Department of State",
            {("USA", "KAZ", "TERRITORIAL_INTEGRITY", "supports")},
            id="committed-to-a-states-sovereignty",
        ),
        pytest.param(
            "Foreign Minister Wang Yi held talks with Foreign Minister Stanley Kasongo Kakubo of Zambia in Beijing. "
            "Kakubo congratulated China on hosting the Games and spoke highly of China's contribution to "
            "poverty reduction in Africa.",
            "China MFA",
            {("ZMB", "CHN", "DEVELOPMENT", "supports")},
            id="a-participants-family-name-holds-never-the-state-congratulated",
        ),
        pytest.param(
            "President Vladimir Putin had a telephone conversation with President Barack Obama. Putin expressed "
            "his disappointment with the decision made by Washington to introduce so-called sectoral sanctions.",
            "President of Russia",
            {("RUS", "USA", "SANCTIONS", "opposes")},
            id="disappointment-with-sanctions-of-a-capital",
        ),
        pytest.param(
            "Secretary Antony Blinken spoke with Foreign Minister Toshimitsu Motegi of Japan. They discussed "
            "concerns regarding the mass arrests of protesters in Cuba.",
            "US Department of State",
            {("USA", "CUB", "HUMAN_RIGHTS", "opposes"), ("JPN", "CUB", "HUMAN_RIGHTS", "opposes")},
            id="discussed-concerns-are-voiced-concerns",
        ),
        pytest.param(
            "Foreign Minister Baiba Braze met Foreign Minister Margus Tsahkna of Estonia in Tallinn. The officials "
            "pledged to stand up for holding Russia fully accountable for its crime of aggression against Ukraine.",
            "Latvia MFA",
            {("LVA", "RUS", "UKRAINE", "opposes"), ("EST", "RUS", "UKRAINE", "opposes")},
            id="the-officials-holding-a-state-accountable",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Annalena Baerbock in Berlin. The Secretary said that "
            "Russia's aggression against Ukraine threatens the principles of peace and security.",
            "US Department of State",
            {("USA", "RUS", "UKRAINE", "opposes")},
            id="aggression-against-named-after-its-owner",
        ),
    ],
)
def test_pattern(text: str, publisher: str | None, want: set[Triple]) -> None:
    assert stances(text, publisher) == want


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        pytest.param(
            UKR_NOR + "Minister Kuleba thanked Norway for its humanitarian support to Ukrainian refugees.",
            "Ukraine MFA",
            id="thanks-for-humanitarian-support",
        ),
        pytest.param(
            "Prime Minister Srettha Thavisin met Deputy Prime Minister Alexei Overchuk of Russia in Bangkok. "
            "They expressed support for negotiations on a free trade agreement between Thailand and the "
            "Eurasian Economic Union.",
            "Thailand PRD",
            id="support-for-negotiations-between-partners",
        ),
        pytest.param(
            "Prime Minister Sitiveni Rabuka met Prime Minister Siaosi Sovaleni of Tonga in Suva. "
            "Prime Minister Rabuka reaffirmed Fiji's support for Tonga's leadership and wished him well.",
            "Fiji Government",
            id="support-for-a-leadership-is-courtesy",
        ),
        pytest.param(
            "Foreign Minister Hossein Amir-Abdollahian spoke with Foreign Minister Dmytro Kuleba of Ukraine. "
            "He said Iran opposes war in Ukraine, Afghanistan and Yemen alike.",
            "Iran MFA",
            id="war-in-a-place-names-no-aggressor",
        ),
        pytest.param(
            "Prime Minister Sheikh Hasina met Prime Minister Narendra Modi of India in New Delhi. Sheikh Hasina "
            "thanked India for its support during the COVID-19 pandemic.",
            "Bangladesh PMO",
            id="thanks-for-support-in-a-pandemic-is-courtesy",
        ),
        pytest.param(
            "Foreign Minister Ali Sabry met Minister of State V. Muraleedharan of India in Colombo. Muraleedharan "
            "reaffirmed India's continuous support for the economic revival of Sri Lanka.",
            "Sri Lanka MFA",
            id="support-for-economic-revival-is-aid",
        ),
        pytest.param(
            "Foreign Minister Wang Yi met Foreign Minister Sergey Lavrov. The two sides condemned the illegal "
            "sanctions imposed on Russia by Western countries.",
            "China MFA",
            id="the-sanctioned-state-is-no-target",
        ),
        pytest.param(
            "Secretary-General Antonio Guterres met President Barack Obama in New York. They discussed ongoing "
            "efforts in support of Somalia, Mali and the Democratic Republic of the Congo, and human rights.",
            "United Nations",
            id="discussing-efforts-in-support-of-states",
        ),
        pytest.param(
            "Deputy Foreign Minister Mikhail Galuzin met Deputy Foreign Minister Roman Vassilenko of Kazakhstan. "
            "Galuzin highly praised the positive dynamics of Kazakhstan-Russia relations and stressed the "
            "importance of trade and investment cooperation.",
            "Russia MFA",
            id="praise-of-relations-is-goodwill",
        ),
        pytest.param(
            "Foreign Minister Edgars Rinkevics met Foreign Secretary James Cleverly of the United Kingdom in Riga. "
            "Rinkevics commended the military support provided by the UK to the Baltic region.",
            "Latvia MFA",
            id="praise-of-aid-provided-is-courtesy",
        ),
        pytest.param(
            "Ambassador Randy Berry called on Home Minister Ram Bahadur Thapa of Nepal. He assured that the US "
            "will continue to support the development endeavours of Nepal.",
            "US Embassy Nepal",
            id="support-for-development-endeavours-is-aid",
        ),
        pytest.param(
            CALL_CAN_GBR + "The leaders called on all parties to cease hostilities in Ukraine.",
            CANADA,
            id="demand-to-all-parties-names-no-one",
        ),
        pytest.param(
            CALL_CAN_GBR + "The leaders discussed Russia's war against Ukraine and the situation in the Middle East.",
            CANADA,
            id="discussion-alone",
        ),
    ],
)
def test_no_stance(text: str, publisher: str | None) -> None:
    assert stances(text, publisher) == set()


def test_flipped_target_never_backs_the_aggressor() -> None:
    got = stances(
        CALL_CAN_GBR + "Canada condemned Russia's war against Ukraine and reaffirmed its support for Ukraine.",
        CANADA,
    )
    assert ("CAN", "RUS", "UKRAINE", "opposes") in got
    assert not any(t == "RUS" and a == "supports" for _, t, _, a in got)


def test_what_one_side_says_the_other_should_back_is_not_the_others_position() -> None:
    got = stances(
        "President Xi Jinping met President Joe Biden in San Francisco. Xi said the US should stop arming "
        "Taiwan and support China's peaceful reunification.",
        "China MFA",
    )
    assert not any(h == "USA" for h, _, _, _ in got)


# Phrasings of other publishers (agencies, newspapers, embassies): each a pattern of the genre, with its trap.
CALL_PHL_USA = "Secretary Enrique Manalo spoke by telephone with Secretary of State Antony Blinken. "
MEET_EGY_UN = "Foreign Minister Sameh Shoukry met Secretary-General Antonio Guterres in New York. "
STATE_GBR = "Secretary of State Antony J. Blinken met today with UK Foreign Secretary James Cleverly in New York. "
MEET_IND_NGA = "External Affairs Minister S Jaishankar met Foreign Minister Geoffrey Onyeama of Nigeria in Delhi. "


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        pytest.param(
            MEET_EGY_UN + "They discussed the dam on the Blue Nile. Shoukry reviewed a proposal on the electricity "
            "of the dam submitted by Sudan and supported by Egypt.",
            "Egypt MFA",
            {("EGY", "SDN", "ENERGY", "supports")},
            id="passive-holder-backs-the-proposals-owner",
        ),
        pytest.param(
            CALL_CAN_GBR + "Russia's annexation of Crimea was condemned by Canada and the United Kingdom.",
            CANADA,
            {("CAN", "RUS", "UKRAINE", "opposes"), ("GBR", "RUS", "UKRAINE", "opposes")},
            id="passive-holders-condemn-the-subject",
        ),
        pytest.param(
            CALL_PHL_USA + "Secretary Manalo raised concerns over the recent incidents in the South China Sea.",
            "Philippines DFA",
            {("PHL", "CHN", "SOUTH_CHINA_SEA", "opposes")},
            id="concern-over-incidents-in-a-disputed-sea",
        ),
        pytest.param(
            CALL_PHL_USA + "Secretary Manalo expressed deep concern over the situation in Myanmar.",
            "Philippines DFA",
            {("PHL", "MMR", "MYANMAR", "opposes")},
            id="concern-over-the-situation-in-a-state",
        ),
        pytest.param(
            "Foreign Minister Ayman Safadi met Foreign Minister Hakan Fidan of Turkey in Amman. Safadi said the "
            "evictions of Palestinian families in East Jerusalem are a matter of serious concern.",
            "Jordan MFA",
            {("JOR", "ISR", "MIDDLE_EAST", "opposes")},
            id="evictions-in-occupied-territory-are-the-occupiers",
        ),
        pytest.param(
            MEET_IND_NGA + "Dr Jaishankar pressed for the early repatriation of the crew members held in Nigeria.",
            INDIA,
            {("IND", "NGA", "MIGRATION_CONSULAR", "opposes")},
            id="pressed-for-repatriation",
        ),
        pytest.param(
            "President Claudia Sheinbaum of Mexico spoke with US President-elect Donald Trump. Sheinbaum "
            "cautioned Trump against starting a trade war over tariffs.",
            "Mexico Presidency",
            {("MEX", "USA", "TRADE", "opposes")},
            id="cautioned-against",
        ),
        pytest.param(
            "Prime Minister Manmohan Singh met President Pervez Musharraf in Havana. The meeting came after India "
            "asked Pakistan to take concrete action to stop terrorism emanating from its territory.",
            INDIA,
            {("IND", "PAK", "TERRORISM", "opposes")},
            id="asked-to-take-action-to-stop",
        ),
        pytest.param(
            "Foreign Minister Hugh Todd met Foreign Minister Amery Browne of Trinidad and Tobago. Todd conveyed "
            "Guyana's gratitude for Trinidad and Tobago's continued support for Guyana's sovereignty.",
            "Guyana MFA",
            {("TTO", "GUY", "TERRITORIAL_INTEGRITY", "supports")},
            id="gratitude-for-the-other-sides-support",
        ),
        pytest.param(
            "President Hu Jintao met Prime Minister Yoshihiko Noda of Japan. Japan to nationalise the islands "
            "violates China's sovereignty, China is firmly opposed to.",
            "China MFA",
            {("CHN", "JPN", "TERRITORIAL_INTEGRITY", "opposes")},
            id="state-right-before-the-cue-is-the-subject",
        ),
        pytest.param(
            "President Vladimir Putin spoke with President Barack Obama. Putin stressed the inadmissibility of "
            "shelling Russia's territory by the Ukrainian army in the conflict in Ukraine.",
            "President of Russia",
            {("RUS", "UKR", "UKRAINE", "opposes")},
            id="inadmissibility-of-the-agents-conduct",
        ),
        pytest.param(
            STATE_GBR + "The Secretary and the Foreign Secretary discussed efforts to counter Iran's malign activity.",
            "US Department of State",
            {("USA", "IRN", "IRAN", "opposes"), ("GBR", "IRN", "IRAN", "opposes")},
            id="malign-activity-of-its-owner",
        ),
        pytest.param(
            "President Irfaan Ali spoke with Secretary of State Antony Blinken. Ali has raised awareness of "
            "Venezuela's acts of aggression against the Essequibo region.",
            "Guyana Office of the President",
            {("GUY", "VEN", "TERRITORIAL_INTEGRITY", "opposes")},
            id="acts-of-aggression-of-their-owner",
        ),
        pytest.param(
            "The US Embassy welcomed the meeting between Foreign Minister David Zalkaliani and Foreign Minister "
            'Sergey Lavrov of Russia. "We support Georgia\'s sovereignty and urge Russia to end its occupation", '
            "reads the statement.",
            "Civil Georgia",
            {("USA", "GEO", "TERRITORIAL_INTEGRITY", "supports"), ("USA", "RUS", "TERRITORIAL_INTEGRITY", "opposes")},
            id="we-of-the-statement-quoted-after-its-author",
        ),
        pytest.param(
            "Prime Minister Shinzo Abe spoke with Prime Minister Nguyen Tan Dung of Viet Nam. Abe thanked Dung for "
            "his condolences over the killing of hostages in Syria and stated that Japan would never give in to "
            "terrorism. Prime Minister Dung supported Japan's efforts.",
            JAPAN,
            {("VNM", "JPN", "TERRORISM", "supports")},
            id="efforts-backed-are-the-last-claim-before",
        ),
        pytest.param(
            "Foreign Minister Bui Thanh Son held talks with Foreign Minister Sergey Lavrov of Russia in Hanoi. "
            "The Russian diplomat said Viet Nam is a reliable partner of Russia in Asia. He spoke highly of the "
            "role of Viet Nam within ASEAN.",
            "Viet Nam MFA",
            {("RUS", "VNM", "MULTILATERALISM", "supports")},
            id="he-is-the-role-that-opened-the-sentence-before",
        ),
        pytest.param(
            "State Councilor Wang Yi met Foreign Minister Sergey Lavrov. The Russian side reiterated that Taiwan is "
            "an inalienable part of China's territory.",
            "China MFA",
            {("RUS", "CHN", "TAIWAN", "supports")},
            id="the-territory-said-to-be-part-is-no-holder",
        ),
        pytest.param(
            "Secretary of State Antony Blinken met Foreign Minister Eli Cohen of Israel. The Secretary underscored "
            "that Israel has the right to defend itself.",
            "US Department of State",
            {("USA", "ISR", "MIDDLE_EAST", "supports")},
            id="a-state-has-the-right-to-defend-itself",
        ),
        pytest.param(
            "Foreign Minister Yoko Kamikawa held a meeting with Foreign Minister Cho Tae-yul of the Republic of Korea. "
            "Both ministers shared the view that the DPRK's nuclear and missile development is a grave threat.",
            JAPAN,
            {("JPN", "PRK", "KOREAN_PENINSULA", "opposes"), ("KOR", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="conduct-of-its-owner-is-a-threat",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister S Jaishankar of India. Blinken said the United States is "
            "deeply concerned about Russia's nuclear threats.",
            "US Department of State",
            {("USA", "RUS", "NONPROLIFERATION", "opposes")},
            id="concern-about-nuclear-threats",
        ),
        pytest.param(
            "Prime Minister Rishi Sunak met President Joe Biden. The Prime Minister welcomed US leadership on support "
            "for Ukraine.",
            "UK Prime Minister's Office (10 Downing Street)",
            {("USA", "UKR", "UKRAINE", "supports")},
            id="leadership-on-support-is-the-leaders",
        ),
        pytest.param(
            "President Xi Jinping met President Kassym-Jomart Tokayev of Kazakhstan. Tokayev said Kazakhstan opposes "
            "any interference in China's internal affairs under the pretext of human rights.",
            "China MFA",
            {("KAZ", "CHN", "NON_INTERFERENCE", "supports")},
            id="a-pretext-is-no-claim",
        ),
        pytest.param(
            "Premier Li Qiang met Prime Minister Anwar Ibrahim of Malaysia. Anwar said Malaysia adheres to the "
            "one-China policy and opposes Taiwan independence.",
            "China MFA",
            {("MYS", "CHN", "TAIWAN", "supports")},
            id="opposing-taiwan-independence-backs-china",
        ),
        pytest.param(
            "President Vladimir Putin received President Alexander Lukashenko of Belarus. Lukashenko said Belarus "
            "will always stand by Russia in the special military operation.",
            "President of Russia",
            {("BLR", "RUS", "UKRAINE", "supports")},
            id="the-special-military-operation-is-the-war",
        ),
        pytest.param(
            "Joint op-ed by the Foreign Ministers of Canada and Germany\n\nWe stand with Ukraine. Together we "
            "condemn Russia's brutal war of aggression.",
            None,
            {
                ("CAN", "UKR", "UKRAINE", "supports"),
                ("DEU", "UKR", "UKRAINE", "supports"),
                ("CAN", "RUS", "UKRAINE", "opposes"),
                ("DEU", "RUS", "UKRAINE", "opposes"),
            },
            id="we-of-a-joint-article-are-its-authors",
        ),
        pytest.param(
            "President Emmanuel Macron spoke with President Volodymyr Zelensky. The two presidents condemned the "
            "Russian strikes on civilian infrastructure.",
            "Élysée",
            {("FRA", "RUS", "UKRAINE", "opposes"), ("UKR", "RUS", "UKRAINE", "opposes")},
            id="strikes-in-the-war-of-a-party",
        ),
        pytest.param(
            "Foreign Minister Sergey Lavrov received Foreign Minister Bruno Rodriguez of Cuba. Lavrov reaffirmed "
            "Russia's condemnation of the US blockade of Cuba.",
            "Russia MFA",
            {("RUS", "USA", "SANCTIONS", "opposes")},
            id="condemnation-of-an-embargo",
        ),
        pytest.param(
            "Foreign Minister Retno Marsudi met Foreign Minister Wang Yi. Marsudi said Indonesia rejects the "
            "nine-dash line claim in the South China Sea.",
            "Indonesia MFA",
            {("IDN", "CHN", "SOUTH_CHINA_SEA", "opposes")},
            id="rejecting-claims-in-a-disputed-sea",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Mevlut Cavusoglu of Turkey. Blinken criticized Russia's "
            "support for the Assad regime in Syria.",
            "US Department of State",
            {("USA", "RUS", "MIDDLE_EAST", "opposes")},
            id="support-criticized-is-opposed",
        ),
        pytest.param(
            "President Xi Jinping met President Vladimir Putin in Moscow. Xi said China supports Russia in "
            "safeguarding its security and development interests.",
            "China MFA",
            {("CHN", "RUS", "TERRITORIAL_INTEGRITY", "supports")},
            id="safeguarding-its-security",
        ),
        pytest.param(
            "Prime Minister Manmohan Singh met President Pervez Musharraf in Havana. The talks came on the heels of "
            "India asking Pakistan to take concrete action to stop terrorism.",
            INDIA,
            {("IND", "PAK", "TERRORISM", "opposes")},
            id="the-subject-of-a-gerund-after-a-preposition",
        ),
        pytest.param(
            "Foreign Minister Gabrielius Landsbergis met Foreign Minister Dmytro Kuleba in Kyiv. Landsbergis "
            "underlined that Belarus was an aggressor of the same kind in the war.",
            "Lithuania MFA",
            {("LTU", "BLR", "UKRAINE", "opposes")},
            id="a-state-named-an-aggressor",
        ),
        pytest.param(
            "High Representative Josep Borrell met Foreign Minister Ayman Safadi of Jordan. The settlements in the "
            "West Bank are a matter of grave concern.",
            "EEAS",
            {("EU", "ISR", "MIDDLE_EAST", "opposes")},
            id="a-matter-of-concern-in-the-publishers-words",
        ),
        pytest.param(
            "Prime Minister Mohammed bin Abdulrahman Al Thani met Foreign Minister Wang Yi. He called on the "
            "international community to pressure Israel to stop its aggression on Gaza.",
            "Qatar MFA",
            {("QAT", "ISR", "MIDDLE_EAST", "opposes")},
            id="pressure-a-state-to-stop",
        ),
        pytest.param(
            "President Aleksandar Vucic met President Xi Jinping. Vucic said Serbia does not recognize the unilateral "
            "declaration of independence of Kosovo.",
            "Serbia Presidency",
            {("SRB", "XKX", "TERRITORIAL_INTEGRITY", "opposes")},
            id="does-not-recognize",
        ),
        pytest.param(
            "Foreign Minister Ararat Mirzoyan spoke with Secretary Antony Blinken. Mirzoyan expressed concern over "
            "Azerbaijan's blockade of the Lachin corridor.",
            "Armenia MFA",
            {("ARM", "AZE", "TERRITORIAL_INTEGRITY", "opposes")},
            id="blockade-of-its-owner",
        ),
        pytest.param(
            "Foreign Minister Nikos Dendias met Foreign Minister Sergey Lavrov. Dendias condemned Turkey's violations "
            "of Greek airspace.",
            "Greece MFA",
            {("GRC", "TUR", "TERRITORIAL_INTEGRITY", "opposes")},
            id="violations-of-airspace-of-their-owner",
        ),
        pytest.param(
            "Prime Minister Shehbaz Sharif met President Ilham Aliyev. Sharif reiterated Pakistan's support for "
            "Azerbaijan on the Nagorno-Karabakh issue.",
            "Pakistan PMO",
            {("PAK", "AZE", "TERRITORIAL_INTEGRITY", "supports")},
            id="a-territorial-dispute-by-name",
        ),
        pytest.param(
            "Foreign Minister Wang Yi met Foreign Minister Dmytro Kuleba. Kuleba said Ukraine respects China's "
            "sovereignty and territorial integrity.",
            CHINA,
            {("UKR", "CHN", "TERRITORIAL_INTEGRITY", "supports")},
            id="respects-a-states-sovereignty",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Dmytro Kuleba in Kyiv. The Secretary said Russia's war of "
            "choice has killed thousands and deliberately targeted Ukraine's civilian infrastructure.",
            "US Department of State",
            {("USA", "RUS", "UKRAINE", "opposes")},
            id="the-owner-of-a-war-of-choice-never-its-victim",
        ),
        pytest.param(
            "High Representative Josep Borrell met President Stevo Pendarovski of North Macedonia. Borrell stressed "
            "the EU's commitment to the enlargement process and to accession talks with North Macedonia and Albania.",
            "EEAS",
            {("EU", "MKD", "MULTILATERALISM", "supports"), ("EU", "ALB", "MULTILATERALISM", "supports")},
            id="commitment-to-states-accession",
        ),
        pytest.param(
            "President Joe Biden met Prime Minister Narendra Modi and Prime Minister Anthony Albanese and Prime "
            "Minister Fumio Kishida in Hiroshima. The Quad leaders reaffirmed their support for ASEAN centrality.",
            "The White House",
            {(h, "ASEAN", "MULTILATERALISM", "supports") for h in ("USA", "IND", "AUS", "JPN")},
            id="the-leaders-of-a-named-group",
        ),
        pytest.param(
            "President Vladimir Putin held talks with President Xi Jinping. The heads of state condemned the US "
            "attempts to interfere in their internal affairs.",
            "President of Russia",
            {("RUS", "USA", "NON_INTERFERENCE", "opposes"), ("CHN", "USA", "NON_INTERFERENCE", "opposes")},
            id="the-interferers-attempts-are-opposed-never-backed",
        ),
        pytest.param(
            "President Emmanuel Macron spoke with President Volodymyr Zelensky. The Ukrainian President thanked "
            "France for its support.",
            "Élysée",
            {("FRA", "UKR", "UKRAINE", "supports")},
            id="thanks-for-support-of-a-state-at-war",
        ),
        pytest.param(
            "Foreign Minister Sergey Lavrov met Foreign Minister Faisal Mekdad of Syria. The sides noted the "
            "unacceptability of the illegal US military presence in Syria.",
            "Russia MFA",
            {("RUS", "USA", "MIDDLE_EAST", "opposes"), ("SYR", "USA", "MIDDLE_EAST", "opposes")},
            id="unacceptability-of-a-states-conduct",
        ),
        pytest.param(
            "President Joe Biden spoke with Prime Minister Rishi Sunak. The President and the Prime Minister "
            "reaffirmed their steadfast support for Ukraine.",
            "The White House",
            {("USA", "UKR", "UKRAINE", "supports"), ("GBR", "UKR", "UKRAINE", "supports")},
            id="their-support-is-every-subject-listed",
        ),
        pytest.param(
            "Foreign Minister Sergey Lavrov met External Affairs Minister S Jaishankar. Lavrov praised India's "
            "balanced position on the Ukraine crisis.",
            "Russia MFA",
            {("IND", "RUS", "UKRAINE", "supports")},
            id="a-position-praised-is-its-owners-backing-the-one-who-praises-it",
        ),
        pytest.param(
            "Foreign Minister Yoko Kamikawa met Foreign Minister Dmytro Kuleba. Kamikawa stated that Japan will "
            "continue to impose strong sanctions on Russia.",
            JAPAN,
            {("JPN", "RUS", "UKRAINE", "opposes")},
            id="sanctions-imposed-for-a-war-are-the-war",
        ),
        pytest.param(
            "Foreign Minister Wang Yi met Secretary Antony Blinken. Wang Yi said China opposes the US imposing "
            "sanctions on Chinese companies.",
            CHINA,
            {("CHN", "USA", "SANCTIONS", "opposes")},
            id="sanctions-opposed-are-a-position-on-sanctions",
        ),
        pytest.param(  # the one who must pay is the owner named before the cue, never the victim
            UKR_NOR + "The ministers agreed that Russia must pay for the damage caused by its aggression against "
            "Ukraine.",
            "Ukraine MFA",
            {("UKR", "RUS", "UKRAINE", "opposes"), ("NOR", "RUS", "UKRAINE", "opposes")},
            id="the-one-who-must-pay-is-opposed",
        ),
    ],
)
def test_pattern_of_other_publishers(text: str, publisher: str | None, want: set[Triple]) -> None:
    assert stances(text, publisher) == want


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        pytest.param(
            "President Xi Jinping met President Ferdinand Marcos of the Philippines. The two sides agreed to "
            "manage differences in the South China Sea through dialogue.",
            "China MFA",
            id="dialogue-on-a-disputed-sea-names-no-one",
        ),
        pytest.param(
            MEET_EGY_UN + "Shoukry said the plan was supported by many states in the region.",
            "Egypt MFA",
            id="passive-by-no-named-state",
        ),
        pytest.param(
            CALL_CAN_GBR + "The leaders warned against any attempt to use energy as a weapon.",
            CANADA,
            id="warning-against-no-one",
        ),
        pytest.param(
            CALL_PHL_USA + "Secretary Manalo thanked the United States for the vaccines provided during the pandemic.",
            "Philippines DFA",
            id="gratitude-for-aid",
        ),
        pytest.param(
            "Chancellor Olaf Scholz met President Xi Jinping in Beijing. The Chancellor urged China to use its "
            "influence to end the war in Ukraine.",
            "German Federal Government",
            id="asked-to-help-is-not-opposed",
        ),
        pytest.param(
            "External Affairs Minister S Jaishankar met Foreign Minister Penny Wong of Australia. Jaishankar "
            "expressed concern over the attacks on Indian students in Australia.",
            INDIA,
            id="the-place-of-an-attack-is-not-its-author",
        ),
        pytest.param(
            "Foreign Minister Penny Wong met Foreign Minister Wang Yi. Wong said Australia supports the status quo "
            "in the Taiwan Strait.",
            "Australia DFAT",
            id="the-status-quo-in-the-strait-backs-no-one",
        ),
        pytest.param(
            "Foreign Minister Wang Yi spoke with Foreign Minister Yun Byung-se. Wang Yi opposed the deployment of "
            "the system by the US, urging the ROK to act prudently.",
            CHINA,
            id="a-state-before-a-comma-is-no-gerunds-subject",
        ),
        pytest.param(
            "Foreign Minister Sergey Lavrov met Foreign Minister Wang Yi. Lavrov said the West's support for Ukraine "
            "only prolongs the conflict.",
            "Russia MFA",
            id="support-of-a-holder-that-is-no-state",
        ),
        pytest.param(
            "Prime Minister Giorgia Meloni met President Volodymyr Zelensky. Meloni assured Zelensky of Italy's "
            "support for the reconstruction of Ukraine.",
            "Italy Government",
            id="support-for-reconstruction-is-aid",
        ),
        pytest.param(
            "President Volodymyr Zelensky spoke with President Joe Biden. Zelensky thanked the United States for "
            "its support in providing humanitarian aid.",
            "President of Ukraine",
            id="thanks-for-aid-of-a-state-at-war",
        ),
        pytest.param(
            "President Xi Jinping met President Lula. Lula said Brazil would not impose sanctions on any country "
            "without a UN mandate.",
            CHINA,
            id="sanctions-outside-a-war-name-no-position",
        ),
    ],
)
def test_no_stance_of_other_publishers(text: str, publisher: str | None) -> None:
    assert stances(text, publisher) == set()


def test_the_victim_named_with_a_passive_holder_is_never_opposed() -> None:
    got = stances(CALL_CAN_GBR + "The invasion of Ukraine by Russia was condemned by Canada.", CANADA)
    assert ("CAN", "RUS", "UKRAINE", "opposes") in got
    assert not any(t == "UKR" and a == "opposes" for _, t, _, a in got)


# Phrasing families that recur across publishers, one sentence each (written for these tests), with traps.
MEET_CAN_UKR = "Minister Melanie Joly met Foreign Minister Dmytro Kuleba of Ukraine in Ottawa. "
MEET_PAK_CHN = "Foreign Minister Ishaq Dar met Foreign Minister Wang Yi of China in Islamabad. "
MEET_JPN_AUS = "Foreign Minister Yoko Kamikawa met Foreign Minister Penny Wong of Australia in Tokyo. "
MEET_UKR_DEU = "Foreign Minister Dmytro Kuleba met Foreign Minister Annalena Baerbock of Germany in Kyiv. "
MEET_CHN_MYS = "Foreign Minister Wang Yi met Foreign Minister Mohamad Hasan of Malaysia in Beijing. "
CANADA_MFA = "Global Affairs Canada"


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        pytest.param(
            MEET_CAN_UKR + "Minister Joly slammed Russia's strikes on Ukrainian cities.",
            CANADA_MFA,
            {("CAN", "RUS", "UKRAINE", "opposes")},
            id="news-verb-of-condemnation",
        ),
        pytest.param(
            MEET_CAN_UKR + "Canada accused Russia of attacking Ukraine's grain ports.",
            CANADA_MFA,
            {("CAN", "RUS", "UKRAINE", "opposes")},
            id="accused-is-opposed-never-the-victim",
        ),
        pytest.param(
            MEET_CAN_UKR + "The ministers were deeply alarmed by Russia's attacks on civilians.",
            CANADA_MFA,
            {("CAN", "RUS", "UKRAINE", "opposes"), ("UKR", "RUS", "UKRAINE", "opposes")},
            id="alarm-is-concern",
        ),
        pytest.param(
            MEET_JPN_AUS + "The two ministers were worried about China's militarization of the South China Sea.",
            JAPAN,
            {("JPN", "CHN", "SOUTH_CHINA_SEA", "opposes"), ("AUS", "CHN", "SOUTH_CHINA_SEA", "opposes")},
            id="worry-is-concern",
        ),
        pytest.param(
            MEET_CAN_UKR + "Minister Joly called for an end to Russia's war against Ukraine.",
            CANADA_MFA,
            {("CAN", "RUS", "UKRAINE", "opposes")},
            id="end-to-a-war-opposes-its-owner",
        ),
        pytest.param(
            MEET_CAN_UKR + "Minister Joly demanded that Russia withdraw its troops from Ukraine.",
            CANADA_MFA,
            {("CAN", "RUS", "UKRAINE", "opposes")},
            id="demanded-that-a-state-withdraw",
        ),
        pytest.param(
            "Foreign Minister Margus Tsahkna hosted Foreign Minister Thordis Gylfadottir of Iceland in Tallinn. "
            "Tsahkna said Estonia will keep up the international isolation of Russia over its war against Ukraine.",
            "Estonia MFA",
            {("EST", "RUS", "UKRAINE", "opposes")},
            id="isolation-of-a-state-opposes-it",
        ),
        pytest.param(
            MEET_UKR_DEU + "Minister Baerbock said Germany will help Ukraine win the war against Russian aggression.",
            "Ukraine MFA",
            {("DEU", "UKR", "UKRAINE", "supports")},
            id="help-a-state-win-never-backs-the-aggressor",
        ),
        pytest.param(
            MEET_UKR_DEU + "Minister Baerbock said Germany is firmly on Ukraine's side.",
            "Ukraine MFA",
            {("DEU", "UKR", "UKRAINE", "supports")},
            id="on-a-states-side",
        ),
        pytest.param(
            "Foreign Minister Margus Tsahkna hosted Foreign Minister Thordis Gylfadottir of Iceland in Tallinn. "
            "Tsahkna said that together we will help Ukraine win the war.",
            "Estonia MFA",
            {("EST", "UKR", "UKRAINE", "supports"), ("ISL", "UKR", "UKRAINE", "supports")},
            id="together-we-are-both-sides",
        ),
        pytest.param(
            MEET_CAN_UKR + "Minister Joly reaffirmed Canada's unwavering backing for Ukraine's territorial integrity.",
            CANADA_MFA,
            {("CAN", "UKR", "TERRITORIAL_INTEGRITY", "supports")},
            id="backing-for-is-support",
        ),
        pytest.param(
            MEET_CAN_UKR + "The ministers endorsed Ukraine's peace formula.",
            CANADA_MFA,
            {("CAN", "UKR", "UKRAINE", "supports")},
            id="endorsed-a-states-plan",
        ),
        pytest.param(
            MEET_PAK_CHN + "Wang Yi applauded Pakistan's efforts for peace in Afghanistan.",
            "Pakistan MOFA",
            {("CHN", "PAK", "AFGHANISTAN", "supports")},
            id="applauded-efforts",
        ),
        pytest.param(
            MEET_CHN_MYS + "Mohamad said Malaysia upholds the one-China principle.",
            CHINA,
            {("MYS", "CHN", "TAIWAN", "supports")},
            id="upholds-the-one-china-principle",
        ),
        pytest.param(
            MEET_PAK_CHN + "Dar reaffirmed Pakistan's principled position on Taiwan.",
            "Pakistan MOFA",
            {("PAK", "CHN", "TAIWAN", "supports")},
            id="principled-position-on-a-question-backs-its-owner-not-the-territory",
        ),
        pytest.param(
            MEET_PAK_CHN + "Dar briefed Wang Yi on India's illegal and unilateral actions in Jammu and Kashmir.",
            "Pakistan MOFA",
            {("PAK", "IND", "TERRITORIAL_INTEGRITY", "opposes")},
            id="illegal-actions-of-their-owner",
        ),
        pytest.param(
            MEET_JPN_AUS + "The two ministers raised concern over Beijing's aggressive and provocative moves around "
            "the Second Thomas Shoal.",
            JAPAN,
            {("JPN", "CHN", "SOUTH_CHINA_SEA", "opposes"), ("AUS", "CHN", "SOUTH_CHINA_SEA", "opposes")},
            id="judged-acts-in-the-object-of-a-concern-are-one-claim",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Penny Wong of Australia. They underscored that Russia's "
            "strikes on Ukraine's energy system must stop.",
            STATE,
            {("USA", "RUS", "UKRAINE", "opposes"), ("AUS", "RUS", "UKRAINE", "opposes")},
            id="conduct-that-must-end-opposes-its-owner",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Penny Wong of Australia. They agreed that Russia must be "
            "held accountable for its war against Ukraine.",
            STATE,
            {("USA", "RUS", "UKRAINE", "opposes"), ("AUS", "RUS", "UKRAINE", "opposes")},
            id="must-be-held-accountable",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Penny Wong of Australia. Both sides stressed that the "
            "DPRK's missile launches violate multiple Security Council resolutions.",
            STATE,
            {("USA", "PRK", "KOREAN_PENINSULA", "opposes"), ("AUS", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="violating-conduct-is-the-claim-not-the-forum",
        ),
        pytest.param(
            "Prime Minister Pham Minh Chinh met Ambassador Marc Knapper of the United States in Hanoi. Chinh said "
            "China's actions in the South China Sea violate Vietnam's sovereignty.",
            "Vietnam MFA",
            {("VNM", "CHN", "SOUTH_CHINA_SEA", "opposes")},
            id="violator-is-opposed-never-the-holder-nor-the-victim",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Penny Wong of Australia. Secretary Blinken welcomed the "
            "Australian decision to join the coalition against ISIS.",
            STATE,
            {("USA", "AUS", "TERRORISM", "supports")},
            id="welcomed-a-demonyms-decision",
        ),
        pytest.param(
            "Secretary Antony Blinken met Foreign Minister Penny Wong of Australia. The Secretary regretted "
            "China's decision to suspend talks on climate change.",
            STATE,
            {("USA", "CHN", "CLIMATE_ENVIRONMENT", "opposes")},
            id="regretted-a-states-decision",
        ),
        pytest.param(
            "Foreign Minister Sergey Lavrov met Foreign Minister Ahmed Attaf of Algeria. Attaf expressed "
            "understanding of Russia's position on the Ukraine crisis.",
            RUSSIA,
            {("DZA", "RUS", "UKRAINE", "supports")},
            id="understanding-of-a-states-position",
        ),
        pytest.param(
            "Foreign Minister Hakan Fidan met Foreign Minister Jeyhun Bayramov of Azerbaijan in Ankara. Fidan said "
            "that Turkey will always stand shoulder to shoulder with Azerbaijan on its territorial integrity.",
            "Turkey MFA",
            {("TUR", "AZE", "TERRITORIAL_INTEGRITY", "supports")},
            id="shoulder-to-shoulder-with",
        ),
        pytest.param(
            "Prime Minister Narendra Modi met Prime Minister Anthony Albanese of Australia. Albanese expressed "
            "condolences over the terror attack in Pahalgam and expressed solidarity with India.",
            INDIA,
            {("AUS", "IND", "TERRORISM", "supports")},
            id="solidarity-after-a-terror-attack",
        ),
        pytest.param(
            "President Ilham Aliyev sent a message to President Recep Tayyip Erdogan. The message said: I reaffirm "
            "our full support for Turkey's sovereignty and territorial integrity.",
            "President of Azerbaijan",
            {("AZE", "TUR", "TERRITORIAL_INTEGRITY", "supports")},
            id="i-of-a-message-is-its-sender",
        ),
        pytest.param(
            "Foreign Minister Ishaq Dar met Foreign Minister Amir Khan Muttaqi of Afghanistan in Kabul. Pakistan "
            "agreed that an Afghan-led and Afghan-owned peace process is vital for lasting stability.",
            "Pakistan MOFA",
            {("PAK", "AFG", "AFGHANISTAN", "supports")},
            id="a-state-led-process-is-backing-that-state",
        ),
        pytest.param(
            "Secretary-General Antonio Guterres met President Joe Biden in New York. Guterres said: I am glad you "
            "affirmed the strong commitment of the United States to Ukraine's sovereignty.",
            "United Nations",
            {("USA", "UKR", "TERRITORIAL_INTEGRITY", "supports")},
            id="commitment-of-a-state-is-that-states-never-the-speakers",
        ),
        pytest.param(
            "Foreign Minister Sergey Lavrov met Foreign Minister Ahmed Attaf of Algeria in Moscow. The parties "
            "reaffirmed their support for the sovereignty and territorial integrity of Syria.",
            RUSSIA,
            {("RUS", "SYR", "TERRITORIAL_INTEGRITY", "supports"), ("DZA", "SYR", "TERRITORIAL_INTEGRITY", "supports")},
            id="the-parties-are-every-party",
        ),
        pytest.param(
            "Foreign Minister Sergey Lavrov met Foreign Minister Ahmed Attaf of Algeria in Moscow. The two nations "
            "condemned the Kiev regime's terrorist attacks on Russian territory.",
            RUSSIA,
            {("RUS", "UKR", "TERRORISM", "opposes"), ("DZA", "UKR", "TERRORISM", "opposes")},
            id="a-regime-named-by-its-capital",
        ),
        pytest.param(
            "Foreign Minister Abbas Araghchi spoke by phone with Foreign Minister Badr Abdelatty of Egypt. Araghchi "
            "referred to the crimes of the Zionist regime in Gaza.",
            "Iran MFA",
            {("IRN", "ISR", "MIDDLE_EAST", "opposes")},
            id="crimes-of-their-author",
        ),
        pytest.param(
            "Foreign Minister Abbas Araghchi spoke by phone with Foreign Minister Badr Abdelatty of Egypt. The two "
            "ministers rejected the forced displacement of Palestinians from Gaza.",
            "Iran MFA",
            {("IRN", "ISR", "MIDDLE_EAST", "opposes"), ("EGY", "ISR", "MIDDLE_EAST", "opposes")},
            id="displacement-of-palestinians-is-the-occupiers",
        ),
        pytest.param(
            "Prime Minister Shehbaz Sharif met President Recep Tayyip Erdogan in Ankara. Sharif thanked Erdogan "
            "for his support on the Kashmir dispute and briefed him on the situation in Indian illegally occupied "
            "Jammu and Kashmir.",
            "Pakistan PMO",
            {("TUR", "PAK", "TERRITORIAL_INTEGRITY", "supports"), ("PAK", "IND", "TERRITORIAL_INTEGRITY", "opposes")},
            id="support-thanked-for-never-backs-the-occupier-named-after",
        ),
        pytest.param(
            "Foreign Minister Nasser Bourita met Foreign Minister Shirley Ayorkor Botchwey of Ghana in Rabat. Ghana "
            "is a strong supporter of Morocco's territorial integrity.",
            "Morocco MFA",
            {("GHA", "MAR", "TERRITORIAL_INTEGRITY", "supports")},
            id="a-supporter-of",
        ),
        pytest.param(
            "President Aleksandar Vucic met Ambassador Christopher Hill of the United States in Belgrade. Vucic said "
            "Serbia will never accept Kosovo's unilateral declaration of independence.",
            "Serbia Presidency",
            {("SRB", "XKX", "TERRITORIAL_INTEGRITY", "opposes")},
            id="will-never-accept",
        ),
        pytest.param(
            "Foreign Minister Margus Tsahkna met Foreign Minister Andrii Sybiha of Ukraine in Tallinn. The minister "
            "also condemned Russia's attacks on Ukrainian energy infrastructure.",
            "Estonia MFA",
            {("EST", "RUS", "UKRAINE", "opposes")},
            id="an-office-named-alone-is-the-one-named-last",
        ),
        pytest.param(
            "Foreign Minister Margus Tsahkna met Foreign Minister Andrii Sybiha of Ukraine in Tallinn. The Ukrainian "
            "foreign minister said Kyiv appreciates Tallinn's strong position on sanctions against Russia.",
            "Ukraine MFA",
            {("EST", "UKR", "UKRAINE", "supports")},
            id="the-sanctioned-state-is-never-backed-a-position-on-sanctions-for-a-war-is-the-wars",
        ),
        pytest.param(
            "Foreign Minister Jalil Abbas Jilani received a telephone call from Foreign Minister Hossein Amir "
            "Abdollahian of Iran. Jilani said the strike carried out by Iran inside Pakistani territory was a serious "
            "breach of Pakistan's sovereignty.",
            "Pakistan MOFA",
            {("PAK", "IRN", "TERRITORIAL_INTEGRITY", "opposes")},
            id="a-breach-of-sovereignty-is-the-claim-not-the-breakers-name",
        ),
        pytest.param(
            "President Mohamed bin Zayed received a phone call from President Ahmed al-Sharaa of Syria. The Syrian "
            "President condemned the blatant Iranian attacks on the territory of the UAE.",
            "WAM",
            {("SYR", "IRN", "MIDDLE_EAST", "opposes")},
            id="blatant-attacks-of-their-owner",
        ),
        pytest.param(
            "Foreign Minister Murat Nurtleu met Foreign Minister Wang Yi of China in Astana. "
            "Nurtleu expressed gratitude for the unwavering support of China for Kazakhstan's sovereignty.",
            "Kazakhstan MFA",
            {("CHN", "KAZ", "TERRITORIAL_INTEGRITY", "supports")},
            id="gratitude-for-the-support-of-a-state-is-that-states",
        ),
        pytest.param(
            "Foreign Minister Murat Nurtleu met Foreign Minister Wang Yi of China in Astana. "
            "Nurtleu appreciated the support extended by China to Kazakhstan's sovereignty.",
            "Kazakhstan MFA",
            {("CHN", "KAZ", "TERRITORIAL_INTEGRITY", "supports")},
            id="support-extended-by-a-state-to-a-sovereignty-is-a-position",
        ),
        pytest.param(
            "Foreign Minister Murat Nurtleu met Foreign Minister Wang Yi of China in Astana. "
            "Wang Yi reaffirmed China's unwavering support for Kazakhstan's sovereignty, and Nurtleu thanked him.",
            "Kazakhstan MFA",
            {("CHN", "KAZ", "TERRITORIAL_INTEGRITY", "supports")},
            id="thanks-after-a-position-leave-it",
        ),
        pytest.param(
            "Foreign Minister Murat Nurtleu met Foreign Minister Wang Yi of China in Astana. "
            "Wang Yi appreciated Kazakhstan's firm position on the Taiwan question.",
            "Kazakhstan MFA",
            {("KAZ", "CHN", "TAIWAN", "supports")},
            id="a-position-appreciated-is-its-owners-never-the-appreciators",
        ),
        pytest.param(
            "Prime Minister Keir Starmer spoke with President Volodymyr Zelenskyy. The Prime Minister reaffirmed the "
            "UK's steadfast military support for Ukraine.",
            NO10,
            {("GBR", "UKR", "UKRAINE", "supports")},
            id="military-support-for-a-state-at-war-is-the-wars",
        ),
        pytest.param(
            "President Mohamed bin Zayed received a phone call from Prime Minister Benjamin Netanyahu of Israel. They "
            "discussed the escalation in Gaza and Lebanon. The UAE President condemned the Iranian missile strikes.",
            "WAM",
            {("ARE", "IRN", "MIDDLE_EAST", "opposes")},
            id="irans-conduct-in-the-region-is-the-regions-claim",
        ),
        pytest.param(
            "President Mohamed bin Zayed received a phone call from Prime Minister Benjamin Netanyahu of Israel. They "
            "discussed the escalation in Gaza. The UAE President voiced concern over Iran's nuclear programme.",
            "WAM",
            {("ARE", "IRN", "IRAN", "opposes")},
            id="irans-nuclear-programme-stays-its-own-question",
        ),
        pytest.param(
            "Foreign Minister Annalena Baerbock met Foreign Minister Dmytro Kuleba of Ukraine in Kyiv. Baerbock "
            "criticised Russia's soaring defence spending.",
            "German Foreign Office",
            {("DEU", "RUS", "UKRAINE", "opposes")},
            id="a-partys-military-conduct-in-a-war-is-the-wars",
        ),
        pytest.param(
            "Foreign Minister Nasser Bourita met Foreign Minister Jose Manuel Albares of Spain in Rabat. Albares "
            "reaffirmed Spain's recognition of Morocco's sovereignty over its southern provinces.",
            "Morocco MFA",
            {("ESP", "MAR", "TERRITORIAL_INTEGRITY", "supports")},
            id="recognition-of-a-states-sovereignty",
        ),
        pytest.param(
            "Minister Simon Harris met Foreign Minister Ayman Safadi of Jordan in Dublin. Harris said Ireland's "
            "recognition of the State of Palestine was a signal of hope.",
            "Ireland DFA",
            {("IRL", "PSE", "MIDDLE_EAST", "supports")},
            id="recognition-of-a-state",
        ),
        pytest.param(
            "Foreign Minister Ayman Safadi met Foreign Minister Simon Harris of Ireland in Amman. The ministers "
            "called for the lifting of the blockade on Gaza.",
            "Jordan MFA",
            {("JOR", "ISR", "MIDDLE_EAST", "opposes"), ("IRL", "ISR", "MIDDLE_EAST", "opposes")},
            id="lifting-of-a-blockade-asked-of-its-owner",
        ),
        pytest.param(
            "Foreign Minister Murat Nurtleu met Foreign Minister Wang Yi of China in Astana. "
            "The two sides will continue to firmly support each other in safeguarding sovereignty and territorial "
            "integrity.",
            "Kazakhstan MFA",
            {("KAZ", "CHN", "TERRITORIAL_INTEGRITY", "supports"), ("CHN", "KAZ", "TERRITORIAL_INTEGRITY", "supports")},
            id="support-for-each-other-is-each-sides",
        ),
        pytest.param(
            "Foreign Minister Faisal Mekdad spoke by phone with Foreign Minister Bruno Rodriguez of Cuba. Mekdad "
            "expressed Syria's unconditional support for Cuba in the face of the economic blockade.",
            "Syria MFA",
            {("SYR", "CUB", "SANCTIONS", "supports")},
            id="the-holders-own-name-is-never-the-issue",
        ),
        pytest.param(
            MEET_PAK_CHN + "The two top diplomats condemned the Israeli strikes on Gaza.",
            "Pakistan MOFA",
            {("PAK", "ISR", "MIDDLE_EAST", "opposes"), ("CHN", "ISR", "MIDDLE_EAST", "opposes")},
            id="the-top-diplomats-are-both-sides",
        ),
        pytest.param(
            MEET_PAK_CHN + "The Ministry strongly condemns the Israeli strikes on Gaza.",
            "Pakistan MOFA",
            {("PAK", "ISR", "MIDDLE_EAST", "opposes")},
            id="the-ministry-alone-is-the-publishers",
        ),
        pytest.param(
            MEET_CHN_MYS + "Malaysia opposes the politicization of human rights issues concerning China.",
            CHINA,
            {("MYS", "CHN", "HUMAN_RIGHTS", "supports")},
            id="opposing-the-politicization-of-a-states-question-backs-it",
        ),
        pytest.param(
            "Foreign Minister Marta Lindqvist of Sweden met Foreign Minister Tomoko Aratani of Japan in Stockholm. "
            "Sweden stands with Japan in condemning North Korea's repeated ballistic missile launches.",
            None,
            {("SWE", "PRK", "KOREAN_PENINSULA", "opposes"), ("JPN", "PRK", "KOREAN_PENINSULA", "opposes")},
            id="standing-with-a-state-in-condemning-makes-it-a-holder",
        ),
        pytest.param(
            "President Oleh Marchenko of Ukraine held a phone conversation with Prime Minister Lars Holm of Denmark "
            "about the war in Ukraine. Prime Minister Holm condemned the Russian terror against civilians.",
            None,
            {("DNK", "RUS", "UKRAINE", "opposes")},
            id="a-warring-states-terror-is-the-wars-claim",
        ),
        pytest.param(
            "Foreign Minister Karl Tamm of Estonia met Foreign Minister Jonas Berg of Sweden in Tallinn. Tamm said "
            "that Russia must bear full responsibility for the war against Ukraine.",
            None,
            {("EST", "RUS", "UKRAINE", "opposes")},
            id="the-owner-before-a-modal-bears-the-responsibility",
        ),
        pytest.param(
            "Foreign Minister Tariq Hamdani of Pakistan met Acting Foreign Minister Nasir Wardak of Afghanistan in "
            "Kabul. Hamdani urged the Afghan interim authorities to take concrete steps against terrorist groups.",
            None,
            {("PAK", "AFG", "TERRORISM", "opposes")},
            id="urging-an-addressee-of-several-words",
        ),
        pytest.param(
            "Foreign Minister Samir Farid of Egypt received Foreign Minister Bola Adeyemi of Nigeria in Cairo. Farid "
            "strongly condemned the terrorist attack on a church in Owo, Nigeria.",
            None,
            set(),
            id="a-town-and-its-state-are-where-an-attack-happened",
        ),
        pytest.param(
            "Foreign Minister Petro Hnatenko of Ukraine held a phone conversation with Foreign Minister Lars Holmgaard "
            "of Denmark. According to Holmgaard, the Kremlin must be held accountable for its crimes.",
            None,
            {("DNK", "RUS", "UKRAINE", "opposes")},
            id="according-to-a-speaker-he-holds-what-follows",
        ),
        pytest.param(
            "Foreign Minister Petro Hnatenko held a phone conversation with his Danish counterpart Lars Holmgaard. "
            "The Danish minister reaffirmed Copenhagen's steadfast support for Kyiv.",
            "Ukrinform",
            {("DNK", "UKR", "UKRAINE", "supports")},
            id="backing-a-party-at-war-naming-no-claim-is-the-wars",
        ),
        pytest.param(
            "Foreign Minister Kerem Aydogan of Turkey spoke by phone with Foreign Minister Samir Khalili of Palestine. "
            "Aydogan said Israel's attacks on civilians in Gaza amount to war crimes.",
            None,
            {("TUR", "ISR", "MIDDLE_EAST", "opposes")},
            id="conduct-that-amounts-to-war-crimes-is-its-owners",
        ),
        pytest.param(
            "Minister for Foreign Affairs Hayakawa Kenji held a meeting with Secretary of State Dana Whitcomb of the "
            "United States in Tokyo. Minister HAYAKAWA expressed his firm support for U.S. efforts for peace in "
            "Ukraine.",
            JAPAN,
            {("JPN", "USA", "UKRAINE", "supports")},
            id="a-family-name-first-written-in-capitals",
        ),
        pytest.param(
            "President Dale Harlow of the United States met Prime Minister Nikos Vardakis of Greece. The President "
            "commended Greece's cooperation with Turkey to reduce irregular migration and encouraged longer-term "
            "defense cooperation.",
            None,
            {("USA", "GRC", "MIGRATION_CONSULAR", "supports")},
            id="a-second-predicate-holds-another-subject-matter",
        ),
        pytest.param(
            "Foreign Minister Levan Dadiani of Georgia met Foreign Minister Karl Tamm of Estonia in Tbilisi. Dadiani "
            "objected to Russia's continued occupation of Georgian regions.",
            None,
            {("GEO", "RUS", "TERRITORIAL_INTEGRITY", "opposes")},
            id="objecting-to-a-states-conduct",
        ),
        pytest.param(
            "Foreign Minister Levan Dadiani of Georgia met Foreign Minister Karl Tamm of Estonia in Tbilisi. Tamm said "
            "Estonia firmly defends the sovereignty and territorial integrity of Georgia.",
            None,
            {("EST", "GEO", "TERRITORIAL_INTEGRITY", "supports")},
            id="defending-a-states-sovereignty",
        ),
        pytest.param(
            "Prime Minister Khalid bin Saad of Qatar received a phone call from Foreign Minister Omar Haddad of "
            "Jordan. They warned of the dangers of the Israeli escalation in the West Bank.",
            None,
            {("QAT", "ISR", "MIDDLE_EAST", "opposes"), ("JOR", "ISR", "MIDDLE_EAST", "opposes")},
            id="warning-of-the-dangers-of-a-states-escalation",
        ),
        pytest.param(
            "Foreign Minister Faisal bin Nasser of Saudi Arabia received Foreign Minister Samir Khalili of Palestine "
            "in Riyadh. Prince Faisal denounced the continued Israeli violations against the Palestinian people and "
            "reaffirmed the Kingdom's firm stance alongside the Palestinian people.",
            None,
            {("SAU", "ISR", "MIDDLE_EAST", "opposes"), ("SAU", "PSE", "MIDDLE_EAST", "supports")},
            id="a-demonyms-violations-and-a-stance-alongside",
        ),
        pytest.param(
            "Foreign Minister Claire Dubois of Canada met Foreign Minister Jonas Berg of Sweden in Ottawa. Dubois "
            "noted that Iran must never be allowed to acquire a nuclear weapon.",
            None,
            {("CAN", "IRN", "IRAN", "opposes")},
            id="a-state-never-to-be-allowed-a-weapon",
        ),
        pytest.param(
            "Prime Minister Ingrid Solberg of Norway met Taoiseach Sean Brennan of Ireland in Oslo. They agreed on the "
            "need to end the cycle of unilateral actions by the Israelis and Palestinians.",
            None,
            {
                ("NOR", "ISR", "MIDDLE_EAST", "opposes"),
                ("NOR", "PSE", "MIDDLE_EAST", "opposes"),
                ("IRL", "ISR", "MIDDLE_EAST", "opposes"),
                ("IRL", "PSE", "MIDDLE_EAST", "opposes"),
            },
            id="agents-listed-after-by",
        ),
        pytest.param(
            "Foreign Minister Ramon Estevez of Cuba arrived in Caracas for talks with Foreign Minister Luis Ortega of "
            "Venezuela, after taking part in the UN General Assembly, which again condemned the U.S. blockade on Cuba.",
            None,
            {("UN", "USA", "SANCTIONS", "opposes")},
            id="an-organs-relative-clause-on-an-economic-blockade",
        ),
        pytest.param(
            "Deputy Prime Minister Tran Van Long of Vietnam held talks with Foreign Minister Ken Sato of Japan in "
            "Hanoi. Long expressed concern over China's actions at sea, which violate Vietnam's sovereignty.",
            None,
            {("VNM", "CHN", "TERRITORIAL_INTEGRITY", "opposes")},
            id="a-relative-clause-names-the-claim-of-the-conduct-opposed",
        ),
        pytest.param(
            "Foreign Minister Tariq Hamdani of Pakistan met Foreign Minister Mehmet Kaya of Turkey in Islamabad. "
            "Hamdani briefed his counterpart on India's illegal and unilateral actions in Indian Illegally Occupied "
            "Jammu and Kashmir.",
            None,
            {("PAK", "IND", "TERRITORIAL_INTEGRITY", "opposes")},
            id="an-evaluative-cue-goes-on-into-the-next",
        ),
        pytest.param(
            "Prime Minister Semi Nailatikau of Fiji met Ambassador Zhou Lin of China in Suva. Nailatikau reaffirmed "
            "Fiji's adherence to the One China Policy.",
            None,
            {("FJI", "CHN", "TAIWAN", "supports")},
            id="one-china-written-without-a-hyphen",
        ),
        pytest.param(
            "President William Kiprono of Kenya held talks with President Hassan Abdi of Somalia in Nairobi. Kiprono "
            "pledged Kenya's continued support to Somalia in the fight against al-Shabaab.",
            None,
            {("KEN", "SOM", "TERRORISM", "supports")},
            id="a-terrorist-group-named",
        ),
        pytest.param(
            "Foreign Minister Ramon Estevez of Cuba received Foreign Minister Luis Ortega of Venezuela in Havana. Both "
            "ministers rejected the blockade imposed by the United States on Cuba.",
            None,
            {("CUB", "USA", "SANCTIONS", "opposes"), ("VEN", "USA", "SANCTIONS", "opposes")},
            id="a-blockade-imposed-by-a-state",
        ),
        pytest.param(
            "Foreign Minister Pavel Orlov of Russia met with Foreign Minister Rauf Mammadli of Azerbaijan. The Russian "
            "side reaffirmed its principled rejection of the destructive interference of the United States in the "
            "affairs of the region.",
            None,
            {("RUS", "USA", "NON_INTERFERENCE", "opposes")},
            id="interference-of-a-state-is-opposed-never-backed",
        ),
        pytest.param(
            "Foreign Minister Kerem Aydogan of Turkey met Foreign Minister Omar Haddad of Jordan in Ankara. Aydogan "
            "condemned the attacks on Jordan's embassy by Israeli settlers.",
            None,
            {("TUR", "ISR", "MIDDLE_EAST", "opposes")},
            id="the-attacker-after-by-never-the-possessive-victim",
        ),
        pytest.param(
            "Foreign Minister Kerem Aydogan of Turkey met Foreign Minister Omar Haddad of Jordan in Ankara. Aydogan "
            "stressed that the attacks on Jordan's embassy by Israeli settlers were unacceptable.",
            None,
            {("TUR", "ISR", "MIDDLE_EAST", "opposes")},
            id="unacceptable-attacks-are-the-attackers",
        ),
        pytest.param(
            "Prime Minister Claire Dubois of Canada spoke with President Oleh Marchenko of Ukraine about the war. "
            "Dubois condemned the attacks on Ukraine's energy infrastructure.",
            None,
            {("CAN", "RUS", "UKRAINE", "opposes")},
            id="a-possessive-victim-of-attacks-is-never-opposed",
        ),
        pytest.param(
            "Foreign Minister Petro Hnatenko of Ukraine met Foreign Minister Marek Zielinski of Poland in Kyiv. "
            "Hnatenko informed his counterpart about Russia's continued shelling of Kharkiv and called for tougher "
            "sanctions against Moscow.",
            None,
            {("UKR", "RUS", "UKRAINE", "opposes")},
            id="calling-for-sanctions-against-a-party-at-war",
        ),
        pytest.param(
            "President Oleh Marchenko of Ukraine met Prime Minister Taro Ishida of Japan in Kyiv. Marchenko expressed "
            "gratitude for the support of Japan during the war.",
            None,
            {("JPN", "UKR", "UKRAINE", "supports")},
            id="gratitude-for-the-support-of-a-state",
        ),
        pytest.param(
            "Foreign Minister Aram Vardanyan of Armenia met Foreign Minister Karl Tamm of Estonia in Yerevan. "
            "Vardanyan stressed the need for Azerbaijan to withdraw its troops from the sovereign territory of "
            "Armenia.",
            None,
            {("ARM", "AZE", "TERRITORIAL_INTEGRITY", "opposes")},
            id="troops-on-sovereign-territory-is-integrity-not-defense",
        ),
    ],
)
def test_pattern_families(text: str, publisher: str | None, want: set[Triple]) -> None:
    assert stances(text, publisher) == want


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        pytest.param(
            MEET_CAN_UKR + "The ministers called for an end to the war in Ukraine.",
            CANADA_MFA,
            id="end-to-a-war-in-a-place-names-no-one",
        ),
        pytest.param(
            MEET_CAN_UKR + "Minister Joly applauded the United States for hosting the summit.",
            CANADA_MFA,
            id="applause-for-hosting-is-courtesy",
        ),
        pytest.param(
            MEET_CAN_UKR + "Minister Joly said Canada will help Ukrainian farmers protect their harvest.",
            CANADA_MFA,
            id="help-to-farmers-is-aid",
        ),
        pytest.param(
            MEET_CAN_UKR + "The ministers agreed to keep working with allies to help Ukraine defend itself.",
            CANADA_MFA,
            id="help-to-defend-is-aid",
        ),
        pytest.param(
            MEET_CAN_UKR + "The main topics of the talks were support for Ukraine and NATO enlargement.",
            CANADA_MFA,
            id="support-as-a-topic-of-talks",
        ),
        pytest.param(
            MEET_CAN_UKR + "Minister Joly said the prime minister may endorse the delivery of humanitarian aid "
            "through the Palestinian Authority.",
            CANADA_MFA,
            id="endorsing-aid-delivery-is-no-stance",
        ),
        pytest.param(
            MEET_PAK_CHN + "Dar condemned the provocative actions against Pakistan.",
            "Pakistan MOFA",
            id="actions-against-a-state-never-oppose-the-victim",
        ),
        pytest.param(
            "Prime Minister Pham Minh Chinh met Ambassador Marc Knapper of the United States in Hanoi. Chinh said "
            "the war must end.",
            "Vietnam MFA",
            id="a-war-that-must-end-names-no-owner",
        ),
        pytest.param(
            "Prime Minister Narendra Modi met Prime Minister Anthony Albanese of Australia. Albanese expressed "
            "condolences over the terror attack in Pahalgam.",
            INDIA,
            id="condolences-are-no-stance",
        ),
        pytest.param(
            "President Ilham Aliyev sent a message to President Recep Tayyip Erdogan. The message said: You enjoy "
            "the trust and support by the Turkish people in defending the sovereignty of your country.",
            "President of Azerbaijan",
            id="support-by-a-people-is-no-states-stance",
        ),
        pytest.param(
            "Secretary-General Antonio Guterres met President Joe Biden in New York. Guterres said: I am delighted "
            "that you affirmed the strong commitment of the United States to the United Nations.",
            "United Nations",
            id="commitment-of-a-state-to-a-forum-is-a-topic",
        ),
        pytest.param(
            "Foreign Minister Abbas Araghchi spoke by phone with Foreign Minister Badr Abdelatty of Egypt. The two "
            "ministers condemned the massacre of Palestinians in Gaza.",
            "Iran MFA",
            id="the-victims-of-a-massacre-are-never-opposed",
        ),
        pytest.param(
            "President Traian Basescu received Ambassador Oren David of Israel and Ambassador Martin Eichtinger of "
            "Austria in Bucharest. The president praised the reforms.",
            "Romania Presidency",
            id="an-office-alone-is-never-the-last-guest",
        ),
        pytest.param(
            CALL_CAN_GBR + "The leaders voiced concern at the insufficient cooperation of the country with the "
            "International Atomic Energy Agency.",
            CANADA,
            id="a-partner-of-cooperation-is-never-opposed",
        ),
        pytest.param(
            "President Mohamed bin Zayed received a phone call from President Ahmed al-Sharaa of Syria. The Syrian "
            "President condemned the attack targeting the UAE consulate in the Kurdistan Region of Iraq.",
            "WAM",
            id="the-target-and-the-place-of-an-attack-are-never-opposed",
        ),
        pytest.param(
            "Prime Minister Pham Minh Chinh met Secretary Lloyd Austin of the United States in Hanoi. Chinh applauded "
            "the US Treasury and the State Bank of Vietnam for reaching agreement on currency practices.",
            "Vietnam Government",
            id="applause-for-reaching-an-agreement-is-goodwill",
        ),
        pytest.param(
            "Foreign Minister Murat Nurtleu met Foreign Minister Wang Yi of China in Astana. "
            "Nurtleu appreciated the medical supplies and the support provided by China during the pandemic.",
            "Kazakhstan MFA",
            id="support-provided-in-a-pandemic-is-aid",
        ),
        pytest.param(
            "Foreign Minister Ayman Safadi met Foreign Minister Simon Harris of Ireland in Amman. The ministers "
            "called for an end to the Houthi blockade in the Red Sea.",
            "Jordan MFA",
            id="a-blockade-by-no-state-names-no-owner",
        ),
        pytest.param(
            "Foreign Minister Murat Nurtleu met Foreign Minister Wang Yi of China in Astana. "
            "Nurtleu supported strengthening cooperation in trade, investment and transport.",
            "Kazakhstan MFA",
            id="support-for-closer-cooperation-is-goodwill",
        ),
        pytest.param(
            "Foreign Minister Murat Nurtleu met Foreign Minister Wang Yi of China in Astana. "
            "The two sides support each other in expanding trade and South-South cooperation.",
            "Kazakhstan MFA",
            id="mutual-support-on-trade-is-goodwill",
        ),
    ],
)
def test_no_stance_of_pattern_families(text: str, publisher: str | None) -> None:
    assert stances(text, publisher) == set()


MEET_LVA_UKR = "Foreign Minister Lina Berzina met Foreign Minister Dmytro Kovalenko of Ukraine in Riga on Monday. "
LATVIA = "Ministry of Foreign Affairs of Latvia"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            MEET_LVA_UKR + "Kovalenko briefed on Russia's attacks on energy infrastructure. Berzina strongly "
            "condemned the attacks.",
            {("LVA", "RUS", "UKRAINE", "opposes")},
            id="the-conduct-condemned-was-named-with-its-owner-the-sentence-before",
        ),
        pytest.param(
            MEET_LVA_UKR + "Kovalenko briefed on Russian missile strikes on Kyiv. Berzina condemned these strikes.",
            {("LVA", "RUS", "UKRAINE", "opposes")},
            id="a-demonym-owner-the-sentence-before",
        ),
        pytest.param(
            MEET_LVA_UKR + "The ministers agreed that pressure on the Kremlin must be increased.",
            {("LVA", "RUS", "UKRAINE", "opposes"), ("UKR", "RUS", "UKRAINE", "opposes")},
            id="pressure-to-be-increased-told-in-the-passive",
        ),
        pytest.param(
            MEET_LVA_UKR + "The two ministers also noted China's growing military pressure on Taiwan with concern.",
            {("LVA", "CHN", "TAIWAN", "opposes"), ("UKR", "CHN", "TAIWAN", "opposes")},
            id="conduct-noted-with-concern",
        ),
        pytest.param(
            MEET_LVA_UKR + "Kovalenko briefed on Russia's attacks on energy infrastructure. Berzina condemned the "
            "attacks on civilians by all sides.",
            set(),
            id="a-conduct-of-all-sides-is-no-ones-told-before",
        ),
    ],
)
def test_conduct_opposed_by_reference_or_in_the_passive(text: str, want: set[Triple]) -> None:
    assert stances(text, LATVIA) == want


def test_her_country_is_the_speaking_ambassadors() -> None:
    text = (
        "Foreign Minister Rauf Aliyev received the Ambassador of Portugal to Azerbaijan Ana Costa on September 22, "
        "2020. The ambassador emphasized that her country holds an unequivocal position and fully supports the "
        "territorial integrity of Azerbaijan."
    )
    assert stances(text, "AzerNews") == {("PRT", "AZE", "TERRITORIAL_INTEGRITY", "supports")}


def test_concern_in_an_opening_participle_is_held_by_the_main_clauses_subject() -> None:
    text = (
        "Foreign minister Kim Min-su held his first phone call with his Japanese counterpart, Aiko Tanaka. Expressing "
        "concerns about escalating tensions in the region due to North Korea's hostile rhetoric and provocations, the "
        "ministers agreed to work closely together with the United States."
    )
    assert stances(text, "Yonhap") == {
        ("KOR", "PRK", "KOREAN_PENINSULA", "opposes"),
        ("JPN", "PRK", "KOREAN_PENINSULA", "opposes"),
    }


def test_support_for_their_respective_sovereignty_is_mutual() -> None:
    text = (
        "Visiting Chinese President Li Wei and his Russian counterpart, Ivan Petrov, met here Monday. The two sides "
        "should steadfastly support each other in defending their respective sovereignty, added the Chinese president."
    )
    assert stances(text, "Global Times") == {
        ("CHN", "RUS", "TERRITORIAL_INTEGRITY", "supports"),
        ("RUS", "CHN", "TERRITORIAL_INTEGRITY", "supports"),
    }


def test_an_arabic_family_name_without_its_article_is_the_same_speaker() -> None:
    text = (
        "KUWAIT: The Amir sent cables to Iraq's President Karim Hassan. GCC Secretary General Dr Fahad Al-Mutawa also "
        "condemned the deadly blast that happened in Basra. Mutawa in a statement expressed solidarity with Iraq in "
        "the fight against terrorism."
    )
    assert ("GCC", "IRQ", "TERRORISM", "supports") in stances(text, "Kuwait Times")


def test_all_parties_of_a_group_meeting_hold_what_they_support_and_the_belt_and_road_is_chinas() -> None:
    text = (
        "BEIJING, July 16 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi on Thursday presided over "
        "the China + Central Asia foreign ministers meeting via video link.\n\nKazakh Foreign Minister Aidos Nurlanov, "
        "Kyrgyz Foreign Minister Bakyt Osmonov and Tajik Foreign Minister Farrukh Saidov attended the meeting.\n\n"
        "The ministers said that all parties support WHO to play an important role against the COVID-19 pandemic. "
        "The ministers supported the "
        "synergy between the Belt and Road Initiative and the development strategies of Central Asian countries."
    )
    assert stances(text, "Xinhua") == {
        *{(h, "WHO", "COVID19", "supports") for h in ("CHN", "KAZ", "KGZ", "TJK")},
        *{(h, "CHN", "BELT_AND_ROAD", "supports") for h in ("KAZ", "KGZ", "TJK")},
    }
