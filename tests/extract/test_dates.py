"""find_dates: date expressions resolved against the publication date (spec: events.date)."""

from __future__ import annotations

from datetime import date

import pytest

from readout.extract.dates import find_dates

from ._support import events_of, parties


def values(text: str, published: date | None) -> list[date | None]:
    return [h.value for h in find_dates(text, 0, published)]


def test_full_date_with_local_time() -> None:
    text = "On September 16, 2021 local time, Kyrgyz President Sadyr Zhaparov met with Wang Yi in Dushanbe."
    hits = find_dates(text, 0, None)
    assert [h.value for h in hits] == [date(2021, 9, 16)]
    assert hits[0].explicit


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 2022-03-21 is a Monday: "on Saturday" is the 19th, "On Monday" the day itself.
        ("President Biden spoke on Saturday with President Zelenskyy.", date(2022, 3, 21), date(2022, 3, 19)),
        ("On Monday, the Prime Minister spoke to Chancellor Scholz.", date(2022, 3, 21), date(2022, 3, 21)),
        ("Yesterday the Secretary met with Foreign Minister Wang Yi.", date(2023, 6, 19), date(2023, 6, 18)),
        ("The Prime Minister met President Macron today.", date(2023, 3, 10), date(2023, 3, 10)),
        ("This morning the Prime Minister met President Macron.", date(2023, 3, 10), date(2023, 3, 10)),
        ("The day before yesterday, the ministers held talks.", date(2023, 3, 10), date(2023, 3, 8)),
    ],
)
def test_relative_days_resolve_against_publication(text: str, published: date, expected: date) -> None:
    assert values(text, published) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On February 20, Wang Yi met with High Representative Josep Borrell in Munich.",
        "On Saturday, President Biden spoke with President Zelenskyy.",
        "Today the Prime Minister met President Macron.",
        "Yesterday the Secretary met with Foreign Minister Wang Yi.",
    ],
)
def test_no_publication_date_leaves_yearless_and_relative_days_null(text: str) -> None:
    assert values(text, None) == [None]


def test_day_without_year_takes_the_publication_year() -> None:
    assert values("On February 20, Wang Yi met with Josep Borrell.", date(2023, 2, 21)) == [date(2023, 2, 20)]


def test_day_without_year_across_new_year() -> None:
    text = "On December 28, the two ministers spoke by phone."
    assert values(text, date(2022, 1, 3)) == [date(2021, 12, 28)]


def test_day_month_year_order() -> None:
    assert values("The Prime Minister met President Tokayev in Astana on 17 May 2023.", None) == [date(2023, 5, 17)]


def test_abbreviated_month() -> None:
    text = "On Sept. 5, 2018, the Secretary met with the Foreign Minister."
    assert values(text, None) == [date(2018, 9, 5)]


def test_dateline_with_ordinal_day() -> None:
    text = "Beijing, April 28th\u2014Vice Foreign Minister Liu Zhenmin met here today with the Ambassador."
    hits = find_dates(text, 0, date(2016, 4, 28))
    assert hits[0].value == date(2016, 4, 28)
    assert text[hits[0].start : hits[0].end].startswith("April 28")


def test_spans_are_offset_into_the_document() -> None:
    text = "On November 14, 2022, President Biden met with President Xi Jinping in Bali."
    hits = find_dates(text, 100, None)
    assert len(hits) == 1
    assert (hits[0].start - 100, hits[0].end - 100) == (text.index("November"), text.index(", President"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Day first with dots, as ministries from Moscow to Tashkent write it.
        ("Ambassador Qi met the Minister at the Ministry on 02.06.2022.", [date(2022, 6, 2)]),
        ("at the Commission Headquarters in Abuja, Nigeria, today, 04.03.2025.", [date(2025, 3, 4)]),
        ("at NATO Headquarters on Tuesday (28th of May 2024), to take part", [date(2024, 5, 28)]),
        # Slashes only where one number cannot be a month.
        ("Date: 25/10/2017 | Source: KCNA", [date(2017, 10, 25)]),
        ("Posted 10/25/2017 by the Embassy", [date(2017, 10, 25)]),
        ("Posted 08/10/2024 by the Embassy", []),
        # A version number or a decimal is no date.
        ("Section 1.2.2019 of the plan and 3.14 percent", []),
    ],
)
def test_numeric_and_of_month_dates(text: str, expected: list[date]) -> None:
    assert [h.value for h in find_dates(text, 0, None) if h.explicit] == expected


def test_a_call_retold_by_both_family_names_is_dated_by_the_retelling() -> None:
    evs = events_of(
        "Foreign minister Kim Min-su held his first phone call since taking office with his Japanese counterpart, "
        "Aiko Tanaka, to discuss bilateral relations.According to Seoul's foreign ministry, Kim and Tanaka spoke for "
        "over 30 minutes on Tuesday afternoon.",
        title="Kim holds first call with Tanaka",
        published="2024-01-19",
        publisher="KBS",
    )
    assert [(e.kind, e.date) for e in evs] == [("call", "2024-01-16")]


def test_an_anniversary_span_of_years_gives_no_day_of_the_text() -> None:
    evs = events_of(
        "HANOI, March 2 - President Tran Van Long exchanged messages of congratulations with President Ivan "
        "Petrov of Bulgaria on the 75th anniversary of diplomatic relations (March 2, 1950-2025).",
        published="2025-03-02",
        publisher="Viet Nam News",
    )
    assert [e.date for e in evs] == ["2025-03-02"]


def test_a_meeting_told_by_the_headline_takes_the_day_its_lead_opens_with_not_the_release_date_line() -> None:
    evs = events_of(
        "22/05/2024\n\nOn May 21, 2024, in Ashgabat, was held the Meeting of Foreign Ministers of Central Asian "
        "Countries, in which the Minister of Foreign Affairs of Kyrgyzstan Almaz Bekov took part.\n\nThe ministers "
        "reviewed the drafts of the joint statement.",
        title="Foreign ministers of Central Asian states met in Ashgabat",
        published="2024-05-22",
        publisher="Kyrgyzstan Ministry of Foreign Affairs",
    )
    assert [(e.date, parties(e)) for e in evs] == [("2024-05-21", {"KAZ", "KGZ", "TJK", "TKM", "UZB"})]
    assert {p.name for p in evs[0].participants} == {"Almaz Bekov", None}
