"""Ingest: read documents from files and folders, and clean their text without moving offsets."""

from __future__ import annotations

from readout.ingest.header import published_from_text
from readout.ingest.language import looks_english
from readout.ingest.normalize import furniture_spans, normalize, title_line
from readout.ingest.readers import read_documents

__all__ = [
    "furniture_spans",
    "looks_english",
    "normalize",
    "published_from_text",
    "read_documents",
    "title_line",
]
