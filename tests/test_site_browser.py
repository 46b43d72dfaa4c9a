"""The rendered site in a real browser: headless Debian Chromium driven by Playwright.

The site is built into a temporary folder with the same functions ``make
html`` and ``make slides`` call, served from 127.0.0.1, and every request
that would leave the machine is blocked and reported. Screenshots go to
``build/screenshots/`` for a person to review.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from site_toy import SCRIPT_QUOTE, toy_analysis

from analysis import paths, site
from analysis.figures import seed_analysis
from analysis.interactive import edge_records, write_network_page

pytestmark = pytest.mark.browser

SCREENSHOTS = paths.ROOT / "build" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _chromium() -> str:
    exe = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(exe).exists():
        pytest.fail("Chromium is missing: install Debian's package (apt-get install chromium) "
                    "or set CHROMIUM=/path/to/chromium", pytrace=False)
    return exe


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site built the way ``make html slides`` builds it, plus a toy page."""
    out = tmp_path_factory.mktemp("site")
    site.build_html(out)
    site.build_slides(out)
    write_network_page(toy_analysis(), out / "toy-network.html")
    return out


@pytest.fixture(scope="session")
def server(built_site: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(built_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Visit:
    """A page with every request checked and every console error recorded."""

    def __init__(self, browser: object, base: str) -> None:
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error"
                     else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.base = base

    def _route(self, route: object) -> None:
        url = urlparse(route.request.url)
        if url.scheme in ("data", "blob", "about") or url.hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.remote.append(route.request.url)
            route.abort()

    def _dialog(self, dialog: object) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, name: str) -> object:
        self.page.goto(f"{self.base}/{name}", wait_until="load")
        self.page.wait_for_load_state("networkidle")
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: object, server: str) -> Iterator[Visit]:
    v = Visit(browser, server)
    yield v
    v.close()


def _pages(built: Path) -> list[str]:
    return sorted(p.name for p in built.glob("*.html") if p.name != "toy-network.html")


def _screenshot(page: object, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def test_site_has_index_and_a_page_per_notebook(built_site: Path) -> None:
    pages = set(_pages(built_site))
    expected = {f"{nb.stem}.html" for nb in site.notebook_paths()}
    assert expected and expected <= pages
    assert {"index.html", "slides.html", "network.html"} <= pages


def test_every_page_loads_offline_with_images_and_no_errors(built_site: Path,
                                                            visit: Visit) -> None:
    index = (built_site / "index.html").read_text(encoding="utf-8")
    for name in _pages(built_site):
        if name != "index.html" and name != "slides.html":
            assert f'href="{name}"' in index, f"index.html does not link {name}"
        page = visit.open(name)
        broken = page.evaluate(
            "() => Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0))"
            ".map(i => (i.getAttribute('src') || '').slice(0, 60))"
        )
        assert broken == [], f"{name}: images that did not load: {broken}"
        _screenshot(page, name.replace(".html", ".png"))
    assert visit.remote == [], f"requests that would leave the machine: {visit.remote}"
    assert visit.errors == [], f"JavaScript console errors: {visit.errors}"


def test_deck_advances_to_second_slide_with_local_reveal(visit: Visit) -> None:
    page = visit.open("slides.html")
    page.wait_for_function("() => window.Reveal && Reveal.isReady()")
    assert page.evaluate("() => Reveal.getIndices().h") == 0
    assert page.evaluate("() => Reveal.getTotalSlides()") >= 3
    _screenshot(page, "slides-1.png")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => Reveal.getIndices().h === 1")
    _screenshot(page, "slides-2.png")
    notes = page.evaluate("() => Reveal.getSlideNotes()")
    assert notes and len(notes) > 20
    figure_slide = page.evaluate(
        "() => Reveal.getSlides().findIndex(s => s.querySelector('img'))")
    if figure_slide >= 0:
        page.evaluate(f"() => Reveal.slide({figure_slide})")
        page.wait_for_timeout(300)
        assert page.evaluate(
            f"() => Reveal.getSlides()[{figure_slide}].querySelector('img').naturalWidth") > 0
        _screenshot(page, "slides-figure.png")
    assert visit.remote == [] and visit.errors == []


def _hover_edge(page: object, index: int) -> str:
    """Move the mouse onto an uncovered point of edge ``index``; return the tooltip text."""
    xy = page.evaluate(
        """(i) => {
        const edge = document.querySelectorAll('.edge')[i];
        const path = edge.querySelector('.hit');
        const m = path.getScreenCTM();
        const total = path.getTotalLength();
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85]) {
          const p = path.getPointAtLength(total * t);
          const x = p.x * m.a + p.y * m.c + m.e, y = p.x * m.b + p.y * m.d + m.f;
          const hit = document.elementFromPoint(x, y);
          if (hit && hit.closest('.edge') === edge) { return [x, y]; }
        }
        return null; }""", index)
    assert xy is not None, f"edge {index} is covered everywhere"
    page.mouse.move(1, 1)
    page.mouse.move(*xy)
    tip = page.locator("#tooltip")
    tip.wait_for(state="visible", timeout=3000)
    return tip.inner_text()


def test_network_page_shows_quote_on_hover(visit: Visit) -> None:
    edges = edge_records(seed_analysis())
    assert edges, "the seed network has no edges"
    page = visit.open("network.html")
    heaviest = max(range(len(edges)), key=lambda i: (edges[i]["weight"], -i))
    text = _hover_edge(page, heaviest)
    edge = edges[heaviest]
    assert f'{edge["source"]} → {edge["target"]}' in text
    quote = edge["quotes"][0]["text"]
    assert quote and quote[:60] in text.replace("\n", " ")
    _screenshot(page, "network-hover.png")
    assert visit.remote == [] and visit.errors == []


def test_quote_with_script_tag_is_shown_as_text(visit: Visit) -> None:
    page = visit.open("toy-network.html")
    records = edge_records(toy_analysis())
    index = next(i for i, e in enumerate(records)
                 if any(q["text"] == SCRIPT_QUOTE for q in e["quotes"]))
    text = _hover_edge(page, index)
    assert SCRIPT_QUOTE in text
    assert page.locator("#tooltip script").count() == 0
    assert page.evaluate("() => document.querySelectorAll('script').length") == 2
    assert visit.dialogs == [], "a quote's script ran"
    _screenshot(page, "toy-network-script-quote.png")
    assert visit.errors == []
