"""
Breaking-news banners end by the clock, not by an editor's action, so no
signal fires: `manage.py purge_expired_banners`, run every minute by the same
timer as `publish_scheduled`, purges what showed each banner that ended since
its previous run. Without that, the banner stayed up until the copies
expired (s-maxage plus the browser's max-age). The listings' kept HTML and
teasers (news/render_cache.py) still show its "breaking" label: they are made
stale with it.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from frontcache import paths
from frontcache.queue import purge_after_commit
from news import render_cache
from news.models import ArticlePage

LAST_RUN_CACHE_KEY = "frontcache:banners-checked-until:v1"


def purge_expired_banners(now=None):
    """Purge the pages of every banner that ended since the last run; return their number."""
    now = now or timezone.now()
    since = cache.get(LAST_RUN_CACHE_KEY) or earliest_still_cached(now)
    ended = ArticlePage.objects.live().filter(
        is_breaking=True, breaking_until__gt=since, breaking_until__lte=now
    )
    articles = list(ended.select_related("locale"))
    for article in articles:
        purge_after_commit(paths.article_paths, article)
    if articles:
        render_cache.forget_bodies()
    cache.set(LAST_RUN_CACHE_KEY, now, timeout=None)
    return len(articles)


def earliest_still_cached(now):
    """With no record of a last run, a banner that ended longer ago than this is in no cache."""
    return now - timedelta(seconds=settings.PUBLIC_CACHE_S_MAXAGE)
