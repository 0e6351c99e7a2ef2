"""Template helpers for comments: who wrote one, and the placeholder in the article."""

from django import template

from accounts.models import display_name_for
from web.chrome_fragments import fill, fragment, marker, url_for

register = template.Library()


@register.filter
def author_name(comment):
    return display_name_for(comment.author) if comment.author_id else ""


@register.simple_tag
def comments_placeholder(article):
    """
    What the cached article page carries: a link to the comments, the same
    for every reader. comments.js replaces it with the comments themselves.
    The same HTML for every article but the thread's address, so it is
    rendered once per language (web/chrome_fragments.py).
    """
    parts = fragment("comments/includes/placeholder.html", (), {"thread_url": marker("thread_url")})
    return fill(parts, thread_url=url_for("comments:thread", article.pk))
