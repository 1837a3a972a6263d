"""Sorted span lookups, so per-sentence questions over a long document stay linear."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from readout.model import Span

MAX_SPAN = 400  # no mention or name is longer than this


class SpanSet:
    """Spans sorted by start, for "which spans touch [a, b)" in logarithmic time."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _e in self.spans]

    def touching(self, a: int, b: int) -> list[Span]:
        lo = bisect_left(self.starts, a - MAX_SPAN)
        hi = bisect_right(self.starts, b)
        return [(s, e) for s, e in self.spans[lo:hi] if s < b and e > a]

    def covers(self, pos: int) -> bool:
        return bool(self.touching(pos, pos + 1))
