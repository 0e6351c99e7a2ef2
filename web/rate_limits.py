"""
Limits on anonymous writes: so many per client (or per e-mail address) in a
window, counted in the cache, answered 429 with ``Retry-After`` beyond.

A fixed window per key (``rate:<scope>:<sha256 of the key>:<window number>``)
is one ``add`` and one ``incr``; it lets a burst of twice the limit through
at a window's edge, which is fine for turning 273 writes a second into a
handful. Keys are hashed so that no e-mail or network address is kept in the
cache as written. Many Thai readers share one address behind carrier NAT, so
the limits per address are set well above what one person does.
"""

import hashlib
import math
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string


@dataclass(frozen=True)
class RateLimit:
    count: int
    seconds: int

    @classmethod
    def from_setting(cls, pair):
        count, seconds = pair
        return cls(count=count, seconds=seconds)


def retry_after(scope, key, limit, now=None):
    """
    Count one more write for `key` in `scope`: None while within `limit`,
    else the whole seconds until its window ends (for ``Retry-After``).
    """
    now = time.time() if now is None else now
    window = int(now // limit.seconds)
    digest = hashlib.sha256(str(key).encode()).hexdigest()[:32]
    cache_key = f"rate:{scope}:{digest}:{window}"
    cache.add(cache_key, 0, timeout=limit.seconds + 1)
    try:
        used = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=limit.seconds + 1)
        used = 1
    if used <= limit.count:
        return None
    return max(1, math.ceil((window + 1) * limit.seconds - now))


def too_many_requests(request, message, seconds, as_json=False):
    """The 429 answer: the message in the site's chrome (or JSON), and when to try again."""
    if as_json:
        response = JsonResponse({"error": str(message), "retry_after": seconds}, status=429)
    else:
        html = render_to_string(
            "429.html", {"message": message, "retry_after": seconds}, request=request
        )
        response = HttpResponse(html, status=429)
    response["Retry-After"] = str(seconds)
    return response
