"""A broker or mail server that is down delays the e-mails of a request, never the request."""

import time
import uuid

import pytest
from django.core import mail

from mailing.models import OutboxEmail, OutboxStatus
from mailing.services import outbox_send_due
from members.models import ContactRequest, JoinRequest
from tests.conftest import celery_broker
from tests.members.conftest import COORDINATOR_EMAIL

pytestmark = pytest.mark.django_db


def join_data() -> dict:
    return {
        "organisation_name": "Gemeente Renswoude",
        "organisation_kind": "municipality",
        "contact_name": "Ria Aanvraag",
        "email": "ria@renswoude.example",
        "role": "buyer",
        "motivation": "Wij willen meedoen.",
        "consent": "on",
        "submission_key": str(uuid.uuid4()),
    }


def test_the_request_and_its_emails_are_saved_when_the_broker_is_down_and_sent_later(
    client, site_with_coordinator, unreachable_broker, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/deelnemen/", join_data())

    assert response.status_code == 302
    join_request = JoinRequest.objects.get()
    rows = OutboxEmail.objects.for_object(join_request)
    assert sorted(row.to[0] for row in rows) == [COORDINATOR_EMAIL, "ria@renswoude.example"]
    assert {row.status for row in rows} == {OutboxStatus.QUEUED}
    assert mail.outbox == []
    assert "Could not queue e-mail" in caplog.text

    with celery_broker("memory://", eager=True):
        assert outbox_send_due() == 2
        assert outbox_send_due() == 0

    assert sorted(m.to[0] for m in mail.outbox) == [COORDINATOR_EMAIL, "ria@renswoude.example"]


def test_without_a_coordinator_address_the_request_is_kept_and_the_requester_answered(
    client, home, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/deelnemen/", join_data())

    join_request = JoinRequest.objects.get()
    assert [row.to for row in OutboxEmail.objects.for_object(join_request)] == [
        ["ria@renswoude.example"]
    ]
    assert "No coordinator e-mail address" in caplog.text


def test_a_contact_request_reaches_the_coordinator_with_a_reply_to_the_sender(
    client, site_with_coordinator, django_capture_on_commit_callbacks
):
    data = {
        "name": "Kees Vraag",
        "email": "kees@voorbeeld.example",
        "subject": "Volgende RCIO",
        "message": "Mag een collega mee?",
        "consent": "on",
        "submission_key": str(uuid.uuid4()),
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/contact/", data)

    contact_request = ContactRequest.objects.get()
    [row] = OutboxEmail.objects.for_object(contact_request)
    assert row.status == OutboxStatus.SENT and row.reply_to == ["kees@voorbeeld.example"]
    assert [m.to for m in mail.outbox] == [[COORDINATOR_EMAIL]]


@pytest.mark.broker
@pytest.mark.django_db(transaction=True)
def test_request_emails_travel_through_the_real_broker(client, site_with_coordinator, settings):
    """With REDIS_URL set, the request is committed and a real worker sends its e-mails."""
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set; CI sets it (and fails when it is missing)")
    from celery.contrib.testing.worker import start_worker

    from cirkelinkoop.celery import app

    with (
        celery_broker(settings.REDIS_URL),
        start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10),
    ):
        client.post("/deelnemen/", join_data())
        deadline = time.monotonic() + 20
        while len(mail.outbox) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)

    assert sorted(m.to[0] for m in mail.outbox) == [COORDINATOR_EMAIL, "ria@renswoude.example"]
    join_request = JoinRequest.objects.get()
    assert {row.status for row in OutboxEmail.objects.for_object(join_request)} == {"sent"}
