"""Read web archives (.warc, .warc.gz): one Document per captured page.

Each ``response`` record with status 200 and an HTML or plain-text payload is one document:
its id comes from the target URI (``url_id``), its ``url`` is the target URI, its
``source`` is ``file#record-N`` (records counted from 1, every record type included), and
its text goes through the same extraction as an .html file. ``published`` comes from the
page alone: the crawl date (WARC-Date) says when the page was captured, not published.

Other record types (warcinfo, request, metadata, revisit), redirects and robots.txt are
skipped silently; a non-HTML payload (PDF, image), an error status or an oversized payload
is one IngestError naming ``file#record-N (URI)``, and reading goes on. Damage (a file cut
short mid-record, a corrupt gzip member, a broken record header) is one IngestError at the
damaged record, after the documents before it, and reading of that file stops there.

Gzip is decompressed here rather than by warcio, which hides corrupt or truncated gzip
data: a member's output is held back until its checksum has been verified (up to
``HOLD`` bytes), so a damaged member never yields a document.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from warcio.bufferedreaders import BufferedReader
from warcio.recordloader import ArcWarcRecordLoader

from readout.ingest.documents import Bad
from readout.ingest.web import check_media, payload_document, url_id
from readout.model import Document, IngestError

WARC_SUFFIXES = (".warc", ".warc.gz")
CHUNK = 1 << 16  # compressed bytes read at a time
HOLD = 8 << 20  # decompressed bytes of one gzip member held back until its checksum is verified
_GZIP_MAGIC = b"\x1f\x8b"
_STOP = "; reading of this file stopped here"


class WarcDamage(Exception):
    """The file is damaged at this point; nothing after it can be trusted."""


class _GzipMembers:
    """A read-only stream of the concatenated, decompressed members of a gzip file.

    ``read`` never returns data from two members at once and releases a member's data only
    once the member ended with a good checksum (or once ``HOLD`` bytes of it are pending),
    so damage is raised before any of the damaged member's data is seen.
    """

    def __init__(self, raw: IO[bytes], hold: int = HOLD) -> None:
        self._raw = raw
        self._hold = hold
        self._input = b""  # compressed bytes read but not yet fed
        self._offset = 0  # file offset of self._input[0]
        self._decompressor: Any = None
        self._member_start = 0
        self._held: list[bytes] = []
        self._held_size = 0
        self._ready = bytearray()
        self._eof = False

    def read(self, size: int | None = -1) -> bytes:
        while not self._ready and not self._eof:
            self._advance()
        if size is None or size < 0:
            size = len(self._ready)
        out = bytes(self._ready[:size])
        del self._ready[:size]
        return out

    def _release(self) -> None:
        for part in self._held:
            self._ready += part
        self._held, self._held_size = [], 0

    def _advance(self) -> None:
        """Feed compressed bytes until a member ends, HOLD bytes are pending or the file ends."""
        while True:
            if not self._input:
                self._input = self._raw.read(CHUNK)
                if not self._input:
                    if self._decompressor is not None:
                        raise WarcDamage(
                            f"file is truncated: its gzip data ends inside the member at byte {self._member_start:,}"
                        )
                    self._eof = True
                    return
            if self._decompressor is None:
                if not self._input.strip(b"\x00"):  # zero padding after the last member
                    self._offset += len(self._input)
                    self._input = b""
                    continue
                self._decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._member_start = self._offset
            data = self._input
            try:
                out = self._decompressor.decompress(data)
            except zlib.error as err:
                raise WarcDamage(f"corrupt gzip member at byte {self._member_start:,} ({err})") from None
            rest = self._decompressor.unused_data if self._decompressor.eof else b""
            self._offset += len(data) - len(rest)
            self._input = rest
            self._held.append(out)
            self._held_size += len(out)
            if self._decompressor.eof:
                self._decompressor = None
                self._release()
                return
            if self._held_size > self._hold:
                self._release()
                return


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, max_bytes: int) -> Iterator[Document | IngestError]:
    """Documents of one WARC file (gzipped or not, told by its first bytes); see the module doc.

    ``max_bytes`` bounds each record's payload. Raises OSError when the file cannot be read.
    """
    with path.open("rb") as raw:
        head = raw.read(2)
        if not head:
            yield IngestError(str(path), "file is empty")
            return
        raw.seek(0)
        stream: Any = _GzipMembers(raw) if head == _GZIP_MAGIC else raw
        yield from _records(path, BufferedReader(stream), max_bytes)


def _one_line(message: object, limit: int = 160) -> str:
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _damage(path: Path, number: int, err: Exception, label: str | None = None, *, header: bool = False) -> IngestError:
    """One error for damage met while reading record ``number`` (its ``header``, or its body)."""
    if isinstance(err, WarcDamage):
        reason = str(err)
    elif number == 1 and header:
        return IngestError(str(path), f"not a WARC file ({_one_line(err)})")
    else:
        reason = f"damaged record ({type(err).__name__}: {_one_line(err)})"
    return IngestError(label or f"{path}#record-{number}", reason + _STOP)


def _records(path: Path, reader: Any, max_bytes: int) -> Iterator[Document | IngestError]:
    loader = ArcWarcRecordLoader(verify_http=False, arc2warc=False)
    try:
        next_line = _next_line(reader)
    except Exception as err:
        yield _damage(path, 1, err, header=True)
        return
    if next_line is None:
        yield IngestError(str(path), "no WARC records in file")
        return
    number = 0
    while next_line is not None:
        number += 1
        where = f"{path}#record-{number}"
        # warcio raises assorted errors (and WarcDamage comes through it) on damaged data.
        try:
            record = loader.parse_record_stream(reader, next_line, known_format="warc")
        except Exception as err:
            yield _damage(path, number, err, header=True)
            return
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        label = f"{where} ({uri})" if uri else where
        try:
            found = _read_record(record, uri, label, max_bytes)
        except Exception as err:
            yield _damage(path, number, err, label)
            return
        item: Document | IngestError | None
        if isinstance(found, tuple):
            payload, content_type = found
            try:
                item = payload_document(payload, content_type, doc_id=url_id(uri), url=uri, source=where)
            except Bad as bad:
                item = IngestError(label, str(bad))
        else:
            item = found
        if item is not None:
            yield item
        try:
            next_line = _next_line(reader)
        except Exception as err:
            yield _damage(path, number + 1, err, header=True)
            return


def _read_record(record: Any, uri: str, label: str, max_bytes: int) -> tuple[bytes, str | None] | IngestError | None:
    """A page's payload and content type, an IngestError for a bad one, or None when the record
    is no page; reads the record to its end.

    Raises WarcDamage when the record is cut short: no document is then made from it.
    """
    payload: bytes | None = None
    problem: str | None = None
    content_type: str | None = None
    if _is_page_response(record, uri):
        status = record.http_headers.get_statuscode() or ""
        content_type = record.http_headers.get_header("Content-Type")
        if status[:1] in ("1", "3"):
            pass  # redirects and the like are no pages: their target has its own record
        elif status != "200":
            problem = f"HTTP status {status or '(none)'}, not a captured page"
        elif record.rec_headers.get_header("WARC-Truncated"):
            reason = record.rec_headers.get_header("WARC-Truncated")
            problem = f"the crawler captured only part of this page (WARC-Truncated: {_one_line(reason, 40)})"
        else:
            try:
                check_media(content_type)
            except Bad as bad:
                problem = str(bad)
            else:
                payload = record.content_stream().read(max_bytes + 1)
                if len(payload) > max_bytes:
                    problem, payload = f"payload is over the limit of {max_bytes:,} bytes", None
    _read_to_end(record)
    if problem:
        return IngestError(label, problem)
    return None if payload is None else (payload, content_type)


def _is_page_response(record: Any, uri: str) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    return urlsplit(uri).path.lower() != "/robots.txt"


def _read_to_end(record: Any) -> None:
    """Skip the rest of the record; WarcDamage when it is cut short or has no length."""
    if record.length is None:
        raise WarcDamage("damaged record: it has no Content-Length")
    stream = record.raw_stream
    while stream.read(CHUNK):
        pass
    missing = getattr(stream, "limit", 0)
    if missing > 0:
        got = record.length - missing
        raise WarcDamage(f"file is truncated: the record ends after {got:,} of its {record.length:,} bytes")


def _next_line(reader: Any) -> bytes | None:
    """The first line of the next record, past the blank lines that end a record; None at the end."""
    while True:
        line = reader.readline()
        if not line:
            return None
        if line.strip():
            return bytes(line)
