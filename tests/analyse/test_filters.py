"""What analysts type: periods, parties, name patterns."""

from __future__ import annotations

import datetime as dt

import pytest

from readout.analyse.filters import BadPeriod, InteractionFilter, like_pattern, period_end, period_start
from readout.analyse.names import UnknownParty, party_code, party_name


def test_periods() -> None:
    assert (period_start("2022"), period_end("2022")) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert (period_start("2024-02"), period_end("2024-02")) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert (period_start("2023-2"), period_end("2023-02")) == (dt.date(2023, 2, 1), dt.date(2023, 2, 28))
    assert period_start("2022-12-21") == period_end("2022-12-21") == dt.date(2022, 12, 21)
    for bad in ("22", "2022-13", "2023-02-30", "last year", "2022/03", "2024-00", "2024-00-10", "2024-01-00"):
        with pytest.raises(BadPeriod):
            period_start(bad)
        with pytest.raises(BadPeriod):  # never read as January or as the 1st, never a crash
            period_end(bad)


def test_parties_by_code_or_name() -> None:
    for text in ("CHN", "chn", "China", "the People's Republic of China", "  china "):
        assert party_code(text) == "CHN"
    assert party_code("United Nations") == "UN" and party_code("eu") == "EU"
    assert party_name("USA") == "United States" and party_name("XYZ") == "XYZ"
    with pytest.raises(UnknownParty):
        party_code("Atlantis")


def test_name_patterns_take_wildcards_literally() -> None:
    assert like_pattern("Wang") == "%wang%"
    assert like_pattern("50%_x\\") == "%50\\%\\_x\\\\%"


def test_filter_conditions_and_words() -> None:
    flt = InteractionFilter(parties=("CHN", "USA"), kind="call", since=dt.date(2023, 1, 1), person="x", issue="TAIWAN")
    where = flt.where()
    assert len(where.clauses) == 6  # two parties, kind, since, person, issue (on interaction_facts: current only)
    assert where.params == ["%CHN%", "%|CHN|%", "%USA%", "%|USA|%", "call", dt.date(2023, 1, 1), "%x%", "%|TAIWAN|%"]
    assert flt.describe() == "CHN and USA, call, 2023-01-01 to ..., with 'x', on TAIWAN"
