"""Exports of the store's current codings: ``readout export --format FORMAT [-o OUT]``.

One module per format; each reads the store in SQL (``readout.store.backends``, so both
backends) and writes one file, or a folder for parquet. Formats and their fields:
``docs/analyse.md``; the facts they rest on (GDELT columns, PLOVER fields, CAMEO Goldstein
scores) are data files in ``readout/data``.
"""

from __future__ import annotations

FORMATS = ("jsonl", "csv", "parquet", "plover", "cameo", "graphml")
