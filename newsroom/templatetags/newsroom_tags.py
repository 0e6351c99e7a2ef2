"""
Template tags for the newsroom's reader-facing parts:

    {% article_corrections page %}   the corrections and updates at an article's end
    {% breaking_banner page %}       the front page's breaking-news banner
    {% last_changed page as changed %} when the story last changed, for the byline
"""

from django import template

from news.models import ArticlePage
from newsroom.corrections import corrections_of, date_modified

register = template.Library()

BREAKING_BANNER_COUNT = 3


@register.inclusion_tag("newsroom/includes/corrections.html")
def article_corrections(article):
    return {"corrections": corrections_of(article)}


@register.simple_tag
def last_changed(article):
    """
    When the story last changed for a reader, if after its date: the same
    time as its dateModified and its newest correction, so the byline never
    shows an older update time than the box at the article's end.
    """
    changed = date_modified(article)
    return changed if article.date and changed and changed > article.date else None


@register.inclusion_tag("newsroom/includes/breaking_banner.html")
def breaking_banner(home):
    """
    The newest stories of this home's language that are breaking news right
    now. Checked when the page is rendered: a cached front page can show a
    story for up to the cache's lifetime (s-maxage) after its time ran out.
    """
    stories = ArticlePage.objects.live().descendant_of(home).breaking().newest_first()
    return {"stories": list(stories[:BREAKING_BANNER_COUNT])}
