"""The participants page, an organisation's page and the member directory."""

import pytest

from tests.conftest import served_query_count
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

DIRECTORY = "/deelnemers/leden/"


def test_participants_are_grouped_by_kind_in_a_fixed_order(client, home):
    OrganisationFactory(name="Gemeente Zeist", kind="municipality")
    OrganisationFactory(name="Gemeente Amersfoort", kind="municipality")
    OrganisationFactory(name="Provincie Utrecht", kind="province")
    OrganisationFactory(name="PIANOo", kind="knowledge_partner")
    OrganisationFactory(name="Gemeente Rhenen", kind="municipality", is_active=False)

    html = client.get("/deelnemers/").content.decode()

    order = ["Provincie", "Provincie Utrecht", "Gemeente", "Gemeente Amersfoort"]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert html.index("Gemeente Amersfoort") < html.index("Gemeente Zeist")
    assert html.index("Gemeente Zeist") < html.index("PIANOo")
    assert "Gemeente Rhenen" not in html
    assert 'href="/deelnemen/"' in html


def test_an_organisation_page_shows_its_description(client, home):
    organisation = OrganisationFactory(
        name="Gemeente Houten",
        description="Houten koopt <b>circulair</b> in.",
        website="https://www.houten.example",
    )

    response = client.get(f"/deelnemers/{organisation.slug}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert organisation.slug == "gemeente-houten"
    assert "Houten koopt &lt;b&gt;circulair&lt;/b&gt; in." in html
    assert 'href="https://www.houten.example"' in html
    assert 'aria-current="page">Gemeente Houten' in html


def test_an_organisation_that_does_not_take_part_has_no_page(client, home):
    organisation = OrganisationFactory(name="Gemeente Lopik", is_active=False)

    assert client.get(f"/deelnemers/{organisation.slug}/").status_code == 404


def test_the_directory_lists_only_people_who_consented(client, home, member, utrecht):
    MembershipFactory(
        organisation=utrecht,
        user=UserFactory(first_name="Zichtbaar", last_name="Lid"),
        phone="030 000 00 42",
    )
    MembershipFactory(
        organisation=utrecht,
        user=UserFactory(first_name="Verborgen", last_name="Lid"),
        in_directory=False,
    )
    client.force_login(member)

    html = client.get("/deelnemers/leden/").content.decode()

    assert "Zichtbaar Lid" in html
    assert "030 000 00 42" in html
    assert "Verborgen Lid" not in html


def test_the_directory_filters_by_organisation(client, home, member, utrecht):
    zeist = OrganisationFactory(name="Gemeente Zeist")
    MembershipFactory(organisation=zeist, user=UserFactory(first_name="Uit", last_name="Zeist"))
    client.force_login(member)

    html = client.get("/deelnemers/leden/?organisation=gemeente-zeist").content.decode()

    assert "Uit Zeist" in html
    assert "Bram Lid" not in html


def test_the_directory_is_paginated(client, home, member, utrecht):
    for number in range(30):
        MembershipFactory(
            organisation=utrecht, user=UserFactory(first_name="Lid", last_name=f"{number:02}")
        )
    client.force_login(member)

    first = client.get("/deelnemers/leden/").content.decode()
    second = client.get("/deelnemers/leden/?pagina=2").content.decode()

    assert "31 personen" in first
    assert 'rel="next"' in first
    assert "Lid 29" in second and "Lid 00" not in second


def test_the_kept_directory_shows_every_change_to_its_people_at_once(client, home, member, utrecht):
    """Every member sees the same directory: kept between visits, it reads neither the
    count nor the people, and a change to a person, a membership or an organisation
    shows on the next visit."""
    listed = MembershipFactory(
        organisation=utrecht, job_title="Inkoper", user=UserFactory(first_name="Vera")
    )
    client.force_login(member)
    client.get(DIRECTORY)
    assert "Vera" in client.get(DIRECTORY).content.decode()
    assert served_query_count(client, DIRECTORY) == 2  # the session and the account

    listed.job_title = "Adviseur circulair inkopen"
    listed.save()
    assert "Adviseur circulair inkopen" in client.get(DIRECTORY).content.decode()
    listed.user.first_name = "Veronique"
    listed.user.save()
    assert "Veronique" in client.get(DIRECTORY).content.decode()
    utrecht.name = "Gemeente Utrecht (Stadsbedrijven)"
    utrecht.save()
    assert "Gemeente Utrecht (Stadsbedrijven)" in client.get(DIRECTORY).content.decode()
    MembershipFactory(organisation=utrecht, user=UserFactory(first_name="Nieuwkomer"))
    html = client.get(DIRECTORY).content.decode()
    assert "Nieuwkomer" in html and "3 personen" in html
    listed.user.is_active = False
    listed.user.save(update_fields=["is_active"])
    html = client.get(DIRECTORY).content.decode()
    assert "Veronique" not in html and "2 personen" in html


def test_list_pages_keep_a_constant_number_of_queries(client, home, member, utrecht):
    client.force_login(member)
    OrganisationFactory()
    MembershipFactory(organisation=utrecht)
    client.get("/deelnemers/")  # the first request creates the site settings
    few = [served_query_count(client, url) for url in ("/deelnemers/", "/deelnemers/leden/")]

    for _number in range(15):
        organisation = OrganisationFactory()
        MembershipFactory(organisation=organisation)
    many = [served_query_count(client, url) for url in ("/deelnemers/", "/deelnemers/leden/")]

    assert many == few


def test_the_sitemap_lists_the_participants(client, home):
    OrganisationFactory(name="Gemeente Baarn")
    OrganisationFactory(name="Gemeente Lopik", is_active=False)

    content = client.get("/sitemap.xml").content.decode()

    assert "http://localhost/deelnemers/</loc>" in content  # the site's address, as pages
    assert "/deelnemers/gemeente-baarn/" in content
    assert "gemeente-lopik" not in content
    # Baarn, and the home, participants, join, contact, library, themes and meetings pages.
    assert content.count("<url>") == 8
