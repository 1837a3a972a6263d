"""The local engine: read documents, code each one, yield records and errors in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from readout.extract.pipeline import code_document
from readout.ingest import read_documents
from readout.model import Document, IngestError, Record


def code_documents(docs: Iterable[Document | IngestError]) -> Iterator[Record | IngestError]:
    """Code each document; an engine failure on one document is that document's error, not the batch's."""
    for doc in docs:
        if isinstance(doc, IngestError):
            yield doc
            continue
        try:
            yield code_document(doc)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            where = doc.source or doc.id
            yield IngestError(where, f"could not be coded: {type(exc).__name__}: {exc}")


def code_paths(paths: Iterable[str | Path]) -> Iterator[Record | IngestError]:
    return code_documents(read_documents(paths))
