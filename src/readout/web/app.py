"""The ASGI app: the API router, the pages, local static files, JSON (API) or HTML (pages) errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from readout import __version__
from readout.web import api, pages
from readout.web.guard import Guard
from readout.web.pool import POOL_SIZE, StorePool
from readout.web.responses import json_response
from readout.web.upload import CODE_TIMEOUT, MAX_UPLOAD, Coder
from readout.web.views import NotFound

DESCRIPTION = """The event store of `readout` over HTTP: documents and their records, interactions and
their reports side by side, people, stances, topics, the meeting network and timelines.
Lists page with `limit`/`offset` and take the command line's filters; `format=csv` gives a flat table."""


def create_app(
    db: str,
    *,
    allow_ingest: bool = False,
    max_upload: int = MAX_UPLOAD,
    pool_size: int = POOL_SIZE,
    token: str | None = None,
    hosts: frozenset[str] | None = None,
    code_timeout: float = CODE_TIMEOUT,
) -> FastAPI:
    """The app over the store ``db`` (a DuckDB file or a PostgreSQL URL), opened now (StoreError if it cannot be).

    Read-only unless ``allow_ingest``: then ``POST /api/documents`` codes and stores uploads
    of at most ``max_upload`` bytes, each coded in a worker process within ``code_timeout`` s.
    ``token``: required by every write; ``hosts``: the Host names answered (None: any); see
    ``readout.web.guard``.
    """
    pool = StorePool(db, writable=allow_ingest, size=pool_size)
    coder = Coder(code_timeout)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()
        coder.close()

    app = FastAPI(
        title="readout",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN; the spec is at /api/openapi.json
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.allow_ingest = allow_ingest
    app.state.max_upload = max_upload
    app.state.coder = coder
    app.add_middleware(Guard, token=token, hosts=hosts)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(pages.HERE / "static")), name="static")
    _error_handlers(app)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def _error_page(request: Request, status: int, message: str, details: list[str] | None = None) -> Response:
    return pages.render(
        request, "error.html", status=status, title=f"Error {status}", code=status, message=message, details=details
    )


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        if _is_api(request):
            return json_response({"detail": str(exc)}, 404)
        return _error_page(request, 404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> Response:
        errors = [_plain_error(e) for e in exc.errors()]
        if _is_api(request):
            return json_response({"detail": errors}, 422)
        lines = [f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in errors]
        return _error_page(request, 422, "Some of the parameters are malformed.", lines)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request):
            response = json_response({"detail": exc.detail}, exc.status_code)
        else:
            response = _error_page(request, exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})
        if exc.status_code == 405:  # every method of the path, not only those of the first route matched
            response.headers["Allow"] = ", ".join(_methods(request))
        return response

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> Response:
        message = f"internal error: {type(exc).__name__}"
        if _is_api(request):
            return json_response({"detail": message}, 500)
        return _error_page(request, 500, message)


def _methods(request: Request) -> list[str]:
    """The methods that some route of the app answers at the request's path (as the router matches them)."""
    found = []
    for method in _METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            found.append(method)
            if method == "GET":
                found.append("HEAD")  # answered as GET without the body (web/guard.py)
    return found


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _plain_error(error: Any) -> dict[str, Any]:
    """A validation error as JSON-ready values (the input may be bytes or an object)."""
    out = {k: error[k] for k in ("type", "loc", "msg") if k in error}
    out["loc"] = list(out.get("loc", ()))
    if "input" in error and isinstance(error["input"], str | int | float | bool | type(None)):
        out["input"] = error["input"]
    return out
