"""The outbox: queue an e-mail with the change that causes it, deliver it after commit.

- ``email_queue`` writes the row in the caller's transaction and asks a worker to send it
  once that transaction commits. A rollback takes the e-mail with it.
- A worker *claims* a row (``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL, committed at
  once) with a token of its own, sends it without holding any lock, and records the
  outcome only while its token is still the row's. A claim expires, so a row whose worker
  died is picked up again; a sent row is never sent again, and never set back to queued.
- An e-mail with a sign-in link or code loses its contents as soon as it is sent.
- A failed attempt waits longer each time; after ``MAILING_MAX_ATTEMPTS`` the row is
  marked undelivered and the coordinator can send it again from the admin.
- The periodic sweep sends whatever is due: what a broker outage kept from a worker, and
  the retries.
"""

import base64
import logging
import secrets
import time
import uuid
from datetime import timedelta
from email.utils import parseaddr

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
    # Not make_msgid: its randomness is the ``random`` module's, which a seeded test (or a
    # forked worker) repeats, so two e-mails in one hundredth of a second shared an ID.
    # Short enough that the header is never folded over two lines.
    return f"<{secrets.token_hex(16)}@{domain}>"


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
    secret: bool = False,
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
        has_secret=secret,
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
        secret=email.secret,
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


def outbox_claim(*, pk: int | None = None) -> OutboxEmail | None:
    """Claim one due row for this worker, in a transaction of its own that commits at once.

    Rows another worker is claiming right now are skipped, not waited for. One row at a
    time, so a long backlog cannot outlive the claims taken on it.
    """
    now = timezone.now()
    with transaction.atomic():
        due = OutboxEmail.objects.due(now).order_by("next_attempt_at", "pk")
        if pk is not None:
            due = due.filter(pk=pk)
        row = due.select_for_update(skip_locked=True).first()
        if row is None:
            return None
        row.claimed_until = now + _claim_lease()
        row.claim_token = uuid.uuid4()
        row.attempts += 1
        row.save(update_fields=["claimed_until", "claim_token", "attempts"])
    return row


def _record(row: OutboxEmail, **outcome) -> bool:
    """Write the outcome of an attempt, unless this worker's claim was taken over."""
    recorded = OutboxEmail.objects.filter(
        pk=row.pk, claim_token=row.claim_token, status=OutboxStatus.QUEUED
    ).update(claimed_until=None, claim_token=None, **outcome)
    if not recorded:
        logger.warning("E-mail %s: the claim expired during the attempt; not recorded", row.pk)
    return bool(recorded)


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


def _contents_removed(now) -> dict:
    return {
        "body": "",
        "html_body": "",
        "attachments": [],
        "headers": {},
        "body_purged_at": now,
    }


def outbox_deliver(row: OutboxEmail) -> bool:
    """Send a claimed row through the real mail backend and record the outcome."""
    connection = get_connection(settings.MAILING_DELIVERY_BACKEND)
    try:
        _to_message(row, connection).send(fail_silently=False)
    except Exception as error:
        _record_failure(row, error)
        return False
    now = timezone.now()
    # Where the admin shows what was sent (a developer's machine) the link stays readable.
    forget_secret = row.has_secret and not settings.MAILING_ADMIN_SHOWS_SENT
    return _record(
        row,
        status=OutboxStatus.SENT,
        sent_at=now,
        last_error="",
        **(_contents_removed(now) if forget_secret else {}),
    )


def _record_failure(row: OutboxEmail, error: Exception) -> None:
    gave_up = row.attempts >= settings.MAILING_MAX_ATTEMPTS
    logger.warning("E-mail %s, attempt %s, failed: %s", row.pk, row.attempts, type(error).__name__)
    _record(
        row,
        status=OutboxStatus.FAILED if gave_up else OutboxStatus.QUEUED,
        next_attempt_at=timezone.now() + _retry_delay(row.attempts),
        last_error=f"{type(error).__name__}: {error}"[:2000],
    )


def outbox_send(pk: int) -> bool:
    """Send row ``pk`` if it is still due (the worker's task); False if it was not."""
    row = outbox_claim(pk=pk)
    return row is not None and outbox_deliver(row)


def outbox_send_due(*, limit: int = 100) -> int:
    """Send what is due, up to ``limit`` attempts (the periodic sweep); returns how many
    were sent. A failed row waits at least a minute, so it is not tried twice here."""
    sent = 0
    for _ in range(limit):
        row = outbox_claim()
        if row is None:
            break
        sent += outbox_deliver(row)
    return sent


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
    return OutboxEmail.objects.with_body_older_than(cutoff).update(**_contents_removed(now))


def outbox_forget(rows) -> int:
    """Remove the personal data of these e-mails, keep what kind of e-mail went when.

    For when what they are about is anonymised or deleted, whether or not they were sent:
    recipients, contents, the subject (a contact request's is the visitor's own text) and
    the last error (a mail server's refusal names the address) all go.
    """
    return rows.update(
        to=[],
        cc=[],
        bcc=[],
        reply_to=[],
        subject="",
        last_error="",
        **_contents_removed(timezone.now()),
        status=models.Case(
            models.When(status=OutboxStatus.SENT, then=models.Value(OutboxStatus.SENT)),
            default=models.Value(OutboxStatus.FAILED),
        ),
    )


ADDRESS_FIELDS = ("to", "cc", "bcc", "reply_to")


def outbox_for_recipient(address: str):
    """Every e-mail to, copied to or answerable at ``address`` (a person's own-data rights)."""
    address = address.strip().lower()
    mentions = models.Q()
    for name in ADDRESS_FIELDS:
        mentions |= models.Q(**{f"{name}__icontains": address})
    candidates = OutboxEmail.objects.filter(mentions).only("pk", *ADDRESS_FIELDS)
    pks = [
        row.pk
        for row in candidates
        if any(
            address == parseaddr(entry)[1].lower()
            for name in ADDRESS_FIELDS
            for entry in getattr(row, name)
        )
    ]
    return OutboxEmail.objects.filter(pk__in=pks)


def outbox_for_objects(queryset):
    """Every e-mail about one of the objects in ``queryset``."""
    content_type = ContentType.objects.get_for_model(queryset.model)
    ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
    return OutboxEmail.objects.filter(content_type=content_type, object_id__in=ids)
