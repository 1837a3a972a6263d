"""``--format graphml``: the meeting network as GraphML, for Gephi, networkx, igraph, yEd.

The graph of ``readout network`` over the whole store: one node per state or organisation
(``label`` its name, ``type`` state or organisation, ``interactions`` its number of
interactions with others), one undirected edge per pair that took part in an interaction
together, ``weight`` the number of such interactions, ``first`` and ``last`` their dates.
Written with the standard library, so no graph package is needed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import IO, Any

from readout.analyse.filters import InteractionFilter
from readout.analyse.network import network_of
from readout.store.backends import Backend

NS = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

# (id, for, attr.type) of each attribute; the id is also its name.
KEYS = (
    ("label", "node", "string"),
    ("type", "node", "string"),
    ("interactions", "node", "int"),
    ("weight", "edge", "double"),
    ("first", "edge", "string"),
    ("last", "edge", "string"),
)


def _data(parent: ET.Element, key: str, value: Any) -> None:
    if value is None:
        return
    el = ET.SubElement(parent, "data", key=key)
    el.text = value.isoformat() if hasattr(value, "isoformat") else str(value)


def graph(db: Backend, flt: InteractionFilter | None = None) -> ET.ElementTree:
    net = network_of(db, flt or InteractionFilter())
    root = ET.Element("graphml", {"xmlns": NS, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA})
    for key, target, kind in KEYS:
        ET.SubElement(root, "key", {"id": key, "for": target, "attr.name": key, "attr.type": kind})
    g = ET.SubElement(root, "graph", id="readout", edgedefault="undirected")
    for node in net.nodes:
        el = ET.SubElement(g, "node", id=node["id"])
        for key in ("label", "type", "interactions"):
            _data(el, key, node[key])
    for i, edge in enumerate(net.edges):
        el = ET.SubElement(g, "edge", id=f"e{i}", source=edge["source"], target=edge["target"])
        _data(el, "weight", float(edge["weight"]))
        _data(el, "first", edge["first"])
        _data(el, "last", edge["last"])
    tree = ET.ElementTree(root)
    ET.indent(tree)
    return tree


def write(db: Backend, out: IO[str]) -> str:
    """Write the GraphML document; returns a summary of what was written."""
    tree = graph(db)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    tree.write(out, encoding="unicode")
    out.write("\n")
    nodes, edges = len(tree.findall("graph/node")), len(tree.findall("graph/edge"))
    return f"{nodes} nodes, {edges} edges"
