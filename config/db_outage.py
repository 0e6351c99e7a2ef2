"""
A database outage answers 503 with Retry-After, in one log line per failure.

Django answered every request with a 500 and logged a full traceback each
time: about 70 a second while PostgreSQL was down. A connection error is no
bug in the site, so here it is answered like an outage: 503, Retry-After,
never stored by a cache (the proxy serves its stale copy instead: its grace,
deploy/varnish), and a page that needs neither the database nor the cache.

Django turns an exception into a response wherever it is raised (view,
middleware or template) through ``handler500``, so this is that handler
(config/urls.py); any other error gets Django's own 500 page as before.
Nothing needs restarting afterwards: with ``CONN_HEALTH_CHECKS`` Django
drops a dead persistent connection and opens a new one on the next request.
"""

import logging
import sys
import threading
import time

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.defaults import server_error as django_server_error

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
# Failures within this many seconds of the last logged one are summed into the next line.
LOG_INTERVAL_SECONDS = 5.0


class OutageLog:
    """One log line per failure, at most one per interval: the rest are counted into the next."""

    def __init__(self, interval):
        self.interval = interval
        self._lock = threading.Lock()
        self._last_logged = float("-inf")
        self._unlogged = 0

    def failure(self, error, path):
        with self._lock:
            now = time.monotonic()
            if now - self._last_logged < self.interval:
                self._unlogged += 1
                return
            since, self._unlogged, self._last_logged = self._unlogged, 0, now
        logger.error(
            "Database unavailable, answered 503 to %s (%s: %s); %d more 503s since the last line",
            path,
            type(error).__name__,
            first_line(error),
            since,
        )


def first_line(error):
    """psycopg's messages run over several lines; one is enough for the log."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else ""


outage_log = OutageLog(LOG_INTERVAL_SECONDS)


def server_error(request, template_name="500.html"):
    """``handler500``: a 503 for a database outage, Django's own 500 otherwise."""
    error = sys.exc_info()[1]
    if not isinstance(error, (OperationalError, InterfaceError)):
        return django_server_error(request, template_name)
    outage_log.failure(error, request.path)
    return database_unavailable(request)


def database_unavailable(request):
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        page = render_to_string("503.html", {"language": language})
    response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    # Logged above in one line: Django would log it again, with the traceback.
    response._has_been_logged = True
    return response
