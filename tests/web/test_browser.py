"""End to end in real headless Chromium (Debian's `chromium`, driven by Playwright)."""
import os
import shutil
import socket
import threading
import time
from contextlib import contextmanager

import pytest

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _serve(db):
    import uvicorn
    from newsgraph.web import create_app
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    return srv, thread, f"http://127.0.0.1:{port}"


@contextmanager
def _serving(db):
    srv, thread, url = _serve(db)
    try:
        yield url
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(web_db):
    with _serving(web_db) as url:
        yield url


@pytest.fixture(scope="module")
def port_server(port_db):
    with _serving(port_db) as url:
        yield url


SCREENSHOTS = os.path.join(os.path.dirname(__file__), "..", "..", "artifacts", "screenshots")


def _screenshot(page, tmp_path, name: str) -> None:
    """Every page test leaves its screenshot, the run's artefacts: in NEWSGRAPH_SCREENSHOTS
    when set, else in artifacts/screenshots/ of the checkout (not committed)."""
    out = os.environ.get("NEWSGRAPH_SCREENSHOTS") or SCREENSHOTS
    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, f"{name}.png")
    page.screenshot(path=target, full_page=True)
    assert os.path.getsize(target) > 10_000


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    page.dialogs = []
    page.errors = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    page.close()


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def test_article_page_in_chromium(server, browser, tmp_path):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/articles/harbour-talks")
    assert page.locator("#article-text .hl-speaker").count() >= 8
    assert page.locator("#article-text .hl-cue").count() >= 8
    assert page.locator("#article-text .hl-content").count() >= 8
    speakers = page.locator("#article-text .hl-speaker").all_text_contents()
    assert any("Rosa Vidal" in s for s in speakers) and "Vidal" in speakers
    page.locator("#article-text .hl-content").first.click()
    assert page.locator("#details").text_content().strip() != "Click a highlighted span."
    _screenshot(page, tmp_path, "article")

    evil = browser.new_page()
    evil.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    evil.goto(f"{server}/articles/evil%3Cscript%3E")
    text = evil.locator("#article-text").text_content()
    assert "<script>alert('x')</script>" in text       # shown as text ...
    assert evil.locator("#article-text script").count() == 0 and evil.locator("#article-text img").count() == 0
    evil.wait_for_timeout(300)
    assert dialogs == []                                # ... and never run


def test_a_faceted_search_narrowed_twice_and_downloaded(port_server, page, tmp_path):
    import csv
    import io
    import json
    import urllib.request
    page.goto(f"{port_server}/search?q=season")
    first = int(page.locator("#total").text_content())
    page.locator('ul[data-facet="source"] a', has_text="Coastal Wire").click()
    page.wait_for_load_state()
    assert "source=Coastal+Wire" in page.url
    second = int(page.locator("#total").text_content())
    page.locator('ul[data-facet="year"] a', has_text="2023").click()
    page.wait_for_load_state()
    third = int(page.locator("#total").text_content())
    assert first > second > third > 0
    assert page.locator("td mark").first.text_content().lower() == "season"
    _screenshot(page, tmp_path, "search")
    with page.expect_download() as download:
        page.locator("#download-csv").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    api_url = page.locator("#download-json").get_attribute("href")
    with urllib.request.urlopen(f"{port_server}{api_url}&limit=500") as r:
        api = json.load(r)
    assert len(rows) == third == api["total"]
    assert [(r["article_id"], r["quote_id"]) for r in rows] == \
        [(r["article_id"], r["quote_id"]) for r in api["rows"]]
    assert page.dialogs == [] and page.errors == []


def test_an_actor_page_pages_through_more_than_a_hundred_quotes(port_server, page, tmp_path):
    page.goto(f"{port_server}/actors")
    page.locator("a", has_text="Ines Madaki").first.click()
    page.wait_for_load_state()
    assert "Quotes" in page.locator("#quotes").text_content()
    total = int(page.locator("#quotes .muted").text_content().strip("(").split(",")[0])
    assert total > 100
    seen = 0
    for _ in range(5):
        seen += page.locator("#quotes + table tr").count()
        nxt = page.locator('a[rel="next"]')
        if nxt.count() == 0:
            break
        nxt.first.click()
        page.wait_for_load_state()
    assert seen == total
    assert page.locator('a[rel="prev"]').count() == 1
    page.goto(page.url.split("?")[0])
    _screenshot(page, tmp_path, "actor")
    assert page.dialogs == [] and page.errors == []


def test_the_network_shows_actors_and_a_click_opens_one(port_server, page, tmp_path):
    page.goto(f"{port_server}/graph")
    page.wait_for_function("window.newsgraphNetwork && window.newsgraphNetwork.nodes().length > 0")
    types = page.evaluate("window.newsgraphNetwork.nodes().map(n => n.data('type'))")
    assert types and set(types) <= {"PERSON", "ORG", "GPE", "NORP"}
    labels = page.evaluate("window.newsgraphNetwork.nodes().map(n => n.data('label'))")
    assert "Ghana" in labels and "Nigeria" in labels
    _screenshot(page, tmp_path, "network")
    box = page.locator("#network").bounding_box()
    pos = page.evaluate("""(() => { const n = window.newsgraphNetwork.nodes().filter(n => n.data('label') === 'Ghana')[0];
                                    const p = n.renderedPosition(); return [p.x, p.y]; })()""")
    page.mouse.move(box["x"] + pos[0], box["y"] + pos[1])
    assert "Ghana" in page.locator("#network-hover").text_content()
    page.mouse.click(box["x"] + pos[0], box["y"] + pos[1])
    page.wait_for_url("**/actors/**")
    assert page.locator("h1").text_content() == "Ghana"
    assert page.dialogs == [] and page.errors == []


def test_clicking_a_country_on_the_map_filters_to_it(port_server, page, tmp_path):
    page.goto(f"{port_server}/map")
    page.wait_for_selector('#map[data-ready="true"]')
    assert page.locator("#map path.country").count() > 150
    _screenshot(page, tmp_path, "map")
    page.locator('#map path[data-country="GHA"]').click()
    page.wait_for_url("**country=GHA**")
    page.wait_for_selector('#map[data-ready="true"]')
    assert "GHA" in page.locator("#country-title").text_content()
    assert page.locator('#map path.selected[data-country="GHA"]').count() == 1
    assert page.locator("table.rows tr").count() >= 50
    assert page.dialogs == [] and page.errors == []


def test_a_timeline_across_a_new_year(port_server, page, tmp_path):
    page.goto(f"{port_server}/timeline?type=ACCUSE")
    ticks = page.locator("svg.chart text.tick.year").all_text_contents()
    assert "Jan 2023" in ticks and any("2022" in t for t in ticks)
    assert page.locator("svg.chart rect").count() >= 20
    _screenshot(page, tmp_path, "timeline")
    page.goto(f"{port_server}/timeline?actor=Nobody")
    assert "Nobody" in page.locator("#timeline-empty").text_content()


@pytest.mark.parametrize("path", ["/", "/search?q=bridge", "/events", "/actors", "/articles", "/statements",
                                  "/timeline", "/graph", "/map", "/map?country=GHA"])
def test_hostile_text_stays_text_on_every_page(port_server, page, tmp_path, path):
    page.goto(f"{port_server}{path}")
    page.wait_for_timeout(200)
    assert page.locator("main script:not([type='application/json'])").count() == 0
    assert page.locator("main img").count() == 0 and page.locator("main b").count() == 0
    assert page.dialogs == [] and page.errors == []
    if path == "/search?q=bridge":
        assert "<img src=x onerror=alert(1)>" in page.locator("main").text_content()
        name = "search-hostile"
    else:
        name = "page-" + (path.strip("/").replace("?", "-").replace("=", "-") or "overview")
    _screenshot(page, tmp_path, name)
