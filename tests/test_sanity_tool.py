"""tools/sanity.py: checks that need no gold, run over the readouts written for the project."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from readout.extract.pipeline import code_document
from readout.ingest import read_documents
from readout.model import Document

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("sanity", ROOT / "tools" / "sanity.py")
assert SPEC is not None and SPEC.loader is not None
sanity = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(sanity)


def test_examples_pass_every_check() -> None:
    counts: Counter[str] = Counter()
    for doc in read_documents([ROOT / "examples" / "readouts.jsonl", ROOT / "examples" / "heldout"]):
        assert isinstance(doc, Document)
        counts.update(kind for kind, _detail in sanity.problems(doc, code_document(doc)))
    assert counts["no name, no state"] == 0
    assert counts["common word as name"] == 0
    assert counts["one party"] == 0


def test_each_check_fires_on_a_record_that_breaks_it() -> None:
    doc = Document(
        id="t",
        text="President Joe Biden met Meeting in Washington. The Minister spoke by phone with the Prime Minister.",
        published="2024-01-02",
    )
    record = code_document(doc)
    record.events[0].participants[0].country = "FJI"  # a state the text never names
    record.events[0].participants.append(type(record.events[0].participants[0])("Meeting", "USA", None, None))
    record.events[0].participants.append(type(record.events[0].participants[0])(None, None, None, "Minister"))
    kinds = {kind for kind, _detail in sanity.problems(doc, record)}
    assert {"state not in text", "common word as name", "no name, no state"} <= kinds
