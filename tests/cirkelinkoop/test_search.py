"""Site-wide search at /zoeken/ on Wagtail's database backend."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from tests.conftest import queries_made
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_a_page_by_a_word_in_its_text(client, home):
    StandardPageFactory(parent=home, title="Duurzaam groenbeheer", intro="Maaien en bermbeheer.")
    StandardPageFactory(parent=home, title="Inkoopbeleid", intro="Strategische keuzes.")

    html = client.get("/zoeken/", {"q": "groenbeheer"}).content.decode()

    assert "Duurzaam groenbeheer" in html
    assert "Inkoopbeleid" not in html
    assert "1 resultaat voor “groenbeheer”" in html


def test_search_without_a_term_shows_only_the_form(client, home):
    response = client.get("/zoeken/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="results-heading"' not in html
    assert "utrecht-form-field-error-message" not in html


def test_submitting_an_empty_search_asks_for_a_term(client, home):
    response = client.get("/zoeken/", {"q": ""})

    html = response.content.decode()
    errors = response.context["form"].errors
    assert [error.code for error in errors.as_data()["q"]] == ["required"]
    assert 'aria-invalid="true"' in html
    assert escape(errors["q"][0]) in html


def test_search_says_so_when_nothing_is_found(client, home):
    html = client.get("/zoeken/", {"q": "onvindbaarwoord"}).content.decode()

    assert "Geen resultaten voor “onvindbaarwoord”" in html
    assert "Er is niets gevonden" in html


def test_search_leaves_out_pages_for_members_only(client, home):
    page = StandardPageFactory(parent=home, title="Verslag groenbeheer", intro="Alleen leden.")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    html = client.get("/zoeken/", {"q": "groenbeheer"}).content.decode()

    assert "Verslag groenbeheer" not in html


def test_search_results_are_paginated_and_keep_the_term(client, home):
    for number in range(12):
        StandardPageFactory(parent=home, title=f"Circulaire aanbesteding {number}")

    first = client.get("/zoeken/", {"q": "aanbesteding"}).content.decode()
    second = client.get("/zoeken/", {"q": "aanbesteding", "pagina": 2}).content.decode()

    assert "12 resultaten" in first
    assert first.count('<h3 class="utrecht-heading-3">') == 10
    assert "?q=aanbesteding&amp;pagina=2" in first
    assert second.count('<h3 class="utrecht-heading-3">') == 2


def test_an_overlong_search_term_is_refused_with_a_message(client, home):
    html = client.get("/zoeken/", {"q": "x" * 201}).content.decode()

    assert 'aria-invalid="true"' in html
    assert "utrecht-form-field-error-message" in html


def test_a_hit_shows_its_introduction_its_address_and_changes_at_once(client, home):
    page = StandardPageFactory(
        parent=home, title="Groenbeheer", slug="groen", intro="Maaien en bermbeheer."
    )
    html = client.get("/zoeken/", {"q": "groenbeheer"}).content.decode()
    assert '<a class="utrecht-link" href="/groen/">Groenbeheer</a>' in html
    assert "Maaien en bermbeheer." in html

    page.intro = "Bermen circulair beheerd."
    page.search_description = ""
    page.save_revision().publish()

    html = client.get("/zoeken/", {"q": "groenbeheer"}).content.decode()
    assert "Bermen circulair beheerd." in html
    assert "Maaien en bermbeheer." not in html


def test_a_page_published_later_is_found_at_once(client, home):
    assert "Inkoopkalender" not in client.get("/zoeken/", {"q": "inkoopkalender"}).content.decode()

    page = StandardPageFactory(parent=home, title="Inkoopkalender", live=False)
    page.save_revision().publish()

    assert "Inkoopkalender" in client.get("/zoeken/", {"q": "inkoopkalender"}).content.decode()


def test_a_section_made_private_leaves_the_results_at_once(client, home):
    section = StandardPageFactory(parent=home, title="Werkgroep", slug="werkgroep")
    StandardPageFactory(parent=section, title="Verslag groenbeheer")
    StandardPageFactory(parent=home, title="Openbaar groenbeheer")
    assert "Verslag groenbeheer" in client.get("/zoeken/", {"q": "groenbeheer"}).content.decode()

    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)

    html = client.get("/zoeken/", {"q": "groenbeheer"}).content.decode()
    assert "Verslag groenbeheer" not in html
    assert "Openbaar groenbeheer" in html


def test_a_page_published_under_a_private_page_is_never_found(client, home):
    private = StandardPageFactory(parent=home, title="Werkgroep", slug="werkgroep")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    StandardPageFactory(parent=home, title="Openbaar groenbeheer")
    # Without pages under it, the private page is no section yet: that is kept.
    assert "Openbaar groenbeheer" in client.get("/zoeken/", {"q": "groenbeheer"}).content.decode()

    report = StandardPageFactory(parent=private, title="Verslag groenbeheer", live=False)
    report.save_revision().publish()

    html = client.get("/zoeken/", {"q": "groenbeheer"}).content.decode()
    assert "Verslag groenbeheer" not in html
    assert "Openbaar groenbeheer" in html


def test_a_private_section_moved_elsewhere_keeps_its_pages_private(client, home):
    section = StandardPageFactory(parent=home, title="Werkgroep", slug="werkgroep")
    StandardPageFactory(parent=section, title="Verslag groenbeheer")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    archive = StandardPageFactory(parent=home, title="Archief", slug="archief")
    StandardPageFactory(parent=home, title="Openbaar groenbeheer")
    assert "Verslag groenbeheer" not in search(client, "groenbeheer")

    section.move(archive, pos="last-child")

    html = search(client, "groenbeheer")
    assert "Verslag groenbeheer" not in html
    assert "Openbaar groenbeheer" in html


def search(client, words: str) -> str:
    return client.get("/zoeken/", {"q": words}).content.decode()


def test_a_repeated_search_makes_only_the_search_queries(client, home):
    StandardPageFactory(parent=home, title="Groenbeheer")
    client.get("/zoeken/", {"q": "groenbeheer"})  # makes the site's settings: clears the cache
    client.get("/zoeken/", {"q": "groenbeheer"})  # private sections and hits, cached

    with CaptureQueriesContext(connection) as captured:
        client.get("/zoeken/", {"q": "groenbeheer"})

    # The participating organisations named so; the portal's pages and the cases found
    # are kept until content changes.
    assert len(queries_made(captured)) == 1
