"""End to end in real headless Chromium (Debian's `chromium`, driven by Playwright)."""
import os
import shutil
import socket
import threading
import time

import pytest

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(web_db):
    import uvicorn
    from newsgraph.web import create_app
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


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
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    assert (tmp_path / "article.png").stat().st_size > 10_000
    out = os.environ.get("NEWSGRAPH_SCREENSHOTS")
    if out:
        os.makedirs(out, exist_ok=True)
        page.screenshot(path=os.path.join(out, "article.png"), full_page=True)

    evil = browser.new_page()
    evil.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    evil.goto(f"{server}/articles/evil%3Cscript%3E")
    text = evil.locator("#article-text").text_content()
    assert "<script>alert('x')</script>" in text       # shown as text ...
    assert evil.locator("#article-text script").count() == 0 and evil.locator("#article-text img").count() == 0
    evil.wait_for_timeout(300)
    assert dialogs == []                                # ... and never run
