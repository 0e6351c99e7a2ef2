"""
Counts that are exact: a flush counts each batch once however many runs read
it, views waiting in Redis survive its restart, and one network address
cannot move "most read" by varying its User-Agent (analytics/counting.py,
analytics/filters.py).

The Redis tests start their own redis-server (tests/outage_helpers.py).
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from analytics import counting
from analytics.models import ArticleViewCount, FlushedViewBatch
from tests.outage_helpers import REDIS_SERVER

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36"
needs_redis = pytest.mark.skipif(REDIS_SERVER is None, reason="needs redis-server")


@pytest.fixture
def article(make_article):
    return make_article(title="ข่าวที่คนอ่านมาก")


def count_views(article_id, views):
    for _ in range(views):
        counting.record_view(article_id)


def views_of(article):
    return ArticleViewCount.objects.filter(article=article).values_list("views", flat=True).first()


def beacon(client, article, user_agent, ip):
    return client.post(
        f"/th/analytics/views/{article.pk}/", HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip
    )


# Flushing


@needs_redis
@pytest.mark.django_db
def test_a_flush_overlapping_another_counts_its_batch_once(article, redis_cache, monkeypatch):
    """
    The second run starts while the first has read its batch and not yet
    committed: it finds the batch in Redis too, and must not add it again.
    """
    count_views(article.pk, 50)
    first_runs_filter = counting.only_existing_articles
    second_run = []

    def second_flush_meanwhile(counts):
        if not second_run:
            second_run.append(counting.flush_pending())
        return first_runs_filter(counts)

    monkeypatch.setattr(counting, "only_existing_articles", second_flush_meanwhile)
    first_run = counting.flush_pending()

    assert (first_run, second_run) == (50, [0])
    assert views_of(article) == 50


@needs_redis
@pytest.mark.django_db
def test_a_batch_flushed_before_a_crash_is_not_counted_again(article, redis_cache):
    """The process died after the commit and before deleting the batch in Redis."""
    count_views(article.pk, 7)
    client = counting.redis_client()
    pending = client.hgetall(counting.PENDING_KEY)
    assert counting.flush_pending() == 7
    [batch] = FlushedViewBatch.objects.values_list("key", flat=True)
    client.hset(batch, mapping=pending)  # the batch as the crash left it

    assert counting.flush_pending() == 0
    assert views_of(article) == 7
    assert not client.exists(batch)


@needs_redis
@pytest.mark.postgres_only  # SQLite's shared in-memory test database rejects concurrent writers
@pytest.mark.django_db(transaction=True)
def test_two_flush_runs_at_once_count_every_view_exactly_once(make_live_article, redis_cache):
    # A page tree built from scratch: an earlier transactional test may have emptied the database.
    article = make_live_article("ข่าวที่คนอ่านมาก", "most-read")
    start = threading.Barrier(2)

    def flush():
        start.wait()
        try:
            return counting.flush_pending()
        finally:
            connection.close()

    sent = 0
    for _round in range(5):
        count_views(article.pk, 50)
        sent += 50
        with ThreadPoolExecutor(max_workers=2) as pool:
            flushed = sum(pool.map(lambda _n: flush(), range(2)))
        assert flushed == 50
    assert views_of(article) == sent


@needs_redis
@pytest.mark.django_db
def test_views_waiting_in_redis_survive_its_restart(article, redis_cache):
    """Redis runs with an append-only file, as the deploy config's redis.conf says."""
    count_views(article.pk, 12)
    redis_cache.stop()
    redis_cache.start()
    assert counting.flush_pending() == 12
    assert views_of(article) == 12


@pytest.mark.django_db
def test_old_flush_records_are_pruned_with_the_hourly_buckets():
    FlushedViewBatch.objects.create(key="newsroom:views:flushing:old")
    FlushedViewBatch.objects.update(flushed_at=timezone.now() - timedelta(days=8))
    FlushedViewBatch.objects.create(key="newsroom:views:flushing:new")
    counting.prune_old_buckets()
    assert list(FlushedViewBatch.objects.values_list("key", flat=True)) == [
        "newsroom:views:flushing:new"
    ]


# One address, many browsers


@pytest.mark.django_db
def test_one_address_with_varied_browsers_counts_only_its_share(article, settings):
    settings.REDIS_URL = ""
    client = Client()
    for n in range(300):
        assert beacon(client, article, f"{BROWSER} variant/{n}", "198.51.100.9").status_code == 204
    assert views_of(article) == settings.VIEW_COUNT_PER_ADDRESS


@pytest.mark.django_db
def test_other_addresses_and_articles_keep_counting(article, make_article, settings):
    settings.REDIS_URL = ""
    settings.VIEW_COUNT_PER_ADDRESS = 3
    other_story = make_article(title="ข่าวอื่น")
    client = Client()
    for n in range(5):
        beacon(client, article, f"{BROWSER} variant/{n}", "198.51.100.9")
        beacon(client, article, f"{BROWSER} variant/{n}", f"203.0.113.{n + 1}")
        beacon(client, other_story, f"{BROWSER} variant/{n}", "198.51.100.9")
    assert views_of(article) == 3 + 5
    assert views_of(other_story) == 3
