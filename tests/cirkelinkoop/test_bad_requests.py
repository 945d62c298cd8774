"""Requests a browser would never send get a 4xx answer, never a server error."""

import re

import pytest
from django.test import Client

from members.models import ContactRequest, JoinRequest

pytestmark = pytest.mark.django_db

PUBLIC_FORMS = [
    "/deelnemen/",
    "/contact/",
    "/account/login/",
    "/account/signup/",
    "/account/password/reset/",
]
UNREADABLE_BODIES = [
    pytest.param("utf-16", "organisation_name=Gemeente Zoë".encode("utf-16"), id="utf-16"),
    pytest.param(
        "latin-1", "organisation_name=Gemeente Zoë".encode("latin-1") + b"\xff\xfe", id="latin-1"
    ),
]


def browser_like_client(path: str) -> Client:
    """CSRF checks on, and the cookie a first visit to the form sets."""
    client = Client(enforce_csrf_checks=True)
    assert client.get(path).status_code == 200
    return client


def post_form(client: Client, path: str, body: bytes, charset: str):
    return client.generic(
        "POST",
        path,
        body,
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )


@pytest.mark.parametrize("path", PUBLIC_FORMS)
@pytest.mark.parametrize(("charset", "body"), UNREADABLE_BODIES)
def test_a_form_posted_in_another_charset_gets_a_400(home, path, charset, body):
    client = browser_like_client(path)

    response = post_form(client, path, body, charset)

    assert response.status_code == 400
    assert "Het verzoek kon niet worden gelezen" in response.content.decode()
    assert not JoinRequest.objects.exists()
    assert not ContactRequest.objects.exists()


@pytest.mark.parametrize("path", PUBLIC_FORMS)
def test_the_same_post_in_utf_8_passes_the_csrf_check(home, path):
    """So the 400 above is the charset, not a token the test got wrong."""
    client = browser_like_client(path)

    response = post_form(client, path, "organisation_name=Gemeente Zoë".encode(), "utf-8")

    assert response.status_code == 200  # the form again, with its errors


@pytest.mark.parametrize("path", PUBLIC_FORMS)
def test_a_nul_byte_in_every_field_is_a_form_error_not_a_database_error(client, home, path):
    """PostgreSQL refuses NUL in text: the forms must stop it before any query."""
    html = client.get(path).content.decode()
    names = set(re.findall(r'<(?:input|textarea|select)[^>]*\bname="([^"]+)"', html))
    names -= {"csrfmiddlewaretoken"}
    assert names

    response = client.post(path, {name: "x\x00y@gemeente.example" for name in names})

    assert response.status_code == 200
    assert "utrecht-form-field-error-message" in response.content.decode()
    assert not JoinRequest.objects.exists()
    assert not ContactRequest.objects.exists()
    assert "_auth_user_id" not in client.session
