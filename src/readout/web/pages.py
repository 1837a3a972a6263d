"""The web pages: server-rendered (Jinja2), each at a stable URL with its JSON and CSV downloads.

A page takes the same query parameters as its API route and renders the same ``views``
data; its download links are that route with the page's own query string. Pages are left
out of the OpenAPI spec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path as FilePath
from typing import Annotated, Any, TypeVar
from urllib.parse import quote, quote_plus

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2.filters import do_urlencode
from markupsafe import Markup, escape

from readout.analyse.names import party_name
from readout.analyse.output import plain
from readout.store.search import WORD, parse_query, stem
from readout.web import queries, views
from readout.web.api import Sort, Store, country_code
from readout.web.highlight import segments
from readout.web.params import (
    Filters,
    Form,
    Paging,
    invalid,
    issue_codes,
    parse_issue,
    parse_party,
    parse_since,
    parse_until,
    read_form,
)

HERE = FilePath(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)
T = TypeVar("T")


@lru_cache(maxsize=8192)
def _plus(text: str) -> str:
    return quote_plus(text)


def qs(params: dict[str, Any] | None = None, **more: Any) -> str:
    """A query string (with its '?') from the non-empty values of ``params`` and ``more`` (what
    ``urlencode(..., doseq=True)`` gives, its quoting kept: pages make hundreds of links)."""
    merged = {**params, **more} if params else more
    parts = []
    for k, v in merged.items():
        if v in (None, "", [], ()):
            continue
        for one in v if isinstance(v, (list, tuple)) else (v,):
            parts.append(f"{_plus(str(k))}={_plus(str(one))}")
    return "?" + "&".join(parts) if parts else ""


@cache
def party_options() -> list[tuple[str, str]]:
    """(code, name) of every state and organisation, for the pickers."""
    from readout.gazetteer import data_rows

    rows = [(r["iso3"], r["name"]) for r in data_rows("countries.tsv")]
    rows += [(r["code"], r["name"]) for r in data_rows("orgs.tsv")]
    return sorted(rows, key=lambda r: r[1])


def marked(text: str | None, q: str | None) -> Markup:
    """``text`` HTML-escaped, each word of it that matches the query ``q`` (by stem, as search does) in <mark>."""
    query = parse_query(q)
    if not text or not query:
        return escape(text or "")
    stems = set(query.stems)
    out: list[Markup] = []
    last = 0
    for m in WORD.finditer(text):
        if stem(m.group()) in stems:
            out += [escape(text[last : m.start()]), Markup("<mark>{}</mark>").format(m.group())]
            last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


@cache
def cameo_labels() -> dict[str, str]:
    """CAMEO code -> what it means (cameo.tsv)."""
    from readout.gazetteer import data_rows

    return {r["code"]: r["label"] for r in data_rows("cameo.tsv")}


# What a record's event mode means, for readers who do not know the record format.
MODES = {
    "host": "in the country of one of the parties (a visit)",
    "third_location": "in a third country or venue (a summit, neutral ground)",
    "remote": "at a distance (call, video call, messages)",
}


# The small pieces every page repeats (a party's link, a list of parties, an event kind, a stance
# cell's counts, the parties' picker), as functions rather than template macros: a page of 500
# interactions calls them thousands of times. Their HTML is what the macros gave.
@lru_cache(maxsize=4096)
def party(code: str | None) -> Markup:
    """A party's code linked to its page, its name as the tooltip; '?' for none."""
    if not code:
        return Markup("?")
    return Markup(
        f'<a class="party" href="/countries/{escape(do_urlencode(code))}" title="{escape(party_name(code))}">'
        f"{escape(code)}</a>"
    )


@lru_cache(maxsize=4096)
def _party_named(code: str | None) -> str:
    if not code:
        return str(party(code))
    return f'{party(code)} <span class="party-name">{escape(party_name(code))}</span>'


def parties(codes: Iterable[str | None]) -> Markup:
    """Each party linked, with its name, separated by commas."""
    return Markup(", ".join(_party_named(c) for c in codes))


@lru_cache(maxsize=64)
def kind(k: str) -> Markup:
    """An event kind as a label ("video call")."""
    return Markup(f'<span class="kind kind-{escape(k)}">{escape(str(k).replace("_", " "))}</span>')


def stance_cell(cell: dict[str, Any] | None) -> Markup:
    """A stance cell's documents: +supporting −opposing."""
    if not cell:
        return Markup("")
    sup = f'<span class="sup">+{escape(cell["supports"])}</span>' if cell["supports"] else ""
    opp = f' <span class="opp">−{escape(cell["opposes"])}</span>' if cell["opposes"] else ""
    return Markup(sup + opp)


@cache
def party_list() -> Markup:
    """The datalist of every party, for the party fields."""
    options = "".join(f'<option value="{escape(code)}">{escape(name)}</option>' for code, name in party_options())
    return Markup(f'\n<datalist id="parties">\n{options}\n</datalist>\n')


@lru_cache(maxsize=4096)
def _quoted(code: str) -> str:
    """A party code as a query-string value, HTML-escaped."""
    return str(escape(quote_plus(code)))


def partner_chips(code: str, rows: list[dict[str, Any]]) -> Markup:
    """A year's partners of ``code`` on its page: each linked, with its count linked to their timeline."""
    c, a = escape(code), _quoted(code)
    chips = []
    for r in rows:
        partner = r["partner"]
        chips.append(
            f'<span class="partner">{party(partner)}<a class="tl" href="/timeline?a={a}&amp;b={_quoted(partner)}"'
            f' title="timeline {c} – {escape(partner)}">{int(r["interactions"])}</a></span>'
        )
    return Markup(" ".join(chips))


def received_rows(code: str, cells: list[dict[str, Any]]) -> Markup:
    """A country page's stances received: a row per holder and issue, linked to the cell's sentences."""
    target = _quoted(code)
    out = []
    for s in cells:
        issue = escape(s["issue"])
        href = f"/stances?holder={_quoted(s['holder'])}&amp;issue={_quoted(s['issue'])}&amp;target={target}"
        out.append(
            f'<tr><td>{party(s["holder"])}</td><td><a href="{href}">{issue}</a></td><td>{stance_cell(s)}</td></tr>'
        )
    return Markup("\n".join(out))


def sentence_items(stances: list[dict[str, Any]]) -> Markup:
    """A stance cell's sentences: each stance's alignment, target and document, then its evidence with the
    quoted span marked (a function: up to 200 stances, each with its sentences)."""
    out = []
    for st in stances:
        align = escape(st["alignment"])
        target = f" {party(st['target'])}" if st["target"] else ""
        doc = escape(do_urlencode(st["doc_id"]))
        quotes = "".join(
            f'<blockquote>{escape(e["before"])}<mark class="stance">{escape(e["quote"])}</mark>'
            f"{escape(e['after'])}</blockquote>"
            for e in st["evidence"]
        )
        out.append(
            f'<li class="{align}"><div class="meta"><span class="align {align}">{align}</span>{target} ·\n'
            f'      <a class="doc-link" href="/documents/{doc}">{escape(st["title"] or st["doc_id"])}</a> · '
            f"{escape(st['date'] or 'no date')}</div>\n      {quotes}\n    </li>"
        )
    return Markup("\n".join(out))


def _where(i: dict[str, Any]) -> str:
    """'in PLACE (party)' of an interaction, or nothing."""
    if not (i["place"] or i["location_country"]):
        return ""
    country = f"({party(i['location_country'])})" if i["location_country"] else ""
    return f"in {escape(i['place'] or '')} {country}"


def _participant_html(q: dict[str, Any], link: bool) -> str:
    side = escape(q["country"] or q["org"] or "?")
    title = f", {escape(q['title'])}" if q["title"] else ""
    name = escape(q["name"] or "(unnamed)")
    if link and q.get("person_id") is not None:
        name = Markup(f'<a href="/people/{int(q["person_id"])}">{escape(q["name"])}</a>')
    return f"{name} [{side}{title}]"


# The long lists of interactions (a person's 500, a pair's 200) as one function each rather than
# template loops: Jinja's attribute lookups and calls per participant cost a page tens of milliseconds.
def interaction_items(rows: list[dict[str, Any]], person_id: int | None = None, documents: bool = False) -> Markup:
    """<li>s of interactions: date (linked), kind, place, parties, reports; then their participants (other than
    ``person_id``, linked to their pages on a person's page, with titles there) and, with ``documents``, their
    documents."""
    on_person = person_id is not None
    out: list[str] = []
    for i in rows:
        reports = i.get("reports", 1)
        badge = f' <span class="badge">{reports} reports</span>' if reports > 1 else ""
        people = [q for q in i["participants"] if not on_person or q.get("person_id") != person_id]
        if on_person:
            who = "; ".join(_participant_html(q, True) for q in people)
        else:
            who = "; ".join(
                f"{escape(q['name'] or '(unnamed)')} [{escape(q['country'] or q['org'] or '?')}]" for q in people
            )
        docs = ""
        if documents:
            links = "".join(f'<a href="/documents/{escape(do_urlencode(d))}">{escape(d)}</a> ' for d in i["documents"])
            docs = f"\n      · {links}"
        date = escape(i["date"] or "no date")
        out.append(
            f'<li><a class="interaction-link" href="/interactions/{int(i["interaction_id"])}">{date}'
            f"</a> {kind(i['kind'])}\n    {_where(i)}\n    — {parties(i['parties'])}{badge}\n"
            f'    <div class="meta">{who}{docs}</div></li>'
        )
    return Markup("\n".join(out))


def matrix_rows(
    m: dict[str, Any],
    cells: dict[tuple[str, str], dict[str, Any]],
    quoted: dict[str, str],
    base: str,
    holder: str | None,
    issue: str | None,
) -> Markup:
    """The stance matrix's rows (holders x issues): a link per cell with its counts, an empty cell otherwise.

    Thousands of cells: each is a format of two numbers into strings escaped once per holder and issue."""
    base_html = escape(base)
    # Links relative to the page (its query string only): a third of the bytes of thousands of cells.
    issues = [(i, f"&amp;issue={escape(quoted[i])}#sentences") for i in m["issues"]]
    out: list[str] = []
    for h in m["holders"]:
        out.append(f"<tr><th>{party(h)}</th>")
        href = f'<a class="cell" href="{base_html}holder={escape(quoted[h])}'
        for i, tail in issues:
            cell = cells.get((h, i))
            if cell:
                mark = " picked" if h == holder and i == issue else ""
                sup, opp = cell["supports"], cell["opposes"]
                counts = (f'<span class="sup">+{int(sup)}</span>' if sup else "") + (
                    f' <span class="opp">−{int(opp)}</span>' if opp else ""
                )
                out.append(f'<td class="has{mark}">{href}{tail}">{counts}</a></td>')
            else:
                out.append("<td></td>")
        out.append("</tr>\n")
    return Markup("".join(out))


templates.env.filters["marked"] = marked
templates.env.globals.update(
    partner_chips=partner_chips,
    interaction_items=interaction_items,
    received_rows=received_rows,
    sentence_items=sentence_items,
    matrix_rows=matrix_rows,
    party=party,
    parties=parties,
    kind=kind,
    stance_cell=stance_cell,
    party_list=party_list,
    qs=qs,
    party_name=party_name,
    party_options=party_options,
    issue_codes=issue_codes,
    cameo_labels=cameo_labels,
    modes=MODES,
)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("allow_ingest", request.app.state.allow_ingest)
    return templates.TemplateResponse(request, name, context, status_code=status)


def page_form(request: Request) -> Form:
    """The page's filter form as typed (FastAPI dependency): wrong fields get a message, not an error page."""
    return read_form(request.query_params)


PageForm = Annotated[Form, Depends(page_form)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def form_status(form: Form) -> int:
    return 200 if form.ok else 422


@router.get("/", response_class=HTMLResponse)
def search(request: Request, db: Store, form: PageForm, offset: Offset = 0) -> Response:
    f = form.filters
    query = f.as_query()
    context: dict[str, Any] = {"title": "Search", "form": form, "f": f, "query": query}
    if not form.ok:
        return render(request, "search.html", status=422, downloads=None, **context)
    page = Paging(20, offset)
    docs = views.documents(db, f, page)
    people = views.people(db, f, Paging(12, 0)) if f.q or f.person else None
    topics = views.topics(db, f).data["topics"][:16]
    return render(
        request,
        "search.html",
        docs=docs.data,
        undated=queries.undated_documents(db, f),
        people=people.data if people else None,
        topics=topics,
        downloads=("/api/documents", query),
        prev_offset=max(0, offset - page.limit) if offset else None,
        next_offset=offset + page.limit if offset + page.limit < docs.data["total"] else None,
        **context,
    )


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, db: Store, doc_id: str) -> Response:
    view = views.document(db, doc_id)
    claims = view.extra["claims"]
    return render(
        request,
        "document.html",
        title=view.data["document"]["title"] or doc_id,
        doc=view.data["document"],
        record=view.extra["record"],
        claims=claims,
        segments=segments(view.data["text"], claims),
        event_interactions={int(k): v for k, v in view.data["event_interactions"].items()},
        downloads=(f"/api/documents/{quote(doc_id, safe='/')}", {}),  # an id may hold ? or #
    )


INTERACTIONS_PAGE = 50
SORTS = tuple(Sort.__args__)  # type: ignore[attr-defined]


@router.get("/interactions", response_class=HTMLResponse)
def interaction_table(request: Request, db: Store, form: PageForm, offset: Offset = 0, sort: str = "-date") -> Response:
    """Interactions as a table that sorts, filters, pages and downloads (what ``/api/interactions`` serves)."""
    if sort not in SORTS:
        raise invalid("sort", sort, f"sort by one of {', '.join(SORTS)}")
    f = form.filters
    query = f.as_query()
    context: dict[str, Any] = {"title": "Interactions", "form": form, "f": f, "query": query, "sort": sort}
    context["person_name"] = queries.person_name(db, f.person_id) if form.ok else None
    if not form.ok:
        return render(request, "interactions.html", status=422, downloads=None, **context)
    page = Paging(INTERACTIONS_PAGE, offset)
    view = views.interactions(db, f, page, sort)
    total = view.data["total"]
    return render(
        request,
        "interactions.html",
        table=view.data,
        downloads=("/api/interactions", {**query, "sort": sort}),
        prev_offset=max(0, offset - page.limit) if offset else None,
        next_offset=offset + page.limit if offset + page.limit < total else None,
        **context,
    )


@router.get("/interactions/{interaction_id}", response_class=HTMLResponse)
def interaction(request: Request, db: Store, interaction_id: Annotated[int, Path(ge=0, le=2**63 - 1)]) -> Response:
    view = views.interaction(db, interaction_id)
    data = view.data
    return render(
        request,
        "interaction.html",
        title=f"Interaction {interaction_id}",
        it=data,
        downloads=(f"/api/interactions/{interaction_id}", {}),
    )


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, db: Store, person_id: Annotated[int, Path(ge=0, le=2**63 - 1)]) -> Response:
    view = views.person(db, person_id)
    return render(
        request,
        "person.html",
        title=view.data["person"]["name"],
        p=view.data,
        downloads=(f"/api/people/{person_id}", {}),
    )


@router.get("/countries/{code}", response_class=HTMLResponse)
def country(request: Request, db: Store, form: PageForm, code: str) -> Response:
    party = country_code(code)
    f = form.filters
    if party != code:
        return RedirectResponse(f"/countries/{party}{qs(f.as_query())}", status_code=307)
    query = {k: v for k, v in f.as_query().items() if k != "country"}
    context: dict[str, Any] = {"title": party_name(party), "form": form, "f": f, "query": query, "code": party}
    if not form.ok:
        return render(request, "country.html", status=422, downloads=None, **context)
    view = views.country(db, party, f)
    years: dict[Any, list[dict[str, Any]]] = {}
    for row in view.data["partners_by_year"]:
        years.setdefault(row["year"], []).append(row)
    return render(
        request,
        "country.html",
        c=view.data,
        years=years,
        series_json=plain(view.data["partner_series"]),
        undated=queries.undated_interactions(db, replace(f, country=party, with_=None)),
        downloads=(f"/api/countries/{party}", query),
        **context,
    )


NETWORK_TOP = 60  # parties drawn (the most active), so that labels stay readable; the API gives them all


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, db: Store, form: PageForm) -> Response:
    f = form.filters
    query = f.as_query()
    context: dict[str, Any] = {"title": "Network", "form": form, "f": f, "query": query}
    if not form.ok:
        return render(request, "network.html", status=422, downloads=None, **context)
    view = views.network(db, f, NETWORK_TOP)
    return render(
        request,
        "network.html",
        net=view.data,
        top=NETWORK_TOP,
        net_json=plain(view.data),
        undated=queries.undated_interactions(db, f),
        downloads=("/api/network", query),
        **context,
    )


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, db: Store, form: PageForm) -> Response:
    f = form.filters
    query = f.as_query()
    context: dict[str, Any] = {"title": "Map", "form": form, "f": f, "query": query}
    context["person_name"] = queries.person_name(db, f.person_id) if form.ok else None
    if not form.ok:
        return render(request, "map.html", status=422, downloads=None, **context)
    view = views.places(db, f)
    return render(
        request,
        "map.html",
        places=view.data["places"],
        places_json=plain(view.data["places"]),
        undated=queries.undated_interactions(db, f),
        downloads=("/api/places", query),
        **context,
    )


TIMELINE_FIELDS = ("a", "b", "kind", "since", "until", "person", "issue", "publisher")
PAIR_TOPICS = 12  # the issues a pair's page lists (the most discussed)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, db: Store) -> Response:
    form = read_form(request.query_params, TIMELINE_FIELDS)
    errors = dict(form.errors)
    code_a = _checked(errors, "a", lambda: parse_party("a", form.values.get("a")))
    code_b = _checked(errors, "b", lambda: parse_party("b", form.values.get("b")))
    if code_a and code_b and code_a == code_b:
        errors["b"] = f"give two different parties, not {code_a} twice"
    form = replace(form, errors=errors)
    f = replace(form.filters, country=None, with_=None)
    data = None
    topics: list[dict[str, Any]] = []
    query: dict[str, Any] = {}
    if code_a and code_b and form.ok:
        data = views.timeline(db, code_a, code_b, f).data
        query = {"a": code_a, "b": code_b, **f.as_query()}
        topics = views.topics(db, replace(f, country=code_a, with_=code_b)).data["topics"][:PAIR_TOPICS]
    years = _timeline_years(data["counts"]) if data else []
    return render(
        request,
        "timeline.html",
        status=form_status(form),
        title=f"Timeline {code_a} - {code_b}" if data else "Timeline",
        form=form,
        a=code_a,
        b=code_b,
        f=f,
        t=data,
        years=years,
        topics=topics,
        downloads=("/api/timeline", query) if data else None,
    )


def _checked(errors: dict[str, str], name: str, parse: Callable[[], T | None]) -> T | None:
    """``parse()``, or None with its message put in ``errors[name]``."""
    try:
        return parse()
    except RequestValidationError as err:
        errors[name] = str(err.errors()[0]["msg"])
        return None


def _timeline_years(counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per year (undated last): the count of each kind and the total."""
    years: dict[Any, dict[str, Any]] = {}
    for c in counts:
        row = years.setdefault(c["year"], {"year": c["year"], "kinds": {}, "total": 0})
        row["kinds"][c["kind"]] = c["n"]
        row["total"] += c["n"]
    return sorted(years.values(), key=lambda r: (r["year"] is None, r["year"] or 0))


STANCE_FIELDS = ("holder", "issue", "target", "since", "until")


@router.get("/stances", response_class=HTMLResponse)
def stances(request: Request, db: Store) -> Response:
    values = {k: str(v) for k, v in request.query_params.items() if k in STANCE_FIELDS}
    errors: dict[str, str] = {}
    code = _checked(errors, "holder", lambda: parse_party("holder", values.get("holder")))
    issue_code = _checked(errors, "issue", lambda: parse_issue("issue", values.get("issue")))
    target_code = _checked(errors, "target", lambda: parse_party("target", values.get("target")))
    start = _checked(errors, "since", lambda: parse_since("since", values.get("since")))
    end = _checked(errors, "until", lambda: parse_until("until", values.get("until")))
    form = Form(values, errors, Filters())
    query = {
        k: values[k].strip() for k in ("target", "since", "until") if values.get(k, "").strip() and k not in errors
    }
    context: dict[str, Any] = {"title": "Stances", "form": form, "query": query, "labels": issue_codes()}
    if not form.ok:
        return render(request, "stances.html", status=422, downloads=None, **context)
    # A holder picked: their row only (the whole matrix is a link away): thousands of cells are not drawn again
    # above the sentences of one.
    matrix = views.stances(db, code, target_code, start, end).data
    cells = {(c["holder"], c["issue"]): c for c in matrix["cells"]}
    picked = years = None
    if code and issue_code:
        picked = views.sentences(db, code, issue_code, None, target_code, start, end).data
    elif code or issue_code:  # a holder's stances over time by issue, or an issue's by holder
        years = views.stance_years(db, code, issue_code, target_code, start, end).data
    return render(
        request,
        "stances.html",
        m=matrix,
        cells=cells,
        quoted={code: quote(code, safe="") for code in [*matrix["holders"], *matrix["issues"]]},  # once, not per cell
        holder=code,
        issue=issue_code,
        picked=picked,
        years=years,
        years_json=plain({**years, "names": _holder_names(years)}) if years else None,
        picked_json=plain([{k: st[k] for k in ("date", "alignment", "target")} for st in picked["stances"]])
        if picked
        else None,
        downloads=("/api/stances", query),
        cell_downloads=("/api/stances/sentences", {**query, "holder": code, "issue": issue_code}) if picked else None,
        **context,
    )


def _holder_names(years: dict[str, Any]) -> dict[str, str]:
    """Holders' names for a chart's legend ("China (CHN)"); issues keep their codes."""
    if years["by"] != "holder":
        return {}
    return {code: f"{party_name(code)} ({code})" for code in years["series"] if party_name(code) != code}


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> Response:
    return render(request, "upload.html", title="Upload", max_upload=request.app.state.max_upload, downloads=None)
