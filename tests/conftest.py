"""Shared fixtures: where ../shared lives (skipping visibly when it is absent), and stores on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stores import BACKENDS, CORPUS, fresh_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder (gold sets, seed, scorer); tests that need it skip with the reason."""
    if not (SHARED / "gold" / "dev.jsonl").is_file():
        pytest.skip(f"shared data not available: {SHARED} is absent (gold sets and seed live there)")
    return SHARED


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty store for one test: a DuckDB file in tmp_path, or a fresh PostgreSQL schema."""
    with fresh_store(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session", params=BACKENDS)
def corpus_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store built once per backend for the session from ``stores.CORPUS`` (the bundled examples
    and both sides' readouts of one meeting). The tests that share it only read it."""
    from readout.cli import main

    with fresh_store(request.param, tmp_path_factory.mktemp(request.param)) as url:
        assert main(["ingest", *map(str, CORPUS), "--db", url, "-q"]) == 0
        yield url


@pytest.fixture(scope="session")
def engine_records() -> list[dict[str, object]]:
    """What ``readout code`` gives for ``stores.CORPUS``: the records the stores must agree with."""
    from readout.engines.local import code_documents
    from readout.ingest import read_documents
    from readout.model import Record

    return [r.to_dict() for r in code_documents(read_documents([str(p) for p in CORPUS])) if isinstance(r, Record)]
