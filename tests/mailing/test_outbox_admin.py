"""The coordinator sees what did not arrive and sends it again; never others' mail bodies."""

import pytest
from django.core import mail

from mailing.models import OutboxEmail, OutboxStatus
from tests.mailing.test_outbox import queued_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_and_sent():
    failed, sent = queued_rows(2)
    OutboxEmail.objects.filter(pk=failed.pk).update(
        status=OutboxStatus.FAILED,
        attempts=10,
        last_error="SMTPRecipientsRefused: 550 mailbox unavailable",
        subject="Je uitnodiging voor Cirkelinkoop",
        body="persoonlijke uitnodigingslink",
    )
    OutboxEmail.objects.filter(pk=sent.pk).update(
        status=OutboxStatus.SENT, subject="Wachtwoord opnieuw instellen", body="geheime link"
    )
    return OutboxEmail.objects.get(pk=failed.pk), OutboxEmail.objects.get(pk=sent.pk)


def test_in_production_the_list_shows_only_undelivered_emails_without_contents(
    client, coordinator, failed_and_sent, settings
):
    settings.MAILING_ADMIN_SHOWS_SENT = False
    failed, sent = failed_and_sent
    client.force_login(coordinator)

    listing = client.get("/beheer/outbox/").content.decode()
    inspect = client.get(f"/beheer/outbox/inspect/{failed.pk}/").content.decode()

    assert "Je uitnodiging voor Cirkelinkoop" in listing and "lid0@gemeente.example" in listing
    assert "550 mailbox unavailable" in listing
    assert "Wachtwoord opnieuw instellen" not in listing
    assert client.get(f"/beheer/outbox/inspect/{sent.pk}/").status_code == 404
    assert "550 mailbox unavailable" in inspect
    assert "persoonlijke uitnodigingslink" not in inspect


def test_on_a_developers_machine_sent_emails_and_their_text_are_shown(
    client, coordinator, failed_and_sent, settings
):
    settings.MAILING_ADMIN_SHOWS_SENT = True
    _failed, sent = failed_and_sent
    client.force_login(coordinator)

    assert "Wachtwoord opnieuw instellen" in client.get("/beheer/outbox/").content.decode()
    assert "geheime link" in client.get(f"/beheer/outbox/inspect/{sent.pk}/").content.decode()


def test_the_coordinator_sends_an_undelivered_email_again(
    client, coordinator, failed_and_sent, django_capture_on_commit_callbacks
):
    failed, sent = failed_and_sent
    client.force_login(coordinator)

    confirm = client.get(f"/beheer/outbox/resend/{failed.pk}/")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/beheer/outbox/resend/{failed.pk}/")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/beheer/outbox/resend/{sent.pk}/")

    assert confirm.status_code == 200 and "Opnieuw versturen" in confirm.content.decode()
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == OutboxStatus.SENT
    assert [m.subject for m in mail.outbox] == ["Je uitnodiging voor Cirkelinkoop"]


def test_nobody_adds_edits_or_deletes_an_email_by_hand(client, coordinator, failed_and_sent):
    failed, _sent = failed_and_sent
    client.force_login(coordinator)

    for path in ["new/", f"edit/{failed.pk}/", f"delete/{failed.pk}/"]:
        assert client.get(f"/beheer/outbox/{path}").status_code == 404


def test_a_page_editor_without_the_right_sees_no_emails(client, failed_and_sent):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    editor = UserFactory(email="redacteur@gemeente.example")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    assert client.get("/beheer/outbox/").status_code in (302, 403)
    assert client.get(f"/beheer/outbox/resend/{failed_and_sent[0].pk}/").status_code in (302, 403)


def test_the_admin_home_says_when_emails_did_not_arrive(client, coordinator, failed_and_sent):
    client.force_login(coordinator)

    html = client.get("/beheer/").content.decode()

    assert "E-mails die niet zijn aangekomen" in html
    assert "/beheer/outbox/?status=failed" in html
    OutboxEmail.objects.update(status=OutboxStatus.SENT)
    assert "E-mails die niet zijn aangekomen" not in client.get("/beheer/").content.decode()
