"""Publication dates from the header of a page.

Pages carry their publication date near the top, on a line of its own
("2017-08-06 10:33", "Updated: July 16, 2020 08:42"), at the end of the headline
("PM call with President Trump: 24 January 2020") or in a dateline opening the first
paragraph ("WASHINGTON, March 3, 2021 -"). Dates in the body prose are event dates, not
publication dates, so only those header shapes are read and a year is always required.
"""

from __future__ import annotations

import datetime as dt
import re

from readout.ingest._chars import clean_chars

HEADER_LINES = 6  # non-empty lines searched at the top of a page

MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

# Each alternative names its groups differently (suffix) because Python forbids reuse.
_DATE_FORMS = [
    r"(?P<iy>(?:19|20)\d\d)[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})",  # 2017-08-06
    r"(?P<na>\d{1,2})/(?P<nb>\d{1,2})/(?P<ny>(?:19|20)\d\d)",  # 12/11/2021 (US first)
    _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,  # July 03, 2017
    _WEEKDAY
    + _DAY.replace("day>", "dday>")
    + r"\s+"
    + _MONTH.replace("mon>", "dmon>")
    + r",?\s+"
    + _YEAR.replace("year>", "dyear>"),  # 24 January 2020
]
DATE = r"(?i:" + "|".join(f"(?:{form})" for form in _DATE_FORMS) + r")"
_TIME = (
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?\s*(?i:[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|(?i:beijing time|local time))\)?)?)?"
)
_LABEL = (
    r"(?i:(?:last\s+)?updated|published|posted|released|release\s+date|publication\s+date|date|time)"
    r"(?:\s+(?i:on|at))?\s*[:：]?\s*"
)
_SOURCE = r"(?i:source)\s*[:：]\s*[A-Za-z][\w .&'()-]{0,40}?"

# A line that is only a date, optionally labelled, with a source and a time.
_DATE_LINE = re.compile(rf"^\s*(?:{_LABEL}|{_SOURCE}\s*[|,·/-]?\s*)?{DATE}{_TIME}\s*(?:[|·,]\s*{_SOURCE})?\s*$")
# A headline ending in ": 24 January 2020" (or a dash before the date).
_TITLE_DATE = re.compile(rf"\S.{{4,200}}?(?::|\s[-–—|])\s+{DATE}\s*$")
# "WASHINGTON, March 3, 2021 —" or "Beijing, 3 March 2021 (Xinhua) -" opening a paragraph.
_DATELINE = re.compile(
    rf"^\s*(?!(?i:on|in|at|by|from|since|as of|until|before|after)\b)"
    rf"[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){{0,3}}(?:,\s*[A-Z][A-Za-z.' ]{{1,20}})?"
    rf",?\s+{DATE}\s*(?:\([^)\n]{{1,30}}\))?\s*(?:-{{1,2}}|–|—|:)",
)


def _to_iso(match: re.Match[str]) -> str | None:
    """Turn whichever date form matched into YYYY-MM-DD, or None if it is no real day."""
    g = match.groupdict()
    if g.get("iy"):
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g.get("ny"):
        first, second, year = int(g["na"]), int(g["nb"]), int(g["ny"])
        # Month first (US sites) unless the first number cannot be a month.
        month, day = (second, first) if first > 12 else (first, second)
    elif g.get("year"):
        year, month, day = int(g["year"]), MONTH_NUMBERS[g["mon"].lower()], int(g["day"])
    elif g.get("dyear"):
        year, month, day = int(g["dyear"]), MONTH_NUMBERS[g["dmon"].lower()], int(g["dday"])
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def is_date_line(line: str) -> bool:
    """True for a header line that only carries a publication date (and time, label, source)."""
    return bool(_DATE_LINE.match(clean_chars(line)))


def published_from_text(text: str, max_lines: int = HEADER_LINES) -> str | None:
    """Find the publication date in the header of ``text``; YYYY-MM-DD or None.

    Looks at the first ``max_lines`` non-empty lines for a date line, a headline ending
    in a date, or a dateline opening a paragraph. Never reads dates from body prose.
    """
    lines = [line for line in clean_chars(text).splitlines() if line.strip()][:max_lines]
    # A date line anywhere in the header wins over a date in a headline or dateline.
    for pattern in (_DATE_LINE, _TITLE_DATE, _DATELINE):
        for line in lines:
            found = pattern.match(line) if len(line) <= 300 else None
            iso = _to_iso(found) if found else None
            if iso:
                return iso
    return None
