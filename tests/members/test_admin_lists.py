"""The coordinator's lists say yes and no in Dutch, with capitalised headings and names."""

import pytest
from django.utils import timezone

from members.models import ContactRequestStatus, JoinRequestStatus
from tests.factories import (
    ContactRequestFactory,
    JoinRequestFactory,
    MembershipFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db


def headings(html: str) -> list[str]:
    import re

    return [
        re.sub(r"<[^>]+>|\s+", " ", heading).strip()
        for heading in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)
    ]


def test_requests_show_who_handled_them_by_name_under_capitalised_headings(client, coordinator):
    client.force_login(coordinator)
    JoinRequestFactory(
        organisation_name="Gemeente Lopik",
        status=JoinRequestStatus.IN_REVIEW,
        handled_by=coordinator,
        handled_at=timezone.now(),
    )
    ContactRequestFactory(
        subject="Vraag over het RCIO",
        status=ContactRequestStatus.HANDLED,
        handled_by=coordinator,
        handled_at=timezone.now(),
    )

    for url in ("/beheer/joinrequest/", "/beheer/contactrequest/"):
        html = client.get(url).content.decode()
        assert "Ontvangen" in headings(html) and "Afgehandeld door" in headings(html)
        assert "Carla Coördinator" in html
        assert "carla@coalitie.example" not in html


def test_yes_and_no_are_dutch_words_not_true_and_false(client, coordinator):
    client.force_login(coordinator)
    OrganisationFactory(name="Gemeente Lopik", is_active=False)
    MembershipFactory(in_directory=True)
    MembershipFactory(in_directory=False)

    organisations = client.get("/beheer/organisation/").content.decode()
    members = client.get("/beheer/membership/").content.decode()

    assert "Doet mee" in organisations and "Doet niet mee" in organisations
    assert "In ledenlijst" in headings(members)
    for html in (organisations, members):
        assert ">True<" not in html and ">False<" not in html
        assert "True" not in " ".join(headings(html))
