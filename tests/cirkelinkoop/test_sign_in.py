"""One way to sign in: allauth's. Wagtail's front-end sign-in only sends people there."""

from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.cirkelinkoop.conftest import SECRET
from tests.factories import (
    DEFAULT_PASSWORD,
    MembershipFactory,
    StandardPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def login_url(next_url: str) -> str:
    return f"/account/login/?next={quote(next_url, safe='/')}"


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def allauth_sign_in(client, email: str, next_url: str):
    return client.post(
        "/account/login/", {"login": email, "password": DEFAULT_PASSWORD, "next": next_url}
    )


@pytest.fixture
def unverified_user(db):
    user = UserFactory(email="nieuw@gemeente.example")
    EmailAddress.objects.filter(user=user).update(verified=False)
    return user


@pytest.fixture
def private_page(home):
    page = StandardPageFactory(parent=home, title="Verslag voor leden", slug="verslag-leden")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def test_wagtails_sign_in_page_sends_visitors_to_allauths_with_next(client, home):
    response = client.get("/_util/login/", {"next": "/verslag-leden/"})

    assert response.status_code == 302
    assert response["Location"] == login_url("/verslag-leden/")


@pytest.mark.parametrize("email", ["inkoper@gemeente.example", "nieuw@gemeente.example"])
@pytest.mark.parametrize("enforce_csrf_checks", [False, True])
def test_a_post_to_wagtails_sign_in_signs_nobody_in(
    home, unverified_user, email, enforce_csrf_checks
):
    """Not a verified account, nor (as Wagtail's form did) one never verified."""
    MembershipFactory(user__email="inkoper@gemeente.example")
    client = Client(enforce_csrf_checks=enforce_csrf_checks)

    response = client.post(
        "/_util/login/?next=/verslag-leden/",
        {"username": email, "password": DEFAULT_PASSWORD, "next": "/verslag-leden/"},
    )

    assert response.status_code == 302
    assert response["Location"] == login_url("/verslag-leden/")
    assert not signed_in(client)
    assert client.get("/account/gegevens/").status_code == 302


def test_a_next_to_another_site_is_dropped(client, home):
    response = client.get("/_util/login/", {"next": "https://elders.example/"})

    assert response["Location"] == "/account/login/"


def test_a_private_page_sends_visitors_to_allauths_sign_in(client, private_page):
    response = client.get(private_page.url)

    assert response.status_code == 302
    assert response["Location"] == login_url(private_page.url)


def test_after_signing_in_the_member_sees_the_private_page(client, private_page):
    MembershipFactory(user__email="inkoper@gemeente.example")

    response = allauth_sign_in(client, "inkoper@gemeente.example", private_page.url)

    assert response["Location"] == private_page.url
    page = client.get(private_page.url)
    assert page.status_code == 200
    assert "Verslag voor leden" in page.content.decode()


def test_an_unverified_account_does_not_get_the_private_page(client, private_page, unverified_user):
    allauth_sign_in(client, unverified_user.email, private_page.url)

    assert not signed_in(client)
    assert client.get(private_page.url)["Location"] == login_url(private_page.url)


def test_a_login_restricted_document_sends_visitors_to_allauths_sign_in(
    client, members_only_document
):
    url = members_only_document.url

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == login_url(url)


def test_after_signing_in_the_member_gets_the_document(client, members_only_document):
    MembershipFactory(user__email="inkoper@gemeente.example")
    url = members_only_document.url

    response = allauth_sign_in(client, "inkoper@gemeente.example", url)

    assert response["Location"] == url
    document = client.get(url)
    assert document.status_code == 200
    assert b"".join(document.streaming_content) == SECRET
