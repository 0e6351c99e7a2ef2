"""Template helpers for rendering an article body."""

from django import template

register = template.Library()


@register.filter
def group_related(body):
    """
    Walk a StreamField body, gathering each run of consecutive related-story
    blocks into one group so the template can show them as a single "Related"
    box. Yields ``("block", block)`` or ``("related", [value, ...])``. A related
    story whose target is deleted or unpublished is left out; a run left empty
    by that disappears entirely.
    """
    run = []
    for block in body:
        if block.block_type == "related_story":
            if is_live_article(block.value["article"]):
                run.append(block.value)
            continue
        if run:
            yield ("related", run)
            run = []
        yield ("block", block)
    if run:
        yield ("related", run)


def is_live_article(article):
    return article is not None and article.live


@register.filter
def as_list(value):
    """Wrap one value in a list, so a lone related story can use the group's template."""
    return [value]
