"""The outbox: queue an e-mail with the change that causes it, deliver it after commit.

- ``email_queue`` writes the row in the caller's transaction and asks a worker to send it
  once that transaction commits. A rollback takes the e-mail with it.
- A worker *claims* a row (``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL, committed at
  once), sends it without holding any lock, and marks it sent. A claim expires, so a row
  whose worker died is picked up again; a sent row is never sent again.
- A failed attempt waits longer each time; after ``MAILING_MAX_ATTEMPTS`` the row is
  marked undelivered and the coordinator can send it again from the admin.
- The periodic sweep sends whatever is due: what a broker outage kept from a worker, and
  the retries.
"""

import base64
import logging
import time
from datetime import timedelta
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import models, transaction
from django.utils import timezone

from mailing.messages import OutgoingEmail
from mailing.models import OutboxEmail, OutboxStatus

logger = logging.getLogger(__name__)

# After a broker failure, the web side stops trying to publish for this long: the sweep
# delivers in the meantime, and no request waits on a broker that is down.
BROKER_PAUSE_SECONDS = 30
_broker_paused_until = 0.0


def _message_id() -> str:
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return make_msgid(domain=domain)


def email_store(
    *,
    subject: str,
    body: str,
    to: list[str],
    html_body: str = "",
    from_email: str = "",
    reply_to=(),
    cc=(),
    bcc=(),
    attachments=(),
    headers=None,
    about=None,
    kind: str = "",
) -> OutboxEmail:
    """Write one outbox row and have it sent after the current transaction commits."""
    headers = dict(headers or {})
    row = OutboxEmail.objects.create(
        message_id=headers.pop("Message-ID", "") or _message_id(),
        kind=kind[:120],
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        cc=list(cc),
        bcc=list(bcc),
        reply_to=list(reply_to),
        subject=subject[:998],
        body=body,
        html_body=html_body,
        attachments=[
            {
                "filename": filename,
                "mimetype": mimetype,
                "content": base64.b64encode(content).decode("ascii"),
            }
            for filename, content, mimetype in attachments
        ],
        headers=headers,
        content_type=ContentType.objects.get_for_model(about) if about is not None else None,
        object_id=str(about.pk) if about is not None else "",
    )
    transaction.on_commit(lambda: outbox_dispatch(row.pk))
    return row


def email_queue(email: OutgoingEmail, *, about=None) -> OutboxEmail:
    """Queue a rendered e-mail; ``about`` is the object it belongs to (its history)."""
    return email_store(
        subject=email.subject,
        body=email.body,
        html_body=email.html_body,
        to=email.to,
        from_email=email.from_email,
        reply_to=email.reply_to,
        attachments=[(a.filename, a.content, a.mimetype) for a in email.attachments],
        about=about,
        kind=email.kind,
    )


def outbox_dispatch(pk: int) -> None:
    """Ask a worker to send row ``pk`` now; never raise (the sweep is the safety net)."""
    global _broker_paused_until
    from mailing.tasks import send_outbox_email

    if time.monotonic() < _broker_paused_until:
        return
    try:
        send_outbox_email.apply_async((pk,), retry=False)
    except Exception:
        _broker_paused_until = time.monotonic() + BROKER_PAUSE_SECONDS
        # The row stays queued and the sweep sends it; its contents stay out of the log.
        logger.exception("Could not queue e-mail %s; the periodic sweep will send it", pk)


def _claim_lease() -> timedelta:
    return timedelta(seconds=settings.MAILING_CLAIM_SECONDS)


def outbox_claim(*, pk: int | None = None, limit: int = 20) -> list[OutboxEmail]:
    """Claim due rows for this worker, in a transaction of its own that commits at once.

    Rows another worker is claiming right now are skipped, not waited for.
    """
    now = timezone.now()
    with transaction.atomic():
        due = OutboxEmail.objects.due(now).order_by("next_attempt_at", "pk")
        if pk is not None:
            due = due.filter(pk=pk)
        rows = list(due.select_for_update(skip_locked=True)[:limit])
        for row in rows:
            row.claimed_until = now + _claim_lease()
            row.attempts += 1
        OutboxEmail.objects.bulk_update(rows, ["claimed_until", "attempts"])
    return rows


def _retry_delay(attempts: int) -> timedelta:
    base, cap = settings.MAILING_RETRY_BASE_SECONDS, settings.MAILING_RETRY_MAX_SECONDS
    return timedelta(seconds=min(base * 2 ** (attempts - 1), cap))


def _to_message(row: OutboxEmail, connection) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=row.subject,
        body=row.body,
        from_email=row.from_email,
        to=row.to,
        cc=row.cc,
        bcc=row.bcc,
        reply_to=row.reply_to or None,
        headers={**row.headers, "Message-ID": row.message_id},
        connection=connection,
    )
    if row.html_body:
        message.attach_alternative(row.html_body, "text/html")
    for attachment in row.attachments:
        message.attach(
            attachment["filename"], base64.b64decode(attachment["content"]), attachment["mimetype"]
        )
    return message


def outbox_deliver(row: OutboxEmail) -> bool:
    """Send a claimed row through the real mail backend and record the outcome."""
    connection = get_connection(settings.MAILING_DELIVERY_BACKEND)
    try:
        _to_message(row, connection).send(fail_silently=False)
    except Exception as error:
        _record_failure(row, error)
        return False
    OutboxEmail.objects.filter(pk=row.pk).update(
        status=OutboxStatus.SENT, sent_at=timezone.now(), claimed_until=None, last_error=""
    )
    return True


def _record_failure(row: OutboxEmail, error: Exception) -> None:
    gave_up = row.attempts >= settings.MAILING_MAX_ATTEMPTS
    logger.warning("E-mail %s, attempt %s, failed: %s", row.pk, row.attempts, type(error).__name__)
    OutboxEmail.objects.filter(pk=row.pk).update(
        status=OutboxStatus.FAILED if gave_up else OutboxStatus.QUEUED,
        next_attempt_at=timezone.now() + _retry_delay(row.attempts),
        claimed_until=None,
        last_error=f"{type(error).__name__}: {error}"[:2000],
    )


def outbox_send(pk: int) -> bool:
    """Send row ``pk`` if it is still due (the worker's task); False if it was not."""
    rows = outbox_claim(pk=pk, limit=1)
    return bool(rows) and outbox_deliver(rows[0])


def outbox_send_due(*, limit: int = 100) -> int:
    """Send everything that is due (the periodic sweep); returns how many were sent."""
    return sum(outbox_deliver(row) for row in outbox_claim(limit=limit))


@transaction.atomic
def outbox_resend(row: OutboxEmail) -> OutboxEmail:
    """The coordinator sends an undelivered e-mail again: a fresh round of attempts."""
    row = OutboxEmail.objects.select_for_update().get(pk=row.pk)
    if row.status == OutboxStatus.SENT or row.body_purged_at is not None:
        return row
    row.status, row.attempts, row.next_attempt_at = OutboxStatus.QUEUED, 0, timezone.now()
    row.save(update_fields=["status", "attempts", "next_attempt_at"])
    transaction.on_commit(lambda: outbox_dispatch(row.pk))
    return row


def outbox_bodies_purge(*, now=None) -> int:
    """Empty the bodies of e-mails finished more than the retention period ago."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.MAILING_BODY_RETENTION_DAYS)
    return OutboxEmail.objects.with_body_older_than(cutoff).update(
        body="", html_body="", attachments=[], headers={}, body_purged_at=now
    )


def outbox_forget(rows) -> int:
    """Remove the personal data of these e-mails (recipients and contents), keep the rest.

    For when what they are about is anonymised or deleted, whether or not they were sent.
    """
    return rows.update(
        to=[],
        cc=[],
        bcc=[],
        reply_to=[],
        body="",
        html_body="",
        attachments=[],
        headers={},
        body_purged_at=timezone.now(),
        status=models.Case(
            models.When(status=OutboxStatus.SENT, then=models.Value(OutboxStatus.SENT)),
            default=models.Value(OutboxStatus.FAILED),
        ),
    )


def outbox_for_recipient(address: str):
    """Every e-mail addressed to ``address`` (for a person's own-data rights)."""
    address = address.strip().lower()
    candidates = OutboxEmail.objects.filter(to__icontains=address).only("pk", "to")
    pks = [row.pk for row in candidates if address in (to.lower() for to in row.to)]
    return OutboxEmail.objects.filter(pk__in=pks)


def outbox_for_objects(queryset):
    """Every e-mail about one of the objects in ``queryset``."""
    content_type = ContentType.objects.get_for_model(queryset.model)
    ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
    return OutboxEmail.objects.filter(content_type=content_type, object_id__in=ids)
