"""Visitors' pages come from the cache, and never once they changed or were someone's own."""

import re
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from members.models import JoinRequest
from tests.conftest import queries_made
from tests.factories import MembershipFactory, OrganisationFactory, StandardPageFactory
from tests.members.test_join_and_contact_forms import join_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    page = StandardPageFactory(parent=home, title="Circulair groenbeheer", slug="groen")
    Client().get("/")  # creates the site settings, as the first request on a new site does
    return page


def queries_for(client, path) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(queries_made(captured))


def rendered_afresh(client, path) -> bool:
    """Whether the page's templates were rendered for this request, not taken from the
    cache (a page whose parts are all kept may be rendered without a query)."""
    response = client.get(path)
    assert response.status_code == 200
    return bool(response.templates)


def test_a_visitors_second_request_is_served_from_the_cache(client, page):
    first = client.get("/groen/")
    assert queries_for(client, "/groen/") == 0
    assert not rendered_afresh(client, "/groen/")

    second = client.get("/groen/")
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_publishing_a_change_shows_it_at_once(client, page):
    client.get("/groen/")

    page.title = "Circulair groenbeheer in Houten"
    page.save_revision().publish()

    assert "in Houten" in client.get("/groen/").content.decode()


def test_a_page_made_private_is_not_served_from_the_cache(client, page):
    assert client.get("/groen/").status_code == 200

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/groen/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_an_unpublished_page_is_gone_at_once(client, page):
    client.get("/groen/")

    page.unpublish()

    assert client.get("/groen/").status_code == 404


def test_an_organisation_changed_by_the_coordinator_shows_at_once(client, home):
    organisation = OrganisationFactory(name="Gemeente Houten")
    assert "Gemeente Houten" in client.get("/deelnemers/").content.decode()

    organisation.name = "Gemeente Houten (nieuw)"
    organisation.save()

    assert "Gemeente Houten (nieuw)" in client.get("/deelnemers/").content.decode()


def test_a_member_neither_gets_nor_leaves_a_cached_page(client, page):
    visitor = Client()
    visitor.get("/groen/")  # cached for visitors
    member = MembershipFactory().user
    client.force_login(member)

    assert rendered_afresh(client, "/groen/")
    html = client.get("/groen/").content.decode()
    assert "/account/gegevens/" in html  # their own header, not the visitor's
    assert "/account/gegevens/" not in visitor.get("/groen/").content.decode()


def hidden_value(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


def test_a_form_page_is_shared_but_each_visitor_gets_their_own_token_and_key(home):
    """The join form from the cache: a CSRF token for each visitor's own cookie, a fresh
    one-time key, and a form that saves with them (CSRF checked as in production)."""
    Client().get("/")  # creates the site settings, as the first request on a new site does
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_html = first.get("/deelnemen/").content.decode()

    assert queries_for(second, "/deelnemen/") == 0
    second_html = second.get("/deelnemen/").content.decode()
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    token = hidden_value(second_html, "csrfmiddlewaretoken")
    assert token != hidden_value(first_html, "csrfmiddlewaretoken")
    key = hidden_value(second_html, "submission_key")
    assert key != hidden_value(first_html, "submission_key")
    assert "ck-slot-" not in first_html + second_html

    data = {**join_data(), "submission_key": key, "csrfmiddlewaretoken": token}
    response = second.post("/deelnemen/", data)
    assert response.status_code == 302 and response["Location"] == "/deelnemen/bedankt/"
    assert JoinRequest.objects.get().submission_key == uuid.UUID(key)
    # Another visitor's token does not pass with this cookie.
    refused = first.post("/deelnemen/", {**data, "submission_key": str(uuid.uuid4())})
    assert refused.status_code == 403


def test_a_waiting_message_is_shown_not_skipped(client, page):
    client.get("/groen/")
    client.cookies["messages"] = "something"

    assert rendered_afresh(client, "/groen/")


def test_the_cache_can_be_switched_off(client, page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/groen/")

    assert rendered_afresh(client, "/groen/")


def test_a_search_is_rendered_for_its_visitor_and_fills_no_cache(client, page):
    client.get("/zoeken/?q=groen")

    assert rendered_afresh(client, "/zoeken/?q=groen")
