"""The menu and footer every page repeats come from the cache, for members too: a
coordinator's change shows at once, and nothing of one person reaches anyone else."""

import pytest
from django.test import Client

from cirkelinkoop.models import SiteSettings
from members.models import CoordinatorSettings
from tests.factories import MembershipFactory, OrganisationFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor_and_member(home):
    member = Client()
    member.force_login(MembershipFactory().user)
    return Client(), member


def pages_of(clients, path="/") -> list[str]:
    return [client.get(path).content.decode() for client in clients]


def test_a_page_published_into_the_menu_shows_at_once(home, visitor_and_member):
    pages_of(visitor_and_member)  # menu and pages cached for both

    page = StandardPageFactory(parent=home, title="Groenbeheer", slug="groen", live=False)
    page.show_in_menus = True
    page.save_revision().publish()

    for html in pages_of(visitor_and_member):
        assert '<a class="ck-nav__link" href="/groen/">Groenbeheer</a>' in html


def test_changed_site_settings_show_in_the_footer_at_once(home, visitor_and_member):
    pages_of(visitor_and_member)

    site = home.get_site()
    settings = SiteSettings.for_site(site)
    settings.footer_text = "Nieuwe voettekst van de coördinator"
    settings.save()
    coordinator = CoordinatorSettings.for_site(site)
    coordinator.email = "nieuw@coalitie.example"
    coordinator.save()

    for html in pages_of(visitor_and_member):
        assert "Nieuwe voettekst van de coördinator" in html
        assert "mailto:nieuw@coalitie.example" in html


def test_a_renamed_organisation_shows_at_once(home, visitor_and_member):
    organisation = OrganisationFactory(name="Gemeente Houten")
    visitor, member = visitor_and_member
    pages_of(visitor_and_member, "/deelnemers/")
    member.get("/deelnemers/leden/")  # the directory's filter, cached

    organisation.name = "Gemeente Houten-Zuid"
    organisation.save()

    for html in pages_of(visitor_and_member, "/deelnemers/"):
        assert "Gemeente Houten-Zuid" in html
    assert ">Gemeente Houten-Zuid</option>" in member.get("/deelnemers/leden/").content.decode()


# Every kind of page: cached for visitors, with a form, a search, and a member's own.
EVERY_KIND = ["/", "/deelnemers/", "/deelnemen/", "/zoeken/?q=gemeente"]
MEMBERS_ONLY = ["/deelnemers/leden/", "/account/gegevens/"]


def test_no_page_served_to_a_member_reaches_a_visitor_or_another_member(home):
    """Each page first for member A (filling every shared cache), then for member B and
    a visitor: neither is shown anything of A's, and the visitor no member's header."""
    first = MembershipFactory(
        user__first_name="Alida", user__last_name="Eerstelid", in_directory=False
    )
    a, b, visitor = Client(), Client(), Client()
    a.force_login(first.user)
    b.force_login(MembershipFactory(in_directory=True).user)
    a_things = [first.user.email, "Eerstelid", a.cookies["sessionid"].value]

    for path in EVERY_KIND + MEMBERS_ONLY:
        assert a.get(path).status_code == 200
        a_things += [a.cookies["csrftoken"].value] if "csrftoken" in a.cookies else []
        shown = {"member B": b.get(path).content.decode()}
        if path not in MEMBERS_ONLY:
            shown["visitor"] = visitor.get(path).content.decode()
            assert "/account/gegevens/" not in shown["visitor"], path
        for who, html in shown.items():
            assert not [thing for thing in a_things if thing in html], (path, who)
