"""Every form a visitor or a member is shown, filled in by Hypothesis.

The forms are read from the pages the crawl finds (tests.security.crawl), so a form added
later is fuzzed too. Each form gets the same three hard cases first (a NUL byte, one
character too many, markup, in every typed field), then Hypothesis's own: each field
valid-ish, hostile (markup, SQL-ish, odd unicode, huge), missing or repeated.

What must hold for each answer:
- no server error, and nothing logged as an error;
- what was sent is never shown as markup, nor as a ``javascript:`` link;
- a form that comes back (no redirect) stored nothing: no table has a row more or less;
- a NUL byte or an overlong value in a typed field is refused: a 400, or the form again
  with an error, and nothing stored.
"""

from urllib.parse import urlencode, urlsplit

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import example, given, note, settings

from tests.factories import MembershipFactory, OrganisationFactory, StandardPageFactory, UserFactory
from tests.security.crawl import Form, crawl, forms_on, row_counts
from tests.security.fuzzing import (
    assert_answered_cleanly,
    edge_submissions,
    errors_logged,
    must_be_refused,
    shows_form_errors,
    submissions,
)

pytestmark = pytest.mark.django_db

EXAMPLES_PER_FORM = 12  # besides the three edge cases; the suite has a time budget


@pytest.fixture
def site(home, settings):
    """The pages a site has, an organisation with a page, and a member of it.

    Passwords are hashed quickly here: the sign-in, sign-up and password forms each check
    one per submission, and the deliberately slow production hasher would cost most of
    the fuzzing budget without changing what the forms do with what they are sent.
    """
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    StandardPageFactory(parent=home, title="Over de coalitie")
    organisation = OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.example"])
    return MembershipFactory(
        organisation=organisation, user=UserFactory(email="bram@utrecht.example")
    ).user


def discovered_forms(client) -> list[Form]:
    """The forms on the pages ``client`` can open, each (method, action) once."""
    forms = {}
    for path, html in crawl(client).items():
        for form in forms_on(html, path):
            if not urlsplit(form.action).path.startswith("/account/logout/"):
                forms.setdefault((form.method, urlsplit(form.action).path), form)
    return list(forms.values())


def send(client, form: Form, pairs):
    if form.method == "get":
        return client.get(urlsplit(form.action).path, list(pairs))
    return client.post(
        form.action,
        urlencode(pairs),
        content_type="application/x-www-form-urlencoded",
    )


def fuzz(form: Form, sign_in) -> None:
    """Run the edge cases and Hypothesis's submissions against ``form``."""

    @settings(max_examples=EXAMPLES_PER_FORM)
    @given(pairs=submissions(form))
    def check(pairs):
        note(str(form))
        cache.clear()  # rate limits: each submission is judged on its own
        client = sign_in(Client())
        before = row_counts()
        with errors_logged() as logged:
            response = send(client, form, pairs)
        assert_answered_cleanly(response, logged)
        if response.status_code not in (301, 302, 303):
            assert row_counts() == before, "a form that came back stored something"
        if must_be_refused(form, pairs):
            assert response.status_code in (200, 400)
            assert response.status_code == 400 or shows_form_errors(response)
            assert row_counts() == before

    for pairs in edge_submissions(form):
        check = example(pairs=pairs)(check)
    check()


def test_every_visitors_form_withstands_fuzzing(client, site):
    forms = discovered_forms(client)
    actions = {urlsplit(form.action).path for form in forms}
    # Discovery found the public forms, so this test cannot pass by fuzzing nothing.
    assert {"/deelnemen/", "/contact/", "/zoeken/", "/account/login/"} <= actions

    for form in forms:
        fuzz(form, sign_in=lambda client: client)


def test_every_members_form_withstands_fuzzing(client, site):
    visitors = {(f.method, urlsplit(f.action).path) for f in discovered_forms(Client())}
    client.force_login(site)
    forms = [
        form
        for form in discovered_forms(client)
        if (form.method, urlsplit(form.action).path) not in visitors
    ]
    assert {"/account/gegevens/", "/deelnemers/leden/"} <= {
        urlsplit(form.action).path for form in forms
    }

    def signed_in(fresh):
        fresh.force_login(site)  # a fuzzed form may have signed the member out
        return fresh

    for form in forms:
        fuzz(form, sign_in=signed_in)
