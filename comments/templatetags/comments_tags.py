"""Template helpers for comments: who wrote one, and the placeholder in the article."""

from django import template

from accounts.models import display_name_for

register = template.Library()


@register.filter
def author_name(comment):
    return display_name_for(comment.author) if comment.author_id else ""


@register.inclusion_tag("comments/includes/placeholder.html")
def comments_placeholder(article):
    """
    What the cached article page carries: a link to the comments, the same
    for every reader. comments.js replaces it with the comments themselves.
    """
    return {"article": article}
