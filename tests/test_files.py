"""No command overwrites what it reads: outputs are checked against the inputs and the store,
and written through a temporary file renamed into place when complete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.cli import main
from readout.files import OutputRefused, check_output, replace_when_done
from texts import READOUT


def test_an_input_is_never_an_output(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text("{}\n", encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(src)
    folder = tmp_path / "in"
    folder.mkdir()
    for out, reads, why in (
        (src, [src], "is an input"),
        (tmp_path / "link.jsonl", [src], "is an input"),
        (tmp_path / "." / "a.jsonl", [str(src)], "is an input"),
        (folder / "sub" / "x.jsonl", [folder], "does not exist"),
        (folder / "x.jsonl", [folder], "inside the input folder"),
        (tmp_path / "nope" / "x.jsonl", [], "does not exist"),
        (folder, [], "is a folder"),
    ):
        with pytest.raises(OutputRefused, match=why):
            check_output(out, reads, (".jsonl",))
    check_output(folder / "x.csv", [folder], (".jsonl",))  # not a kind the folder's reader takes
    check_output(tmp_path / "b.jsonl", [src, "https://example.org/a.jsonl"], (".jsonl",))


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    with pytest.raises(RuntimeError), replace_when_done(out) as handle:
        handle.write("half")
        raise RuntimeError("interrupted")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left
    with replace_when_done(out) as handle:
        handle.write("new\n")
    assert out.read_text(encoding="utf-8") == "new\n" and out.stat().st_mode & 0o777 == 0o640


def test_code_refuses_to_write_onto_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "docs.jsonl"
    line = json.dumps({"id": "d1", "text": READOUT}) + "\n"
    src.write_text(line, encoding="utf-8")
    assert main(["code", str(src), "-o", str(src)]) == 2
    assert capsys.readouterr().err == f"readout: error: {src}: is an input of this command (left untouched)\n"
    assert src.read_text(encoding="utf-8") == line
    assert main(["code", str(src), "-o", str(tmp_path / "missing" / "out.jsonl")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    out = tmp_path / "out.jsonl"
    assert main(["code", str(src), "-o", str(out), "-q"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["doc_id"] == "d1"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover", "cameo", "graphml"])
def test_export_refuses_to_write_onto_the_store(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "s.duckdb"
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "d1", "text": READOUT}) + "\n", encoding="utf-8")
    assert main(["ingest", str(src), "--db", str(store), "-q"]) == 0
    before = store.read_bytes()
    assert main(["export", "--format", fmt, "--db", str(store), "-o", str(store)]) == 2
    assert "is an input of this command" in capsys.readouterr().err
    assert store.read_bytes() == before
    assert main(["sql", "SELECT COUNT(*) AS n FROM documents", "--db", str(store), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 1}]
