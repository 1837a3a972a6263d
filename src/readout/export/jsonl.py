"""``--format jsonl``: the records of the current codings, exactly as ``readout code`` writes them.

Rebuilt from the store (``store.records``), not coded again: one JSON object per line,
one line per current document, by document id. Codings are read a batch at a time.
"""

from __future__ import annotations

import json
from typing import IO

from readout.store.backends import Backend
from readout.store.records import load_records

BATCH = 500  # codings read per round of queries

_CURRENT = """
SELECT c.coding_id FROM codings c JOIN documents d ON d.doc_key = c.doc_key
WHERE c.current ORDER BY d.doc_id, d.version
"""


def write(db: Backend, out: IO[str]) -> str:
    """Write one record per line; returns a summary of what was written."""
    ids = [int(cid) for (cid,) in db.query(_CURRENT)]
    for start in range(0, len(ids), BATCH):
        for record in load_records(db, ids[start : start + BATCH]):
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    return f"{len(ids)} records"
