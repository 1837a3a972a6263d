"""published_from_text: publication dates from page headers, never from body prose."""

from __future__ import annotations

import pytest

from readout.ingest.header import is_date_line, published_from_text

BODY = "The two ministers exchanged views on bilateral relations and regional issues."


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Minister Meets Envoy\n2017-08-06 10:33", "2017-08-06"),
        ("Minister Meets Envoy\nUpdated: July 16, 2020 08:42", "2020-07-16"),
        ("Readout of the Minister's Call\nJuly 03, 2017", "2017-07-03"),
        ("12/11/2021 08:57 AM EST\nOffice of the Spokesperson", "2021-12-11"),
        ("Ministers' Telephone Talk\nNovember 25, 2021", "2021-11-25"),
        ("PM call with the President of Norland: 24 January 2020", "2020-01-24"),
        ("PM meeting with the Chancellor – 3 May 2019", "2019-05-03"),
        ("Minister Meets Envoy\n\nSource:MFA 2022-03-21", "2022-03-21"),
        ("Minister Meets Envoy\nPublished: Friday, 14 June 2024", "2024-06-14"),
        ("Minister Meets Envoy\nSept. 5, 2018 3:30 p.m. EDT", "2018-09-05"),
        ("Minister Meets Envoy\nWASHINGTON, March 3, 2021 — The Minister met the envoy.", "2021-03-03"),
        ("BEIJING, Sept. 16, 2021 (Xinhua) -- The Minister met the envoy.", "2021-09-16"),
        ("25/12/2019\nMinister Meets Envoy", "2019-12-25"),
    ],
)
def test_header_dates(header: str, expected: str) -> None:
    assert published_from_text(f"{header}\n\n{BODY}\n") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Envoy Meets Minister\n\nOn February 20, Ambassador Lee met with the Deputy Prime Minister.",
        "Envoy Meets Minister\n\nIn 2018, bilateral relations entered a fast track.",
        "Envoy Meets Minister\n\nOn February 20, 2019, Ambassador Lee met with the Deputy Prime Minister.",
        "Beijing, April 28th—Vice Minister Lu met here today with the Ambassador.",
        "Envoy Meets Minister\n2019-02-30 10:00\n" + BODY,  # no such day
        "Envoy Meets Minister\n3:30 P.M. EDT\n" + BODY,  # a time, no date
        "",
    ],
)
def test_no_date_from_prose_or_invalid(text: str) -> None:
    assert published_from_text(text) is None


def test_only_header_lines_are_searched() -> None:
    lines = ["Envoy Meets Minister", *(f"Paragraph {i}: {BODY}" for i in range(6)), "July 03, 2017"]
    assert published_from_text("\n".join(lines)) is None
    assert published_from_text("\n".join(lines), max_lines=10) == "2017-07-03"


def test_date_line_beats_date_in_title() -> None:
    text = "PM call with the President: 24 January 2020\n2020-01-25 09:00\n" + BODY
    assert published_from_text(text) == "2020-01-25"


def test_unicode_spaces_in_date_line() -> None:
    assert published_from_text("Envoy Meets Minister\nJuly\u00a016,\u00a02020\n" + BODY) == "2020-07-16"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2017-08-06 10:33", True),
        ("Updated: July 16, 2020 08:42", True),
        ("  November 25, 2021  ", True),
        ("On November 25, 2021, the ministers met.", False),
        ("Kyrgyz President Meets with Foreign Minister", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected
