"""Every form and every page a visitor or a member meets, fuzzed by Hypothesis.

The forms are read from the pages the crawl finds (tests.security.crawl), the query
parameter names from the portal's GET forms and from what its views read: a form, page
or parameter added later is fuzzed without touching this test.

Each form gets three hard cases first (a NUL byte, one character too many, markup, in
every typed field), then Hypothesis's own: each field valid-ish, hostile (markup,
SQL-ish, odd unicode, 200 kB), missing or repeated. Each page gets every parameter
with markup, then with NUL in a value too long for any field, then Hypothesis's query
strings (numbers, the site's own choices, other sites' addresses, hostile text).

What must hold for each answer:
- no server error, and nothing logged as an error;
- what was sent is never shown as markup, nor as a ``javascript:`` link;
- a form that comes back (no redirect) stored nothing: no table gained or lost a row;
- a NUL byte or an overlong value in a typed field is refused: a 400, or the form
  again with an error, and nothing stored.
"""

from urllib.parse import urlsplit

import pytest
from django.test import Client

from knowledge.models import CaseIndexPage, CasePage, Strategy, ThemeIndexPage
from meetings.models import MeetingIndexPage
from members.services.memberships import invitation_create
from tests.factories import (
    DEFAULT_PASSWORD,
    MembershipFactory,
    OrganisationFactory,
    StandardPageFactory,
    UserFactory,
    invitation_link_path,
)
from tests.knowledge.factories import (
    CaseCriterionFactory,
    CasePageFactory,
    ProductGroupFactory,
    ThemePageFactory,
)
from tests.meetings.factories import MeetingPageFactory, meeting_publish
from tests.security.crawl import crawl, download_links, query_parameter_names
from tests.security.fuzzing import form_key, forms_to_fuzz, fuzz_form, fuzz_query_strings

pytestmark = pytest.mark.django_db

LIBRARY_PARAMETERS = (
    "thema",
    "productgroep",
    "strategie",
    "procedure",
    "soort",
    "organisatie",
    "jaar",
    "sorteer",
)
LIBRARY_EXPORTS = ["/kennisbank/export.csv", "/kennisbank/export.json"]


@pytest.fixture
def member(home, settings):
    """A site with its pages, an organisation with a page, and a member of it.

    Passwords are hashed quickly here: the sign-in, sign-up and password forms each check
    one per submission, and the deliberately slow production hasher would cost most of
    the fuzzing budget without changing what the forms do with what they are sent.
    """
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    StandardPageFactory(parent=home, title="Over de coalitie")
    organisation = OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.example"])
    _a_case(organisation)
    _cases(organisation)
    member = MembershipFactory(
        organisation=organisation, user=UserFactory(email="bram@utrecht.example")
    ).user
    # A product group to file a shared case under, and a draft of one the member writes,
    # so both the new-case form and the form of a saved draft can be sent as valid.
    group = ProductGroupFactory(name="Groenbeheer", slug="groenbeheer")
    draft = CasePageFactory(
        parent=CaseIndexPage.objects.get(), live=False, owner=member, product_group=group
    )
    draft.save_revision(user=member)
    _a_meeting()
    return member


def _a_meeting():
    """A hybrid meeting with one seat: its page, its registration form, its calendar."""
    meeting = MeetingPageFactory(
        parent=MeetingIndexPage.objects.get(),
        slug="rcio-maart",
        live=False,
        mode="hybrid",
        capacity=1,
        online_url="https://vergaderen.example/rcio",
    )
    meeting_publish(meeting)


def _a_case(organisation) -> None:
    """A public case on a theme, so the library's form offers every facet to tick."""
    library = CaseIndexPage.objects.get()
    theme = ThemePageFactory(parent=ThemeIndexPage.objects.get(), title="Groen", slug="groen")
    case = CasePageFactory(parent=library, themes=[theme], buyer_organisation=organisation)
    case.strategies.set(Strategy.objects.filter(code="R3"))
    case.save()


def _cases(organisation):
    """A public case with a criterion and a comparable members-only one: the compare form,
    the case page's "put in a comparison" and the criteria downloads are found."""
    library = CaseIndexPage.objects.get()
    public = CasePageFactory(parent=library, title="Maaien", buyer_organisation=organisation)
    CaseCriterionFactory(page=public, title="Emissievrij")
    CasePageFactory(
        parent=library,
        title="Besloten",
        product_group=public.product_group,
        buyer_organisation=organisation,
        members_only=True,
    )


def files_found(found: list[str]):
    """A crawl's ``inspect``: collects the addresses that answered with a file (a feed),
    which the crawl does not keep as pages but which read parameters too."""

    def inspect(path, response):
        content_type = response.get("Content-Type", "")
        if response.status_code == 200 and "html" not in content_type:
            found.append(path)

    return inspect


def downloads_on(pages: dict[str, str]) -> list[str]:
    return [link for path, html in pages.items() for link in download_links(html, path)]


def as_visitor(client):
    return client


def test_every_visitors_form_and_page_withstands_fuzzing(member):
    files = []
    pages = crawl(Client(), inspect=files_found(files))
    files += downloads_on(pages)
    forms = forms_to_fuzz(pages)
    # Discovery found what it must, so this test cannot pass by fuzzing nothing.
    assert {"/", "/zoeken/", "/deelnemers/", "/contact/", "/account/signup/"} <= set(pages)
    assert {"/deelnemen/", "/contact/", "/zoeken/", "/account/login/"} <= {
        urlsplit(form.action).path for form in forms
    }
    assert {"q", "pagina", "next", "cases"} <= query_parameter_names(pages)
    # The case library's filters, read from its form.
    assert set(LIBRARY_PARAMETERS) <= query_parameter_names(pages)
    assert "/kennisbank/vergelijk/" in {urlsplit(form.action).path for form in forms}
    assert {
        "/kennisbank/vergelijk/criteria.docx",
        "/kennisbank/vergelijk/criteria.csv",
        "/kennisbank/feed/",
        "/bijeenkomsten/agenda.ics",
        "/bijeenkomsten/rcio-maart.ics",
    } <= {urlsplit(path).path for path in files}
    assert {"/bijeenkomsten/", "/bijeenkomsten/rcio-maart/"} <= set(pages)

    for form in forms:
        fuzz_form(form, sign_in=as_visitor)
    # The open data exports read the library's parameters too; they are files, not pages.
    fuzz_query_strings(pages, [*pages, *files, *LIBRARY_EXPORTS], sign_in=as_visitor)


def test_every_members_form_and_page_withstands_fuzzing(member):
    """What a member sees beyond a visitor: the forms and pages behind the sign-in."""
    visitors = crawl(Client())
    client = Client()
    client.force_login(member)
    pages = crawl(client)
    forms = forms_to_fuzz(pages, leave_out={form_key(f) for f in forms_to_fuzz(visitors)})
    visitor_paths = {urlsplit(path).path for path in visitors}
    own_pages = [path for path in pages if urlsplit(path).path not in visitor_paths]
    draft = CasePage.objects.get(owner=member)
    assert {
        "/account/gegevens/",
        "/deelnemers/leden/",
        "/kennisbank/nieuw/",
        f"/kennisbank/nieuw/{draft.pk}/",
        "/bijeenkomsten/rcio-maart/",
    } <= {urlsplit(form.action).path for form in forms}
    assert {"/account/gegevens/", "/deelnemers/leden/", "/kennisbank/nieuw/"} <= set(own_pages)
    assert "organisation" in query_parameter_names(pages)

    def signed_in(fresh):
        # As stored now: a fuzzed password form may have changed the password, and a
        # session made with the old one is signed out at once.
        member.refresh_from_db()
        fresh.force_login(member)
        return fresh

    for form in forms:
        fuzz_form(form, sign_in=signed_in)
    fuzz_query_strings(pages, [*own_pages, "/zoeken/"], sign_in=signed_in)


def test_the_forms_behind_a_password_or_an_e_mail_link_withstand_fuzzing(member):
    """Forms no crawl reaches from a page: deleting one's account (after the password is
    asked again) and accepting an invitation (from the link in its e-mail only), as the
    member it was sent to and as a visitor who has no account yet."""
    organisation = member.membership.organisation
    delete_path = "/account/gegevens/verwijderen/"
    to_member = invitation_link_path(
        invitation_create(email=member.email, organisation=OrganisationFactory(name="Rhenen"))
    )
    to_visitor = invitation_link_path(
        invitation_create(email="nieuw@rhenen.example", organisation=organisation)
    )

    def reauthenticated(fresh):
        # A valid submission deleted the account: the next one needs it back.
        user = UserFactory(email=member.email)
        if not hasattr(user, "membership"):
            MembershipFactory(organisation=organisation, user=user)
        fresh.force_login(user)
        fresh.post("/account/reauthenticate/", {"password": DEFAULT_PASSWORD})
        return fresh

    def invited_visitor(fresh):
        fresh.get(to_visitor)  # the link keeps the invitation in the session
        return fresh

    deleting = crawl(reauthenticated(Client()), start=[delete_path], within=delete_path)
    accepting = crawl(reauthenticated(Client()), start=[to_member], within=to_member)
    signing_up = crawl(invited_visitor(Client()), start=["/account/signup/"], within="/account/")
    forms = {
        **{form_key(form): (form, reauthenticated) for form in forms_to_fuzz(deleting)},
        **{form_key(form): (form, reauthenticated) for form in forms_to_fuzz(accepting)},
        **{form_key(form): (form, invited_visitor) for form in forms_to_fuzz(signing_up)},
    }
    assert {("post", delete_path), ("post", to_member), ("post", "/account/signup/")} <= set(forms)
    assert 'value="nieuw@rhenen.example"' in signing_up["/account/signup/"]

    for form, sign_in in forms.values():
        fuzz_form(form, sign_in=sign_in)
