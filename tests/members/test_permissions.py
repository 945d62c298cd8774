"""The permission matrix of the design, for every page of the members app."""

import pytest

from tests.factories import ContactRequestFactory, JoinRequestFactory

pytestmark = pytest.mark.django_db

PUBLIC = ["/deelnemers/", "/deelnemers/gemeente-utrecht/", "/deelnemen/", "/contact/"]
MEMBERS = ["/deelnemers/leden/"]
OWN_ACCOUNT = ["/account/gegevens/", "/account/gegevens/download/"]
ADMIN = [
    "/beheer/joinrequest/",
    "/beheer/joinrequest/edit/{join}/",
    "/beheer/joinrequest/{join}/goedkeuren/",
    "/beheer/contactrequest/",
    "/beheer/contactrequest/edit/{contact}/",
    "/beheer/organisation/",
    "/beheer/membership/",
    "/beheer/invitation/",
]


@pytest.fixture
def urls(db):
    join, contact = JoinRequestFactory(), ContactRequestFactory()
    return {
        "admin": [url.format(join=join.pk, contact=contact.pk) for url in ADMIN],
    }


def as_user(client, user):
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize("who", ["visitor", "outsider", "member", "coordinator"])
def test_public_pages_are_open_to_everyone(client, home, utrecht, request, who):
    user = None if who == "visitor" else request.getfixturevalue(who)
    for url in PUBLIC:
        assert as_user(client, user).get(url).status_code == 200, url


def test_a_visitor_is_sent_to_sign_in_for_member_pages(client, home):
    for url in MEMBERS + OWN_ACCOUNT:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"/account/login/?next={url}")


def test_an_account_without_organisation_gets_an_explanation_not_the_directory(
    client, home, outsider, member
):
    response = as_user(client, outsider).get("/deelnemers/leden/")

    assert response.status_code == 403
    assert "Alleen voor leden" in response.content.decode()
    assert "Bram Lid" not in response.content.decode()


def test_a_member_of_an_organisation_that_stopped_loses_the_directory(
    client, home, member, utrecht
):
    utrecht.is_active = False
    utrecht.save()

    assert as_user(client, member).get("/deelnemers/leden/").status_code == 403


@pytest.mark.parametrize("who", ["member", "coordinator"])
def test_members_and_coordinators_see_the_directory_and_their_own_data(client, home, request, who):
    user = request.getfixturevalue(who)
    for url in MEMBERS + OWN_ACCOUNT:
        assert as_user(client, user).get(url).status_code == 200, url


def test_the_organisation_page_shows_people_to_members_only(client, home, member, utrecht):
    assert "Bram Lid" not in client.get("/deelnemers/gemeente-utrecht/").content.decode()

    html = as_user(client, member).get("/deelnemers/gemeente-utrecht/").content.decode()
    assert "Bram Lid" in html


def test_requests_and_personal_data_are_for_coordinators_only(
    client, home, member, coordinator, urls
):
    for url in urls["admin"]:
        visitor = client.get(url)
        assert visitor.status_code == 302 and "/account/login/" in visitor["Location"], url
    as_user(client, member)
    for url in urls["admin"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Ria Aanvraag" not in response.content.decode()
    client.logout()
    as_user(client, coordinator)
    for url in urls["admin"]:
        assert client.get(url).status_code == 200, url


def test_admin_access_alone_does_not_open_the_directory(client, home, member):
    """A page editor is no coordinator: the directory's contact details stay closed."""
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    editor = UserFactory(email="redacteur@x.example")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))

    assert as_user(client, editor).get("/deelnemers/leden/").status_code == 403
