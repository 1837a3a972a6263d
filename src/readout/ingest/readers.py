"""Read documents from .txt, .html/.htm and .jsonl files and folders.

A batch never stops on a bad input: each one becomes an ``IngestError`` naming the file
(and JSONL line) with a one-line reason, and reading goes on with the next input.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from readout.ingest.header import published_from_text
from readout.ingest.language import looks_english
from readout.ingest.normalize import normalize, title_line
from readout.model import Document, IngestError

MAX_BYTES = 10_000_000
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
_BOM = b"\xef\xbb\xbf"
_SNIFF = 8192  # bytes looked at to tell a binary file
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_OPTIONAL_STRINGS = ("title", "publisher", "url")


class _Bad(Exception):
    """An input that cannot become a Document; its message is the IngestError reason."""


def read_documents(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[Document | IngestError]:
    """Yield one Document per readable document and one IngestError per bad input.

    Order is stable: arguments in the order given, a folder's files sorted by their path
    below it. Files in folders with other suffixes are skipped; ``max_bytes`` bounds a
    .txt/.html file and each JSONL line.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in _folder_files(path):
                yield from _read_file(child, max_bytes)
        elif not path.exists():
            yield IngestError(str(path), "no such file or directory")
        else:
            yield from _read_file(path, max_bytes)


def _folder_files(folder: Path) -> list[Path]:
    """Files below ``folder`` with a known suffix, sorted; symlinked folders are not followed."""
    found: list[Path] = []
    for root, _dirs, files in os.walk(folder):
        found.extend(Path(root) / name for name in files if name.lower().endswith(SUFFIXES))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _read_file(path: Path, max_bytes: int) -> Iterator[Document | IngestError]:
    """Dispatch on the suffix; turn every failure into one IngestError for the file."""
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            raise _Bad("not a regular file")
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, max_bytes)
            return
        if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
            raise _Bad(f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}")
        data = _read_bounded(path, max_bytes)
        text = _decode(data)
        if suffix in HTML_SUFFIXES:
            yield _html_document(path, text)
        else:
            yield _text_document(path, text)
    except _Bad as bad:
        yield IngestError(where, str(bad))
    except OSError as err:
        yield IngestError(where, f"cannot read file: {err.strerror or err}")


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """Read a whole file, refusing (before reading) one over ``max_bytes``."""
    size = path.stat().st_size
    if size > max_bytes:
        raise _Bad(f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    data = path.read_bytes()
    if not data.strip():
        raise _Bad("file is empty" if not data else "file holds only whitespace")
    return data


def _control_share(data: bytes) -> float:
    """Share of control bytes (not tab, newline, form feed, escape) at the start of ``data``."""
    sample = data[:_SNIFF]
    control = sum(1 for b in sample if (b < 0x20 and b not in b"\t\n\r\f\v\x1b") or b == 0x7F)
    return control / len(sample) if sample else 0.0


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, mean a binary file rather than text."""
    return b"\x00" in data[:_SNIFF] or _control_share(data) > 0.1


def _decode(data: bytes) -> str:
    """UTF-8 text (a BOM is dropped), or _Bad naming binary data or the first bad byte."""
    if _looks_binary(data):
        raise _Bad("binary file, not text")
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as err:
        # Text in a legacy encoding has next to no control bytes; random binary data has ~10%.
        if _control_share(data) > 0.03:
            raise _Bad("binary file, not text") from None
        at = skip + err.start
        line = data.count(b"\n", 0, at) + 1
        raise _Bad(f"not UTF-8: byte 0x{data[at]:02x} at byte offset {at:,} (line {line})") from None


def _check_text(text: str) -> None:
    """Refuse text that holds nothing but whitespace or furniture, or is not English."""
    if not text.strip():
        raise _Bad("text is empty or only whitespace")
    body = normalize(text)
    if not body.strip():
        raise _Bad("text holds only site furniture")
    if not looks_english(body):
        raise _Bad("text does not look like English")


def _text_document(path: Path, text: str) -> Document:
    """A .txt file: the whole decoded file is the text, untouched."""
    _check_text(text)
    return Document(
        id=path.stem,
        text=text,
        title=title_line(text),
        published=published_from_text(text),
        source=str(path),
    )


def _html_document(path: Path, html: str) -> Document:
    """A .html file: main text by trafilatura, or plain text of the page when it finds none."""
    text, title, published = _trafilatura(html)
    if not text.strip():
        text = _plain_html_text(html)
    if not text.strip():
        raise _Bad("HTML has no extractable text")
    _check_text(text)
    return Document(
        id=path.stem,
        text=text,
        title=title or _html_title(html) or title_line(text),
        published=published or published_from_text(text),
        source=str(path),
    )


def _trafilatura(html: str) -> tuple[str, str | None, str | None]:
    """Main text, title and date (YYYY-MM-DD) as trafilatura reads them; empty text on failure."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted errors on broken markup; fall back
        return "", None, None
    if result is None:
        return "", None, None
    fields: dict[str, Any] = result if isinstance(result, dict) else {}

    def field(name: str) -> Any:
        return fields.get(name) if fields else getattr(result, name, None)

    text = field("text") or ""
    title = (field("title") or "").strip() or None
    date = field("date")
    published = date if isinstance(date, str) and _ISO_DATE.fullmatch(date) else None
    return text, title, published


def _parse_html(html: str) -> Any:
    """An lxml tree of the page, or None; lxml rejects str input with an XML declaration."""
    import lxml.html
    from lxml.etree import ParserError

    cleaned = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        return lxml.html.fromstring(cleaned) if cleaned.strip() else None
    except (ParserError, ValueError):
        return None


# Elements that end a line of text when a page is flattened.
_BLOCKS: tuple[str, ...] = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th")
_BLOCKS += ("section", "article", "blockquote", "pre")


def _plain_html_text(html: str) -> str:
    """Visible text of the page, one block a line, without scripts, styles or navigation."""
    tree = _parse_html(html)
    if tree is None:
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//nav|//header|//footer|//form|//head"):
        bad.drop_tree()
    for block in tree.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _html_title(html: str) -> str | None:
    """The page's <title>, else its first <h1>."""
    tree = _parse_html(html)
    if tree is None:
        return None
    for xpath in ("//title", "//h1"):
        for node in tree.xpath(xpath):
            title = " ".join(node.text_content().split())
            if title:
                return title
    return None


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Document | IngestError]:
    """One Document per JSONL line; a bad line is one IngestError and the next lines go on."""
    with path.open("rb") as handle:
        head = handle.read(_SNIFF)
        if not head:
            raise _Bad("file is empty")
        if _looks_binary(head):
            raise _Bad("binary file, not text")
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
                yield _json_document(record, where)
            except _Bad as bad:
                yield IngestError(where, str(bad))
        if not anything:
            raise _Bad("file holds only whitespace")


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
    """Decode one JSONL line into an object, or _Bad saying what is wrong with it."""
    if first and line.startswith(_BOM):
        line, offset = line[len(_BOM) :], offset + len(_BOM)
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _Bad(f"not UTF-8: byte 0x{line[err.start]:02x} at byte offset {offset + err.start:,}") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise _Bad(f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(value, dict):
        raise _Bad(f"a JSON {_json_type(value)}, not an object")
    return value


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


def _json_document(record: dict[str, Any], where: str) -> Document:
    """Check the spec's fields of one JSONL object and build its Document; extras are ignored."""
    doc_id = record.get("id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise _Bad("missing 'id'" if doc_id is None else "'id' must be a non-empty string")
    text = record.get("text")
    if not isinstance(text, str):
        kind = _json_type(text)
        raise _Bad("missing 'text'" if text is None else f"'text' must be a string, not a JSON {kind}")
    for key in _OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise _Bad(f"'{key}' must be a string or null")
    published = record.get("published")
    if published is not None and not (isinstance(published, str) and _ISO_DATE.fullmatch(published)):
        raise _Bad(f"'published' must be YYYY-MM-DD or null, not {published!r}")
    _check_text(text)
    return Document(
        id=doc_id,
        text=text,
        title=record.get("title"),
        published=published,
        publisher=record.get("publisher"),
        url=record.get("url"),
        source=where,
    )
