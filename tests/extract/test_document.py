"""parse: normalised text of the same length, sentences, headline, publication date, publisher."""

from __future__ import annotations

from datetime import date

import pytest

from readout.extract.document import parse, split_sentences

from ._support import CHINA, INDIA, JAPAN, NO10, RUSSIA, STATE, WHITE_HOUSE, make_doc

BODY = (
    "On May 16, 2024, President Xi Jinping held talks with Russian President Vladimir Putin at the "
    "Great Hall of the People in Beijing. The two heads of state reviewed the development of "
    "China-Russia relations."
)


def test_norm_keeps_length_so_spans_index_the_text() -> None:
    text = "Home > News\n\u201cXi Jinping\u00a0Holds Talks\u201d\n\n" + BODY
    pd = parse(make_doc(text))
    assert len(pd.norm) == len(text)
    for s in pd.sentences:
        assert len(pd.text[s.start : s.end]) == len(s.text)


def test_title_as_first_line_is_the_headline_and_not_body() -> None:
    title = "Xi Jinping Holds Talks with Russian President Vladimir Putin"
    pd = parse(make_doc(f"{title}\n\n{BODY}", title=title))
    assert pd.headline == title
    assert pd.title_span is not None
    assert pd.text[pd.title_span[0] : pd.title_span[1]] == title
    assert all(title not in s.text for s in pd.sentences)
    assert pd.sentences[0].text.startswith("On May 16, 2024")


def test_headline_taken_from_first_line_when_title_missing() -> None:
    pd = parse(make_doc("Xi Jinping Holds Talks with Vladimir Putin\n\n" + BODY))
    assert pd.title == "Xi Jinping Holds Talks with Vladimir Putin"


def test_opening_sentence_is_not_taken_as_headline() -> None:
    pd = parse(make_doc(BODY))
    assert pd.title is None
    assert pd.sentences[0].start == 0


def test_sentences_do_not_split_after_honorifics_and_initials() -> None:
    text = (
        "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. "
        "Antony J. Blinken, U.S. Secretary of State. The two ministers confirmed close cooperation."
    )
    pd = parse(make_doc(text))
    assert [s.text for s in pd.sentences] == [
        "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. "
        "Antony J. Blinken, U.S. Secretary of State.",
        "The two ministers confirmed close cooperation.",
    ]


def test_sentence_spans_and_lookup() -> None:
    sents = split_sentences(BODY)
    assert len(sents) == 2
    assert [s.index for s in sents] == [0, 1]
    for s in sents:
        assert BODY[s.start : s.end] == s.text
    pd = parse(make_doc(BODY))
    offset = BODY.index("reviewed")
    hit = pd.sentence_at(offset)
    assert hit is not None and hit.index == 1


def test_published_field_is_parsed_as_a_date() -> None:
    pd = parse(make_doc(BODY, published="2024-05-16"))
    assert pd.published == date(2024, 5, 16)


def test_published_falls_back_to_a_header_date_in_the_text() -> None:
    title = "Secretary Blinken's Call with Indian External Affairs Minister Jaishankar"
    text = f"{title}\nJanuary 29, 2021\n\n{BODY}"
    pd = parse(make_doc(text))
    assert pd.published == date(2021, 1, 29)


def test_no_publication_date_from_body_prose() -> None:
    pd = parse(make_doc(BODY))
    assert pd.published is None


@pytest.mark.parametrize(
    ("publisher", "iso3"),
    [
        (CHINA, "CHN"),
        (STATE, "USA"),
        (WHITE_HOUSE, "USA"),
        (NO10, "GBR"),
        (JAPAN, "JPN"),
        (INDIA, "IND"),
        (RUSSIA, "RUS"),
    ],
)
def test_publisher_country(publisher: str, iso3: str) -> None:
    assert parse(make_doc(BODY, publisher=publisher)).publisher_country == iso3


def test_unknown_publisher_gives_no_country() -> None:
    pd = parse(make_doc(BODY))
    assert pd.publisher_country is None and pd.publisher_org is None


def test_a_sentence_ends_at_us_before_a_word_that_only_opens_a_clause() -> None:
    """ "support for the U.S. The two sides agreed": two sentences; "U.S. President X" stays one."""
    texts = [s.text for s in split_sentences("He expressed firm support for the U.S. The two sides agreed.")]
    assert texts == ["He expressed firm support for the U.S.", "The two sides agreed."]
    assert len(split_sentences("He met U.S. President Joe Biden and the U.K. Foreign Secretary in Washington.")) == 1
