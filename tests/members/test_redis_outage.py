"""Redis refused or frozen: pages render, sign-in works, requests are saved (runs in CI).

Cache, rate limiter and broker all point at a Redis that is not there (a port that
refuses), that hangs (a server that accepts and never answers) or that answers with errors
(``redis_down`` in tests/conftest.py): real connections, not mocks. Sessions live in
the database, so they do not depend on Redis at all.
"""

import time
import uuid

import pytest
from django.core import mail

from mailing.models import OutboxEmail, OutboxStatus
from mailing.services import outbox_send_due
from members.models import ContactRequest, JoinRequest
from tests.conftest import celery_broker
from tests.factories import DEFAULT_PASSWORD, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

# The container's health check gives up after this long (docker-compose.yml).
HEALTH_CHECK_BUDGET_SECONDS = 3

PUBLIC_PAGES = ["/", "/deelnemers/", "/deelnemen/", "/contact/", "/zoeken/?q=inkoop"]


@pytest.fixture
def site(site_with_coordinator):
    organisation = OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.example"])
    return organisation


def test_every_public_page_renders(client, site, redis_down):
    for path in [*PUBLIC_PAGES, f"/deelnemers/{site.slug}/", "/account/login/"]:
        assert client.get(path).status_code == 200, path


def test_a_member_signs_in_and_stays_signed_in(client, site, redis_down):
    user = UserFactory(email="bram@utrecht.example")
    MembershipFactory(user=user, organisation=site)

    response = client.post(
        "/account/login/", {"login": "bram@utrecht.example", "password": DEFAULT_PASSWORD}
    )

    assert response.status_code == 302
    assert client.get("/account/gegevens/").status_code == 200
    assert client.get("/deelnemers/leden/").status_code == 200


JOIN = {
    "organisation_name": "Gemeente Lopik",
    "organisation_kind": "municipality",
    "contact_name": "Ria Aanvraag",
    "email": "ria@lopik.example",
    "role": "buyer",
    "motivation": "Wij willen meedoen.",
}
CONTACT = {
    "name": "Kees Vraag",
    "email": "kees@voorbeeld.example",
    "subject": "Volgende RCIO",
    "message": "Mag een collega mee?",
}


@pytest.mark.parametrize(
    ("path", "data", "model"),
    [("/deelnemen/", JOIN, JoinRequest), ("/contact/", CONTACT, ContactRequest)],
)
def test_requests_are_saved_thanked_for_and_emailed_once_redis_is_back(
    client, site, redis_down, django_capture_on_commit_callbacks, path, data, model
):
    form = {**data, "consent": "on", "submission_key": str(uuid.uuid4())}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path, form, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"{path}bedankt/"
    saved = model.objects.get()
    rows = OutboxEmail.objects.for_object(saved)
    assert rows and {row.status for row in rows} == {OutboxStatus.QUEUED}
    assert mail.outbox == []

    with celery_broker("memory://", eager=True):
        assert outbox_send_due() == len(rows)
    assert len(mail.outbox) == len(rows)


def test_the_health_check_answers_503_in_time(client, redis_down):
    started = time.monotonic()
    response = client.get("/gezondheid/")
    elapsed = time.monotonic() - started

    assert response.status_code == 503
    assert response.json()["services"] == {
        "database": "ok",
        "cache": "unavailable",
        "broker": "unavailable",
    }
    # A functional limit, not a benchmark: past it the container is marked unhealthy.
    assert elapsed < HEALTH_CHECK_BUDGET_SECONDS
