"""A broker or mail server that is down delays the e-mail, never the request."""

import smtplib
import time
import uuid
from datetime import timedelta

import pytest
from django.core import mail

from members.models import JoinRequest
from members.services import notifications
from members.services.notifications import undelivered_requeue
from members.tasks import deliver_request_emails
from tests.conftest import celery_broker
from tests.factories import JoinRequestFactory

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


def test_the_request_is_saved_when_the_broker_is_down_and_sent_when_it_is_back(
    client, site_with_coordinator, unreachable_broker, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/deelnemen/", join_data())

    assert response.status_code == 302
    join_request = JoinRequest.objects.get()
    assert mail.outbox == []
    assert "Could not queue task members.tasks.deliver_request_emails" in caplog.text
    assert join_request.coordinator_notified_at is None

    with celery_broker("memory://", eager=True), django_capture_on_commit_callbacks(execute=True):
        assert undelivered_requeue(grace=timedelta(0)) == 1

    assert sorted(m.to[0] for m in mail.outbox) == [
        "coordinator@coalitie.example",
        "ria@renswoude.example",
    ]
    with django_capture_on_commit_callbacks(execute=True):
        assert undelivered_requeue(grace=timedelta(0)) == 0
    assert len(mail.outbox) == 2


def test_a_mail_server_that_is_down_is_retried_and_sends_each_message_once(
    site_with_coordinator, monkeypatch
):
    join_request = JoinRequestFactory(coordinator_notified_at=None, requester_notified_at=None)
    real_send = notifications.email_send_now
    attempts = []

    def flaky_send(email):
        attempts.append(email.to)
        if len(attempts) == 2:
            raise smtplib.SMTPServerDisconnected("the mail server went away")
        real_send(email)

    monkeypatch.setattr("members.services.notifications.email_send_now", flaky_send)
    monkeypatch.setattr(deliver_request_emails, "default_retry_delay", 0)
    monkeypatch.setattr(deliver_request_emails, "retry_backoff", False)

    result = deliver_request_emails.apply(args=["members.JoinRequest", join_request.pk])

    assert result.successful()
    assert len(mail.outbox) == 2  # coordinator and requester, each once
    join_request.refresh_from_db()
    assert join_request.coordinator_notified_at and join_request.requester_notified_at


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

    assert sorted(m.to[0] for m in mail.outbox) == [
        "coordinator@coalitie.example",
        "ria@renswoude.example",
    ]
    join_request = JoinRequest.objects.get()
    assert join_request.requester_notified_at and join_request.coordinator_notified_at
