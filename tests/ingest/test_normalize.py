"""normalize keeps offsets; furniture is masked; title_line finds the headline."""

from __future__ import annotations

import random

import pytest

from readout.ingest.normalize import furniture_spans, normalize, title_line

from ._support import shared_file


def test_characters_map_one_to_one() -> None:
    text = (
        "\u201cWe agree,\u201d she said \u2018firmly\u2019 \u2013 at 5\u2032 \u2014 in\u00a0the\u202fhall\u200b\u3000."
    )
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "\"We agree,\" she said 'firmly' \u2013 at 5' \u2014 in the hall  ."


def test_invisible_characters_inside_a_word_close_up() -> None:
    """Zero-width and bidi controls are read as nothing, not as a space that splits a name;
    the word's end takes the freed places, so the length and every other offset hold."""
    text = "Minister Pen\u200dny W\u2066ong\u2069 met Wang\u00adYi.\u200b Then \u202eX"
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "Minister Penny  Wong   met WangYi.   Then X "
    assert out.index("met") == text.index("met") and out.index("Then") == text.index("Then")


def test_length_kept_on_random_text() -> None:
    pool = "ab Z\n\t\r\u00a0\u2019\u201c\u200b\u200f\u2066\u2013>|Home Print Share\u3010\u3011[]/\u4e2d\U0001f600\x00"
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 80)))
        out = normalize(text)
        assert len(out) == len(text)
        assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]


@pytest.mark.parametrize(
    "line",
    [
        "Home > Headlines",
        "Home\u00a0>\u00a0Headlines",
        "Home > News > Asia",
        "Home » Press Room » Readouts",
        "You are here: Home > Newsroom",
        "Suggest to a friend:",
        "Print",
        "Share",
        "Close",
        "Print | Close",
        "\u3010Print\u3011\u3010Close\u3011",
        "Font size: A A A",
        "Source:MFA 2022-03-21",
        "Source: Ministry of Foreign Affairs",
        "Share on: Facebook Twitter LinkedIn",
        "Share this article",
        "Back to top",
    ],
)
def test_furniture_lines_masked(line: str) -> None:
    text = f"Minister Meets Envoy\n{line}\nThe minister met the envoy.\n"
    out = normalize(text)
    assert len(out) == len(text)
    assert out.splitlines() == ["Minister Meets Envoy", " " * len(line), "The minister met the envoy."]


@pytest.mark.parametrize(
    "line",
    [
        "Updated: July 16, 2020 08:42",
        "2017-08-06 10:33",
        "July 03, 2017",
        "Share of trade between the two countries grew by ten percent.",
        "Print media and broadcasters attended the press conference.",
        "Home Affairs Minister Kato met the envoy | Tokyo",
        "Close cooperation is in the interest of both sides.",
    ],
)
def test_content_and_date_lines_kept(line: str) -> None:
    text = f"Minister Meets Envoy\n{line}\n"
    assert normalize(text) == text


def test_inline_photo_credit_masked() -> None:
    text = "The ministers hold talks in the capital on Saturday. [Photo/Xinhua]\nNext line."
    out = normalize(text)
    assert out == "The ministers hold talks in the capital on Saturday.               \nNext line."
    start = text.index("[Photo")
    assert furniture_spans(text) == [(start, start + len("[Photo/Xinhua]"))]


def test_furniture_spans_cover_exactly_what_is_masked() -> None:
    text = "Home > Headlines\r\nTitle Line\r\n\r\n  Print  \r\nBody text here.\r\nSuggest to a friend:"
    out = normalize(text)
    spans = furniture_spans(text)
    assert [text[a:b] for a, b in spans] == ["Home > Headlines", "Print", "Suggest to a friend:"]
    masked = {i for a, b in spans for i in range(a, b)}
    for i, (before, after) in enumerate(zip(text, out, strict=True)):
        assert (after == " ") if i in masked else (after == before)


def test_title_line_skips_furniture_dates_and_mastheads() -> None:
    assert title_line("Home > Headlines\n\nEnvoy Meets Minister\nBody.") == "Envoy Meets Minister"
    assert title_line(
        "12/11/2021 08:57 AM EST\nThe White House\nOffice of the Press Secretary\nReadout of the Call"
    ) == ("Readout of the Call")
    assert title_line("  \u201cFriends\u201d Meet\u00a0Again  \nBody") == "\u201cFriends\u201d Meet\u00a0Again"
    assert title_line("Print\nShare\n\n") is None
    assert title_line("") is None


def test_seed_document() -> None:
    text = shared_file("seed/000_c0f0ffbe35a8e9a3.txt").read_text(encoding="utf-8")
    out = normalize(text)
    assert len(out) == len(text)
    assert out.count("\n") == text.count("\n")
    for furniture in ("Home\u00a0>\u00a0Headlines", "Suggest to a friend:"):
        start = text.index(furniture)
        assert out[start : start + len(furniture)].strip() == ""
    assert "Home" not in out.split("\n")[0]
    assert "Suggest to a friend" not in out
    assert title_line(text) == "Kyrgyz President Sadyr Zhaparov Meets with Wang Yi"
    assert "Kyrgyz President Sadyr Zhaparov met with" in out
