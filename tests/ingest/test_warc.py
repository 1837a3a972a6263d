"""WARC files: one Document per captured 200 page, one IngestError per bad record or damage."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from readout.ingest.readers import read_documents
from readout.ingest.web import url_id
from readout.model import Document, IngestError

from ._support import READOUT

CRAWL_DATE = "2024-05-06T07:08:09Z"  # never a publication date
SITE = "https://mfa.example"


def page(title: str, *, meta_date: str | None = None, header: str = "") -> bytes:
    meta = f'<meta property="article:published_time" content="{meta_date}">' if meta_date else ""
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in READOUT.rstrip(".").split(". "))
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{header}{paragraphs}</article></body></html>"
    ).encode()


# (uri, HTTP status line, content type, payload); None content type: no header at all.
Response = tuple[str, str, str | None, bytes]

PAGES: list[Response] = [
    (
        f"{SITE}/news/berg-meets-ostrov.html",
        "200 OK",
        "text/html; charset=utf-8",
        page("Berg Meets Ostrov", meta_date="2021-03-04T10:00:00Z"),
    ),
    (f"{SITE}/old/berg.html", "301 Moved Permanently", "text/html", b"<html><body>Moved</body></html>"),
    (
        f"{SITE}/news/berg-calls-ostrov/",
        "200 OK",
        "text/html",
        page("Berg Calls Ostrov", header="<p>Updated: July 16, 2020 08:42</p>"),
    ),
    (f"{SITE}/robots.txt", "200 OK", "text/plain", b"User-agent: *\nDisallow:\n"),
    (
        f"{SITE}/news/statement.txt",
        "200 OK",
        "text/plain; charset=utf-8",
        f"Statement on the Visit\n\n{READOUT}\n".encode(),
    ),
    (f"{SITE}/news/undated?id=7", "200 OK", "text/html", page("Envoy Meets Minister")),
]


def write_warc(path: Path, responses: list[Response], *, gzip: bool = True) -> list[int]:
    """A WARC with a warcinfo record, then a request and a response record per page.

    Returns the byte offset where each record ends (so tests can cut or spoil one)."""
    ends: list[int] = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "readout tests"}))
        ends.append(handle.tell())
        for uri, status, content_type, body in responses:
            request = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "mfa.example")], is_http_request=True)
            dated = {"WARC-Date": CRAWL_DATE}
            writer.write_record(
                writer.create_warc_record(uri, "request", http_headers=request, warc_headers_dict=dated)
            )
            ends.append(handle.tell())
            headers = [("Content-Type", content_type)] if content_type else []
            headers.append(("Content-Length", str(len(body))))
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=dated
            )
            writer.write_record(record)
            ends.append(handle.tell())
    return ends


def read(*paths: str | Path, max_bytes: int = 10_000_000) -> list[Document | IngestError]:
    return list(read_documents(paths, max_bytes=max_bytes))


def docs(items: list[Document | IngestError]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def errors(items: list[Document | IngestError]) -> list[IngestError]:
    return [item for item in items if isinstance(item, IngestError)]


def response_number(index: int) -> int:
    """Record number (from 1) of the ``index``-th response: warcinfo, then request/response pairs."""
    return 3 + 2 * index


# --- good archives -------------------------------------------------------------------------


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_pages_become_documents(tmp_path: Path, gzip: bool, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, PAGES, gzip=gzip)
    out = read(path)
    assert errors(out) == []
    berg, calls, statement, undated = docs(out)

    assert berg.id == url_id(PAGES[0][0]) and re.fullmatch(r"[0-9a-f]{10}-berg-meets-ostrov", berg.id)
    assert berg.url == PAGES[0][0]
    assert berg.source == f"{path}#record-3"
    assert berg.title and "Berg Meets Ostrov" in berg.title
    assert "exchanged views on bilateral" in berg.text and "<p>" not in berg.text
    assert berg.published == "2021-03-04"  # from the page's metadata

    assert calls.id.endswith("-berg-calls-ostrov") and calls.source == f"{path}#record-{response_number(2)}"
    assert calls.published == "2020-07-16"  # from the page's header
    assert statement.text == f"Statement on the Visit\n\n{READOUT}\n"  # text/plain: untouched
    assert statement.title == "Statement on the Visit"
    assert undated.url == f"{SITE}/news/undated?id=7"
    assert undated.published is None  # the crawl date is not a publication date

    assert out == read(path)  # stable
    assert capsys.readouterr().err == ""  # warcio says nothing on stderr


def test_same_documents_from_gzipped_and_plain_archive(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", PAGES)
    write_warc(tmp_path / "a.warc", PAGES, gzip=False)

    def strip(items: list[Document | IngestError]) -> list[tuple[object, ...]]:
        return [(d.id, d.text, d.title, d.published, d.url) for d in docs(items)]

    assert strip(read(tmp_path / "a.warc.gz")) == strip(read(tmp_path / "a.warc"))


def test_html_extraction_matches_html_file(tmp_path: Path) -> None:
    """A captured page and the same page saved as .html become the same document."""
    body = page("Berg Meets Ostrov", meta_date="2021-03-04T10:00:00Z")
    (tmp_path / "saved.html").write_bytes(body)
    write_warc(tmp_path / "one.warc.gz", [PAGES[0]])
    [saved] = docs(read(tmp_path / "saved.html"))
    [captured] = docs(read(tmp_path / "one.warc.gz"))
    assert (captured.text, captured.title, captured.published) == (saved.text, saved.title, saved.published)


def test_charset_from_header_or_meta(tmp_path: Path) -> None:
    accented = READOUT.replace("Norland", "Norl\u00e4nd")
    latin1 = f"<html><body><h1>Berg Meets Ostrov</h1><p>{accented}</p></body></html>".encode("latin-1")
    meta = (
        '<html><head><meta charset="windows-1252"></head><body><h1>\u201cWarm\u201d Talks</h1>'
        f"<p>{accented}</p></body></html>"
    ).encode("cp1252")
    no_charset = f"<html><body><h1>Envoy Meets Minister</h1><p>{accented}</p></body></html>".encode()
    path = tmp_path / "charsets.warc.gz"
    write_warc(
        path,
        [
            (f"{SITE}/latin1", "200 OK", "text/html; charset=ISO-8859-1", latin1),
            (f"{SITE}/meta", "200 OK", "text/html", meta),
            (f"{SITE}/utf8", "200 OK", None, no_charset),  # no Content-Type: sniffed as HTML, UTF-8
        ],
    )
    out = read(path)
    assert errors(out) == []
    assert all("Norl\u00e4nd" in d.text for d in docs(out))
    assert docs(out)[1].title == "\u201cWarm\u201d Talks"


def test_encoded_payloads_are_decoded(tmp_path: Path) -> None:
    """Captures keep the HTTP body as sent: gzip content-encoding and chunked transfer-encoding."""
    import gzip

    body = page("Berg Meets Ostrov")
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:100], body[100:])) + b"0\r\n\r\n"
    path = tmp_path / "encoded.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, headers, payload in [
            (f"{SITE}/gzipped", [("Content-Encoding", "gzip")], gzip.compress(body)),
            (f"{SITE}/chunked", [("Transfer-Encoding", "chunked")], chunked),
        ]:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), *headers], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http)
            writer.write_record(record)
    out = read(path)
    assert errors(out) == []
    assert [d.url for d in docs(out)] == [f"{SITE}/gzipped", f"{SITE}/chunked"]
    assert all("exchanged views on bilateral" in d.text for d in docs(out))


def test_folder_reads_warc_files_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Envoy Meets Minister\n\n{READOUT}\n", encoding="utf-8")
    write_warc(folder / "b.warc.gz", PAGES[:1])
    write_warc(folder / "c.warc", PAGES[2:3], gzip=False)
    (folder / "d.gz").write_bytes(b"not read: not a known suffix")
    out = read(folder)
    assert errors(out) == []
    assert [d.source for d in docs(out)] == [
        str(folder / "a.txt"),
        f"{folder / 'b.warc.gz'}#record-3",
        f"{folder / 'c.warc'}#record-3",
    ]


def test_url_id_is_short_stable_and_names_the_page() -> None:
    url = f"{SITE}/news/2021/berg-meets-ostrov.html"
    assert url_id(url) == url_id(url + "#top") == url_id("HTTPS://MFA.EXAMPLE/news/2021/berg-meets-ostrov.html")
    assert re.fullmatch(r"[0-9a-f]{10}-berg-meets-ostrov", url_id(url))
    assert url_id(f"{SITE}/view?id=1") != url_id(f"{SITE}/view?id=2")
    assert url_id(f"{SITE}/news/berg/").endswith("-berg")
    assert url_id(f"{SITE}/").endswith("-mfa.example")
    assert url_id(f"{SITE}/news/%E4%BC%9A%E8%A7%81").count("-") == 0  # nothing readable: the hash alone


# --- bad records: one error each, the archive goes on -----------------------------------------


def test_non_html_payloads_and_error_statuses_are_one_error_each(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    responses: list[Response] = [
        PAGES[0],
        (f"{SITE}/files/readout.pdf", "200 OK", "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        (f"{SITE}/img/photo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        (f"{SITE}/news/gone", "404 Not Found", "text/html", b"<html><body>Not found</body></html>"),
        (f"{SITE}/blob", "200 OK", None, bytes(range(256)) * 8),
        (
            f"{SITE}/fr",
            "200 OK",
            "text/html",
            b"<html><body><p>Le ministre a rencontr\xc3\xa9 son homologue dans la "
            b"capitale. Les deux parties ont \xc3\xa9chang\xc3\xa9 leurs vues sur les relations bilat\xc3\xa9rales et "
            b"sur les questions r\xc3\xa9gionales d'int\xc3\xa9r\xc3\xaat commun.</p></body></html>",
        ),
        PAGES[2],
    ]
    write_warc(path, responses)
    out = read(path)
    assert [d.url for d in docs(out)] == [PAGES[0][0], PAGES[2][0]]
    expected = {
        1: "not HTML or text: application/pdf",
        2: "not HTML or text: image/png",
        3: "HTTP status 404",
        4: "binary data",
        5: "English",
    }
    found = errors(out)
    assert len(found) == len(expected)
    for error, (index, reason) in zip(found, expected.items(), strict=True):
        assert error.where == f"{path}#record-{response_number(index)} ({responses[index][0]})"
        assert reason in error.reason and "\n" not in error.reason


def test_page_truncated_by_the_crawler_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "partial.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(page("Berg Meets Ostrov")[:300])
        warc_headers = {"WARC-Truncated": "length"}
        writer.write_record(
            writer.create_warc_record(
                PAGES[0][0], "response", payload=body, http_headers=http, warc_headers_dict=warc_headers
            )
        )
    out = read(path)
    assert out == [
        IngestError(
            f"{path}#record-1 ({PAGES[0][0]})",
            "the crawler captured only part of this page (WARC-Truncated: length)",
        )
    ]


def test_payload_size_limit_is_per_record(tmp_path: Path) -> None:
    small = f"<html><body><p>{READOUT}</p></body></html>".encode()
    big = ("<html><body>" + f"<p>{READOUT}</p>" * 40 + "</body></html>").encode()
    path = tmp_path / "sizes.warc.gz"
    write_warc(path, [(f"{SITE}/big", "200 OK", "text/html", big), (f"{SITE}/small", "200 OK", "text/html", small)])
    out = read(path, max_bytes=len(small) + 10)
    assert [d.url for d in docs(out)] == [f"{SITE}/small"]
    [error] = errors(out)
    assert error.where == f"{path}#record-3 ({SITE}/big)" and "over the limit" in error.reason


# --- damaged archives: documents before the damage, one error, the batch goes on -------------


def after(tmp_path: Path) -> Path:
    """A good input read after a damaged one, to show the batch goes on."""
    path = tmp_path / "zz_after.txt"
    path.write_text(f"Envoy Meets Minister\n\n{READOUT}\n", encoding="utf-8")
    return path


def test_truncated_warc_gz(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = tmp_path / "whole.warc.gz"
    ends = write_warc(whole, PAGES[:3])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: ends[-1] - 200])  # mid-way through the last member
    out = read(cut, after(tmp_path))
    assert [d.url for d in docs(out)] == [PAGES[0][0], None]
    [error] = errors(out)
    assert error.where == f"{cut}#record-{response_number(2)}"
    assert "truncated" in error.reason and f"byte {ends[-2]:,}" in error.reason
    assert out.index(error) == 1  # after the document before the damage, before the next input
    assert capsys.readouterr().err == ""


def test_truncated_plain_warc(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    ends = write_warc(whole, PAGES[:3], gzip=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[: ends[-1] - 300])  # inside the last page's payload
    out = read(cut, after(tmp_path))
    assert [d.url for d in docs(out)] == [PAGES[0][0], None]
    [error] = errors(out)
    assert error.where == f"{cut}#record-{response_number(2)} ({PAGES[2][0]})"
    assert "truncated: the record ends after" in error.reason


def test_archive_cut_between_records_is_complete(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    ends = write_warc(whole, PAGES[:3])
    cut = tmp_path / "short.warc.gz"
    cut.write_bytes(whole.read_bytes()[: ends[response_number(0) - 1]])  # right after the first page
    assert [d.url for d in docs(read(cut))] == [PAGES[0][0]]


def test_corrupt_gzip_member(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "spoilt.warc.gz"
    ends = write_warc(path, PAGES[:3])
    data = bytearray(path.read_bytes())
    start, end = ends[response_number(2) - 2], ends[response_number(2) - 1]  # the last page's member
    middle = (start + end) // 2
    data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
    path.write_bytes(bytes(data))
    out = read(path, after(tmp_path))
    assert [d.url for d in docs(out)] == [PAGES[0][0], None]
    [error] = errors(out)
    assert error.where == f"{path}#record-{response_number(2)}"
    assert f"corrupt gzip member at byte {start:,}" in error.reason
    assert capsys.readouterr().err == ""


def test_garbage_after_records_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "tail.warc"
    write_warc(path, PAGES[:1], gzip=False)
    with path.open("ab") as handle:
        handle.write(b"this is not a WARC record\r\n\r\n")
    out = read(path)
    assert [d.url for d in docs(out)] == [PAGES[0][0]]
    [error] = errors(out)
    assert error.where == f"{path}#record-4" and "damaged record" in error.reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.warc", b"", "file is empty"),
        ("text.warc", f"{READOUT}\n".encode(), "not a WARC file"),
        ("text.warc.gz", None, "not a WARC file"),
        ("blank.warc", b"\r\n\r\n", "no WARC records"),
    ],
)
def test_not_a_warc_is_one_error(tmp_path: Path, name: str, content: bytes | None, reason: str) -> None:
    import gzip

    path = tmp_path / name
    path.write_bytes(content if content is not None else gzip.compress(READOUT.encode()))
    out = read(path)
    assert len(out) == 1 and isinstance(out[0], IngestError)
    assert out[0].where == str(path) and reason in out[0].reason
