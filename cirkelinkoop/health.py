"""The state of the services the portal depends on, for monitoring and container checks.

The checks run side by side with one deadline, so a service that hangs (a frozen Redis)
makes the answer a quick 503, not a timeout of the container's health check. They run
on one small pool per process, and a check still hanging from an earlier call is not
started again but counted as down: a monitor polling a frozen service never piles up
threads or database connections.
"""

import logging
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor, wait

import redis
from django.core.cache import cache
from django.db import close_old_connections, connection

from cirkelinkoop.celery import app as celery_app

logger = logging.getLogger(__name__)

DEADLINE_SECONDS = 2.0
SERVICE_TIMEOUT_SECONDS = 1.0


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    finally:
        # Runs in a thread of its own: close that thread's connection.
        close_old_connections()
        connection.close()


def cache_ok() -> bool:
    ping = getattr(cache, "ping", None)  # Redis: ask Redis, not the fail-soft fallback
    if ping is not None:
        return ping()
    key, value = f"health-{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


def broker_ok() -> bool:
    url = celery_app.conf.broker_url or ""
    if url.startswith(("redis://", "rediss://")):
        client = redis.Redis.from_url(
            url,
            socket_connect_timeout=SERVICE_TIMEOUT_SECONDS,
            socket_timeout=SERVICE_TIMEOUT_SECONDS,
        )
        try:
            return bool(client.ping())
        finally:
            client.close()
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=SERVICE_TIMEOUT_SECONDS)
        return conn.connected


CHECKS = {"database": database_ok, "cache": cache_ok, "broker": broker_ok}


def _run(name, check) -> bool:
    try:
        return bool(check())
    except Exception:
        logger.exception("Health check %s failed", name)
        return False


_pool = ThreadPoolExecutor(max_workers=len(CHECKS), thread_name_prefix="health")
_running: dict[str, Future] = {}
_running_lock = threading.Lock()


def _start(name: str, check) -> Future:
    """The check's current run: the one still hanging from an earlier call, or a new one."""
    with _running_lock:
        future = _running.get(name)
        if future is None or future.done():
            future = _running[name] = _pool.submit(_run, name, check)
        return future


def service_states() -> dict[str, bool]:
    """Run every check at once; one that raises or misses the deadline counts as down."""
    futures = {name: _start(name, check) for name, check in CHECKS.items()}
    wait(futures.values(), timeout=DEADLINE_SECONDS)
    states = {}
    for name, future in futures.items():
        # A check that hangs keeps its thread until its own socket timeout ends it.
        states[name] = future.done() and future.result()
        if not future.done():
            logger.warning("Health check %s did not answer within %ss", name, DEADLINE_SECONDS)
    return states
