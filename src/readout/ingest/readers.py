"""Read documents from .txt, .html/.htm, .jsonl and .warc/.warc.gz files, folders and URLs.

A batch never stops on a bad input: each one becomes an ``IngestError`` naming the file
(and JSONL line, WARC record or URL) with a one-line reason, and reading goes on with the
next input.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from readout.ingest.documents import (
    SNIFF,
    Bad,
    check_storable,
    check_text,
    control_share,
    html_document,
    looks_binary,
    text_document,
)
from readout.ingest.warc import WARC_SUFFIXES, is_warc, read_warc
from readout.ingest.web import ATTEMPTS, BACKOFF, DEFAULT_TIMEOUT, is_url
from readout.model import Document, IngestError

if TYPE_CHECKING:
    from readout.ingest.fetch import Fetcher

MAX_BYTES = 10_000_000
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
_BOM = b"\xef\xbb\xbf"
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_OPTIONAL_STRINGS = ("title", "publisher", "url")


def read_documents(
    paths: Iterable[str | Path],
    max_bytes: int = MAX_BYTES,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    attempts: int = ATTEMPTS,
    backoff: float = BACKOFF,
) -> Iterator[Document | IngestError]:
    """Yield one Document per readable document and one IngestError per bad input.

    Order is stable: arguments in the order given, a folder's files sorted by their path
    below it, a WARC file's records in file order. Files in folders with other suffixes are
    skipped. ``max_bytes`` bounds a .txt/.html file, each JSONL line, each WARC record's
    payload and each fetched body.

    A string starting with ``http://`` or ``https://`` is a URL, fetched with a ``timeout``
    in seconds, up to ``attempts`` tries on connection errors, 429 and 5xx, and a
    ``backoff`` in seconds before the second try, doubled before each later one.
    """
    fetcher: Fetcher | None = None
    try:
        for raw in paths:
            if is_url(raw):
                if fetcher is None:
                    from readout.ingest.fetch import Fetcher

                    fetcher = Fetcher(timeout=timeout, attempts=attempts, backoff=backoff, max_bytes=max_bytes)
                yield fetcher.fetch(str(raw).strip())
                continue
            path = Path(raw)
            if path.is_dir():
                unreadable: list[OSError] = []
                for child in _folder_files(path, unreadable.append):
                    yield from _read_file(child, max_bytes)
                for err in unreadable:
                    yield IngestError(str(err.filename or path), f"cannot read folder: {err.strerror or err}")
            elif not path.exists():
                yield IngestError(str(path), "no such file or directory")
            else:
                yield from _read_file(path, max_bytes)
    finally:
        if fetcher is not None:
            fetcher.close()


def _folder_files(folder: Path, unreadable: Callable[[OSError], None]) -> list[Path]:
    """Files below ``folder`` with a known suffix, sorted; symlinked folders are not followed.
    A folder that cannot be listed is passed to ``unreadable`` (an error, not a silent skip)."""
    found: list[Path] = []
    for root, _dirs, files in os.walk(folder, onerror=unreadable):
        found.extend(Path(root) / name for name in files if name.lower().endswith(SUFFIXES))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _read_file(path: Path, max_bytes: int) -> Iterator[Document | IngestError]:
    """Dispatch on the suffix; turn every failure into one IngestError for the file."""
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            raise Bad("not a regular file")
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, max_bytes)
            return
        if is_warc(path):
            yield from read_warc(path, max_bytes)
            return
        if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
            raise Bad(f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}")
        data = _read_bounded(path, max_bytes)
        text = _decode(data)
        if suffix in HTML_SUFFIXES:
            yield html_document(text, doc_id=path.stem, source=where)
        else:
            yield text_document(text, doc_id=path.stem, source=where)
    except Bad as bad:
        yield IngestError(where, str(bad))
    except OSError as err:
        yield IngestError(where, f"cannot read file: {err.strerror or err}")


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """Read a whole file, refusing (before reading) one over ``max_bytes``."""
    size = path.stat().st_size
    if size > max_bytes:
        raise Bad(f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    data = path.read_bytes()
    if not data.strip():
        raise Bad("file is empty" if not data else "file holds only whitespace")
    return data


def _decode(data: bytes) -> str:
    """UTF-8 text (a BOM is dropped), UTF-16 text (with a BOM, or without one when every other
    byte is NUL), or Bad naming binary data or the first bad byte."""
    utf16 = _utf16(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        raise Bad("binary file, not text")
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as err:
        # Text in a legacy encoding has next to no control bytes; random binary data has ~10%.
        if control_share(data) > 0.03:
            raise Bad("binary file, not text") from None
        at = skip + err.start
        line = data.count(b"\n", 0, at) + 1
        raise Bad(f"not UTF-8: byte 0x{data[at]:02x} at byte offset {at:,} (line {line})") from None


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 ``data``, or None when it is not UTF-16 (mostly: anything else)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        sample = data[: SNIFF - SNIFF % 2]
        if len(sample) < 2 or len(data) % 2:
            return None
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > 0.9 * half and even < 0.1 * half:
            encoding = "utf-16-le"
        elif even > 0.9 * half and odd < 0.1 * half:
            encoding = "utf-16-be"
        else:
            return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise Bad(f"not UTF-16 ({encoding}) after all: bad bytes at byte offset {err.start:,}") from None
    if "\x00" in text or looks_binary(text.encode("utf-8")):
        raise Bad("binary file, not text")
    return text.lstrip("\ufeff")


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Document | IngestError]:
    """One Document per JSONL line; a bad line is one IngestError and the next lines go on."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF)
        if not head:
            raise Bad("file is empty")
        if looks_binary(head):
            raise Bad("binary file, not text")
        handle.seek(0)
        anything = False
        for number, offset, line in _bounded_lines(handle, max_bytes):
            where = f"{path}:{number}"
            if line is None:
                anything = True
                yield IngestError(where, f"line is over the limit of {max_bytes:,} bytes")
                continue
            if not line.strip():
                continue
            anything = True
            try:
                record = _parse_json_line(line, offset, first=number == 1)
                yield fields_document(record, where)
            except Bad as bad:
                yield IngestError(where, str(bad))
        if not anything:
            raise Bad("file holds only whitespace")


def _bounded_lines(handle: IO[bytes], max_bytes: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, bytes) per line; None for a line over ``max_bytes``,
    which is skipped in chunks rather than held in memory."""
    number, offset = 0, 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        start = offset
        offset += len(line)
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
                offset += len(line)
            yield number, start, None
        else:
            yield number, start, line


def _parse_json_line(line: bytes, offset: int, first: bool) -> dict[str, Any]:
    """Decode one JSONL line into an object, or Bad saying what is wrong with it."""
    if first and line.startswith(_BOM):
        line, offset = line[len(_BOM) :], offset + len(_BOM)
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        raise Bad(f"not UTF-8: byte 0x{line[err.start]:02x} at byte offset {offset + err.start:,}") from None
    try:
        value = json.loads(text, parse_int=json_int)
    except json.JSONDecodeError as err:
        raise Bad(f"not valid JSON ({err.msg} at column {err.colno})") from None
    except RecursionError:
        raise Bad("not valid JSON here: nested too deeply") from None
    if not isinstance(value, dict):
        raise Bad(f"a JSON {_json_type(value)}, not an object")
    return value


def json_int(digits: str) -> int | float:
    """A JSON integer; one too long for ``int`` (over 4,300 digits) is a float (perhaps inf),
    so a huge number in a field readout ignores does not cost the document."""
    return int(digits) if len(digits) <= 4000 else float(digits)


def _json_type(value: object) -> str:
    """JSON's name for a decoded value's type, for error messages."""
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return "number"


def fields_document(record: dict[str, Any], where: str) -> Document:
    """Check the spec's fields of one JSONL object (or a Spark row) and build its Document; extras are ignored.

    Raises Bad with the reason. The Spark engine checks its rows with this too, so both
    engines accept and refuse the same documents for the same reasons.
    """
    doc_id = record.get("id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise Bad("missing 'id'" if doc_id is None else "'id' must be a non-empty string")
    text = record.get("text")
    if not isinstance(text, str):
        kind = _json_type(text)
        raise Bad("missing 'text'" if text is None else f"'text' must be a string, not a JSON {kind}")
    for key in _OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise Bad(f"'{key}' must be a string or null")
    published = record.get("published")
    if published is not None and not (isinstance(published, str) and _ISO_DATE.fullmatch(published)):
        raise Bad(f"'published' must be YYYY-MM-DD or null, not {published!r}")
    if published is not None:
        try:
            dt.date.fromisoformat(published)
        except ValueError as err:
            raise Bad(f"'published' is not a date: {published} ({err})") from None
    for key in ("id", *_OPTIONAL_STRINGS):
        if isinstance(record.get(key), str):
            check_storable(record[key], f"'{key}'")
    check_text(text)
    return Document(
        id=doc_id,
        text=text,
        title=record.get("title"),
        published=published,
        publisher=record.get("publisher"),
        url=record.get("url"),
        source=where,
    )
