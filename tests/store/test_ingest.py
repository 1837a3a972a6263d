"""`readout ingest`: documents stored once with their codings, versions, bad input, one transaction per batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.cli import main
from readout.extract.pipeline import code_document
from readout.ingest import read_documents
from readout.model import Document
from readout.store import Backend, open_store
from readout.store import ingest as ingest_module
from readout.store.ingest import ingest
from readout.store.records import load_record

from ._support import DATA, EXAMPLES, corpus, problems, row_counts

WONG = DATA / "cn-mfa-wang-yi-penny-wong-talks.txt"


def _twice(db: Backend, paths: list[str]) -> None:
    """Ingest ``paths``, then again: the second run stores nothing and leaves every count as it was."""
    first = ingest(db, read_documents(paths))
    assert first.failed == 0 and first.coded > 0 and first.skipped == 0
    counts = row_counts(db)
    assert counts["documents"] == counts["codings"] == first.coded
    assert counts["events"] > 0 and counts["evidence"] > counts["events"]
    again = ingest(db, read_documents(paths))
    assert (again.coded, again.skipped, again.failed) == (0, first.coded, 0)
    assert again.links is not None and (again.links.attached, again.links.created) == (0, 0)
    assert row_counts(db) == counts
    assert problems(db) == {}


def test_ingesting_the_examples_again_changes_nothing(db: Backend) -> None:
    _twice(db, [str(p) for p in EXAMPLES])


def test_ingesting_the_examples_and_the_dev_set_again_changes_nothing(db: Backend, shared: Path) -> None:
    _twice(db, [*map(str, EXAMPLES), str(shared / "gold" / "dev.jsonl")])


def test_every_stored_coding_is_the_engines_record(db: Backend) -> None:
    docs = [d for d in read_documents(corpus()) if isinstance(d, Document)]
    ingest(db, docs)
    rows = db.query(
        "SELECT c.coding_id, d.doc_key FROM codings c JOIN documents d ON d.doc_key = c.doc_key WHERE c.current"
    )
    by_key = {key: cid for cid, key in rows}
    from readout.store.documents import doc_key

    assert len(by_key) == len(docs)
    for doc in docs:
        assert load_record(db, by_key[doc_key(doc)]).to_dict() == code_document(doc).to_dict(), doc.id


def test_a_changed_text_under_the_same_id_is_a_new_version(db: Backend) -> None:
    text = WONG.read_text(encoding="utf-8")
    old = Document("wang-wong", text, source="a.txt")
    new = Document("wang-wong", text.replace("energy and climate change", "energy, mining and climate change"))
    assert ingest(db, [old]).coded == 1
    assert ingest(db, [new, old]).coded == 1  # the old text again is already stored
    rows = db.query(
        "SELECT d.version, c.current FROM documents d JOIN codings c ON c.doc_key = d.doc_key "
        "WHERE d.doc_id = 'wang-wong' ORDER BY d.version"
    )
    assert rows == [(1, False), (2, True)]
    assert problems(db) == {}


def test_two_versions_in_one_batch_keep_input_order(db: Backend) -> None:
    text = WONG.read_text(encoding="utf-8")
    docs = [Document("x", text), Document("x", text + "\nThe talks were candid.\n")]
    assert ingest(db, docs).coded == 2
    current = db.query(
        "SELECT d.version, d.text FROM documents d JOIN codings c ON c.doc_key = d.doc_key WHERE c.current"
    )
    assert current == [(2, docs[1].text)]
    assert problems(db) == {}


def test_the_same_content_under_another_id_is_stored_once(db: Backend) -> None:
    text = WONG.read_text(encoding="utf-8")
    counts = ingest(db, [Document("a", text), Document("b", text)])
    assert (counts.coded, counts.skipped) == (1, 1)
    assert [r[0] for r in db.query("SELECT doc_id FROM documents")] == ["a"]


def test_a_batch_that_cannot_be_written_fails_only_its_culprit(db: Backend, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_module.store_new

    def flaky(store: Backend, batch: list[ingest_module.Coded]) -> list[ingest_module.Coded]:
        if any(c.doc.id == "ex-005" for c in batch):
            store.query("SELECT CAST('not a number' AS INTEGER)")  # a real database error
        return real(store, batch)

    monkeypatch.setattr(ingest_module, "store_new", flaky)
    failures: list[tuple[str, str | None]] = []
    counts = ingest(
        db,
        read_documents(corpus()[:1]),
        notify=lambda outcome, where, reason: failures.append((where, reason)) if outcome == "failed" else None,
        batch_size=8,
    )
    assert counts.failed == 1 and counts.coded > 8
    ((where, reason),) = failures
    assert where.endswith("readouts.jsonl:5") and reason and reason.startswith("could not be stored:")
    assert row_counts(db)["documents"] == counts.coded
    assert problems(db) == {}


def test_cli_ingest_reports_bad_inputs_and_goes_on(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.txt").write_text(WONG.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    good = {"id": "c-1", "text": (DATA / "au-dfat-wong-visit-to-china.txt").read_text(encoding="utf-8")}
    (folder / "c.jsonl").write_text(json.dumps(good) + "\n[1, 2]\n", encoding="utf-8")
    assert main(["ingest", str(folder), str(tmp_path / "missing.txt"), "--db", store_url]) == 1
    err = capsys.readouterr().err.splitlines()
    errors = [line for line in err if line.startswith("readout: error:")]
    assert len(errors) == 3
    assert any("b-empty.txt: file is empty" in e for e in errors)
    assert any("c.jsonl:2: a JSON array, not an object" in e for e in errors)
    assert any("missing.txt: no such file or directory" in e for e in errors)
    assert err[-1].startswith("readout: ingest: 2 coded, 0 skipped (already stored), 3 failed; 1 interaction(s)")
    assert main(["ingest", str(folder / "a-good.txt"), "--db", store_url, "-v"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "readout: skipped a-good (already stored)"
    assert "0 coded, 1 skipped (already stored), 0 failed" in err[-1]
    with open_store(store_url) as db:
        assert row_counts(db)["documents"] == 2


def test_cli_ingest_defaults_to_readout_duckdb_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(WONG), "-q"]) == 0
    assert (tmp_path / "readout.duckdb").is_file()


def test_ingest_in_a_process_pool_stores_what_one_process_stores(tmp_path: Path) -> None:
    """Coding in two worker processes gives the same rows as coding in this one (DuckDB: the
    coding, not the backend, is under test)."""
    paths = [str(p) for p in EXAMPLES]
    results = []
    for workers in (1, 2):
        store = open_store(str(tmp_path / f"workers-{workers}.duckdb"))
        try:
            counts = ingest(store, read_documents(paths), workers=workers, min_parallel=1, batch_size=8)
            docs = store.query("SELECT doc_id, version FROM documents ORDER BY doc_id, version")
            results.append(((counts.coded, counts.skipped, counts.failed), row_counts(store), docs))
        finally:
            store.close()
    assert results[0][0][0] > 0
    assert results[0] == results[1]
