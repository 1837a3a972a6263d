"""Helpers for the tests of the commands that read the store: run one, parse what it printed."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from readout.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str, status: int = 0) -> str:
    """Run ``readout ARGV``, check its exit status, return its stdout."""
    assert main(list(argv)) == status, capsys.readouterr().err
    return capsys.readouterr().out


def json_of(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    return json.loads(run(capsys, *argv, "--json"))


def csv_of(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(run(capsys, *argv, "--csv"))))
