"""Recode: code stored documents again with the engine installed now.

When the engine improves, the corpus need not be read again: the store holds each text.
A new coding is written beside the old one and becomes current in the same transaction
that retires the old, so queries see the old rows until the new ones commit, and an
interrupted recode simply leaves the rest on the old engine for the next run.
"""

from __future__ import annotations

from collections.abc import Callable

import readout
from readout.store.backends import Backend
from readout.store.documents import load_documents
from readout.store.ingest import BATCH, Counts, Notify, Outcome, batched, code_all, store_coded
from readout.store.interactions import link_interactions
from readout.store.writer import store_recoded

_TO_RECODE = """
SELECT c.doc_key FROM codings c JOIN documents d ON d.doc_key = c.doc_key
WHERE c.current AND (? OR c.engine <> ?)
ORDER BY d.doc_id, d.version
"""


def stale_documents(db: Backend, engine: str, everything: bool = False) -> list[str]:
    """Keys of the current documents coded by another engine than ``engine`` (all of them with ``everything``)."""
    return [k for (k,) in db.query(_TO_RECODE, [everything, engine])]


def recode(
    db: Backend,
    everything: bool = False,
    notify: Notify | None = None,
    on_total: Callable[[int], None] | None = None,
    batch_size: int = BATCH,
) -> Counts:
    """Recode the stale documents (or all), then relink interactions; up-to-date ones count as skipped."""
    counts = Counts()

    def report(outcome: Outcome, where: str, reason: str | None = None) -> None:
        counts.note(outcome)
        if notify:
            notify(outcome, where, reason)

    current = int(db.query("SELECT COUNT(*) FROM codings WHERE current")[0][0])
    keys = stale_documents(db, readout.ENGINE_VERSION, everything)
    counts.skipped = current - len(keys)
    if on_total:
        on_total(len(keys))
    try:
        for chunk in batched(keys, batch_size):
            docs = load_documents(db, chunk)
            todo = [(docs[k], k) for k in chunk if k in docs]
            store_coded(db, code_all(todo, report), store_recoded, report)
    except KeyboardInterrupt:
        link_interactions(db)  # Ctrl-C: the recoded batches keep their events linked
        raise
    counts.links = link_interactions(db)
    return counts
