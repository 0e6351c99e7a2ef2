"""
{% article_body page %}: the article's body, as `{% include_block page.body %}`
renders it, from the cache of rendered bodies when current (news/render_cache.py).
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from news.render_cache import cached_body

register = template.Library()


@register.simple_tag(takes_context=True)
def article_body(context, page):
    def render():
        return conditional_escape(page.body.render_as_block(context=context.flatten()))

    # Escaped when rendered; a copy from the cache may come back as a plain str.
    return mark_safe(cached_body(page, context["request"], render))  # noqa: S308
