"""Celery tasks of the members app: thin wrappers around the services."""

import logging

from celery import shared_task

from members.services import notifications, privacy

logger = logging.getLogger(__name__)

# A mail server that is down is retried with back-off; the sweep below covers the rest.
RETRY = {
    "autoretry_for": (OSError,),
    "retry_backoff": 30,
    "retry_backoff_max": 60 * 60,
    "retry_jitter": True,
    "max_retries": 8,
}


@shared_task(**RETRY)
def deliver_request_emails(model_label: str, pk: int) -> list[str]:
    return notifications.request_emails_deliver(model_label, pk)


@shared_task(**RETRY)
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
