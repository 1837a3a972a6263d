"""``--format csv``: one row per event (per report), flat, for spreadsheets and data frames.

Lists are joined in one cell: parties by '|', participants as 'Name (CODE, title)' by '; '.
``interaction_id`` is shared by the reports of one interaction, to count interactions
rather than reports.
"""

from __future__ import annotations

import csv
from typing import IO, Any

from readout.analyse.events import participant_label
from readout.analyse.output import plain, spreadsheet_cell
from readout.export.events import EventRow, event_rows
from readout.store.backends import Backend

COLUMNS = (
    "doc_id",
    "event",
    "interaction_id",
    "kind",
    "date",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "mode",
    "cameo",
    "plover_type",
    "plover_mode",
    "parties",
    "participants",
    "publisher",
    "publisher_country",
    "published",
    "title",
    "url",
    "engine",
)


def _values(r: EventRow) -> dict[str, Any]:
    return {
        **{c: getattr(r, c) for c in COLUMNS if hasattr(r, c)},
        "event": r.ordinal,
        "parties": "|".join(r.parties),
        "participants": "; ".join(participant_label(p) for p in r.participants),
    }


def write(db: Backend, out: IO[str]) -> str:
    """Write the CSV; returns a summary of what was written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for r in event_rows(db):
        values = _values(r)
        writer.writerow(["" if values[c] is None else spreadsheet_cell(plain(values[c])) for c in COLUMNS])
        n += 1
    return f"{n} events"
