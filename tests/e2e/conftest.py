"""Real Chromium (Debian's /usr/bin/chromium) driving the real app over HTTP on loopback."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# Keep Chromium itself off the network: no background services, updates or lookups.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--metrics-recording-only",
    "--no-pings",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "e2e" in item.nodeid:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium for the browser tests")
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium); CI installs it")
    return CHROMIUM


@pytest.fixture
def live_server(app: Any) -> Iterator[str]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser(chromium_path: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(chromium_path), args=CHROMIUM_ARGS, headless=True
        )
        yield instance
        instance.close()


@pytest.fixture
def outside_requests() -> list[str]:
    """Every request the page tried to send anywhere but the app (should stay empty)."""
    return []


def _context(browser: Any, base: str, outside: list[str], **options: Any) -> Any:
    context = browser.new_context(base_url=base, **options)
    own = urlsplit(base).netloc

    def guard(route: Any) -> None:
        url = route.request.url
        if urlsplit(url).netloc == own or url.startswith(("data:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    return context


@pytest.fixture
def page(browser: Any, live_server: str, outside_requests: list[str]) -> Iterator[Any]:
    context = _context(browser, live_server, outside_requests)
    yield context.new_page()
    context.close()
    assert outside_requests == [], "the page tried to reach outside the app"


@pytest.fixture
def page_without_js(browser: Any, live_server: str, outside_requests: list[str]) -> Iterator[Any]:
    context = _context(browser, live_server, outside_requests, java_script_enabled=False)
    yield context.new_page()
    context.close()
    assert outside_requests == []
