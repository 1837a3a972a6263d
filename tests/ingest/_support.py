"""Helpers shared by the ingest tests: ../shared data and an English readout of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def shared_file(relative: str) -> Path:
    """A file under ../shared, or a visible skip when this checkout has no shared data."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"shared data not available: {path} is absent")
    return path


# Readout-like English written for these tests, long enough (40+ words) to be judged.
READOUT = (
    "On March 3, 2021, Foreign Minister Anna Berg met with the visiting Foreign Minister of "
    "Norland, Pavel Ostrov, in the capital. The two sides exchanged views on bilateral "
    "relations and on regional issues of common concern. Berg said that her country is ready "
    "to work with Norland to deepen cooperation in trade, energy and education, and that the "
    "two ministers agreed to meet again later this year."
)
