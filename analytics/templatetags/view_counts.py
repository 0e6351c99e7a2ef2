"""
{% view_count page %}: the article's views, and the beacon that counts them.
{% most_read %}: the most read articles of the last 24 hours in the page's language.

Both are part of cached pages, so the numbers are a little behind (see the
README): the count is cached for a minute and, with Redis, waits for the
next flush.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from analytics.models import ArticleViewCount
from analytics.most_read import most_read as most_read_articles

register = template.Library()


def views_of(article_id):
    return cache.get_or_set(
        f"analytics:views:{article_id}",
        lambda: (
            ArticleViewCount.objects.filter(article_id=article_id)
            .values_list("views", flat=True)
            .first()
            or 0
        ),
        settings.MOST_READ_CACHE_SECONDS,
    )


@register.inclusion_tag("analytics/includes/view_count.html", takes_context=True)
def view_count(context, article):
    request = context.get("request")
    return {
        "article": article,
        "views": views_of(article.pk),
        "shown_from": settings.VIEW_COUNT_SHOWN_FROM,
        # A preview is an editor at work, not a reader: no beacon.
        "send_beacon": not getattr(request, "is_preview", False),
    }


@register.inclusion_tag("analytics/includes/most_read.html")
def most_read():
    return {"articles": most_read_articles(get_language())}
