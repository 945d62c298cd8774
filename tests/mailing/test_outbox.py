"""Every e-mail is an outbox row written with its cause, sent after commit, never twice."""

import random
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage, send_mail
from django.db import transaction
from django.utils import timezone

from mailing.messages import Attachment, OutgoingEmail, email_render
from mailing.models import OutboxEmail, OutboxStatus
from mailing.services import (
    email_queue,
    outbox_bodies_purge,
    outbox_claim,
    outbox_deliver,
    outbox_for_recipient,
    outbox_forget,
    outbox_resend,
    outbox_send,
    outbox_send_due,
)
from tests.conftest import celery_broker
from tests.servers import refused_port

pytestmark = pytest.mark.django_db

EMAIL = OutgoingEmail(
    subject="Je aanmelding",
    body="Bedankt voor je aanmelding.",
    html_body="<p>Bedankt voor je aanmelding.</p>",
    to=["inkoper@gemeente.example"],
)


def test_an_email_is_a_row_of_its_transaction_and_is_sent_after_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        row = email_queue(EMAIL)
        assert OutboxEmail.objects.filter(pk=row.pk).exists()
        assert mail.outbox == []

    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT and row.sent_at and row.attempts == 1
    [message] = mail.outbox
    assert message.subject == "Je aanmelding"
    assert message.alternatives[0] == ("<p>Bedankt voor je aanmelding.</p>", "text/html")
    assert message.extra_headers["Message-ID"] == row.message_id
    assert "Coalitie Inkoop" in message.from_email


def test_two_emails_at_one_instant_under_a_seeded_random_get_their_own_message_ids(
    monkeypatch,
):
    """A property-based test seeds ``random`` anew for each example: e-mails stored within
    one hundredth of a second then had the same Message-ID, and the second was refused."""
    monkeypatch.setattr(time, "time", lambda: 1_767_225_600.0)
    random.seed(7)
    first = email_queue(EMAIL)
    random.seed(7)
    second = email_queue(EMAIL)

    assert first.message_id != second.message_id


def test_a_rolled_back_change_takes_its_email_with_it(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        email_queue(EMAIL)
        raise RuntimeError("the save failed")

    assert not OutboxEmail.objects.exists()
    assert mail.outbox == []


def test_subject_and_text_are_plain_text_and_only_the_html_is_escaped(settings, tmp_path):
    (tmp_path / "test_subject.txt").write_text("Hallo {{ name }}\n")
    (tmp_path / "test.txt").write_text("Beste {{ name }},")
    (tmp_path / "test.html").write_text("<p>Beste {{ name }},</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]

    email = email_render(
        template_prefix="test", to=["a@b.example"], context={"name": "Jansen & Zn <bv>"}
    )

    assert email.subject == "Hallo Jansen & Zn <bv>"
    assert email.body == "Beste Jansen & Zn <bv>,\n"
    assert email.html_body == "<p>Beste Jansen &amp; Zn &lt;bv&gt;,</p>"
    assert email.kind == "test"


def test_the_broker_down_at_submit_delays_the_email_until_the_sweep(
    unreachable_broker, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        row = email_queue(EMAIL)

    row.refresh_from_db()
    assert row.status == OutboxStatus.QUEUED and row.attempts == 0
    assert "Could not queue e-mail" in caplog.text
    assert EMAIL.body not in caplog.text and EMAIL.to[0] not in caplog.text
    assert mail.outbox == []

    with celery_broker("memory://", eager=True):
        assert outbox_send_due() == 1
        assert outbox_send_due() == 0
    assert len(mail.outbox) == 1


def test_a_refusing_mail_server_is_retried_later_and_the_email_sent_once(
    settings, django_capture_on_commit_callbacks
):
    settings.MAILING_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = (
        "127.0.0.1",
        refused_port(),
        2,
    )
    with django_capture_on_commit_callbacks(execute=True):
        row = email_queue(EMAIL)

    row.refresh_from_db()
    assert row.status == OutboxStatus.QUEUED and row.attempts == 1
    assert "ConnectionRefusedError" in row.last_error
    assert row.next_attempt_at > timezone.now() + timedelta(seconds=50)
    assert outbox_send_due() == 0  # not due yet: it waits for its back-off

    settings.MAILING_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    assert outbox_send_due() == 1
    assert outbox_send_due() == 0
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT and row.attempts == 2 and row.last_error == ""
    assert len(mail.outbox) == 1


def test_after_the_last_attempt_the_email_is_undelivered_until_sent_again(
    settings, django_capture_on_commit_callbacks
):
    settings.MAILING_MAX_ATTEMPTS = 2
    settings.MAILING_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", refused_port()
    with django_capture_on_commit_callbacks(execute=True):
        row = email_queue(EMAIL)
    OutboxEmail.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    outbox_send_due()

    row.refresh_from_db()
    assert row.status == OutboxStatus.FAILED and row.attempts == 2
    OutboxEmail.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    assert outbox_send_due() == 0  # given up: no more automatic attempts

    settings.MAILING_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        outbox_resend(row)
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT
    assert len(mail.outbox) == 1


def queued_rows(count: int) -> list[OutboxEmail]:
    """Rows as a broker outage leaves them: written, never handed to a worker."""
    return OutboxEmail.objects.bulk_create(
        OutboxEmail(
            message_id=f"<test-{number}@cirkelinkoop.example>",
            from_email="portal@cirkelinkoop.example",
            to=[f"lid{number}@gemeente.example"],
            subject=f"Bericht {number}",
            body="Tekst",
        )
        for number in range(count)
    )


def test_a_row_whose_worker_died_after_claiming_it_is_sent_once_the_claim_expires():
    [row] = queued_rows(1)
    claimed = outbox_claim()  # the worker claims it, then dies before sending

    assert outbox_send_due() == 0  # the claim still holds: nobody else sends it
    OutboxEmail.objects.filter(pk=row.pk).update(
        claimed_until=claimed.claimed_until - timedelta(minutes=10)
    )
    assert outbox_send_due() == 1
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT and row.attempts == 2
    assert len(mail.outbox) == 1


def test_a_worker_whose_claim_expired_mid_send_records_nothing(settings):
    """Worker A's SMTP attempt outlives its claim; B takes the row over and sends it.

    A's late failure must not put the sent row back in the queue (it would go out again),
    and a late success must not count twice.
    """
    [row] = queued_rows(1)
    slow = outbox_claim()  # worker A claims, then hangs on a slow mail server
    OutboxEmail.objects.filter(pk=row.pk).update(claimed_until=timezone.now() - timedelta(1))
    assert outbox_send_due() == 1  # worker B

    settings.MAILING_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", refused_port()
    assert outbox_deliver(slow) is False  # A finally gives up
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT and row.last_error == ""

    settings.MAILING_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox_deliver(slow) is False  # or A's message got through after all
    assert outbox_send_due() == 0
    OutboxEmail.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    assert outbox_send_due() == 0
    assert len(mail.outbox) == 2  # B's, and A's late one: never a third


def test_the_sweep_claims_one_row_at_a_time():
    """A backlog larger than one claim's lease must not hold claims it cannot honour."""
    first, second = queued_rows(2)
    claimed = outbox_claim()

    assert claimed.pk == first.pk
    assert OutboxEmail.objects.get(pk=second.pk).claimed_until is None


def test_a_sent_row_is_never_sent_again():
    [row] = queued_rows(1)
    assert outbox_send(row.pk) is True

    assert outbox_send(row.pk) is False
    assert outbox_send_due() == 0
    OutboxEmail.objects.filter(pk=row.pk).update(claimed_until=None)
    assert outbox_send_due() == 0
    assert len(mail.outbox) == 1


def test_bodies_are_removed_after_the_retention_period_and_the_history_stays(settings):
    settings.MAILING_BODY_RETENTION_DAYS = 30
    old, recent, waiting = queued_rows(3)
    now = timezone.now()
    OutboxEmail.objects.filter(pk=old.pk).update(
        status=OutboxStatus.SENT, sent_at=now - timedelta(days=31)
    )
    OutboxEmail.objects.filter(pk=recent.pk).update(
        status=OutboxStatus.SENT, sent_at=now - timedelta(days=5)
    )

    assert outbox_bodies_purge(now=now) == 1

    old.refresh_from_db()
    assert old.body == "" and old.html_body == "" and old.body_purged_at == now
    assert old.subject == "Bericht 0" and old.to == ["lid0@gemeente.example"]
    assert OutboxEmail.objects.get(pk=recent.pk).body == "Tekst"
    assert OutboxEmail.objects.get(pk=waiting.pk).body == "Tekst"
    assert outbox_resend(old).status == OutboxStatus.SENT  # nothing left to send


def test_emails_django_and_wagtail_send_themselves_go_through_the_outbox_too(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Taak ter beoordeling", "Er wacht een pagina.", None, ["redacteur@example.nl"])
        invite = EmailMessage("RCIO", "Tot dan.", to=["lid@example.nl"])
        invite.attach("rcio.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
        invite.send()

    assert OutboxEmail.objects.filter(status=OutboxStatus.SENT).count() == 2
    assert [m.subject for m in mail.outbox] == ["Taak ter beoordeling", "RCIO"]
    [(filename, content, mimetype)] = mail.outbox[1].attachments
    assert (filename, mimetype) == ("rcio.ics", "text/calendar")
    assert "BEGIN:VCALENDAR" in content


def test_attachments_of_our_own_emails_are_delivered(django_capture_on_commit_callbacks):
    ics = Attachment("rcio.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    with django_capture_on_commit_callbacks(execute=True):
        email_queue(
            OutgoingEmail(subject="RCIO", body="Tot dan.", to=["a@b.example"], attachments=[ics])
        )

    [(filename, _content, mimetype)] = mail.outbox[0].attachments
    assert (filename, mimetype) == ("rcio.ics", "text/calendar")


@pytest.mark.parametrize("admin_shows_sent", [False, True])
def test_an_email_with_a_sign_in_link_loses_its_contents_once_sent(
    settings, django_capture_on_commit_callbacks, admin_shows_sent
):
    """In production nobody may read a sent invitation or reset link in the outbox; on a
    developer's machine the admin shows it (the README's way to try the join flow)."""
    settings.MAILING_ADMIN_SHOWS_SENT = admin_shows_sent
    link = OutgoingEmail(
        subject="Je uitnodiging", body="https://example.nl/geheim/", to=["a@b.example"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        secret = email_queue(replace(link, secret=True))
        ordinary = email_queue(link)

    assert "geheim" in mail.outbox[0].body and len(mail.outbox) == 2
    secret.refresh_from_db()
    ordinary.refresh_from_db()
    assert secret.status == ordinary.status == OutboxStatus.SENT
    assert (secret.body == "") is not admin_shows_sent
    assert ordinary.body == "https://example.nl/geheim/"
    assert secret.subject == "Je uitnodiging" and secret.to == ["a@b.example"]


def test_forgetting_an_email_removes_subject_error_and_every_address():
    [row] = queued_rows(1)
    OutboxEmail.objects.filter(pk=row.pk).update(
        subject="Vraag van Jan Jansen over zijn tender",
        cc=["Collega <collega@gemeente.example>"],
        reply_to=["jan@gemeente.example"],
        last_error="SMTPRecipientsRefused: jan@gemeente.example",
    )

    assert outbox_for_recipient("JAN@gemeente.example").get() == row
    assert outbox_for_recipient("collega@gemeente.example").get() == row
    assert not outbox_for_recipient("an@gemeente.example").exists()
    outbox_forget(OutboxEmail.objects.filter(pk=row.pk))

    row.refresh_from_db()
    assert (row.subject, row.last_error, row.body) == ("", "", "")
    assert row.to == row.cc == row.bcc == row.reply_to == []
    assert str(row) and "Jansen" not in str(row)  # the admin still has a title to show
