"""The web tests' corpus: the bundled examples, three reports of one meeting, the seed, a hostile readout."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from readout.ingest import read_documents
from readout.model import Document, IngestError
from readout.store import open_store
from readout.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "readouts.jsonl"
PAIRS = ROOT / "tests" / "store" / "data"  # two readouts of one meeting (plus a later one), linked with ex-020
SEED = ROOT.parent / "shared" / "seed" / "000_c0f0ffbe35a8e9a3.txt"
SEED_ID = SEED.stem
SEED_SKIP = f"the seed readout is not available: {SEED} is absent (../shared)"

# A readout whose title and text hold markup: every page must show it as text, never run it.
SCRIPT_ID = "xss-readout"
SCRIPT = "<script>alert('readout')</script>"
HOSTILE = Document(
    id=SCRIPT_ID,
    title=f"Wang Yi Meets with Foreign Minister Penny Wong {SCRIPT}",
    text=(
        f"Wang Yi Meets with Foreign Minister Penny Wong {SCRIPT}\n\n"
        "On March 3, 2023, State Councilor and Foreign Minister Wang Yi met with Foreign Minister "
        f"Penny Wong of Australia in Beijing. {SCRIPT} Wang Yi said that China firmly opposes "
        "interference in China's internal affairs. <img src=x onerror=alert(2)> The two sides "
        "exchanged views on trade and climate change.\n"
    ),
    published="2023-03-03",
    publisher="Test <b>Ministry</b>",
    source="tests/web",
)


def corpus() -> Iterator[Document | IngestError]:
    paths: list[Path] = [EXAMPLES, PAIRS] + ([SEED] if SEED.is_file() else [])
    return chain(read_documents(paths), [HOSTILE])


def build_store(url: str, items: Iterable[Document | IngestError] | None = None) -> None:
    """Ingest the corpus (or ``items``) into the store at ``url``; every document must be stored."""
    db = open_store(url)
    try:
        counts = ingest(db, corpus() if items is None else items)
    finally:
        db.close()
    assert counts.failed == 0, counts
