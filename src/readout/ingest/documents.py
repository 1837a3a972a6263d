"""Documents from decoded text or HTML, shared by every reader (files, WARC records, URLs).

Whatever a document came from, its text passes the same checks and an HTML page goes
through the same extraction, so a page saved as .html, captured in a WARC file or fetched
from its URL becomes the same Document apart from ``id``, ``url`` and ``source``.
"""

from __future__ import annotations

import re

from readout.ingest.header import published_from_text
from readout.ingest.html import extract_html, html_title, plain_html_text
from readout.ingest.language import looks_english
from readout.ingest.normalize import normalize, title_line
from readout.model import Document

SNIFF = 8192  # bytes looked at to tell binary data
_SURROGATE = re.compile("[\ud800-\udfff]")


class Bad(Exception):
    """An input that cannot become a Document; its message is the IngestError reason."""


def control_share(data: bytes) -> float:
    """Share of control bytes (not tab, newline, form feed, escape) at the start of ``data``."""
    sample = data[:SNIFF]
    control = sum(1 for b in sample if (b < 0x20 and b not in b"\t\n\r\f\v\x1b") or b == 0x7F)
    return control / len(sample) if sample else 0.0


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, mean binary data rather than text."""
    return b"\x00" in data[:SNIFF] or control_share(data) > 0.1


def check_storable(value: str, what: str = "text") -> None:
    """Refuse a string that one of the stores (or a UTF-8 file) cannot hold: a NUL character
    (PostgreSQL refuses it, so DuckDB is given none either) or a lone surrogate (no UTF-8 form)."""
    nul = value.find("\x00")
    if nul >= 0:
        raise Bad(f"{what} holds a NUL character at character {nul:,}")
    bad = _SURROGATE.search(value)
    if bad:
        raise Bad(f"{what} holds a lone surrogate (U+{ord(bad.group()):04X}) at character {bad.start():,}")


def check_text(text: str) -> None:
    """Refuse text that holds nothing but whitespace or furniture, is not English, or cannot be stored."""
    if not text.strip():
        raise Bad("text is empty or only whitespace")
    check_storable(text)
    body = normalize(text)
    if not body.strip():
        raise Bad("text holds only site furniture")
    if not looks_english(body):
        raise Bad("text does not look like English")


def text_document(text: str, *, doc_id: str, source: str, url: str | None = None) -> Document:
    """Plain text: the whole decoded text is the document text, untouched."""
    check_text(text)
    return Document(
        id=doc_id,
        text=text,
        title=title_line(text),
        published=published_from_text(text),
        url=url,
        source=source,
    )


def html_document(html: str, *, doc_id: str, source: str, url: str | None = None) -> Document:
    """An HTML page: main text by trafilatura, or plain text of the page when it finds none.

    ``published`` comes from the page alone (its metadata, else a date in its header),
    never from when or where it was fetched.
    """
    text, title, published = extract_html(html)
    if not text.strip():
        text = plain_html_text(html)
    if not text.strip():
        raise Bad("HTML has no extractable text")
    check_text(text)
    return Document(
        id=doc_id,
        text=text,
        title=title or html_title(html) or title_line(text),
        published=published or published_from_text(text),
        url=url,
        source=source,
    )
