"""The built site in a real headless Chromium: the home page, a guide, the reference page of `Figshare` and
the search box work. A screenshot of each page goes to build/docs-screenshots/ (a build artifact, ignored by
git).

The browser is Debian's ``chromium`` (``apt-get install chromium``; `.ci/run` installs it), driven by Playwright's
Python package through ``executable_path``: Playwright's own browser downloads are never used. Elsewhere set
``FIGSHARE_CHROMIUM`` to a Chromium or Chrome binary. Without a browser the test is skipped, except where
``FIGSHARE_REQUIRE_BROWSER=1`` (set by `.ci/run`), where it fails. The site is served on 127.0.0.1 and the page
may load nothing from anywhere else (the theme's optional repository facts from api.github.com are refused
without failing: the site works without them).
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "docs-screenshots"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

OPTIONAL_OUTSIDE = ("https://api.github.com/repos/",)
"""Requests the theme may make to other hosts, refused in the test: the repository's stars and latest release."""


def _chromium() -> str:
    for candidate in (os.environ.get("FIGSHARE_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    message = "no Chromium: apt-get install chromium, or set FIGSHARE_CHROMIUM"
    if os.environ.get("FIGSHARE_REQUIRE_BROWSER") == "1":
        pytest.fail(message + " (FIGSHARE_REQUIRE_BROWSER=1)")
    pytest.skip(message)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def page(site_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    playwright_api = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    with playwright_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),  # a fresh --user-data-dir
            executable_path=executable,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        outside: list[str] = []

        def only_the_site(route: Any) -> None:
            if route.request.url.startswith(site_url):
                route.continue_()
            else:
                if not route.request.url.startswith(OPTIONAL_OUTSIDE):
                    outside.append(route.request.url)
                route.abort()

        context.route("**/*", only_the_site)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        try:
            yield page
        finally:
            context.close()
        assert errors == [], f"JavaScript errors: {errors}"
        assert outside == [], f"the site asked for other hosts: {outside}"


def _screenshot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def test_home_page(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/", wait_until="networkidle")
    assert "figshare-sdk" in page.title()
    assert page.locator("article h1").first.inner_text().strip().rstrip("¶") == "figshare-sdk"
    assert page.locator("nav.md-nav--primary").get_by_text("Getting started").count() >= 1
    _screenshot(page, "home")


def test_a_guide(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/pagination/", wait_until="networkidle")
    assert page.locator("article h1").first.inner_text().strip().rstrip("¶") == "Pagination"
    assert page.locator("article pre code").count() >= 1
    _screenshot(page, "guide-pagination")


def test_reference_of_figshare(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/reference/figshare/", wait_until="networkidle")
    entry = page.locator('[id="figshare.Figshare"]')
    assert entry.count() == 1
    entry.scroll_into_view_if_needed()
    assert entry.is_visible()
    assert page.locator('[id="figshare.Figshare.paginate"]').count() == 1
    _screenshot(page, "reference-figshare")


def test_search_finds_paginate(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/", wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    search = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item")
    # The theme builds its index in a web worker; a query typed before the worker is ready can be dropped. Type
    # the way a user does (key events), and type again when no result shows (3 x 20 s).
    for attempt in range(3):
        search.fill("")
        search.press_sequentially("paginate", delay=20)
        try:
            results.first.wait_for(state="visible", timeout=20_000)
            break
        except Exception:
            if attempt == 2:
                raise
    assert "paginate" in page.locator(".md-search-result").inner_text().lower()
    _screenshot(page, "search-paginate")
