"""An organisation's slug never takes the address of another page under /deelnemers/."""

import pytest

from members import urls as members_urls
from members.models import ParticipantsPage
from members.models.organisations import RESERVED_SLUGS
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def admin_form(organisation, **changes) -> dict:
    return {
        "name": organisation.name,
        "slug": organisation.slug,
        "kind": "municipality",
        "is_active": "on",
        "email_domains-TOTAL_FORMS": "0",
        "email_domains-INITIAL_FORMS": "0",
        "email_domains-MIN_NUM_FORMS": "0",
        "email_domains-MAX_NUM_FORMS": "1000",
        **changes,
    }


@pytest.mark.parametrize("slug", ["leden", "Leden"])
def test_the_admin_refuses_a_slug_that_is_a_route(client, coordinator, slug):
    client.force_login(coordinator)
    organisation = OrganisationFactory(name="Gemeente Soest")

    response = client.post(
        f"/beheer/organisation/edit/{organisation.pk}/", admin_form(organisation, slug=slug)
    )

    assert response.status_code == 200
    assert "is al het adres van een andere pagina: kies een andere slug" in (
        response.content.decode()
    )
    organisation.refresh_from_db()
    assert organisation.slug == "gemeente-soest"


def test_the_admin_accepts_a_slug_that_only_starts_like_a_route(client, coordinator):
    client.force_login(coordinator)
    organisation = OrganisationFactory(name="Gemeente Leden")

    response = client.post(
        f"/beheer/organisation/edit/{organisation.pk}/",
        admin_form(organisation, slug="ledenvereniging"),
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.slug == "ledenvereniging"


def test_a_slug_made_from_the_name_skips_the_routes(client, home):
    organisation = OrganisationFactory(name="Leden")
    second = OrganisationFactory(name="LEDEN!")

    assert organisation.slug == "leden-2"
    assert second.slug == "leden-3"
    assert client.get("/deelnemers/leden-2/").context["organisation"] == organisation
    # The member directory keeps its address: a visitor is sent to sign in.
    assert client.get("/deelnemers/leden/")["Location"].startswith("/account/login/")


def test_every_fixed_route_under_deelnemers_is_reserved():
    """The participants page serves /deelnemers/<route>/; members.urls names the same."""
    page_routes = {
        str(pattern.pattern).strip("/")
        for pattern in ParticipantsPage.get_subpage_urls()
        if "<" not in str(pattern.pattern)
    }
    named_routes = {
        str(pattern.pattern).removeprefix("deelnemers/").strip("/")
        for pattern in members_urls.urlpatterns
        if str(pattern.pattern).startswith("deelnemers/") and "<" not in str(pattern.pattern)
    }

    assert page_routes - {""} == named_routes - {""} == set(RESERVED_SLUGS)
