"""Delivering the e-mails that requests and invitations cause, and never losing one.

A request records, per e-mail, when it was delivered. The e-mail is queued after the
request is committed; when the broker or mail server is down, the record stays empty
and a periodic sweep queues it again. Delivery locks the row, so a sweep that overlaps
the first attempt does not send a message twice.
"""

from datetime import timedelta

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from mailing.services import email_send_now, task_enqueue_on_commit
from members.emails import invitation_email, request_email
from members.models import ContactRequest, Invitation, JoinRequest

# The first attempt has this long to succeed before the sweep tries again.
SWEEP_GRACE = timedelta(minutes=10)


def request_notify_on_commit(instance) -> None:
    from members.tasks import deliver_request_emails

    task_enqueue_on_commit(deliver_request_emails, instance._meta.label, instance.pk)


def invitation_send_on_commit(invitation: Invitation) -> None:
    from members.tasks import deliver_invitation

    task_enqueue_on_commit(deliver_invitation, invitation.pk)


def request_emails_deliver(model_label: str, pk: int) -> list[str]:
    """Send what the request still has to send; returns the fields of what was sent.

    Each e-mail is sent and recorded in a transaction of its own, so a failure of the
    second one does not undo the record of the first, and a retry sends only what is left.
    """
    model = apps.get_model(model_label)
    delivered = []
    instance = model.objects.filter(pk=pk).first()
    for flag in instance.undelivered_notifications() if instance else []:
        with transaction.atomic():
            locked = model.objects.select_for_update().get(pk=pk)
            if locked.anonymised_at is not None or flag not in locked.undelivered_notifications():
                continue
            email = request_email(locked, flag)
            if email is None:
                continue
            email_send_now(email)
            setattr(locked, flag, timezone.now())
            locked.save(update_fields=[flag])
            delivered.append(flag)
    return delivered


def invitation_deliver(pk: int) -> bool:
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().unsent().filter(pk=pk).first()
        if invitation is None:
            return False
        email_send_now(invitation_email(invitation))
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["sent_at"])
    return True


def undelivered_requeue(*, grace: timedelta = SWEEP_GRACE) -> int:
    """Queue again every e-mail that should have gone out ``grace`` ago; returns how many."""
    created_before = timezone.now() - grace
    count = 0
    for model in (JoinRequest, ContactRequest):
        for instance in model.objects.with_undelivered_notifications(created_before):
            request_notify_on_commit(instance)
            count += 1
    for invitation in Invitation.objects.unsent().filter(created_at__lt=created_before):
        invitation_send_on_commit(invitation)
        count += 1
    return count
