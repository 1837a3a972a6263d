"""The pages in real headless Chromium (Debian's ``chromium``, driven by Playwright; never ``playwright install``).

The app runs under uvicorn in a thread on a free loopback port over the web corpus. The tests
load every page (saving a screenshot of each under docs/screenshots/, or $READOUT_SCREENSHOTS),
click from the network graph to a country, to an interaction, to a document and see its
stances highlighted (the seed readout's when ../shared is present), drag and zoom the graph,
click a stance-matrix cell, and check that markup in a readout is shown, never run.
Without /usr/bin/chromium they skip with that reason; CI installs it (.ci/run).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from readout.web.app import create_app

from ._support import ROOT, SCRIPT, SCRIPT_ID, SEED, SEED_ID, SEED_SKIP

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SHOTS = Path(os.environ.get("READOUT_SCREENSHOTS") or ROOT / "docs" / "screenshots")
PAIR_DOC = "cn-mfa-wang-yi-penny-wong-talks"
VIEWPORT = {"width": 1280, "height": 800}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(duck_store: str) -> Iterator[str]:
    """The app over the web corpus, served by uvicorn on 127.0.0.1 in a thread."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(duck_store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.skip(f"chromium is not installed ({CHROMIUM} is missing; apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        pytest.skip(f"the playwright package is not installed: {err}")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Watched:
    """A page that records script errors, failed requests and dialogs (none may happen)."""

    def __init__(self, browser: Any, viewport: dict[str, int] | None = None) -> None:
        self.page = browser.new_page(viewport=viewport or VIEWPORT)
        self.problems: list[str] = []
        self.page.on("pageerror", lambda err: self.problems.append(f"script error: {err}"))
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def goto(self, url: str) -> Any:
        response = self.page.goto(url)
        assert response is not None and response.ok, (url, response and response.status)
        return self.page


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.page.close()
    assert w.problems == []


def shoot(page: Any, name: str, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def _graph(page: Any) -> Any:
    """The network page once Cytoscape has drawn it."""
    page.wait_for_selector("#graph[data-ready='true']")
    return page


def _node_point(page: Any, party: str) -> tuple[float, float]:
    """Where on the page Cytoscape draws ``party``'s node (its centre)."""
    x, y = page.evaluate(
        """(id) => { const cy = window.readoutGraph, box = cy.container().getBoundingClientRect();
                     const p = cy.getElementById(id).renderedPosition(); return [box.left + p.x, box.top + p.y]; }""",
        party,
    )
    return float(x), float(y)


def _pair_interaction(page: Any, base_url: str) -> int:
    data = page.request.get(
        f"{base_url}/api/interactions?country=AUS&with=CHN&since=2022-12-21&until=2022-12-21"
    ).json()
    return int(data["interactions"][0]["interaction_id"])


def test_every_page_loads(watched: Watched, base_url: str) -> None:
    page = watched.goto(f"{base_url}/?q=blinken")
    assert page.locator("li.result").count() >= 3 and page.locator("table.people tr").count() >= 2
    shoot(page, "search")
    doc = SEED_ID if SEED.is_file() else PAIR_DOC
    page = watched.goto(f"{base_url}/documents/{doc}")
    assert page.locator("#doctext .hl.stance").count() > 0
    shoot(page, "document")
    page = watched.goto(f"{base_url}/interactions/{_pair_interaction(page, base_url)}")
    assert page.locator("table.compare thead th").count() == 4  # a label column and three reports
    assert page.locator("td.diff").count() > 0 and page.locator(".only-here").count() > 0
    shoot(page, "interaction")
    page = watched.goto(f"{base_url}/countries/KGZ")
    assert page.locator("table.partners a.party").count() >= 3
    shoot(page, "country")
    page = _graph(watched.goto(f"{base_url}/network"))
    drawn = page.evaluate("[window.readoutGraph.nodes().length, window.readoutGraph.edges().length]")
    assert drawn[0] >= 10 and drawn[1] >= 10 and page.locator("ul.legend li").count() == 4
    shoot(page, "network", full_page=True)
    page = watched.goto(f"{base_url}/timeline?a=CHN&b=USA")
    assert page.locator("ol.interactions li").count() >= 3
    shoot(page, "timeline")
    holder, issue = ("KGZ", "TAIWAN") if SEED.is_file() else ("USA", "TAIWAN")
    page = watched.goto(f"{base_url}/stances?holder={holder}&issue={issue}")
    assert page.locator("#sentences mark.stance").count() >= 1
    shoot(page, "stances", full_page=True)  # the matrix and, below it, the cell's sentences


@pytest.mark.parametrize(
    ("party", "date", "doc_id", "quote"),
    [
        ("KGZ", "2021-09-16", SEED_ID, "firmly supports China on issues concerning Taiwan"),
        ("AUS", "2022-12-21", PAIR_DOC, "Australia adheres to the one-China policy"),
    ],
    ids=["seed", "examples"],
)
def test_click_from_network_to_document(
    watched: Watched, base_url: str, party: str, date: str, doc_id: str, quote: str
) -> None:
    if doc_id == SEED_ID and not SEED.is_file():
        pytest.skip(SEED_SKIP)
    page = _graph(watched.goto(f"{base_url}/network"))
    page.mouse.click(*_node_point(page, party))
    page.wait_for_url(f"{base_url}/countries/{party}")
    page.locator("a.interaction-link", has_text=date).first.click()
    page.wait_for_url(f"{base_url}/interactions/*")
    page.locator(f"a.doc-link[href='/documents/{doc_id}']").click()
    page.wait_for_url(f"{base_url}/documents/{doc_id}")
    stances = page.locator("#doctext .hl.stance")
    assert stances.count() > 0
    highlighted = "".join(stances.all_inner_texts())
    assert quote in highlighted
    # hovering a stance in the list lights its evidence in the text
    claim = page.locator("aside.claims li.claim.stance", has_text="TAIWAN").first
    claim.hover()
    assert page.locator("#doctext .hl.stance.focus").count() > 0


def test_network_drag_and_zoom(watched: Watched, base_url: str) -> None:
    page = _graph(watched.goto(f"{base_url}/network"))
    position = "() => { const p = window.readoutGraph.getElementById('CHN').position(); return [p.x, p.y]; }"
    before = page.evaluate(position)
    x, y = _node_point(page, "CHN")
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 60, y + 40, steps=5)
    page.mouse.up()
    assert page.evaluate(position) != before and page.url == f"{base_url}/network"  # moved, not opened
    zoom = "() => window.readoutGraph.zoom()"
    fitted = page.evaluate(zoom)
    page.mouse.move(x, y)
    page.mouse.wheel(0, -400)
    page.wait_for_function(f"window.readoutGraph.zoom() > {fitted}")
    page.locator("#zoom-out").click()
    page.locator("#zoom-reset").click()  # the whole graph in view again (labels, as wide as they are, aside)
    assert page.evaluate(zoom) == pytest.approx(fitted, rel=0.1)


def test_network_on_a_phone(browser: Any, base_url: str) -> None:
    page = browser.new_page(viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        response = page.goto(f"{base_url}/network")
        assert response is not None and response.ok
        _graph(page)
        box = page.locator("#graph").bounding_box()
        assert box is not None and box["width"] <= PHONE["width"] and box["height"] >= 300
        labels = page.evaluate("window.readoutGraph.nodes().map((n) => n.style('label'))")
        assert "China (CHN)" in labels  # nodes are named, not only coded
        shoot(page, "network-phone")
    finally:
        page.close()


def test_stance_matrix_cell_shows_sentences(watched: Watched, base_url: str) -> None:
    page = watched.goto(f"{base_url}/stances")
    page.locator("table.matrix a.cell[href^='?holder=USA&issue=TAIWAN#']").click()
    page.wait_for_url("**holder=USA&issue=TAIWAN*")
    assert page.locator("#sentences blockquote mark.stance").count() >= 1
    assert (
        _chart(page, "stances-chart").locator("svg g[aria-label='rect'] rect").count() >= 1
    )  # the cell's stances over time
    assert "Taiwan" in page.locator("#sentences").inner_text()


@pytest.mark.parametrize("width", [1366, 375])
def test_every_issue_of_the_stance_matrix_is_named_in_full(browser: Any, base_url: str, width: int) -> None:
    page = Watched(browser, {"width": width, "height": 800}).goto(f"{base_url}/stances")
    try:
        clipped = page.evaluate(
            """() => [...document.querySelectorAll('table.matrix th.issue')].filter((th) => {
                const text = document.createRange();
                text.selectNodeContents(th.querySelector('span'));
                const cell = th.getBoundingClientRect(), label = text.getBoundingClientRect();
                return label.left < cell.left - 1 || label.right > cell.right + 1 || label.top < cell.top - 1;
            }).map((th) => th.innerText)"""
        )
        assert page.locator("table.matrix th.issue").count() >= 3
        assert clipped == []  # each label inside its own header cell, none under a neighbour's
    finally:
        page.close()


def test_markup_in_a_readout_is_text(watched: Watched, base_url: str) -> None:
    page = watched.goto(f"{base_url}/documents/{SCRIPT_ID}")
    assert SCRIPT in page.locator("#doctext").inner_text()
    assert SCRIPT in page.locator("h1.doc-title").inner_text()
    assert page.locator("#doctext script, #doctext img").count() == 0
    page = watched.goto(f"{base_url}/?q=%3Cscript%3E")
    assert page.locator("main script").count() == 0


FORM_PAGES = [
    "/",
    "/interactions",
    "/countries/CHN",
    "/network",
    "/map",
    "/timeline?a=CHN&b=USA",
    "/timeline",
    "/stances",
]


@pytest.mark.parametrize("path", FORM_PAGES)
def test_every_form_submits_with_its_defaults(watched: Watched, base_url: str, path: str) -> None:
    _submit_defaults(watched, base_url, path)


@pytest.mark.parametrize("path", FORM_PAGES)
def test_every_form_submits_with_its_defaults_on_a_phone(browser: Any, base_url: str, path: str) -> None:
    watched = Watched(browser, PHONE)
    try:
        _submit_defaults(watched, base_url, path)
    finally:
        watched.page.close()
    assert watched.problems == []


def _submit_defaults(watched: Watched, base_url: str, path: str) -> None:
    """Submit the page's filter form untouched: the same page comes back, nothing filtered, no error."""
    page = watched.goto(f"{base_url}{path}")
    before = page.locator("main a[href^='/documents/'], main a[href^='/interactions/']").count()
    with page.expect_navigation() as nav:
        page.locator("form.filters button[type=submit]").click()
    response = nav.value
    assert response is not None and response.ok, (path, response and response.status)
    assert page.locator(".field-error").count() == 0
    after = page.locator("main a[href^='/documents/'], main a[href^='/interactions/']").count()
    assert after == before  # blank fields and "any" filter nothing


def test_a_wrong_field_is_marked_beside_it(watched: Watched, base_url: str) -> None:
    page = watched.goto(f"{base_url}/interactions")
    page.fill("input[name=country]", "CHN")
    page.fill("input[name=since]", "2022-13")
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    error = page.locator("label.has-error .field-error")
    assert error.count() == 1 and "not a date" in error.inner_text()
    # the page answers 422 (which Chromium logs): expected here, and the only problem allowed
    assert [p for p in watched.problems if "422" not in p] == []
    watched.problems.clear()
    assert page.input_value("input[name=since]") == "2022-13" and page.input_value("input[name=country]") == "CHN"
    page.fill("input[name=since]", "2022")
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    assert page.locator(".field-error").count() == 0 and page.locator("table.interaction-table tbody tr").count() >= 1


def test_search_box_enter(watched: Watched, base_url: str) -> None:
    page = watched.goto(f"{base_url}/")
    page.fill("input[name=q]", "sanctions")
    with page.expect_navigation() as nav:
        page.press("input[name=q]", "Enter")
    assert nav.value is not None and nav.value.ok and page.locator(".field-error").count() == 0


def _chart(page: Any, figure: str) -> Any:
    page.wait_for_selector(f"figure#{figure}[data-ready='true']")
    return page.locator(f"figure#{figure}")


def test_charts_and_map(watched: Watched, base_url: str) -> None:
    # a state's top partners over time, as a chart: one coloured series per partner
    page = watched.goto(f"{base_url}/countries/CHN")
    chart = _chart(page, "partners-chart")
    assert chart.locator("svg g[aria-label='rect'] rect").count() >= 3
    legend = chart.inner_text()
    assert "USA" in legend and "AUS" in legend
    shoot(page, "country")
    # two states: interactions per year by kind
    page = watched.goto(f"{base_url}/timeline?a=CHN&b=USA")
    assert _chart(page, "pair-chart").locator("svg g[aria-label='rect'] rect").count() >= 1
    shoot(page, "timeline")
    # where meetings happen: country shapes and a dot per place
    page = watched.goto(f"{base_url}/map")
    chart = _chart(page, "map-chart")
    assert (
        chart.locator("svg g[aria-label='geo'] path").count() >= 100
        and chart.locator("svg g[aria-label='dot'] circle").count() >= 5
    )
    assert "third location" in chart.inner_text()
    shoot(page, "map")
    # one state: where it hosted and where it travelled
    legend = _chart(watched.goto(f"{base_url}/map?country=CHN"), "map-chart").inner_text()
    assert "in CHN (at home)" in legend and "abroad (CHN travelled)" in legend


def test_whom_a_minister_met_and_where(watched: Watched, base_url: str) -> None:
    # Wang Yi's meetings in 2023: the search box, then the person, then the table (3 steps)
    page = watched.goto(f"{base_url}/?q=wang+yi")
    page.locator("table.people a.person-link", has_text="Wang Yi").first.click()
    page.wait_for_url(f"{base_url}/people/*")
    shoot(page, "person")
    page.locator("a", has_text="as a table").first.click()
    page.wait_for_url(f"{base_url}/interactions?person_id=*")
    rows = page.locator("table.interaction-table tbody tr")
    assert rows.count() >= 2
    text = page.locator("table.interaction-table").inner_text()
    assert "Wang Yi" in text and "Beijing" in text  # whom and where
    shoot(page, "interactions")


def test_every_readout_with_a_stemmed_word(watched: Watched, base_url: str) -> None:
    page = watched.goto(f"{base_url}/?q=sanctioned")
    marks = page.locator("li.result mark").all_inner_texts()
    assert page.locator("li.result").count() >= 2 and {"sanctions", "sanctioned"} <= {m.lower() for m in marks}


def test_a_phrase_finds_its_words_in_order(watched: Watched, base_url: str) -> None:
    """'"one China policy"' finds "one-China policy" (not "one-China principle"), its words marked; a phrase
    found nowhere says so in a line of its own, not as item 1 of a list."""
    page = watched.goto(f"{base_url}/?q=%22one+China+policy%22")
    results = page.locator("li.result")
    assert results.count() >= 1
    for i in range(results.count()):
        assert "one-china policy" in " ".join(results.nth(i).inner_text().lower().split())
    assert {"one", "china", "policy"} <= {m.lower() for m in page.locator("li.result mark").all_inner_texts()}
    page = watched.goto(f"{base_url}/?q=%22policy+China+one%22")
    empty = page.locator("li.empty")
    assert empty.inner_text() == "No document matches."
    assert empty.evaluate("e => getComputedStyle(e).listStyleType") == "none"


PHONE = {"width": 390, "height": 844}
PHONE_PAGES = [
    "/",
    "/?q=sanctions",
    "/interactions",
    "/countries/CHN",
    "/map",
    "/timeline?a=CHN&b=USA",
    "/network",
    "/stances",
    "/stances?holder=USA&issue=TAIWAN",
    f"/documents/{PAIR_DOC}",
    "/interactions/{pair}",
    "/people/{blinken}",
    "/upload",
]


def _resolve(page: Any, base_url: str, path: str) -> str:
    """``path`` with the ids that come from the store filled in."""
    if "{pair}" in path:
        path = path.replace("{pair}", str(_pair_interaction(page, base_url)))
    if "{blinken}" in path:
        (blinken,) = page.request.get(f"{base_url}/api/people?q=blinken").json()["people"]
        path = path.replace("{blinken}", str(blinken["person_id"]))
    return path


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_pages_fit_a_phone(browser: Any, base_url: str, path: str) -> None:
    watched = Watched(browser, PHONE)
    page = watched.page
    try:
        watched.goto(f"{base_url}{_resolve(page, base_url, path)}")
        page.wait_for_load_state("networkidle")  # charts and the map drawn
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 2, (path, overflow)  # nothing wider than the screen: wide tables scroll in their box
        assert page.locator("main h1").is_visible()
    finally:
        page.close()
    assert watched.problems == []  # no script error, no failed request


def test_positions_of_one_state_toward_another(watched: Watched, base_url: str) -> None:
    # China's positions toward the United States, with the sentences: the pair, then a stance (2 steps)
    page = watched.goto(f"{base_url}/timeline?a=CHN&b=USA")
    assert _chart(page, "pair-stances-chart").locator("svg g[aria-label='rect'] rect").count() >= 1
    row = page.locator("table.pair-stances tr", has_text="opposes").filter(has=page.locator("a.party", has_text="CHN"))
    row.first.locator("a[href^='/stances']").click()
    page.wait_for_url("**/stances?*")
    assert page.locator("#sentences blockquote mark.stance").count() >= 1


def test_the_reports_of_one_meeting_stack_on_a_phone(browser: Any, base_url: str) -> None:
    page = browser.new_page(viewport=PHONE)
    try:
        number = _pair_interaction(page, base_url)
        response = page.goto(f"{base_url}/interactions/{number}")
        assert response is not None and response.ok
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 2
        cell = page.locator("table.compare td[data-label]").first
        assert cell.evaluate("c => getComputedStyle(c).display") == "block"  # one report under the other
        assert page.locator("table.compare tbody tr").first.locator("td").count() == 3
    finally:
        page.close()


FIELDS = {
    "country": "China",
    "with": "USA",
    "since": "2022",
    "until": "2023",
    "person": "Wang",
    "publisher": "China",
    "a": "China",
    "b": "USA",
    "target": "USA",
}
CHOICES = {"kind": "meeting", "issue": "TAIWAN"}


@pytest.mark.parametrize(
    "path", ["/", "/interactions", "/network", "/map", "/countries/CHN", "/timeline?a=CHN&b=USA", "/stances"]
)
def test_every_form_field_submits(watched: Watched, base_url: str, path: str) -> None:
    page = watched.goto(f"{base_url}{path}")
    fields = [n for n in [*FIELDS, *CHOICES] if page.locator(f"form.filters [name='{n}']:visible").count()]
    assert len(fields) >= 3
    for name in fields:
        page = watched.goto(f"{base_url}{path}")
        if name in CHOICES:
            page.select_option(f"form.filters select[name='{name}']", CHOICES[name])
        else:
            page.fill(f"form.filters input[name='{name}']", FIELDS[name])
        with page.expect_navigation() as nav:
            page.locator("form.filters button[type=submit]").click()
        assert nav.value is not None and nav.value.ok, (path, name)
        assert page.locator(".field-error").count() == 0
        kept = page.locator(f"form.filters [name='{name}']").input_value()
        assert kept.lower() == (CHOICES.get(name) or FIELDS[name]).lower(), (path, name, kept)  # the value stays


def test_the_table_sorts_on_a_phone(browser: Any, base_url: str) -> None:
    """On a phone the table's rows stack, and its sort links stay: a row of buttons above the rows."""
    page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        response = page.goto(f"{base_url}/interactions")
        assert response is not None and response.ok
        by_reports = page.locator("table.interaction-table a.sort[data-sort='reports']")
        assert by_reports.is_visible()
        box = by_reports.bounding_box()
        assert box is not None and box["height"] >= 24 and box["x"] + box["width"] <= PHONE["width"]  # a finger's
        with page.expect_navigation():
            by_reports.click()
        assert page.url.endswith("sort=-reports")  # a count sorts most first
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 2
    finally:
        page.close()


def test_whom_a_minister_met_in_one_year_and_where(watched: Watched, base_url: str) -> None:
    # Wang Yi in 2023: the search box, the person, the year (3 steps); the table says whom and where
    page = watched.goto(f"{base_url}/?q=wang+yi")
    page.locator("table.people a.person-link", has_text="Wang Yi").first.click()
    page.wait_for_url(f"{base_url}/people/*")
    page.locator("p.years a.year-link", has_text="2023").click()
    page.wait_for_url("**/interactions?person_id=*&since=2023&until=2023")
    rows = page.locator("table.interaction-table tbody tr")
    assert rows.count() >= 2
    assert all(d.startswith("2023-") for d in page.locator("table.interaction-table td.date").all_inner_texts())
    table = page.locator("table.interaction-table").inner_text()
    assert "Penny Wong" in table and "Beijing" in table  # whom, and where


def test_every_meeting_of_one_person_across_name_variants(watched: Watched, base_url: str) -> None:
    # Blinken, however readouts name him: the search box, the person (2 steps)
    page = watched.goto(f"{base_url}/?q=blinken")
    people = page.locator("table.people a.person-link")
    assert people.count() == 1  # one person, not one per spelling
    people.first.click()
    page.wait_for_url(f"{base_url}/people/*")
    names = set(page.locator("p.names .variant").all_inner_texts())
    assert {"Antony Blinken", "Antony J. Blinken"} <= names
    total = int(page.locator("p.meta").inner_text().split(" interaction")[0].rsplit("·", 1)[-1].strip())
    assert page.locator("ol.person-interactions li a.interaction-link").count() == total >= 3


def test_the_reports_of_one_meeting_side_by_side(watched: Watched, base_url: str) -> None:
    # the menu's Interactions, the "reports" header (most reported first), the first row's reports (3 steps)
    page = watched.goto(f"{base_url}/")
    page.locator("header.top nav a", has_text="Interactions").click()
    page.wait_for_url(f"{base_url}/interactions")
    page.locator("table.interaction-table a.sort[data-sort='reports']").click()
    page.wait_for_url("**/interactions?sort=-reports")
    page.locator("table.interaction-table tbody tr").first.locator("a.badge").click()
    page.wait_for_url(f"{base_url}/interactions/*")
    reports = page.locator("table.compare thead th").count() - 1  # a label column, then one per report
    assert reports >= 2
    assert page.locator("table.compare a.doc-link").count() >= 2  # each report's document, side by side
    assert page.locator("td.diff").count() > 0  # what the reports do not agree on is marked


def test_a_states_top_partners_over_time_from_the_table(watched: Watched, base_url: str) -> None:
    # the table filtered by a state, the state's code in a row, its chart (2 steps)
    page = watched.goto(f"{base_url}/interactions?country=China")
    page.locator("table.interaction-table a.party", has_text="CHN").first.click()
    page.wait_for_url(f"{base_url}/countries/CHN*")
    chart = _chart(page, "partners-chart")
    assert chart.locator("svg g[aria-label='rect'] rect").count() >= 3
    legend = chart.inner_text()
    assert "United States (USA)" in legend and "Australia (AUS)" in legend  # partners by name, not only code


@pytest.mark.parametrize(
    ("path", "figure"),
    [
        ("/countries/CHN", "partners-chart"),
        ("/timeline?a=CHN&b=USA", "pair-chart"),
        ("/timeline?a=CHN&b=USA", "pair-stances-chart"),
        ("/timeline?a=CHN&b=USA", "pair-levels-chart"),  # by level: the highest office present
        ("/stances?holder=USA&issue=TAIWAN", "stances-chart"),
        ("/stances?holder=CHN", "stance-years-chart"),  # a holder's stances over time, by issue
        ("/stances?issue=TAIWAN", "stance-years-chart"),  # an issue's, by holder
    ],
)
def test_counts_are_drawn_on_whole_numbers(watched: Watched, base_url: str, path: str, figure: str) -> None:
    """A chart of counts labels its y axis with whole numbers only (no 0.5 interactions)."""
    page = watched.goto(f"{base_url}{path}")
    assert _chart(page, figure).locator("svg g[aria-label='rect'] rect").count() >= 1
    ticks = _chart(page, figure).locator("svg g[aria-label='y-axis tick label'] text").all_text_contents()
    assert len(ticks) >= 2 and all(t.replace("−", "-").lstrip("-").isdigit() for t in ticks), ticks
    if path == "/stances?issue=TAIWAN":
        assert "China (CHN)" in _chart(page, figure).inner_text()  # holders by name in the legend


def test_a_persons_table_stays_theirs_when_the_form_is_applied(watched: Watched, base_url: str) -> None:
    page = watched.goto(f"{base_url}/?q=blinken")
    page.locator("table.people a.person-link").first.click()
    page.wait_for_url(f"{base_url}/people/*")
    page.locator("a", has_text="as a table").first.click()
    page.wait_for_url("**/interactions?person_id=*")
    assert "Antony Blinken" in page.locator("p.scope").inner_text()
    every = page.locator("table.interaction-table tbody tr").count()
    page.select_option("form.filters select[name='kind']", "meeting")
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    assert "person_id=" in page.url and "kind=meeting" in page.url
    rows = page.locator("table.interaction-table tbody tr")
    assert 0 < rows.count() < every
    for i in range(rows.count()):
        assert "Blinken" in rows.nth(i).locator("td[data-label='participants']").inner_text()


def test_a_place_on_the_map_opens_its_interactions(watched: Watched, base_url: str) -> None:
    page = watched.goto(f"{base_url}/map?country=CHN")
    link = page.locator("table.places a.place-link", has_text="Beijing")
    n = int(link.locator("xpath=ancestor::tr").locator("td").last.inner_text())
    link.click()
    page.wait_for_url("**/interactions?country=CHN&place=Beijing")
    places = page.locator("table.interaction-table td[data-label='place']").all_inner_texts()
    assert len(places) == n and all(p.startswith("Beijing") for p in places)


@pytest.mark.parametrize("viewport", [VIEWPORT, PHONE], ids=["desktop", "phone"])
def test_the_stance_matrix_keeps_its_headers_in_view(browser: Any, base_url: str, viewport: dict[str, int]) -> None:
    """Scrolled down and right inside its box, the matrix keeps its issues on top and its holders on the left."""
    watched = Watched(browser, {"width": viewport["width"], "height": 420})
    try:
        page = watched.goto(f"{base_url}/stances")
        wrap = page.locator(".matrix-wrap")
        assert wrap.evaluate("w => w.scrollHeight > w.clientHeight")  # the box scrolls (its height is bounded)
        wrap.evaluate("w => { w.scrollTop = w.scrollHeight; w.scrollLeft = w.scrollWidth; }")
        box = wrap.bounding_box()
        head = page.locator("table.matrix thead th.issue").last.bounding_box()
        holder = page.locator("table.matrix tbody th").last.bounding_box()
        assert box is not None and head is not None and holder is not None
        assert abs(head["y"] - box["y"]) <= 2  # the issues' row at the top of the box
        assert abs(holder["x"] - box["x"]) <= 2  # the holders' column at its left
    finally:
        watched.page.close()
    assert watched.problems == []
