"""Browser journeys: Playwright drives Debian's Chromium against a live server.

Without Chromium these tests skip on a developer's machine; with CI=true they fail.
"""

import io
import os

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.core.management import call_command
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread

from tests.conftest import IN_CI, chromium_path

# Playwright's sync API runs an event loop in the test thread; the database fixtures are
# synchronous and safe to use from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# WCAG 2.1 AA is the legal duty; 2.2 AA (target size, among others) is where it is heading.
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DEMO_MEMBER_PASSWORD = "demo-lid-e2e"


class SerialWSGIServer(WSGIServer):
    """Answers one request after another, in the live server's thread (which already
    uses the test's database connection)."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture(scope="session", autouse=True)
def one_request_at_a_time_on_sqlite():
    """SQLite's in-memory test database is one connection, shared by the live server's
    threads: two requests of one page at once (the admin's script translations beside
    the page) would interleave their transactions. PostgreSQL, as in CI, keeps a
    thread per request; the server then closes each connection after its response."""
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        LiveServerThread.server_class = SerialWSGIServer


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    path = chromium_path()
    if not path:
        if IN_CI:
            pytest.fail("Chromium is missing: CI must run the browser tests.")
        pytest.skip("Chromium is not installed (apt-get install chromium).")
    return {**browser_type_launch_args, "executable_path": path, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL", "viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def demo_site(transactional_db, live_server):
    """The demo content on a live server: what a newcomer sees after `make run`."""
    call_command("seed_demo", member_password=DEMO_MEMBER_PASSWORD, stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def console_errors(page):
    """Errors the browser logs, such as a script or style the CSP blocked."""
    errors = []

    def keep_errors(message):
        if message.type == "error":
            errors.append(message.text)

    page.on("console", keep_errors)
    return errors


_axe = Axe()


def assert_accessible(page):
    """Zero WCAG 2.2 A/AA violations by axe-core on the page as it is now."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    assert results.violations_count == 0, results.generate_report()
