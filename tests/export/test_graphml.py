"""`readout export --format graphml`: the meeting network, as networkx (and so Gephi) reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import json_of
from readout.cli import main

nx = pytest.importorskip("networkx")


def test_graphml_is_the_network(corpus_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "meetings.graphml"
    assert main(["export", "--format", "graphml", "-o", str(out), "--db", corpus_store]) == 0
    assert "nodes" in capsys.readouterr().err
    graph = nx.read_graphml(out)
    assert not graph.is_directed()
    network = json_of(capsys, "network", "--db", corpus_store)
    assert sorted(graph.nodes) == sorted(n["id"] for n in network["nodes"])
    assert graph.number_of_edges() == len(network["edges"])
    for node in network["nodes"]:
        attrs = graph.nodes[node["id"]]
        assert (attrs["label"], attrs["type"], attrs["interactions"]) == (
            node["label"],
            node["type"],
            node["interactions"],
        )
    for edge in network["edges"]:
        attrs = graph.edges[edge["source"], edge["target"]]
        assert attrs["weight"] == float(edge["weight"])
        assert (attrs.get("first"), attrs.get("last")) == (edge["first"], edge["last"])
    assert graph.nodes["CHN"]["label"] == "China" and graph.nodes["UN"]["type"] == "organisation"
    timeline = json_of(capsys, "timeline", "CHN", "USA", "--db", corpus_store)
    assert graph.edges["CHN", "USA"]["weight"] == timeline["total"]
    assert graph.edges["CHN", "USA"]["last"] == "2024-04-02"
