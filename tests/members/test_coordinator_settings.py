"""The coordinator's contact details: a setting of the members app, read once per request."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from members.models import CoordinatorSettings
from members.site import CoordinatorContact, coordinator_contact
from tests.conftest import queries_made
from tests.members.conftest import COORDINATOR_EMAIL

pytestmark = pytest.mark.django_db

MEMBERS_DIR = Path(__file__).resolve().parents[2] / "members"


def coordinator_queries(queries) -> list[str]:
    return [q["sql"] for q in queries if "members_coordinatorsettings" in q["sql"]]


def test_the_thank_you_page_reads_the_coordinator_once_for_page_and_footer(
    client, site_with_coordinator, settings
):
    settings.FRAGMENT_CACHE_SECONDS = 0  # the footer rendered, not from the cache
    client.get("/deelnemen/bedankt/")  # a first request may create what is missing

    # A page's route of Wagtail: the site; the page by its path (root, child, specific);
    # the menu and its restrictions (the breadcrumbs need no query: the page is a child
    # of the home page; the page's privacy was read by the first request, and kept); then
    # the coordinator and the footer's site settings, once each.
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/deelnemen/bedankt/")

    assert len(queries_made(captured)) == 8
    html = response.content.decode()
    assert f'href="mailto:{COORDINATOR_EMAIL}"' in html
    assert html.count(COORDINATOR_EMAIL) == 4  # the urgent line and the footer, each twice
    assert len(coordinator_queries(captured.captured_queries)) == 1


def test_a_dead_invitation_names_the_coordinator(client, site_with_coordinator):
    response = client.get("/account/uitnodiging/bestaat-niet/")

    assert response.status_code == 410
    assert "Carla Coördinator" in response.content.decode()


def test_without_a_request_the_default_sites_coordinator_is_read(site_with_coordinator):
    CoordinatorSettings.objects.filter(site=site_with_coordinator).update(phone="030 123 45 67")

    assert coordinator_contact() == CoordinatorContact(
        name="Carla Coördinator", email=COORDINATOR_EMAIL, phone="030 123 45 67"
    )


def test_with_a_request_the_setting_is_fetched_once(site_with_coordinator):
    request = RequestFactory().get("/", HTTP_HOST="localhost")

    with CaptureQueriesContext(connection) as captured:
        first = coordinator_contact(request)
        second = coordinator_contact(request)

    assert first == second
    assert first.email == COORDINATOR_EMAIL
    assert len(coordinator_queries(captured.captured_queries)) == 1


def test_no_site_means_no_coordinator(db):
    Site.objects.all().delete()

    assert coordinator_contact() == CoordinatorContact()


def test_the_coordinator_edits_the_details_under_settings_in_dutch(client, coordinator, home):
    client.force_login(coordinator)

    menu = client.get("/beheer/").content.decode()
    form = client.get("/beheer/settings/members/coordinatorsettings/", follow=True)

    assert "/beheer/settings/members/coordinatorsettings/" in menu
    assert form.status_code == 200
    html = form.content.decode()
    assert "Contactgegevens coördinator" in html
    assert 'name="email"' in html


def test_members_reads_its_setting_itself_without_the_site_shell():
    assert not hasattr(settings, "MEMBERS_COORDINATOR_CONTACT")
    for module in MEMBERS_DIR.rglob("*.py"):
        tree = ast.parse(module.read_text())
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(name.split(".")[0] == "cirkelinkoop" for name in imported), module


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_the_coordinator_out_of_the_site_settings(home):
    before = [("cirkelinkoop", "0001_initial"), ("members", "0003_coordinator_settings")]
    after = [("cirkelinkoop", "0003_sitesettings_without_coordinator")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps
        site = old.get_model("wagtailcore", "Site").objects.get(is_default_site=True)
        old.get_model("cirkelinkoop", "SiteSettings").objects.create(
            site_id=site.pk,
            coordinator_name="Anna Oud",
            coordinator_email="anna@coalitie.example",
            coordinator_phone="030 111 11 11",
            footer_text="Samen circulair inkopen.",
        )

        executor = MigrationExecutor(connection)
        executor.migrate(after)

        new = executor.loader.project_state(after).apps
        moved = new.get_model("members", "CoordinatorSettings").objects.get(site_id=site.pk)
        assert (moved.name, moved.email, moved.phone) == (
            "Anna Oud",
            "anna@coalitie.example",
            "030 111 11 11",
        )
        kept = new.get_model("cirkelinkoop", "SiteSettings").objects.get(site_id=site.pk)
        assert kept.footer_text == "Samen circulair inkopen."
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
