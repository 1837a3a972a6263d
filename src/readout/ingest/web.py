"""Web payloads (a WARC response record, a fetched URL) into Documents.

Shared by the WARC reader and the URL fetcher: which media types are documents, how a
body is decoded (BOM, then the declared charset, then a <meta charset>, then UTF-8), and
the document id derived from a URL.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from urllib.parse import unquote, urlsplit, urlunsplit

from readout.ingest.documents import Bad, html_document, looks_binary, text_document
from readout.model import Document

DEFAULT_TIMEOUT = 20.0  # seconds, for connecting, for each read, and for the whole body of a URL
ATTEMPTS = 3  # tries of a URL on connection errors, 429 and 5xx
BACKOFF = 0.5  # seconds before the second try; doubled before each later one
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
# Labels that browsers read as windows-1252 (WHATWG Encoding), which agrees with them on
# every byte they define and adds curly quotes and dashes where pages put them anyway.
_AS_CP1252 = frozenset({"iso8859_1", "ascii"})
_BOMS = ((codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"), (codecs.BOM_UTF16_BE, "utf_16"))
_SLUG_DROP = re.compile(r"[^A-Za-z0-9._-]+")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|xhtml|php\d?|aspx?|jsp|cfm|txt)$", re.IGNORECASE)


def is_url(value: object) -> bool:
    """True for a string naming an http:// or https:// URL (a Path never does)."""
    return isinstance(value, str) and value[:8].lower().startswith(("http://", "https://"))


def url_id(url: str) -> str:
    """A short, stable document id for a URL: 10 hex digits of its hash and its last path segment.

    ``https://mfa.example/news/berg-meets-ostrov.html`` becomes ``1a2b3c4d5e-berg-meets-ostrov``;
    the fragment is ignored, the query is not (it often names the page).
    """
    parts = urlsplit(url.strip())
    canonical = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))
    digest = hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:10]
    segments = [s for s in parts.path.split("/") if s]
    last = _PAGE_SUFFIX.sub("", unquote(segments[-1])) if segments else (parts.hostname or "")
    slug = _SLUG_DROP.sub("-", last).strip("-.")[:60].rstrip("-.")
    return f"{digest}-{slug}" if slug else digest


def media_type(content_type: str | None) -> str:
    """``text/html`` from ``text/html; charset=UTF-8``; empty when there is none."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def check_media(content_type: str | None) -> None:
    """Refuse a declared media type that is neither HTML nor plain text (no type passes: it is sniffed)."""
    media = media_type(content_type)
    if media and media not in HTML_TYPES + TEXT_TYPES:
        raise Bad(f"not HTML or text: {media}")


def _codec(label: str | None) -> str | None:
    """Python's codec name for a charset label, or None when Python knows no such charset."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return "cp1252" if name in _AS_CP1252 else name


def _charset(body: bytes, content_type: str | None, html: bool) -> str:
    """The codec to decode ``body`` with: BOM, declared charset, <meta charset>, else UTF-8."""
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            return bom_codec
    declared = _CHARSET.search(content_type or "")
    codec = _codec(declared.group(1)) if declared else None
    if codec is None and html:
        meta = _META_CHARSET.search(body[:4096])
        codec = _codec(meta.group(1).decode("ascii")) if meta else None
    return codec or "utf_8"


def payload_document(body: bytes, content_type: str | None, *, doc_id: str, url: str, source: str) -> Document:
    """A Document from an HTML or plain-text payload, or Bad naming why it is none."""
    check_media(content_type)
    media = media_type(content_type)
    if not body.strip():
        raise Bad("empty body")
    codec = _charset(body, content_type, html=media != "text/plain")
    if not codec.startswith("utf_16") and not codec.startswith("utf_32") and looks_binary(body):
        raise Bad(f"binary data, not text{f' (labelled {media})' if media else ''}")
    is_html = media in HTML_TYPES or (not media and bool(_HTML_START.match(body[:4096])))
    text = body.decode(codec, errors="replace")
    if is_html:
        return html_document(text, doc_id=doc_id, source=source, url=url)
    return text_document(text, doc_id=doc_id, source=source, url=url)
