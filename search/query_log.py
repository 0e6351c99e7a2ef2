"""
The search statistics (Reports > Search terms), bounded.

Every first page of results added a hit, and every distinct query a row, so
one client could add rows without end. A search is now counted only while
its client is within ``SEARCH_LOG_RATE_LIMIT``, and a term not seen before
only while the client is within ``SEARCH_LOG_NEW_TERMS_LIMIT``; beyond them
the reader still gets the results, just uncounted. The report ranks terms,
and a flood from one address is what it should not count.
"""

from django.conf import settings
from django.db import connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from web.network import client_ip
from web.rate_limits import RateLimit, retry_after


def log_search(request, text):
    """Count one search for `text`, within the limits; True when it was counted."""
    client = client_ip(request)
    if retry_after("search-log", client, RateLimit.from_setting(settings.SEARCH_LOG_RATE_LIMIT)):
        return False
    query = Query.objects.filter(query_string=normalise_query_string(text)).first()
    new_terms = RateLimit.from_setting(settings.SEARCH_LOG_NEW_TERMS_LIMIT)
    if query is None and retry_after("search-log-new", client, new_terms):
        return False
    add_hit(query or Query.get(text))
    return True


def add_hit(query):
    """
    `Query.add_hit` in one statement instead of three (read the day's row,
    create it if missing, add one): an insert that adds one to the day's
    row where there is one already, on PostgreSQL and SQLite alike.
    """
    table = QueryDailyHits._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (query_id, date, hits) VALUES (%s, %s, 1) "  # noqa: S608 - a model's table
            f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {table}.hits + 1",
            [query.pk, timezone.now().date()],
        )
