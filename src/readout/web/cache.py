"""What the views computed, kept while the store holds the same data.

The pages that summarise many rows (a person, a country, the people of a state, the network,
the stance matrix and a cell's sentences, a timeline, topics, places) are asked again and
again with the same parameters and cost tens of milliseconds each. Their results are kept
here, keyed by the view, its arguments and the store's generation (``store_generation``,
which every write and every linking increases, ``store/summaries.py``): after an ingest,
an upload or a recode, in this process or another (PostgreSQL), the next request computes
them anew. At most ``SIZE`` results are kept (least recently used first out; the environment
variable ``READOUT_VIEW_CACHE`` sets another number, 0 to keep none); callers must not change
what they get.
"""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from readout.store.backends import Backend
from readout.store.summaries import GENERATION

SIZE = int(os.environ.get("READOUT_VIEW_CACHE", "64"))
P = ParamSpec("P")
R = TypeVar("R")


class ViewCache:
    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, db: Backend, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """``compute()``, or what it gave for ``key`` at the store's present generation."""
        if self.size <= 0:
            return compute()
        full = (db.where, *db.query(GENERATION)[0], *key)
        with self._lock:
            if full in self._kept:
                self._kept.move_to_end(full)
                self.hits += 1
                return self._kept[full]
        value = compute()
        with self._lock:
            self.misses += 1
            self._kept[full] = value
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


CACHE = ViewCache()


def cached(fn: Callable[Concatenate[Backend, P], R]) -> Callable[Concatenate[Backend, P], R]:
    """``fn(db, ...)`` kept in ``CACHE`` per store generation; its arguments are keyed by their repr."""

    @functools.wraps(fn)
    def wrapper(db: Backend, *args: P.args, **kwargs: P.kwargs) -> R:
        key = (fn.__qualname__, repr(args), repr(sorted(kwargs.items())))
        result: R = CACHE.get(db, key, lambda: fn(db, *args, **kwargs))
        return result

    return wrapper
