"""An organisation's page lists the cases it shared, as far as the reader may see them,
through the section the case library registers with the members app."""

import pytest

from tests.conftest import served_query_count
from tests.factories import MembershipFactory, OrganisationFactory
from tests.knowledge.factories import CasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def houten(db):
    return OrganisationFactory(name="Gemeente Houten")


def page_of(client, organisation) -> str:
    response = client.get(f"/deelnemers/{organisation.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_visitor_sees_the_public_cases_of_an_organisation(client, library, houten):
    CasePageFactory(
        parent=library, title="Bomen van duurzame kwekerijen", buyer_organisation=houten
    )
    CasePageFactory(
        parent=library,
        title="Schoonmaak met minder middelen",
        buyer_organisation=houten,
        members_only=True,
    )
    CasePageFactory(
        parent=library, title="Een case van een ander", buyer_organisation=OrganisationFactory()
    )

    page = page_of(client, houten)

    assert "Gedeelde aanbestedingen" in page
    assert "Bomen van duurzame kwekerijen" in page
    assert "Gemeente Houten deelde één circulaire aanbesteding in de kennisbank." in page
    assert "Schoonmaak met minder middelen" not in page
    assert "Een case van een ander" not in page


def test_a_member_also_sees_the_members_only_cases(client, library, houten):
    CasePageFactory(
        parent=library, title="Bomen van duurzame kwekerijen", buyer_organisation=houten
    )
    CasePageFactory(
        parent=library,
        title="Schoonmaak met minder middelen",
        buyer_organisation=houten,
        members_only=True,
    )
    client.force_login(MembershipFactory().user)

    page = page_of(client, houten)

    assert "Schoonmaak met minder middelen" in page
    assert "deelde 2 circulaire aanbestedingen" in page


def test_an_unpublished_case_is_not_listed(client, library, houten):
    case = CasePageFactory(parent=library, title="Nog in concept", buyer_organisation=houten)
    case.unpublish()

    assert "Nog in concept" not in page_of(client, houten)


def test_an_organisation_without_cases_is_told_so_kindly(client, library, houten):
    page = page_of(client, houten)

    assert "Gemeente Houten heeft nog geen aanbesteding gedeeld." in page
    assert 'href="/kennisbank/"' in page


def test_only_the_members_only_cases_make_an_empty_list_for_a_visitor(client, library, houten):
    CasePageFactory(parent=library, buyer_organisation=houten, members_only=True)

    assert "Gemeente Houten heeft nog geen aanbesteding gedeeld." in page_of(client, houten)


def test_the_number_of_queries_does_not_grow_with_the_cases(client, library, houten):
    client.force_login(MembershipFactory().user)
    CasePageFactory(parent=library, buyer_organisation=houten)
    page_of(client, houten)  # the first request creates the site settings
    few = served_query_count(client, f"/deelnemers/{houten.slug}/")

    for _number in range(15):
        CasePageFactory(parent=library, buyer_organisation=houten, members_only=_number % 2 == 0)
    many = served_query_count(client, f"/deelnemers/{houten.slug}/")

    assert many == few
    assert (
        f'href="/kennisbank/?organisatie={houten.slug}">Alle 16 aanbestedingen van '
        f"{houten.name} in de kennisbank"
    ) in page_of(client, houten)


def test_another_apps_section_is_added_and_plain_text_escaped(client, library, houten):
    from wagtail import hooks

    from members.sections import ORGANISATION_SECTIONS_HOOK

    def plain(request, organisation):
        return f"<b>{organisation.name}</b>"

    def nothing(request, organisation):
        return None

    with hooks.register_temporarily(
        [(ORGANISATION_SECTIONS_HOOK, plain), (ORGANISATION_SECTIONS_HOOK, nothing)]
    ):
        page = page_of(client, houten)

    assert "&lt;b&gt;Gemeente Houten&lt;/b&gt;" in page
    assert "Gedeelde aanbestedingen" in page
