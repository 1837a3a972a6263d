"""The Spark engine: code a DataFrame of documents wherever Spark runs (``local[*]``, YARN,
Kubernetes, Databricks, EMR, Dataproc).

Python entry points (schema and cluster notes: ``docs/scaling.md``)::

    from readout.engines.spark import code_dataframe, code_dataframe_with_errors
    records = code_dataframe(df)                      # df: id, text [, title, published, publisher, url]
    records, errors = code_dataframe_with_errors(df)  # errors: id, reason, source

Coding runs in ``mapInArrow``: each Python worker process loads the engine (gazetteers,
compiled patterns) once, on its first batch, and keeps it for every later batch and task
(Spark reuses Python workers). A row the engine cannot code (null or empty text, text over
10 MB, bytes that are not UTF-8, text that is not English, an engine exception) becomes one
row of the errors output with its reason, checked by the same code as the local engine's
JSONL reader; no other row is affected. ``readout code --engine spark`` is ``run``.

pyspark is imported by this module only; ``readout`` never imports it otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from readout.engines.local import code_one, warm_up
from readout.ingest.documents import Bad
from readout.ingest.readers import MAX_BYTES, fields_document
from readout.model import Document, IngestError, Record

# ----------------------------------------------------------------------------------------
# schemas

_STR = pa.string()
SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])
SPANS = pa.list_(SPAN)
PARTICIPANT = pa.struct([("name", _STR), ("country", _STR), ("org", _STR), ("title", _STR)])
LOCATION = pa.struct([("name", _STR), ("country", _STR), ("lat", pa.float64()), ("lon", pa.float64())])
EVENT = pa.struct(
    [
        ("kind", _STR),
        ("date", _STR),
        ("location", LOCATION),
        ("participants", pa.list_(PARTICIPANT)),
        ("mode", _STR),
        ("cameo", _STR),
        ("plover", pa.struct([("type", _STR), ("mode", _STR)])),
        ("evidence", SPANS),
    ]
)
STANCE = pa.struct([("holder", _STR), ("target", _STR), ("issue", _STR), ("alignment", _STR), ("evidence", SPANS)])
STATEMENT = pa.struct([("speaker", _STR), ("country", _STR), ("text", _STR), ("evidence", SPANS)])

RECORD_SCHEMA = pa.schema(
    [
        ("doc_id", _STR),
        ("title", _STR),
        ("is_readout", pa.bool_()),
        ("events", pa.list_(EVENT)),
        ("stances", pa.list_(STANCE)),
        ("topics", pa.list_(_STR)),
        ("statements", pa.list_(STATEMENT)),
        ("publisher", _STR),
        ("publisher_country", _STR),
        ("published", _STR),
        ("url", _STR),
        ("engine", _STR),
        ("topic_evidence", pa.map_(_STR, SPANS)),
    ]
)
"""One row per coded document: the fields of ``Record`` (spec/record.md), spans as structs."""

ERROR_COLUMNS = ("error", "source")
CODED_SCHEMA = pa.schema([*RECORD_SCHEMA, pa.field("error", _STR), pa.field("source", _STR)])
"""What the coding step yields: a record row (error null) or an error row (doc_id, error, source)."""

DOC_FIELDS = ("id", "text", "title", "published", "publisher", "url")
DOCS_SCHEMA = pa.schema([(name, _STR) for name in (*DOC_FIELDS, "_reject", "_source")])
"""Documents as the readers hand them over: ``_reject`` (a reason) marks an input refused on
reading, ``_source`` names the file a row came from."""

JSON_DDL = ", ".join(f"{name} string" for name in (*DOC_FIELDS, "_corrupt_record"))
JSON_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)
WARC_SUFFIXES = (".warc", ".warc.gz")
OUT_BATCH = 256  # rows per Arrow batch handed back to Spark
DEFAULT_MASTER = "local[*]"


# ----------------------------------------------------------------------------------------
# executor side: Arrow batches in, Arrow batches out (these run in Spark's Python workers)


def _column_values(array: pa.Array) -> list[Any]:
    """Python values of a column, strings as raw bytes so one row's bad UTF-8 cannot fail the batch."""
    if pa.types.is_string(array.type):
        array = array.view(pa.binary())
    elif pa.types.is_large_string(array.type):
        array = array.view(pa.large_binary())
    return array.to_pylist()


def _text(value: Any) -> str | None:
    """A value for an error message: bytes decoded leniently."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def row_document(fields: dict[str, Any], max_bytes: int = MAX_BYTES) -> Document:
    """The Document of one input row, or Bad with the reason it cannot be coded."""
    if fields.get("_reject") is not None:
        raise Bad(_text(fields["_reject"]) or "refused on reading")
    text = fields.get("text")
    if isinstance(text, str | bytes):
        size = len(text.encode("utf-8")) if isinstance(text, str) else len(text)
        if size > max_bytes:
            raise Bad(f"text is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    record: dict[str, Any] = {}
    for name in DOC_FIELDS:
        value = fields.get(name)
        if isinstance(value, bytes):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError as err:
                where = f"byte 0x{value[err.start]:02x} at byte offset {err.start:,}"
                raise Bad(f"'{name}' is not UTF-8: {where}") from None
        record[name] = value
    return fields_document(record, where=_text(fields.get("_source")) or str(record.get("id")))


def record_row(rec: Record) -> dict[str, Any]:
    """A Record as a row of ``RECORD_SCHEMA``."""
    row = rec.to_dict()

    def spans(items: list[list[int]]) -> list[dict[str, int]]:
        return [{"start": a, "end": b} for a, b in items]

    for key in ("events", "stances", "statements"):
        for item in row[key]:
            item["evidence"] = spans(item["evidence"])
    row["topic_evidence"] = [(k, spans(v)) for k, v in row["topic_evidence"].items()]
    return row


def code_row(fields: dict[str, Any]) -> dict[str, Any]:
    """One input row in, one row of ``CODED_SCHEMA`` out: its record, or its error."""
    doc_id = _text(fields.get("id"))
    source = _text(fields.get("_source"))
    try:
        result = code_one(row_document(fields))
        if isinstance(result, Record):
            return {**record_row(result), "error": None, "source": None}
        reason = result.reason
    except Bad as bad:
        reason = str(bad)
    except Exception as exc:  # noqa: BLE001 - one bad row must not fail the task
        reason = f"could not be coded: {type(exc).__name__}: {exc}"
    return {"doc_id": doc_id, "error": reason, "source": source}


def code_batches(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: input document batches to ``CODED_SCHEMA`` batches."""
    warm_up()  # once per Python worker process: later calls find the tables cached
    rows: list[dict[str, Any]] = []
    for batch in batches:
        columns = {name: _column_values(batch.column(i)) for i, name in enumerate(batch.schema.names)}
        for i in range(batch.num_rows):
            rows.append(code_row({name: values[i] for name, values in columns.items()}))
            if len(rows) >= OUT_BATCH:
                yield pa.RecordBatch.from_pylist(rows, schema=CODED_SCHEMA)
                rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=CODED_SCHEMA)


def warc_batches(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function over ``binaryFile`` rows (path, content): WARC files to documents."""
    from readout.ingest.warc import read_warc

    for batch in batches:
        paths = batch.column("path").to_pylist()
        contents = batch.column("content").to_pylist()
        rows: list[dict[str, Any]] = []
        for path, content in zip(paths, contents, strict=True):
            with tempfile.TemporaryDirectory() as tmp:
                local = Path(tmp) / "input.warc"
                local.write_bytes(content or b"")
                try:
                    items = list(read_warc(local, MAX_BYTES))
                except OSError as err:
                    items = [IngestError(str(local), f"cannot read file: {err.strerror or err}")]
            for item in items:
                if isinstance(item, IngestError):
                    where = item.where.replace(str(local), path)
                    rows.append({"id": None, "_reject": item.reason, "_source": where})
                else:
                    rows.append({name: getattr(item, name) for name in DOC_FIELDS} | {"_source": path})
        yield pa.RecordBatch.from_pylist(rows, schema=DOCS_SCHEMA)


# ----------------------------------------------------------------------------------------
# driver side


def spark_schema(schema: pa.Schema) -> Any:
    """The Spark StructType of an Arrow schema."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def documents_frame(df: Any) -> Any:
    """``df`` with the document columns the coder reads, typed: strings (or bytes) and dates as YYYY-MM-DD."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import BinaryType, DateType, StringType, TimestampType

    types = {f.name: f.dataType for f in df.schema.fields}
    for required in ("id", "text"):
        if required not in types:
            raise ValueError(f"the input has no {required!r} column (columns: {', '.join(df.columns)})")
    columns = []
    for name in (*DOC_FIELDS, "_reject", "_source"):
        kind = types.get(name)
        if kind is None:
            col = F.lit(None).cast("string")
        elif isinstance(kind, StringType | BinaryType):
            col = F.col(name)
        elif isinstance(kind, DateType | TimestampType):
            col = F.date_format(F.col(name), "yyyy-MM-dd")
        else:
            col = F.col(name).cast("string")
        columns.append(col.alias(name))
    return df.select(*columns)


def coded_frame(df: Any, partitions: int | None = None) -> Any:
    """Every input row coded: a record row (``error`` null) or an error row (``doc_id``, ``error``, ``source``).

    ``partitions`` repartitions the input first (each partition is one task).
    """
    docs = documents_frame(df)
    if partitions:
        docs = docs.repartition(partitions)
    return docs.mapInArrow(code_batches, spark_schema(CODED_SCHEMA))


def split_coded(coded: Any) -> tuple[Any, Any]:
    """(records, errors) of a ``coded_frame``."""
    from pyspark.sql import functions as F

    records = coded.filter(F.col("error").isNull()).drop(*ERROR_COLUMNS)
    errors = coded.filter(F.col("error").isNotNull()).select(
        F.col("doc_id").alias("id"), F.col("error").alias("reason"), "source"
    )
    return records, errors


def code_dataframe(df: Any, partitions: int | None = None) -> Any:
    """Records (``RECORD_SCHEMA``) of a DataFrame with columns id, text [, title, published, publisher, url].

    Rows that cannot be coded are left out; ``code_dataframe_with_errors`` also returns them.
    """
    return split_coded(coded_frame(df, partitions))[0]


def code_dataframe_with_errors(df: Any, partitions: int | None = None, persist: bool = True) -> tuple[Any, Any]:
    """(records, errors) of a DataFrame of documents; errors has columns id, reason, source.

    With ``persist`` the coded rows are persisted (memory and disk), so using both outputs
    codes each document once; ``unpersist()`` either output's parent when done
    (``records.sparkSession.catalog.clearCache()`` clears all).
    """
    coded = coded_frame(df, partitions)
    if persist:
        from pyspark import StorageLevel

        coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
    return split_coded(coded)


def record_dict(row: Any) -> dict[str, Any]:
    """A records row (a pyspark Row) as ``Record.to_dict()`` gives it: spans as [start, end]."""
    out: dict[str, Any] = row.asDict(recursive=True)

    def spans(items: list[dict[str, int]] | None) -> list[list[int]]:
        return [[s["start"], s["end"]] for s in items or []]

    for key in ("events", "stances", "statements"):
        out[key] = out[key] or []
        for item in out[key]:
            item["evidence"] = spans(item["evidence"])
    for event in out["events"]:
        event["participants"] = event["participants"] or []
    out["topics"] = out["topics"] or []
    out["topic_evidence"] = {k: spans(v) for k, v in sorted((out["topic_evidence"] or {}).items())}
    return out


# ----------------------------------------------------------------------------------------
# reading inputs and the command line


def session(master: str | None = DEFAULT_MASTER, app_name: str = "readout", conf: dict[str, str] | None = None) -> Any:
    """The active SparkSession, or a new one on ``master`` (None: as spark-submit or the cluster configured it).

    A local master binds to 127.0.0.1, and its Python workers run this interpreter
    (unless PYSPARK_PYTHON says otherwise) so they see the same installed readout.
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name).config("spark.log.level", "ERROR")
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def input_kind(path: str) -> str:
    """json, parquet or warc, from a file's name; a folder or another name is read as Parquet."""
    name = path.lower().rstrip("/")
    if name.endswith(JSON_SUFFIXES):
        return "json"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "parquet"


def expand_inputs(paths: Iterable[str]) -> tuple[dict[str, list[str]], list[str]]:
    """Input paths grouped by kind, and the local paths that do not exist.

    A local folder gives its files with a known suffix, sorted (a folder holding none is read
    as one Parquet dataset); other paths (hdfs://, s3a://, globs) go to Spark as they are.
    """
    groups: dict[str, list[str]] = {"json": [], "parquet": [], "warc": []}
    missing: list[str] = []
    known = JSON_SUFFIXES + PARQUET_SUFFIXES + WARC_SUFFIXES
    for raw in paths:
        path = str(raw)
        local = Path(path.removeprefix("file://"))
        if _is_remote(path) or any(ch in path for ch in "*?["):
            groups[input_kind(path)].append(path)
        elif local.is_dir():
            files = sorted(str(f) for f in local.rglob("*") if f.is_file() and f.name.lower().endswith(known))
            if not files or all(input_kind(f) == "parquet" for f in files):
                groups["parquet"].append(str(local))
            else:
                for f in files:
                    groups[input_kind(f)].append(f)
        elif local.exists():
            groups[input_kind(path)].append(str(local))
        else:
            missing.append(path)
    return groups, missing


def read_inputs(spark: Any, paths: Iterable[str]) -> Any:
    """One documents DataFrame (``DOCS_SCHEMA``) from JSONL, Parquet and WARC paths.

    A JSONL line that is not a JSON object, and a local path that does not exist, become
    rejected rows (errors later), not failures of the job.
    """
    from pyspark.sql import functions as F

    groups, missing = expand_inputs(paths)
    frames = []
    if groups["json"]:
        raw = (
            spark.read.schema(JSON_DDL)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", "_corrupt_record")
            .json(groups["json"])
        )
        reject = F.when(F.col("_corrupt_record").isNotNull(), F.lit("not valid JSON, or not a JSON object"))
        frames.append(
            documents_frame(
                raw.select(*DOC_FIELDS, reject.alias("_reject"), F.col("_metadata.file_path").alias("_source"))
            )
        )
    if groups["parquet"]:
        raw = spark.read.parquet(*groups["parquet"])
        frames.append(documents_frame(raw.withColumn("_source", F.col("_metadata.file_path"))))
    if groups["warc"]:
        files = spark.read.format("binaryFile").load(groups["warc"]).select("path", "content")
        frames.append(files.mapInArrow(warc_batches, spark_schema(DOCS_SCHEMA)))
    if missing:
        rows = [(None, None, None, None, None, None, "no such file or directory", p) for p in missing]
        frames.append(spark.createDataFrame(rows, spark_schema(DOCS_SCHEMA)))
    out = frames[0]
    for frame in frames[1:]:
        out = out.unionByName(frame)
    return out


def run(
    paths: list[str], out: str, master: str | None = DEFAULT_MASTER, quiet: bool = False, max_listed: int = 20
) -> int:
    """``readout code --engine spark``: code ``paths`` into Parquet at OUT/records and OUT/errors.

    Prints each error (up to ``max_listed``) and a summary on stderr; exit status 1 when any
    input failed, as the local engine does.
    """
    from pyspark.sql import SparkSession

    created = SparkSession.getActiveSession() is None
    progress = sys.stderr.isatty() and not quiet
    spark = session(master, conf={"spark.ui.showConsoleProgress": str(progress).lower()})
    try:
        docs = read_inputs(spark, paths)
        want = 4 * spark.sparkContext.defaultParallelism
        partitions = want if docs.rdd.getNumPartitions() < want else None
        records, errors = code_dataframe_with_errors(docs, partitions)
        base = out.rstrip("/")
        records.write.mode("overwrite").parquet(f"{base}/records")
        errors.write.mode("overwrite").parquet(f"{base}/errors")
        spark.catalog.clearCache()
        coded = spark.read.parquet(f"{base}/records").count()
        written = spark.read.parquet(f"{base}/errors")
        failed = written.count()
        for err in written.limit(max_listed).collect():
            print(f"readout: error: {err['id'] or err['source'] or '?'}: {err['reason']}", file=sys.stderr)
        if failed > max_listed:
            print(f"readout: ... and {failed - max_listed} more errors in {base}/errors", file=sys.stderr)
    finally:
        if created:
            spark.stop()
    if not quiet:
        print(f"readout: coded {coded} document(s), {failed} failed; Parquet in {base}/", file=sys.stderr)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    """A spark-submit job: ``spark-submit job.py INPUT... -o OUT/`` where job.py calls this."""
    import argparse

    ap = argparse.ArgumentParser(prog="readout-spark", description="Code readouts into Parquet with Spark.")
    ap.add_argument("paths", nargs="+", metavar="INPUT", help="JSONL, Parquet or WARC paths (local, hdfs://, s3a://)")
    ap.add_argument("-o", "--output", required=True, metavar="OUT/", help="OUT/records and OUT/errors (Parquet)")
    ap.add_argument("--master", default=None, help="master URL (default: as spark-submit configured it)")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    return run(args.paths, args.output, master=args.master, quiet=args.quiet)


if __name__ == "__main__":
    sys.exit(main())
