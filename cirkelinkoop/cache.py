"""A Redis cache that fails soft: an outage makes pages slower, never an error page.

On any Redis error (refused, timed out, or an error reply such as ``READONLY``, ``OOM``
or ``MISCONF``) the cache stops asking Redis for ``RETRY_AFTER``
seconds and uses this process's local memory meanwhile, so the rate limiter keeps
counting (per process) and a frozen Redis costs one short timeout, not one per call.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

REDIS_OUTAGE = (RedisError, OSError)
RETRY_AFTER = 30.0

# Every BaseCache operation that reaches the server; the rest are built on these.
OPERATIONS = (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "set_many",
    "delete_many",
    "clear",
)


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client, keeping one redis-py client per connection pool.

    Django makes a new ``redis.Redis`` for every cache call, and redis-py fills a table of
    reply parsers (about 170 entries) for each: a third of serving a cached page. The
    clients share their pool's connections either way and are safe to reuse.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(index)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._fallback = LocMemCache(
            f"fail-soft-{id(self)}", {"TIMEOUT": params.get("TIMEOUT", 300)}
        )
        self._redis_down_until = 0.0
        self._lock = threading.Lock()

    @property
    def is_degraded(self) -> bool:
        return time.monotonic() < self._redis_down_until

    def ping(self) -> bool:
        """Ask Redis itself (for the health check): the fallback must not hide an outage."""
        return bool(self._cache.get_client(write=True).ping())

    def _mark_down(self, operation: str, error: Exception) -> None:
        with self._lock:
            if not self.is_degraded:
                logger.warning(
                    "Redis cache unavailable (%s: %s); using local memory for %ss",
                    operation,
                    type(error).__name__,
                    RETRY_AFTER,
                )
            self._redis_down_until = time.monotonic() + RETRY_AFTER


def _fail_soft(operation: str):
    redis_operation = getattr(RedisCache, operation)

    def method(self, *args, **kwargs):
        if not self.is_degraded:
            try:
                return redis_operation(self, *args, **kwargs)
            except REDIS_OUTAGE as error:
                self._mark_down(operation, error)
        return getattr(self._fallback, operation)(*args, **kwargs)

    method.__name__ = operation
    return method


for _operation in OPERATIONS:
    setattr(FailSoftRedisCache, _operation, _fail_soft(_operation))
