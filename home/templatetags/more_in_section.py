"""
{% more_in_section page section %}: the newest other stories of an article's
section (articles and live blogs, news/stories.py), beside the article. On a
new site "most read" is still empty, and the article's right column stood
empty with it.

The list is part of the cached article page; it is kept in the cache per
section for a minute, so only the first render after that minute queries.
It lives in home, above news, because it lists every kind of story.
"""

from django import template
from django.core.cache import cache

from news.stories import stories

register = template.Library()

MORE_IN_SECTION_COUNT = 5
MORE_IN_SECTION_CACHE_SECONDS = 60


@register.inclusion_tag("home/includes/more_in_section.html")
def more_in_section(article, section):
    if section is None:
        return {}
    newest = cache.get_or_set(
        f"news:more-in-section:{section.pk}",
        lambda: newest_in(section, MORE_IN_SECTION_COUNT + 1),
        MORE_IN_SECTION_CACHE_SECONDS,
    )
    others = [story for story in newest if story["id"] != article.pk]
    return {"section": section, "stories": others[:MORE_IN_SECTION_COUNT]}


def newest_in(section, limit):
    """[{"id", "title", "url"}, ...]: plain values, so the cache holds no page objects."""
    section_url = section.get_url()
    rows = stories().child_of(section).values("pk", "title", "url_path")[:limit]
    return [
        {
            "id": row["pk"],
            "title": row["title"],
            "url": section_url + row["url_path"][len(section.url_path) :],
        }
        for row in rows
    ]
