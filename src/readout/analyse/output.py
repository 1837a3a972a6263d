"""How a view's result leaves the program: rich tables on a terminal, JSON or CSV for pipes.

A view builds one ``Result``: the JSON document (structured: lists stay lists), the tables
a terminal shows, and the one flat table ``--csv`` writes. Cells are formatted here only,
so every view prints dates, empty values and lists the same way.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any, Literal

Format = Literal["table", "json", "csv"]
TERMINAL_ROWS = 500  # a terminal shows this many rows of a table; --json/--csv give all
FILE_WIDTH = 160  # columns of tables written to a file or a pipe (a terminal uses its own width)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    numeric: bool = False
    show: Callable[[Any], Any] | None = None  # the value as a string or a list of strings


@dataclass
class Table:
    title: str
    columns: Sequence[Column]
    rows: list[dict[str, Any]]
    caption: str | None = None


@dataclass
class Result:
    data: Any  # the --json document
    tables: list[Table] = field(default_factory=list)  # what a terminal shows
    flat: Table | None = None  # what --csv writes (default: the first table)


def plain(value: Any) -> Any:
    """JSON-ready: dates as ISO strings, decimals as numbers, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _cell(column: Column, value: Any) -> str | list[str]:
    if column.show is not None and value is not None:
        value = column.show(value)
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return [str(plain(v)) for v in value]
    if isinstance(value, float):
        return f"{value:g}"
    return str(plain(value))


def write_json(result: Result, out: IO[str]) -> None:
    json.dump(plain(result.data), out, ensure_ascii=False, indent=2, default=str)  # str: UUIDs, intervals (sql)
    out.write("\n")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ (or a tab or CR) gets a
    leading apostrophe, as OWASP advises; numbers (-3.5) and other values stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(result: Result, out: IO[str]) -> None:
    """The flat table as CSV with a header; list cells joined by '; '."""
    table = result.flat or (result.tables[0] if result.tables else None)
    if table is None:
        return
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.key for c in table.columns])
    for row in table.rows:
        cells = (_cell(c, row.get(c.key)) for c in table.columns)
        writer.writerow([spreadsheet_cell("; ".join(v) if isinstance(v, list) else v) for v in cells])


def write_tables(result: Result, out: IO[str] | None = None) -> None:
    """Each table with rich (colours and widths when ``out`` is a terminal)."""
    from rich.console import Console
    from rich.table import Table as RichTable

    to_terminal = out is not None and out.isatty()
    console = Console(file=out, width=None if to_terminal else FILE_WIDTH)
    for table in result.tables:
        shown = table.rows[:TERMINAL_ROWS]
        caption = table.caption
        if len(table.rows) > len(shown):
            more = f"first {len(shown)} of {len(table.rows)} rows (--json or --csv give all)"
            caption = f"{caption}; {more}" if caption else more
        grid = RichTable(title=table.title, caption=caption, show_lines=False)
        for c in table.columns:
            grid.add_column(c.header, justify="right" if c.numeric else "left", overflow="fold")
        for row in shown:
            cells = (_cell(c, row.get(c.key)) for c in table.columns)
            grid.add_row(*("\n".join(v) if isinstance(v, list) else (v or "-") for v in cells))
        console.print(grid)


def emit(result: Result, fmt: Format, out: IO[str]) -> None:
    {"json": write_json, "csv": write_csv, "table": write_tables}[fmt](result, out)


def stdout_closed() -> None:
    """The reader of stdout stopped early (``| head``): not an error; send the rest nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
