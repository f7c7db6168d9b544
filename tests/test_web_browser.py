"""End to end in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright) against
a real uvicorn server on 127.0.0.1: every page loads, search finds the meeting, the evidence is
highlighted, a correction made with the token survives a re-ingest, a wrong token is refused,
and the malicious article runs no script. Screenshots go to tests/output/screenshots/."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parent / "output" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium (apt-get install chromium)"),
]
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

from huiwu.ingest import read_paths  # noqa: E402
from huiwu.store import Store  # noqa: E402
from huiwu.web import create_app  # noqa: E402
from tests.test_web_api import EVIL_TITLE, LATE_REPORT, TOKEN, build_db, write_articles  # noqa: E402


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A uvicorn server in a thread over a fresh database; yields (base URL, folder)."""
    folder = tmp_path_factory.mktemp("browser")
    app = create_app(build_db(folder), token=TOKEN, kb_dir=folder / "kb")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}", folder
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="zh-CN")
    opened = context.new_page()
    opened.dialogs = []
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.errors = []
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.on("console", lambda message: opened.errors.append(message.text) if message.type == "error" else None)
    yield opened
    context.close()


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def open_meeting(page, base: str) -> None:
    """From the home page: search, then open the meeting from the results."""
    page.goto(base + "/")
    page.fill("form.bigsearch input[name=text]", "會見")
    page.click("form.bigsearch button")
    page.wait_for_url("**/events?**")
    page.click("table.events tr:has-text('布林肯') td.date a")
    page.wait_for_url("**/events/ev_*")


def test_every_page_loads_without_errors(site, page):
    base, _ = site
    for name, path in [("home", "/"), ("events", "/events"), ("timeline", "/timeline?a=王毅"),
                       ("network", "/network"), ("review", "/review"), ("person", "/entity/person/wang-yi"),
                       ("country", "/entity/country/CHN")]:
        answer = page.goto(base + path)
        assert answer.status == 200, path
        assert page.locator("header.top .brand").count() == 1
        shoot(page, name)
    assert page.errors == [] and page.dialogs == []


def test_search_open_an_event_and_see_the_evidence_marked(site, page):
    base, _ = site
    open_meeting(page, base)
    assert page.locator("blockquote.sentence").count() == 2
    assert "布林肯" in page.locator("blockquote.sentence mark.m-recipient").all_inner_texts()
    assert "習近平" in page.locator("blockquote.sentence mark.m-actor").all_inner_texts()
    assert "会见" in page.locator("blockquote.sentence mark.m-cue").all_inner_texts()
    shoot(page, "event")
    page.click("article.source >> nth=0 >> header a >> nth=0")
    page.wait_for_url("**/documents/doc_*")
    assert page.locator(".text mark.m-sentence a[href^='/events/']").count() >= 1
    shoot(page, "article")
    assert page.errors == []


def test_a_correction_with_the_token_survives_a_reingest(site, page):
    base, folder = site
    open_meeting(page, base)
    url = page.url
    page.fill("form.review-form input[name=token]", TOKEN)
    page.fill("form.review-form input[name=author]", "ana")
    page.fill("form.review-form input[name=date_start]", "2023-06-18")
    page.click("form.review-form button[value=date]")
    page.wait_for_load_state()
    page.fill("form.review-form input[name=token]", TOKEN)
    page.click("form.review-form button[value=confirm]")
    page.wait_for_load_state()
    assert page.locator("h1 .review-confirmed, .sub .review-confirmed").count() == 1
    with Store(folder / "huiwu.db") as store:  # ingest while the server runs
        store.ingest(read_paths([str(folder / "articles")]))
        store.ingest(read_paths([str(write_articles(folder / "late", dict([LATE_REPORT])))]))
    page.goto(url)
    assert page.locator(".sub .review-confirmed").count() == 1
    assert page.locator("table.fields").inner_text().count("2023-06-18") >= 1
    assert page.locator("blockquote.sentence").count() == 3, "the late report joined the corrected event"
    assert "ana" in page.locator("table.corrections").inner_text()
    shoot(page, "event-reviewed")


def test_a_correction_without_the_right_token_is_refused(site, page):
    base, _ = site
    open_meeting(page, base)
    before = page.locator("table.corrections tr, p.muted:has-text('No corrections')").count()
    page.fill("form.review-form input[name=token]", "not-the-token")
    page.click("form.review-form button[value=reject]")
    page.wait_for_load_state()
    assert "403" in page.locator("h1").inner_text()
    page.go_back()
    page.reload()
    assert page.locator(".sub .review-rejected").count() == 0
    assert page.locator("table.corrections tr, p.muted:has-text('No corrections')").count() == before


def test_the_malicious_article_runs_no_script(site, page):
    base, _ = site
    page.goto(base + "/events?actor=维文")
    page.click("table.events td.date a")
    page.wait_for_url("**/events/ev_*")
    page.click("article.source header a >> nth=0")
    page.wait_for_url("**/documents/doc_*")
    assert page.title().endswith("· huiwu") and "<script>" in page.title()
    assert EVIL_TITLE in page.locator("h1").inner_text()
    assert page.evaluate("document.querySelectorAll('[onerror]').length") == 0
    assert page.evaluate("document.querySelectorAll('main script, main img').length") == 0
    assert page.evaluate("[...document.querySelectorAll('a')].filter(a => a.href.startsWith('javascript')).length") == 0
    for path in ["/events?text=script", "/", "/entity/person/wang-yi"]:
        page.goto(base + path)
    assert page.dialogs == [] and page.errors == []
    shoot(page, "malicious")


@pytest.mark.parametrize("path", ["/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                                  "/static/..%2f..%2f..%2fetc%2fpasswd", "/../../etc/passwd"])
def test_the_real_server_serves_nothing_outside_static(site, path):
    base, _ = site
    connection = http.client.HTTPConnection(base.removeprefix("http://"), timeout=5)
    connection.request("GET", path)
    answer = connection.getresponse()
    body = answer.read().decode("utf-8", "replace")
    connection.close()
    assert answer.status == 404 and "root:" not in body
