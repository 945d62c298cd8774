"""The site of a request and its home page come from the cache until either changes."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, MembershipFactory

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
