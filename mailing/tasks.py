"""Celery tasks of the outbox: thin wrappers around ``mailing.services``."""

from celery import shared_task

from mailing import services


@shared_task
def send_outbox_email(pk: int) -> bool:
    """Send one queued e-mail right after the change that caused it was committed."""
    return services.outbox_send(pk)


@shared_task
def send_due_emails() -> int:
    """Periodic: what a broker outage held back, and the retries whose time has come."""
    return services.outbox_send_due()


@shared_task
def purge_email_bodies() -> int:
    """Daily: e-mails hold personal data; their contents go after the retention period."""
    return services.outbox_bodies_purge()
