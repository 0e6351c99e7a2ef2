"""
View counts that survive page caching: a beacon counts each reader's view
once per window without storing who they are, skips bots, prefetches,
previews and staff, never loses an increment under concurrency, and feeds
"most read in the last 24 hours".

With REDIS_URL set (the PostgreSQL + Redis run) views are batched in Redis
and `flush_view_counts` moves them into the database, so every test reads
the counts after a flush.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from analytics import counting
from analytics.models import ArticleViewCount, HourlyArticleViews
from analytics.most_read import compute_most_read
from tests.readers import assert_never_cached, live_article, make_reader

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0"


@pytest.fixture
def article(make_article):
    return make_article(title="ข่าวที่คนอ่านมาก")


def beacon_url(article, language="th"):
    return f"/{language}/analytics/views/{article.pk}/"


def send_beacon(client, article, user_agent=BROWSER, ip="203.0.113.7", **headers):
    return client.post(beacon_url(article), HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip, **headers)


def views_of(article):
    call_command("flush_view_counts", verbosity=0)
    return ArticleViewCount.objects.filter(article=article).values_list("views", flat=True).first()


# What is counted


def test_a_view_is_counted_once_per_reader_within_the_window(client, article):
    for _repeat in range(3):
        response = send_beacon(client, article)
        assert response.status_code == 204
    assert views_of(article) == 1

    send_beacon(client, article, ip="198.51.100.20")
    send_beacon(client, article, user_agent=BROWSER + " Firefox/128.0")
    assert views_of(article) == 3


def test_a_repeat_after_the_window_counts_again(client, article, settings):
    send_beacon(client, article)
    cache.delete_many(seen_keys())  # the window has passed
    send_beacon(client, article)
    assert views_of(article) == 2


def all_cache_keys():
    """Every key in the cache, the in-process one or Redis, without Django's key prefix."""
    store = getattr(cache, "_cache", None)
    if isinstance(store, dict):
        raw = list(store)
    else:
        raw = [key.decode() for key in counting.redis_client().scan_iter(match="*")]
    return [key.split(":", 2)[-1] for key in raw]


def seen_keys():
    return [key for key in all_cache_keys() if key.startswith("views:seen:")]


def test_the_repeat_check_stores_no_identifier(client, article):
    ip = "203.0.113.99"
    send_beacon(client, article, ip=ip)
    keys = all_cache_keys()
    assert len(seen_keys()) == 1
    assert not [key for key in keys if ip in key or "Chrome" in key]
    values = [str(cache.get(key)) for key in keys if key.startswith("views:")]
    assert not [value for value in values if ip in value or "Chrome" in value]


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "facebookexternalhit/1.1",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126.0 Safari/537.36",
        "curl/8.5.0",
        "python-requests/2.32",
        "",
    ],
)
def test_bots_are_not_counted(client, article, user_agent):
    assert send_beacon(client, article, user_agent=user_agent).status_code == 204
    assert views_of(article) is None


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_X_MOZ": "prefetch"},
    ],
)
def test_prefetches_are_not_counted(client, article, headers):
    send_beacon(client, article, **headers)
    assert views_of(article) is None


def test_staff_are_not_counted_but_logged_in_readers_are(client, article, admin_user):
    client.force_login(admin_user)
    send_beacon(client, article)
    assert views_of(article) is None

    client.force_login(make_reader())
    send_beacon(client, article)
    assert views_of(article) == 1


def test_previews_carry_no_beacon(admin_client, client, article, soup):
    public = soup(client.get(article.url)).select_one("[data-view-beacon]")
    assert public["data-view-beacon"] == beacon_url(article)

    preview = admin_client.get(f"/admin/pages/{article.pk}/edit/preview/")
    assert preview.status_code == 200
    assert not soup(preview).select("[data-view-beacon]")


def test_beacon_answers_bad_requests_clearly_and_sets_no_cookie(client, article, make_article):
    assert client.get(beacon_url(article)).status_code == 405
    assert client.post("/th/analytics/views/999999/", HTTP_USER_AGENT=BROWSER).status_code == 404
    draft = make_article(publish=False)
    assert send_beacon(client, draft).status_code == 404
    # No beacon URL takes these: the path is then a page's, which only reads.
    assert client.post("/th/analytics/views/abc/").status_code == 405
    too_long = f"/th/analytics/views/{'9' * 30}/"  # past the converter's 18 digits: a page path
    assert client.post(too_long, HTTP_USER_AGENT=BROWSER).status_code == 405

    response = send_beacon(client, article)
    assert not response.cookies
    assert_never_cached(response)
    assert response.content == b""


def test_beacon_needs_no_csrf_token(article):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert send_beacon(strict, article).status_code == 204
    assert views_of(article) == 1


# Showing the count


def test_article_shows_its_count_grouped_in_the_page_language(client, article, soup):
    ArticleViewCount.objects.create(article=article, views=1234567)
    number = soup(client.get(article.url)).select_one(".view-count__number")
    assert number.get_text() == "1,234,567"
    assert number["value"] == "1234567"


def test_the_count_is_cached_for_a_minute_so_the_page_stays_cheap(client, article, soup):
    ArticleViewCount.objects.create(article=article, views=50)
    client.get(article.url)
    ArticleViewCount.objects.filter(article=article).update(views=5000)
    shown = soup(client.get(article.url)).select_one(".view-count__number").get_text()
    assert shown == "50", "the cached article may lag the count by up to a minute"


# Atomic increments and batching


def test_increments_add_up_whatever_the_path(article, settings):
    hour = counting.current_hour()
    counting.add_views({(article.pk, hour): 2})
    counting.add_views({(article.pk, hour): 3, (article.pk, hour - timedelta(hours=1)): 1})
    assert ArticleViewCount.objects.get(article=article).views == 6
    buckets = dict(HourlyArticleViews.objects.values_list("hour", "views"))
    assert buckets == {hour: 5, hour - timedelta(hours=1): 1}


def test_without_redis_views_go_straight_to_the_database(client, article, settings):
    settings.REDIS_URL = ""
    send_beacon(client, article)
    assert ArticleViewCount.objects.get(article=article).views == 1


@pytest.fixture
def redis_counting(settings):
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL: runs in the PostgreSQL + Redis pass of .ci/run")
    return counting.redis_client()


def test_with_redis_views_wait_in_redis_until_the_flush(client, article, redis_counting):
    send_beacon(client, article)
    send_beacon(client, article, ip="198.51.100.1")
    assert not ArticleViewCount.objects.exists()
    assert counting.flush_pending() == 2
    assert ArticleViewCount.objects.get(article=article).views == 2
    assert counting.flush_pending() == 0


def test_a_batch_left_by_a_crashed_flush_is_flushed_next_time(article, redis_counting):
    hour = int(counting.current_hour().timestamp())
    redis_counting.hset(f"{counting.FLUSHING_PREFIX}:crashed", f"{article.pk}:{hour}", 4)
    counting.record_view(article.pk)
    assert counting.flush_pending() == 5
    assert ArticleViewCount.objects.get(article=article).views == 5
    assert not list(redis_counting.scan_iter(match=f"{counting.FLUSHING_PREFIX}:*"))


def test_views_of_deleted_articles_are_dropped_at_the_flush(make_article, redis_counting):
    doomed = make_article()
    counting.record_view(doomed.pk)
    doomed.delete()
    counting.flush_pending()
    assert not ArticleViewCount.objects.exists()


def test_flush_command_prunes_week_old_buckets(article):
    now = datetime.now(UTC)
    counting.add_views({(article.pk, counting.current_hour(now - timedelta(days=8))): 3})
    counting.add_views({(article.pk, counting.current_hour(now)): 1})
    call_command("flush_view_counts", verbosity=0)
    assert HourlyArticleViews.objects.count() == 1
    assert ArticleViewCount.objects.get(article=article).views == 4, "totals are kept"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("path", ["database", "redis"])
def test_concurrent_beacons_lose_no_increment(live_server, settings, path):
    """60 readers' beacons from 12 threads at once: exactly 60 views, on either path."""
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite's shared in-memory test database rejects concurrent writers with "
            "'table is locked' instead of queueing them (runs on PostgreSQL)"
        )
    if path == "redis" and not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL")
    if path == "database":
        settings.REDIS_URL = ""
    settings.VIEW_COUNT_PER_ADDRESS = 60  # every reader comes from the test's one address
    import requests

    article = live_article("ข่าวด่วน", f"breaking-{path}")
    url = f"{live_server.url}{beacon_url(article)}"
    start = threading.Barrier(12)

    def reader(n):
        start.wait() if n < 12 else None
        headers = {"User-Agent": f"{BROWSER} reader/{n}"}
        return requests.post(url, headers=headers, timeout=30).status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(reader, range(60)))

    assert statuses == [204] * 60
    call_command("flush_view_counts", verbosity=0)
    assert ArticleViewCount.objects.get(article=article).views == 60
    assert sum(HourlyArticleViews.objects.values_list("views", flat=True)) == 60


# Most read


@pytest.fixture
def english_home(home):
    from wagtail.models import Locale

    english = home.copy_for_translation(Locale.objects.create(language_code="en"))
    english.save_revision().publish()
    return english


def test_most_read_sums_the_last_24_hours_in_the_page_language(make_article, make_section):
    hot, warm, old_news, draft = (
        make_article(title=title) for title in ("ร้อนแรง", "อุ่นๆ", "ข่าวเก่า", "ฉบับร่าง")
    )
    draft.unpublish()
    now = datetime.now(UTC)
    hour = counting.current_hour(now)
    counting.add_views(
        {
            (hot.pk, hour): 50,
            (hot.pk, hour - timedelta(hours=23)): 20,
            (warm.pk, hour - timedelta(hours=2)): 60,
            (old_news.pk, hour - timedelta(hours=24)): 500,
            (draft.pk, hour): 900,
        }
    )
    compute_most_read("th", 5, now=now)  # warm Wagtail's site root paths
    with CaptureQueriesContext(connection) as captured:
        ranking = compute_most_read("th", 5, now=now)

    assert [(item["title"], item["views"]) for item in ranking] == [
        ("ร้อนแรง", 70),
        ("อุ่นๆ", 60),
    ]
    assert ranking[0]["url"] == hot.url
    assert len(captured) == 2, "one ranking query, one for the articles"
    assert compute_most_read("en", 5, now=now) == []


def test_most_read_is_on_the_front_page_and_beside_articles(client, home, article, soup):
    counting.add_views({(article.pk, counting.current_hour()): 1500})

    front = soup(client.get("/th/")).select_one(".most-read")
    assert front.select_one(f'a[href="{article.url}"]').get_text() == article.title
    assert "1,500" in front.select_one(".most-read__views").get_text()

    beside = soup(client.get(article.url)).select_one(".article-layout__aside .most-read")
    assert beside.select_one(f'a[href="{article.url}"]')


def test_most_read_is_computed_once_a_minute(client, home, article):
    counting.add_views({(article.pk, counting.current_hour()): 3})
    client.get("/th/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/th/")
    assert not [q for q in captured.captured_queries if "analytics_" in q["sql"]]
