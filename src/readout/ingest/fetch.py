"""Fetch http(s) URLs as documents, with a timeout, retries, a User-Agent and a size cap.

A fetched page is one Document: id from the final URL after redirects (``url_id``), ``url``
the final URL, ``source`` the URL as given, and its text through the same extraction as an
.html file (or untouched for text/plain). Anything else is one IngestError naming the URL
as given: an HTTP error status, a timeout, a content type that is neither HTML nor text,
a body over the size cap, a connection that cannot be made.

Connection errors, 429 and 5xx are tried again (``attempts`` in all) after a backoff that
doubles each time, or the server's Retry-After when it is longer (capped at the timeout).
A timeout is not tried again: a server too slow once is likely slow again, and a batch of
many URLs should not wait on it several times.
"""

from __future__ import annotations

import time
from types import TracebackType

import httpx

from readout import __version__
from readout.ingest.documents import Bad
from readout.ingest.web import ATTEMPTS, BACKOFF, DEFAULT_TIMEOUT, check_media, payload_document, url_id
from readout.model import Document, IngestError

MAX_REDIRECTS = 10
USER_AGENT = f"readout/{__version__} (+https://github.com/; diplomatic readout coder)"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"


class _Retry(Exception):
    """A failure worth another attempt; its message is the reason if none succeeds."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.wait = wait


class Fetcher:
    """Fetches URLs one at a time over one pooled HTTP client; close it (or use ``with``) when done."""

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        attempts: int = ATTEMPTS,
        backoff: float = BACKOFF,
        max_bytes: int = 10_000_000,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if timeout <= 0 or attempts < 1 or backoff < 0 or max_bytes < 1:
            raise ValueError("timeout and max_bytes must be positive, attempts at least 1, backoff not negative")
        self.timeout = timeout
        self.attempts = attempts
        self.backoff = backoff
        self.max_bytes = max_bytes
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent, "Accept": ACCEPT},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> Document | IngestError:
        """The Document at ``url``, or one IngestError naming the URL and the reason."""
        reason = ""
        for attempt in range(1, self.attempts + 1):
            try:
                return self._attempt(url)
            except Bad as bad:
                return IngestError(url, str(bad))
            except _Retry as retry:
                reason = str(retry)
                if attempt < self.attempts:
                    time.sleep(self._wait(attempt, retry.wait))
        tries = f"{self.attempts} attempts" if self.attempts > 1 else "1 attempt"
        return IngestError(url, f"{reason} (gave up after {tries})")

    def _wait(self, attempt: int, retry_after: float | None) -> float:
        wait = self.backoff * 2 ** (attempt - 1)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.timeout))
        return wait

    def _attempt(self, url: str) -> Document:
        """One GET; Bad for a final failure, _Retry for one worth another attempt."""
        deadline = time.monotonic() + self.timeout
        try:
            with self._client.stream("GET", url) as response:
                status = response.status_code
                if status == 429 or status >= 500:
                    raise _Retry(f"HTTP {status} {response.reason_phrase}".rstrip(), _retry_after(response))
                if status != 200:
                    raise Bad(f"HTTP {status} {response.reason_phrase}".rstrip())
                content_type = response.headers.get("Content-Type")
                check_media(content_type)
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise Bad(f"body is {int(declared):,} bytes, over the limit of {self.max_bytes:,} bytes")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise Bad(f"body is over the limit of {self.max_bytes:,} bytes")
                    if time.monotonic() > deadline:
                        raise Bad(f"timed out after {self.timeout:g} s (body still arriving)")
                final = str(response.url)
        except httpx.TimeoutException as err:
            if isinstance(err, httpx.ConnectTimeout):
                raise _Retry(f"cannot connect: timed out after {self.timeout:g} s") from None
            raise Bad(f"timed out after {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise Bad(f"more than {MAX_REDIRECTS} redirects") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as err:
            raise Bad(f"cannot fetch this URL ({_one_line(err)})") from None
        except httpx.DecodingError as err:
            raise Bad(f"cannot decode the response body ({_one_line(err)})") from None
        except httpx.ConnectError as err:
            raise _Retry(f"cannot connect ({_one_line(err)})") from None
        except httpx.TransportError as err:  # the connection broke mid-exchange
            raise _Retry(f"connection failed ({type(err).__name__}: {_one_line(err)})") from None
        return payload_document(bytes(body), content_type, doc_id=url_id(final), url=final, source=url)


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (the delay form only), or None."""
    value = response.headers.get("Retry-After", "").strip()
    return float(value) if value.isdigit() else None


def _one_line(message: object, limit: int = 160) -> str:
    text = " ".join(str(message).split()) or "no detail"
    return text if len(text) <= limit else text[: limit - 3] + "..."
