"""Signing in with an e-mail address, password reset, closed sign-up and rate limits;
an account's permissions."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cirkelinkoop.accounts import PermissionsInOneQueryBackend
from mailing.models import OutboxEmail
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_a_member_signs_in_with_their_email_address(client, home):
    user = UserFactory(email="inkoper@gemeente.example")

    response = client.post(
        "/account/login/", {"login": "inkoper@gemeente.example", "password": DEFAULT_PASSWORD}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_wrong_password_keeps_the_address_and_says_what_is_wrong(client, home):
    UserFactory(email="inkoper@gemeente.example")

    response = client.post(
        "/account/login/", {"login": "inkoper@gemeente.example", "password": "verkeerd"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="inkoper@gemeente.example"' in html
    assert 'role="alert"' in html
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("admin_shows_sent", [False, True])
def test_password_reset_sends_a_dutch_email_through_the_outbox(
    client, home, django_capture_on_commit_callbacks, settings, admin_shows_sent
):
    """The link is readable in the outbox only where the admin shows sent e-mails (a
    developer's machine); in production its contents go the moment it is sent."""
    settings.MAILING_ADMIN_SHOWS_SENT = admin_shows_sent
    UserFactory(email="inkoper@gemeente.example")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/password/reset/", {"email": "inkoper@gemeente.example"})

    assert response.status_code == 302
    [row] = OutboxEmail.objects.all()
    assert row.kind == "account/email/password_reset_key" and row.status == "sent"
    assert row.has_secret and ("/account/password/reset/key/" in row.body) is admin_shows_sent
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["inkoper@gemeente.example"]
    assert "wachtwoord" in message.subject.lower()
    assert "Kies een nieuw wachtwoord via deze link" in message.body
    assert "/account/password/reset/key/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="nl">' in html and "Nieuw wachtwoord kiezen" in html


def test_password_reset_for_an_unknown_address_does_not_invite_a_closed_sign_up(
    client, home, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/account/password/reset/", {"email": "onbekend@elders.example"})

    body = mail.outbox[0].body
    assert "geen account met dat adres" in body
    assert "/account/signup/" not in body
    assert not OutboxEmail.objects.get().has_secret  # nothing in it lets anyone in


def test_after_five_failed_sign_ins_even_the_right_password_is_refused_for_a_while(client, home):
    UserFactory(email="inkoper@gemeente.example")
    wrong = {"login": "inkoper@gemeente.example", "password": "verkeerd"}
    right = {"login": "inkoper@gemeente.example", "password": DEFAULT_PASSWORD}

    for _ in range(5):
        client.post("/account/login/", wrong)
    response = client.post("/account/login/", right)

    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["__all__"]] == ["too_many_login_attempts"]
    assert 'role="alert"' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_signs_in_through_the_same_rate_limited_form(client, home):
    login = client.get("/beheer/login/?next=/beheer/")
    admin = client.get("/beheer/")

    assert login.status_code == 302
    assert login["Location"] == "/account/login/?next=/beheer/"
    assert admin.status_code == 302
    assert admin["Location"].startswith("/account/login/?next=")


@pytest.mark.parametrize(
    "path", ["/account/login/", "/account/signup/", "/account/password/reset/"]
)
def test_the_sign_in_pages_describe_themselves_once(client, home, path):
    html = client.get(path).content.decode()

    assert html.count('<meta name="description"') == 1
    assert 'content="Log in op Cirkelinkoop' in html


def test_permissions_of_an_account_and_its_groups_are_read_in_one_query(home):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_membership"))
    editors = Group.objects.create(name="Redactie")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(editors)
    UserFactory().groups.add(Group.objects.create(name="Anderen"))  # not this user's

    user = type(user).objects.get(pk=user.pk)
    with CaptureQueriesContext(connection) as captured:
        permissions = PermissionsInOneQueryBackend().get_all_permissions(user)
        may_see_members = user.has_perm("members.view_membership")  # read from the first
        may_edit = user.has_perm("wagtailadmin.access_admin")

    assert len(captured) == 1
    assert permissions == {"members.view_membership", "wagtailadmin.access_admin"}
    assert may_see_members and may_edit
    assert not user.has_perm("members.delete_membership")
    user.is_active = False
    assert PermissionsInOneQueryBackend().get_all_permissions(user) == set()


def test_a_session_signed_in_by_djangos_own_backend_stays_signed_in(client, home):
    """Sessions made before the portal read permissions in one query carry the name of
    Django's backend: it is still on the list, so nobody is signed out by the change."""
    client.force_login(UserFactory(), backend="django.contrib.auth.backends.ModelBackend")

    response = client.get("/account/gegevens/")

    assert response.status_code == 200
