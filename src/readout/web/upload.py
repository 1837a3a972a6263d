"""``POST /api/documents`` (only with ``readout serve --allow-ingest``): code one document into the store.

The body is the document: plain text (``text/plain``), an HTML page (``text/html``) or a
JSON object with the fields of a JSONL line (``id``, ``text``, optional ``title``,
``published``, ``publisher``, ``url``). It passes the checks of ``readout ingest`` (not
binary, UTF-8, not empty, English; ``readout.ingest``), is coded by the engine, and is
stored only if it reports an interaction: anything else is refused with a message saying
why. The body is read up to a size limit and refused beyond it without reading the rest.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from readout.engines.local import code_one, start_time, start_worker
from readout.ingest.documents import Bad, html_document, looks_binary, text_document
from readout.ingest.readers import fields_document, json_int
from readout.model import Document, IngestError, Record
from readout.store.backends import Backend
from readout.store.documents import doc_key
from readout.store.interactions import link_interactions
from readout.store.writer import Coded, store_new

MAX_UPLOAD = 1_000_000  # bytes
CODE_TIMEOUT = 60.0  # seconds an upload may take to code
SOURCE = "upload"


class Refused(Exception):
    """An upload that is not stored: an HTTP status and the reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Stored:
    doc_id: str
    version: int
    stored: bool
    record: Record


def too_big(size: int, limit: int) -> Refused:
    return Refused(413, f"upload is {size:,} bytes or more, over the limit of {limit:,} bytes")


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _decode(body: bytes) -> str:
    if looks_binary(body):
        raise Refused(415, "binary data, not text: upload a readout as plain text, HTML or JSON")
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise Refused(415, f"not UTF-8 text: byte 0x{body[err.start]:02x} at offset {err.start:,}") from None


def _upload_id(text: str) -> str:
    return "upload-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]  # refused later


def parse(body: bytes, content_type: str | None, doc_id: str | None = None) -> Document:
    """The uploaded document, checked as ``readout ingest`` checks files; Refused otherwise."""
    if not body.strip():
        raise Refused(422, "the upload is empty")
    kind = media_type(content_type)
    text = _decode(body)
    try:
        if kind == "application/json":
            try:
                fields = json.loads(text, parse_int=json_int)
            except json.JSONDecodeError as err:
                raise Refused(422, f"not valid JSON ({err.msg} at column {err.colno})") from None
            except RecursionError:
                raise Refused(422, "not valid JSON here: nested too deeply") from None
            if not isinstance(fields, dict):
                raise Refused(422, "JSON upload must be an object with at least 'text'")
            if isinstance(fields.get("text"), str) and "\x00" in fields["text"]:
                raise Refused(415, "binary data, not text: 'text' holds NUL characters")
            fields = {**fields, "id": fields.get("id") or doc_id or _upload_id(str(fields.get("text", "")))}
            doc = fields_document(fields, SOURCE)
            if doc.published:
                try:
                    dt.date.fromisoformat(doc.published)
                except ValueError:
                    raise Refused(422, f"'published' is not a date: {doc.published!r}") from None
            return doc
        if kind in ("text/html", "application/xhtml+xml"):
            return html_document(text, doc_id=doc_id or _upload_id(text), source=SOURCE)
        if kind not in ("", "text/plain", "application/octet-stream") and not kind.startswith("text/"):
            raise Refused(415, f"unsupported type {kind!r}: send text/plain, text/html or application/json")
        return text_document(text, doc_id=doc_id or _upload_id(text), source=SOURCE)
    except Bad as bad:
        raise Refused(422, f"refused: {bad}") from None


def code(doc: Document) -> Record:
    """The engine's record of ``doc``; Refused when it cannot be coded or reports no interaction."""
    return checked(code_one(doc))


class Coder:
    """Codes uploads in a worker process, off the event loop and outside this process's GIL,
    so that reads are served while an upload is coded; one that takes longer than ``timeout``
    seconds is refused and its worker replaced."""

    def __init__(self, timeout: float = CODE_TIMEOUT) -> None:
        self.timeout = timeout
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            )
            me = os.getpid()
            self._executor = ProcessPoolExecutor(
                1, mp_context=context, initializer=start_worker, initargs=(me, start_time(me))
            )
        return self._executor

    async def code(self, doc: Document) -> Record:
        pool = self._pool()
        future = asyncio.get_running_loop().run_in_executor(pool, code_one, doc)
        try:
            result = await asyncio.wait_for(future, self.timeout)
        except asyncio.TimeoutError:
            self._replace(pool)
            raise Refused(
                422, f"coding took longer than the limit of {self.timeout:g} s; send a shorter text"
            ) from None
        except BrokenProcessPool:
            self._replace(pool)
            raise Refused(422, "could not be coded: the worker process coding it died") from None
        return checked(result)

    def _replace(self, pool: ProcessPoolExecutor) -> None:
        """Stop a pool whose worker is busy past the limit (or dead); the next upload starts a new one."""
        if self._executor is pool:
            self._executor = None
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self._executor is not None:
            self._replace(self._executor)


def checked(result: Record | IngestError) -> Record:
    """The record of an upload; Refused when it could not be coded or reports no interaction."""
    if isinstance(result, IngestError):
        raise Refused(422, f"could not be coded: {result.reason}")
    if not result.is_readout or not result.events:
        raise Refused(
            422,
            "not a readout: no meeting, call, video call or exchange of messages between named parties was found",
        )
    return result


def store(db: Backend, doc: Document, record: Record) -> Stored:
    """Write the document with its coding and link interactions; the caller holds the write lock."""
    key = doc_key(doc)
    rows = db.query("SELECT doc_key, version FROM documents WHERE doc_id = ? ORDER BY version DESC", [doc.id])
    same = [int(v) for k, v in rows if k == key]
    if same:
        return Stored(doc.id, same[0], False, record)
    if rows:
        raise Refused(409, f"id {doc.id!r} is taken by another document; leave 'id' out to get one from the content")
    written = store_new(db, [Coded(doc, key, record)])
    link_interactions(db)
    version = db.query("SELECT version FROM documents WHERE doc_key = ?", [key])
    return Stored(doc.id, int(version[0][0]) if version else 1, bool(written), record)


def summary(result: Stored) -> dict[str, Any]:
    return {
        "doc_id": result.doc_id,
        "version": result.version,
        "stored": result.stored,
        "events": len(result.record.events),
        "stances": len(result.record.stances),
        "topics": list(result.record.topics),
    }
