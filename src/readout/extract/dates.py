"""Dates: the day an interaction took place, resolved against the publication date.

Readouts write "On September 16, 2021 local time", "On Nov 18" (no year), "02.06.2022", "on Saturday",
"yesterday", "today", or a dateline ("Beijing, April 28th—"). Only the document's own
expressions and its publication date are used; a day without a year, a weekday or "today"
with no publication date gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from readout.ingest.header import MONTH_NUMBERS

MONTHS = MONTH_NUMBERS  # one table of month names, shared with the header reader
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
MONTH_DAY = re.compile(rf"\b{MONTH}\s*{DAY}\b(?:,?\s*{YEAR}\b)?")
DAY_MONTH = re.compile(rf"\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR}\b)?")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# "04.03.2025": day first (two digits each), as the ministries that write dates with dots do; with slashes
# only where the order cannot be mistaken ("25/10/2017", "10/25/2017").
DOTTED = re.compile(r"(?<![\d.])(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>(?:19|20)\d\d)(?![\d])")
SLASHED = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")
YEAR_SPAN = re.compile(r"\s*[-–]\s*(?:19|20)\d\d\b")
RELATIVE = re.compile(
    r"\b(?P<rel>today|yesterday|this (?:morning|afternoon|evening)|tonight|earlier today|the day before yesterday|"
    r"(?:on |last )?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:morning|afternoon|evening|night))?"
    # "met ... in Rabat on the 5th": a day of the month of publication (or of the month before)
    r"|on the (?P<ord>\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[,.;]|$|(?:in|at|with|when|during|of this month)\b)))\b",
    re.I,
)


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    value: date | None
    explicit: bool  # carried a month and day


def find_dates(text: str, offset: int, published: date | None) -> list[DateHit]:
    """Date expressions in ``text`` with their resolved day (None where the year is unknowable)."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for pattern in (ISO, DOTTED, SLASHED, MONTH_DAY, DAY_MONTH):
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if pattern in (MONTH_DAY, DAY_MONTH) and m.group("year") and YEAR_SPAN.match(text, m.end()):
                taken.append((m.start(), m.end()))
                continue  # "(January 18, 1950-2024)": an anniversary's span of years, not a day of this text
            value = _slashed(m) if pattern is SLASHED else _resolve(m, published)
            if value is False:
                continue
            taken.append((m.start(), m.end()))
            hits.append(DateHit(offset + m.start(), offset + m.end(), value if isinstance(value, date) else None, True))
    for m in RELATIVE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        hits.append(DateHit(offset + m.start(), offset + m.end(), _relative(m, published), False))
    hits.sort(key=lambda h: h.start)
    return hits


def _resolve(m: re.Match[str], published: date | None) -> date | None | bool:
    month_s = m.group("month").lower().rstrip(".")
    month = int(month_s) if month_s.isdigit() else MONTHS.get(month_s)
    if month is None:
        return False
    day = int(m.group("day"))
    year_s = m.group("year")
    if year_s:
        try:
            return date(int(year_s), month, day)
        except ValueError:
            return False
    if published is None:
        return None
    # A day without a year is the latest such day on or before publication (readouts report the past).
    for year in (published.year, published.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return False
        if d <= published + timedelta(days=1):
            return d
    return None


def _slashed(m: re.Match[str]) -> date | bool:
    """ "25/10/2017" or "10/25/2017": the day is the number above 12; both at most 12 is unreadable."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if (a > 12) == (b > 12):
        return False
    day, month = (a, b) if a > 12 else (b, a)
    try:
        return date(year, month, day)
    except ValueError:
        return False


def _relative(m: re.Match[str], published: date | None) -> date | None:
    if published is None:
        return None
    rel = m.group("rel").lower()
    if m.group("ord"):
        day = int(m.group("ord"))
        if day <= published.day:
            return published.replace(day=day)
        before = published.replace(day=1) - timedelta(days=1)
        return before.replace(day=day) if day <= before.day else None
    if m.group("wd"):
        target = WEEKDAYS.index(m.group("wd").lower())
        back = (published.weekday() - target) % 7
        return published - timedelta(days=back)
    if "day before yesterday" in rel:
        return published - timedelta(days=2)
    if "yesterday" in rel:
        return published - timedelta(days=1)
    return published


def several_days(norm: str, h: DateHit) -> bool:
    """A date given as a span of days ("on 03 and 04 February", "January 26-27")."""
    before = norm[max(0, h.start - 12) : h.start]
    after = norm[h.end : h.end + 8]
    if not h.explicit:
        return False
    span_before = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to)\s+$|\b\d{1,2}[-–]$", before)
    return bool(span_before or re.match(r"[-–]\d{1,2}\b|\s+(?:to|and)\s+\d{1,2}\b", after))  # "from Dec. 11 to 12"
