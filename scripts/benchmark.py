"""Measure the portal's pages as the content grows: queries and time per request.

    make benchmark                      # SQLite, as `make run`
    DATABASE_URL=postgres://... make benchmark

Builds its own throw-away test database, fills it with 10, 100 and 1000 standard pages,
as many organisations and as many members in the directory, and requests each page 20
times through Django's test client as a signed-in member (no network, no browser).
Prints one row per page and size: the query count, which must not grow with the data,
and the median and 95th-percentile time of a request.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cirkelinkoop.settings")

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)
from wagtail.models import Page, Site  # noqa: E402

from cirkelinkoop.models import HomePage, StandardPage  # noqa: E402
from members.models import Membership, Organisation  # noqa: E402

SIZES = tuple(int(n) for n in os.environ.get("BENCHMARK_SIZES", "10,100,1000").split(","))
REQUESTS = 20
PATHS = {
    "home": "/",
    "standard page": "/pagina-1/",
    "search (many hits)": "/zoeken/?q=aanbesteding",
    "search (no hits)": "/zoeken/?q=onvindbaar",
    "participants": "/deelnemers/",
    "organisation": "/deelnemers/organisatie-1/",
    "member directory": "/deelnemers/leden/",
}


def build_home() -> HomePage:
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = root.add_child(instance=HomePage(title="Cirkelinkoop", slug="home", intro="Home"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "root_page": home}
    )
    return home


def grow_to(home: HomePage, size: int) -> None:
    for number in range(StandardPage.objects.count() + 1, size + 1):
        home.add_child(
            instance=StandardPage(
                title=f"Pagina {number}",
                slug=f"pagina-{number}",
                intro=f"Circulaire aanbesteding nummer {number} uit de regio.",
                show_in_menus=number <= 6,
            )
        )


def grow_members_to(size: int) -> None:
    """``size`` organisations, each with one member listed in the directory."""
    for number in range(Organisation.objects.count() + 1, size + 1):
        organisation = Organisation.objects.create(
            name=f"Organisatie {number}", slug=f"organisatie-{number}", kind="municipality"
        )
        user = get_user_model().objects.create(
            username=f"lid{number}@bench.example",
            email=f"lid{number}@bench.example",
            first_name="Lid",
            last_name=str(number),
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        Membership.objects.create(user=user, organisation=organisation, in_directory=True)


def measure(client: Client, path: str) -> tuple[int, float, float]:
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    query_count = len(captured)  # read now: the next request clears the connection's log
    timings = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    p95 = statistics.quantiles(timings, n=20)[-1]
    return query_count, statistics.median(timings), p95


def main() -> None:
    setup_test_environment(debug=False)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        home = build_home()
        client = Client()
        print(f"database: {connection.vendor}; {REQUESTS} requests per row")
        print(f"{'page':<20} {'pages':>6} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
        for size in SIZES:
            grow_to(home, size)
            grow_members_to(size)
            client.force_login(Membership.objects.first().user)
            for label, path in PATHS.items():
                queries, median, p95 = measure(client, path)
                print(f"{label:<20} {size:>6} {queries:>8} {median:>10.1f} {p95:>8.1f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
