"""The home page is the case library's front door: a search box into /kennisbank/, the
newest public cases and the themes; the foundation's promises of a library now link to it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cirkelinkoop import initial_content
from cirkelinkoop.library_promises import FORMER_DEFAULTS, library_promises_keep
from cirkelinkoop.models import HomePage, StandardPage
from cirkelinkoop.site_setup import site_setup
from members.models import JoinPage
from tests.conftest import queries_made
from tests.factories import MembershipFactory
from tests.knowledge.factories import CasePageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


def home_html(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_home_page_has_a_search_box_into_the_library(client, home):
    page = home_html(client)

    assert '<form class="ck-front-door__search" method="get" action="/kennisbank/"' in page
    assert (
        '<label class="utrecht-form-label" for="library-search">Zoek in de kennisbank</label>'
        in page
    )
    assert 'id="library-search" name="q"' in page
    assert client.get("/kennisbank/", {"q": "groenbeheer"}).status_code == 200


def test_the_home_page_shows_the_newest_public_cases(client, home, library):
    for number in range(4):
        CasePageFactory(parent=library, title=f"Openbare case {number}")
    CasePageFactory(parent=library, title="Alleen voor leden", members_only=True)
    client.force_login(MembershipFactory().user)

    page = home_html(client)

    assert "Nieuwste aanbestedingen" in page
    shown = [f"Openbare case {number}" for number in range(4) if f"Openbare case {number}" in page]
    assert shown == ["Openbare case 1", "Openbare case 2", "Openbare case 3"]
    assert page.index("Openbare case 3") < page.index("Openbare case 1")
    assert "Alleen voor leden" not in page


def test_the_home_page_lists_the_themes(client, home, theme_index):
    ThemePageFactory(parent=theme_index, title="Duurzaam groenbeheer", intro="Maaien zonder gif.")
    hidden = ThemePageFactory(parent=theme_index, title="Nog niet af")
    hidden.unpublish()

    page = home_html(client)

    assert "Duurzaam groenbeheer" in page and "Maaien zonder gif." in page
    assert "Nog niet af" not in page


def test_without_cases_the_home_page_still_offers_the_search(client, home):
    page = home_html(client)

    assert "Nieuwste aanbestedingen" not in page
    assert "Zoek in de kennisbank" in page


def _queries(client) -> int:
    home_html(client)
    with CaptureQueriesContext(connection) as captured:
        home_html(client)
    return len(captured)


def test_the_home_page_keeps_a_constant_number_of_queries(
    client, home, library, theme_index, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0
    CasePageFactory(parent=library)
    ThemePageFactory(parent=theme_index)
    few = _queries(client)

    for _number in range(6):
        CasePageFactory(parent=library)
        ThemePageFactory(parent=theme_index)

    assert _queries(client) == few


def test_a_new_case_shows_on_the_cached_home_page_at_once(client, home, library):
    home_html(client)  # creates the site settings, as the first request on a new site does
    home_html(client)
    with CaptureQueriesContext(connection) as captured:
        home_html(client)
    assert queries_made(captured) == []  # served from the page cache

    CasePageFactory(parent=library, title="Net gepubliceerd").save_revision().publish()

    assert "Net gepubliceerd" in home_html(client)


def test_a_new_site_says_the_library_exists_and_links_to_it(client, db):
    site_setup(hostname="localhost")

    for page in (
        HomePage.objects.get(),
        StandardPage.objects.get(slug="over-de-coalitie"),
        StandardPage.objects.get(slug="het-rcio"),
        JoinPage.objects.get(),
    ):
        text = str(page.body)
        assert 'href="/kennisbank/"' in text, page.slug
        assert "die we nu bouwen" not in text and "Zodra de kennisbank er is" not in text
    assert "binnenkort" not in HomePage.objects.get().search_description


def _former_defaults_published():
    """The pages as the foundation left them: every promise still in its former words."""
    for page, texts in (
        (HomePage.objects.get(), initial_content.HOME),
        (StandardPage.objects.get(slug="over-de-coalitie"), initial_content.ABOUT),
        (StandardPage.objects.get(slug="het-rcio"), initial_content.RCIO),
        (JoinPage.objects.get(), initial_content.JOIN),
    ):
        for default in FORMER_DEFAULTS:
            if default.texts is not texts:
                continue
            if default.block is None:
                setattr(page, default.field, default.former)
            else:
                blocks = [dict(block) for block in getattr(page, default.field).raw_data]
                blocks[default.block]["value"] = default.former
                setattr(page, default.field, blocks)
        page.save_revision().publish()


def test_an_existing_site_gets_the_new_texts_where_nobody_changed_them(client, db):
    site_setup(hostname="localhost")
    _former_defaults_published()
    assert "die we nu bouwen" in str(StandardPage.objects.get(slug="het-rcio").body)

    updated = library_promises_keep()

    assert len(updated) == 4
    rcio = StandardPage.objects.get(slug="het-rcio")
    assert "die we nu bouwen" not in str(rcio.body) and 'href="/kennisbank/"' in str(rcio.body)
    assert 'href="/kennisbank/"' in JoinPage.objects.get().body
    assert rcio.live_revision == rcio.latest_revision
    assert library_promises_keep() == []


def test_a_coordinators_own_words_and_drafts_are_left_alone(client, db):
    site_setup(hostname="localhost")
    _former_defaults_published()
    join = JoinPage.objects.get()
    join.body = "<p>Onze eigen tekst, die we nu bouwen.</p>"
    join.save_revision().publish()
    rcio = StandardPage.objects.get(slug="het-rcio")
    rcio.title = "Het RCIO (concept)"
    rcio.save_revision()  # a draft waiting for review

    updated = library_promises_keep()

    assert {page.pk for page in updated} == {
        HomePage.objects.get().pk,
        StandardPage.objects.get(slug="over-de-coalitie").pk,
    }
    assert JoinPage.objects.get().body == "<p>Onze eigen tekst, die we nu bouwen.</p>"
    rcio.refresh_from_db()
    assert "die we nu bouwen" in str(rcio.body) and rcio.title == "Het RCIO"
