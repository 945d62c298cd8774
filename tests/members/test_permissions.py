"""What the permission matrix (tests/security/) does not check: what a page says, and
the member whose organisation stopped taking part."""

import pytest

pytestmark = pytest.mark.django_db


def as_user(client, user):
    if user is not None:
        client.force_login(user)
    return client


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


def test_the_organisation_page_shows_people_to_members_only(client, home, member, utrecht):
    assert "Bram Lid" not in client.get("/deelnemers/gemeente-utrecht/").content.decode()

    html = as_user(client, member).get("/deelnemers/gemeente-utrecht/").content.decode()
    assert "Bram Lid" in html
