"""Searching the case library (``?q=``) and finding cases, themes and organisations in
the site search: Dutch stemming and ranking on PostgreSQL, a word match on SQLite."""

import pytest
from django.db import connection

from knowledge.models import CasePage
from tests.conftest import needs
from tests.factories import MembershipFactory, OrganisationFactory
from tests.knowledge.factories import CaseCriterionFactory, CasePageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


def postgresql():
    needs(
        connection.vendor == "postgresql",
        "Dutch stemming and ranking are PostgreSQL's full-text search; "
        "SQLite (the embedded default) matches words as typed",
    )


def found(client, query: str, **params) -> list[str]:
    response = client.get("/kennisbank/", {"q": query, **params})
    assert response.status_code == 200
    return [case.title for case in response.context["cards"]]


def test_a_word_of_a_criterion_finds_the_case_once_published(client, library):
    case = CasePageFactory(parent=library, title="Straatmeubilair", summary="Banken en bakken.")
    CasePageFactory(parent=library, title="Iets anders", summary="Geen overeenkomst.")
    assert found(client, "terugnamegarantie") == []

    CaseCriterionFactory(page=case, text="De leverancier geeft een terugnamegarantie.")
    case.save_revision().publish()

    assert found(client, "terugnamegarantie") == ["Straatmeubilair"]


def test_the_story_lessons_and_buyer_are_searched(client, library):
    buyer = OrganisationFactory(name="Waterschap Stichtse Rijnlanden")
    CasePageFactory(
        parent=library,
        title="Dijkonderhoud",
        buyer_organisation=buyer,
        lessons_learned="<p>Begin vroeg met een marktconsultatie.</p>",
        what_did_not_work="<p>De planning van het bestek liep uit.</p>",
    )
    CasePageFactory(parent=library, title="Iets anders")

    assert found(client, "Rijnlanden") == ["Dijkonderhoud"]
    assert found(client, "marktconsultatie") == ["Dijkonderhoud"]
    assert found(client, "bestek") == ["Dijkonderhoud"]


def test_every_word_must_match(client, library):
    CasePageFactory(parent=library, title="Bermen maaien", summary="Elektrisch materieel.")
    CasePageFactory(parent=library, title="Parken maaien", summary="Met diesel.")

    assert found(client, "maaien elektrisch") == ["Bermen maaien"]


def test_search_does_not_find_a_members_only_case_for_a_visitor(client, library):
    CasePageFactory(parent=library, title="Besloten maaicontract", members_only=True)

    assert found(client, "maaicontract") == []
    client.force_login(MembershipFactory().user)
    assert found(client, "maaicontract") == ["Besloten maaicontract"]


def test_dutch_stemming_finds_other_forms_of_a_word(client, library):
    postgresql()
    CasePageFactory(parent=library, title="Groen beheren", summary="Bermen en plantsoenen.")
    CasePageFactory(
        parent=library, title="Circulaire inkoop", summary="Een raamovereenkomst voor bureaus."
    )

    assert found(client, "groene") == ["Groen beheren"]
    assert found(client, "inkopen") == ["Circulaire inkoop"]
    assert found(client, "plantsoen") == ["Groen beheren"]


def test_a_match_in_the_title_ranks_above_one_in_the_story(client, library):
    postgresql()
    CasePageFactory(
        parent=library,
        title="Bruggen vervangen",
        summary="Oude bruggen.",
        approach="<p>Het hout komt van gesloopte kademuren.</p>",
    )
    CasePageFactory(parent=library, title="Kademuren herstellen", summary="Kades.")

    assert found(client, "kademuren") == ["Kademuren herstellen", "Bruggen vervangen"]
    # Sorted by year instead, when asked.
    CasePage.objects.filter(title="Bruggen vervangen").update(year_awarded=2025)
    assert found(client, "kademuren", sorteer="jaar")[0] == "Bruggen vervangen"


def test_site_search_finds_cases_themes_and_organisations(client, library, theme_index):
    CasePageFactory(parent=library, title="Emissievrij maaien", summary="Maaien zonder uitstoot.")
    ThemePageFactory(parent=theme_index, title="Maaien en bermbeheer")
    OrganisationFactory(name="Maaigemeente Heuvelrug")
    OrganisationFactory(name="Maaigemeente Gestopt", is_active=False)

    html = client.get("/zoeken/", {"q": "Maaigemeente"}).content.decode()
    assert "Maaigemeente Heuvelrug" in html and "Maaigemeente Gestopt" not in html

    html = client.get("/zoeken/", {"q": "maaien"}).content.decode()
    assert "Emissievrij maaien" in html
    assert "Maaien en bermbeheer" in html


def test_site_search_shows_a_members_only_case_to_members_only(client, library):
    CasePageFactory(parent=library, title="Besloten bermcontract", summary="Vertrouwelijk.")
    CasePageFactory(
        parent=library, title="Geheim bermcontract", summary="Alleen leden.", members_only=True
    )

    html = client.get("/zoeken/", {"q": "bermcontract"}).content.decode()
    assert "Besloten bermcontract" in html and "Geheim bermcontract" not in html

    client.force_login(MembershipFactory().user)
    html = client.get("/zoeken/", {"q": "bermcontract"}).content.decode()
    assert "Geheim bermcontract" in html
