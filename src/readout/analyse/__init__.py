"""Analyst views of the event store: events, timeline, network, stances, people, sql.

Each view is one module that asks the store in SQL (through ``readout.store.backends``, so
the same queries run on DuckDB and PostgreSQL) and returns a ``output.Result``: the JSON
document, the tables a terminal shows and the table ``--csv`` writes. Views read only
current codings (``docs/store.md``) and open the store read-only.
"""
