"""
Adding views to the counts, atomically and exactly once.

Without Redis every counted view goes straight into the database: one
``UPDATE ... SET views = views + 1`` per table, or an INSERT for the first
view of an hour (a concurrent INSERT of the same row falls back to the
UPDATE). With ``REDIS_URL`` set a view is one ``HINCRBY`` in Redis, and
``manage.py flush_view_counts`` (run every minute by a timer) moves the sums
into the database in one transaction.

While Redis is down a view goes to the database instead (a circuit breaker
keeps each beacon from waiting on Redis), so a view answered 204 is never
lost with it. Views waiting in Redis survive a restart through its
append-only file (the deploy config's redis.conf).
"""

import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from redis import Redis
from redis.exceptions import ResponseError

from analytics.models import ArticleViewCount, FlushedViewBatch, HourlyArticleViews
from web.resilient_cache import CONNECTION_OPTIONS, REDIS_DOWN, CircuitBreaker

PENDING_KEY = "newsroom:views:pending"
FLUSHING_PREFIX = "newsroom:views:flushing"
HOURLY_BUCKETS_KEPT = timedelta(days=7)

_clients = {}
breaker = CircuitBreaker("Redis for view counts")


def redis_client():
    """A Redis connection when REDIS_URL is set, else None (count in the database)."""
    url = settings.REDIS_URL
    if not url:
        return None
    if url not in _clients:
        _clients[url] = Redis.from_url(url, **CONNECTION_OPTIONS)
    return _clients[url]


def available_redis():
    """The Redis connection, unless there is none or it failed a moment ago."""
    client = redis_client()
    return client if client is not None and breaker.available() else None


def current_hour(now=None):
    now = now or datetime.now(UTC)
    return now.replace(minute=0, second=0, microsecond=0)


def record_view(article_id, now=None):
    hour = current_hour(now)
    client = available_redis()
    if client is not None:
        try:
            client.hincrby(PENDING_KEY, f"{article_id}:{int(hour.timestamp())}", 1)
        except REDIS_DOWN as error:
            breaker.failed(error)
        else:
            breaker.succeeded()
            return
    add_views({(article_id, hour): 1})


def add_views(counts):
    """`counts` maps (article_id, hour) to a number of views; adds them all in one transaction."""
    totals = Counter()
    for (article_id, _hour), views in counts.items():
        totals[article_id] += views
    with transaction.atomic():
        # Always in article order, so concurrent flushes lock rows in the same order.
        for article_id in sorted(totals):
            increment(ArticleViewCount, {"article_id": article_id}, totals[article_id])
        for (article_id, hour), views in sorted(counts.items()):
            increment(HourlyArticleViews, {"article_id": article_id, "hour": hour}, views)


def increment(model, keys, views):
    rows = model.objects.filter(**keys)
    if rows.update(views=F("views") + views):
        return
    try:
        with transaction.atomic():
            model.objects.create(**keys, views=views)
    except IntegrityError:
        # Another request created the row between our UPDATE and INSERT.
        rows.update(views=F("views") + views)


def flush_pending():
    """
    Move the views counted in Redis into the database; returns how many.

    The pending hash is renamed before it is read, so views counted during
    the flush land in a fresh hash. Each batch is recorded as flushed in the
    same transaction that adds its views, and deleted from Redis after that
    commits: a batch left by a crash is flushed next time, and one that two
    overlapping runs both read is counted by whichever commits first only.
    """
    client = available_redis()
    if client is None:
        return 0
    try:
        return flush_batches(client, claim_batches(client))
    except REDIS_DOWN as error:
        breaker.failed(error)
        return 0


def claim_batches(client):
    """Left-over batches, and the pending hash renamed into a batch of its own."""
    batches = [key.decode() for key in client.scan_iter(match=f"{FLUSHING_PREFIX}:*")]
    batch = f"{FLUSHING_PREFIX}:{uuid.uuid4().hex}"
    try:
        client.rename(PENDING_KEY, batch)
    except ResponseError:
        pass  # no such key: nothing was counted since the last flush
    else:
        batches.append(batch)
    return batches


def flush_batches(client, batches):
    flushed = 0
    for key in batches:
        counts = parse_batch(client.hgetall(key))
        if add_batch_once(key, counts):
            flushed += sum(counts.values())
        client.delete(key)
    return flushed


def add_batch_once(key, counts):
    """Add a batch's views unless some flush already did; True when this one did."""
    try:
        with transaction.atomic():
            # First, so that a concurrent flush of the same batch waits here
            # for this transaction and then finds the key taken.
            FlushedViewBatch.objects.create(key=key)
            add_views(only_existing_articles(counts))
    except IntegrityError:
        return False
    return True


def parse_batch(raw):
    counts = Counter()
    for field, value in raw.items():
        article_id, timestamp = field.decode().split(":")
        hour = datetime.fromtimestamp(int(timestamp), UTC)
        counts[(int(article_id), hour)] += int(value)
    return counts


def only_existing_articles(counts):
    """Drop the views of articles deleted since they were counted."""
    from news.models import ArticlePage

    ids = {article_id for article_id, _hour in counts}
    existing = set(ArticlePage.objects.filter(pk__in=ids).values_list("pk", flat=True))
    return {key: views for key, views in counts.items() if key[0] in existing}


def prune_old_buckets(now=None):
    cutoff = current_hour(now) - HOURLY_BUCKETS_KEPT
    FlushedViewBatch.objects.filter(flushed_at__lt=cutoff).delete()
    deleted, _by_model = HourlyArticleViews.objects.filter(hour__lt=cutoff).delete()
    return deleted
