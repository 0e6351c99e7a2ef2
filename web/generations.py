"""
Cache entries that a change makes stale on every app node at once.

Each entry holds the "generation" it was made in; a change replaces the
generation, which lives in the shared cache, so every node sees it. The
generation is replaced at once and again after the change's commit: a reader
that read the old rows before the commit cannot keep them under the new one.
The site root and where each address leads (home/) are kept this way.
"""

import time

from django.core.cache import cache
from django.db import transaction


class Generation:
    def __init__(self, key):
        self.key = key

    def kept(self, key, compute, timeout, keep=lambda value: True):
        """`compute()` for `key`, from the cache while made in this generation; kept if `keep`."""
        found = cache.get_many([key, self.key])
        generation, entry = found.get(self.key), found.get(key)
        if generation is not None and entry is not None and entry[0] == generation:
            return entry[1]
        value = compute()
        if keep(value):
            cache.set(key, (generation or self.start(), value), timeout)
        return value

    def start(self):
        """
        A generation when there is none (a cleared cache, Redis back after an
        outage). Added, not set: a change made meanwhile keeps its own.
        """
        generation = time.time_ns()
        cache.add(self.key, generation, None)
        return generation

    def forget(self, **kwargs):
        """Every entry is stale, now and again after the commit (a signal receiver)."""
        self.replace()
        transaction.on_commit(self.replace)

    def replace(self):
        # Deleted first: a deletion made while Redis is down is repeated when it is
        # back (web/resilient_cache.py), so entries cached before cannot come back.
        cache.delete(self.key)
        cache.set(self.key, time.time_ns(), None)
