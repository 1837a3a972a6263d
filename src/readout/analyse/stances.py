"""``readout stances``: who backs or rejects positions on which issue, as a holder x issue matrix.

A cell counts documents: how many current documents report the holder supporting (and how
many opposing) on that issue, and whose positions those were (targets). Documents, not
stance rows, so a readout that repeats a position once more does not weigh twice. The
period is the document's: its publication date, else the date of its first event.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from readout.analyse.filters import Where
from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend

_CELLS = """
SELECT s.holder, s.issue,
       COUNT(DISTINCT CASE WHEN s.alignment = 'supports' THEN s.coding_id END) AS supports,
       COUNT(DISTINCT CASE WHEN s.alignment = 'opposes' THEN s.coding_id END) AS opposes,
       array_agg(DISTINCT s.target ORDER BY s.target) FILTER (WHERE s.target IS NOT NULL) AS targets
FROM stances s
JOIN document_facts df ON df.coding_id = s.coding_id
{where}
GROUP BY s.holder, s.issue
ORDER BY s.holder, s.issue
"""


# Without a target or a period, the matrix is read from its summary (store/summaries.py).
_ALL_CELLS = """
SELECT s.holder, s.issue, s.supports, s.opposes, s.targets FROM stance_cells s
{where}
ORDER BY s.holder, s.issue
"""

# With a target and no period, from its summary (store/summaries.py).
_TARGET_CELLS = """
SELECT s.holder, s.issue, s.supports, s.opposes FROM stance_target_cells s
{where}
ORDER BY s.holder, s.issue
"""


def stance_cells(
    db: Backend,
    target: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    holder: str | None = None,
) -> list[dict[str, Any]]:
    """One cell per (holder, issue) with support and opposition counts (documents) and the targets."""
    where = Where()
    if holder:
        where.add("s.holder = ?", holder)
    if not (target or since or until):
        rows = db.query(_ALL_CELLS.format(where=where.sql()), where.params)
        return [
            {"holder": h, "issue": i, "supports": int(sup), "opposes": int(opp), "targets": t.split("|") if t else []}
            for h, i, sup, opp, t in rows
        ]
    if target:
        where.add("s.target = ?", target)
        if not (since or until):
            return [
                {"holder": h, "issue": i, "supports": int(sup), "opposes": int(opp), "targets": [target]}
                for h, i, sup, opp in db.query(_TARGET_CELLS.format(where=where.sql()), where.params)
            ]
    where.period(since, until)
    return [
        {"holder": h, "issue": i, "supports": int(sup), "opposes": int(opp), "targets": list(targets or [])}
        for h, i, sup, opp, targets in db.query(_CELLS.format(where=where.sql()), where.params)
    ]


def _cell(cell: dict[str, Any] | None) -> str:
    """'+2 -1': two documents report support, one opposition; '.' for none."""
    if not cell:
        return "."
    parts = [f"+{cell['supports']}" if cell["supports"] else "", f"-{cell['opposes']}" if cell["opposes"] else ""]
    return " ".join(p for p in parts if p)


CELL_COLUMNS = (
    Column("holder", "holder"),
    Column("issue", "issue"),
    Column("supports", "supports", numeric=True),
    Column("opposes", "opposes", numeric=True),
    Column("targets", "targets"),
)


def stances(
    db: Backend, target: str | None = None, since: dt.date | None = None, until: dt.date | None = None
) -> Result:
    cells = stance_cells(db, target, since, until)
    holders = sorted({c["holder"] for c in cells})
    issues = sorted({c["issue"] for c in cells})
    at = {(c["holder"], c["issue"]): c for c in cells}
    # On screen, holders (short codes) across and issues down: the matrix fits a terminal.
    matrix = [{"issue": i, **{h: _cell(at.get((h, i))) for h in holders}} for i in issues]
    bits = [
        f"on {target}'s positions" if target else "",
        f"{since or '...'} to {until or '...'}" if since or until else "",
    ]
    what = ", ".join(b for b in bits if b)
    title = f"Stances: holder x issue, +supports -opposes (documents){f' ({what})' if what else ''}"
    return Result(
        data={
            "filter": {"target": target, "since": since, "until": until},
            "holders": holders,
            "issues": issues,
            "cells": cells,
        },
        tables=[Table(title, [Column("issue", "issue \\ holder"), *(Column(h, h) for h in holders)], matrix)],
        flat=Table("cells", CELL_COLUMNS, cells),
    )
