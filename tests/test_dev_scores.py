"""The accuracy bars of the engine issue, checked with the shared scorer on the dev gold set.

No later change may quietly lower accuracy: this fails below any bar.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from readout.extract.pipeline import code_document
from readout.ingest import read_documents
from readout.model import Document

BARS = {
    "event_f1": 0.95,
    "strict_event_f1": 0.85,
    "date_acc": 0.95,
    "loc_country_acc": 0.95,
    "name_f1": 0.95,
    "stance_f1": 0.75,
    "topic_f1": 0.75,
    "readout_acc": 0.95,
}
REPO = Path(__file__).resolve().parents[1]


def _score(gold: Path, records_path: Path, scorer: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(records_path), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)


def _code_to(paths: list[Path], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for doc in read_documents(paths):
            assert isinstance(doc, Document), str(doc)
            fh.write(json.dumps(code_document(doc).to_dict()) + "\n")


def test_dev_set_meets_every_bar(shared: Path, tmp_path: Path) -> None:
    gold = shared / "gold" / "dev.jsonl"
    pred = tmp_path / "dev.jsonl"
    _code_to([gold], pred)
    metrics = _score(gold, pred, shared / "eval" / "score.py")
    below = {k: round(metrics[k], 3) for k, bar in BARS.items() if metrics[k] < bar}
    assert not below, f"below the bars: {below}"


# Floors for readouts written for the project (never the dev texts): a regression guard on
# generalisation, below the dev bars because these were not read while writing the rules.
EXAMPLE_FLOORS = {
    "event_f1": 0.85,
    "date_acc": 0.9,
    "loc_country_acc": 0.85,
    "name_f1": 0.85,
    "readout_acc": 0.9,
    "stance_f1": 0.65,
    "topic_f1": 0.85,
}


@pytest.mark.parametrize(
    ("gold", "inputs"),
    [
        ("examples/gold.jsonl", ["examples/readouts.jsonl", "examples/txt", "examples/html"]),
        ("examples/heldout/readouts.jsonl", ["examples/heldout/readouts.jsonl"]),
    ],
    ids=["examples", "examples-heldout"],
)
def test_examples_generalise(shared: Path, tmp_path: Path, gold: str, inputs: list[str]) -> None:
    pred = tmp_path / "pred.jsonl"
    _code_to([REPO / p for p in inputs], pred)
    metrics = _score(REPO / gold, pred, shared / "eval" / "score.py")
    below = {k: round(metrics[k], 3) for k, bar in EXAMPLE_FLOORS.items() if metrics[k] < bar}
    assert not below, f"{gold} below its floors: {below}"


def test_seed_record_is_exact(shared: Path) -> None:
    seed = shared / "seed" / "000_c0f0ffbe35a8e9a3.txt"
    (doc,) = list(read_documents([seed]))
    assert isinstance(doc, Document)
    gold = json.loads((shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0])["gold"]
    # The seed file has no metadata; its publisher and date come from the gold line's document.
    meta = json.loads((shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0])
    doc = Document(
        id=doc.id,
        text=doc.text,
        title=doc.title,
        published=meta["published"],
        publisher=meta["publisher"],
        url=meta["url"],
    )
    rec = code_document(doc)
    assert rec.is_readout
    assert len(rec.events) == 1
    ev = rec.events[0]
    assert (ev.kind, ev.date, ev.mode, ev.cameo) == ("meeting", "2021-09-16", "third_location", "044")
    assert ev.location is not None and (ev.location.name, ev.location.country) == ("Dushanbe", "TJK")
    assert ev.location.lat == pytest.approx(38.54, abs=0.05) and ev.location.lon == pytest.approx(68.78, abs=0.05)
    people = {(p.name, p.country, p.org, p.title) for p in ev.participants}
    assert people == {
        ("Sadyr Zhaparov", "KGZ", None, "President"),
        ("Wang Yi", "CHN", None, "State Councilor and Foreign Minister"),
    }
    want = {(s["holder"], s["target"], s["issue"], s["alignment"]) for s in gold["stances"]}
    assert {(s.holder, s.target, s.issue, s.alignment) for s in rec.stances} == want
    assert rec.topics == sorted(gold["topics"])
    for s in rec.stances:  # every claim points at text that supports it
        assert s.evidence and all(0 <= a < b <= len(doc.text) for a, b in s.evidence)
    assert ev.evidence and "met with" in "".join(doc.text[a:b] for a, b in ev.evidence)


def test_seed_file_alone_is_still_a_meeting_in_dushanbe(shared: Path) -> None:
    """Read as a bare .txt (no publisher, no date), the seed still yields the meeting and both sides."""
    (doc,) = list(read_documents([shared / "seed" / "000_c0f0ffbe35a8e9a3.txt"]))
    assert isinstance(doc, Document)
    rec = code_document(doc)
    (ev,) = rec.events
    assert ev.date == "2021-09-16"
    assert {p.country for p in ev.participants} == {"KGZ", "CHN"}
