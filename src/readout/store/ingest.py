"""Ingest: code the documents the store does not hold yet, store them, link interactions.

Documents go through in batches: one query finds which of a batch are stored already
(skipped before coding, the costly part), the rest are coded and written in one
transaction, whole documents only. When a batch cannot be written, its documents are
written one by one so that only the one at fault fails.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal, TypeVar

from readout.engines.local import MIN_PARALLEL, code_documents
from readout.model import Document, IngestError
from readout.store.backends import Backend
from readout.store.documents import doc_key, known_keys
from readout.store.interactions import LinkStats, link_interactions
from readout.store.writer import Coded, store_new

BATCH = 32  # documents per transaction: whole documents always, fewer commits for speed

Outcome = Literal["coded", "skipped", "failed"]
Notify = Callable[[Outcome, str, str | None], None]
T = TypeVar("T")


@dataclass
class Counts:
    coded: int = 0
    skipped: int = 0  # already stored (or, for recode, already coded by this engine)
    failed: int = 0
    links: LinkStats | None = field(default=None)

    def note(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, max(size, 1))):
        yield chunk


def ingest(
    db: Backend,
    items: Iterable[Document | IngestError],
    notify: Notify | None = None,
    batch_size: int = BATCH,
    link: bool = True,
    workers: int = 1,
    min_parallel: int = MIN_PARALLEL,
) -> Counts:
    """Store every new document of ``items`` with its coding; report each outcome to ``notify``.

    Which documents are new is asked of the store a batch at a time; the new ones stream
    through the engine (``workers`` processes, one pool for the whole run, input order kept)
    and are written ``batch_size`` at a time, whole documents per transaction.
    """
    counts = Counts()

    def report(outcome: Outcome, where: str, reason: str | None = None) -> None:
        counts.note(outcome)
        if notify:
            notify(outcome, where, reason)

    queue: deque[tuple[Document, str]] = deque()
    seen: set[str] = set()  # keys coded in this run but perhaps not written yet

    def new_documents() -> Iterator[Document]:
        for chunk in batched(items, batch_size):
            docs: list[Document] = []
            for item in chunk:
                if isinstance(item, IngestError):
                    report("failed", item.where, item.reason)
                else:
                    docs.append(item)
            for doc, key in _new_documents(db, docs, report, seen):
                queue.append((doc, key))
                yield doc

    pending: list[Coded] = []
    try:
        for result in code_documents(new_documents(), workers, min_parallel=min_parallel):
            doc, key = queue.popleft()
            if isinstance(result, IngestError):
                report("failed", result.where, result.reason)
            else:
                pending.append(Coded(doc, key, result))
            if len(pending) >= batch_size:
                store_coded(db, pending, store_new, report)
                pending = []
        store_coded(db, pending, store_new, report)
    except KeyboardInterrupt:
        if link:  # Ctrl-C: the batch in hand is rolled back; what was stored is linked before leaving
            link_interactions(db)
        raise
    if link:
        counts.links = link_interactions(db)
    return counts


def _new_documents(
    db: Backend, docs: Sequence[Document], report: Callable[..., None], seen: set[str] | None = None
) -> list[tuple[Document, str]]:
    """The documents of a batch not stored yet (nor earlier in the run); the others are skipped."""
    keys = [doc_key(d) for d in docs]
    seen = seen if seen is not None else set()
    seen |= known_keys(db, keys)
    todo: list[tuple[Document, str]] = []
    for doc, key in zip(docs, keys, strict=True):
        if key in seen:
            report("skipped", doc.id)
            continue
        seen.add(key)
        todo.append((doc, key))
    return todo


def code_all(todo: Sequence[tuple[Document, str]], report: Callable[..., None]) -> list[Coded]:
    """Code each document with the engine; one that cannot be coded is reported and left out."""
    coded: list[Coded] = []
    results = code_documents(doc for doc, _ in todo)
    for (doc, key), result in zip(todo, results, strict=True):
        if isinstance(result, IngestError):
            report("failed", result.where, result.reason)
        else:
            coded.append(Coded(doc, key, result))
    return coded


def store_coded(
    db: Backend,
    batch: Sequence[Coded],
    write: Callable[[Backend, Sequence[Coded]], list[Coded]],
    report: Callable[..., None],
) -> None:
    """Write a batch in one transaction; if that fails, each document in its own, to isolate the culprit."""
    if not batch:
        return
    try:
        written = write(db, batch)
    except db.errors as err:
        if len(batch) == 1:
            c = batch[0]
            report("failed", c.doc.source or c.doc.id, f"could not be stored: {_first_line(err)}")
            return
        for one in batch:
            store_coded(db, [one], write, report)
        return
    stored = {c.key for c in written}
    for c in batch:
        report("coded" if c.key in stored else "skipped", c.doc.id)


def _first_line(err: Exception) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
