"""
Degrade, never fall over: Redis stopped for OUTAGE_SECONDS under traffic
costs no page, login, consent record or acknowledged view, and the site goes
back to Redis without a restart (web/resilient_cache.py, analytics/counting.py).

Each test starts its own redis-server (tests/outage_helpers.py) and points the
cache and the view counter at it. Traffic goes through the test client, one
request at a time, so every answer is seen and counted.
"""

import time
from collections import Counter

import pytest
import redis
from django.core.cache import caches
from django.test import Client

from analytics import counting
from analytics.models import ArticleViewCount
from consent.models import ConsentRecord
from tests.outage_helpers import REDIS_SERVER, RETRY_SECONDS
from tests.readers import PASSWORD, make_reader

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(REDIS_SERVER is None, reason="needs redis-server"),
]

OUTAGE_SECONDS = 10
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36"


class Readers:
    """What readers do, each request through a fresh client; counts every answer."""

    def __init__(self, article, reader):
        self.article = article
        self.reader = reader
        self.pages = ["/th/", article.get_parent().url, article.url]
        self.statuses = Counter()
        self.sent = Counter()
        self.n = 0

    def client(self):
        return Client(raise_request_exception=False)

    def round(self):
        self.n += 1
        for path in self.pages:
            self.answer("page", self.client().get(path))
        login = {"username": self.reader.email, "password": PASSWORD}
        self.answer("login", self.client().post("/th/accounts/login/", login))
        self.answer(
            "beacon",
            self.client().post(
                f"/th/analytics/views/{self.article.pk}/",
                HTTP_USER_AGENT=f"{BROWSER} reader/{self.n}",
                REMOTE_ADDR=f"10.0.{self.n // 250}.{self.n % 250 + 1}",
            ),
        )
        consent = {"decision": "accept", "language": "th", "next": "/th/"}
        self.answer("consent", self.client().post("/consent/", consent))

    def answer(self, kind, response):
        self.sent[kind] += 1
        self.statuses[(kind, response.status_code)] += 1

    def for_seconds(self, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.round()


@pytest.fixture
def readers(make_article, notice, settings):
    settings.CONSENT_RATE_LIMIT = (1_000_000, 60)  # every reader comes from one address
    return Readers(make_article(title="ข่าวน้ำท่วม"), make_reader())


def test_a_redis_outage_costs_no_page_login_consent_or_view(redis_cache, readers, caplog):
    readers.for_seconds(2)
    redis_cache.stop()
    readers.for_seconds(OUTAGE_SECONDS)
    redis_cache.start()
    time.sleep(RETRY_SECONDS)
    readers.for_seconds(2)

    print(f"\nRedis stopped {OUTAGE_SECONDS} s: sent {dict(readers.sent)}")
    print(f"statuses {dict(readers.statuses)}")
    expected = {"page": 200, "login": 302, "beacon": 204, "consent": 303}
    assert {kind for kind, _status in readers.statuses} == set(expected)
    wrong = {key: n for key, n in readers.statuses.items() if key[1] != expected[key[0]]}
    assert not wrong, wrong

    flushed = counting.flush_pending()
    views = ArticleViewCount.objects.get(article=readers.article).views
    consents = ConsentRecord.objects.count()
    print(f"views acknowledged {readers.sent['beacon']}, stored {views} ({flushed} via Redis)")
    print(f"consents acknowledged {readers.sent['consent']}, stored {consents}")
    assert views == readers.sent["beacon"]
    assert consents == readers.sent["consent"]
    assert 0 < flushed < views, "views went to Redis before and after, the database during"

    outage_lines = [r for r in caplog.records if "unavailable" in r.getMessage()]
    print(f"log lines about the outage: {len(outage_lines)}")
    assert outage_lines and not any(r.exc_info for r in outage_lines), "one line, no traceback"
    assert len(outage_lines) <= 3 * (OUTAGE_SECONDS / RETRY_SECONDS + 2)


def test_the_cache_is_back_in_redis_after_the_outage_without_a_restart(redis_cache):
    cache = caches["default"]
    redis_cache.stop()
    cache.set("outage-probe", "kept in this process")
    assert cache.get("outage-probe") == "kept in this process"
    redis_cache.start()
    time.sleep(RETRY_SECONDS)

    cache.set("after-probe", "in Redis")
    in_redis = redis.Redis.from_url(redis_cache.url)
    assert in_redis.exists(cache.make_key("after-probe"))
    assert cache.get("outage-probe") is None, "the stand-in is dropped once Redis answers"


def test_a_key_deleted_while_redis_was_down_is_deleted_in_redis_after(redis_cache):
    """A navigation menu dropped by a publish during the outage must not come back stale."""
    cache = caches["default"]
    cache.set("navigation:th", "the menu before the publish")
    redis_cache.stop()
    cache.delete("navigation:th")
    cache.delete_many(["identity:th", "identity:en"])
    redis_cache.start()
    time.sleep(RETRY_SECONDS)

    assert cache.get("navigation:th") is None


def test_a_story_published_while_redis_was_down_shows_in_listings_after(
    redis_cache, client, soup, section, make_article
):
    """The kept listings' generation (news/render_cache.py) is replaced in Redis too."""
    make_article(title="ข่าวก่อนเหตุขัดข้อง")
    for url in ("/th/", section.url, "/th/feeds/rss/"):
        assert client.get(url).status_code == 200  # kept in Redis
    redis_cache.stop()
    make_article(title="ข่าวระหว่างเหตุขัดข้อง")
    redis_cache.start()
    time.sleep(RETRY_SECONDS)

    for url in ("/th/", section.url, "/th/feeds/rss/"):
        assert "ข่าวระหว่างเหตุขัดข้อง" in client.get(url).content.decode(), url


def test_logins_are_throttled_in_the_database_while_redis_is_down(redis_cache, settings):
    reader = make_reader()
    redis_cache.stop()
    client = Client(raise_request_exception=False)
    wrong = {"username": reader.email, "password": "wrong"}
    statuses = [
        client.post("/th/accounts/login/", wrong).status_code
        for _ in range(settings.AXES_FAILURE_LIMIT + 1)
    ]
    assert statuses[-1] == 429, statuses
