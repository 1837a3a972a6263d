"""`readout code` end to end: JSONL and table output, and bad input in a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.cli import main
from texts import READOUT


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_code_writes_one_record_per_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path / "wang-wong.txt", READOUT)
    out = tmp_path / "out.jsonl"
    assert main(["code", str(src), "-o", str(out)]) == 0
    (rec,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert rec["doc_id"] == "wang-wong"
    (ev,) = rec["events"]
    assert ev["kind"] == "meeting" and ev["date"] == "2022-12-21"
    assert ev["location"]["name"] == "Beijing" and ev["location"]["country"] == "CHN"
    assert {p["country"] for p in ev["participants"]} == {"CHN", "AUS"}
    assert ev["mode"] == "host"
    assert "coded 1 document(s), 0 failed" in capsys.readouterr().err


def test_table_format_is_a_human_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path / "wang-wong.txt", READOUT)
    assert main(["code", str(src), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "== wang-wong:" in out
    assert "meeting 2022-12-21 in Beijing (CHN)" in out
    assert "Penny Wong [AUS]" in out


def test_bad_inputs_each_give_one_error_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    _write(folder / "a-good.txt", READOUT)
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "d-latin1.txt").write_bytes("Caf\xe9 na\xefve r\xe9sum\xe9 ".encode("latin-1") * 20)
    _write(
        folder / "e-french.txt",
        "Le ministre des Affaires étrangères a rencontré son homologue à Paris. " * 10,
    )
    with (folder / "f-huge.txt").open("wb") as fh:  # 50 MB, sparse: fast to make
        fh.seek(50 * 1024 * 1024 - 1)
        fh.write(b"\0")
    good_line = json.dumps({"id": "j1", "text": READOUT, "published": "2022-12-22"})
    _write(folder / "g-docs.jsonl", good_line + "\n" + '{"id": "j2", "text": "trunc' + "\n")
    _write(folder / "h-broken.html", "<html><body><div><p>" + READOUT.replace("\n", "<br>") + "</div><p>unclosed")
    out = tmp_path / "out.jsonl"
    status = main(["code", str(folder), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1, "some inputs failed: the exit status says so"
    ids = [json.loads(line)["doc_id"] for line in out.read_text().splitlines()]
    assert ids == ["a-good", "j1", "h-broken"]
    errors = [line for line in err.splitlines() if line.startswith("readout: error:")]
    for name in (
        "b-empty.txt",
        "c-binary.txt",
        "d-latin1.txt",
        "e-french.txt",
        "f-huge.txt",
        "g-docs.jsonl:2",
    ):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert len(errors) == 6


def test_missing_path_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt" in capsys.readouterr().err
