"""`readout stances`: the holder x issue matrix, counted in documents, checked against the engine's records."""

from __future__ import annotations

from typing import Any

import pytest

from reading import csv_of, json_of, run


def _expected(records: list[dict[str, Any]], target: str | None = None, since: str = "") -> dict[tuple[str, str], Any]:
    """(holder, issue) -> [supports, opposes, targets], counting documents, from the records themselves."""
    cells: dict[tuple[str, str], Any] = {}
    for rec in records:
        dates = [e["date"] for e in rec["events"] if e["date"]]
        when = rec["published"] or (min(dates) if dates else None)
        if since and (when is None or when < since):
            continue
        seen = set()
        for s in rec["stances"]:
            if target and s["target"] != target:
                continue
            cell = cells.setdefault((s["holder"], s["issue"]), [0, 0, set()])
            if (s["holder"], s["issue"], s["alignment"]) not in seen:
                cell[0 if s["alignment"] == "supports" else 1] += 1
                seen.add((s["holder"], s["issue"], s["alignment"]))
            if s["target"]:
                cell[2].add(s["target"])
    return cells


def _cells(out: dict[str, Any]) -> dict[tuple[str, str], Any]:
    return {(c["holder"], c["issue"]): [c["supports"], c["opposes"], set(c["targets"])] for c in out["cells"]}


def test_the_matrix_is_the_records(
    corpus_store: str, engine_records: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    out = json_of(capsys, "stances", "--db", corpus_store)
    assert _cells(out) == _expected(engine_records)
    assert out["holders"] == sorted({c["holder"] for c in out["cells"]})
    cells = _cells(out)
    assert cells["AUS", "XINJIANG"][1] >= 1 and "CHN" in cells["AUS", "XINJIANG"][2]  # Penny Wong's concern
    assert cells["CHN", "TAIWAN"][0] + cells["CHN", "TAIWAN"][1] >= 1


def test_target_and_period(
    corpus_store: str, engine_records: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    on_china = json_of(capsys, "stances", "--target", "China", "--db", corpus_store)
    assert _cells(on_china) == _expected(engine_records, target="CHN")
    assert all(c["targets"] == ["CHN"] for c in on_china["cells"])
    recent = json_of(capsys, "stances", "--since", "2023", "--db", corpus_store)
    assert _cells(recent) == _expected(engine_records, since="2023-01-01")
    assert len(recent["cells"]) < len(json_of(capsys, "stances", "--db", corpus_store)["cells"])


def test_table_and_csv(corpus_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = csv_of(capsys, "stances", "--target", "CHN", "--db", corpus_store)
    assert list(rows[0]) == ["holder", "issue", "supports", "opposes", "targets"]
    (aus,) = [r for r in rows if (r["holder"], r["issue"]) == ("AUS", "XINJIANG")]
    assert int(aus["opposes"]) >= 1 and aus["targets"] == "CHN"
    out = " ".join(run(capsys, "stances", "--db", corpus_store).split())
    assert "holder x issue" in out and "XINJIANG" in out and "AUS" in out
