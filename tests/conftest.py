"""Shared fixtures: where ../shared lives, and skipping visibly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder (gold sets, seed, scorer); tests that need it skip with the reason."""
    if not (SHARED / "gold" / "dev.jsonl").is_file():
        pytest.skip(f"shared data not available: {SHARED} is absent (gold sets and seed live there)")
    return SHARED
