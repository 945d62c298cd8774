"""Pages made for one signed-in person are never kept by a shared cache or on disk."""

import pytest

pytestmark = pytest.mark.django_db

PERSONAL = [
    "/account/gegevens/",
    "/account/gegevens/download/",
    "/deelnemers/leden/",
    "/account/email/",  # allauth's
    "/account/password/change/",  # allauth's
]


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


@pytest.mark.parametrize("path", PERSONAL)
def test_personal_pages_are_private_and_not_stored(client, home, member, path):
    client.force_login(member)

    response = client.get(path)

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


def test_the_export_is_private_and_not_stored(client, home, member):
    client.force_login(member)

    response = client.get("/account/gegevens/download/")

    assert response["Content-Type"].startswith("application/json")
    assert {"private", "no-store"} <= cache_control(response)


def test_any_page_shown_to_a_signed_in_person_is_not_stored(client, home, member):
    client.force_login(member)

    response = client.get("/deelnemers/")

    assert {"private", "no-store"} <= cache_control(response)


def test_public_pages_for_visitors_stay_cacheable(client, home, utrecht):
    for path in ("/", "/deelnemers/", f"/deelnemers/{utrecht.slug}/"):
        response = client.get(path)
        assert response.status_code == 200
        assert "no-store" not in cache_control(response), path


def test_a_response_that_never_looked_at_the_session_gets_no_vary_cookie(client, home, member):
    client.force_login(member)

    response = client.get("/robots.txt")

    assert "Cookie" not in response.get("Vary", "")
    assert "no-store" not in cache_control(response)
