"""``--format cameo``: GDELT-style CAMEO event rows, tab-separated, with a header.

CAMEO codes dyads: one row per ordered pair of parties of each event (a meeting of A and B
is A->B and B->A). The event code is that of Actor1's action upon Actor2: for a visit to a
host (the record's 042/043 with the place in a party's country) the visitor makes a visit
(042) and the host hosts one (043), and two visitors meeting in the host's country meet at a
third location (044); other codes (040 message, 041 call, 044) hold for every pair. Root,
QuadClass and Goldstein score come from ``data/cameo.tsv``, the columns from
``data/gdelt_columns.tsv``. Events without a date (GDELT's SQLDATE is required) or with
fewer than two parties give no row.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import IO

from readout.analyse.names import is_org, party_name
from readout.analyse.output import spreadsheet_cell
from readout.export.events import EventRow, event_rows
from readout.export.geo import fips_code
from readout.gazetteer import data_rows
from readout.store.backends import Backend

VISIT, HOST, THIRD_PLACE = "042", "043", "044"


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    quad_class: int
    goldstein: float


@cache
def cameo_codes() -> dict[str, CameoCode]:
    return {
        r["code"]: CameoCode(r["code"], r["root"], int(r["quad_class"]), float(r["goldstein"]))
        for r in data_rows("cameo.tsv")
    }


@cache
def columns() -> tuple[str, ...]:
    return tuple(r["column"] for r in data_rows("gdelt_columns.tsv"))


def host_of(ev: EventRow) -> str | None:
    """The party in whose country an in-person meeting took place, when one side hosts."""
    if ev.mode == "host" and ev.location_country in ev.parties:
        return ev.location_country
    return None


def pair_code(cameo: str, host: str | None, actor1: str, actor2: str) -> str:
    """The CAMEO code of Actor1's action upon Actor2 in an event the record codes ``cameo``."""
    if cameo not in (VISIT, HOST) or host is None:
        return cameo
    if actor2 == host:
        return VISIT
    if actor1 == host:
        return HOST
    return THIRD_PLACE


def _full_name(ev: EventRow) -> str:
    country = party_name(ev.location_country) if ev.location_country else ""
    return ", ".join(p for p in (ev.location_name, country) if p)


def _number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def pair_rows(ev: EventRow) -> Iterator[dict[str, str]]:
    """The GDELT-style rows of one event (no GLOBALEVENTID yet): one per ordered pair of parties."""
    if ev.date is None or len(ev.parties) < 2:
        return
    host = host_of(ev)
    for a1 in ev.parties:
        for a2 in ev.parties:
            if a1 == a2:
                continue
            code = cameo_codes()[pair_code(ev.cameo, host, a1, a2)]
            yield {
                "SQLDATE": ev.date.strftime("%Y%m%d"),
                "Actor1CountryCode": "" if is_org(a1) else a1,
                "Actor2CountryCode": "" if is_org(a2) else a2,
                "EventCode": code.code,
                "EventRootCode": code.root,
                "QuadClass": str(code.quad_class),
                "GoldsteinScale": f"{code.goldstein:.1f}",
                "ActionGeo_FullName": _full_name(ev),
                "ActionGeo_CountryCode": fips_code(ev.location_country) if ev.location_country else "",
                "ActionGeo_Lat": _number(ev.lat),
                "ActionGeo_Long": _number(ev.lon),
                "SOURCEURL": ev.url or ev.doc_id,
                "Actor1KnownGroupCode": a1 if is_org(a1) else "",
                "Actor2KnownGroupCode": a2 if is_org(a2) else "",
            }


def write(db: Backend, out: IO[str]) -> str:
    """Write the TSV; returns a summary of what was written and left out."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    header = columns()
    writer.writerow(header)
    n = used = skipped = 0
    for ev in event_rows(db):
        rows = list(pair_rows(ev))
        used += bool(rows)
        skipped += not rows
        for row in rows:
            n += 1
            row["GLOBALEVENTID"] = str(n)
            writer.writerow([spreadsheet_cell(row[c]) for c in header])
    return f"{n} rows from {used} events" + (
        f" ({skipped} without a date or a second party left out)" if skipped else ""
    )
