"""
A Redis cache that the site outlives.

Django's RedisCache raises when Redis is down, and everything built on the
cache fell over with it: 287 of 327 page requests answered 500 during a 10 s
outage. Here a Redis error is logged in one line and the cache goes on in
this process's memory (LocMemCache, entries kept a minute at most) until
Redis answers again:

- **No waiting per request**: after a failure a circuit breaker skips Redis
  for ``RETRY_SECONDS``, then one call tries again; the sockets time out
  after a fraction of a second, so even that try is short.
- **No stale entries after the outage**: a key deleted while Redis was away
  (a navigation menu after a publish, say) is deleted in Redis as soon as it
  answers again, and the in-memory stand-in is dropped.

While Redis answers, a GET or HEAD request reads in one round trip and writes
in another (web/cache_batch.py).

Analytics uses ``CircuitBreaker``, ``REDIS_DOWN`` and ``CONNECTION_OPTIONS``
for its own Redis connection (analytics/counting.py).
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from web.cache_batch import current_batch, drop_batch, learn

logger = logging.getLogger(__name__)

# What an unreachable, stopped or restarting (LOADING) Redis raises.
REDIS_DOWN = (RedisConnectionError, RedisTimeoutError)
RETRY_SECONDS = 5
# Timeouts short enough that the one request trying Redis again barely
# notices; one immediate retry on a fresh connection, since the pooled ones
# are dead after Redis restarts (redis-py's own default for a client is three
# retries with backoff of up to seconds: too long to hold a reader's request).
CONNECTION_OPTIONS = {
    "socket_connect_timeout": 0.25,
    "socket_timeout": 0.5,
    "retry": Retry(NoBackoff(), 1),
    "retry_on_error": [RedisConnectionError],
}
LOCAL_MAX_SECONDS = 60


class CircuitBreaker:
    """
    Remembers that a service failed, so that callers go straight to their
    fallback for `retry_seconds` instead of each waiting for a timeout, and
    the log gets one line per failed try rather than one per request.
    """

    def __init__(self, name, retry_seconds=RETRY_SECONDS):
        self.name = name
        self.retry_seconds = retry_seconds
        self._closed_again_at = 0.0
        self._down = False
        self._lock = threading.Lock()

    def available(self):
        return time.monotonic() >= self._closed_again_at

    def failed(self, error):
        with self._lock:
            self._down = True
            self._closed_again_at = time.monotonic() + self.retry_seconds
        logger.warning(
            "%s unavailable (%s: %s); going on without it, next try in %s s",
            self.name,
            type(error).__name__,
            error,
            self.retry_seconds,
        )

    @property
    def down(self):
        return self._down

    def succeeded(self):
        """Note a success; True only for the first one after an outage."""
        if not self._down:
            return False
        with self._lock:
            recovered, self._down = self._down, False
        if recovered:
            logger.warning("%s available again", self.name)
        return recovered


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**CONNECTION_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._breaker = CircuitBreaker(
            f"Redis cache {server}", params.get("RETRY_SECONDS", RETRY_SECONDS)
        )
        self._local = LocMemCache(f"resilient-{id(self)}", {"TIMEOUT": LOCAL_MAX_SECONDS})
        self._deleted_while_down = set()
        self._server = ",".join(self._servers)

    @property
    def degraded(self):
        """True while Redis is down and this process answers from its own memory."""
        return self._breaker.down

    # A request's reads in one round trip and its writes in another (web/cache_batch.py).

    def _batch(self):
        """The request's batch while Redis is up; None outside a GET or HEAD request."""
        if self._breaker.down or not self._breaker.available():
            return None
        return current_batch(self, self._server)

    def _batched(self, work):
        """`work()`, or None after a Redis failure (the rest of the request goes unbatched)."""
        try:
            return work()
        except REDIS_DOWN as error:
            self._breaker.failed(error)
            drop_batch(self._server)
            return None

    def _make_keys(self, keys, version):
        return {self.make_and_validate_key(key, version): key for key in keys}

    def _send_first(self, keys, version):
        """Before a call that must reach Redis at once: the batch's writes of `keys` go first."""
        batch = self._batch()
        if batch is not None:
            self._batched(lambda: batch.forget(list(self._make_keys(keys, version))))

    def finish_batch(self, batch):
        """At the end of the request: its writes in one pipeline; its reads, learned."""
        if self._breaker.available():
            self._batched(batch.flush)
        learn(batch.server, batch.address, batch.read)

    def _attempt(self, method, fallback, *args, **kwargs):
        """`method` of RedisCache unless Redis is down; then `fallback()`."""
        if self._breaker.available():
            try:
                if self._breaker.down:
                    self._delete_what_was_deleted_meanwhile()
                result = getattr(RedisCache, method)(self, *args, **kwargs)
            except REDIS_DOWN as error:
                self._breaker.failed(error)
            else:
                if self._breaker.succeeded():
                    self._local.clear()  # the stand-in's entries may be stale by now
                return result
        return fallback()

    def _delete_what_was_deleted_meanwhile(self):
        """First thing when Redis answers again, before it serves a stale entry."""
        keys = list(self._deleted_while_down)
        if keys:
            self._cache.delete_many(keys)
            self._deleted_while_down.difference_update(keys)

    def _local_timeout(self, timeout):
        if timeout is DEFAULT_TIMEOUT:
            timeout = self.default_timeout
        return LOCAL_MAX_SECONDS if timeout is None else min(timeout, LOCAL_MAX_SECONDS)

    def _remember_deleted(self, keys, version):
        self._deleted_while_down.update(self.make_and_validate_key(k, version) for k in keys)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._send_first([key], version)
        return self._attempt(
            "add",
            lambda: self._local.add(key, value, self._local_timeout(timeout), version),
            key, value, timeout, version,
        )  # fmt: skip

    def get(self, key, default=None, version=None):
        if self._batch() is not None:
            return self.get_many([key], version).get(key, default)
        return self._attempt(
            "get", lambda: self._local.get(key, default, version), key, default, version
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        batch = self._batch()
        if batch is not None:
            key = self.make_and_validate_key(key, version)
            value = self._cache._serializer.dumps(value)
            batch.write(key, value, self.get_backend_timeout(timeout))
            return None
        return self._attempt(
            "set",
            lambda: self._local.set(key, value, self._local_timeout(timeout), version),
            key, value, timeout, version,
        )  # fmt: skip

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        self._send_first([key], version)
        return self._attempt(
            "touch",
            lambda: self._local.touch(key, self._local_timeout(timeout), version),
            key, timeout, version,
        )  # fmt: skip

    def delete(self, key, version=None):
        self._send_first([key], version)

        def fallback():
            self._remember_deleted([key], version)
            return self._local.delete(key, version)

        return self._attempt("delete", fallback, key, version)

    def get_many(self, keys, version=None):
        keys = list(keys)
        batch = self._batch()
        if batch is not None:
            made = self._make_keys(keys, version)
            found = self._batched(lambda: batch.get_many(list(made)))
            if found is not None:
                loads = self._cache._serializer.loads
                return {made[k]: loads(v) for k, v in found.items() if v is not None}
        return self._attempt("get_many", lambda: self._local.get_many(keys, version), keys, version)

    def has_key(self, key, version=None):
        self._send_first([key], version)
        return self._attempt("has_key", lambda: self._local.has_key(key, version), key, version)

    def incr(self, key, delta=1, version=None):
        self._send_first([key], version)
        return self._attempt(
            "incr", lambda: self._local.incr(key, delta, version), key, delta, version
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        if self._batch() is not None:
            for key, value in data.items():
                self.set(key, value, timeout, version)
            return []
        return self._attempt(
            "set_many",
            lambda: self._local.set_many(data, self._local_timeout(timeout), version),
            data, timeout, version,
        )  # fmt: skip

    def delete_many(self, keys, version=None):
        keys = list(keys)
        self._send_first(keys, version)

        def fallback():
            self._remember_deleted(keys, version)
            return self._local.delete_many(keys, version)

        return self._attempt("delete_many", fallback, keys, version)

    def clear(self):
        drop_batch(self._server)
        return self._attempt("clear", self._local.clear)
