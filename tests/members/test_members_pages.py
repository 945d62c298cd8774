"""/deelnemers/, /deelnemen/ and /contact/ are pages the coordinator edits in the admin."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import querydict_from_html

from cirkelinkoop.site_setup import site_setup, tree_root_ensure
from members.models import ContactPage, JoinPage, ParticipantsPage
from tests.factories import HomePageFactory, OrganisationFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def publish_in_admin(client, page, **changes):
    """What the coordinator does: open the page in the editor, change fields, publish."""
    edit_url = f"/beheer/pages/{page.pk}/edit/"
    data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = value
    data["action-publish"] = "action-publish"
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_the_coordinator_edits_the_participants_intro_and_the_page_shows_it(client, coordinator):
    client.force_login(coordinator)

    publish_in_admin(
        client,
        ParticipantsPage.objects.get(),
        intro="Samen kopen we circulair in, van Amersfoort tot Zeist.",
        search_description="Wie er meedoet aan de coalitie.",
    )
    client.logout()

    html = client.get("/deelnemers/").content.decode()
    assert '<p class="ck-lead">Samen kopen we circulair in, van Amersfoort tot Zeist.</p>' in html
    assert '<meta name="description" content="Wie er meedoet aan de coalitie.">' in html


def test_the_coordinator_edits_the_thank_you_text_of_the_join_form(client, coordinator):
    client.force_login(coordinator)
    page = JoinPage.objects.get()

    publish_in_admin(client, page, thanks_title="Dank je wel, we lezen mee")
    client.logout()

    html = client.get("/deelnemen/bedankt/").content.decode()
    assert '<h1 class="utrecht-heading-1">Dank je wel, we lezen mee</h1>' in html
    assert "<title>Dank je wel, we lezen mee | Cirkelinkoop</title>" in html
    assert '<meta name="robots" content="noindex">' in html


def test_the_coordinator_previews_the_thank_you_page(client, coordinator):
    client.force_login(coordinator)
    page = ContactPage.objects.get()
    edit_url, preview_url = (
        f"/beheer/pages/{page.pk}/edit/",
        f"/beheer/pages/{page.pk}/edit/preview/",
    )
    data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    data["thanks_title"] = "Dank voor je vraag"
    assert client.post(preview_url, data).json()["is_valid"]

    response = client.get(preview_url, {"mode": "thanks"})

    assert response.status_code == 200
    assert '<h1 class="utrecht-heading-1">Dank voor je vraag</h1>' in response.content.decode()


def test_the_pages_serve_their_editable_texts_at_the_fixed_addresses(client, home):
    participants = client.get("/deelnemers/").content.decode()
    join = client.get("/deelnemen/").content.decode()
    contact = client.get("/contact/").content.decode()
    join_thanks = client.get("/deelnemen/bedankt/").content.decode()
    contact_thanks = client.get("/contact/bedankt/").content.decode()

    assert "Deze organisaties kopen samen circulair in." in participants
    assert "<h2>Wat meedoen inhoudt</h2>" in join and 'name="submission_key"' in join
    assert "Een vraag? Stuur haar naar de coördinator." in contact
    assert "<ol><li>De coördinator leest haar.</li></ol>" in join_thanks
    assert "Je bericht is aangekomen." in contact_thanks


def test_every_name_links_to_its_page(home):
    participants = ParticipantsPage.objects.get()
    join, contact = JoinPage.objects.get(), ContactPage.objects.get()
    organisation = OrganisationFactory(name="Gemeente Baarn")

    assert reverse("members:participants") == participants.url == "/deelnemers/"
    assert reverse("members:directory") == participants.url + participants.reverse_subpage(
        "directory"
    )
    assert organisation.get_absolute_url() == participants.url + participants.reverse_subpage(
        "organisation", args=["gemeente-baarn"]
    )
    assert reverse("members:join") == join.url == "/deelnemen/"
    assert reverse("members:join_thanks") == join.thanks_url() == "/deelnemen/bedankt/"
    assert reverse("members:contact") == contact.url == "/contact/"
    assert reverse("members:contact_thanks") == contact.thanks_url() == "/contact/bedankt/"


def test_the_pages_are_in_the_menu_and_a_sub_route_is_their_section(client, home, member):
    client.force_login(member)

    html = client.get("/deelnemers/leden/").content.decode()

    menu = html.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert menu.count('href="/deelnemers/"') == 1 and menu.count('href="/contact/"') == 1
    assert 'ck-nav__link--section" href="/deelnemers/">' in menu
    assert 'href="/deelnemers/" aria-current="page"' not in menu
    assert 'href="/deelnemen/"' not in menu  # the form is linked from the pages, not the menu
    contact_menu = client.get("/contact/").content.decode().split('aria-label="Hoofdmenu"')[1]
    assert 'href="/contact/" aria-current="page"' in contact_menu.split("</nav>")[0]


def test_breadcrumbs_lead_from_home_through_the_page_to_its_route(client, home):
    crumbs = (
        client.get("/deelnemen/bedankt/")
        .content.decode()
        .split('aria-label="Kruimelpad"')[1]
        .split("</nav>")[0]
    )

    assert crumbs.index(">Home<") < crumbs.index('href="/deelnemen/">Doe mee met de coalitie<')
    assert 'aria-current="page">Bedankt voor je aanvraag<' in crumbs
    participants = client.get("/deelnemers/").content.decode()
    assert 'aria-current="page">Deelnemers<' in participants.split('aria-label="Kruimelpad"')[1]


def test_the_pages_and_organisations_have_a_meta_description_and_own_canonical(client, home):
    OrganisationFactory(name="Gemeente Houten", description="Houten  koopt\ncirculair in.")
    OrganisationFactory(name="Gemeente Zeist", description="")

    pages = {path: client.get(path).content.decode() for path in ("/deelnemen/", "/contact/")}
    houten = client.get("/deelnemers/gemeente-houten/").content.decode()
    zeist = client.get("/deelnemers/gemeente-zeist/").content.decode()

    assert '<meta name="description" content="Vraag aan om mee te doen' in pages["/deelnemen/"]
    assert (
        '<meta name="description" content="Een vraag voor de coördinator.">' in pages["/contact/"]
    )
    assert '<meta name="description" content="Houten koopt circulair in.">' in houten
    assert '<link rel="canonical" href="http://testserver/deelnemers/gemeente-houten/">' in houten
    assert '<meta property="og:title" content="Gemeente Houten">' in houten
    assert "<title>Gemeente Houten | Cirkelinkoop</title>" in houten
    assert (
        '<meta name="description" content="Gemeente Zeist doet mee aan de Coalitie Inkoop'
    ) in zeist


def test_the_sitemap_lists_the_pages_and_the_organisations_once(client, home):
    OrganisationFactory(name="Gemeente Baarn")

    content = client.get("/sitemap.xml").content.decode()

    for path in ("/deelnemers/", "/deelnemen/", "/contact/", "/deelnemers/gemeente-baarn/"):
        # The site's own address, as for every page in the tree.
        assert content.count(f"<loc>http://localhost{path}</loc>") == 1
    assert "bedankt" not in content and "/leden/" not in content


def test_the_site_search_finds_the_pages_by_their_texts(client, home):
    html = client.get("/zoeken/", {"q": "coördinator"}).content.decode()

    assert 'href="/contact/"' in html


def test_the_participants_page_still_answers_only_get(client, home):
    assert client.post("/deelnemers/").status_code == 405


# --- setting the pages up ------------------------------------------------------------


def test_setup_site_makes_each_page_once_at_its_address(client):
    site_setup(hostname="cirkelinkoop.example.nl")
    site_setup(hostname="cirkelinkoop.example.nl")

    for model, path in ((ParticipantsPage, "/deelnemers/"), (JoinPage, "/deelnemen/")):
        page = model.objects.get()
        assert page.live and page.url == path and page.live_revision_id
    assert ContactPage.objects.get().show_in_menus
    assert not JoinPage.objects.get().show_in_menus


def _migration():
    return importlib.import_module("members.migrations.0006_public_pages_in_the_tree")


def test_the_data_migration_puts_the_pages_under_an_existing_home_page(client):
    # A site as it ran before the pages existed: a home page, no members pages.
    root = tree_root_ensure()  # an earlier transactional test may have flushed it
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )

    _migration().create_pages(django_apps, None)
    _migration().create_pages(django_apps, None)  # and again: nothing twice

    home.refresh_from_db()  # the migration counted its new children
    assert [page.slug for page in home.get_children()] == ["deelnemers", "deelnemen", "contact"]
    assert Page.find_problems() == ([], [], [], [], [])
    assert client.get("/deelnemers/").status_code == 200
    assert "Bedankt voor je aanvraag" in client.get("/deelnemen/bedankt/").content.decode()
    # setup_site (make run) completes them with a first revision, leaving their texts.
    site_setup(hostname="localhost", port=80)
    assert JoinPage.objects.get().live_revision_id is not None
    assert ParticipantsPage.objects.count() == 1


def test_the_data_migration_leaves_a_fresh_database_to_setup_site():
    # A fresh database: the default site shows Wagtail's placeholder page, as Wagtail's
    # migrations make it (made again here if an earlier transactional test flushed it).
    if not Site.objects.filter(is_default_site=True).exists():
        placeholder = tree_root_ensure().add_child(instance=Page(title="Welkom", slug="welkom"))
        Site.objects.create(hostname="localhost", root_page=placeholder, is_default_site=True)
    assert Site.objects.get(is_default_site=True).root_page.specific_class is Page

    _migration().create_pages(django_apps, None)

    assert not ParticipantsPage.objects.exists()


def test_the_data_migration_leaves_a_page_of_the_coordinator_at_the_address(client, home):
    ContactPage.objects.get().delete()
    StandardPageFactory(parent=home, title="Contact", slug="contact")

    _migration().create_pages(django_apps, None)

    assert not ContactPage.objects.exists()


def test_the_search_the_directory_and_own_data_describe_themselves(client, home, member):
    """Kept out of search engines, but a shared link or a screen reader's page list still
    gets a summary of what the page is for."""
    search = client.get("/zoeken/?q=inkoop").content.decode()
    client.force_login(member)
    directory = client.get("/deelnemers/leden/").content.decode()
    own_data = client.get("/account/gegevens/").content.decode()

    assert '<meta name="description" content="Zoek in de pagina&#x27;s van Cirkelinkoop' in search
    assert '<meta name="description" content="De mensen van de deelnemende' in directory
    assert '<meta name="description" content="Wat Cirkelinkoop over je bewaart' in own_data
