"""
One Redis round trip to read what a page reads, one to write what it writes.

An article page asked Redis sixteen separate times (site settings, menus, the
consent notice, the live banner, the image renditions, the rendered body, most
read...), and more when cold; on a busy two-core machine each round trip costs
milliseconds, not microseconds. During a GET or HEAD request the Redis cache
(web/resilient_cache.py) instead:

- at its first read, fetches in one MGET every key that the same address read
  in the requests this process served it, with the keys asked for, and
  answers later reads from those; a key not read there before costs its own
  round trip this once. The keys are remembered across requests, not only
  from the last one: a page served whole from its cached parts skips the keys
  that only a fresh render reads (the SEO image's renditions, say), and the
  request after a purge must still find them in its one MGET;
- keeps the request's `set` and `set_many` and sends them in one pipeline when
  the request is finished (after the response has gone out); deletions,
  `add`, `incr`, `touch` and `clear` go at once, as invalidations, counters and
  locks must.

What a request reads is what Redis held when it started: a key another process
changes during those milliseconds is seen by the next request, as with any
cache read made a moment earlier. Outside a request (commands, tasks), for
other methods, and while Redis is down, nothing changes.
"""

import threading
from collections import OrderedDict

from django.core.signals import request_finished, request_started

BATCHED_METHODS = {"GET", "HEAD"}
# Bounds on what a process remembers: addresses, and keys per address.
LEARNED_ADDRESSES = 1000
LEARNED_KEYS = 100

_learned = OrderedDict()  # (server, host + path) -> made keys read, most recent first
_learned_lock = threading.Lock()
_current = threading.local()  # .address (None outside a batched request), .batches


def learned_keys(server, address):
    with _learned_lock:
        keys = _learned.get((server, address), ())
        if keys:
            _learned.move_to_end((server, address))
        return keys


def learn(server, address, keys):
    """Remember `keys` first, then those read before and not now, up to LEARNED_KEYS."""
    with _learned_lock:
        earlier = _learned.get((server, address), ())
        merged = dict.fromkeys([*keys, *earlier])
        _learned[(server, address)] = tuple(merged)[:LEARNED_KEYS]
        _learned.move_to_end((server, address))
        while len(_learned) > LEARNED_ADDRESSES:
            _learned.popitem(last=False)


class Batch:
    """One request's reads from, and pending writes to, one Redis server."""

    def __init__(self, cache, server, address):
        self.cache, self.server, self.address = cache, server, address
        self.values = {}  # made key -> serialized value; None: not in Redis
        self.read = {}  # made keys read, in order (an ordered set)
        self.writes = {}  # made key -> (serialized value, timeout in seconds or None)
        self.fetched = False

    def get_many(self, keys):
        """{made key: serialized value or None}, with at most one MGET."""
        self.read.update(dict.fromkeys(keys))
        wanted = [key for key in keys if key not in self.values]
        if not self.fetched:
            self.fetched = True
            known = learned_keys(self.server, self.address)
            wanted = list(dict.fromkeys([*known, *wanted]))
        if wanted:
            client = self.cache._cache.get_client(None)
            self.values.update(zip(wanted, client.mget(wanted), strict=True))
        return {key: self.values[key] for key in keys}

    def write(self, key, value, timeout):
        """`value` serialized; `timeout` 0 deletes, as for RedisCache.set."""
        self.values[key] = None if timeout == 0 else value
        self.writes[key] = (value, timeout)

    def forget(self, keys):
        """Before a direct call on `keys`: send pending writes first, drop what was read."""
        if any(key in self.writes for key in keys):
            self.flush()
        for key in keys:
            self.values.pop(key, None)

    def flush(self):
        writes, self.writes = self.writes, {}
        if not writes:
            return
        pipeline = self.cache._cache.get_client(None, write=True).pipeline(transaction=False)
        for key, (value, timeout) in writes.items():
            if timeout == 0:
                pipeline.delete(key)
            else:
                pipeline.set(key, value, ex=timeout)
        pipeline.execute()


def current_batch(cache, server):
    """The running request's batch for `server`, or None when reads and writes go at once."""
    address = getattr(_current, "address", None)
    if address is None:
        return None
    batch = _current.batches.get(server)
    if batch is None:
        batch = _current.batches[server] = Batch(cache, server, address)
    return batch


def drop_batch(server):
    """After a Redis failure: the rest of the request goes through the cache unbatched."""
    batches = getattr(_current, "batches", {})
    batches.pop(server, None)


def start(environ=None, **kwargs):
    _current.batches = {}
    method = (environ or {}).get("REQUEST_METHOD", "")
    if method in BATCHED_METHODS:
        _current.address = environ.get("HTTP_HOST", "") + environ.get("PATH_INFO", "")
    else:
        _current.address = None


def finish(**kwargs):
    batches = getattr(_current, "batches", {})
    _current.address, _current.batches = None, {}
    for batch in batches.values():
        batch.cache.finish_batch(batch)


request_started.connect(start, dispatch_uid="web-cache-batch-start")
request_finished.connect(finish, dispatch_uid="web-cache-batch-finish")
