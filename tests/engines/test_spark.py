"""The Spark engine in local mode: the same records as the local engines, and bad rows as errors.

One small SparkSession (local[2], UI off, loopback) serves the whole module. The tests skip,
with the reason, when pyspark or Java is missing (CI installs both).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from readout.engines.local import code_documents, code_one
from readout.ingest import read_documents
from readout.model import Record
from texts import READOUT

from ._support import DEV, EXAMPLES, FRENCH, HELDOUT, canonical, code_or_raise

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[dev]')")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
spark_engine = pytest.importorskip("readout.engines.spark")

if shutil.which("java") is None:
    pytest.skip(
        "Java is not installed: Spark needs it (.ci/run installs default-jre-headless)", allow_module_level=True
    )

CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "2",
    "spark.default.parallelism": "2",
    "spark.driver.memory": "1g",
}


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = spark_engine.session("local[2]", app_name="readout-tests", conf=CONF)
    yield session
    session.stop()


def _spark_records(spark: Any, paths: list[Path]) -> tuple[list[str], list[Any]]:
    """Records (canonical JSON, sorted by id) and error rows of the Spark engine over JSONL paths."""
    docs = spark_engine.read_inputs(spark, [str(p) for p in paths])
    records, errors = spark_engine.code_dataframe_with_errors(docs, partitions=4)
    rows = sorted(records.collect(), key=lambda r: r["doc_id"])
    failed = errors.collect()
    spark.catalog.clearCache()
    return [json.dumps(spark_engine.record_dict(r), sort_keys=True, ensure_ascii=False) for r in rows], failed


@pytest.mark.parametrize("name", ["examples", "heldout", "dev"])
def test_local_pool_and_spark_give_identical_records(spark: Any, name: str) -> None:
    path = {"examples": EXAMPLES, "heldout": HELDOUT, "dev": DEV}[name]
    if not path.is_file():
        pytest.skip(f"shared data not available: {path} is absent")
    docs = list(read_documents([path]))
    one = canonical(code_documents(docs, 1))
    pool = canonical(code_documents(docs, 2, chunk=4, min_parallel=0))
    assert pool == one, "the process pool gives the in-process results, in order"
    assert all(line.startswith("{") for line in one), "the bundled sets read and code without errors"
    got, failed = _spark_records(spark, [path])
    assert failed == []
    by_id = sorted(one, key=lambda line: json.loads(line)["doc_id"])
    assert len(got) == len(by_id) == len(docs)
    assert got == by_id


def _parquet(path: Path, rows: list[dict[str, Any]]) -> Path:
    """A Parquet file of documents; a bytes ``text`` goes in as a string column unchecked (bad UTF-8 and all)."""
    texts = pa.array([r.get("text") for r in rows], pa.binary()).view(pa.string())
    table = pa.table(
        {
            "id": pa.array([r["id"] for r in rows], pa.string()),
            "text": texts,
            "published": pa.array([r.get("published") for r in rows], pa.string()),
        }
    )
    pq.write_table(table, path)
    return path


def test_malformed_rows_are_errors_and_the_others_are_intact(spark: Any, tmp_path: Path) -> None:
    good = READOUT.encode()
    rows = [
        {"id": "good-1", "text": good, "published": "2022-12-22"},
        {"id": "null-text", "text": None},
        {"id": "huge", "text": b"The talks were held. " * (50 * 1024 * 1024 // 21 + 1)},  # 50 MB
        {"id": "bad-utf8", "text": good[:40] + b"\xff\xfe" + good[40:]},
        {"id": "french", "text": FRENCH.encode()},
        {"id": "bad-date", "text": good, "published": "22/12/2022"},
        {"id": "good-2", "text": good},
    ]
    df = spark.read.parquet(str(_parquet(tmp_path / "docs.parquet", rows)))
    records, errors = spark_engine.code_dataframe_with_errors(df, partitions=3)
    reasons = {e["id"]: e["reason"] for e in errors.collect()}
    got = {r["doc_id"]: spark_engine.record_dict(r) for r in records.collect()}
    spark.catalog.clearCache()
    assert reasons == {
        "null-text": "missing 'text'",
        "huge": "text is 52,428,810 bytes, over the limit of 10,000,000 bytes",
        "bad-utf8": "'text' is not UTF-8: byte 0xff at byte offset 40",
        "french": "text does not look like English",
        "bad-date": "'published' must be YYYY-MM-DD or null, not '22/12/2022'",
    }
    assert sorted(got) == ["good-1", "good-2"]
    local = {r.doc_id: r.to_dict() for r in code_documents(read_documents([_jsonl(tmp_path, rows[:1] + rows[-1:])]))}
    assert got == local


def _jsonl(folder: Path, rows: list[dict[str, Any]]) -> Path:
    path = folder / "docs.jsonl"
    lines = [json.dumps({**r, "text": r["text"].decode()}) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_engine_exception_is_an_error_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """The executor-side function, run in-process: a raising engine costs only its row."""
    monkeypatch.setattr(spark_engine, "code_one", partial(code_one, coder=code_or_raise))
    batch = pa.RecordBatch.from_pydict(
        {"id": ["a", "boom", "b"], "text": [READOUT] * 3},
        schema=pa.schema([("id", pa.string()), ("text", pa.string())]),
    )
    (out,) = list(spark_engine.code_batches([batch]))
    rows = out.to_pylist()
    assert [r["doc_id"] for r in rows] == ["a", "boom", "b"]
    assert [r["error"] for r in rows] == [None, "could not be coded: RuntimeError: engine broke", None]
    assert rows[0]["events"] and rows[2]["events"]


def test_cli_spark_writes_records_and_errors_as_parquet(spark: Any, tmp_path: Path, capsys: Any) -> None:
    from readout.cli import main

    lines = [
        json.dumps({"id": "j1", "text": READOUT, "published": "2022-12-22"}),
        '{"id": "j2", "text": "trunc',
        json.dumps({"id": "j3", "text": None}),
        json.dumps({"id": "j4", "text": READOUT, "title": "Talks"}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pq.write_table(pa.table({"id": ["p1"], "text": [READOUT]}), tmp_path / "in.parquet")
    out = tmp_path / "out"
    paths = [str(src), str(tmp_path / "in.parquet"), str(tmp_path / "missing.jsonl")]
    status = main(["code", "--engine", "spark", "--master", "local[2]", *paths, "-o", str(out)])
    assert status == 1
    records = pq.read_table(out / "records").to_pylist()
    assert sorted(r["doc_id"] for r in records) == ["j1", "j4", "p1"]
    errors = sorted(pq.read_table(out / "errors").to_pylist(), key=lambda e: str(e["reason"]))
    assert [(e["id"], e["reason"]) for e in errors] == [
        ("j3", "missing 'text'"),
        (None, "no such file or directory"),
        (None, "not valid JSON, or not a JSON object"),
    ]
    assert errors[1]["source"].endswith("missing.jsonl") and errors[2]["source"].endswith("in.jsonl")
    err = capsys.readouterr().err
    assert "coded 3 document(s), 3 failed" in err
    assert not spark.sparkContext._jsc.sc().isStopped(), "a session the command did not create stays up"


def test_warc_files_give_the_local_engine_results(spark: Any, tmp_path: Path) -> None:
    from ingest.test_warc import PAGES, write_warc

    pdf = ("https://mfa.example/a.pdf", "200 OK", "application/pdf", b"%PDF-1.4")
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [*PAGES, pdf])
    local = list(code_documents(read_documents([warc])))
    got, failed = _spark_records(spark, [warc])
    assert got == sorted(c for c in canonical(local) if c.startswith("{")) and len(got) == 4
    expected = [(e.where.replace(str(warc), f"file:{warc}"), e.reason) for e in local if not isinstance(e, Record)]
    assert [(e["source"], e["reason"]) for e in failed] == expected and len(expected) == 1


def test_docs_state_the_records_schema() -> None:
    """docs/scaling.md's schema block is RECORD_SCHEMA (comments and spacing aside)."""
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "scaling.md").read_text(encoding="utf-8")
    block = doc.split("<!-- records-schema -->")[1].split("<!-- /records-schema -->")[0].strip().strip("`")
    stated = re.sub(r"\s+", "", re.sub(r"--[^\n]*", "", block))
    schema = spark_engine.spark_schema(spark_engine.RECORD_SCHEMA)
    assert stated == ",".join(f"{f.name}:{f.dataType.simpleString()}" for f in schema.fields)


def test_records_schema_round_trips_a_record() -> None:
    """The Arrow schema holds every field of a Record, and record_dict reads it back unchanged."""
    rec = next(r for r in code_documents(read_documents([EXAMPLES])) if isinstance(r, Record) and r.stances)
    table = pa.Table.from_pylist([spark_engine.record_row(rec)], schema=spark_engine.RECORD_SCHEMA)
    assert table.column_names == list(rec.to_dict())

    class Row(dict[str, Any]):
        def asDict(self, recursive: bool = False) -> dict[str, Any]:  # noqa: N802 - pyspark's name
            return dict(self)

    row = table.to_pylist()[0]
    row["topic_evidence"] = dict(row["topic_evidence"])
    assert spark_engine.record_dict(Row(row)) == rec.to_dict()
