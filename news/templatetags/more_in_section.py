"""
{% more_in_section page section %}: the newest other stories of an article's
section, beside the article. On a new site "most read" is still empty, and
the article's right column stood empty with it.

The list is part of the cached article page; it is kept in the cache per
section for a minute, so only the first render after that minute queries.
"""

from django import template
from django.core.cache import cache

from news.models import ArticlePage

register = template.Library()

MORE_IN_SECTION_COUNT = 5
MORE_IN_SECTION_CACHE_SECONDS = 60


@register.inclusion_tag("news/includes/more_in_section.html")
def more_in_section(article, section):
    if section is None:
        return {}
    stories = cache.get_or_set(
        f"news:more-in-section:{section.pk}",
        lambda: newest_in(section, MORE_IN_SECTION_COUNT + 1),
        MORE_IN_SECTION_CACHE_SECONDS,
    )
    others = [story for story in stories if story["id"] != article.pk]
    return {"section": section, "stories": others[:MORE_IN_SECTION_COUNT]}


def newest_in(section, limit):
    """[{"id", "title", "url"}, ...]: plain values, so the cache holds no page objects."""
    articles = ArticlePage.objects.live().child_of(section).newest_first().defer_streamfields()
    return [{"id": a.pk, "title": a.title, "url": a.get_url()} for a in articles[:limit]]
