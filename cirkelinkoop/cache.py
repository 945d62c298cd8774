"""A Redis cache that fails soft: an outage makes pages slower, never an error page.

On any Redis error (refused, timed out, or an error reply such as ``READONLY``, ``OOM``
or ``MISCONF``) the cache stops asking Redis for ``RETRY_AFTER``
seconds and uses this process's local memory meanwhile, so the rate limiter keeps
counting (per process) and a frozen Redis costs one short timeout, not one per call.

What never changes once written is also kept near, in the process: the page cache's
fragments, whose keys hold the generation of public content (the menu, the footer, a
section's child, a meeting's agenda). A page then asks Redis for the generation and for
what is personal, not a dozen times for what every page repeats.
"""

import logging
import re
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


# Keys whose value is the same for as long as they exist: the generation is in them
# (``page-cache:<generation>:...``; a template fragment hashes it with what it varies on).
# Not a page's entry (``page-cache:page:...``, replaced in place) nor the generation itself.
WRITTEN_ONCE = re.compile(r":(page-cache:(?!page:|generation$)|template\.cache\.)")
NEAR_SECONDS = 60
NEAR_ENTRIES = 2000


class NearRedisCacheClient(ReusedClientRedisCacheClient):
    """Keeps the raw value of written-once keys in the process for ``NEAR_SECONDS``; each
    read unpickles its own copy, so no request changes another's objects."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._near = {}

    def _near_value(self, key):
        found = self._near.get(key)
        return found[1] if found and found[0] > time.monotonic() else None

    def _keep_near(self, key, raw) -> None:
        if len(self._near) >= NEAR_ENTRIES:
            self._near.clear()  # a new generation left the old ones unread: start afresh
        self._near[key] = (time.monotonic() + NEAR_SECONDS, raw)

    def get(self, key, default):
        if not WRITTEN_ONCE.search(key):
            return super().get(key, default)
        raw = self._near_value(key)
        if raw is None:
            raw = self.get_client(key).get(key)
            if raw is None:
                return default
            self._keep_near(key, raw)
        return self._serializer.loads(raw)

    def get_many(self, keys):
        raws = {key: self._near_value(key) for key in keys if WRITTEN_ONCE.search(key)}
        raws = {key: raw for key, raw in raws.items() if raw is not None}
        asked = [key for key in keys if key not in raws]
        if asked:
            for key, raw in zip(asked, self.get_client(None).mget(asked), strict=True):
                if raw is not None:
                    raws[key] = raw
                    if WRITTEN_ONCE.search(key):
                        self._keep_near(key, raw)
        return {key: self._serializer.loads(raw) for key, raw in raws.items()}

    def set(self, key, value, timeout):
        super().set(key, value, timeout)
        if timeout != 0 and WRITTEN_ONCE.search(key):
            self._keep_near(key, self._serializer.dumps(value))

    def add(self, key, value, timeout):
        added = super().add(key, value, timeout)
        if added and timeout != 0 and WRITTEN_ONCE.search(key):
            self._keep_near(key, self._serializer.dumps(value))
        return added

    def delete(self, key):
        self._near.pop(key, None)
        return super().delete(key)

    def delete_many(self, keys):
        for key in keys:
            self._near.pop(key, None)
        return super().delete_many(keys)

    def clear(self):
        self._near.clear()
        return super().clear()


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = NearRedisCacheClient
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
