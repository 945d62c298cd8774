"""Celery tasks of the members app: thin wrappers around the services."""

import logging

from celery import shared_task

from members.services import privacy

logger = logging.getLogger(__name__)


@shared_task
def remove_expired_personal_data() -> dict[str, int]:
    """Daily: the retention period of handled requests has passed."""
    removed = privacy.expired_personal_data_remove()
    logger.info("Removed personal data after the retention period: %s", removed)
    return removed
