"""Every page `make bench` measures makes as many queries with more data as with less.

The pages come from ``scripts/bench_pages.py``, the benchmark's own list: a page added
there for the benchmark is guarded here too.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from cirkelinkoop.models import HomePage
from knowledge.demo.synthetic import synthetic_cases_add
from knowledge.models import CasePage, ThemePage
from meetings.demo import synthetic_meetings_add
from meetings.models import MeetingPage
from members.models import Organisation
from scripts.bench_pages import COMPARED_CASES, DEMO_THEME, MEMBER_EMAIL, PAGES, resolved
from tests.conftest import served_query_count
from tests.factories import MembershipFactory, OrganisationFactory, StandardPageFactory
from tests.meetings.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

GROWTH = 25
CASES_BEFORE, CASES_AFTER = 50, 500
# The proof-harness issue's goal: no page makes more queries than this.
MAX_QUERIES = 15


def query_counts(clients) -> dict[str, int]:
    # As in the bench: what a first request fills, later ones reuse.
    return {
        page.label: served_query_count(clients[page.who], resolved(page.path)) for page in PAGES
    }


def grow(start: int) -> None:
    """More of everything the pages list: menu pages, search hits, organisations,
    members in the directory, colleagues on the member's own organisation page, cases
    (the library at 50, then at 500: the case library issue's two sizes), and meetings
    (one earlier year, then three) with their registrations on the next meeting."""
    synthetic_cases_add(CASES_BEFORE if start == 0 else CASES_AFTER)
    meetings_grow(start)
    home = HomePage.objects.get()
    for number in range(start, start + GROWTH):
        StandardPageFactory(
            parent=home,
            title=f"Inkoop in de praktijk {number}",
            slug=f"inkoop-{number}",
            show_in_menus=number % 2 == 0,
        )
        organisation = OrganisationFactory(name=f"Gemeente Groei {number}", kind="municipality")
        MembershipFactory(organisation=organisation, in_directory=True)
    utrecht = Organisation.objects.get(slug="gemeente-utrecht")
    for _ in range(GROWTH):
        MembershipFactory(organisation=utrecht, in_directory=True)


def meetings_grow(start: int) -> None:
    if start == 0:
        synthetic_meetings_add(years=1, attendees=5, name="Archief klein")
    else:
        synthetic_meetings_add(years=3, attendees=40, name="Archief groot")
    next_meeting = MeetingPage.objects.live().public().scheduled().upcoming().first()
    for _ in range(GROWTH):
        RegistrationFactory(meeting=next_meeting, user=MembershipFactory().user, show_name=True)


def test_no_benchmarked_page_makes_more_queries_as_the_data_grows(settings):
    """Two sizes past the demo's, so both fill a page of results and of the directory
    (the demo's few hits are of two page types, a full page of them of one).

    Counted with every cache off (the menu and footer rendered too, so they are guarded
    as well), and then as pages are served between changes: menu and footer from the
    cache, the page itself rendered. That count is the one held to the goal."""
    settings.PAGE_CACHE_SECONDS = 0  # what rendering costs: a visitor's cached copy costs 0
    settings.FRAGMENT_CACHE_SECONDS = 0
    call_command("seed_demo", stdout=io.StringIO())
    member = Client()
    member.force_login(get_user_model().objects.get(email=MEMBER_EMAIL))
    clients = {"visitor": Client(), "member": member}

    assert CasePage.objects.filter(slug__in=COMPARED_CASES).live().public().count() == 2
    assert ThemePage.objects.filter(slug=DEMO_THEME).live().public().exists()
    grow(0)
    before = query_counts(clients)
    grow(GROWTH)
    after = query_counts(clients)

    assert after == before
    settings.FRAGMENT_CACHE_SECONDS = 300
    served = query_counts(clients)
    assert {label: n for label, n in served.items() if n > MAX_QUERIES} == {}


def test_personal_pages_as_served_make_no_more_queries_than_they_need(home):
    """A member's pages and a search, as served between changes (site, sections, menu,
    private sections and search hits from the cache, and what the member's account may
    do): what is left is the member's session and account, and the page's own data."""
    call_command("seed_demo", stdout=io.StringIO())
    member = Client()
    member.force_login(get_user_model().objects.get(email=MEMBER_EMAIL))
    clients = {"visitor": Client(), "member": member}
    query_counts(clients)  # makes the site's settings: a change that clears the cache

    served = query_counts(clients)

    assert {label: served[label] for label in EXPECTED_SERVED} == EXPECTED_SERVED


EXPECTED_SERVED = {
    # Session, account (the count and the people are kept between members).
    "member directory": 2,
    # Session, account, membership (the requests sent, the personal calendar's key and
    # the details form as first shown are kept for the account).
    "own data": 3,
    # The participating organisations named so (the pages and cases found are kept
    # until content changes).
    "search": 1,
}
