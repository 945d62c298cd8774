"""A case as a reader sees it: its facts, criteria, figures, documents and related cases,
and who may see a members-only case or document."""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from cirkelinkoop.site_setup import members_documents_collection_ensure
from knowledge.models import CaseDocument, Strategy
from tests.conftest import queries_made
from tests.factories import MembershipFactory
from tests.knowledge.factories import (
    CaseCriterionFactory,
    CasePageFactory,
    CaseResultFigureFactory,
    ProductGroupFactory,
    ThemePageFactory,
)

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return response.content.decode()


@pytest.fixture
def member_client(client):
    client.force_login(MembershipFactory().user)
    return client


def test_a_case_shows_its_tender_criteria_and_figures(client, library):
    case = CasePageFactory(
        parent=library,
        title="Bermmaaien met elektrisch materieel",
        tenderned_number="312345",
        cpv_main="77310000-6",
        cpv_additional="77313000-7",
        duration_months=48,
    )
    case.strategies.set(Strategy.objects.filter(code__in=["R2", "R3"]))
    case.save()
    CaseCriterionFactory(page=case, title="Emissievrij materieel", kind="award")
    CaseResultFigureFactory(page=case, indicator="CO2-uitstoot", baseline=120, achieved=78)

    page = text(client.get(case.url))

    assert "Bermmaaien met elektrisch materieel" in page
    assert "https://www.tenderned.nl/aankondigingen/overzicht/312345" in page
    assert "77310000-6, 77313000-7" in page
    assert "48 maanden" in page
    assert "Europese openbare procedure" in page
    assert "R2 Verminderen, R3 Hergebruiken" in page
    assert "Emissievrij materieel" in page and "Gunningscriterium" in page
    assert "CO2-uitstoot" in page and "(-35 %)" in page


def test_a_members_only_case_is_for_members_only(client, library):
    case = CasePageFactory(parent=library, title="Vertrouwelijke prijzen", members_only=True)

    assert client.get(case.url)["Location"].startswith("/account/login/")
    assert "Vertrouwelijke prijzen" not in text(client.get(library.url))
    client.force_login(MembershipFactory().user)
    assert client.get(case.url).status_code == 200
    assert "Vertrouwelijke prijzen" in text(client.get(library.url))


def test_the_sitemap_lists_public_cases_and_leaves_members_only_ones_out(client, library):
    public = CasePageFactory(parent=library, slug="bermen-maaien")
    CasePageFactory(parent=library, slug="vertrouwelijke-prijzen", members_only=True)

    sitemap = text(client.get("/sitemap.xml"))

    assert public.url in sitemap and "/kennisbank/" in sitemap
    assert "vertrouwelijke-prijzen" not in sitemap
    client.force_login(MembershipFactory().user)  # a sitemap is the same for everyone
    assert "vertrouwelijke-prijzen" not in text(client.get("/sitemap.xml"))


def test_a_members_only_document_is_named_to_members_only(client, library):
    case = CasePageFactory(parent=library)
    public = wagtail_factories.DocumentFactory(title="Bestek groenonderhoud")
    private = get_document_model()(
        title="Inschrijvingen met prijzen", collection=members_documents_collection_ensure()
    )
    private.file.save("prijzen.pdf", ContentFile(b"%PDF-1.4 prijzen"), save=False)
    private.save()
    CaseDocument.objects.create(page=case, document=public, sort_order=0)
    CaseDocument.objects.create(page=case, document=private, sort_order=1)

    visitor_page = text(client.get(case.url))
    assert "Bestek groenonderhoud" in visitor_page
    assert "Inschrijvingen met prijzen" not in visitor_page
    assert "Nog één document is alleen voor leden." in visitor_page
    assert client.get(private.url).status_code == 302

    client.force_login(MembershipFactory().user)
    member_page = text(client.get(case.url))
    assert "Inschrijvingen met prijzen" in member_page
    assert client.get(private.url).status_code == 200


def test_related_cases_share_the_product_group_first_and_leave_members_cases_out(
    client, library, theme_index
):
    theme = ThemePageFactory(parent=theme_index)
    group, other_group = ProductGroupFactory(), ProductGroupFactory()
    case = CasePageFactory(parent=library, product_group=group, themes=[theme])
    same_theme = CasePageFactory(
        parent=library, title="Zelfde thema", product_group=other_group, themes=[theme]
    )
    same_both = CasePageFactory(
        parent=library, title="Zelfde alles", product_group=group, themes=[theme]
    )
    CasePageFactory(parent=library, title="Niets gemeen", product_group=other_group)
    CasePageFactory(parent=library, title="Alleen leden", product_group=group, members_only=True)

    response = client.get(case.url)

    assert [c.title for c in response.context["related_cases"]] == [
        same_both.title,
        same_theme.title,
    ]


def test_a_case_page_takes_as_many_queries_with_more_related_cases(client, library, settings):
    settings.PAGE_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS = 0  # render it all each time
    group = ProductGroupFactory()
    case = CasePageFactory(parent=library, product_group=group)
    CasePageFactory(parent=library, product_group=group)
    client.get(case.url)  # makes the site's settings
    with CaptureQueriesContext(connection) as one_related:
        first = client.get(case.url)
    CasePageFactory(parent=library, product_group=group)
    CasePageFactory(parent=library, product_group=group)
    client.get(case.url)  # keeps again what the new cases' organisations retired
    with CaptureQueriesContext(connection) as three_related:
        second = client.get(case.url)

    assert (len(first.context["related_cases"]), len(second.context["related_cases"])) == (1, 3)
    assert len(three_related) == len(one_related)


def test_a_theme_lists_its_public_cases(client, theme_index, library):
    theme = ThemePageFactory(parent=theme_index, title="Duurzaam groenbeheer")
    CasePageFactory(parent=library, title="Openbaar voorbeeld", themes=[theme])
    CasePageFactory(parent=library, title="Besloten voorbeeld", themes=[theme], members_only=True)

    page = text(client.get(theme.url))

    assert "Openbaar voorbeeld" in page
    assert "Besloten voorbeeld" not in page
    assert "Duurzaam groenbeheer" in text(client.get(theme_index.url))


def test_the_library_pages_its_cases(client, library):
    for n in range(13):
        CasePageFactory(parent=library, title=f"Voorbeeld {n:02}")

    first = client.get(library.url)
    second = client.get(library.url + "?pagina=2")

    assert "13 aanbestedingen" in text(first)
    assert len(first.context["cards"]) == 12
    assert len(second.context["cards"]) == 1


def test_the_r_ladder_comes_back_after_a_flush(home):
    from knowledge.services import strategies_ensure

    Strategy.objects.all().delete()
    strategies_ensure()
    strategies_ensure()

    assert list(Strategy.objects.values_list("code", flat=True)) == [f"R{n}" for n in range(10)]


def test_a_case_kept_for_routing_shows_each_published_change_and_goes_when_unpublished(
    client, library
):
    """A member's visit reads the session and the account only: the case, its documents
    and its contact person come from the cache, until the case is published anew."""
    contact = MembershipFactory(user__first_name="Carmen", job_title="Inkoopadviseur")
    case = CasePageFactory(parent=library, contact_membership=contact)
    client.force_login(MembershipFactory().user)
    client.get(case.url)  # makes the site's settings, which starts a new generation
    client.get(case.url)  # keeps what later visits reuse
    with CaptureQueriesContext(connection) as captured:
        page = text(client.get(case.url))
    assert "Carmen" in page and "Inkoopadviseur" in page
    assert len(queries_made(captured)) == 2, queries_made(captured)  # session, account

    case.documents = [
        CaseDocument(document=wagtail_factories.DocumentFactory(title="Gunningsleidraad"))
    ]
    case.save_revision().publish()
    assert "Gunningsleidraad" in text(client.get(case.url))

    case.unpublish()
    assert client.get(case.url).status_code == 404
