"""Web fixtures: the web corpus stored once per backend (DuckDB; PostgreSQL with READOUT_TEST_PG), apps over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from readout.web.app import create_app
from stores import BACKENDS, fresh_store

from ._support import build_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about the httpx version
    from fastapi.testclient import TestClient


@pytest.fixture(scope="session", params=BACKENDS)
def web_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a store holding the web corpus (examples, linked reports, the seed, a hostile readout)."""
    with fresh_store(request.param, tmp_path_factory.mktemp(f"web-{request.param}")) as url:
        build_store(url)
        yield url


@pytest.fixture(scope="session")
def duck_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same corpus in DuckDB only (property and browser tests)."""
    with fresh_store("duckdb", tmp_path_factory.mktemp("web-duck")) as url:
        build_store(url)
        yield url


@pytest.fixture(scope="session")
def client(web_store: str) -> Iterator[TestClient]:
    """A read-only app over ``web_store``."""
    with TestClient(create_app(web_store)) as test_client:
        yield test_client
