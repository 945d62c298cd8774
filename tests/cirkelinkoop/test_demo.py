"""seed_demo builds a portal a newcomer can click through, and can run again."""

import io
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, ReferenceIndex, Site

from cirkelinkoop.demo import DEMO_COORDINATOR, DEMO_MEMBER
from cirkelinkoop.models import HomePage, SiteSettings, StandardPage
from cirkelinkoop.services import COORDINATORS_GROUP
from knowledge.models import CasePage
from meetings.models import MeetingPage
from members.models import CoordinatorSettings

pytestmark = pytest.mark.django_db


def test_seed_demo_builds_the_pages_settings_and_accounts(client, capsys):
    call_command("seed_demo")

    assert HomePage.objects.live().count() == 1
    slugs = set(StandardPage.objects.live().values_list("slug", flat=True))
    assert slugs == {
        "over-de-coalitie",
        "het-rcio",
        "privacyverklaring",
        "toegankelijkheidsverklaring",
    }
    assert CoordinatorSettings.objects.get().email == DEMO_COORDINATOR["email"]
    site_settings = SiteSettings.objects.get()
    assert [link.value["label"] for link in site_settings.footer_links] == [
        "Privacyverklaring",
        "Toegankelijkheidsverklaring",
    ]
    for email in (DEMO_COORDINATOR["email"], DEMO_MEMBER["email"]):
        assert EmailAddress.objects.get(email=email).verified
    assert client.get("/").status_code == 200
    assert client.get("/het-rcio/").status_code == 200


def test_seed_demo_twice_changes_nothing(capsys):
    call_command("seed_demo")
    counts = (Page.objects.count(), get_user_model().objects.count())

    call_command("seed_demo")

    assert (Page.objects.count(), get_user_model().objects.count()) == counts
    assert "unchanged" in capsys.readouterr().out


def test_the_demo_coordinator_reaches_the_admin_and_the_member_does_not(client):
    call_command("seed_demo", coordinator_password="pw-coord", member_password="pw-lid")

    client.post("/account/login/", {"login": DEMO_COORDINATOR["email"], "password": "pw-coord"})
    assert client.get("/beheer/").status_code == 200
    coordinator = get_user_model().objects.get(email=DEMO_COORDINATOR["email"])
    assert coordinator.groups.filter(name=COORDINATORS_GROUP).exists()
    site_settings = client.get("/beheer/settings/cirkelinkoop/sitesettings/", follow=True)
    assert site_settings.status_code == 200
    assert 'name="footer_text"' in site_settings.content.decode()
    contact = client.get("/beheer/settings/members/coordinatorsettings/", follow=True)
    assert contact.status_code == 200
    assert f'value="{DEMO_COORDINATOR["email"]}"' in contact.content.decode()
    home = HomePage.objects.get()
    assert client.get(f"/beheer/pages/{home.pk}/edit/").status_code == 200

    client.logout()
    client.post("/account/login/", {"login": DEMO_MEMBER["email"], "password": "pw-lid"})
    assert client.get("/beheer/").status_code == 302


def test_seed_demo_refuses_to_run_in_production(settings):
    settings.IS_PRODUCTION = True

    with pytest.raises(CommandError, match="production"):
        call_command("seed_demo")


def test_every_link_on_the_demo_pages_leads_somewhere(client):
    call_command("seed_demo")
    paths = ["/", *(page.url for page in StandardPage.objects.live())]

    links = set()
    for path in paths:
        links.update(re.findall(r'href="(/[^"#]*)"', client.get(path).content.decode()))

    broken = [link for link in sorted(links) if client.get(link).status_code >= 400]
    assert links and broken == []


def test_the_demo_pages_pass_the_editors_validation():
    """A coordinator can open, preview and publish every demo page without a fix first."""
    call_command("seed_demo")

    for page in [HomePage.objects.get(), *StandardPage.objects.all()]:
        page.full_clean()
        page.body.stream_block.clean(page.body)


def test_the_admin_knows_where_each_demo_organisation_is_used():
    """The references are indexed once, after the seed: the admin's "used by" lists and
    its warnings before a delete see every demo case of an organisation."""
    call_command("seed_demo", stdout=io.StringIO())

    for case in CasePage.objects.live().exclude(buyer_organisation=None):
        using = ReferenceIndex.get_references_to(case.buyer_organisation)
        assert str(case.pk) in set(using.values_list("object_id", flat=True))


def test_setup_site_starts_a_production_site_without_any_account(client):
    call_command("setup_site", "cirkelinkoop.example.nl", stdout=io.StringIO())
    call_command("setup_site", "cirkelinkoop.example.nl", stdout=io.StringIO())

    assert get_user_model().objects.count() == 0
    assert HomePage.objects.live().count() == 1
    assert StandardPage.objects.live().count() == 4
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("cirkelinkoop.example.nl", 443)
    assert CoordinatorSettings.for_site(site).email == ""
    group = Group.objects.get(name=COORDINATORS_GROUP)
    assert group.page_permissions.filter(page=site.root_page).exists()


def test_the_next_demo_meeting_has_an_invitation_for_all_and_slides_for_members(client):
    call_command("seed_demo", member_password="pw-lid")
    meeting = MeetingPage.objects.live().filter(attachments__isnull=False).distinct().get()
    invitation, slides = [a.document for a in meeting.attachments.order_by("sort_order")]

    download = client.get(invitation.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-1.4")
    assert client.get(slides.url).status_code == 302  # to sign in

    client.login(username="lid@cirkelinkoop.example", password="pw-lid")
    assert client.get(slides.url).status_code == 200
    assert "Sanne Hergebruik" in client.get(meeting.url).content.decode()
