"""
Health URLs for the proxy's probe and the service manager, never cached.

- ``/health/live/``: the process answers. Touches nothing else, so a slow
  database does not get a healthy app server restarted.
- ``/health/ready/``: the database and the cache answer; 503 otherwise. Varnish
  probes it (deploy/varnish/newsroom.vcl): with the database down the app is
  marked sick and readers get the cached pages (grace) instead of errors.
  With Redis down the cache still answers, from each process's memory
  (web/resilient_cache.py), and the app keeps serving: ready, but `degraded`
  names the cache, so monitoring sees what readers do not.

A middleware placed first rather than URL patterns: the probe comes over plain
HTTP from the proxy with its own Host, so it must answer before the host check,
the HTTPS redirect and the session, and it needs no language prefix.
"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

LIVE_PATH = "/health/live/"
READY_PATH = "/health/ready/"
CACHE_PROBE_KEY = "health:probe"

logger = logging.getLogger(__name__)


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == LIVE_PATH:
            return health_response({"live": True})
        if request.path == READY_PATH:
            return health_response(readiness())
        return self.get_response(request)


def readiness():
    checks = {"database": database_answers(), "cache": cache_answers()}
    degraded = ["cache"] if getattr(cache, "degraded", False) else []
    return {**checks, "ready": all(checks.values()), "degraded": degraded}


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.warning("Readiness: the database does not answer", exc_info=True)
        return False


def cache_answers():
    """
    `delete` and `add` reach Redis at once even inside a request, where a
    `set` would wait in the request's batch until after the response
    (web/cache_batch.py) and a `get` would read the batch back.
    """
    try:
        cache.delete(CACHE_PROBE_KEY)
        return cache.add(CACHE_PROBE_KEY, 1, timeout=10)
    except Exception:
        logger.warning("Readiness: the cache does not answer", exc_info=True)
        return False


def health_response(status):
    healthy = status.get("ready", status.get("live"))
    response = JsonResponse(status, status=200 if healthy else 503)
    add_never_cache_headers(response)
    return response
