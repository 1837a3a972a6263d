"""Summary tables the views read instead of joining the claim tables at every request.

``document_facts``: one row per current coding, what the document list and its filters
need: the document's date (its publication date, else its first event's), its publisher,
the parties and kinds of its events, the issues of its topics and stances (and of its
topics alone, which the topic counts unnest), its
participants' names, how many events and stances. The writer keeps it exact in the
transaction that stores or retires a coding, so it never shows a retired coding.

``interaction_facts``: one row per interaction that a current coding reports, what the
interaction lists, maps, timelines and networks need: its date, kind, parties and country,
the place its reports name (and mean coordinates), its number of reports and their
documents, its participants (titles merged over reports, with their person ids), and for
the filters the names, person ids, issues and publishers of its reports. The writer drops
the rows of interactions reported by a coding it retires (in the same transaction), and
linking (``store/interactions.py``) recomputes the rows of interactions that gained or lost
a report: between the two such an interaction is not listed, never listed wrong.

``stance_cells``: the stance matrix over all current documents (one row per holder and
issue). The writer drops the cells that the codings it stores or retires have stances in;
linking computes every cell missing (once per ingest, not per batch).

``person_appearances``: one row per named participant of a current coding that is resolved to
a person (``store/people.py``) and whose event a current report links to an interaction:
the person, the name and title as this report gives them, the side (state or organisation)
they appear for, when (the event's date, else the document's) and the interaction. The
people views (``readout people``, a person's page) and the person filter read it instead of
joining participants, events, codings, people and reports. The writer drops the rows of the
codings it retires; linking adds the rows missing (people are resolved and events linked
there).

``party_months`` (schema version 6; stored in party order since version 7, so that DuckDB skips the row
groups of other parties): interactions counted per party, partner, kind and month,
what a country's chart and partners, a pair's years, and the network read instead of
unnesting the parties of every interaction at each request: for each party, a row per
partner (another party of the same interactions), a row with partner ``''`` (every
interaction of the party, alone or not) and one with partner ``'*'`` (those with at least one
other party: the network's nodes), each with how many interactions and their first and last
dates (undated ones: year and month NULL). Computed anew by each linking from
``interaction_facts`` (a GROUP BY of a few hundred milliseconds at 100,000 documents); between a
write and its linking it may still count the interactions of a retired coding.

``people_summary`` (schema version 6): what ``readout people`` and a person's page show when no
period is chosen, from ``person_appearances``: a row per person and one per person and title,
over every side they appeared for and per side. ``stance_target_cells`` (version 6): the stance
matrix on one party's positions (no period): per target, holder and issue, documents reporting
support and opposition. Both computed anew by each linking, like ``party_months``.

``party_topics`` (schema version 7, in party order): per party, issue and month, the current documents about
the party (published for it, or with it among their events' parties) that discuss the issue: a country page's
top issues.
``stance_pair_years`` (version 7): per holder, target, issue, alignment and year, the current documents reporting
that stance: the stances between the two parties of a timeline. ``stance_evidence`` (version 7): each stance of a
current document with its document's date and id and its evidence spans, by holder and issue: a stance cell's
sentences. All three computed anew by each linking.

``store_generation``: one number that every write and every linking increases (and the
store's own random id), so that a reader can tell whether what it computed earlier is still
what the store holds (the web app's cache, ``web/cache.py``).

Set-valued columns are delimited strings matched with ``LIKE`` (``'|CHN|USA|'`` holds
``'%|CHN|%'``), which both backends scan quickly; names are lower case between ``chr(30)``.
Both tables are filled for an existing store by migration 4, with the statements below;
``person_appearances`` and ``store_generation`` by migration 5; ``party_months``, ``people_summary``
and ``stance_target_cells`` by migration 6; ``party_topics``, ``stance_pair_years`` and ``stance_evidence`` by
migration 7.
"""

from __future__ import annotations

from typing import Any

from readout.store.backends import Backend

NAMES = chr(30)  # separates names (and participants); no text the engine stores holds it
FIELDS = chr(31)  # separates a participant's fields, and document ids

DOCUMENT_FACTS = """CREATE TABLE document_facts (
    coding_id BIGINT PRIMARY KEY, doc_key TEXT NOT NULL, doc_id TEXT NOT NULL, date DATE,
    publisher_country TEXT, parties TEXT NOT NULL, kinds TEXT NOT NULL, issues TEXT NOT NULL,
    topics TEXT NOT NULL, names TEXT NOT NULL, events INTEGER NOT NULL, stances INTEGER NOT NULL)"""

INTERACTION_FACTS = """CREATE TABLE interaction_facts (
    interaction_id BIGINT PRIMARY KEY, kind TEXT NOT NULL, date DATE, parties TEXT NOT NULL,
    location_country TEXT, place TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, mode TEXT,
    reports INTEGER NOT NULL, documents TEXT NOT NULL, participants TEXT NOT NULL,
    names TEXT NOT NULL, people TEXT NOT NULL, issues TEXT NOT NULL, publishers TEXT NOT NULL)"""

# The stance matrix over every current document (``readout stances`` without filters): per
# holder and issue, how many documents report support and opposition, and whose positions.
STANCE_CELLS = """CREATE TABLE stance_cells (
    holder TEXT NOT NULL, issue TEXT NOT NULL, supports INTEGER NOT NULL, opposes INTEGER NOT NULL,
    targets TEXT NOT NULL, PRIMARY KEY (holder, issue))"""
_FILL_CELLS = """
INSERT INTO stance_cells (holder, issue, supports, opposes, targets)
SELECT s.holder, s.issue,
       COUNT(DISTINCT CASE WHEN s.alignment = 'supports' THEN s.coding_id END),
       COUNT(DISTINCT CASE WHEN s.alignment = 'opposes' THEN s.coding_id END),
       COALESCE(string_agg(DISTINCT s.target, '|' ORDER BY s.target), '')
FROM stances s JOIN document_facts df ON df.coding_id = s.coding_id
WHERE {chosen}
GROUP BY s.holder, s.issue
"""
FILL_ALL_CELLS = _FILL_CELLS.format(chosen="s.holder IS NOT NULL")
# The cells that the codings retired now (current no more, still summarised) or new (``?``) have
# stances in: the writer drops them, and linking computes every cell missing.
_FORGET_TOUCHED_CELLS = """
DELETE FROM stance_cells WHERE holder || chr(31) || issue IN (
    SELECT holder || chr(31) || issue FROM stances
    WHERE coding_id IN (SELECT df.coding_id FROM document_facts df JOIN codings c ON c.coding_id = df.coding_id
                        WHERE NOT c.current)
       OR (coding_id BETWEEN ? AND ? AND coding_id IN (SELECT unnest(CAST(? AS BIGINT[])))))
"""
FILL_MISSING_CELLS = _FILL_CELLS.format(
    chosen="s.holder || chr(31) || s.issue NOT IN (SELECT holder || chr(31) || issue FROM stance_cells)"
)

# The facts of the current codings chosen by {chosen} (a condition on ``coding_id``).
_FILL_DOCUMENTS = """
INSERT INTO document_facts (coding_id, doc_key, doc_id, date, publisher_country, parties, kinds, issues, topics,
                            names, events, stances)
SELECT c.coding_id, c.doc_key, d.doc_id, COALESCE(c.published, ev.first), c.publisher_country,
       '|' || COALESCE(ev.parties, '') || '|', '|' || COALESCE(ev.kinds, '') || '|',
       '|' || COALESCE(iss.issues, '') || '|', '|' || COALESCE(tp.topics, '') || '|',
       chr(30) || COALESCE(nm.names, '') || chr(30),
       COALESCE(ev.n, 0), COALESCE(st.n, 0)
FROM codings c
JOIN documents d ON d.doc_key = c.doc_key
LEFT JOIN (SELECT coding_id, MIN(date) AS first, COUNT(*) AS n, string_agg(parties, '|' ORDER BY ordinal) AS parties,
                  string_agg(DISTINCT kind, '|' ORDER BY kind) AS kinds
           FROM events WHERE {chosen} GROUP BY coding_id) ev ON ev.coding_id = c.coding_id
LEFT JOIN (SELECT coding_id, COUNT(*) AS n FROM stances WHERE {chosen} GROUP BY coding_id) st
       ON st.coding_id = c.coding_id
LEFT JOIN (SELECT coding_id, string_agg(DISTINCT issue, '|' ORDER BY issue) AS issues
           FROM (SELECT coding_id, issue FROM topics WHERE {chosen}
                 UNION SELECT coding_id, issue FROM stances WHERE {chosen}) u
           GROUP BY coding_id) iss ON iss.coding_id = c.coding_id
LEFT JOIN (SELECT coding_id, string_agg(DISTINCT issue, '|' ORDER BY issue) AS topics
           FROM topics WHERE {chosen} GROUP BY coding_id) tp ON tp.coding_id = c.coding_id
LEFT JOIN (SELECT coding_id, string_agg(lower(name), chr(30) ORDER BY event_ordinal, ordinal) AS names
           FROM participants WHERE name IS NOT NULL AND {chosen} GROUP BY coding_id) nm ON nm.coding_id = c.coding_id
WHERE c.current AND {chosen_c}
"""
FILL_ALL_DOCUMENTS = _FILL_DOCUMENTS.format(chosen="coding_id IS NOT NULL", chosen_c="c.coding_id IS NOT NULL")
# The range first: claim rows are stored in coding order, so DuckDB skips the row groups outside it.
_CHOSEN_CODINGS = "coding_id BETWEEN ? AND ? AND coding_id IN (SELECT unnest(CAST(? AS BIGINT[])))"
_CHOSEN_COUNT = 7  # how many times {chosen} appears (each binds the list of ids)

# The facts of every interaction that has none and a current report (so all of them, in a migration).
FILL_INTERACTIONS = """
INSERT INTO interaction_facts (interaction_id, kind, date, parties, location_country, place, lat, lon, mode,
                               reports, documents, participants, names, people, issues, publishers)
WITH reps AS (
    SELECT r.interaction_id, r.coding_id, r.event_ordinal, d.doc_id, c.publisher_country
    FROM interaction_reports r
    JOIN codings c ON c.coding_id = r.coding_id AND c.current
    JOIN documents d ON d.doc_key = c.doc_key
    WHERE r.interaction_id NOT IN (SELECT interaction_id FROM interaction_facts)
), ev AS (
    SELECT reps.interaction_id, COUNT(*) AS reports, MIN(e.location_name) AS place,
           AVG(CASE WHEN e.lon IS NOT NULL THEN e.lat END) AS lat,
           AVG(CASE WHEN e.lat IS NOT NULL THEN e.lon END) AS lon,
           MAX(CASE WHEN e.lat IS NOT NULL AND e.lon IS NOT NULL THEN e.mode END) AS mode,
           string_agg(DISTINCT reps.doc_id, chr(31) ORDER BY reps.doc_id) AS documents,
           '|' || COALESCE(string_agg(DISTINCT reps.publisher_country, '|' ORDER BY reps.publisher_country), '')
               || '|' AS publishers
    FROM reps JOIN events e ON e.coding_id = reps.coding_id AND e.ordinal = reps.event_ordinal
    GROUP BY reps.interaction_id
), parts AS (
    SELECT reps.interaction_id, p.name, p.country, p.org,
           string_agg(DISTINCT p.title, ' / ' ORDER BY p.title) AS titles, MIN(p.ordinal) AS pos,
           MIN(pp.person_id) AS person_id
    FROM reps
    JOIN participants p ON p.coding_id = reps.coding_id AND p.event_ordinal = reps.event_ordinal
    LEFT JOIN participant_people pp
      ON pp.coding_id = p.coding_id AND pp.event_ordinal = p.event_ordinal AND pp.ordinal = p.ordinal
    GROUP BY reps.interaction_id, p.name, p.country, p.org
), pl AS (
    SELECT interaction_id,
           string_agg(COALESCE(name, '') || chr(31) || COALESCE(country, '') || chr(31) || COALESCE(org, '')
                      || chr(31) || COALESCE(titles, '') || chr(31) || COALESCE(CAST(person_id AS TEXT), ''),
                      chr(30) ORDER BY pos, name) AS participants,
           chr(30) || COALESCE(string_agg(lower(name), chr(30) ORDER BY pos, name), '') || chr(30) AS names
    FROM parts GROUP BY interaction_id
), peo AS (
    SELECT reps.interaction_id,
           '|' || string_agg(DISTINCT CAST(pp.person_id AS TEXT), '|' ORDER BY CAST(pp.person_id AS TEXT)) || '|'
               AS people
    FROM reps JOIN participant_people pp ON pp.coding_id = reps.coding_id AND pp.event_ordinal = reps.event_ordinal
    GROUP BY reps.interaction_id
), iss AS (
    SELECT reps.interaction_id, '|' || string_agg(DISTINCT u.issue, '|' ORDER BY u.issue) || '|' AS issues
    FROM reps JOIN (SELECT coding_id, issue FROM topics WHERE coding_id IN (SELECT coding_id FROM reps)
                    UNION SELECT coding_id, issue FROM stances WHERE coding_id IN (SELECT coding_id FROM reps)) u
      ON u.coding_id = reps.coding_id
    GROUP BY reps.interaction_id
)
SELECT i.interaction_id, i.kind, i.date, i.parties, i.location_country, ev.place, ev.lat, ev.lon, ev.mode,
       ev.reports, ev.documents, COALESCE(pl.participants, ''), COALESCE(pl.names, chr(30)),
       COALESCE(peo.people, '||'), COALESCE(iss.issues, '||'), ev.publishers
FROM interactions i
JOIN ev ON ev.interaction_id = i.interaction_id
LEFT JOIN pl ON pl.interaction_id = i.interaction_id
LEFT JOIN peo ON peo.interaction_id = i.interaction_id
LEFT JOIN iss ON iss.interaction_id = i.interaction_id
"""

PERSON_APPEARANCES = """CREATE TABLE person_appearances (
    coding_id BIGINT NOT NULL, event_ordinal INTEGER NOT NULL, ordinal INTEGER NOT NULL, person_id BIGINT NOT NULL,
    variant TEXT NOT NULL, side TEXT, title TEXT, seen DATE, interaction_id BIGINT NOT NULL,
    PRIMARY KEY (coding_id, event_ordinal, ordinal))"""
# The appearances of current codings' resolved participants whose event is linked and that have no row yet.
FILL_APPEARANCES = """
INSERT INTO person_appearances (coding_id, event_ordinal, ordinal, person_id, variant, side, title, seen,
                                interaction_id)
SELECT p.coding_id, p.event_ordinal, p.ordinal, pp.person_id, p.name, COALESCE(p.country, p.org), p.title,
       COALESCE(e.date, c.published), r.interaction_id
FROM participants p
JOIN codings c ON c.coding_id = p.coding_id AND c.current
JOIN events e ON e.coding_id = p.coding_id AND e.ordinal = p.event_ordinal
JOIN participant_people pp
  ON pp.coding_id = p.coding_id AND pp.event_ordinal = p.event_ordinal AND pp.ordinal = p.ordinal
JOIN interaction_reports r ON r.coding_id = p.coding_id AND r.event_ordinal = p.event_ordinal
WHERE p.name IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM person_appearances a
    WHERE a.coding_id = p.coding_id AND a.event_ordinal = p.event_ordinal AND a.ordinal = p.ordinal)
ORDER BY pp.person_id, p.coding_id, p.event_ordinal, p.ordinal
"""
FORGET_RETIRED_APPEARANCES = """DELETE FROM person_appearances WHERE coding_id IN (
    SELECT coding_id FROM codings WHERE NOT current)"""
PARTY_MONTHS = """CREATE TABLE party_months (
    party TEXT NOT NULL, partner TEXT NOT NULL, kind TEXT NOT NULL, year INTEGER, month INTEGER,
    interactions BIGINT NOT NULL, first DATE, last DATE)"""
# The interactions grouped by their set of parties, kind and month first (many share one: 'CHN|USA'),
# then one row per member of each set; pairs are formed within the sets (ym: the month, 0 undated).
FILL_PARTY_MONTHS = """
INSERT INTO party_months (party, partner, kind, year, month, interactions, first, last)
WITH grouped AS (
    SELECT parties, kind, CAST(EXTRACT(YEAR FROM date) AS INTEGER) AS year,
           CAST(EXTRACT(MONTH FROM date) AS INTEGER) AS month, COUNT(*) AS n, MIN(date) AS first, MAX(date) AS last
    FROM interaction_facts
    GROUP BY parties, kind, CAST(EXTRACT(YEAR FROM date) AS INTEGER), CAST(EXTRACT(MONTH FROM date) AS INTEGER)
), members AS (
    SELECT * FROM (SELECT parties, kind, year, month, COALESCE(year * 12 + month, 0) AS ym, n, first, last,
                          unnest(string_to_array(parties, '|')) AS party FROM grouped) m
    WHERE party <> ''
)
SELECT party, '', kind, year, month, SUM(n), MIN(first), MAX(last) FROM members
GROUP BY party, kind, year, month
UNION ALL
SELECT party, '*', kind, year, month, SUM(n), MIN(first), MAX(last) FROM members WHERE parties LIKE '%|%'
GROUP BY party, kind, year, month
UNION ALL
SELECT a.party, b.party, a.kind, a.year, a.month, SUM(a.n), MIN(a.first), MAX(a.last)
FROM members a JOIN members b ON b.parties = a.parties AND b.kind = a.kind AND b.ym = a.ym AND b.party <> a.party
GROUP BY a.party, b.party, a.kind, a.year, a.month
ORDER BY 1, 2, 4, 5
"""
FORGET_PARTY_MONTHS = "DELETE FROM party_months"

# ``readout people`` over every appearance (no period), at four levels: per person and per person and title,
# over all sides (``all_sides`` 1) and per side the person appeared for (``appearing_for``; ``all_sides`` 0).
PEOPLE_SUMMARY = """CREATE TABLE people_summary (
    person_id BIGINT NOT NULL, name TEXT, side TEXT, appearing_for TEXT, title TEXT, per_title INTEGER NOT NULL,
    all_sides INTEGER NOT NULL, first_seen DATE, last_seen DATE, interactions BIGINT NOT NULL,
    documents BIGINT NOT NULL, variants TEXT)"""
FILL_PEOPLE_SUMMARY = """
INSERT INTO people_summary (person_id, name, side, appearing_for, title, per_title, all_sides, first_seen, last_seen,
                            interactions, documents, variants)
SELECT a.person_id, pe.name, pe.side, a.side, a.title, GROUPING(a.title), GROUPING(a.side), MIN(a.seen), MAX(a.seen),
       COUNT(DISTINCT a.interaction_id), COUNT(DISTINCT a.coding_id),
       string_agg(DISTINCT a.variant, chr(31) ORDER BY a.variant)
FROM person_appearances a JOIN people pe ON pe.person_id = a.person_id
GROUP BY GROUPING SETS ((a.person_id, pe.name, pe.side), (a.person_id, pe.name, pe.side, a.title),
                        (a.person_id, pe.name, pe.side, a.side), (a.person_id, pe.name, pe.side, a.side, a.title))
"""
FORGET_PEOPLE_SUMMARY = "DELETE FROM people_summary"

# The stance matrix on one party's positions (``readout stances --target``, no period): per target, holder and
# issue, how many documents report support and opposition.
STANCE_TARGET_CELLS = """CREATE TABLE stance_target_cells (
    target TEXT NOT NULL, holder TEXT NOT NULL, issue TEXT NOT NULL, supports INTEGER NOT NULL,
    opposes INTEGER NOT NULL)"""
FILL_STANCE_TARGET_CELLS = """
INSERT INTO stance_target_cells (target, holder, issue, supports, opposes)
SELECT s.target, s.holder, s.issue,
       COUNT(DISTINCT CASE WHEN s.alignment = 'supports' THEN s.coding_id END),
       COUNT(DISTINCT CASE WHEN s.alignment = 'opposes' THEN s.coding_id END)
FROM stances s JOIN document_facts df ON df.coding_id = s.coding_id
WHERE s.target IS NOT NULL AND s.holder IS NOT NULL
GROUP BY s.target, s.holder, s.issue
"""
FORGET_STANCE_TARGET_CELLS = "DELETE FROM stance_target_cells"
# What linking computes anew from the other summaries (schema version 6).
RECOUNTED = (
    FORGET_PARTY_MONTHS,
    FILL_PARTY_MONTHS,
    FORGET_PEOPLE_SUMMARY,
    FILL_PEOPLE_SUMMARY,
    FORGET_STANCE_TARGET_CELLS,
    FILL_STANCE_TARGET_CELLS,
)

# The topics of documents about each party (schema version 7): per party, issue and month, how many current
# documents published for the party or with it among their events' parties discuss the issue (a topic); what a
# country page's top issues read instead of unnesting the topics of every document (undated: year and month NULL).
PARTY_TOPICS = """CREATE TABLE party_topics (
    party TEXT NOT NULL, issue TEXT NOT NULL, year INTEGER, month INTEGER, documents BIGINT NOT NULL)"""
FILL_PARTY_TOPICS = """
INSERT INTO party_topics (party, issue, year, month, documents)
WITH docs AS (
    SELECT coding_id, date, publisher_country, parties, topics FROM document_facts WHERE topics <> '||'
), members AS (
    SELECT DISTINCT coding_id, party FROM (
        SELECT coding_id, publisher_country AS party FROM docs WHERE publisher_country IS NOT NULL
        UNION ALL
        SELECT coding_id, unnest(string_to_array(parties, '|')) AS party FROM docs) m
    WHERE party <> ''
), issues AS (
    SELECT coding_id, CAST(EXTRACT(YEAR FROM date) AS INTEGER) AS year, CAST(EXTRACT(MONTH FROM date) AS INTEGER)
           AS month, unnest(string_to_array(topics, '|')) AS issue
    FROM docs
)
SELECT m.party, i.issue, i.year, i.month, COUNT(*)
FROM members m JOIN issues i ON i.coding_id = m.coding_id
WHERE i.issue <> ''
GROUP BY m.party, i.issue, i.year, i.month
ORDER BY 1, 2, 3, 4
"""
FORGET_PARTY_TOPICS = "DELETE FROM party_topics"
# Stances of one party on another's positions per year (schema version 7): per holder, target, issue, alignment
# and year of the document, how many current documents report it; what a pair's timeline reads.
STANCE_PAIR_YEARS = """CREATE TABLE stance_pair_years (
    holder TEXT NOT NULL, target TEXT NOT NULL, issue TEXT NOT NULL, alignment TEXT NOT NULL, year INTEGER,
    documents BIGINT NOT NULL)"""
FILL_STANCE_PAIR_YEARS = """
INSERT INTO stance_pair_years (holder, target, issue, alignment, year, documents)
SELECT s.holder, s.target, s.issue, s.alignment, CAST(EXTRACT(YEAR FROM df.date) AS INTEGER),
       COUNT(DISTINCT s.coding_id)
FROM stances s JOIN document_facts df ON df.coding_id = s.coding_id
WHERE s.target IS NOT NULL
GROUP BY s.holder, s.target, s.issue, s.alignment, CAST(EXTRACT(YEAR FROM df.date) AS INTEGER)
ORDER BY 1, 2, 3, 4, 5
"""
FORGET_STANCE_PAIR_YEARS = "DELETE FROM stance_pair_years"
# Each stance of a current document with what a stance cell's sentences need but the text (schema version 7): the
# document's date, id and key, and the stance's evidence spans ('start:end' joined by spaces, in order; first and
# last offsets), stored by holder and issue, so that a cell's stances are read from one small table in order
# rather than the stances joined to the documents and the evidence of every claim scanned.
STANCE_EVIDENCE = """CREATE TABLE stance_evidence (
    holder TEXT NOT NULL, issue TEXT NOT NULL, coding_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, date DATE,
    doc_id TEXT NOT NULL, doc_key TEXT NOT NULL, publisher_country TEXT, alignment TEXT NOT NULL, target TEXT,
    spans TEXT, first_start INTEGER, last_end INTEGER)"""
FILL_STANCE_EVIDENCE = """
INSERT INTO stance_evidence (holder, issue, coding_id, ordinal, date, doc_id, doc_key, publisher_country, alignment,
                             target, spans, first_start, last_end)
SELECT s.holder, s.issue, s.coding_id, s.ordinal, df.date, df.doc_id, df.doc_key, df.publisher_country, s.alignment,
       s.target, ev.spans, ev.first_start, ev.last_end
FROM stances s
JOIN document_facts df ON df.coding_id = s.coding_id
LEFT JOIN (SELECT coding_id, claim_ordinal, MIN(start_offset) AS first_start, MAX(end_offset) AS last_end,
                  string_agg(CAST(start_offset AS TEXT) || ':' || CAST(end_offset AS TEXT), ' ' ORDER BY ordinal)
                      AS spans
           FROM evidence WHERE claim = 'stance' GROUP BY coding_id, claim_ordinal) ev
       ON ev.coding_id = s.coding_id AND ev.claim_ordinal = s.ordinal
ORDER BY s.holder, s.issue, df.date, df.doc_id, s.ordinal
"""
FORGET_STANCE_EVIDENCE = "DELETE FROM stance_evidence"
# What linking computes anew from the other summaries since schema version 7.
RECOUNTED_7 = (
    FORGET_PARTY_TOPICS,
    FILL_PARTY_TOPICS,
    FORGET_STANCE_PAIR_YEARS,
    FILL_STANCE_PAIR_YEARS,
    FORGET_STANCE_EVIDENCE,
    FILL_STANCE_EVIDENCE,
)

# ``store``: drawn when the table is made, so that a store made anew at the same place (a PostgreSQL
# database dropped and created again) is not taken for the one it replaces at the same generation.
STORE_GENERATION = "CREATE TABLE store_generation (generation BIGINT NOT NULL, store TEXT NOT NULL)"
FIRST_GENERATION = "INSERT INTO store_generation (generation, store) VALUES (1, CAST(gen_random_uuid() AS TEXT))"
NEXT_GENERATION = "UPDATE store_generation SET generation = generation + 1"
GENERATION = "SELECT generation, store FROM store_generation"

# Interactions reported by a coding that is no longer current: their facts are out of date.
FORGET_RETIRED_INTERACTIONS = """DELETE FROM interaction_facts WHERE interaction_id IN (
    SELECT r.interaction_id FROM interaction_reports r JOIN codings c ON c.coding_id = r.coding_id
    WHERE NOT c.current)"""
FORGET_RETIRED_DOCUMENTS = """DELETE FROM document_facts WHERE coding_id IN (
    SELECT coding_id FROM codings WHERE NOT current)"""
FORGET_GONE_INTERACTIONS = (
    "DELETE FROM interaction_facts WHERE interaction_id NOT IN (SELECT interaction_id FROM interactions)"
)


SINCE = 4  # the schema version that added the summaries
APPEARANCES_SINCE = 5  # ... and the one that added person_appearances and store_generation
PARTY_MONTHS_SINCE = 6  # ... and party_months, people_summary and stance_target_cells
PARTY_TOPICS_SINCE = 7  # ... and party_topics and stance_pair_years


def version(db: Backend) -> int:
    return int(db.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")[0][0])


def present(db: Backend) -> bool:
    """Whether the store has the summaries (every store does once migrated; tests build older ones)."""
    return version(db) >= SINCE


def written(db: Backend, coding_ids: list[int]) -> None:
    """In the writer's transaction: drop the facts of codings no longer current, of the interactions
    they reported and of the stance cells they or the new ones touch; fill those of the new codings
    ``coding_ids`` (those current). Linking fills what was dropped."""
    schema = version(db)
    if schema < SINCE:
        return
    if schema >= APPEARANCES_SINCE:
        db.execute(FORGET_RETIRED_APPEARANCES)
        db.execute(NEXT_GENERATION)
    chosen = [min(coding_ids, default=0), max(coding_ids, default=0), coding_ids]
    db.execute(_FORGET_TOUCHED_CELLS, chosen)
    db.execute(FORGET_RETIRED_DOCUMENTS)
    db.execute(FORGET_RETIRED_INTERACTIONS)
    if coding_ids:
        params: list[Any] = chosen * _CHOSEN_COUNT
        sql = _FILL_DOCUMENTS.format(
            chosen=_CHOSEN_CODINGS, chosen_c=_CHOSEN_CODINGS.replace("coding_id", "c.coding_id")
        )
        db.execute(sql, params)


def refresh_interactions(db: Backend, changed: str | None = None) -> None:
    """Recompute the facts of interactions changed by linking (``changed``: a query of their ids), of those
    without facts, and drop those of interactions gone; compute the stance cells the writer dropped and
    the appearances of people not yet listed; and count one more generation of the store."""
    if changed:
        db.execute(f"DELETE FROM interaction_facts WHERE interaction_id IN ({changed})")
    db.execute(FORGET_GONE_INTERACTIONS)
    db.execute(FILL_INTERACTIONS)
    db.execute(FILL_MISSING_CELLS)
    db.execute(FORGET_RETIRED_APPEARANCES)
    db.execute(FILL_APPEARANCES)
    schema = version(db)
    if schema >= PARTY_MONTHS_SINCE:
        for sql in RECOUNTED:
            db.execute(sql)
    if schema >= PARTY_TOPICS_SINCE:
        for sql in RECOUNTED_7:
            db.execute(sql)
    db.execute(NEXT_GENERATION)


def split_participants(packed: str, with_person: bool = True) -> list[dict[str, Any]]:
    """The ``participants`` column of ``interaction_facts`` as dicts (name, country, org, title[, person_id])."""
    out: list[dict[str, Any]] = []
    if not packed:
        return out
    for item in packed.split(NAMES):
        name, country, org, title, person = item.split(FIELDS)
        who: dict[str, Any] = {"name": name or None, "country": country or None, "org": org or None}
        who["title"] = title or None
        if with_person:
            who["person_id"] = int(person) if person else None
        out.append(who)
    return out
