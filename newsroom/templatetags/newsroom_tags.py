"""
Template tags for the newsroom's reader-facing parts:

    {% article_corrections page %}   the corrections and updates at an article's end
    {% breaking_banner page %}       the front page's breaking-news banner
"""

from django import template

from news.models import ArticlePage
from newsroom.corrections import corrections_of

register = template.Library()

BREAKING_BANNER_COUNT = 3


@register.inclusion_tag("newsroom/includes/corrections.html")
def article_corrections(article):
    return {"corrections": corrections_of(article)}


@register.inclusion_tag("newsroom/includes/breaking_banner.html")
def breaking_banner(home):
    """
    The newest stories of this home's language that are breaking news right
    now. Checked when the page is rendered: a cached front page can show a
    story for up to the cache's lifetime (s-maxage) after its time ran out.
    """
    stories = ArticlePage.objects.live().descendant_of(home).breaking().newest_first()
    return {"stories": list(stories[:BREAKING_BANNER_COUNT])}
