"""Rich tables for the store's commands: one column per report, one row per aspect."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text


def _place(loc: dict[str, Any] | None) -> str:
    if not loc:
        return "-"
    return f"{loc['name'] or '?'} ({loc['country'] or '?'})" if loc.get("name") else str(loc["country"])


def _participant(p: dict[str, Any]) -> str:
    side = p["country"] or p["org"] or "?"
    who = p["name"] or "(unnamed)"
    return f"{who} [{side}]" + (f"\n  {p['title']}" if p["title"] else "")


def _stances(report: dict[str, Any]) -> Text:
    text = Text()
    for i, s in enumerate(report["stances"]):
        if i:
            text.append("\n")
        line = f"{s['holder']} {s['alignment']} {s['target'] or '-'} on {s['issue']}"
        text.append(line, style="bold" if s["only_here"] else "")
        if s["only_here"]:
            text.append(" *")
    return text if report["stances"] else Text("-")


def comparison_table(cmp: dict[str, Any]) -> Table:
    """The reports of one interaction side by side; what only one report says is marked."""
    reports = cmp["reports"]
    where = f", in {cmp['location_country']}" if cmp["location_country"] else ""
    title = (
        f"Interaction {cmp['interaction_id']}: {cmp['kind']} {cmp['date'] or 'date?'}, "
        f"{' - '.join(cmp['parties']) or '?'}{where} ({len(reports)} report{'s' if len(reports) != 1 else ''})"
    )
    several = len(reports) > 1
    caption = (
        "* said by this report only" if several and any(s["only_here"] for r in reports for s in r["stances"]) else None
    )
    table = Table(title=title, caption=caption, show_lines=True)
    table.add_column("", style="bold", no_wrap=True)
    for r in reports:
        head = r["doc_id"] + (f" (v{r['version']})" if r["version"] > 1 else "")
        table.add_column(head + (f"\n{r['publisher']}" if r["publisher"] else ""), overflow="fold")
    rows: list[tuple[str, list[Any]]] = [
        ("published", [r["published"] or "-" for r in reports]),
        ("title", [r["title"] or "-" for r in reports]),
        ("date", [r["event"]["date"] or "-" for r in reports]),
        ("place", [_place(r["event"]["location"]) for r in reports]),
        ("mode", [f"{r['event']['mode'] or '-'} (CAMEO {r['event']['cameo']})" for r in reports]),
        ("participants", ["\n".join(map(_participant, r["participants"])) or "-" for r in reports]),
    ]
    rows.append(("topics", [", ".join(r["topics"]) or "-" for r in reports]))
    if several:
        rows.append(("topics only here", [", ".join(r["only_here"]) or "-" for r in reports]))
    rows.append(("stances", [_stances(r) for r in reports]))
    for label, cells in rows:
        table.add_row(label, *cells)
    return table
