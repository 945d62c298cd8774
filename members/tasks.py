"""Celery tasks of the members app: thin wrappers around the services."""

import logging

from celery import shared_task

from mailing.tasks import EMAIL_RETRY
from members.services import notifications, privacy

logger = logging.getLogger(__name__)


# A mail server that is down is retried with back-off; the sweep below covers the rest.
@shared_task(**EMAIL_RETRY)
def deliver_request_emails(model_label: str, pk: int) -> list[str]:
    return notifications.request_emails_deliver(model_label, pk)


@shared_task(**EMAIL_RETRY)
def deliver_invitation(pk: int) -> bool:
    return notifications.invitation_deliver(pk)


@shared_task
def requeue_undelivered_emails() -> int:
    """Periodic: queue again what could not be queued or sent before."""
    return notifications.undelivered_requeue()


@shared_task
def remove_expired_personal_data() -> dict[str, int]:
    """Daily: the retention period of handled requests has passed."""
    removed = privacy.expired_personal_data_remove()
    logger.info("Removed personal data after the retention period: %s", removed)
    return removed
