"""tools/metamorphic.py: rewrites that leave a gold record true (names no table knows, other phrasings,
other date formats), checked on documents written for this test."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from typing import Any

import pytest

from readout.extract.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("metamorphic", ROOT / "tools" / "metamorphic.py")
assert SPEC is not None and SPEC.loader is not None
metamorphic = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(metamorphic)

DOC: dict[str, Any] = {
    "id": "t1",
    "title": "Foreign Minister Kofi Mensah Meets Sheikh Abdullah bin Zayed",
    "text": "Foreign Minister Kofi Mensah Meets Sheikh Abdullah bin Zayed\n\nOn March 4, 2025, Foreign Minister "
    "Kofi Mensah met with Sheikh Abdullah bin Zayed in Accra. Mensah said the talks were fruitful.",
    "published": "2025-03-05",
    "publisher": "Ghana News Agency",
    "gold": {
        "is_readout": True,
        "events": [
            {
                "kind": "meeting",
                "date": "2025-03-04",
                "participants": [
                    {"name": "Kofi Mensah", "country": "GHA", "title": "Foreign Minister"},
                    {"name": "Abdullah bin Zayed", "country": "ARE", "title": None},
                ],
            }
        ],
        "stances": [],
        "topics": [],
    },
}


def test_every_gold_name_and_its_words_become_one_made_up_name_in_text_title_and_gold() -> None:
    new = metamorphic.rename_people(DOC, random.Random(1), {"bin", "al"})
    names = [p["name"] for p in new["gold"]["events"][0]["participants"]]
    assert "Kofi Mensah" not in names and "Abdullah bin Zayed" not in names
    assert names[1].split()[1] == "bin"  # a particle stays
    for name in names:
        assert new["text"].count(name) == 2 and name in new["title"]
    family = names[0].split()[-1]
    assert f"{family} said" in new["text"]  # the family name alone follows the name
    assert "Mensah" not in new["text"] and "Zayed" not in new["text"]


def test_a_document_whose_gold_names_are_not_in_its_text_is_left_out() -> None:
    doc = {**DOC, "text": "The two ministers met in Accra."}
    assert metamorphic.rename_people(doc, random.Random(1), set()) is None


@pytest.mark.parametrize("seed", range(6))
def test_a_date_rewritten_in_another_format_is_the_same_day(seed: int) -> None:
    new = metamorphic.rewrite_text(DOC, metamorphic.redate(random.Random(seed)))
    text = new["text"] if new else DOC["text"]
    assert [h.value for h in find_dates(text, 0, None) if h.explicit] == [
        h.value for h in find_dates(DOC["text"], 0, None) if h.explicit
    ]


def test_phrasings_stay_in_their_group_and_the_headline_stays_the_title() -> None:
    rewrite = metamorphic.rephrase(metamorphic.pools()["verb"], random.Random(3))
    new = metamorphic.rewrite_text({**DOC, "title": None}, rewrite)
    assert new is not None
    said = new["text"].split("Kofi Mensah ")[2].split(" Sheikh")[0]
    assert said in metamorphic.pools()["verb"][0] + metamorphic.pools()["verb"][1]
    titled = metamorphic.rewrite_text(DOC, metamorphic.rephrase(metamorphic.pools()["office"], random.Random(2)))
    if titled is not None:
        assert titled["text"].startswith(titled["title"])


def test_the_tool_runs_on_the_example_gold(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert metamorphic.main(["names", str(ROOT / "examples" / "gold.jsonl"), "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "original " in out and "rewritten " in out and "worse after the rewrite" in out
