"""``readout network``: states and organisations as nodes, interactions between them as weighted edges.

An interaction of n parties joins each pair of them (a meeting of five foreign ministers is
ten edges), so an edge's weight is the number of interactions both took part in; first and
last are the dates of the earliest and latest. A node's weight is the number of interactions
with at least one other party it took part in. Interactions with a single party are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from readout.analyse.filters import InteractionFilter
from readout.analyse.names import is_org, party_name
from readout.analyse.output import Column, Result, Table
from readout.store.backends import Backend

# The selected interactions grouped by their parties first (many share one set: 'CHN|USA'), each set
# with how many interactions and their first and last dates; then one row per (set, party); {only}:
# of these parties only. Pairs are formed within the sets, not within each interaction.
_PARTIES = """
WITH selected AS (
    SELECT i.parties, COUNT(*) AS n, MIN(i.date) AS first, MAX(i.date) AS last
    FROM interaction_facts i {where}
    GROUP BY i.parties
), every_member AS (
    SELECT parties, n, first, last, unnest(string_to_array(parties, '|')) AS party FROM selected
), members AS (
    SELECT * FROM every_member {only}
)
"""

_EDGES = (
    _PARTIES
    + """
SELECT a.party AS source, b.party AS target, SUM(a.n) AS weight, MIN(a.first) AS first, MAX(a.last) AS last
FROM members a JOIN members b ON b.parties = a.parties AND a.party < b.party
GROUP BY a.party, b.party
ORDER BY weight DESC, source, target
"""
)

_NODES = (
    _PARTIES
    + """
SELECT party, SUM(n) AS interactions, MIN(first) AS first, MAX(last) AS last
FROM members GROUP BY party ORDER BY interactions DESC, party
{limit}
"""
)


# The same from the interactions counted per party, partner and month (``party_months``, store/summaries.py):
# partner '*' holds a party's interactions with another party, the other partners its pairs.
_MONTH_NODES = """
SELECT p.party, SUM(p.interactions) AS interactions, MIN(p.first), MAX(p.last)
FROM party_months p {where}
GROUP BY p.party ORDER BY interactions DESC, p.party
{limit}
"""
_MONTH_EDGES = """
SELECT p.party AS source, p.partner AS target, SUM(p.interactions) AS weight, MIN(p.first) AS first,
       MAX(p.last) AS last
FROM party_months p {where}
GROUP BY p.party, p.partner
ORDER BY weight DESC, source, target
"""


@dataclass(frozen=True)
class Network:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def network_of(db: Backend, flt: InteractionFilter, top: int | None = None) -> Network:
    """The meeting network of the interactions ``flt`` selects (two parties or more each).

    ``top``: only the ``top`` parties with the most interactions, and the edges between them
    (chosen in SQL first, so the pairs of the others are never formed).
    """
    months = None if flt.parties else flt.month_where()
    if months is not None:  # counted per month already: read the counts
        node_where = replace(months, clauses=[*months.clauses], params=[*months.params]).add("p.partner = '*'")
        node_sql = _MONTH_NODES.format(where=node_where.sql(), limit="LIMIT ?" if top else "")
        found = db.query(node_sql, [*node_where.params, *([top] if top else [])])
    else:
        where = flt.where().add("i.parties LIKE ?", "%|%")
        node_sql = _NODES.format(where=where.sql(), only="", limit="LIMIT ?" if top else "")
        found = db.query(node_sql, [*where.params, *([top] if top else [])])
    nodes = [
        {
            "id": code,
            "label": party_name(code),
            "type": "organisation" if is_org(code) else "state",
            "interactions": int(n),
            "first": first,
            "last": last,
        }
        for code, n, first, last in found
    ]
    if months is not None:
        months.add("p.partner NOT IN ('', '*') AND p.party < p.partner")
        if top:
            chosen = [n["id"] for n in nodes]
            months.add("p.party IN (SELECT unnest(CAST(? AS TEXT[])))", chosen)
            months.add("p.partner IN (SELECT unnest(CAST(? AS TEXT[])))", chosen)
        edges = [
            {"source": s, "target": t, "weight": int(w), "first": first, "last": last}
            for s, t, w, first, last in db.query(_MONTH_EDGES.format(where=months.sql()), months.params)
        ]
        return Network(nodes, edges)
    only, params = "", list(where.params)
    if top:
        only = "WHERE party IN (SELECT unnest(CAST(? AS TEXT[])))"
        params.append([n["id"] for n in nodes])
    edges = [
        {"source": s, "target": t, "weight": int(w), "first": first, "last": last}
        for s, t, w, first, last in db.query(_EDGES.format(where=where.sql(), only=only), params)
    ]
    return Network(nodes, edges)


NODE_COLUMNS = (
    Column("id", "code"),
    Column("label", "name"),
    Column("type", "type"),
    Column("interactions", "interactions", numeric=True),
    Column("first", "first"),
    Column("last", "last"),
)
EDGE_COLUMNS = (
    Column("source", "source"),
    Column("target", "target"),
    Column("weight", "weight", numeric=True),
    Column("first", "first"),
    Column("last", "last"),
)


def network(db: Backend, flt: InteractionFilter) -> Result:
    net = network_of(db, flt)
    what = flt.describe()
    span = f" ({what})" if what else ""
    return Result(
        data={"filter": flt.as_json(), "nodes": net.nodes, "edges": net.edges},
        tables=[
            Table(f"{len(net.edges)} edges{span}", EDGE_COLUMNS, net.edges),
            Table(f"{len(net.nodes)} nodes{span}", NODE_COLUMNS, net.nodes),
        ],
        flat=Table("edges", EDGE_COLUMNS, net.edges),
    )
