"""The state of the services the portal depends on, for monitoring and container checks."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection

from cirkelinkoop.celery import app as celery_app

logger = logging.getLogger(__name__)


def database_ok() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_ok() -> bool:
    key, value = f"health-{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


def broker_ok() -> bool:
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0.5, timeout=3)
        return conn.connected


CHECKS = {"database": database_ok, "cache": cache_ok, "broker": broker_ok}


def service_states() -> dict[str, bool]:
    """Run every check; a check that raises counts as down, and is logged."""
    states = {}
    for name, check in CHECKS.items():
        try:
            states[name] = bool(check())
        except Exception:
            logger.exception("Health check %s failed", name)
            states[name] = False
    return states
