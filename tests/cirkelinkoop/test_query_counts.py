"""Pages that list things keep a constant number of queries as the content grows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _every_request_rendered(settings):
    """These count what rendering a page costs, menu and footer included; a visitor's
    cached copy costs nothing."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0


def queries_for(client, path, params=None) -> int:
    client.get(path, params)  # warm caches that are filled once per process (site root, …)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path, params).status_code == 200
    return len(captured)


def test_menu_queries_do_not_grow_with_the_number_of_menu_pages(client, home):
    StandardPageFactory.create_batch(2, parent=home, show_in_menus=True)
    few = queries_for(client, "/")

    StandardPageFactory.create_batch(10, parent=home, show_in_menus=True)

    assert queries_for(client, "/") == few


def test_search_queries_do_not_grow_with_the_number_of_results(client, home):
    for number in range(3):
        StandardPageFactory(parent=home, title=f"Circulair groenbeheer {number}")
    few = queries_for(client, "/zoeken/", {"q": "groenbeheer"})

    for number in range(3, 25):
        StandardPageFactory(parent=home, title=f"Circulair groenbeheer {number}")

    assert queries_for(client, "/zoeken/", {"q": "groenbeheer"}) == few
