"""
`{% article_byline page %}`: an article's byline (news/includes/byline.html),
rendered once per live revision, language and host (news/render_cache.py),
and ahead of the first reader on publish (frontcache/body_warming.py).
Previews render afresh.

Its dates are absolute ("30 Nov 2026, 14:05"), never "5 minutes ago", so the
HTML is the same for every reader of the revision. The authors, their photos
and the dates (corrections, the editor's update) start a new generation of
that cache, or a new revision, when they change.
"""

from django import template
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from news.render_cache import for_live_revision
from syndication.metadata import bylines_of

register = template.Library()

BYLINE = "news/includes/byline.html"


@register.simple_tag(takes_context=True)
def article_byline(context, page):
    html = for_live_revision("byline", page, context["request"], lambda: render_byline(page))
    return mark_safe(html)  # noqa: S308 - rendered with autoescaping


def render_byline(page):
    return get_template(BYLINE).render({"page": page, "authors": bylines_of(page)})
