"""The web app's own queries: what ``readout.analyse`` does not ask (yet).

Documents (search and one document), event rows, a light list of interactions paged in
SQL, a country's profile, topics, and the sentences behind a stance-matrix cell. Written
like ``readout.analyse``: ``?`` placeholders, SQL both backends accept, only current
codings, conditions built with ``readout.analyse.filters``. Candidates for merging into
``readout.analyse`` (a ``documents`` and a ``country`` view) later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from dataclasses import replace
from typing import Any

from readout.analyse.filters import DOC_DATE, InteractionFilter, Where, like_pattern, party_param
from readout.analyse.names import party_name
from readout.gazetteer import office_of
from readout.store.backends import Backend
from readout.store.search import WORD, Query, conditions, parse_query, stem
from readout.store.summaries import FIELDS, NAMES, split_participants
from readout.web.params import Filters, Paging

# Current documents: their summaries (store/summaries.py) hold their dates, parties, kinds,
# issues and participants' names, so a filter reads one table.
_CURRENT = "document_facts df"


def document_where(f: Filters) -> Where:
    """Conditions on ``document_facts df`` (current codings) for the document filters.

    ``q`` goes through the full-text index (``store/search.py``): stems and "phrases".
    """
    w = Where()
    for clause, params in conditions(parse_query(f.q), "df.coding_id"):
        w.add(clause, *params)
    for code in (f.country, f.with_):
        if code:  # it publishes for ``code`` or one of its events has ``code`` as a party
            w.add("(df.publisher_country = ? OR df.parties LIKE ?)", code, party_param(code))
    if f.kind:
        w.add("df.kinds LIKE ?", party_param(f.kind))
    if f.publisher:
        w.add("df.publisher_country = ?", f.publisher)
    w.period(f.since, f.until)
    if f.person:
        w.add("df.names LIKE ? ESCAPE '\\'", like_pattern(f.person))
    if f.issue:  # a topic or a stance on the issue
        w.add("df.issues LIKE ?", party_param(f.issue))
    if f.person_id is not None:  # it names the person (however)
        w.add("df.coding_id IN (SELECT a.coding_id FROM person_appearances a WHERE a.person_id = ?)", f.person_id)
    if f.place:  # it reports an interaction held there
        w.add(_AT_PLACE, f.place)
    return w


_AT_PLACE = """df.coding_id IN (SELECT r.coding_id FROM interaction_reports r
    JOIN interaction_facts i ON i.interaction_id = r.interaction_id WHERE i.place = ?)"""


# The page's keys first (the newest, then in the order stored: a top-N of the summaries on
# numbers; the matches are counted apart, which lets the database keep only the page while
# sorting), then its rows: texts and titles are read for the page only.
_DOCUMENTS = """
WITH hits AS (
    SELECT df.coding_id, df.date
    FROM document_facts df
    {where}
    ORDER BY df.date DESC NULLS LAST, df.coding_id
    LIMIT ? OFFSET ?
)
SELECT h.coding_id, d.doc_id, d.version, COALESCE(c.title, d.title), d.publisher, df.publisher_country,
       h.date, c.is_readout, d.url, df.events, df.stances, {text}
FROM hits h JOIN document_facts df ON df.coding_id = h.coding_id
JOIN codings c ON c.coding_id = h.coding_id JOIN documents d ON d.doc_key = df.doc_key
ORDER BY h.date DESC NULLS LAST, h.coding_id
"""


def documents(db: Backend, f: Filters, page: Paging) -> tuple[int, list[dict[str, Any]]]:
    """(how many documents match, the page of them), newest first, each with a snippet of its text."""
    where = document_where(f)
    query = parse_query(f.q)
    text = "d.text" if query else "substr(d.text, 1, 400)"
    total = int(db.query(f"SELECT COUNT(*) FROM {_CURRENT} {where.sql()}", where.params)[0][0])
    if not total or page.offset >= total:
        return total, []
    found = db.query(_DOCUMENTS.format(where=where.sql(), text=text), [*where.params, page.limit, page.offset])
    rows = [
        {
            "doc_id": doc_id,
            "version": int(version),
            "title": title,
            "publisher": publisher,
            "publisher_country": country,
            "date": date,
            "is_readout": bool(is_readout),
            "url": url,
            "events": int(events),
            "stances": int(stances),
            "snippet": snippet(body or "", query),
        }
        for _, doc_id, version, title, publisher, country, date, is_readout, url, events, stances, body in found
    ]
    return total, rows


def undated_documents(db: Backend, f: Filters) -> int:
    """How many documents the filters would select but for their dates, having none (0 with no date filter)."""
    if not f.dated:
        return 0
    where = document_where(replace(f, since=None, until=None)).add(f"{DOC_DATE} IS NULL")
    return int(db.query(f"SELECT COUNT(*) FROM {_CURRENT} {where.sql()}", where.params)[0][0])


def undated_interactions(db: Backend, f: Filters) -> int:
    """How many interactions the filters would select but for their dates, having none (0 with no date filter)."""
    if not f.dated:
        return 0
    where = replace(f, since=None, until=None).interaction_filter().where().add("i.date IS NULL")
    return int(db.query(f"SELECT COUNT(*) FROM interaction_facts i {where.sql()}", where.params)[0][0])


def snippet(text: str, query: Query, width: int = 220) -> str:
    """About ``width`` characters of ``text`` around the first match of ``query`` (a phrase, else a word's stem).

    A phrase is found as search finds it: its words' stems in a row, whatever lies between them
    ("one China policy" in "one-China policy's")."""
    hits = []
    for phrase in query.phrases:  # first as typed, apart from case and what lies between the words
        found = re.search(r"\b" + r"\W+".join(map(re.escape, WORD.findall(phrase))) + r"\b", text, re.IGNORECASE)
        if found:
            hits.append(found.start())
    wants = [w for w in ([stem(x) for x in WORD.findall(p)] for p in query.phrases) if w]
    if wants and not hits:  # the words read until the first phrase ends: the last few words' stems kept
        window: deque[tuple[int, str]] = deque(maxlen=max(map(len, wants)))
        for m in WORD.finditer(text):
            window.append((m.start(), stem(m.group())))
            last = [s for _, s in window]
            want = next((w for w in wants if last[-len(w) :] == w), None)
            if want is not None:
                hits.append(window[-len(want)][0])
                break
    if not hits and query.stems:
        stems = set(query.stems)
        hits = [next((m.start() for m in WORD.finditer(text) if stem(m.group()) in stems), -1)]
        hits = [i for i in hits if i >= 0]
    start = max(0, min(hits) - width // 3) if hits else 0
    if start:  # begin at a word
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < min(hits) else start
    piece = " ".join(text[start : start + width].split())
    return ("… " if start else "") + piece + (" …" if start + width < len(text) else "")


# One query: the versions of the id and the coding's links to interactions ride along as text.
_DOCUMENT = """
SELECT d.doc_id, d.version, d.doc_key, d.source, d.url, d.publisher, d.title, d.published, d.text, d.ingested_at,
       c.coding_id, c.engine, c.coded_at,
       (SELECT string_agg(CAST(v.version AS TEXT), ',') FROM documents v WHERE v.doc_id = d.doc_id),
       (SELECT string_agg(CAST(r.event_ordinal AS TEXT) || ':' || CAST(r.interaction_id AS TEXT), ',')
        FROM interaction_reports r WHERE r.coding_id = c.coding_id)
FROM documents d JOIN codings c ON c.doc_key = d.doc_key AND c.current
WHERE d.doc_id = ?
"""


def _pairs(text: str | None) -> list[tuple[int, int]]:
    """'0:12,1:40' -> [(0, 12), (1, 40)]."""
    return [(int(a), int(b)) for a, _, b in (p.partition(":") for p in text.split(","))] if text else []


def document(db: Backend, doc_id: str) -> dict[str, Any] | None:
    """The current version of ``doc_id`` with its text, coding id and ``event_interactions`` (event ordinal ->
    interaction id); None when there is none."""
    rows = db.query(_DOCUMENT, [doc_id])
    if not rows:
        return None
    row = rows[0]
    doc_id, version, key, source, url, publisher, title, published, text, ingested, coding_id, engine, coded = row[:13]
    versions, links = row[13:]
    by_event = dict(_pairs(links))
    return {
        "doc_id": doc_id,
        "version": int(version),
        "versions": sorted(int(v) for v in versions.split(",")) if versions else [int(version)],
        "doc_key": key,
        "source": source,
        "url": url,
        "publisher": publisher,
        "title": title,
        "published": published,
        "ingested_at": ingested,
        "coding_id": int(coding_id),
        "engine": engine,
        "coded_at": coded,
        "interactions": sorted(set(by_event.values())),
        "text": text,
        "event_interactions": by_event,
    }


# One row per interaction from its summary (store/summaries.py): the page's ids first (a top-N
# on the sort keys; the matches are counted apart), then their rows, so that the wide columns
# (participants, documents) are read for the page only.
_INTERACTIONS = """
WITH page AS (
    SELECT i.interaction_id FROM interaction_facts i
    {where}
    ORDER BY {order}
    LIMIT ? OFFSET ?
)
SELECT i.interaction_id, i.date, i.kind, i.parties, i.location_country, i.place, i.reports, i.documents,
       i.participants
FROM interaction_facts i
WHERE i.interaction_id IN (SELECT interaction_id FROM page)
ORDER BY {order}
"""
SORT_KEYS = {
    "date": "i.date",
    "kind": "i.kind",
    "parties": "i.parties",
    "country": "i.location_country",
    "place": "i.place",
    "reports": "i.reports",
}
SEPARATOR = FIELDS


def _order(sort: str) -> str:
    """ORDER BY for ``sort`` (a key of SORT_KEYS, '-' first for descending), then by date and id."""
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    way = "DESC" if descending else "ASC"
    keys = [f"{SORT_KEYS[key]} {way} NULLS LAST"]
    if key != "date":
        keys.append("i.date ASC NULLS LAST")
    keys.append(f"i.interaction_id {way if key == 'date' else 'ASC'}")
    return ", ".join(keys)


def interaction_count(db: Backend, f: Filters) -> int:
    where = f.interaction_filter().where()
    return int(db.query(f"SELECT COUNT(*) FROM interaction_facts i {where.sql()}", where.params)[0][0])


def interaction_list(
    db: Backend,
    f: Filters,
    page: Paging,
    newest_first: bool = False,
    sort: str = "date",
    total: int | None = None,
    after: dt.date | None = None,
) -> tuple[int, list[dict[str, Any]]]:
    """(how many interactions match, the page of them) sorted (by date unless ``sort``), with place,
    participants (titles merged), reporting documents and their number (``total``: the number, when known;
    ``after``: with ``newest_first`` and no offset, a date the page's rows are all on or after, see
    ``newest_from``: the database sorts only the rows from then on)."""
    where = f.interaction_filter().where()
    total = interaction_count(db, f) if total is None else total
    if not total or page.offset >= total:
        return total, []
    if after is not None and newest_first and not page.offset:
        where.add("i.date >= ?", after)  # the page's ids chosen among the rows from then on
    sql = _INTERACTIONS.format(where=where.sql(), order=_order("-date" if newest_first else sort))
    found = db.query(sql, [*where.params, page.limit, page.offset])
    rows = [
        {
            "interaction_id": int(iid),
            "date": date,
            "kind": kind,
            "place": place,
            "location_country": country,
            "parties": parties.split("|") if parties else [],
            "participants": split_participants(people),
            "reports": int(n),
            "documents": docs.split(SEPARATOR) if docs else [],
        }
        for iid, date, kind, parties, country, place, n, docs, people in found
    ]
    return total, rows


def person_name(db: Backend, person_id: int | None) -> str | None:
    """The name a person's page is titled with (None: no such person, or no ``person_id``)."""
    if person_id is None:
        return None
    found = db.query("SELECT name FROM people WHERE person_id = ?", [person_id])
    return str(found[0][0]) if found else None


_PERSON_YEARS = """
SELECT CAST(EXTRACT(YEAR FROM i.date) AS INTEGER) AS y, COUNT(*) FROM interaction_facts i
WHERE i.interaction_id IN (SELECT a.interaction_id FROM person_appearances a WHERE a.person_id = ?)
GROUP BY y ORDER BY y
"""


def person_years(db: Backend, person_id: int) -> list[tuple[int | None, int]]:
    """A person's interactions per year (None: no known date), oldest first, as ``person_id``'s filter counts them."""
    found = [(None if y is None else int(y), int(n)) for y, n in db.query(_PERSON_YEARS, [person_id])]
    return sorted(found, key=lambda r: (r[0] is None, r[0] or 0))


def interaction_exists(db: Backend, interaction_id: int) -> bool:
    """An interaction that a current coding reports."""
    return bool(db.query("SELECT 1 FROM interaction_facts WHERE interaction_id = ?", [interaction_id]))


# A party's partners by month (undated interactions: no year, no month), read once for the
# country page's partners by year and its chart: the interactions counted per set of parties and
# month first (many share one set), then each set's members.
_MONTHLY = """
WITH selected AS (
    SELECT i.parties, CAST(EXTRACT(YEAR FROM i.date) AS INTEGER) AS year,
           CAST(EXTRACT(MONTH FROM i.date) AS INTEGER) AS month, COUNT(*) AS n
    FROM interaction_facts i {where}
    GROUP BY i.parties, CAST(EXTRACT(YEAR FROM i.date) AS INTEGER), CAST(EXTRACT(MONTH FROM i.date) AS INTEGER)
), members AS (
    SELECT year, month, n, unnest(string_to_array(parties, '|')) AS partner FROM selected
)
SELECT year, month, partner, CAST(SUM(n) AS BIGINT) AS n
FROM members WHERE partner <> ?
GROUP BY year, month, partner
"""
# The same from the interactions counted per party, partner and month (``party_months``, store/summaries.py),
# when the filters are ones those counts can answer.
_MONTH_MONTHLY = """
SELECT p.year, p.month, p.partner, CAST(SUM(p.interactions) AS BIGINT) AS n
FROM party_months p {where}
GROUP BY p.year, p.month, p.partner
"""
Monthly = list[tuple[Any, ...]]


# A party's months once for its page: its partners (as ``_MONTH_MONTHLY``) and its own rows (partner ''), which
# count all its interactions and give their first and last dates.
_PARTY_MONTHS = """
SELECT p.year, p.month, p.partner, CAST(SUM(p.interactions) AS BIGINT) AS n, MIN(p.first), MAX(p.last)
FROM party_months p {where}
GROUP BY p.year, p.month, p.partner
"""


def party_months(db: Backend, code: str, f: Filters) -> tuple[Monthly, tuple[int, Any, Any], Monthly] | None:
    """What ``partners_monthly`` and ``interactions_of`` give, from one read of ``party_months``, and the party's
    own (year, month, interactions); None when the counts per month cannot answer ``f``."""
    months = f.interaction_filter().month_where() if not f.with_ else None
    if months is None:
        return None
    months.add("p.party = ? AND p.partner NOT IN ('*', ?)", code, code)
    monthly: Monthly = []
    own: Monthly = []
    n, first, last = 0, None, None
    for year, month, partner, k, one, other in db.query(_PARTY_MONTHS.format(where=months.sql()), months.params):
        if partner:
            monthly.append((year, month, partner, k))
            continue
        own.append((year, month, k))
        n += int(k)
        first = one if first is None or (one is not None and one < first) else first
        last = other if last is None or (other is not None and other > last) else last
    return monthly, (n, first, last), own


def partners_monthly(db: Backend, code: str, f: Filters) -> Monthly:
    """(year, month, partner, interactions) of ``code``'s interactions with each partner; undated: year None."""
    months = f.interaction_filter().month_where() if not f.with_ else None
    if months is not None:
        months.add("p.party = ? AND p.partner NOT IN ('', '*', ?)", code, code)
        return db.query(_MONTH_MONTHLY.format(where=months.sql()), months.params)
    where = replace(f.interaction_filter(), parties=(code,)).where()
    return db.query(_MONTHLY.format(where=where.sql()), [*where.params, code])


TOP_ISSUES = 15
_SUMMARY = "SELECT COUNT(*), MIN(i.date), MAX(i.date) FROM interaction_facts i {where}"
_MONTH_SUMMARY = "SELECT COALESCE(SUM(p.interactions), 0), MIN(p.first), MAX(p.last) FROM party_months p {where}"


def interactions_of(db: Backend, code: str, f: Filters) -> tuple[int, Any, Any]:
    """How many interactions ``code`` took part in (with ``f``'s other filters), the first and last date."""
    months = f.interaction_filter().month_where() if not f.with_ else None
    if months is not None:
        months.add("p.party = ? AND p.partner = ''", code)
        n, first, last = db.query(_MONTH_SUMMARY.format(where=months.sql()), months.params)[0]
    else:
        where = replace(f.interaction_filter(), parties=(code,)).where()
        n, first, last = db.query(_SUMMARY.format(where=where.sql()), where.params)[0]
    return int(n), first, last


def country_profile(
    db: Backend, code: str, f: Filters, monthly: Monthly | None = None, counted: tuple[int, Any, Any] | None = None
) -> dict[str, Any]:
    """How many interactions ``code`` took part in, its partners by year, and the issues of documents about it
    (``monthly``, ``counted``: what ``partners_monthly`` and ``interactions_of`` give, when read already)."""
    n, first, last = interactions_of(db, code, f) if counted is None else counted
    by_year: dict[tuple[Any, str], int] = {}
    for year, _, partner, k in partners_monthly(db, code, f) if monthly is None else monthly:
        by_year[(year, partner)] = by_year.get((year, partner), 0) + int(k)
    order = sorted(by_year, key=lambda yp: (yp[0] is None, yp[0] or 0, -by_year[yp], yp[1]))
    partners = [{"year": year, "partner": partner, "interactions": by_year[(year, partner)]} for year, partner in order]
    issues = topic_counts(db, replace(f, country=code, with_=None))[:TOP_ISSUES]
    return {"interactions": int(n), "first": first, "last": last, "partners_by_year": partners, "top_issues": issues}


# Each document's topics are one '|'-delimited string of its summary: unnested and counted, a
# scan of one table (the topics table joined to the current documents costs ten times more).
_TOPICS = """
SELECT issue, COUNT(*) AS documents
FROM (SELECT unnest(string_to_array(df.topics, '|')) AS issue FROM document_facts df {where}) AS u
WHERE issue <> ''
GROUP BY issue
ORDER BY documents DESC, issue
"""


# The same for the documents about one party, from their counts per party and month (``party_topics``,
# store/summaries.py), when the filters are ones those counts can answer.
_PARTY_TOPICS = """
SELECT p.issue, CAST(SUM(p.documents) AS BIGINT) AS documents
FROM party_topics p
{where}
GROUP BY p.issue
ORDER BY documents DESC, p.issue
"""


def topic_counts(db: Backend, f: Filters) -> list[dict[str, Any]]:
    """Issues discussed, with the number of current documents discussing each (document filters apply)."""
    months = _party_topic_where(f)
    if months is not None:
        found = db.query(_PARTY_TOPICS.format(where=months.sql()), months.params)
    else:
        where = document_where(f)
        found = db.query(_TOPICS.format(where=where.sql()), where.params)
    return [{"issue": i, "documents": int(n)} for i, n in found]


def _party_topic_where(f: Filters) -> Where | None:
    """The conditions on ``party_topics p`` that select the documents ``f`` selects: one party and a period of
    whole months at most; None when the counts cannot say."""
    if not f.country or f.with_ or f.q or f.kind or f.publisher or f.person or f.issue or f.person_id is not None:
        return None
    months = InteractionFilter(since=f.since, until=f.until).month_where()
    return months.add("p.party = ?", f.country) if months is not None else None


# The cell's stances first (at most ``limit``, in date order) from their summary (``stance_evidence``,
# store/summaries.py: documents and evidence spans at hand), then the text around their spans: texts are read for
# those documents only, one window per stance from before its first span to after its last.
_SENTENCES = """
WITH chosen AS (
    SELECT s.coding_id, s.ordinal, s.alignment, s.target, s.doc_key, s.doc_id, s.date, s.publisher_country, s.spans,
           s.first_start, s.last_end
    FROM stance_evidence s
    {where}
    ORDER BY s.date NULLS LAST, s.doc_id, s.ordinal
    LIMIT ?
)
SELECT ch.doc_id, COALESCE(c.title, d.title), ch.date, ch.publisher_country, ch.ordinal, ch.alignment, ch.target,
       ch.spans, ch.first_start,
       substr(d.text, GREATEST(ch.first_start - CAST(? AS INTEGER), 0) + 1,
              ch.last_end - GREATEST(ch.first_start - CAST(? AS INTEGER), 0) + CAST(? AS INTEGER))
FROM chosen ch
JOIN codings c ON c.coding_id = ch.coding_id
JOIN documents d ON d.doc_key = ch.doc_key
ORDER BY ch.date NULLS LAST, ch.doc_id, ch.ordinal
"""
CONTEXT = 300  # characters read on each side of a span to find its sentence


def stance_sentences(
    db: Backend,
    holder: str,
    issue: str,
    *,
    alignment: str | None = None,
    target: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """The evidence behind a stance-matrix cell: each stance of ``holder`` on ``issue``, with its sentence."""
    where = Where().add("s.holder = ?", holder).add("s.issue = ?", issue)
    if alignment:
        where.add("s.alignment = ?", alignment)
    if target:
        where.add("s.target = ?", target)
    where.period(since, until, "s.date")
    sql = _SENTENCES.format(where=where.sql())
    params = [*where.params, limit, CONTEXT, CONTEXT, CONTEXT]
    found = []
    for doc_id, title, date, country, ordinal, align, tgt, spans, first, window in db.query(sql, params):
        evidence = []
        base = max(int(first) - CONTEXT, 0) if first is not None else 0
        for span in (spans or "").split():
            start, end = (int(x) for x in span.split(":"))
            # each span's own window (CONTEXT each side), as if read alone
            offset = max(start - CONTEXT, 0)
            piece = (window or "")[offset - base : end + CONTEXT - base]
            before, quote, after = sentence_around(piece, start - offset, end - offset)
            evidence.append({"start": start, "end": end, "before": before, "quote": quote, "after": after})
        found.append(
            {
                "doc_id": doc_id,
                "title": title,
                "date": date,
                "publisher_country": country,
                "stance": int(ordinal),
                "holder": holder,
                "alignment": align,
                "target": tgt,
                "issue": issue,
                "evidence": evidence,
            }
        )
    return found


_STOPS = ".!?\n"


_STANCE_YEARS = """
SELECT CAST(EXTRACT(YEAR FROM s.date) AS INTEGER) AS y, s.{series} AS series, s.alignment, COUNT(DISTINCT s.coding_id)
FROM stance_evidence s
{where}
GROUP BY y, series, s.alignment
"""
STANCE_SERIES = 6  # the busiest issues (or holders) as series, the rest as "other"


def stance_years(
    db: Backend,
    holder: str | None,
    issue: str | None,
    target: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> tuple[list[str], list[dict[str, Any]]]:
    """A holder's stances (by issue) or an issue's (by holder) per year: documents supporting and opposing.

    Returns the series, busiest first (at most STANCE_SERIES, then "other"), and rows of
    ``{year, series, alignment, documents}``; stances with no known date are left out.
    """
    assert (holder is None) != (issue is None), "a holder or an issue"
    series = "issue" if holder else "holder"
    w = Where()
    w.add("s.holder = ?" if holder else "s.issue = ?", holder or issue)
    w.add("s.date IS NOT NULL")
    if target:
        w.add("s.target = ?", target)
    if since:
        w.add("s.date >= ?", since)
    if until:
        w.add("s.date <= ?", until)
    found = db.query(_STANCE_YEARS.format(series=series, where=w.sql()), w.params)
    totals: dict[str, int] = {}
    for _, name, _, n in found:
        totals[str(name)] = totals.get(str(name), 0) + int(n)
    top = sorted(totals, key=lambda k: (-totals[k], k))[:STANCE_SERIES]
    kept = set(top)
    merged: dict[tuple[int, str, str], int] = {}
    for y, name, alignment, n in found:
        key = (int(y), str(name) if str(name) in kept else "other", str(alignment))
        merged[key] = merged.get(key, 0) + int(n)
    rows = [{"year": y, "series": s, "alignment": a, "documents": n} for (y, s, a), n in sorted(merged.items())]
    return top + (["other"] if len(totals) > len(top) else []), rows


def sentence_around(window: str, start: int, end: int) -> tuple[str, str, str]:
    """The span ``window[start:end]`` with the rest of its sentence before and after it."""
    start, end = max(0, min(start, len(window))), max(0, min(end, len(window)))
    left = max((window.rfind(ch, 0, start) for ch in _STOPS), default=-1)
    rights = [i for i in (window.find(ch, end) for ch in _STOPS) if i >= 0]
    right = min(rights) + 1 if rights else len(window)
    quote = window[start:end]
    if quote and quote[-1] in _STOPS:
        right = end
    return window[left + 1 : start].lstrip(), quote, window[end:right].rstrip()


_STATEMENTS = """
SELECT d.doc_id, COALESCE(c.title, d.title), {date} AS date, s.ordinal, s.speaker, s.text
FROM statements s JOIN document_facts df ON df.coding_id = s.coding_id
JOIN codings c ON c.coding_id = s.coding_id
JOIN documents d ON d.doc_key = df.doc_key
WHERE s.speaker IN (SELECT unnest(CAST(? AS TEXT[]))) AND (s.country = ? OR s.country IS NULL)
ORDER BY date NULLS LAST, d.doc_id, s.ordinal
LIMIT ?
"""


def statements_of(db: Backend, names: list[str], side: str | None, limit: int = 200) -> list[dict[str, Any]]:
    """What readouts quote one person as saying: statements whose speaker is one of ``names`` (of ``side``)."""
    rows = db.query(_STATEMENTS.format(date=DOC_DATE), [names, side, limit])
    return [
        {"doc_id": doc_id, "title": title, "date": date, "statement": int(o), "speaker": speaker, "text": text}
        for doc_id, title, date, o, speaker, text in rows
    ]


TOP_PARTNERS = 6
MONTHS_UP_TO = 6  # years: a longer span is counted by year


def partner_series(
    db: Backend, code: str, f: Filters, top: int = TOP_PARTNERS, monthly: Monthly | None = None
) -> dict[str, Any]:
    """Interactions of ``code`` per month (per year over a long span) with its top partners, the rest as 'other'.

    Periods with none are absent (a chart on a time axis shows them as gaps).
    """
    found = partners_monthly(db, code, f) if monthly is None else monthly
    rows = [r for r in found if r[0] is not None and r[1] is not None]
    totals: dict[str, int] = {}
    for _, _, partner, n in rows:
        totals[partner] = totals.get(partner, 0) + int(n)
    leaders = sorted(totals, key=lambda p: (-totals[p], p))[:top]
    years = [int(y) for y, _, _, _ in rows]
    by = "month" if years and max(years) - min(years) < MONTHS_UP_TO else "year"
    counts: dict[tuple[dt.date, str], int] = {}
    for year, month, partner, n in rows:
        period = dt.date(int(year), int(month) if by == "month" else 1, 1)
        key = (period, partner if partner in leaders else "other")
        counts[key] = counts.get(key, 0) + int(n)
    series = [{"period": p, "partner": who, "interactions": n} for (p, who), n in sorted(counts.items())]
    partners = leaders + (["other"] if len(totals) > len(leaders) else [])
    names = {who: f"{party_name(who)} ({who})" if who != "other" else "other partners" for who in partners}
    return {"by": by, "partners": partners, "names": names, "series": series}


_PLACES = """
SELECT i.place, MIN(i.location_country), AVG(i.lat), AVG(i.lon), i.mode, COUNT(*) AS n
FROM interaction_facts i
{where}
GROUP BY i.place, i.location_country, i.mode
ORDER BY n DESC, i.place, MIN(i.location_country), i.mode
LIMIT ?
"""
MAX_PLACES = 500


def places(db: Backend, f: Filters, limit: int = MAX_PLACES) -> list[dict[str, Any]]:
    """Where interactions took place: each place (with its coordinates) and mode, with how many interactions.

    ``mode`` is the record's: ``host`` (in one party's country) or ``third_location`` (elsewhere).
    """
    where = f.interaction_filter().where().add("i.lat IS NOT NULL AND i.lon IS NOT NULL")
    rows = db.query(_PLACES.format(where=where.sql()), [*where.params, limit])
    return [
        {
            "place": place,
            "country": country,
            "lat": round(float(lat), 4),
            "lon": round(float(lon), 4),
            "mode": mode,
            "interactions": int(n),
        }
        for place, country, lat, lon, mode, n in rows
    ]


_PAIR_STANCES = f"""
SELECT s.holder, s.target, s.issue, s.alignment, CAST(EXTRACT(YEAR FROM {DOC_DATE}) AS INTEGER) AS year,
       COUNT(DISTINCT s.coding_id)
FROM stances s
JOIN document_facts df ON df.coding_id = s.coding_id
{{where}}
GROUP BY s.holder, s.target, s.issue, s.alignment, CAST(EXTRACT(YEAR FROM {DOC_DATE}) AS INTEGER)
ORDER BY year NULLS LAST, s.holder, s.issue, s.alignment
"""


# The same from the stances counted per pair and year (``stance_pair_years``, store/summaries.py), for a period of
# whole years (or none).
_PAIR_YEARS = """
SELECT s.holder, s.target, s.issue, s.alignment, s.year, s.documents
FROM stance_pair_years s
{where}
ORDER BY s.year NULLS LAST, s.holder, s.issue, s.alignment
"""


# The level of an interaction: the highest office among its participants (by their titles).
LEVELS = ("heads of state or government", "ministers", "other officials")
_DEPUTY = re.compile(r"\b(?:deputy|vice|acting|former)\b", re.I)
_MINISTERIAL = re.compile(r"\bminist(?:er|ry)\b|\bsecretary\b|\bforeign\b|\bdefen[cs]e\b|\bhigh representative\b", re.I)


def title_level(title: str | None) -> int:
    """0: a head of state or government (not a deputy), 1: a minister (or a deputy, a vice president,
    a secretary-general), 2: anyone else or no title; offices as ``title_offices.tsv`` names them."""
    if not title:
        return 2
    office = office_of(title)
    if office in ("head_of_state", "head_of_government") and not _DEPUTY.search(title):
        return 0
    if office or _MINISTERIAL.search(title):
        return 1
    return 2


_PAIR_LEVELS = "SELECT CAST(EXTRACT(YEAR FROM i.date) AS INTEGER), i.participants FROM interaction_facts i {where}"


def pair_levels(db: Backend, a: str, b: str, f: Filters) -> list[dict[str, Any]]:
    """Interactions between ``a`` and ``b`` per year (None: no date) by level (``LEVELS``): ``{year, level, n}``."""
    where = replace(f, country=a, with_=b).interaction_filter().where()
    counts: dict[tuple[int | None, int], int] = {}
    levels: dict[str | None, int] = {}
    for year, people in db.query(_PAIR_LEVELS.format(where=where.sql()), where.params):
        best = 2
        for item in people.split(NAMES) if people else ():
            title = item.split(FIELDS)[3]  # name, country, org, title, person (store/summaries.py)
            if title not in levels:
                levels[title] = title_level(title)
            best = min(best, levels[title])
        key = (None if year is None else int(year), best)
        counts[key] = counts.get(key, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or 0, kv[0][1]))
    return [{"year": y, "level": LEVELS[lv], "n": n} for (y, lv), n in ordered]


def pair_stances(db: Backend, a: str, b: str, f: Filters) -> list[dict[str, Any]]:
    """Stances of each of two parties on the other's positions, per year (documents reporting each)."""
    where = Where().add("(s.holder = ? AND s.target = ?) OR (s.holder = ? AND s.target = ?)", a, b, b, a)
    whole_years = (not f.since or (f.since.month, f.since.day) == (1, 1)) and (
        not f.until or (f.until.month, f.until.day) == (12, 31)
    )
    if whole_years:
        if f.since:
            where.add("s.year >= ?", f.since.year)
        if f.until:
            where.add("s.year <= ?", f.until.year)
        sql = _PAIR_YEARS
    else:
        where.period(f.since, f.until)
        sql = _PAIR_STANCES
    return [
        {"holder": h, "target": t, "issue": i, "alignment": al, "year": y, "documents": int(n)}
        for h, t, i, al, y, n in db.query(sql.format(where=where.sql()), where.params)
    ]


# The whole matrix as JSON text, written by the database: 2,400 cells of some 30 targets each
# (100,000 documents) made into Python lists and then JSON cost the request about 20 ms of the
# interpreter's time, which four concurrent requests take in turns.
_MATRIX_JSON = """
SELECT string_agg(
    '{"holder":' || CAST(to_json(s.holder) AS TEXT) || ',"issue":' || CAST(to_json(s.issue) AS TEXT)
    || ',"supports":' || CAST(s.supports AS TEXT) || ',"opposes":' || CAST(s.opposes AS TEXT)
    || ',"targets":' || CASE WHEN COALESCE(s.targets, '') = '' THEN '[]'
                            ELSE CAST(to_json(string_to_array(s.targets, '|')) AS TEXT) END || '}',
    ',' ORDER BY s.holder, s.issue),
  string_agg(DISTINCT s.holder, '|'), string_agg(DISTINCT s.issue, '|')
FROM stance_cells s
{where}
"""


def stance_matrix_json(db: Backend, holder: str | None = None) -> tuple[list[str], list[str], str]:
    """The holders, the issues and the cells (a JSON array, as ``stance_cells`` gives them) of the whole matrix."""
    where = Where()
    if holder:
        where.add("s.holder = ?", holder)
    cells, holders, issues = db.query(_MATRIX_JSON.replace("{where}", where.sql()), where.params)[0]
    return (
        sorted(holders.split("|")) if holders else [],
        sorted(issues.split("|")) if issues else [],
        f"[{cells or ''}]",
    )
