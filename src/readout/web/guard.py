"""The locks on the web door, as one ASGI middleware around the whole app.

- Every response carries a Content-Security-Policy (scripts and everything else from this
  server only, no framing), ``X-Frame-Options: DENY``, ``X-Content-Type-Options: nosniff``
  and ``Referrer-Policy: no-referrer``.
- A server on a loopback address answers only requests whose ``Host`` is a loopback name
  (DNS rebinding: a hostile page's own name resolving to 127.0.0.1 gets nothing).
- A NUL character in the path or a parameter is a 422 on both stores.
- ``HEAD`` is answered as ``GET`` without the body (RFC 9110: a server supports both), so link
  checkers, monitors and ``curl -I`` get the status and headers a ``GET`` would.
- A write (``POST``, ``PUT``, ``PATCH``, ``DELETE``) from a browser must come from this
  server's own pages (``Origin``, ``Sec-Fetch-Site``), and, when the server has a token, must
  carry it (``Authorization: Bearer TOKEN`` or ``X-Readout-Token``). ``readout serve
  --allow-ingest`` always has one: given, or generated and printed.
"""

from __future__ import annotations

import hmac
import html
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_ENV = "READOUT_TOKEN"
TOKEN_HEADER = "x-readout-token"
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
# Inline style attributes stay allowed (the pages' bars and the charts set widths); scripts do not.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) is this machine only."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without port or IPv6 brackets, lower-cased."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def allowed_hosts(bind: str) -> frozenset[str] | None:
    """The Host names a server bound to ``bind`` answers: loopback names for a loopback
    address; None (any) for other addresses, whose names the server cannot know."""
    if is_loopback(bind):
        return LOOPBACK_NAMES | {host_name(bind)}
    return None


class Guard:
    """The middleware: security headers on every response, Host, Origin and token checks."""

    def __init__(self, app: ASGIApp, *, token: str | None = None, hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.token = token
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refusal = self.refusal(scope["method"], headers) or nul_refusal(scope)
        if refusal is None and scope["method"] == "HEAD":

            async def send_head(message: Message) -> None:
                if message["type"] == "http.response.body":  # GET's headers (its length too), no body
                    message = {**message, "body": b""}
                await send_secured(message)

            await self.app({**scope, "method": "GET"}, receive, send_head)
            return
        if refusal is None:
            await self.app(scope, receive, send_secured)
            return
        status, detail = refusal
        path = str(scope.get("path", ""))
        if path == "/api" or path.startswith("/api/") or scope["method"] in WRITES:
            body, kind = json.dumps({"detail": detail}).encode(), b"application/json"
        else:  # a page answers with a page (plain: the templates need the app, which refused the request)
            page = f"<!doctype html><title>Error {status}</title><h1>Error {status}</h1><p>{html.escape(detail)}</p>"
            body, kind = (page + '<p><a href="/">Back to search</a></p>').encode(), b"text/html; charset=utf-8"
        extra = [(b"www-authenticate", b"Bearer")] if status == 401 else []
        start = {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()), *extra],
        }
        await send_secured(start)
        await send({"type": "http.response.body", "body": body})

    def refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        """Why a request is refused (status, reason), or None."""
        host = headers.get("host", "")
        if self.hosts is not None and host_name(host) not in self.hosts:
            return 400, f"this server answers only to {', '.join(sorted(self.hosts))}, not Host {host!r}"
        if method not in WRITES:
            return None
        origin = headers.get("origin")
        if origin is not None and urlsplit(origin).netloc.lower() != host.lower():
            return 403, f"a write from another site ({origin}) is refused"
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return 403, "a write from another site is refused"
        if self.token is not None:
            given = headers.get(TOKEN_HEADER) or _bearer(headers.get("authorization", ""))
            if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
                return 401, "a write needs this server's token (printed by `readout serve`; --token or READOUT_TOKEN)"
        return None


def nul_refusal(scope: Scope) -> tuple[int, str] | None:
    """One rule for both stores: a NUL character in the path or a parameter is refused (422)
    before any query sees it (PostgreSQL cannot hold one; DuckDB would)."""
    if "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b""):
        return 422, "a NUL character in the URL or its parameters is refused"
    return None


def _bearer(header: str) -> str | None:
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None
