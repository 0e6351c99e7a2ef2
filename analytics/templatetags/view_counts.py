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
from localization.formats import format_number
from web.chrome_fragments import fill, fragment, marker, url_for

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


@register.simple_tag(takes_context=True)
def view_count(context, article):
    """
    Rendered once per language, beacon and visibility (web/chrome_fragments.py);
    the count and the beacon's address are this article's.
    """
    request = context.get("request")
    views = views_of(article.pk)
    # A preview is an editor at work, not a reader: no beacon.
    send_beacon = not getattr(request, "is_preview", False)
    shown = views >= settings.VIEW_COUNT_SHOWN_FROM
    parts = fragment(
        "analytics/includes/view_count.html",
        (send_beacon, shown),
        {
            "send_beacon": send_beacon,
            "shown": shown,
            "beacon_url": marker("beacon_url"),
            "views": marker("views"),
            "views_number": marker("views_number"),
        },
    )
    return fill(
        parts,
        beacon_url=url_for("analytics:beacon", article.pk) if send_beacon else "",
        views=views,
        views_number=format_number(views, get_language()) if shown else "",
    )


@register.inclusion_tag("analytics/includes/most_read.html")
def most_read():
    return {"articles": most_read_articles(get_language())}
