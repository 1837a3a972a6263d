"""Helpers for the engine tests; module-level so that pool workers can import them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from readout.extract.pipeline import code_document
from readout.model import Document, IngestError, Record

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "readouts.jsonl"
HELDOUT = REPO / "examples" / "heldout" / "readouts.jsonl"
DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"

FRENCH = "Le ministre des Affaires étrangères a rencontré son homologue à Paris. " * 10


def code_or_die(doc: Document) -> Record:
    """The engine, except that a document with id ``die`` kills the process coding it."""
    if doc.id == "die":
        os._exit(3)
    return code_document(doc)


def always_die(doc: Document) -> Record:
    """An engine whose worker process dies on every document."""
    os._exit(3)


def code_or_raise(doc: Document) -> Record:
    """The engine, except that a document with id ``boom`` raises."""
    if doc.id == "boom":
        raise RuntimeError("engine broke")
    return code_document(doc)


def canonical(items: Iterable[Record | IngestError]) -> list[str]:
    """Records as JSON with sorted keys, errors as their line: comparable across engines."""
    return [
        json.dumps(item.to_dict(), sort_keys=True, ensure_ascii=False) if isinstance(item, Record) else str(item)
        for item in items
    ]
