"""
"Most read in the last 24 hours", per language.

One query sums the hourly buckets of the last 24 hours per article (the
index on the hour narrows it to at most 24 rows per article read), a second
fetches those articles' titles and addresses. The result is cached for
MOST_READ_CACHE_SECONDS, so a busy site computes it once a minute.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum

from analytics.counting import current_hour
from analytics.models import HourlyArticleViews
from news.models import ArticlePage


def most_read(language):
    """[{"title", "url", "views"}, ...] for the live articles in `language`, most read first."""
    return cache.get_or_set(
        f"analytics:most-read:{language}",
        lambda: compute_most_read(language, settings.MOST_READ_COUNT),
        settings.MOST_READ_CACHE_SECONDS,
    )


def compute_most_read(language, limit, now=None):
    since = current_hour(now) - timedelta(hours=23)
    ranking = list(
        HourlyArticleViews.objects.filter(
            hour__gte=since, article__live=True, article__locale__language_code=language
        )
        .values("article")
        .annotate(total=Sum("views"))
        .order_by("-total", "article")[:limit]
    )
    articles = ArticlePage.objects.in_bulk([row["article"] for row in ranking])
    return [
        {"title": article.title, "url": article.get_url(), "views": row["total"]}
        for row in ranking
        if (article := articles.get(row["article"])) is not None
    ]
