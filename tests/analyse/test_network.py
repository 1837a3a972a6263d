"""`readout network`: parties as nodes, interactions between them as weighted edges."""

from __future__ import annotations

import itertools

import pytest

from reading import csv_of, json_of


def test_edges_count_interactions_of_each_pair(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    net = json_of(capsys, "network", "--db", corpus_store)
    events = json_of(capsys, "events", "--db", corpus_store)["interactions"]
    expected: dict[tuple[str, str], list[str | None]] = {}
    for r in events:
        for pair in itertools.combinations(sorted(r["parties"]), 2):
            expected.setdefault(pair, []).append(r["date"])
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert set(edges) == set(expected)
    for pair, dates in expected.items():
        edge = edges[pair]
        assert edge["weight"] == len(dates)
        known = sorted(d for d in dates if d)
        assert (edge["first"], edge["last"]) == ((known[0], known[-1]) if known else (None, None))
    timeline = json_of(capsys, "timeline", "CHN", "USA", "--db", corpus_store)
    assert edges["CHN", "USA"]["weight"] == timeline["total"]
    # The C5+1 meeting joins each of its six parties to the five others.
    assert {("KGZ", "USA"), ("KAZ", "TJK"), ("TKM", "UZB")} <= set(edges)
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["CHN"]["label"] == "China" and nodes["CHN"]["type"] == "state"
    assert nodes["UN"]["type"] == "organisation" and nodes["UN"]["label"] == "United Nations"
    for code, node in nodes.items():
        assert node["interactions"] == sum(code in r["parties"] and len(r["parties"]) > 1 for r in events)
    assert set(nodes) == {p for pair in edges for p in pair}


def test_a_period_and_csv(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = csv_of(capsys, "network", "--since", "2023", "--until", "2023", "--kind", "meeting", "--db", corpus_store)
    assert list(rows[0]) == ["source", "target", "weight", "first", "last"]
    assert all("2023-01-01" <= r["first"] <= r["last"] <= "2023-12-31" for r in rows)
    (chn_usa,) = [r for r in rows if (r["source"], r["target"]) == ("CHN", "USA")]
    assert int(chn_usa["weight"]) == 2  # Jakarta and New York; the 2024 call is outside the period


def test_the_top_parties_and_the_edges_between_them(corpus_store: str) -> None:
    """``top``: the most active parties, and of the whole network's edges those between them."""
    from readout.analyse.filters import InteractionFilter
    from readout.analyse.network import network_of
    from readout.store import open_store

    with open_store(corpus_store, create=False, read_only=True) as db:
        whole = network_of(db, InteractionFilter())
        top = network_of(db, InteractionFilter(), top=4)
    assert top.nodes == whole.nodes[:4]
    kept = {n["id"] for n in top.nodes}
    assert top.edges == [e for e in whole.edges if e["source"] in kept and e["target"] in kept]
    assert any(e["weight"] > 1 for e in top.edges)  # interactions of one set of parties counted together
