"""The analyst's web app and REST API: ``readout serve`` (docs/web.md).

One ASGI app (FastAPI): the JSON API under ``/api`` (OpenAPI spec at ``/api/openapi.json``)
and server-rendered pages at ``/``, both reading the event store through ``readout.analyse``
and this package's own queries (``queries.py``). Nothing here is imported by ``readout code``
or the other commands: ``readout.web.cli`` adds the ``serve`` parser and imports the app
only when it runs.
"""
