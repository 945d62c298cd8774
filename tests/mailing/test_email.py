"""Templated e-mail goes out through the Celery task, after commit, and is retried."""

import smtplib
import time

import pytest
from django.core import mail
from django.db import transaction

from cirkelinkoop.celery import app as celery_app
from mailing.services import OutgoingEmail, email_enqueue, email_render
from mailing.tasks import send_email
from tests.conftest import celery_broker

pytestmark = pytest.mark.django_db

EMAIL = OutgoingEmail(
    subject="Uw aanmelding",
    body="Bedankt voor uw aanmelding.",
    html_body="<p>Bedankt voor uw aanmelding.</p>",
    to=["inkoper@gemeente.example"],
)


def test_email_is_sent_only_after_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        email_enqueue(EMAIL)
        assert mail.outbox == []

    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Uw aanmelding"
    assert message.alternatives[0] == ("<p>Bedankt voor uw aanmelding.</p>", "text/html")
    assert "Coalitie Inkoop" in message.from_email


def test_no_email_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        email_enqueue(EMAIL)
        raise RuntimeError("the save failed")

    assert mail.outbox == []


def test_render_builds_subject_text_and_html_from_templates(settings, tmp_path):
    (tmp_path / "test_subject.txt").write_text("Hallo {{ name }}\n")
    (tmp_path / "test.txt").write_text("Beste {{ name }},")
    (tmp_path / "test.html").write_text("<p>Beste {{ name }},</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]

    email = email_render(template_prefix="test", to=["a@b.example"], context={"name": "Sam <x>"})

    assert email.subject == "Hallo Sam &lt;x&gt;"
    assert email.html_body == "<p>Beste Sam &lt;x&gt;,</p>"


def test_a_mail_server_that_is_down_is_retried_until_it_answers(monkeypatch):
    attempts = []

    def flaky_send(email):
        attempts.append(email)
        if len(attempts) < 3:
            raise smtplib.SMTPServerDisconnected("mail server is down")
        mail.outbox.append(email.to_message())

    monkeypatch.setattr("mailing.tasks.email_send_now", flaky_send)

    result = send_email.apply(args=[EMAIL.__dict__])

    assert result.successful()
    assert len(attempts) == 3
    assert len(mail.outbox) == 1


def test_an_unreachable_broker_does_not_break_the_request(
    unreachable_broker, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        email_enqueue(EMAIL)

    assert "Could not queue task mailing.tasks.send_email" in caplog.text
    assert EMAIL.body not in caplog.text and EMAIL.to[0] not in caplog.text
    assert mail.outbox == []


@pytest.mark.broker
def test_email_travels_through_the_real_broker_to_a_worker(settings):
    """With REDIS_URL set, the task goes over Redis and a real worker delivers it."""
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set; CI sets it (and fails when it is missing)")
    from celery.contrib.testing.worker import start_worker

    with (
        celery_broker(settings.REDIS_URL),
        start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=10),
    ):
        send_email.delay(EMAIL.__dict__)
        deadline = time.monotonic() + 20
        while not mail.outbox and time.monotonic() < deadline:
            time.sleep(0.1)

    assert [m.subject for m in mail.outbox] == ["Uw aanmelding"]
