"""http(s) URLs: fetched from a local server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from readout.ingest.fetch import USER_AGENT, Fetcher
from readout.ingest.readers import read_documents
from readout.ingest.web import url_id
from readout.model import Document, IngestError

from ._support import READOUT

FRENCH = (
    "Le ministre des Affaires étrangères a rencontré son homologue dans la capitale. Les deux "
    "parties ont échangé leurs vues sur les relations bilatérales et sur les questions "
    "régionales d'intérêt commun."
)


def html(title: str, body: str = READOUT, meta_date: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{meta_date}">' if meta_date else ""
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.rstrip(".").split(". "))
    head = f"<head><title>{title}</title>{meta}</head>"
    return f"<html>{head}<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"


# path -> (status, headers, body)
ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/news/berg-meets-ostrov.html": (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        html("Berg Meets Ostrov", meta_date="2021-03-04T10:00:00Z").encode(),
    ),
    "/latin1": (
        200,
        {"Content-Type": "text/html; charset=ISO-8859-1"},
        html("Berg Meets Ostrov", READOUT.replace("Norland", "Norl\u00e4nd")).encode("latin-1"),
    ),
    "/no-charset": (200, {"Content-Type": "text/html"}, html("Caf\u00e9 Talks").encode()),
    "/statement.txt": (200, {"Content-Type": "text/plain"}, f"Statement on the Visit\n\n{READOUT}\n".encode()),
    "/old-link": (302, {"Location": "/moved"}, b""),
    "/moved": (301, {"Location": "/news/berg-meets-ostrov.html"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/missing": (404, {"Content-Type": "text/html"}, b"<html><body><h1>Not Found</h1></body></html>"),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
    "/big": (200, {"Content-Type": "text/html"}, html("Long Page", READOUT * 30).encode()),
    "/french": (200, {"Content-Type": "text/html"}, html("Visite", FRENCH).encode()),
    "/empty": (200, {"Content-Type": "text/html"}, b""),
}
FLAKY_FAILURES = [(503, "Service Unavailable"), (429, "Too Many Requests")]  # then the page
SLOW_SECONDS = 3.0


@dataclass
class Server:
    base: str
    hits: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path


def make_handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            server.hits[self.path] += 1
            server.agents.append(self.headers.get("User-Agent", ""))
            try:
                if self.path == "/slow":
                    server.release.wait(SLOW_SECONDS)  # the client gives up first
                    self.send(*ROUTES["/news/berg-meets-ostrov.html"])
                elif self.path == "/flaky":
                    count = server.hits[self.path]
                    if count <= len(FLAKY_FAILURES):
                        status, _phrase = FLAKY_FAILURES[count - 1]
                        self.send(status, {"Content-Type": "text/plain", "Retry-After": "0"}, b"busy")
                    else:
                        self.send(*ROUTES["/news/berg-meets-ostrov.html"])
                elif self.path == "/down":
                    self.send(503, {"Content-Type": "text/plain"}, b"down")
                elif self.path in ROUTES:
                    self.send(*ROUTES[self.path])
                else:
                    self.send(404, {"Content-Type": "text/plain"}, b"no such page")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client timed out and left

    return Handler


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests go to loopback (or a mock transport) only, never through a proxy from the environment."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def read(*paths: str | Path, **options: float) -> list[Document | IngestError]:
    settings: dict[str, float] = {"timeout": 2.0, "backoff": 0.01}
    settings.update(options)
    return list(read_documents(paths, **settings))


def one_document(items: list[Document | IngestError]) -> Document:
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def one_error(items: list[Document | IngestError], where: str) -> IngestError:
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    assert items[0].where == where and "\n" not in items[0].reason
    return items[0]


# --- pages -----------------------------------------------------------------------------------


def test_page_becomes_document(server: Server) -> None:
    url = server.url("/news/berg-meets-ostrov.html")
    doc = one_document(read(url))
    assert doc.id == url_id(url) and doc.id.endswith("-berg-meets-ostrov")
    assert doc.url == url and doc.source == url
    assert doc.title and "Berg Meets Ostrov" in doc.title
    assert "exchanged views on bilateral" in doc.text and "<p>" not in doc.text
    assert doc.published == "2021-03-04"
    assert server.agents == [USER_AGENT]
    assert USER_AGENT.startswith("readout/")


def test_same_document_as_the_saved_page(server: Server, tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_bytes(ROUTES["/news/berg-meets-ostrov.html"][2])
    saved = one_document(read(path))
    fetched = one_document(read(server.url("/news/berg-meets-ostrov.html")))
    assert (fetched.text, fetched.title, fetched.published) == (saved.text, saved.title, saved.published)


def test_redirects_are_followed_to_the_final_url(server: Server) -> None:
    given = server.url("/old-link")
    doc = one_document(read(given))
    final = server.url("/news/berg-meets-ostrov.html")
    assert doc.url == final and doc.id == url_id(final)
    assert doc.source == given
    assert server.hits["/old-link"] == server.hits["/moved"] == 1


def test_decoded_by_response_charset_else_utf8(server: Server) -> None:
    latin1 = one_document(read(server.url("/latin1")))
    assert "Norl\u00e4nd" in latin1.text
    utf8 = one_document(read(server.url("/no-charset")))
    assert utf8.title == "Caf\u00e9 Talks"


def test_plain_text_is_kept_as_is(server: Server) -> None:
    doc = one_document(read(server.url("/statement.txt")))
    assert doc.text == f"Statement on the Visit\n\n{READOUT}\n"
    assert doc.title == "Statement on the Visit"


def test_retries_503_and_429_then_succeeds(server: Server) -> None:
    doc = one_document(read(server.url("/flaky")))
    assert "exchanged views" in doc.text
    assert server.hits["/flaky"] == 3


# --- failures: one error each, naming the URL ----------------------------------------------------


def test_404_is_one_error_without_retry(server: Server) -> None:
    url = server.url("/missing")
    assert one_error(read(url), url).reason == "HTTP 404 Not Found"
    assert server.hits["/missing"] == 1


def test_5xx_gives_up_after_three_attempts(server: Server) -> None:
    url = server.url("/down")
    started = time.monotonic()
    error = one_error(read(url, backoff=0.05), url)
    assert error.reason == "HTTP 503 Service Unavailable (gave up after 3 attempts)"
    assert server.hits["/down"] == 3
    assert time.monotonic() - started >= 0.05 + 0.1  # backoff doubles: 0.05 s, then 0.1 s


def test_attempts_is_a_parameter(server: Server) -> None:
    url = server.url("/down")
    assert "gave up after 1 attempt" in one_error(read(url, attempts=1), url).reason
    assert server.hits["/down"] == 1


def test_timeout(server: Server) -> None:
    url = server.url("/slow")
    started = time.monotonic()
    error = one_error(read(url, timeout=0.5), url)
    assert error.reason == "timed out after 0.5 s"
    assert time.monotonic() - started < SLOW_SECONDS - 1
    assert server.hits["/slow"] == 1  # a timeout is not tried again


def test_pdf_is_refused_unread(server: Server) -> None:
    url = server.url("/report.pdf")
    assert one_error(read(url), url).reason == "not HTML or text: application/pdf"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/loop", "more than 10 redirects"),
        ("/french", "text does not look like English"),
        ("/empty", "empty body"),
    ],
)
def test_other_failures(server: Server, path: str, reason: str) -> None:
    url = server.url(path)
    assert one_error(read(url), url).reason == reason


def test_size_cap(server: Server) -> None:
    url = server.url("/big")
    size = len(ROUTES["/big"][2])
    error = one_error(read(url, max_bytes=10_000), url)
    assert error.reason == f"body is {size:,} bytes, over the limit of 10,000 bytes"


def test_size_cap_without_content_length() -> None:
    import httpx

    body = ROUTES["/big"][2]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=iter([body[:6000], body[6000:]]))

    with Fetcher(max_bytes=10_000, transport=httpx.MockTransport(handler)) as fetcher:
        error = fetcher.fetch("https://mfa.example/big")
    assert error == IngestError("https://mfa.example/big", "body is over the limit of 10,000 bytes")


def test_connection_refused_is_retried_then_one_error() -> None:
    with socket.socket() as probe:  # a loopback port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/page"
    error = one_error(read(url), url)
    assert error.reason.startswith("cannot connect") and error.reason.endswith("(gave up after 3 attempts)")


def test_batch_goes_on_in_order(server: Server, tmp_path: Path) -> None:
    text = tmp_path / "local.txt"
    text.write_text(f"Envoy Meets Minister\n\n{READOUT}\n", encoding="utf-8")
    inputs = [
        server.url("/news/berg-meets-ostrov.html"),
        server.url("/missing"),
        text,
        server.url("/slow"),
        server.url("/report.pdf"),
        server.url("/old-link"),
    ]
    out = read(*inputs, timeout=0.5)
    kinds = [type(item).__name__ for item in out]
    assert kinds == ["Document", "IngestError", "Document", "IngestError", "IngestError", "Document"]
    assert [item.where for item in out if isinstance(item, IngestError)] == [str(inputs[i]) for i in (1, 3, 4)]
    assert [d.source for d in out if isinstance(d, Document)] == [str(inputs[i]) for i in (0, 2, 5)]
    assert [e.reason for e in out if isinstance(e, IngestError)] == [
        "HTTP 404 Not Found",
        "timed out after 0.5 s",
        "not HTML or text: application/pdf",
    ]


def test_url_strings_only(tmp_path: Path) -> None:
    """A Path is never a URL; a URL-looking string is never a file."""
    out = read(Path("http://127.0.0.1:9/page"))
    assert isinstance(out[0], IngestError) and "no such file" in out[0].reason
