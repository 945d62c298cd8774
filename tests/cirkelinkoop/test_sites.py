"""The site of a request, its home page and the sections below it come from the cache
until one of them changes."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from tests.factories import HomePageFactory, MembershipFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(home):
    member = Client()
    member.force_login(MembershipFactory().user)
    member.get("/")  # makes the site's settings, a change that clears the cache once
    return member


def page_tables_read(client, path) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return [q["sql"] for q in captured if '"wagtailcore_site"' in q["sql"] or "home" in q["sql"]]


def test_a_members_page_looks_up_neither_site_nor_home_page_once_cached(member):
    member.get("/")

    assert page_tables_read(member, "/") == []
    assert page_tables_read(member, "/deelnemers/leden/") == []


def test_a_section_below_the_home_page_is_found_without_a_page_query(member):
    member.get("/deelnemers/leden/")

    with CaptureQueriesContext(connection) as captured:
        assert member.get("/deelnemers/leden/").status_code == 200

    # The page's restrictions are read (in one query); no page is looked up.
    assert [q["sql"] for q in captured if q["sql"].startswith('SELECT "wagtailcore_page"')] == []


def test_sections_published_unpublished_or_made_private_change_at_once(home, member):
    section = StandardPageFactory(parent=home, title="Groenbeheer", slug="groen")
    StandardPageFactory(parent=section, title="Bermen", slug="bermen")
    assert member.get("/groen/bermen/").status_code == 200
    visitor = Client()
    assert visitor.get("/groen/").status_code == 200

    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert visitor.get("/groen/").status_code == 302  # to the sign-in page

    section.unpublish()
    assert member.get("/groen/").status_code == 404

    draft = StandardPageFactory(parent=home, title="Concept", slug="concept", live=False)
    assert member.get("/concept/").status_code == 404
    draft.save_revision().publish()
    assert member.get("/concept/").status_code == 200


def test_a_published_home_page_shows_at_once(home, member):
    member.get("/")

    home.title = "Nieuwe titel van de voorpagina"
    home.save_revision().publish()

    assert "Nieuwe titel van de voorpagina" in member.get("/").content.decode()


def test_a_site_given_another_home_page_serves_it_at_once(home, member):
    member.get("/")

    other = HomePageFactory(
        parent=Page.get_first_root_node(), title="Andere voorpagina", slug="andere"
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = other
    site.save()

    assert "Andere voorpagina" in member.get("/").content.decode()
