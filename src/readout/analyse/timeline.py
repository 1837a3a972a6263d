"""``readout timeline A B``: every interaction between two states (or organisations), by year and kind.

Counts per year and kind come from one GROUP BY; the list below them is ``events`` with
both parties required, so a multilateral meeting both attended counts too (its parties say so).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from readout.analyse.events import COLUMNS as EVENT_COLUMNS
from readout.analyse.events import SCREEN_COLUMNS, interactions, newest_from, screen_rows
from readout.analyse.filters import KINDS, InteractionFilter
from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend

_COUNTS = """
SELECT CAST(EXTRACT(YEAR FROM i.date) AS INTEGER) AS year, i.kind, COUNT(*) AS n
FROM interaction_facts i
{where}
GROUP BY CAST(EXTRACT(YEAR FROM i.date) AS INTEGER), i.kind
ORDER BY year NULLS LAST, i.kind
"""
# The same for two parties from the interactions counted per party, partner and month (store/summaries.py).
_MONTH_COUNTS = """
SELECT p.year, p.kind, SUM(p.interactions) AS n
FROM party_months p
{where}
GROUP BY p.year, p.kind
ORDER BY p.year NULLS LAST, p.kind
"""


def year_counts(db: Backend, flt: InteractionFilter) -> list[dict[str, Any]]:
    """(year, kind, number of interactions); the year is None for undated interactions."""
    months = flt.month_where() if len(set(flt.parties)) in (1, 2) else None
    if months is not None:
        a, b = flt.parties[0], flt.parties[-1]
        months.add("p.party = ? AND p.partner = ?", a, b if b != a else "")
        return [
            {"year": y, "kind": k, "n": int(n)}
            for y, k, n in db.query(_MONTH_COUNTS.format(where=months.sql()), months.params)
        ]
    where = flt.where()
    return [
        {"year": y, "kind": k, "n": int(n)} for y, k, n in db.query(_COUNTS.format(where=where.sql()), where.params)
    ]


def _by_year(counts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """One row per year with a column per kind present, and a total."""
    kinds = [k for k in KINDS if any(c["kind"] == k for c in counts)]
    kinds += sorted({c["kind"] for c in counts} - set(kinds))
    years: dict[Any, dict[str, Any]] = {}
    for c in counts:
        label = c["year"] if c["year"] is not None else "no date"
        row = years.setdefault(c["year"], {"year": label, **dict.fromkeys(kinds, 0), "total": 0})
        row[c["kind"]] = c["n"]
        row["total"] += c["n"]
    return list(years.values()), kinds


def timeline(db: Backend, a: str, b: str, flt: InteractionFilter | None = None, latest: int | None = None) -> Result:
    """Counts by year and kind, and the interactions (``latest``: only the newest so many, newest first)."""
    flt = replace(flt or InteractionFilter(), parties=(a, b))
    counts = year_counts(db, flt)
    after = newest_from([(c["year"], None, c["n"]) for c in counts], latest) if latest else None
    rows = interactions(db, flt, latest, newest_first=latest is not None, after=after)
    for row in rows:
        row["year"] = row["date"].year if row["date"] else None
    grid, kinds = _by_year(counts)
    total = sum(c["n"] for c in counts)
    count_columns = [
        Column("year", "year"),
        *(Column(k, k, numeric=True) for k in kinds),
        Column("total", "total", True),
    ]
    return Result(
        data={"a": a, "b": b, "filter": flt.as_json(), "total": total, "counts": counts, "interactions": rows},
        tables=[
            Table(f"{a} - {b}: {total} interaction{'s' if total != 1 else ''} by year and kind", count_columns, grid),
            Table(f"{a} - {b}: the interactions", SCREEN_COLUMNS, screen_rows(rows)),
        ],
        flat=Table("interactions", [Column("year", "year"), *EVENT_COLUMNS], rows),
    )
