"""
Shared by the site-search test modules (test_search_*.py): a Thai sentence
with no spaces, and helpers to search, read the headlines found and the
error shown, and date stories.

Every search test runs on SQLite and on PostgreSQL (`DATABASE_URL`): the
same behaviour is expected from both database backends.
"""

from datetime import UTC, datetime

RATE_SENTENCE = "ธนาคารแห่งประเทศไทยประกาศคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสองจุดห้า"


def search(client, q=None, lang="th", **params):
    if q is not None:
        params["q"] = q
    return client.get(f"/{lang}/search/", params)


def found(response, soup):
    assert response.status_code == 200, response.content[:2000]
    return [a.text for a in soup(response).select(".search-results .teaser__headline a")]


def error_text(response, soup):
    return soup(response).select_one("[role=alert]").get_text(" ", strip=True)


def at(day, month=11, year=2026):
    return datetime(year, month, day, 3, 0, tzinfo=UTC)


def queries_of_search(client, query):
    """The queries of one results page, the site-root cache warmed first."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    search(client, query)
    with CaptureQueriesContext(connection) as captured:
        assert search(client, query).status_code == 200
    return len(captured)
