"""JSON and CSV responses for a view, and the JSON error bodies."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from decimal import Decimal
from typing import Any

from fastapi.responses import Response

from readout.analyse.output import plain, spreadsheet_cell
from readout.web.views import View


def _json_value(value: Any) -> Any:
    """What ``json.dumps`` cannot write itself: dates (ISO strings) and decimals (numbers)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def json_response(data: Any, status: int = 200) -> Response:
    """JSON written in one pass (no copy of the data made JSON-ready first)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_json_value)
    return Response(body, status_code=status, media_type="application/json")


def raw_json_response(body: str, status: int = 200) -> Response:
    """A JSON body written elsewhere (by the database)."""
    return Response(body, status_code=status, media_type="application/json")


def _cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_text(view: View) -> str:
    """The view's flat table: a header of column keys, lists joined by '; '."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(view.columns)
    for row in view.table():
        writer.writerow([spreadsheet_cell(_cell(row.get(c))) for c in view.columns])
    return out.getvalue()


def _filename(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_")[:80] or "readout"


def view_response(view: View, fmt: str, name: str) -> Response:
    """The view as JSON, or as a CSV download when ``fmt`` is 'csv'."""
    if fmt == "csv":
        headers = {"Content-Disposition": f'attachment; filename="{_filename(name)}.csv"'}
        return Response(csv_text(view), media_type="text/csv; charset=utf-8", headers=headers)
    return json_response(view.data)
